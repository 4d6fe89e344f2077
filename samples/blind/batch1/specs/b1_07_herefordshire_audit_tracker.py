"""Herefordshire Council, Audit and Governance Committee: an appendix giving the position on internal
audit recommendations, in three tables under headings by when each recommendation fell due ("overdue at
the last report to committee", "due between April 2021 and September 2021", "due in the future").

Structure copied from the plan the committee's minutes describe (three appendices grouped by due period,
not by subject; the audit each recommendation came from named beside it; original and revised target
dates; an update from the responsible officer and a status); every sentence rewritten in our own words.
The audit name sits in a merged cell down the rows it covers.
"""

COLUMNS = ["Audit report", "Ref", "Recommendation", "Priority", "Agreed management action",
           "Responsible officer", "Target date", "Revised target date", "Progress update as at 31 October 2021",
           "Status"]  # fmt: skip
WIDTHS = [9, 5, 16, 6, 16, 10, 8.5, 8.5, 13, 8]
NOTES = [
    "Priority: High = a fundamental weakness in control; Medium = a significant issue; Low = a minor "
    "improvement to control.",
    "Status is as reported by the responsible officer. Recommendations shown as Complete will be removed from "
    "the next report once internal audit has confirmed them.",
]

PAPER = {
    "stem": "b1_07_herefordshire_audit_tracker",
    "council": "Herefordshire Council",
    "source": {
        "council": "Herefordshire Council",
        "kind": "internal audit recommendations tracker",
        "year": 2021,
        "title": "Audit and Governance Committee: Update on internal audit recommendations (appendices: "
                 "recommendations overdue at the last report to committee; recommendations due between April "
                 "2021 and September 2021; recommendations due in the future)",
        "url": "https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=58994",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 8},
    "header": "Herefordshire Council - Audit and Governance Committee, 23 November 2021",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Appendix A", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Update on internal audit recommendations", "level": 1},
        {"kind": "para", "text": "The tables below list every internal audit recommendation that was overdue when "
                                 "the committee last saw this report, every recommendation that fell due between "
                                 "April and September 2021, and those that fall due later. Each shows the audit "
                                 "it came from, the action management agreed and the latest update."},
        {"kind": "heading", "text": "Recommendations overdue at the last report to committee", "level": 2},
        {
            "kind": "table",
            "columns": COLUMNS,
            "widths": WIDTHS,
            "repeat_header": True,
            "rows": [
                [{"text": "Planning obligations (Section 106)", "rowspan": 2}, "S106-1",
                 "Reconcile the planning obligations database with the finance ledger every quarter.", "High",
                 "Finance and planning officers to agree a shared quarterly reconciliation and keep a record of "
                 "each one.", "Head of Strategic Finance", "31/03/2021", "30/09/2021",
                 "Reconciliations for the first two quarters of 2021/22 have been signed off by both services.",
                 "Complete"],
                [None, "S106-2", "Publish a yearly statement of the contributions received and how they were spent.",
                 "Medium", "Produce the infrastructure funding statement and put it on the council website.",
                 "Planning Obligations Manager", "31/12/2020", "31/12/2021",
                 "Draft statement prepared; figures from two parish councils are still awaited.", "In progress"],
                [{"text": "Significant partnerships", "rowspan": 2}, "SP-1",
                 "Keep a single register of the council's significant partnerships with a named lead for each.",
                 "High", "Build the register and ask each director to confirm the lead officer for their "
                 "partnerships.", "Director of Governance and Law", "30/06/2020", "31/07/2021",
                 "Register drafted; confirmation from two directorates has not yet been received.", "Overdue"],
                [None, "SP-2", "Report to this committee once a year on the value each significant partnership "
                 "brings.", "Medium", "Directors to attend committee with the link officer to report on the value "
                 "of their partnerships during 2021/22.",
                 "Director of Governance and Law / Head of Corporate Performance", "31/03/2021", "31/03/2022",
                 "First two directorates are booked for the January meeting.", "In progress"],
            ],
        },
        {"kind": "heading", "text": "Recommendations due between April 2021 and September 2021", "level": 2},
        {
            "kind": "table",
            "columns": COLUMNS,
            "widths": WIDTHS,
            "repeat_header": True,
            "rows": [
                [{"text": "Workforce recruitment and retention", "rowspan": 2}, "RR-1",
                 "Record the findings of exit interviews and report the trends to directors twice a year.",
                 "Medium", "Move exit interviews to an online form and add a six-monthly summary to the workforce "
                 "report.", "HR Service Manager", "30/06/2021", "",
                 "Online form launched in June; the first summary went to directors in September.", "Complete"],
                [None, "RR-2", "Set a target time for filling vacant posts and measure performance against it.",
                 "Medium", "Agree the target with directorates and add it to the quarterly performance report.",
                 "HR Service Manager", "31/07/2021", "31/01/2022",
                 "Target agreed by the management board; reporting begins with the quarter 3 report.",
                 "In progress"],
                ["Budget monitoring", "BM-1", "Require every budget holder to sign off their monthly forecast.",
                 "High", "Add an electronic sign-off step to the finance system for every cost centre.",
                 "Chief Finance Officer", "30/09/2021", "",
                 "System change tested; roll-out to all budget holders is planned for November.", "Overdue"],
                [{"text": "Information governance", "rowspan": 2}, "IG-1",
                 "Make sure every member of staff with system access completes data protection training.",
                 "Medium", "Chase staff who have not completed the training each month through directorate "
                 "leadership teams.", "Information Governance Manager", "31/08/2021", "",
                 "Completion has reached 86% of staff and monthly reminders continue.", "In progress"],
                [None, "IG-2", "Review the retention schedule and delete records kept beyond their retention date.",
                 "Low", "Service leads to confirm their retention periods and arrange for records to be destroyed.",
                 "Information Governance Manager", "30/09/2021", "",
                 "Replaced by the records management project the council agreed in August.", "Superseded"],
            ],
        },
        {"kind": "heading", "text": "Recommendations due in the future", "level": 2},
        {
            "kind": "table",
            "columns": COLUMNS,
            "widths": WIDTHS,
            "repeat_header": True,
            "rows": [
                [{"text": "ICT asset management", "rowspan": 2}, "ICT-1",
                 "Keep an up to date register of the laptops and mobile devices issued to staff.", "Medium",
                 "Record every device in the service desk tool and check the register against the list of "
                 "leavers.", "Head of ICT", "31/12/2021", "",
                 "About two thirds of devices have been recorded so far.", "In progress"],
                [None, "ICT-2", "Wipe returned devices and dispose of them through an approved contractor.", "Low",
                 "Procure a disposal contractor and keep a certificate of destruction for each device.",
                 "Head of ICT", "31/03/2022", "", "Specification being drafted.", "Not yet started"],
                [{"text": "Housing solutions", "rowspan": 2}, "HS-1",
                 "Check temporary accommodation invoices against bookings before they are paid.", "High",
                 "Introduce a weekly match of invoices to the booking system.",
                 "Housing Solutions Manager / Head of Strategic Finance", "31/01/2022", "",
                 "Weekly check designed with the finance team; it starts in December.", "In progress"],
                [None, "HS-2", "Review every homelessness case that has been open for more than six months.",
                 "Medium", "Team leaders to review each case and either close it or escalate it.",
                 "Housing Solutions Manager", "28/02/2022", "", "", "Not yet started"],
            ],
            "notes": NOTES,
        },
    ],
}

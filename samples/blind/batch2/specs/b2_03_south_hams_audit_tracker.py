"""South Hams District Council, Internal Audit Recommendations Tracker, Audit and Governance Committee 2024.

Copies the printed structure of the real covering report's front matter (a label table: Report to,
Date, Title, Portfolio Area, Wards Affected, Author and Role, Contact; then Recommendations, 1. Executive
summary, 2. Background with numbered paragraphs). The appendix tracker's layout was not visible in the
source and is modelled on the trackers of the same kind: audits as banner rows, a two-row heading with
"Timescale" and "Position" spanning two columns each, priority, agreed action, owner, due and revised due
dates, status words, and keys under the table. Every sentence is our own; the names are invented.
"""

_TIMESCALE = {"text": "Timescale", "colspan": 2}
_POSITION = {"text": "Position at 29 February 2024", "colspan": 2}

PAPER = {
    "stem": "b2_03_south_hams_audit_tracker",
    "council": "South Hams District Council",
    "source": {
        "council": "South Hams District Council",
        "kind": "internal audit recommendations tracker (covering report)",
        "year": 2024,
        "title": "Internal Audit Recommendations Tracker, Audit and Governance Committee, 28 March 2024",
        "url": None,
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page}",
    "blocks": [
        {
            "kind": "table",
            "columns": ["Report to:", "Audit and Governance Committee"],
            "widths": [20, 80],
            "repeat_header": False,
            "rows": [
                ["Date:", "28 March 2024"],
                ["Title:", "Internal Audit Recommendations Tracker"],
                ["Portfolio Area:", "Councillor Martin Trewin \u2013 Leader, South Hams District Council"],
                ["Wards Affected:", "All"],
                ["Author:", "Rachel Penrose          Role: Assistant Director Strategy"],
                ["Contact:", "rachel.penrose@swdevon.gov.uk"],
            ],
        },
        {"kind": "para", "text": "Recommendations:", "bold": True},
        {"kind": "para", "text": "That the Audit and Governance Committee notes the progress made in putting the "
                                 "Internal Audit recommendations into effect, as set out in this report."},
        {"kind": "heading", "text": "1. Executive summary", "level": 2},
        {"kind": "para", "text": "1.1 Each year the Council's internal auditors carry out a planned programme of "
                                 "reviews to check that services follow policy and that controls work as they "
                                 "should."},
        {"kind": "para", "text": "1.2 Every review ends with recommendations. Managers consider each one and, "
                                 "where they agree it, set a date for putting it in place in the final audit "
                                 "report."},
        {"kind": "para", "text": "1.3 This report updates the Committee on those recommendations since the last "
                                 "update in September 2023."},
        {"kind": "heading", "text": "2. Background", "level": 2},
        {"kind": "para", "text": "2.1 Internal audit is provided by the Devon Audit Partnership, which also "
                                 "serves Devon County Council, and the audit plan is shared with West Devon "
                                 "Borough Council where services are run jointly."},
        {"kind": "para", "text": "2.2 Since 2021, 312 recommendations rated High, Medium or Low have fallen due. "
                                 "The Council has checked the position of each and the open ones are listed at "
                                 "Appendix A."},
        {"kind": "para", "text": "2.3 The tracker is now managed by the Council's Performance Board, which meets "
                                 "monthly at Follaton House, Plymouth Road, Totnes, Devon TQ9 5NE."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A \u2013 Internal Audit Recommendations Tracker (as at 29 February "
                                    "2024)", "level": 2},
        {
            "kind": "table",
            "columns": ["Ref", "Recommendation", "Priority", "Agreed action", "Owner", "Due date",
                        "Revised due date", "Status", "Update"],
            "widths": [7, 19, 6, 18, 12, 9, 9, 8, 19],
            "header_rows": [["", "", "", "", "", _TIMESCALE, None, _POSITION, None]],
            "repeat_header": True,
            "rows": [
                {"banner": "Procurement and Contract Management \u2013 Reasonable Assurance \u2013 final report "
                           "July 2023"},
                ["AR23/01",
                 "Keep the contracts register complete and up to date so that every contract over \u00a35,000 is "
                 "recorded.",
                 "High",
                 "Services will send new contracts to the procurement team, who will check the register every "
                 "quarter.",
                 "Head of Finance Practice", "30/09/2023", "31/03/2024", "In progress",
                 "A quarterly check started in January 2024; two services still have to confirm their entries."],
                ["AR23/02",
                 "Give staff who buy goods and services refresher training on the Contract Procedure Rules.",
                 "Medium",
                 "Run two online training sessions and add the rules to the induction programme.",
                 "Procurement Manager", "31/12/2023", "", "Complete",
                 "Sessions were held on 14 November and 5 December 2023 and 46 staff attended."],
                ["AR23/03",
                 "Record every waiver of the procurement rules with the reason and the approving officer.",
                 "Medium",
                 "Put a waiver form on the intranet and keep a central log of waivers.",
                 "Head of Legal Services", "31/10/2023", "", "Overdue",
                 "The form has been drafted but the central log has not yet been set up."],
                {"banner": "Council Tax and Business Rates \u2013 Reasonable Assurance \u2013 final report September "
                           "2023"},
                ["AR23/04",
                 "Review accounts with a single person discount at least every two years.",
                 "Medium",
                 "Commission a data-matching review of single person discounts across the district.",
                 "Head of Revenues and Benefits", "Q4 2023/24", "", "In progress",
                 "The data-matching exercise began in February 2024."],
                ["AR23/05",
                 "Reconcile the business rates system to the valuation list every month.",
                 "High",
                 "Carry out and sign off a reconciliation each month.",
                 "Revenues Manager", "Monthly", "", "Complete",
                 "Reconciliations have been completed every month since October 2023."],
                ["AR23/06",
                 "Write off irrecoverable debts promptly and within delegated limits.",
                 "Low",
                 "Report write-offs over \u00a35,000 to the Section 151 Officer for approval.",
                 "Revenues Manager / Section 151 Officer", "31/01/2024", "30/06/2024", "Not started",
                 "Deferred while the new debt recovery policy is drafted."],
                {"banner": "ICT Resilience and Cyber Security \u2013 Limited Assurance \u2013 final report November "
                           "2023"},
                ["AR23/07",
                 "Test the ICT disaster recovery plan at least once a year.",
                 "High",
                 "Hold a full recovery test with the ICT service shared with West Devon Borough Council.",
                 "Head of ICT Practice", "Annually \u2013 next test May 2024", "", "In progress",
                 "The test is booked for 14 May 2024."],
                ["AR23/08",
                 "Make sure all staff and councillors complete cyber security training.",
                 "High",
                 "Make the e-learning module mandatory and report completion rates to the Extended Leadership "
                 "Team.",
                 "Head of ICT Practice and HR Business Partner", "31/12/2023", "", "Overdue",
                 "87% of staff and 60% of councillors have completed the module."],
                ["AR23/09",
                 "Remove network access for leavers on their last working day.",
                 "Medium",
                 "Link the leavers' process in the HR system to an automatic ICT request.",
                 "HR Business Partner", "29/02/2024", "", "Complete",
                 "Automatic requests have been running since 12 February 2024."],
                {"banner": "Payroll and HR Processes \u2013 Reasonable Assurance \u2013 final report June 2023"},
                ["AR23/10",
                 "Check that new starters are paid correctly by comparing payroll records with signed contracts.",
                 "Medium",
                 "Payroll will test a sample of ten new starters against their contracts each quarter.",
                 "Payroll Manager", "Quarterly", "", "In progress",
                 "The first sample found no errors."],
                ["AR23/11",
                 "Approve overtime claims before they are paid.",
                 "High",
                 "Introduce manager approval for all overtime claims in the HR system.",
                 "Head of HR, Payroll and Organisational Development", "Spring 2024", "", "Not started",
                 "Set-up of the approval step is planned for April 2024."],
                ["AR23/12",
                 "Reconcile the payroll control account every month.",
                 "High",
                 "Finance will reconcile the account monthly and the Section 151 Officer will review it.",
                 "Senior Finance Business Partner", "31/08/2023", "31/12/2023", "Complete",
                 "Reconciliations are up to date to the end of January 2024."],
            ],
            "notes": [
                "Priority: High \u2013 a fundamental weakness in control; Medium \u2013 a significant weakness; "
                "Low \u2013 an improvement to control.",
                "Status: Complete \u2013 done and evidenced; In progress \u2013 on track for the due date; Overdue "
                "\u2013 the due date has passed; Not started.",
            ],
        },
    ],
}

"""Rossendale Borough Council, Quarter 1 Performance Management 2021-2022, report to Overview and Scrutiny.

Copies the printed structure of the real covering report's front matter (a four-column label grid:
Subject / Status, Report to / Date, Report of / Portfolio Holder, Key Decision tick boxes, Equality and
Biodiversity Impact Assessment rows, Contact Officer, Telephone, Email; then 1. RECOMMENDATIONS,
2. PURPOSE OF REPORT, 3. CURRENT PERFORMANCE OF THE COUNCIL with a paragraph per priority). The appendix
layout was not visible in the source and is modelled on quarterly corporate project reports: one table
per corporate priority under a "Priority N:" heading, project codes, "Accountable", "By when",
"% complete", a RAG column shown by colour only with a key under each table, and "Commentary".
Every sentence is our own; the names and numbers are invented.
"""

_COLS = ["Ref", "Corporate Project", "Accountable", "By when", "% complete", "RAG", "Commentary"]
_WIDTHS = [8, 26, 15, 14, 10, 4, 27]
_KEY = ["Key: Green \u2013 on track; Amber \u2013 at risk of slipping; Red \u2013 off track; Blue \u2013 complete"]
G, A, R, B = ({"text": "", "fill": f} for f in ("00B050", "FFC000", "FF0000", "0070C0"))


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _WIDTHS, "repeat_header": True, "rows": rows,
            "notes": _KEY}


PAPER = {
    "stem": "b2_04_rossendale_quarterly_performance",
    "council": "Rossendale Borough Council",
    "source": {
        "council": "Rossendale Borough Council",
        "kind": "corporate plan delivery, quarterly performance report with RAG (covering report)",
        "year": 2021,
        "title": "Quarter 1 Performance Management (April, May & June) 2021-2022, Overview and Scrutiny, "
                 "13 September 2021",
        "url": "https://pdfslide.net/documents/item-no-d3.html",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra"],  # no text: its RAG is colour only
    "page": {"orientation": "portrait", "font_size": 9},
    "footer": "Version Number: 1          Page: {page} of {pages}",
    "blocks": [
        {
            "kind": "table",
            "columns": ["Subject:", "Quarter 1 Performance Management (April, May & June) 2021-2022", "Status:",
                        "For Publication"],
            "widths": [18, 42, 18, 22],
            "repeat_header": False,
            "rows": [
                ["Report to:", "Overview and Scrutiny", "Date:", "13th September 2021"],
                ["Report of:", "Head of People & Policy", "Portfolio Holder:", "Resources"],
                ["Key Decision:",
                 {"text": "\u2610 Forward Plan    \u2610 General Exception    \u2610 Special Urgency", "colspan": 3},
                 None, None],
                ["Equality Impact Assessment", "Required: No", "Attached: No", ""],
                ["Biodiversity Impact Assessment", "Required: No", "Attached: No", ""],
                ["Contact Officer:", "Sarah Pickup", "Telephone:", "01706 217777"],
                ["Email:", {"text": "sarahpickup@rossendalebc.gov.uk", "colspan": 3}, None, None],
            ],
        },
        {"kind": "para", "text": "1. RECOMMENDATIONS", "bold": True},
        {"kind": "para", "text": "1.1 That the Overview and Scrutiny Committee considers how the council has "
                                 "performed, as set out in this report."},
        {"kind": "para", "text": "1.2 That the Committee names any project, performance indicator or risk it "
                                 "would like to refer to the Cabinet for further action."},
        {"kind": "para", "text": "2. PURPOSE OF REPORT", "bold": True},
        {"kind": "para", "text": "2.1 This report gives the Committee a summary of the council's performance in "
                                 "the first quarter of the year, so that members can challenge it and ask for "
                                 "action where they wish."},
        {"kind": "para", "text": "3. CURRENT PERFORMANCE OF THE COUNCIL", "bold": True},
        {"kind": "para", "text": "3.1 The quarterly report tracks the actions and corporate projects that deliver "
                                 "the council's four priorities. Its format was changed this year to match the "
                                 "priorities and projects for 2021/22. The Quarter 1 report is at Appendix 1."},
        {"kind": "para", "text": "3.2 A Thriving Local Economy \u2013 collection of council tax is strong, while "
                                 "business rates income remains below what was expected after the pandemic. "
                                 "Town centre schemes are being delivered with Lancashire County Council, and "
                                 "the Pennine Lancashire growth work continues with Burnley Borough Council and "
                                 "the other districts."},
        {"kind": "para", "text": "3.3 Effective and Efficient Council \u2013 customer enquiries are now handled at "
                                 "the Business Centre, Futures Park, Bacup, OL13 0BB, and through the new online "
                                 "forms."},
        {"kind": "para", "text": "4. RISK", "bold": True},
        {"kind": "para", "text": "4.1 The risks to each project are managed by the accountable officer and are "
                                 "reported to the Programme Board."},
        {"kind": "para", "text": "5. FINANCE", "bold": True},
        {"kind": "para", "text": "5.1 There are no financial implications arising directly from this report."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 1: Quarter 1 Performance Report 2021/22 (April \u2013 June 2021)",
         "level": 2},
        {"kind": "heading", "text": "Priority 1: A Thriving Local Economy", "level": 3},
        _table([
            ["TLE1", "Deliver the Bacup High Street Heritage Action Zone programme of shopfront and public realm "
                     "works", "Director of Economic Development", "March 2024", "15%", G,
             "Twelve shopfront grant offers have been made and the public realm design has gone out to "
             "consultation."],
            ["TLE2", "Bring forward phase 2 of the Spinning Point development in Rawtenstall town centre",
             "Director of Economic Development", "Q4 2021/22", "40%", A,
             "The contractor has reported a rise in material costs and the programme is being reviewed with "
             "the council."],
            ["TLE3", "Adopt the new Local Plan", "Head of Planning", "Autumn 2021", "90%", G,
             "The Inspector's final report has been received and will go to Full Council in the autumn."],
            ["TLE4", "Prepare an Economic Recovery Plan with local businesses", "Economic Development Manager",
             "July 2021", "100%", B, "Complete. The plan was agreed by Cabinet in July 2021."],
        ]),
        {"kind": "heading", "text": "Priority 2: A High Quality Environment", "level": 3},
        _table([
            ["HQE1", "Replace the waste collection fleet with lower-emission vehicles", "Head of Operations",
             "31/03/2022", "50%", G, "Six of the twelve new vehicles have been delivered."],
            ["HQE2", "Carry out the Climate Change Strategy action plan for 2021/22", "Climate Change Officer",
             "2021/22", "25%", A,
             "Recruitment to the climate change post took longer than planned, so some actions have moved to "
             "later in the year."],
            ["HQE3", "Introduce the new street cleansing schedule across the borough", "Head of Operations",
             "May 2021", "70%", R,
             "Staff absence during the pandemic has held up the roll-out; the revised schedule will start in "
             "October."],
        ]),
        {"kind": "heading", "text": "Priority 3: Healthy and Proud Communities", "level": 3},
        _table([
            ["HPC1", "Build the new leisure facility at Marl Pits", "Director of Communities", "Spring 2023",
             "10%", G, "The design team has been appointed and site surveys are under way."],
            ["HPC2", "Review the housing allocations policy with our Lancashire partners",
             "Housing Strategy Manager", "Q3 2021/22", "30%", G,
             "Consultation with registered providers started in June."],
            ["HPC3", "Deliver the Holiday Activities and Food programme for children over the summer",
             "Communities Manager", "August 2021", "100%", B,
             "Complete. More than 1,100 children took part at 14 venues."],
        ]),
        {"kind": "heading", "text": "Priority 4: Effective and Efficient Council", "level": 3},
        _table([
            ["EEC1", "Move customer services onto a new digital platform", "Head of Customer Services and ICT",
             "December 2021", "60%", G, "Testing of the new platform began in June 2021."],
            ["EEC2", "Agree a balanced budget and Medium Term Financial Strategy for 2022/23", "Head of Finance",
             "February 2022", "20%", G, "Budget workshops with the Cabinet are planned for November."],
            ["EEC3", "Review the options for the revenues and benefits contract", "Head of Finance",
             "31/12/2021", "35%", A,
             "The options appraisal has been held back while performance issues are resolved with the "
             "provider."],
        ]),
    ],
}

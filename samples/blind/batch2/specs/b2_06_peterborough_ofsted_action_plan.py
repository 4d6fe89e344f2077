"""Peterborough City Council, Action Plan following the OfSTED inspection of services for children (update, 2017).

Copies the printed structure of the real update where it was visible: the council name and the long plan
title, a "Background" section of prose before the plan, written as an update about eighteen months after
the April 2015 inspection. The plan's table layout was not visible in the source and is modelled on
Ofsted improvement plans: each inspection recommendation as a banner row, numbered actions under it,
"What we will do", "Accountable" given as initials with a key table of posts after the plan, "By when",
a RAG letter column with a key under the table, and a column header printed on the first page only.
Every sentence is our own; the initials and figures are invented.
"""

PAPER = {
    "stem": "b2_06_peterborough_ofsted_action_plan",
    "council": "Peterborough City Council",
    "source": {
        "council": "Peterborough City Council",
        "kind": "ofsted improvement plan (progress update)",
        "year": 2017,
        "title": "Peterborough City Council Action Plan following OfSTED Inspection of Services to Children in "
                 "Need of Help and Protection, Children Looked After & Care Leavers",
        "url": "https://docslib.org/doc/13270927/peterborough-city-council-action-plan-following-ofsted-"
               "inspection-of",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 9},
    "blocks": [
        {"kind": "para", "text": "Peterborough City Council", "bold": True},
        {"kind": "heading", "text": "Action Plan following OfSTED Inspection of Services to Children in Need of Help "
                                    "and Protection, Children Looked After & Care Leavers", "level": 1},
        {"kind": "para", "text": "Progress update \u2013 April 2017", "bold": True},
        {"kind": "heading", "text": "Background", "level": 2},
        {"kind": "para", "text": "Improving the lives of children and young people is one of the Council's highest "
                                 "priorities. We want to help families overcome their difficulties early, so "
                                 "that fewer children need protection or to come into care, and we will keep "
                                 "working with our partners on the changes we have planned for children's "
                                 "services."},
        {"kind": "para", "text": "The inspection in April 2015 found that we understood our own strengths and "
                                 "weaknesses and that the new management team had already begun to tackle the "
                                 "areas needing improvement. This update, a year and a half after the first "
                                 "plan, shows that many actions are complete or nearly so. In a few areas "
                                 "performance has dipped since the last update in November 2016, and the plan "
                                 "says what we are doing about them."},
        {"kind": "para", "text": "The workforce is now much more stable, caseloads are lower and managers oversee "
                                 "casework more closely, but this has not yet led to consistently better "
                                 "practice. Assessments are better; plans and chronologies still need to "
                                 "improve and will be the focus of heads of service and team managers over the "
                                 "next three months."},
        {
            "kind": "table",
            "columns": ["Ref", "What we will do", "Accountable", "By when", "RAG", "Progress"],
            "widths": [5, 34, 10, 10, 5, 36],
            "repeat_header": False,
            "rows": [
                {"banner": "Recommendation 1: Make sure that the workforce is stable and that caseloads are "
                           "manageable"},
                ["1.1", "Recruit permanent social workers and cut the use of agency staff, with a recruitment "
                        "and retention package", "WR / NB", "Mar-16", "B",
                 "Agency staff have fallen from 38% to 9% of posts and the package is now part of normal "
                 "business."],
                ["1.2", "Keep average caseloads at or below 18 children for each social worker", "NB", "Monthly",
                 "G", "The average caseload was 16.4 at the end of March 2017."],
                ["1.3", "Open an Academy for newly qualified social workers with a protected caseload in their "
                        "first year", "PSW", "September 2016", "B",
                 "The first group of 14 social workers started in September 2016."],
                {"banner": "Recommendation 2: Improve the quality and consistency of plans for children, "
                           "including chronologies"},
                ["2.1", "Train all social workers and team managers to write specific, measurable child "
                        "protection and care plans", "PSW", "December 2016", "A",
                 "80% of staff have been trained; the remaining sessions were moved because of staff turnover. "
                 "Revised target date from December 2016 to June 2017."],
                ["2.2", "Introduce one chronology template for all teams\n"
                        "\u2022 agree the template with partners\n"
                        "\u2022 audit its use after three months", "SC", "Jan-17", "R",
                 "An audit in March 2017 found the template in use in fewer than half of cases; team managers "
                 "now check every file."],
                ["2.3", "Make sure every looked after child has an up-to-date care plan, reviewed by an "
                        "Independent Reviewing Officer", "SC", "Ongoing", "G",
                 "98% of reviews were held on time in the last quarter."],
                {"banner": "Recommendation 3: Strengthen performance management and the use of audit to improve "
                           "practice"},
                ["3.1", "Run a monthly case audit programme and report the findings to the Children's Services "
                        "Management Team", "NB", "Monthly", "G",
                 "Twenty case audits are completed each month and the themes are shared with practitioners."],
                ["3.2", "Build a performance dashboard for team managers", "BI", "Q2 2016/17", "B",
                 "The dashboard went live in September 2016."],
                ["3.3", "Hold a practice week every quarter in which senior managers observe frontline work", "WR",
                 "Quarterly", "A", "Two practice weeks have been held; the March week was postponed."],
                {"banner": "Recommendation 4: Improve services for care leavers, including access to suitable "
                           "housing"},
                ["4.1", "Increase supported lodgings and move-on housing for care leavers with our housing "
                        "partners", "CL", "December 2017", "G",
                 "Fifteen new supported lodgings places have been commissioned."],
                ["4.2", "Stop placing care leavers in bed and breakfast accommodation", "CL", "Sept 2016", "R",
                 "Two young people were placed in bed and breakfast in emergencies during the last quarter."],
                ["4.3", "Offer every care leaver a personal adviser up to the age of 25", "CL / NB", "April 2018",
                 "G", "Personal advisers have been recruited ahead of the new duty."],
            ],
            "notes": ["RAG: G \u2013 on track; A \u2013 some slippage; R \u2013 off track; B \u2013 complete"],
        },
        {"kind": "para", "text": "Key to officers", "bold": True},
        {
            "kind": "table",
            "columns": ["Initials", "Post"],
            "widths": [10, 50],
            "repeat_header": False,
            "rows": [
                ["WR", "Director of Children's Services"],
                ["NB", "Assistant Director Children's Social Care"],
                ["PSW", "Principal Social Worker"],
                ["SC", "Head of Child Protection Services"],
                ["BI", "Business Intelligence Manager"],
                ["CL", "Head of Looked After Children and Care Leavers"],
            ],
        },
    ],
}

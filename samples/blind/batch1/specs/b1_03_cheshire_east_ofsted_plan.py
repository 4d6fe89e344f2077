"""Cheshire East Council, Children and Families Committee, 23 May 2022: Ofsted action plan and progress update.

Structure copied from the real paper (a covering report to the committee; the action plan answering the ILACS
inspection recommendations, each recommendation a banner row over numbered actions, an owner, a timescale, a
progress update and a RAG rating with a key); every sentence rewritten in our own words. Owners are written as
abbreviations explained in a key table, as many children's services plans do.
"""

B = {"text": "B", "fill": "0070C0"}
G = {"text": "G", "fill": "00B050"}
AM = {"text": "A", "fill": "FFC000"}
R = {"text": "R", "fill": "FF0000"}

PAPER = {
    "stem": "b1_03_cheshire_east_ofsted_plan",
    "council": "Cheshire East Council",
    "source": {
        "council": "Cheshire East Council",
        "kind": "ofsted improvement plan",
        "year": 2022,
        "title": "Children and Families Committee 23 May 2022, item 14: Ofsted Action Plan and Progress Update",
        "url": "https://moderngov.cheshireeast.gov.uk/ieIssueDetails.aspx?IId=69513&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "OFFICIAL",
    "blocks": [
        {"kind": "para", "text": "OPEN", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Cheshire East Council", "level": 1},
        {"kind": "para", "text": "Children and Families Committee", "bold": True},
        {"kind": "para", "text": "Date of Meeting: 23 May 2022"},
        {"kind": "para", "text": "Report Title: Ofsted Action Plan and Progress Update"},
        {"kind": "para", "text": "Report of: Executive Director of Children's Services"},
        {"kind": "para", "text": "Report Reference No: CF/05/22-23"},
        {"kind": "para", "text": "Ward(s) Affected: All"},
        {"kind": "para", "text": "1. Purpose of Report", "bold": True},
        {"kind": "para", "text": "1.1 This report tells the committee how far the council has got with the action "
                                 "plan agreed after the Ofsted inspection of local authority children's services "
                                 "(ILACS) in November 2019."},
        {"kind": "para", "text": "2. Executive Summary", "bold": True},
        {"kind": "para", "text": "2.1 Most actions are now complete or on track. Three actions are behind their "
                                 "timescale and the reasons are set out in the progress column. Several actions "
                                 "depend on partners, including Cheshire Police, the health trusts and Cheshire West "
                                 "and Chester Council through the joint safeguarding partnership."},
        {"kind": "para", "text": "3. Recommendation", "bold": True},
        {"kind": "para", "text": "3.1 That the committee notes the progress made against the action plan at "
                                 "Appendix 1."},
        {"kind": "para", "text": "Access to Information: the background papers may be inspected by contacting the "
                                 "report writer at Westfields, Middlewich Road, Sandbach CW11 1HZ."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 1: ILACS Action Plan - Progress Update", "level": 2},
        {
            "kind": "table",
            "columns": ["Ref", "Action", "Owner", "Timescale", "Progress update", "RAG"],
            "widths": [5, 33, 9, 10, 38, 5],
            "repeat_header": True,
            "rows": [
                {"banner": "Recommendation 1: Strengthen the quality and impact of management oversight and "
                           "supervision", "fill": "D9D9D9"},
                ["1.1", "Refresh the supervision policy and recording template so that each record shows the "
                        "reflective discussion and the next steps agreed.", "PSW", "June 2020",
                 "The revised policy was launched in July 2020 and is used by every team.", B],
                ["1.2", "Audit a sample of supervision records each month and report the themes found to the "
                        "leadership team.", "HQA", "Monthly",
                 "Monthly audits continue. The April 2022 audit found most records good or better, with the "
                 "recording of next steps still the weakest area.", G],
                ["1.3", "Train every team manager in the new supervision model.", "PSW", "December 2020",
                 "38 of 41 managers trained; the other three return from long-term absence and are booked for "
                 "June 2022.", AM],
                {"banner": "Recommendation 2: Improve the quality of plans for children in need and children "
                           "subject to a child protection plan", "fill": "D9D9D9"},
                ["2.1", "Introduce one plan template with clear outcomes and timescales for every child.", "HCP",
                 "March 2020", "The new template has been in the case recording system since April 2020.", B],
                ["2.2", "Review every child in need plan that has been open for more than twelve months.", "HCP",
                 "September 2021",
                 "Reviews are finished for 212 of the 260 children. The backlog grew during the pandemic and the "
                 "rest are planned for July 2022.", R],
                ["2.3", "Hold practice workshops on writing plans that children and families can understand\n"
                        "\u2022 one for social workers\n\u2022 one for partner agencies", "HCP / PSW",
                 "Q3 2021/22", "Both workshops were held in November 2021 and the slides are on the practice "
                               "hub.", B],
                {"banner": "Recommendation 3: Respond consistently to 16 and 17 year olds who are homeless",
                 "fill": "D9D9D9"},
                ["3.1", "Agree a joint protocol with the housing service for young people who present as "
                        "homeless.", "HCC", "January 2021",
                 "The joint protocol was signed by children's services and housing in February 2021.", B],
                ["3.2", "Make sure every young person is told about their rights and offered an independent "
                        "advocate.", "HCC", "Ongoing",
                 "An advocacy offer is recorded for all 19 young people seen since January.", G],
                {"banner": "Recommendation 4: Give care leavers their health histories and clear pathway plans",
                 "fill": "D9D9D9"},
                ["4.1", "Give every care leaver a summary of their health history before they turn 18.", "HCC",
                 "September 2021",
                 "Summaries have been given to most eligible young people, but the health team for cared for "
                 "children is short of nurses.", AM],
                ["4.2", "Rewrite the pathway plan format with the Care Leavers' Forum.", "HCC", "Spring 2022",
                 "The new format was agreed with young people at the forum in March 2022.", B],
                {"banner": "Recommendation 5: Make sure performance information is used to improve practice",
                 "fill": "D9D9D9"},
                ["5.1", "Publish a monthly performance scorecard for each team.", "DCSC", "Monthly",
                 "Scorecards have gone to every team each month since October 2020.", G],
                ["5.2", "Hold a performance challenge session each quarter, chaired by the Executive Director.",
                 "DCS", "Quarterly", "Sessions were held in January and April 2022.", G],
            ],
            "notes": ["RAG key: B = complete; G = on track; A = some risk to the timescale; R = off track."],
        },
        {"kind": "para", "text": "Owner key", "bold": True},
        {
            "kind": "table",
            "columns": ["Owner", "Post"],
            "widths": [10, 50],
            "repeat_header": True,
            "rows": [
                ["DCS", "Executive Director of Children's Services"],
                ["DCSC", "Director of Children's Social Care"],
                ["HCP", "Head of Service for Child Protection and Children in Need"],
                ["HCC", "Head of Service for Cared for Children and Care Leavers"],
                ["HQA", "Head of Service for Quality Assurance and Safeguarding"],
                ["PSW", "Principal Social Worker"],
            ],
        },
    ],
}

"""Telford & Wrekin, Cabinet report with the 'Getting to Good' Ofsted improvement plan (2016) as Appendix A."""

_AD = "Assistant Director: Children's Safeguarding & Family Support"


def _theme(text):
    return [{"text": text, "bold": True, "colspan": 2}, "", "", "", "", "", ""]


PAPER = {
    "stem": "b2_08_telford_wrekin_ofsted_plan",
    "council": "Telford & Wrekin Council",
    "source": {"council": "Telford & Wrekin Council", "kind": "ofsted improvement plan (covering report to Cabinet)",
               "year": 2016,
               "title": "Getting To Good - improvement plan after the 2016 Ofsted inspection of children's services (Cabinet, 17 November 2016)",
               "url": "https://newsroomarchive.telford.gov.uk/News/Details/13452"},
    "producers": ["docx", "pdf-word", "text"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "TELFORD & WREKIN COUNCIL", "bold": True, "align": "center"},
        {"kind": "para", "text": "CABINET \u2013 17 NOVEMBER 2016", "bold": True, "align": "center"},
        {"kind": "para", "text": "GETTING TO GOOD: IMPROVEMENT PLAN FOLLOWING THE OFSTED INSPECTION OF CHILDREN'S SERVICES",
         "bold": True, "align": "center"},
        {"kind": "para", "text": "REPORT OF THE ASSISTANT DIRECTOR: CHILDREN'S SAFEGUARDING & FAMILY SUPPORT", "bold": True},
        {"kind": "para", "text": "LEAD CABINET MEMBER \u2013 CABINET MEMBER FOR CHILDREN, YOUNG PEOPLE & FAMILIES", "bold": True},
        {"kind": "para", "text": "PART A) \u2013 SUMMARY REPORT", "bold": True},
        {"kind": "para", "text": "1.0 SUMMARY OF MAIN PROPOSALS", "bold": True},
        {"kind": "para", "text": "1.1 Ofsted inspected the Council's services for children who need help and protection, children "
                                 "looked after and care leavers over four weeks this summer, together with a review of the Local "
                                 "Safeguarding Children Board. The overall judgement was that services require improvement to be "
                                 "good; two of the five areas inspected were judged good."},
        {"kind": "para", "text": "1.2 The inspectors made 11 recommendations. This report presents the plan, called Getting to Good, "
                                 "that responds to each of them. The plan groups the recommendations under three themes and, for "
                                 "each, sets out the action required, the outcome sought, how success will be measured, the lead "
                                 "officer and the timescale, with progress made so far."},
        {"kind": "para", "text": "2.0 RECOMMENDATIONS", "bold": True},
        {"kind": "para", "text": "2.1 That Cabinet approves the Getting to Good plan at Appendix A and refers it to Full Council."},
        {"kind": "para", "text": "2.2 That progress against the plan is reported to the Children and Young People Scrutiny Committee "
                                 "every six months."},
        {"kind": "para", "text": "3.0 SUMMARY IMPACT ASSESSMENT", "bold": True},
        {"kind": "table", "columns": ["", "Assessment"], "widths": [25, 75], "repeat_header": False, "rows": [
            [{"text": "COMMUNITY IMPACT", "bold": True},
             "Do these proposals contribute to specific priority objective(s)? Yes: protecting and supporting our vulnerable "
             "children and families."],
            [{"text": "FINANCIAL IMPACT", "bold": True},
             "The plan will cost \u00a3255,000 over 2016/17 and 2017/18, met from the children's services budget and reserves."],
            [{"text": "LEGAL ASSESSMENT", "bold": True},
             "The Council must send Ofsted a written statement of the action it will take within 70 working days of the "
             "inspection report."],
        ]},
        {"kind": "para", "text": "PART B) \u2013 ADDITIONAL INFORMATION", "bold": True},
        {"kind": "para", "text": "4.0 INFORMATION", "bold": True},
        {"kind": "para", "text": "4.1 The last inspection, in 2012, produced 34 recommendations. This inspection found that services "
                                 "have improved since then and that the Council knows its own strengths and weaknesses well, as "
                                 "its Where We Are self assessment had set out."},
        {"kind": "para", "text": "4.2 Several actions depend on partners: Shropshire Council for joint commissioning of advocacy, the "
                                 "clinical commissioning group for health assessments, and West Mercia Police through the Local "
                                 "Safeguarding Children Board that serves Telford and Wrekin and the wider county of Shropshire."},
        {"kind": "para", "text": "4.3 The plan will be monitored monthly by the Children's Services Improvement Board, chaired by the "
                                 "Chief Executive."},
        {"kind": "para", "text": "5.0 BACKGROUND PAPERS", "bold": True},
        {"kind": "para", "text": "Ofsted report on services for children in need of help and protection, children looked after and "
                                 "care leavers, Telford and Wrekin, 2016."},
        {"kind": "para", "text": "Report prepared by the Assistant Director: Children's Safeguarding & Family Support, Addenbrooke "
                                 "House, Ironmasters Way, Telford TF3 4NT."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A \u2013 Getting to Good: Children's Services Improvement Plan 2016\u20132018",
         "level": 2},
        {"kind": "table",
         "columns": ["No.", "Ofsted recommendation", "Action required", "Desired outcome", "How will success be measured",
                     "Lead officer", "Timescale", "Progress as at 31 October 2016"],
         "widths": [4, 15, 18, 13, 13, 12, 8, 17],
         "repeat_header": True,
         "rows": [
             _theme("THEME 1 \u2013 SCRUTINY, OVERSIGHT AND ADVOCACY"),
             ["1", "Make sure that managers' oversight of casework is recorded and gives clear direction",
              "\u2022 Introduce a standard template for supervision records\n\u2022 Audit 40 case files a month for evidence of "
              "management direction", "Every case file shows regular, purposeful management oversight",
              "Monthly audit finds oversight recorded in at least 90% of files", _AD, "December 2016",
              "Completed \u2013 the template has been used by all teams since September."],
             ["2", "Strengthen the role of independent reviewing officers in challenging children's plans",
              "Refresh the escalation protocol for independent reviewing officers and report its use to the Corporate "
              "Parenting Panel", "Drift in children's plans is challenged early", "Number and outcome of escalations reported "
              "each quarter", "Safeguarding & Quality Assurance Manager", "Q4 2016/17",
              "On track \u2013 the revised protocol is out for comment with team managers."],
             ["3", "Make sure that children's views shape the work of the Local Safeguarding Children Board",
              "Set up a young people's advisory group that reports to the Board twice a year",
              "The Board's priorities reflect what children tell it", "Advisory group reports received and acted on",
              "LSCB Business Manager", "March 2017",
              "Not yet started \u2013 recruitment of members will begin in January."],
             ["4", "Increase the take-up of independent advocacy by children looked after",
              "Commission an advocacy service jointly with Shropshire Council and offer it at every review",
              "More children looked after have an advocate", "Take-up of advocacy doubles from the 2015/16 level",
              "Commissioning Manager / Corporate Parenting Manager", "April 2017",
              "In progress \u2013 a joint specification has been agreed with Shropshire Council."],
             _theme("THEME 2 \u2013 THE QUALITY AND EFFECTIVENESS OF FRONTLINE PRACTICE"),
             ["5", "Reduce social worker caseloads so that workforce capacity matches demand",
              "Recruit six more permanent social workers and reduce the use of agency staff",
              "Manageable caseloads across all teams", "Average caseload of 18 or fewer; agency staff below 10%",
              "Human Resources Business Partner and " + _AD, "Summer 2017",
              "Some slippage \u2013 four of the six posts are filled and two will be advertised again."],
             ["6", "Improve the quality of assessments through practice standards and training for the workforce",
              "Deliver a chronology and assessment training programme to every social work team",
              "Assessments take full account of each family's history", "Audited assessments rated good or better",
              "Principal Social Worker", "January 2017",
              "On track \u2013 three of the five sessions have been delivered."],
             ["7", "Make plans for children in need specific and measurable, with performance monitored closely",
              "Hold a monthly performance clinic where team managers review children in need plans",
              "Plans say clearly what must change and by when", "Percentage of plans rated specific in audit",
              "Performance & Intelligence Manager", "Monthly from November 2016",
              "Not started \u2013 the first clinic is booked for 21 November."],
             ["8", "Improve the ICT case recording system so that records are complete and easy to find",
              "Upgrade the case management system and remove duplicate forms",
              "Social workers spend less time recording", "Fewer forms per case; survey of staff views",
              "ICT Programme Manager", "31/03/2017",
              "Delayed \u2013 the supplier's release has moved, and the target date has been revised to May 2017."],
             _theme("THEME 3 \u2013 OUTCOMES FOR CHILDREN AND YOUNG PEOPLE IN SPECIFIC CIRCUMSTANCES"),
             ["9", "Improve the timeliness of initial health assessments for children coming into care",
              "Agree a joint pathway so that assessments take place within 20 working days",
              "Health needs are identified promptly", "Percentage of assessments completed within 20 working days",
              "Designated Nurse for Looked After Children and Head of Looked After Children Service", "February 2017",
              "On track \u2013 the pathway has been drafted with the clinical commissioning group."],
             ["10", "Make sure that care leavers live in suitable accommodation",
              "Increase supported lodgings places from 8 to 15", "Care leavers have a choice of suitable homes",
              "Percentage of care leavers in suitable accommodation", "Leaving Care Team Manager", "2017/18",
              "On track \u2013 three new hosts have been approved."],
             ["11", "Improve educational outcomes for children looked after",
              "Make the personal education plan part of every looked after review and track attainment each term",
              "Children looked after make better progress at school", "Attainment gap with all pupils narrows",
              "Virtual School Headteacher", "Ongoing",
              "Achieved \u2013 personal education plans are now reviewed at every meeting."],
         ]},
    ],
}

"""Neath Port Talbot County Borough Council, Governance and Audit Committee, 26 November 2021: External Review -
Action Plan Update.

Source: the agenda and minutes of the Governance and Audit Committee of Friday 26 November 2021
(democracy.npt.gov.uk/ieListDocuments.aspx?CId=480&MId=10102&Ver=4), found with the pages search. Visible: the item
"External Review - Action Plan Update" (a .dotx Word document), presented by the Chief Executive; three points
highlighted: work to bring greater clarity to decision-making procedures relating to capital works not completed by
the anticipated date but since completed and going to Cabinet on 15 December; progress on options for a spoil tip,
with a public meeting held and further engagement before an options report to members; training by an external
trainer completed for officers and Cabinet Members, the remaining members to be trained in the member induction
after the 2022 elections; all other actions complete; Internal Audit to keep testing decision-making procedures; two
recommendations approved. Modelled: the NPT report template as we know it (council banner, committee, date, "Report
of the Chief Executive", "Matter for Information", "Wards Affected", the headed sections Purpose of the Report,
Executive Summary, Background, Financial Impacts, Integrated Impact Assessment, Valleys Communities Impacts, Workforce
Impacts, Legal Impacts, Risk Management Impacts, Consultation, Recommendations, Reasons for Proposed Decision,
Implementation of Decision, Appendices, List of Background Papers, Officer Contact), the appendix table (heading row
not repeated, so its continuation page starts with no heading; banner rows
per review theme, a recommendation cell merged down over its actions, columns Ref / Recommendation / Action /
Responsible Officer / Target Date / Progress Update / Status) and every recommendation, action and update beyond the
three points above. Every sentence is our own; names are invented.

Decisions for the gold:
- action is the Action cell; the merged Recommendation cell is area_for_improvement, carried down to each action,
  kept whole with its printed label ("Recommendation 1: ..."), as theme keeps its numbering.
- Theme from the banner rows ("A. Decision making and delegations"), letter kept.
- progress_as_of: no date on the progress column -> the meeting date 2021-11-26.
- "30/09/2021 (revised 15/12/2021)" -> due_date 2021-09-30 (day), revised_due_date 2021-12-15.
- "May 2022 (following the local elections)" -> 2022-05-31 (month).
- "Chief Executive and Monitoring Officer" -> two posts; "Director of Environment and Regeneration / Head of
  Engineering and Transport" -> two posts.
- Status words: "Complete" completed; "On target" on_track; "In progress" on_track; "Behind schedule" off_track.
- theme_category: decision making, delegations, reporting -> governance_and_culture; capital works and assets ->
  financial_planning_and_management; training and development -> capacity_for_improvement.
"""

CX = "Chief Executive"
DFCS = "Director of Finance and Corporate Services"
HLD = "Head of Legal and Democratic Services"
DER = "Director of Environment and Regeneration"
HET = "Head of Engineering and Transport"
HPR = "Head of Property and Regeneration"
HPOD = "Head of People and Organisational Development"
CAM = "Chief Audit Manager"

R1 = ("Recommendation 1: The Council should set out clearly who may take which decisions, and make sure that "
      "decisions taken by officers under delegated powers are recorded and published.")
R2 = ("Recommendation 2: Reports to members on matters that are contentious in a community should set out all the "
      "options considered and the views of those affected.")
R3 = ("Recommendation 3: The procedures for approving and varying capital works should be clarified so that it is "
      "clear when member approval is needed.")
R4 = ("Recommendation 4: The Council should agree a long-term approach to the former colliery spoil tip, with the "
      "community involved in the choice of option.")
R5 = ("Recommendation 5: Members and senior officers should receive training on decision making, delegations and "
      "the roles of members and officers.")

ROWS = [
    {"banner": "A. Decision making and delegations", "fill": "DEEAF6"},
    ["1.1", {"text": R1, "rowspan": 3}, "Review and republish the officer scheme of delegation in the Constitution",
     CX + " and Monitoring Officer", "31/07/2021",
     "The revised scheme of delegation was approved by Council on 21 July 2021 and is published on the website.",
     "Complete"],
    ["1.2", None, "Introduce a standard record of officer delegated decisions, signed off by the Head of Service",
     HLD, "30/09/2021",
     "A template and guidance were issued to all Heads of Service in September. Records are now held centrally by "
     "Democratic Services.", "Complete"],
    ["1.3", None, "Publish officer delegated decisions of significance on the Council's website each month", HLD,
     "31/12/2021",
     "The first monthly list was published in October 2021.", "On target"],
    ["2.1", {"text": R2, "rowspan": 2}, "Revise the Cabinet report template to include a section on options "
                                         "appraisal and community views", HLD, "31/08/2021",
     "New report template in use from September 2021.", "Complete"],
    ["2.2", None, "Arrange a public meeting before any report on a contentious local matter goes to Cabinet", DER,
     "Ongoing", "Applied to the spoil tip matter (see 4.1).", "In progress"],
    {"banner": "B. Capital works and assets", "fill": "DEEAF6"},
    ["3.1", {"text": R3, "rowspan": 2}, "Bring greater clarity to the decision-making procedures for capital works, "
                                         "including thresholds for member approval",
     DFCS, "30/09/2021\n(revised 15/12/2021)",
     "This work was not completed by the date expected. It has now been completed and the revised procedure will be "
     "reported to Cabinet on 15 December 2021.", "Behind schedule"],
    ["3.2", None, "Ask Internal Audit to test compliance with the revised capital procedures in its 2022/23 plan",
     CAM, "31st March 2022", "Included in the draft Internal Audit Plan for 2022/23.", "On target"],
    ["4.1", {"text": R4, "rowspan": 3}, "Hold a public meeting with residents about the future of the spoil tip",
     DER + " / " + HET, "31/10/2021",
     "A public meeting was held on 7 October 2021 and was well attended.", "Complete"],
    ["4.2", None, "Carry out further engagement with the community on the options before a report is taken to "
                  "members", HET, "31/01/2022",
     "An engagement plan has been drafted; drop-in sessions are planned for January 2022.", "In progress"],
    ["4.3", None, "Bring an options report on the long-term management of the spoil tip to Cabinet", DER,
     "31st March 2022", "Options being costed by consultants.", "On target"],
    {"banner": "C. Member and officer development", "fill": "DEEAF6"},
    ["5.1", {"text": R5, "rowspan": 3}, "Engage an external trainer to deliver training on decision making to senior "
                                         "officers", HPOD, "30/09/2021",
     "Training delivered by an external trainer to all senior officers in September 2021.", "Complete"],
    ["5.2", None, "Deliver the same training to Cabinet Members", HPOD, "31/10/2021",
     "Cabinet Members completed the training on 19 October 2021.", "Complete"],
    ["5.3", None, "Include the training in the induction programme for all members", HLD + " / " + HPOD,
     "May 2022 (following the local elections)",
     "Agreed with Group Leaders that the training will form part of the member induction after the elections in "
     "May 2022.", "On target"],
]

PAPER = {
    "stem": "b7_09_neath_port_talbot_external_review_action_plan",
    "council": "Neath Port Talbot County Borough Council",
    "source": {
        "council": "Neath Port Talbot County Borough Council",
        "kind": "external review action plan update (governance; covering report)",
        "year": 2021,
        "title": "External Review - Action Plan Update, Governance and Audit Committee, 26 November 2021",
        "url": "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=480&MId=10102&Ver=4",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "heading", "text": "NEATH PORT TALBOT COUNTY BOROUGH COUNCIL", "level": 1},
        {"kind": "para", "text": "Governance and Audit Committee", "bold": True},
        {"kind": "para", "text": "26th November 2021", "bold": True},
        {"kind": "para", "text": "Report of the Chief Executive \u2013 Mrs R. Pennant", "bold": True},
        {"kind": "para", "text": "Matter for Information"},
        {"kind": "para", "text": "Wards Affected: All Wards"},
        {"kind": "heading", "text": "External Review \u2013 Action Plan Update", "level": 2},
        {"kind": "para", "text": "Purpose of the Report", "bold": True},
        {"kind": "para", "text": "To update Members on progress in delivering the action plan agreed in response to "
                                 "the external review of decision making."},
        {"kind": "para", "text": "Executive Summary", "bold": True},
        {"kind": "para", "text": "Most actions in the plan are now complete. Three areas need Members' attention: the "
                                 "procedures for capital works, the future of the spoil tip and the training of "
                                 "members. The position on each action is set out in Appendix 1."},
        {"kind": "para", "text": "Background", "bold": True},
        {"kind": "para", "text": "An external review of decision-making arrangements was commissioned by the Chief "
                                 "Executive in early 2021. The review made five recommendations, and an action plan "
                                 "was reported to this Committee in June 2021. Members asked for regular updates."},
        {"kind": "para", "text": "Financial Impacts", "bold": True},
        {"kind": "para", "text": "No implications."},
        {"kind": "para", "text": "Integrated Impact Assessment", "bold": True},
        {"kind": "para", "text": "There is no requirement to undertake an Integrated Impact Assessment as this report "
                                 "is for information."},
        {"kind": "para", "text": "Valleys Communities Impacts", "bold": True},
        {"kind": "para", "text": "No implications."},
        {"kind": "para", "text": "Workforce Impacts", "bold": True},
        {"kind": "para", "text": "No implications."},
        {"kind": "para", "text": "Legal Impacts", "bold": True},
        {"kind": "para", "text": "No implications."},
        {"kind": "para", "text": "Risk Management Impacts", "bold": True},
        {"kind": "para", "text": "Internal Audit will continue to test decision-making procedures as part of its work."},
        {"kind": "para", "text": "Consultation", "bold": True},
        {"kind": "para", "text": "There is no requirement for external consultation on this item."},
        {"kind": "para", "text": "Recommendations", "bold": True},
        {"kind": "para", "text": "That Members note the progress made in delivering the External Review Action Plan; "
                                 "and that a further update be brought to the Committee in six months."},
        {"kind": "para", "text": "Reasons for Proposed Decision", "bold": True},
        {"kind": "para", "text": "To keep Members informed of progress against the action plan."},
        {"kind": "para", "text": "Implementation of Decision", "bold": True},
        {"kind": "para", "text": "The decision is for information."},
        {"kind": "para", "text": "Appendices", "bold": True},
        {"kind": "para", "text": "Appendix 1 \u2013 External Review Action Plan: Progress Update"},
        {"kind": "para", "text": "List of Background Papers", "bold": True},
        {"kind": "para", "text": "External Review Report (exempt); Governance and Audit Committee, 11th June 2021."},
        {"kind": "para", "text": "Officer Contact", "bold": True},
        {"kind": "para", "text": "Mr Gareth Lloyd-Evans, Corporate Governance Officer. Tel: 01639 763000. "
                                 "E-mail: g.lloyd-evans@npt.gov.uk"},
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix 1", "bold": True},
        {"kind": "para", "text": "External Review Action Plan: Progress Update", "bold": True},
        {
            "kind": "table",
            "columns": ["Ref", "Recommendation", "Action", "Responsible Officer", "Target Date", "Progress Update",
                        "Status"],
            "widths": [5, 22, 22, 15, 11, 25, 9],
            "repeat_header": False,
            "rows": ROWS,
        },
    ],
}

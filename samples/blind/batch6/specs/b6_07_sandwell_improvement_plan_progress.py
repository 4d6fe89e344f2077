"""Sandwell Metropolitan Borough Council, Audit and Risk Assurance Committee, 29 September 2022: Improvement Plan
Progress (position at 4 August 2022), with the progress tracker as Appendix 1.

Source: the Sandwell moderngov agenda items "Improvement Plan Progress" (sandwell.moderngov.co.uk/mgAi.aspx?ID=2818,
Cabinet, progress "up to 4 August 2022", with comments from the Budget and Corporate Scrutiny Management Board of
22 September and the Audit and Risk Assurance Committee of 29 September 2022) and "Improvement Plan Progress and
Phase 2 Refresh" (mgAi.aspx?ID=3685), found with the pages search. Visible: the plan answers the Grant Thornton
value for money governance review, the CIPFA financial management review and the LGA peer challenge of 2021 and the
Secretary of State's directions; it has themes (one named "Partnerships and Relationships", with a workstream on
Sandwell's regional and sub-regional presence, the Combined Authority included); progress is reported as "slippage"
against original dates with new target dates (e.g. the Workforce Strategy moved from March to May 2023); subjects
such as the Constitution review, the MTFS, the Serco and Sandwell Children's Trust contract reviews, the customer
journey programme board, the Performance Management Framework, EDI work, SEND transport procurement, the ERP system,
Lion Farm. Modelled: Sandwell's report template (the cover table Subject / Cabinet Member / Director / Key Decision
/ Contact Officer, numbered sections 1-5), the theme names other than Partnerships and Relationships, the tracker's
columns (Ref, Action, Source, Lead Officer, Original and Revised Completion Date, RAG word in a coloured cell,
Progress Update), banner rows for the themes, and the keys under the table. Every sentence is our own; names are
invented.

Decisions for the gold:
- Theme from the banner rows ("Theme 1: Organisational Culture" kept whole, numbering included).
- The "Source" column (review recommendation codes) is no contract field; area_for_improvement stays null because
  no recommendation text is printed.
- status and rag from the RAG word and its fill, read through the key: Complete -> completed/blue, On Track ->
  on_track/green, Minor Slippage -> at_risk/amber (contract: "some slippage"), Significant Slippage -> off_track/red
  (the key says it means delayed beyond the phase).
- "Revised Completion Date" gives revised_due_date; "TBC" gives none.
- progress_as_of 2022-08-04 from "Progress Update (at 4 August 2022)" and the appendix title.
- "Director of Law and Governance and Monitoring Officer" is two posts (contract example); "Head of HR" expands to
  "Head of Human Resources" (contract glossary).
- theme_category: Organisational Culture, Decision Making, Corporate Oversight -> governance_and_culture;
  Partnerships and Relationships -> organisational_and_place_leadership; Procurement and Commercial ->
  financial_planning_and_management.
"""

FILLS = {"Complete": "00B0F0", "On Track": "00B050", "Minor Slippage": "FFC000", "Significant Slippage": "FF0000"}


def _rag(word):
    return {"text": word, "fill": FILLS[word], "bold": True}


LG = "Director of Law and Governance and Monitoring Officer"
BSC = "Director of Business Strategy and Change"

ROWS = [
    {"banner": "Theme 1: Organisational Culture"},
    ["1.1", "Agree a set of organisational values and behaviours with staff and members and build them into "
            "induction and appraisal", "GT R5", BSC, "Jul-22", "", _rag("On Track"),
     "Staff workshops were held in June and July with over 400 employees taking part. The draft values go to the "
     "Leadership Team in August and to Cabinet in September."],
    ["1.2", "Produce and launch a Workforce Strategy covering recruitment, retention and leadership development",
     "LGA 4", BSC + " / Head of HR", "Oct-22", "Mar-23", _rag("Minor Slippage"),
     "Drafting has taken longer than planned because of vacancies in the HR team. The Improvement Board agreed the "
     "revised date on 21 July."],
    ["1.3", "Run an all-staff survey and publish the results with the actions taken in response", "LGA 4",
     "Head of HR", "Jul-22", "", _rag("Complete"),
     "The survey closed on 30 June with a 52% response rate. Results were shared at all-staff briefings on 21 July "
     "and each directorate has an action plan."],
    ["1.4", "Deliver a member development programme, including a refreshed induction for councillors elected in "
            "May 2022", "GT R2", LG, "Jun-22", "", _rag("Complete"),
     "The induction ran in May and June; 68 of the 72 councillors attended at least one session. The wider "
     "programme is now part of business as usual."],
    {"banner": "Theme 2: Decision Making"},
    ["2.1", "Review the Constitution, including the scheme of delegation and the call-in procedure", "GT SR1", LG,
     "Nov-22", "", _rag("On Track"),
     "An external review has been commissioned. Its findings are due in September and proposals will go to Council "
     "in November."],
    ["2.2", "Publish a forward plan of key decisions 28 days ahead, reviewed each month by the Leadership Team",
     "CIPFA 2", LG, "Jul-22", "", _rag("Complete"),
     "The forward plan has been published every month since July and is checked at each Leadership Team meeting."],
    ["2.3", "Train report authors to set out options, risks and the legal and financial implications of decisions",
     "GT R3", "Head of Democratic Services", "Sep-22", "Jan-23", _rag("Minor Slippage"),
     "The training package is ready. Sessions have moved to the autumn so that they can use the new report "
     "template."],
    ["2.4", "Strengthen scrutiny with a work programme linked to the Corporate Plan and the Improvement Plan",
     "LGA 3", "Head of Democratic Services / Scrutiny Lead Officer", "Dec-22", "", _rag("On Track"),
     "Scrutiny chairs agreed the new approach to work programming at a workshop on 14 July."],
    {"banner": "Theme 3: Corporate Oversight"},
    ["3.1", "Agree a Medium Term Financial Strategy that closes the budget gap without using reserves", "CIPFA 1",
     "Director of Finance", "Nov-22", "", _rag("On Track"),
     "Budget planning is under way with every directorate. Savings proposals will go to Cabinet in October."],
    ["3.2", "Introduce a Performance Management Framework with quarterly reports to Cabinet and scrutiny", "GT R6",
     "Assistant Chief Executive", "Oct-22", "Feb-23", _rag("Minor Slippage"),
     "The framework is drafted. It is being aligned with the Workforce Strategy and the customer journey programme, "
     "which has moved the date."],
    ["3.3", "Refresh the corporate risk register and report it to the Audit and Risk Assurance Committee every "
            "quarter", "GT R7", "Director of Finance / Chief Internal Auditor", "Sep-22", "",
     _rag("On Track"),
     "The register has been refreshed with the Leadership Team and the first quarterly report is on this agenda."],
    ["3.4", "Set up a Customer Journey Programme Board to oversee improvements to customer contact", "LGA 5",
     "Assistant Chief Executive", "Aug-22", "TBC", _rag("Significant Slippage"),
     "Board members are not yet confirmed because the programme is short of resources. A new date will be set once "
     "a programme manager is in post."],
    ["3.5", "Publish an Equality, Diversity and Inclusion action plan for the workforce", "LGA 6", "Head of HR",
     "Jul-22", "Dec-22", _rag("Significant Slippage"),
     "The EDI officer post has not been filled after two rounds of recruitment, so the plan has been put back to "
     "December."],
    {"banner": "Theme 4: Partnerships and Relationships"},
    ["4.1", "Agree a partnership protocol with the voluntary and community sector", "LGA 7",
     "Director of Borough Economy", "Dec-22", "", _rag("On Track"),
     "Two listening events with community organisations were held in July; a draft protocol will follow in "
     "October."],
    ["4.2", "Make the most of Sandwell's regional and sub-regional presence, including the Combined Authority, by "
            "naming a lead member and officer for each body", "LGA 8", "Chief Executive / Leader of the Council",
     "Sep-22", "", _rag("On Track"),
     "Representatives have been agreed. A quarterly report to Cabinet on regional work starts in October."],
    ["4.3", "Hold regular meetings with the borough's MPs and key partners to share priorities", "LGA 8",
     "Chief Executive", "Ongoing", "", _rag("On Track"),
     "Meetings were held in May and July and the next is planned for November."],
    ["4.4", "Reset the relationship with Sandwell Children's Trust through a revised contract and performance "
            "framework", "GT SR3", "Director of Children and Education", "Oct-22", "", _rag("On Track"),
     "The contract review is complete and the revised performance framework is being agreed with the Trust."],
    {"banner": "Theme 5: Procurement and Commercial"},
    ["5.1", "Revise the contract procedure rules and train every officer who buys goods and services", "GT R8",
     "Director of Finance", "Sep-22", "", _rag("On Track"),
     "Revised rules go to the Audit and Risk Assurance Committee in September; e-learning launches in October."],
    ["5.2", "Create a contracts register and a central team to manage the council's major contracts", "CIPFA 5",
     "Director of Finance / Head of Procurement", "Dec-22", "", _rag("On Track"),
     "The register holds 212 contracts. Two contract managers have been appointed to the new team."],
    ["5.3", "Review the SEND transport procurement decision and report the lessons learned", "GT SR2",
     "Director of Children and Education", "Jul-22", "", _rag("Complete"),
     "The review was reported to Cabinet in July and its lessons are built into the revised procedure rules."],
    ["5.4", "Decide the future of the waste collection contract ahead of the break clause", "GT SR4",
     "Director of Borough Economy", "Nov-22", "", _rag("On Track"),
     "The options appraisal is complete and a report goes to Cabinet in October."],
    ["5.5", "Complete the review of the leisure services contract and agree the future delivery model", "GT SR5",
     "Director of Borough Economy", "Sep-22", "Dec-22", _rag("Minor Slippage"),
     "Further financial due diligence was needed, so the decision has moved to December."],
    ["5.6", "Stabilise the Oracle Fusion ERP system and agree a recovery plan with the supplier", "CIPFA 3",
     "Director of Finance / " + BSC, "Jun-22", "Jun-23", _rag("Significant Slippage"),
     "An independent health check found more problems than expected. A recovery plan is being negotiated and "
     "full stability is not now expected until June 2023."],
    ["5.7", "Resolve the future of the Lion Farm site and settle the outstanding legal matters", "GT SR6",
     "Director of Regeneration and Growth", "Oct-22", "", _rag("On Track"),
     "Legal advice has been received and a report is planned for the October Cabinet."],
]


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b6_07_sandwell_improvement_plan_progress",
    "council": "Sandwell Metropolitan Borough Council",
    "source": {
        "council": "Sandwell Metropolitan Borough Council",
        "kind": "council improvement plan (government intervention) progress tracker, covering report",
        "year": 2022,
        "title": "Improvement Plan Progress (progress up to 4 August 2022), Cabinet / Audit and Risk Assurance "
                 "Committee, September 2022",
        "url": "https://sandwell.moderngov.co.uk/mgAi.aspx?ID=2818",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "Page {page} of {pages}",
    "blocks": [
        _p("Report to Audit and Risk Assurance Committee", True),
        _p("29 September 2022", True),
        {
            "kind": "table",
            "columns": [{"text": "Subject:", "bold": True}, {"text": "Improvement Plan Progress", "bold": False}],
            "widths": [8, 30],
            "repeat_header": False,
            "rows": [
                [{"text": "Cabinet Member:", "bold": True}, "Leader of the Council"],
                [{"text": "Director:", "bold": True}, "Chief Executive"],
                [{"text": "Key Decision:", "bold": True}, "No"],
                [{"text": "Contact Officer:", "bold": True}, "Imogen Pryce, Improvement Programme Manager"],
            ],
        },
        _p("1 Recommendations", True),
        _p("1.1 That the Committee considers and comments on the progress made against the Improvement Plan up to "
           "4 August 2022, as set out in Appendix 1."),
        _p("1.2 That the Committee notes the changes to completion dates agreed by the Improvement Board, and the "
           "reasons for them."),
        _p("2 Reasons for Recommendations", True),
        _p("2.1 The Committee has a role in seeking assurance that the council's governance is improving. The "
           "Improvement Plan brings together the actions the council is taking in response to the external reviews "
           "of 2021 and the directions made by the Secretary of State."),
        _p("3 How does this deliver objectives of the Corporate Plan?", True),
        _p("3.1 A well-run council is the foundation for every one of the Corporate Plan's ambitions for the people "
           "of Sandwell."),
        _p("4 Context and Key Issues", True),
        _p("4.1 The Improvement Plan was approved by Council in June 2022. It is arranged in themes, each made up "
           "of actions with a lead officer and a completion date. Progress is reported monthly to the Improvement "
           "Board and to Cabinet, scrutiny and this Committee in turn."),
        _p("4.2 Good progress has been made across all themes. Of the 24 actions in the tracker, 4 are complete and "
           "13 are on track. Four actions have minor slippage and three have significant slippage, mainly because "
           "of vacancies and recruitment difficulties; the reasons and the revised dates are given in the tracker."),
        _p("4.3 Where a date has changed, the original completion date is kept in the tracker so that Members can "
           "see how far each action has moved. Changes to dates are only made with the agreement of the "
           "Improvement Board."),
        _p("5 Implications", True),
        _p("5.1 The costs of the improvement activity are met from the earmarked reserve agreed by Cabinet. There "
           "are no further legal, equality or climate implications arising directly from this report."),
        {"kind": "page_break"},
        _p("Appendix 1 \u2013 Improvement Plan Progress Tracker: position at 4 August 2022", True),
        {
            "kind": "table",
            "columns": ["Ref", "Action", "Source", "Lead Officer", "Original Completion Date",
                        "Revised Completion Date", "RAG", "Progress Update (at 4 August 2022)"],
            "widths": [4.5, 23, 7, 14, 8.5, 8.5, 10, 30],
            "repeat_header": True,
            "rows": ROWS,
            "notes": [
                "RAG key: Complete (blue) \u2013 action delivered; On Track (green) \u2013 on course to meet the "
                "completion date; Minor Slippage (amber) \u2013 revised date agreed within the current phase; "
                "Significant Slippage (red) \u2013 delayed beyond the current phase or no revised date yet agreed.",
                "Source: GT = Grant Thornton value for money governance review (SR = statutory recommendation, "
                "R = key recommendation); CIPFA = CIPFA financial management review; LGA = LGA corporate peer "
                "challenge recommendation.",
            ],
        },
    ],
}

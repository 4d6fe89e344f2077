"""Vale of Glamorgan Council, Healthy Living and Social Care Scrutiny Committee, Tuesday 15 September 2020: Annual
Delivery Plan Monitoring Report: Quarter 1 Performance 2020/21, with the quarter 1 performance report as Appendix A.

Source: the committee report as reproduced at docslib.org/doc/12897257/adp-monitoring-report, and the council's pages
on the Annual Delivery Plan 2020/21 and its four Well-being Objectives (valeofglamorgan.gov.uk), found with the pages
search. Visible: the Vale's report template (Agenda Item; a two-column block Meeting of / Date of Meeting / Relevant
Scrutiny Committee / Report Title / Purpose of Report / Report Owner / Responsible Officer / Elected Member and Officer
Consultation / Policy Framework; an Executive Summary in bullets), the period 1st April to 30th June 2020, an overall
AMBER status for the Plan, all four Well-being Objectives attributed Amber, 65% (149 of 228) planned activities Green,
the COVID-19 context, and the four objectives' wording. Modelled: the rest of the report's numbered sections, the
appendix layout (an objective summary table, then one numbered heading and one table per Well-being Objective with an
"Overall status" line; columns Ref / Planned Activity / Lead Officer / Completion Date / Q1 Progress to 30/06/2020 /
RAG, the RAG as a letter in a coloured cell, a key under each table), the activity codes and the activities
themselves. The Objective 3 status is shown Green here. Every sentence is our own; names are invented.

Decisions for the gold:
- Theme from the numbered heading above each table ("Objective 1: To work with and for our communities").
- status and rag from the RAG letter through the key: G -> on_track/green, A -> at_risk/amber, R -> off_track/red.
- progress_as_of 2020-06-30 from the column heading "Q1 Progress to 30/06/2020" (and "performance at 30th June
  2020" in the appendix title).
- The objective summary table (objective / status) is not an action table.
- theme_category local_priorities_and_outcomes for all four objectives (community outcomes, economy, housing and
  care, environment).
"""

G, A, R = ({"text": "G", "fill": "00B050", "bold": True}, {"text": "A", "fill": "FFC000", "bold": True},
           {"text": "R", "fill": "FF0000", "bold": True})
COLS = ["Ref", "Planned Activity", "Lead Officer", "Completion Date", "Q1 Progress to 30/06/2020", "RAG"]
WIDTHS = [6, 30, 16, 9, 34, 5]
KEY = "RAG key: G \u2013 on track; A \u2013 some slippage, action may not be completed on time; R \u2013 " \
      "significant slippage or not achieved."

OBJ = [
    ("Objective 1: To work with and for our communities", "AMBER", [
        ["WO1/01", "Publish a Public Participation Strategy setting out how residents can take part in the "
                   "Council's decisions", "Head of Policy and Business Transformation", "31/03/2021",
         "A draft strategy was ready before lockdown. The consultation has been moved online and will now run "
         "from October.", A],
        ["WO1/02", "Strengthen joint working with town and community councils through the Community Liaison "
                   "Committee", "Head of Democratic Services", "31/03/2021",
         "Virtual meetings were held in May and June with all 26 town and community councils on the pandemic "
         "response.", G],
        ["WO1/03", "Co-ordinate the community volunteering response to COVID-19 with the voluntary sector",
         "Operational Manager \u2013 Strategy and Partnerships", "30/09/2020",
         "Over 900 volunteers were matched with residents who were shielding, and food and prescription deliveries "
         "continued throughout the quarter.", G],
        ["WO1/04", "Extend the range of Council services that residents can use online through the website and the "
                   "app", "Head of Digital", "31/03/2021",
         "Twelve new online forms went live, including bulky waste and garden waste collections.", G],
        ["WO1/05", "Review the Council's equality objectives and publish a new Strategic Equality Plan",
         "Head of Human Resources and Organisational Development", "31/03/2021",
         "Work has been paused while staff support the pandemic response. It will restart in quarter 2, and "
         "publication is likely to slip into 2021/22.", R],
    ]),
    ("Objective 2: To support learning, employment and sustainable economic growth", "AMBER", [
        ["WO2/01", "Support schools to provide learning at home and to reopen safely for pupils",
         "Head of Standards and Provision", "31/07/2020",
         "Every school provided remote learning and all reopened for pupils on 29 June in line with the Welsh "
         "Government guidance.", G],
        ["WO2/02", "Progress the Sustainable Communities for Learning programme, including the new secondary school "
                   "building in Barry", "Head of Strategy, Community Learning and Resources", "31/03/2021",
         "Construction restarted in June after a six-week pause. The handover date is being reviewed with the "
         "contractor.", A],
        ["WO2/03", "Deliver employability programmes that help residents affected by the pandemic back into work",
         "Operational Manager \u2013 Regeneration", "31/03/2021",
         "Support moved to telephone and online. 84 residents were helped in the quarter against a target of "
         "120.", A],
        ["WO2/04", "Prepare a recovery support package for town centres and the visitor economy",
         "Head of Regeneration and Planning", "30/09/2020",
         "Grant schemes had paid \u00a314.3m to 1,320 local businesses by the end of June.", G],
        ["WO2/05", "Publish the first annual monitoring report on the Local Development Plan",
         "Head of Regeneration and Planning", "31/05/2020",
         "Deferred, because the planning policy team was redeployed to the recovery work. A new date will be set "
         "in quarter 2.", R],
    ]),
    ("Objective 3: To support people at home and in their community", "GREEN", [
        ["WO3/01", "Keep care and support at home safe for vulnerable adults through the pandemic, working with our "
                   "care providers", "Head of Adult Services", "31/03/2021",
         "Personal protective equipment was supplied to all 38 domiciliary and residential providers, and no "
         "package of care had to be withdrawn.", G],
        ["WO3/02", "Expand Telecare and the community resource team so that more people can return home from "
                   "hospital", "Head of Adult Services / Head of Resource Management and Safeguarding",
         "31/03/2021",
         "Telecare installations rose by 40% on the same quarter last year, and hospital discharges were "
         "supported seven days a week.", G],
        ["WO3/03", "Deliver the Council house-building programme, with 100 new homes started during the year",
         "Head of Housing and Building Services", "31/03/2021",
         "Two sites were closed for six weeks; 38 homes are now under construction.", A],
        ["WO3/04", "Provide emergency accommodation so that no one has to sleep rough during the pandemic",
         "Head of Housing and Building Services", "30/06/2020",
         "Accommodation was provided for 114 people in hotels and supported housing during the quarter.", G],
        ["WO3/05", "Keep in touch with children and families through Families First and Flying Start, by video "
                   "where home visits cannot take place", "Head of Children and Young People Services",
         "31/03/2021",
         "Contact was kept with 96% of the families open to the programmes, most of it by phone or video.", G],
    ]),
    ("Objective 4: To respect, enhance and enjoy our environment", "AMBER", [
        ["WO4/01", "Agree Project Zero, the Council's response to the climate emergency, with a target of carbon "
                   "neutrality by 2030", "Director of Environment and Housing", "31/12/2020",
         "A draft climate change challenge plan is being prepared and will go to Cabinet in the autumn.", G],
        ["WO4/02", "Introduce kerbside recycling with separate collection of glass, cans and plastics in the "
                   "western Vale", "Head of Neighbourhood Services and Transport", "31/03/2021",
         "The roll-out planned for May was postponed because of the pandemic, and new dates are still to be "
         "agreed with the crews.", R],
        ["WO4/03", "Install electric vehicle charging points at Council car parks",
         "Head of Neighbourhood Services and Transport", "31/03/2021",
         "Funding has been secured for 16 charging points. Procurement will start in September.", A],
        ["WO4/04", "Promote active travel, including temporary schemes to support social distancing in town "
                   "centres", "Operational Manager \u2013 Highways and Engineering", "30/09/2020",
         "Temporary widened footways were put in place in Barry, Penarth and Cowbridge in June.", G],
    ]),
]

FILL = {"AMBER": "FFC000", "GREEN": "00B050", "RED": "FF0000"}


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


def _label(text):
    return {"text": text, "bold": True}


def _objective_blocks():
    out = []
    for title, status, rows in OBJ:
        out += [
            {"kind": "heading", "text": title, "level": 2},
            _p("Overall status: " + status, True),
            {"kind": "table", "columns": COLS, "widths": WIDTHS, "repeat_header": True, "rows": rows,
             "notes": [KEY]},
        ]
    return out


PAPER = {
    "stem": "b6_09_vale_of_glamorgan_adp_q1_monitoring",
    "council": "Vale of Glamorgan Council",
    "source": {
        "council": "Vale of Glamorgan Council",
        "kind": "Welsh well-being objectives annual delivery plan, quarterly monitoring (covering report)",
        "year": 2020,
        "title": "Annual Delivery Plan Monitoring Report: Quarter 1 Performance 2020/21, Healthy Living and Social "
                 "Care Scrutiny Committee, 15 September 2020, Agenda Item 7",
        "url": "https://docslib.org/doc/12897257/adp-monitoring-report",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "text"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        _p("Agenda Item: 7", True),
        {
            "kind": "table",
            "columns": [_label("Meeting of:"), {"text": "Healthy Living and Social Care Scrutiny Committee",
                                                "bold": False}],
            "widths": [12, 40],
            "repeat_header": False,
            "rows": [
                [_label("Date of Meeting:"), "Tuesday, 15 September 2020"],
                [_label("Relevant Scrutiny Committee:"), "All Scrutiny Committees and Cabinet"],
                [_label("Report Title:"), "Annual Delivery Plan Monitoring Report: Quarter 1 Performance 2020/21"],
                [_label("Purpose of Report:"), "To present quarter 1 performance results for the period 1st April "
                                               "2020 to 30th June 2020 in delivering our Annual Delivery Plan "
                                               "commitments as aligned to our Corporate Plan Well-being "
                                               "Objectives."],
                [_label("Report Owner:"), "Director of Social Services"],
                [_label("Responsible Officer:"), "Director of Social Services"],
                [_label("Elected Member and Officer Consultation:"),
                 "Directors and the Strategic Leadership Team have been consulted. The report applies to the whole "
                 "authority and will be considered by all Scrutiny Committees and Cabinet."],
                [_label("Policy Framework:"), "This is a matter for Executive decision by Cabinet."],
            ],
        },
        _p("Executive Summary:", True),
        {"kind": "list", "numbered": False, "items": [
            "This report sets out our progress in quarter 1 (1st April to 30th June 2020) against the commitments "
            "in the Annual Delivery Plan 2020/21, grouped by the four Well-being Objectives of the Corporate Plan.",
            "The quarter was dominated by the response to the COVID-19 pandemic. Even so, positive progress was "
            "made, and the Plan as a whole has been given an AMBER status.",
            "Three Well-being Objectives are rated Amber and one Green. Most planned activities are on track; the "
            "activities that have slipped are mainly those where staff were redeployed to the emergency response.",
        ]},
        _p("Recommendations", True),
        _p("1. That Committee considers the progress made in quarter 1 towards the Annual Delivery Plan "
           "commitments within its remit, as set out in Appendix A."),
        _p("2. That Committee refers any views on the performance results and the remedial actions proposed to "
           "Cabinet for its consideration."),
        _p("Reasons for Recommendations", True),
        _p("1. To make sure the Council shows the progress it is making towards its Well-being Objectives."),
        _p("2. To meet the Council's duties under the Well-being of Future Generations (Wales) Act 2015 and the "
           "Local Government (Wales) Measure 2009 to report on its performance."),
        _p("1. Background", True),
        _p("1.1 The Annual Delivery Plan sets out the activities the Council will carry out in 2020/21 to deliver "
           "the Corporate Plan 2020-25. Because of the pandemic, the Plan was approved under emergency powers and "
           "the planned consultation could not be completed."),
        _p("1.2 Progress is reported every quarter to each Scrutiny Committee and to Cabinet. Each planned "
           "activity is given a RAG status by the lead officer, and each Well-being Objective an overall status."),
        _p("2. Key Issues for Consideration", True),
        _p("2.1 Appendix A gives the position at the end of June for every planned activity, with a commentary "
           "from the lead officer. Where an activity has slipped, the commentary explains why and what will "
           "happen next."),
        _p("2.2 Several activities have been deferred or re-scheduled because services have had to focus on "
           "keeping residents safe. The Council's Recovery Strategy, to be reported in the autumn, will review "
           "whether these activities remain priorities for the rest of the year."),
        _p("3. Resources and Legal Considerations", True),
        _p("3.1 There are no additional budgetary implications arising from this report. Slippage in some "
           "activities reflects staff being redeployed to the emergency response."),
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A: Annual Delivery Plan 2020/21 \u2013 Quarter 1 performance at 30th "
                                    "June 2020", "level": 1},
        {
            "kind": "table",
            "columns": ["Well-being Objective", "Q1 Status"],
            "widths": [40, 8],
            "repeat_header": False,
            "rows": [[title, {"text": status, "fill": FILL[status], "bold": True}] for title, status, _ in OBJ],
        },
        *_objective_blocks(),
    ],
}

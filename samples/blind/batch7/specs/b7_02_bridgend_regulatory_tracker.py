"""Bridgend County Borough Council, Governance and Audit Committee, 19 January 2023: "Regulatory Tracker"
(covering report, with the tracker of regulators' recommendations as a spreadsheet appendix).

Source: Bridgend's issue "Regulatory Tracker" (democratic.bridgend.gov.uk/ieIssueDetails.aspx?IId=19317), Governance
and Audit Committee 10 November 2022, item 40, and the Audit Wales items of the same committee
(mgAi.aspx?ID=14415, ID=15260), found with the pages search. Visible: the Corporate Policy and Public Affairs
Manager proposed a tracker of all completed audits, reviews and inspections and the recommendations they made for
the council, covering Audit Wales, Estyn, Care Inspectorate Wales and the HM Inspectorates, focused on 2020/21 and
2021/22, reports removed only when all their recommendations are closed, considered in detail twice a year (January
and July); Audit Wales' "Springing Forward" reviews of strategic workforce and strategic asset management (with the
2030 decarbonisation goal) and their recommendations. Modelled: the January 2023 meeting and report (Bridgend's
report template: numbered sections Purpose of report / Connection to corporate well-being objectives / Background /
Current situation / ... / Recommendation), the tracker's columns (No. / Regulator / Report / Date issued / Rec /
Recommendation / Agreed action / Responsible Officer / Target Date / Status / Progress update) under a two-row
heading with spanned group cells, the Regulator/Report/Date cells merged down each report's rows, status words in
filled cells, a "Key:" row inside the table, and all reports other than the two Springing Forward reviews. Every
sentence is our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body Governance and Audit Committee; meeting_date 2023-01-19; report_title
  "Regulatory Tracker".
- action_ref from the tracker's own No. column ("1".."13"); the Rec column (R1, R2 ...) is the regulator's number
  and no contract field.
- theme is the Report cell, merged down its rows ("Springing Forward: Strategic Workforce Management").
  theme_category: workforce -> capacity_for_improvement; asset management -> financial_planning_and_management
  (assets and investment); poverty and children's services -> local_priorities_and_outcomes; digital strategy ->
  capacity_for_improvement.
- The table has both a Recommendation and an Agreed action column: action = Agreed action, area_for_improvement =
  Recommendation. "Date issued" is the report's date, never a due date.
- status from the Status column: Complete -> completed, On track -> on_track, Behind schedule -> off_track, Not
  started -> not_started. rag from the cell fills explained by the Key row: blue -> blue, green -> green, red ->
  red; grey (Not started) is no RAG colour, so rag null there.
- "Target date revised from 31/03/2023 to 30/09/2023" in a progress cell -> revised_due_date 2023-09-30; due_date
  keeps 2023-03-31; is_overdue uses the revised date.
- progress_as_of 2022-12-31 from "Progress update (as at 31 December 2022)".
- Target dates: "Q1 2023-24" -> 2023-06-30 quarter; "Q4 2022-23" -> 2023-03-31 quarter; "2023-24" -> 2024-03-31
  financial_year; "Summer 2023" -> 2023-08-31 season; "Ongoing" -> recurrence ongoing.
- Officers: "Chief Officer \u2013 Legal and Regulatory Services, HR and Corporate Policy" is one post (the part
  after the comma is not a post title) with HR expanded by the contract glossary; "Head of Finance and Section 151
  Officer" is two posts; "/" separates posts.
- The Key row inside the table is a legend, not an action.
"""

COLORS = {"Complete": "9BC2E6", "On track": "92D050", "Behind schedule": "FF0000", "Not started": "D9D9D9"}
LRS = "Chief Officer \u2013 Legal and Regulatory Services, HR and Corporate Policy"
HROD = "Group Manager \u2013 Human Resources and Organisational Development"

REPORTS = [
    ("Audit Wales", "Springing Forward: Strategic Workforce Management", "August 2022", [
        ("R1", "Set out how the workforce strategy will be delivered, with measurable outcomes that show its "
               "impact.",
         "Produce a delivery plan for the Workforce Strategy with milestones and measures, reported to Cabinet and "
         "Corporate Management Board twice a year.", HROD, "March 2023", "On track",
         "Draft delivery plan considered by Corporate Management Board in December. Measures being finalised."),
        ("R2", "Use workforce data to understand the risks to services from an ageing workforce and hard-to-fill "
               "posts.",
         "Add workforce risk indicators (age profile, vacancies and turnover) to the directorate performance "
         "dashboards.", HROD + " / Corporate Performance Manager", "Q1 2023-24", "Not started",
         "Will start once the new performance dashboards are live in April 2023."),
        ("R3", "Evaluate the hybrid working arrangements and their effect on productivity and staff wellbeing.",
         "Run a staff survey and focus groups on hybrid working and report the findings to Corporate Management "
         "Board.", HROD, "December 2022", "Complete",
         "Survey completed by 1,240 staff. Findings reported in November and the hybrid working policy updated."),
    ]),
    ("Audit Wales", "Springing Forward: Strategic Asset Management", "September 2022", [
        ("R1", "Develop a strategic asset management plan that links the council's land and buildings to its "
               "well-being objectives and its 2030 net zero goal.",
         "Prepare a new Corporate Asset Management Plan 2023-2028 for Cabinet approval.",
         "Corporate Director \u2013 Communities", "June 2023", "On track",
         "Asset challenge sessions held with every directorate. Draft plan due in April 2023."),
        ("R2", "Improve the information held on the condition and energy use of buildings.",
         "Complete condition surveys of the operational estate and load the results to the asset database.",
         "Corporate Landlord Manager", "31/03/2023", "Behind schedule",
         "62 of 140 buildings surveyed. Target date revised from 31/03/2023 to 30/09/2023 because of contractor "
         "capacity."),
        ("R3", "Review how members are involved in decisions on the use of assets.",
         "Hold a member workshop on asset strategy and agree a reporting route through scrutiny.",
         "Corporate Director \u2013 Communities / " + LRS, "2023-24", "Not started",
         "To follow approval of the new Asset Management Plan."),
    ]),
    ("Audit Wales (national)", "Time for Change \u2013 Poverty in Wales", "November 2022", [
        ("R4", "Set a clear local ambition for tackling poverty, with targets and a named lead member and officer.",
         "Agree an anti-poverty framework and name a lead Cabinet Member and lead officer.",
         "Corporate Director \u2013 Social Services and Wellbeing", "September 2023", "On track",
         "Cost of living group meeting fortnightly; framework being drafted with partners."),
        ("R6", "Make it easier for people to get help by streamlining applications for grants and discretionary "
               "support.",
         "Review the council's application processes for discretionary support, with a view to a single online "
         "form.", "Head of Finance and Section 151 Officer", "Ongoing", "On track",
         "Council tax reduction and discretionary housing payment forms combined in October."),
    ]),
    ("Care Inspectorate Wales", "Improvement Check \u2013 Children's Services", "June 2022", [
        ("1", "Reduce the reliance on agency social workers.",
         "Deliver the social work recruitment and retention plan, including a market supplement and a "
         "grow-our-own scheme.", "Head of Children's Social Care", "March 2023", "Behind schedule",
         "Vacancy rate still 31%. The market supplement was approved in November but has not yet reduced agency "
         "numbers."),
        ("2", "Strengthen management oversight of cases, with regular recorded supervision.",
         "Introduce monthly supervision audits and report compliance to the Corporate Parenting Committee.",
         "Head of Children's Social Care", "December 2022", "Complete",
         "Audits in place since September; compliance at 88% in December."),
        ("3", "Make sure the voice of the child is recorded in assessments and plans.",
         "Refresh the practice guidance and run practice workshops for all teams.", "Principal Social Worker",
         "31/01/2023", "On track", "Guidance refreshed; four of six workshops held."),
    ]),
    ("Audit Wales", "Digital Strategy Review", "October 2022", [
        ("R1", "Set out the resources needed to deliver the digital strategy and how its benefits will be "
               "measured.",
         "Cost the digital strategy action plan and add a benefits register.",
         "Chief Officer \u2013 Finance, Performance and Change", "Q4 2022-23", "On track",
         "Costings complete; benefits register template agreed."),
        ("R2", "Involve residents and partners in designing digital services.",
         "Set up a digital citizens' panel to test new online services.", "Head of Partnerships", "Summer 2023",
         "Not started", "Recruitment to the panel to start in the spring."),
    ]),
]


def _rows():
    out, n = [], 0
    for regulator, report, issued, recs in REPORTS:
        k = len(recs)
        for j, (rec, text, action, officer, target, status, update) in enumerate(recs):
            n += 1
            first = j == 0
            out.append([str(n),
                        {"text": regulator, "rowspan": k} if first else None,
                        {"text": report, "rowspan": k} if first else None,
                        {"text": issued, "rowspan": k} if first else None,
                        rec, text, action, officer, target,
                        {"text": status, "fill": COLORS[status]}, update])
    out.append({"banner": "Key: Complete (blue) \u2013 action finished and evidenced; On track (green) \u2013 "
                          "progressing to the target date; Behind schedule (red) \u2013 target date missed or "
                          "revised; Not started (grey) \u2013 not yet due to start.", "bold": False})
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b7_02_bridgend_regulatory_tracker",
    "council": "Bridgend County Borough Council",
    "source": {
        "council": "Bridgend County Borough Council",
        "kind": "regulatory tracker of Audit Wales / CIW recommendations, covering report (Wales)",
        "year": 2023,
        "title": "Regulatory Tracker, Governance and Audit Committee (proposed 10 November 2022, item 40)",
        "url": "https://democratic.bridgend.gov.uk/ieIssueDetails.aspx?IId=19317&Opt=3&PlanId=0",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.3},
    "footer": "Page {page} of {pages}",
    "blocks": [
        _p("BRIDGEND COUNTY BOROUGH COUNCIL", True),
        _p("REPORT TO GOVERNANCE AND AUDIT COMMITTEE", True),
        _p("19 JANUARY 2023", True),
        _p("REPORT OF THE CHIEF OFFICER \u2013 FINANCE, PERFORMANCE AND CHANGE", True),
        {"kind": "heading", "text": "Regulatory Tracker", "level": 1},
        _p("1. Purpose of report", True),
        _p("1.1 The purpose of this report is to present the first half-yearly regulatory tracker, showing the "
           "recommendations made to the council by its regulators and the progress made against each of them."),
        _p("2. Connection to corporate well-being objectives / other corporate priorities", True),
        _p("2.1 Acting on the recommendations of regulators supports all of the council's well-being objectives "
           "and its duty to keep its performance under review."),
        _p("3. Background", True),
        _p("3.1 At its meeting on 10 November 2022 the Committee agreed that a tracker of the recommendations from "
           "completed audits, reviews and inspections would be brought to it twice a year, in January and July. "
           "Reports stay in the tracker until every recommendation against them has been closed."),
        _p("4. Current situation / proposal", True),
        _p("4.1 The tracker at Appendix A covers five reports from Audit Wales and Care Inspectorate Wales with 13 "
           "recommendations. Two recommendations are complete, six are on track, two are behind schedule and "
           "three have not started."),
        _p("4.2 One target date has been revised, as explained in the progress update. The Committee is asked to "
           "challenge officers where it is not assured by the progress reported."),
        _p("5. Effect upon policy framework and procedure rules", True),
        _p("5.1 There is no effect upon the policy framework or procedure rules."),
        _p("6. Financial implications", True),
        _p("6.1 There are no financial implications arising directly from this report."),
        _p("7. Recommendation", True),
        _p("7.1 It is recommended that the Committee notes the regulatory tracker at Appendix A and the progress "
           "made against each recommendation."),
        {"kind": "page_break"},
        _p("Appendix A \u2013 Regulatory Tracker", True),
        {"kind": "table",
         "header_rows": [[{"text": "Regulatory report", "colspan": 4},
                          {"text": "Recommendation", "colspan": 2},
                          {"text": "Council response", "colspan": 4},
                          {"text": "Progress", "colspan": 1}]],
         "columns": ["No.", "Regulator", "Report", "Date issued", "Rec", "Recommendation", "Agreed action",
                     "Responsible Officer", "Target Date", "Status", "Progress update (as at 31 December 2022)"],
         "widths": [3, 7, 10, 7, 3.5, 16, 16, 13, 7, 8.5, 15.5],
         "repeat_header": True,
         "rows": _rows()},
    ],
}

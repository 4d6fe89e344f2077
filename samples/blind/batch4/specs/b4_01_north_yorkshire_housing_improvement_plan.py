"""North Yorkshire Council, Executive, 15 April 2025: Housing Improvement Plan, report of the Corporate Director
Community Development, with the Housing Improvement Plan (the Council's response to the Regulator of Social
Housing's C3 regulatory judgement of 13 September 2024) as Appendix A.

Source: the Executive report "Housing Improvement Plan" (North Yorkshire Council, Executive, 15 April 2025; agenda
at edemocracy.northyorks.gov.uk/documents/g7806/...Executive.htm), its companion report to the Housing and Leisure
Overview and Scrutiny Committee of 10 March 2025, the regulatory judgement on gov.uk and the council's Tier 1
housing dashboard (edemocracy.northyorks.gov.uk/documents/s53417/...html), all found with the pages search.

Visible in the source: the front matter (council, Executive, date, title, "Report of the Corporate Director
Community Development"), the numbered sections "1.0 PURPOSE OF REPORT" with paragraphs 1.1-1.3 and "2.0 SUMMARY"
with 2.1-2.5, what they say (the C3 grading after a self-referral in May 2024, about 8,500 homes from the former
Harrogate, Selby and Richmondshire councils, the plan as "the vehicle" to a compliant service, a draft Housing
Improvement Strategy alongside), and that the plan answers the areas of non-compliance in the judgement (Safety and
Quality; Transparency, Influence and Accountability). North Yorkshire publishes its reports as HTML pages as well as
PDFs, hence pdf-chromium. Modelled: the later sections of the report (3.0-11.0, as the council's template runs),
and the whole layout of Appendix A: one table per standard under numbered headings, a two-row heading with
"Milestones" spanning Milestone / Target date / Status, the regulatory finding merged down beside the actions that
answer it, each action with one to three milestone rows, dates as dd/mm/yyyy, and a "position at 31 March 2025"
line. Every sentence is our own; personal names are invented.

Decisions for the gold:
- action is the "Action" cell; the milestone rows are not actions. due_raw joins the milestone target dates with
  " / "; due_date is the latest of them; status (and status_raw) is that of the last milestone.
- Action 1.4's last milestone reads "30/09/2025 (revised from 28/02/2025)": revised_due_date 2025-09-30, due_date
  keeps the original 2025-02-28 (the latest original milestone date); its status is still "Delayed" (off_track).
- area_for_improvement is the "Regulatory finding" cell, carried down its merged rows.
- theme is the numbered heading above each table ("1. Safety and Quality Standard"). theme_category: the two
  consumer standards are about the landlord service to tenants (housing, customers) -> local_priorities_and_outcomes,
  although "Accountability" alone might suggest governance; "3. Governance, Data and Assurance" ->
  governance_and_culture (decided from the theme first, so 3.4 on capacity stays governance).
- progress_as_of is the "Position at 31 March 2025" line heading the appendix; there is no progress column.
- lead_officers: "Head of Asset Management / Finance Business Partner (Housing)" is two posts; "Head of HR" is
  expanded by the contract's glossary to "Head of Human Resources".
"""

_HEAD = [[{"text": "Ref", "rowspan": 2}, {"text": "Regulatory finding", "rowspan": 2},
          {"text": "Action", "rowspan": 2}, {"text": "Milestones", "colspan": 3},
          {"text": "Lead officer", "rowspan": 2}]]
_COLS = [None, None, None, "Milestone", "Target date", "Status", None]
_W = [5, 19, 22, 22, 9, 8, 15]


def _span(text, n):
    return {"text": text, "rowspan": n} if n > 1 else text


def _rows(groups):
    """groups: [(finding, [(ref, action, lead, [(milestone, date, status), ...]), ...]), ...]"""
    rows = []
    for finding, actions in groups:
        n_finding = sum(len(a[3]) for a in actions)
        first_of_finding = True
        for ref, action, lead, milestones in actions:
            n = len(milestones)
            for k, (ms, date, status) in enumerate(milestones):
                if k == 0:
                    row = [_span(ref, n), _span(finding, n_finding) if first_of_finding else None,
                           _span(action, n), ms, date, status, _span(lead, n)]
                else:
                    row = [None, None, None, ms, date, status, None]
                rows.append(row)
                first_of_finding = False
    return rows


def _table(groups):
    return {"kind": "table", "header_rows": _HEAD, "columns": _COLS, "widths": _W, "repeat_header": True,
            "rows": _rows(groups)}


SAFETY = [
    ("The Council does not hold up-to-date information on the condition of all of its homes.", [
        ("1.1", "Complete a stock condition survey of every council home, including an assessment of hazards under "
                "the Housing Health and Safety Rating System.", "Head of Asset Management", [
            ("Appoint survey contractor", "31/10/2024", "Complete"),
            ("Survey 60% of homes", "31/03/2025", "Complete"),
            ("Survey 100% of homes and load the results to the asset database", "31/12/2025", "On track"),
        ]),
        ("1.2", "Use the survey results to set a five-year investment programme that brings every home up to the "
                "Decent Homes Standard.", "Head of Asset Management / Finance Business Partner (Housing)", [
            ("Draft programme to Housing Leadership Team", "31/01/2026", "Not started"),
            ("Programme approved by the Executive within the HRA budget", "31/03/2026", "Not started"),
        ]),
    ]),
    ("Landlord health and safety checks (gas, electrical, fire, water, asbestos and lifts) have not all been carried "
     "out in time and the records of them are incomplete.", [
        ("1.3", "Bring all gas safety checks into date and keep them there through a single contractor and a "
                "no-access procedure.", "Compliance Manager", [
            ("No-access procedure agreed", "30/11/2024", "Complete"),
            ("100% of homes with a valid gas safety record", "30/06/2025", "In progress"),
        ]),
        ("1.4", "Complete an electrical installation condition report for every home that has not had one in the "
                "last five years.", "Compliance Manager", [
            ("Programme of 2,300 inspections let", "31/12/2024", "Complete"),
            ("All outstanding inspections complete", "30/09/2025 (revised from 28/02/2025)", "Delayed"),
        ]),
        ("1.5", "Carry out fire risk assessments for all blocks with communal areas and clear the high-risk actions "
                "they raise.", "Fire Safety Officer", [
            ("All fire risk assessments in date", "31/03/2025", "Complete"),
            ("High-risk remedial actions completed", "30/09/2025", "On track"),
        ]),
    ]),
    ("Damp and mould and other hazards reported by tenants are not always logged, inspected and put right within set "
     "timescales.", [
        ("1.6", "Introduce a damp and mould policy with a triage process and fixed response times.",
         "Head of Repairs and Maintenance", [
             ("Policy approved", "31/12/2024", "Complete"),
             ("Staff and contractor training delivered", "31/03/2025", "Complete"),
         ]),
        ("1.7", "Prepare the repairs service for the hazard response times required under Awaab's Law.",
         "Head of Repairs and Maintenance", [
             ("Gap analysis against the draft regulations", "30/04/2025", "In progress"),
             ("Revised repairs policy in place", "31/10/2025", "Not started"),
         ]),
    ]),
]

TRANSPARENCY = [
    ("The Council does not hold reliable information about the diverse needs of its tenants and does not use it to "
     "shape its services.", [
        ("2.1", "Run a tenant profiling exercise to record the needs of each household, including vulnerability and "
                "accessibility requirements.", "Tenancy Services Manager", [
            ("Profiling questions agreed with tenants", "31/01/2025", "Complete"),
            ("Profile held for 75% of households", "31/12/2025", "On track"),
        ]),
        ("2.2", "Publish a clear offer on reasonable adjustments and record them on the housing management system.",
         "Tenancy Services Manager / Head of Customer Services", [
             ("Reasonable adjustments policy approved", "28/02/2025", "Delayed"),
         ]),
    ]),
    ("Tenants have limited and inconsistent opportunities to influence and scrutinise the landlord service.", [
        ("2.3", "Set up a tenant scrutiny panel drawn from all three former council areas.",
         "Tenant Engagement Manager", [
             ("Panel members recruited", "31/12/2024", "Complete"),
             ("First scrutiny review reported to the Executive Member", "30/09/2025", "On track"),
         ]),
        ("2.4", "Agree a Tenant Engagement Strategy with tenants.", "Tenant Engagement Manager", [
            ("Draft strategy consulted on", "31/03/2025", "Complete"),
            ("Strategy adopted", "30/06/2025", "On track"),
        ]),
        ("2.5", "Publish the tenant satisfaction measures and the landlord's performance each year in a form tenants "
                "can use.", "Housing Performance Lead", [
            ("2024/25 results published", "30/06/2025", "Not started"),
        ]),
    ]),
    ("Complaints about the housing service are not handled consistently in line with the Housing Ombudsman's "
     "Complaint Handling Code.", [
        ("2.6", "Bring housing complaints into the corporate complaints team and complete the annual self-assessment "
                "against the Code.", "Head of Customer Services", [
            ("Self-assessment published", "30/06/2024", "Complete"),
            ("95% of complaints answered within the Code's timescales", "31/03/2026", "In progress"),
        ]),
    ]),
]

GOVERNANCE = [
    ("The Council's own review found that oversight of landlord compliance was weak and that the data behind it "
     "could not be relied on.", [
        ("3.1", "Report a housing compliance dashboard to the Executive Member and to the Housing and Leisure "
                "Overview and Scrutiny Committee.", "Housing Performance Lead", [
            ("Tier 1 dashboard in place", "31/01/2025", "Complete"),
            ("Validation of all compliance records complete", "30/06/2025", "In progress"),
        ]),
        ("3.2", "Commission an independent audit of landlord compliance data.", "Head of Internal Audit", [
            ("Audit scope agreed", "31/03/2025", "Complete"),
            ("Audit report to the Audit Committee", "31/07/2025", "On track"),
        ]),
        ("3.3", "Set up a Housing Improvement Board, chaired by the Executive Member, to oversee delivery of this "
                "plan.", "Assistant Director Housing", [
            ("Board established and meeting monthly", "31/10/2024", "Complete"),
        ]),
        ("3.4", "Review the capacity and structure of the housing service so that compliance roles are filled "
                "permanently.", "Assistant Director Housing / Head of HR", [
            ("Structure review approved", "31/05/2025", "In progress"),
            ("Permanent appointments made", "31/12/2025", "Not started"),
        ]),
    ]),
]


def _p(text):
    return {"kind": "para", "text": text}


def _h(text):
    return {"kind": "para", "text": text, "bold": True}


PAPER = {
    "stem": "b4_01_north_yorkshire_housing_improvement_plan",
    "council": "North Yorkshire Council",
    "source": {
        "council": "North Yorkshire Council",
        "kind": "housing improvement plan (Regulator of Social Housing C3 judgement), covering report",
        "year": 2025,
        "title": "Housing Improvement Plan, report of the Corporate Director Community Development, Executive, "
                 "15 April 2025 (Appendix A: Housing Improvement Plan)",
        "url": "https://edemocracy.northyorks.gov.uk/documents/g7806/Agenda%20frontsheet%20Tuesday%2015-Apr-2025"
               "%2011.00%20Executive.htm?T=0&CT=2",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.6},
    "footer": "OFFICIAL          {page}",
    "blocks": [
        {"kind": "para", "text": "North Yorkshire Council", "bold": True, "align": "center"},
        {"kind": "para", "text": "Executive", "bold": True, "align": "center"},
        {"kind": "para", "text": "15 April 2025", "bold": True, "align": "center"},
        {"kind": "heading", "text": "Housing Improvement Plan", "level": 1},
        {"kind": "para", "text": "Report of the Corporate Director Community Development", "bold": True,
         "align": "center"},
        _h("1.0  PURPOSE OF REPORT"),
        _p("1.1  This report tells the Executive how far the Council has got in meeting the requirements of the "
           "Social Housing (Regulation) Act 2023."),
        _p("1.2  It presents, for approval, the Housing Improvement Plan: the Council's answer to the C3 regulatory "
           "judgement issued by the Regulator of Social Housing."),
        _p("1.3  The draft Housing Improvement Strategy is also presented, for context; it describes the longer-term "
           "aim of an excellent housing service."),
        _h("2.0  SUMMARY"),
        _p("2.1  Since local government reorganisation the Council has been a registered provider of social housing, "
           "responsible for close to 8,500 homes that came from the former Harrogate, Selby and Richmondshire "
           "councils."),
        _p("2.2  The Council referred itself to the Regulator in May 2024. The Regulator's judgement of September 2024 "
           "gave a C3 consumer grading: there are serious failings and significant improvement is needed, mainly "
           "against the Safety and Quality Standard and the Transparency, Influence and Accountability Standard."),
        _p("2.3  This report describes the work done since the self-referral and the current performance of the "
           "service, and sets out the proposed Improvement Plan at Appendix A."),
        _p("2.4  The Executive is asked to adopt the Plan as the means by which a compliant housing service will be "
           "delivered."),
        _p("2.5  The draft Housing Improvement Strategy looks beyond compliance and will be brought back to the "
           "Executive once tenants have been consulted on it."),
        _h("3.0  BACKGROUND"),
        _p("3.1  The consumer standards apply to every registered provider from April 2024. Landlords with more than "
           "1,000 homes are inspected at least once every four years and graded from C1 to C4."),
        _p("3.2  Bringing three housing services together showed that property data, compliance records and tenant "
           "information were held in different systems and to different standards. The self-referral followed."),
        _h("4.0  PROGRESS SINCE THE SELF-REFERRAL"),
        _p("4.1  Gas safety compliance has risen from 94% to 97.7% of homes and every block with a communal boiler "
           "has a valid landlord gas safety record."),
        _p("4.2  The stock condition survey passed 60% of homes at the end of March 2025 and remains on course to "
           "finish by the end of the year."),
        _p("4.3  A tenant scrutiny panel has been recruited and a Housing Improvement Board, chaired by the Executive "
           "Member, has met monthly since October 2024."),
        _h("5.0  THE HOUSING IMPROVEMENT PLAN"),
        _p("5.1  The Plan at Appendix A is set out under the two consumer standards named in the judgement, with a "
           "third section on governance, data and assurance. Each action answers a finding, has a lead officer and "
           "has one or more milestones with a target date and a status."),
        _p("5.2  Progress will be reported to the Housing and Leisure Overview and Scrutiny Committee each quarter and "
           "discussed with the Regulator at its regular monitoring meetings."),
        _h("6.0  FINANCIAL IMPLICATIONS"),
        _p("6.1  The cost of the Plan is met within the Housing Revenue Account budget for 2025/26. The investment "
           "programme that follows the stock condition survey (action 1.2) will need a further report."),
        _h("7.0  LEGAL IMPLICATIONS"),
        _p("7.1  The Regulator can issue enforcement notices and unlimited fines where a landlord fails to meet the "
           "consumer standards. Delivering the Plan is the Council's main defence against that risk."),
        _h("8.0  EQUALITIES IMPLICATIONS"),
        _p("8.1  An equality impact assessment has been carried out. Better information about tenants' needs "
           "(actions 2.1 and 2.2) is expected to have a positive effect."),
        _h("9.0  CLIMATE CHANGE IMPLICATIONS"),
        _p("9.1  None arising directly; the investment programme will be assessed when it is brought forward."),
        _h("10.0  REASONS FOR RECOMMENDATIONS"),
        _p("10.1  To give the Council a clear and monitored route back to compliance with the consumer standards."),
        _h("11.0  RECOMMENDATIONS"),
        _p("11.1  That the Executive:"),
        _p("(i) notes the progress made towards compliance with the consumer standards;"),
        _p("(ii) adopts the Housing Improvement Plan at Appendix A; and"),
        _p("(iii) notes the draft Housing Improvement Strategy at Appendix B."),
        _h("APPENDICES:"),
        _p("Appendix A \u2013 Housing Improvement Plan"),
        _p("Appendix B \u2013 Draft Housing Improvement Strategy (published separately)"),
        _h("BACKGROUND DOCUMENTS:"),
        _p("Regulator of Social Housing, Regulatory Judgement: North Yorkshire Council, 13 September 2024"),
        _p("Alison Featherstone"),
        _p("Corporate Director Community Development"),
        _p("County Hall, Northallerton"),
        _p("3 April 2025"),
        _p("Report Author: Martin Sowerby, Assistant Director Housing"),
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix A", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Housing Improvement Plan", "level": 2},
        {"kind": "para", "text": "Position at 31 March 2025", "bold": True},
        {"kind": "heading", "text": "1. Safety and Quality Standard", "level": 3},
        _table(SAFETY),
        {"kind": "heading", "text": "2. Transparency, Influence and Accountability Standard", "level": 3},
        _table(TRANSPARENCY),
        {"kind": "heading", "text": "3. Governance, Data and Assurance", "level": 3},
        _table(GOVERNANCE),
        _p("Status: Complete \u2013 milestone met; On track / In progress \u2013 work under way and expected to meet "
           "the target date; Delayed \u2013 target date missed or at risk; Not started \u2013 work not yet due to "
           "begin."),
    ],
}

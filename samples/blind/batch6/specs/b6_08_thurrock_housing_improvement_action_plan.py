"""Thurrock Council, Cabinet, 18 February 2026: Housing Improvement Action Plan (appendix) following the LGA Social
Housing Peer Challenge and the external review of the 30-year HRA Business Plan.

Source: Thurrock Council news releases of 18 December 2025 ("Thurrock Council welcomes peer feedback and sets out next
steps to strengthen housing services") and of February 2026 (the Housing Improvement Action Plan approved by Cabinet on
Wednesday 18 February), the Cabinet decision of 17 December 2025 (democracy.thurrock.gov.uk/ieDecisionDetails.aspx?
ID=982: seven recommendations; Executive Director of Place to finalise the detailed plan) and a peer team member's
blog listing the recommendations, all found with the pages search. Visible: the seven recommendations (the first four
in substance: understand your tenants; understand your homes and reach 100% decency; understand your service and tell
an honest story; a stronger grip on governance, assurance and accountability), an independently chaired Housing
Improvement Board, milestones and assurance measures, the consumer standards, the gap analysis already completed, the
stock survey, cloned stock data and incomplete EPC data, the damp and mould policy and Awaab's Law, external assurance
of compliance. Modelled: recommendations 5-7 as worded here, the spreadsheet layout (a title block, one banner row
per recommendation, columns No. / Action / Key milestones / By when / Lead officer / Assurance measure / Status,
milestone sub-rows with the action, lead and assurance cells merged down, Excel month dates "Mar-26"), and the status
key. Every sentence is our own.

Decisions for the gold:
- Theme from the recommendation banner rows, numbering kept ("Recommendation 1 \u2013 ...").
- action is the Action cell only; the milestone texts are no contract field. due_raw joins the milestone dates with
  " / "; due_date is the latest; status and status_raw are the last milestone's (contract rule).
- "Annual (next due Jun-26)" -> 2026-06-30 with recurrence annual; "Quarterly"/"Six-monthly"/"Annual" alone give the
  recurrence and no date.
- No progress column: progress null; progress_as_of the meeting date 2026-02-18 printed in the title block.
- "Ongoing" in the status column is on_track (contract phrase list).
- theme_category: recommendations on tenants, homes and damp/mould -> local_priorities_and_outcomes (housing);
  understand your service (performance, honest story) -> capacity_for_improvement; governance and assurance ->
  governance_and_culture; HRA business plan -> financial_planning_and_management; workforce -> capacity_for_improvement.
"""

AD_HM = "Assistant Director \u2013 Housing Management"
AD_AM = "Assistant Director \u2013 Asset Management"
DH = "Director of Housing"
EDP = "Executive Director of Place"
HBS = "Head of Building Safety and Compliance"


def _group(ref, action, lead, assurance, milestones):
    """An action with milestone sub-rows: ref, action, lead and assurance merged down."""
    n = len(milestones)
    rows = []
    for i, (mtext, when, status) in enumerate(milestones):
        if i == 0:
            rows.append([{"text": ref, "rowspan": n}, {"text": action, "rowspan": n}, mtext, when,
                         {"text": lead, "rowspan": n}, {"text": assurance, "rowspan": n}, status])
        else:
            rows.append([None, None, mtext, when, None, None, status])
    return rows


ROWS = [
    {"banner": "Recommendation 1 \u2013 Understand your tenants, making sure they are at the heart of everything "
               "you do", "fill": "D9E1F2"},
    *_group("1.1", "Build a full profile of every tenancy, including household make-up, vulnerabilities and "
                   "communication needs", AD_HM, "Percentage of tenancies with a complete profile, reported to the "
                                                 "Housing Improvement Board",
            [("Cleanse the tenancy records held in the housing system", "Jun-26", "In progress"),
             ("Tenancy audit visit to every home", "Mar-27", "Not started")]),
    ["1.2", "Refresh the tenant engagement strategy with the Resident Panel and its working groups", "",
     "Sep-26", "Tenant Engagement Manager", "Strategy agreed by the Resident Panel and Cabinet", "In progress"],
    ["1.3", "Publish the Tenant Satisfaction Measures each year with what we will do in response", "",
     "Annual (next due Jun-26)", AD_HM, "Results published on the website and in the tenants' newsletter",
     "Not started"],
    {"banner": "Recommendation 2 \u2013 Understand your homes, with effective plans to achieve and keep 100% "
               "decency", "fill": "D9E1F2"},
    *_group("2.1", "Complete a condition survey of every council home", AD_AM,
            "Percentage of homes surveyed in the last five years",
            [("Appoint the survey contractor", "Dec-25", "Complete"),
             ("Survey the first 50% of homes", "Sep-26", "In progress"),
             ("Survey the remaining homes and load the data", "Mar-27", "Not started")]),
    ["2.2", "Replace cloned stock data with survey data in the asset system and re-baseline Decent Homes", "",
     "Jun-27", AD_AM + " / Asset Data Manager", "Decent Homes baseline signed off by the Board", "Not started"],
    ["2.3", "Complete an energy performance certificate record for every home", "", "Mar-27", "Asset Data Manager",
     "Percentage of homes with a valid EPC", "In progress"],
    ["2.4", "Agree a costed programme to bring every home up to the Decent Homes Standard", "", "Q3 2026/27",
     AD_AM, "Programme approved by Cabinet and funded in the HRA", "Not started"],
    {"banner": "Recommendation 3 \u2013 Understand your service and tell an honest story about its challenges and "
               "successes", "fill": "D9E1F2"},
    ["3.1", "Complete a gap analysis against the Regulator of Social Housing's consumer standards", "", "Nov-25",
     DH, "Gap analysis reported to the Housing Improvement Board", "Complete"],
    *_group("3.2", "Build a housing performance dashboard that includes the Tenant Satisfaction Measures",
            "Housing Performance Manager", "Dashboard reviewed at every Board meeting",
            [("Agree the indicator set with the Resident Panel", "Apr-26", "In progress"),
             ("Dashboard live for managers and councillors", "Sep-26", "Not started")]),
    ["3.3", "Publish a short performance update for tenants", "", "Quarterly", "Housing Performance Manager",
     "Update published within six weeks of each quarter end", "Not started"],
    {"banner": "Recommendation 4 \u2013 Get a stronger grip on governance, assurance and accountability by "
               "tenants, senior leaders and councillors", "fill": "D9E1F2"},
    *_group("4.1", "Set up an independently chaired Housing Improvement Board with tenant and expert members", EDP,
            "Board terms of reference agreed; attendance and actions logged",
            [("Recruit the independent chair", "Mar-26", "In progress"),
             ("First meeting of the Board", "Apr-26", "Not started")]),
    ["4.2", "Review the housing governance and assurance framework, setting out the roles of councillors, tenants "
            "and officers", "", "Jul-26", EDP + " / Monitoring Officer", "Revised framework approved by Cabinet",
     "In progress"],
    ["4.3", "Report progress on this plan to Cabinet and the Place Overview and Scrutiny Committee", "",
     "Six-monthly", DH, "Reports received and recommendations tracked", "Not started"],
    {"banner": "Recommendation 5 \u2013 Meet Awaab's Law and strengthen the response to damp and mould",
     "fill": "D9E1F2"},
    ["5.1", "Update the damp and mould policy so that it reflects Awaab's Law", "", "Oct-25", HBS,
     "Policy published; cases tracked against the new timescales", "Complete"],
    *_group("5.2", "Commission external assurance of health and safety compliance so that we do not mark our own "
                   "homework", HBS, "Independent assurance report to each Board meeting",
            [("Appoint an assurance partner", "Jun-26", "Not started"),
             ("First assurance report to the Board", "Dec-26", "Not started")]),
    {"banner": "Recommendation 6 \u2013 Keep the HRA Business Plan robust and affordable", "fill": "D9E1F2"},
    ["6.1", "Update the 30-year HRA Business Plan with the stock condition data and the cost of the decency "
            "programme", "", "2026/27", "Chief Finance Officer / " + DH, "Updated plan approved by Cabinet",
     "Not started"],
    ["6.2", "Consult tenants on the HRA budget and rent setting each year", "", "Annual",
     "Chief Finance Officer", "Consultation results reported with the budget", "Ongoing"],
    {"banner": "Recommendation 7 \u2013 Build the capacity and skills of the housing workforce", "fill": "D9E1F2"},
    ["7.1", "Agree a housing workforce plan and fill the key vacant posts", "", "Sep-26", DH,
     "Vacancy rate and use of interim staff", "In progress"],
    *_group("7.2", "Deliver training on the consumer standards for housing staff and councillors", DH,
            "Percentage of staff and councillors trained",
            [("Staff training sessions", "Jun-26", "In progress"),
             ("Councillor training sessions", "Jul-26", "Not started")]),
]


PAPER = {
    "stem": "b6_08_thurrock_housing_improvement_action_plan",
    "council": "Thurrock Council",
    "source": {
        "council": "Thurrock Council",
        "kind": "housing improvement action plan after an LGA social housing peer challenge (spreadsheet appendix)",
        "year": 2026,
        "title": "Housing Improvement Action Plan, Cabinet, 18 February 2026 (following the LGA Social Housing Peer "
                 "Challenge, Cabinet 17 December 2025)",
        "url": "https://www.thurrock.gov.uk/news/thurrock-council-welcomes-peer-feedback-and-sets-out-next-steps-to-"
               "strengthen-housing-services",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "header": "Thurrock Council \u2013 Housing Improvement Action Plan",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "heading", "text": "Housing Improvement Action Plan 2026\u20132028", "level": 1},
        {"kind": "para", "text": "Appendix 1 \u2013 Cabinet, 18 February 2026", "bold": True},
        {"kind": "para", "text": "This plan responds to the seven recommendations of the LGA Social Housing Peer "
                                 "Challenge and to the external review of the HRA Business Plan. It will be "
                                 "overseen by the Housing Improvement Board and updated for each Board meeting."},
        {
            "kind": "table",
            "columns": ["No.", "Action", "Key milestones", "By when", "Lead officer", "Assurance measure", "Status"],
            "widths": [4, 26, 22, 10, 16, 20, 9],
            "repeat_header": True,
            "rows": ROWS,
            "notes": ["Status: Complete \u2013 delivered and evidenced; In progress \u2013 work has started; "
                      "Not started \u2013 due to start later in the plan; Ongoing \u2013 a recurring activity."],
        },
    ],
}

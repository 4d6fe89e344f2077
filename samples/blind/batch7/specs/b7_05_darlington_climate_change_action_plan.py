"""Darlington Borough Council, Cabinet, 5 September 2023: "Climate Change Update 2022/23" (report of the Chief
Executive), with the Climate Change Action Plan progress at the end of 2022/23 as an appendix.

Source: Darlington's decision "Climate Change Update 2022/23" (democracy.darlington.gov.uk/ieDecisionDetails.aspx?
AIId=9730; Cabinet, then Council), the related items "Climate Change Progress" (mgAi.aspx?ID=9079, ID=7920,
ID=12601), "Draft Climate Change Action Plan" (mgDecisionDetails.aspx?IId=8072) and the action plan text indexed by
CAPE (cape.mysociety.org, document 814), found with the pages search. Visible: the climate emergency declaration
(July 2019), the strategy (July 2020) and action plan (October 2021); a Sustainability and Climate Change Lead
Officer; milestones developed each year to monitor progress; a 30% reduction in emissions every five years;
council emissions of 6,461 tCO2e in 2022/23 (energy in buildings, business mileage, fleet, street lighting); supply
chain emissions not yet measured and a consultant's study commissioned; the Sustainable Darlington web page and a
planned youth tab; the Eco Fair; the carbon sequestration study of council land; the Social Housing
Decarbonisation Fund bids; of the 109 actions reported at the end of 2022/23, 91 on track and 5 completed; each
action showing its status, funding and the portfolio it sits under; action codes such as "Fi6" with columns for
the lead service ("Procurement"), a milestone ("Feasibility study complete"), the current position ("Minimal
knowledge, needs feasibility"), risks ("Potential capacity issues"), a date ("March 2022") and the portfolio
("Resources"). Modelled: the meeting date, the report's sections, the appendix's exact columns (Ref / Action /
Lead / 2022/23 milestone / Update at 31 March 2023 / Status / Delivery date / Portfolio), theme banner rows, status
cell colours and the key; the plan here is a 31-action extract, not the 109 actions. Every sentence is our own.

Decisions for the gold:
- doc_kind covering_report; body Cabinet; meeting_date 2023-09-05; report_title "Climate Change Update 2022/23".
- theme from the banner rows ("Buildings and Energy"). theme_category: the climate themes are place outcomes ->
  local_priorities_and_outcomes; "Procurement and Finance" -> financial_planning_and_management; "Engagement and
  Communication" -> capacity_for_improvement (communications).
- action = Action; the "2022/23 milestone" column is a target for the year, neither action nor progress: no
  contract field. progress = "Update at 31 March 2023"; progress_as_of 2023-03-31 from that heading.
- status from the Status column: Complete -> completed, On track -> on_track, At risk -> at_risk, Not on track ->
  off_track, Not started -> not_started. rag from the status cell colours explained by the key (blue, green,
  amber, red); Not started has no colour, rag null.
- "Delivery date revised from March 2023 to March 2025" (Tr2, update cell) -> revised_due_date 2025-03-31; due_date
  keeps 2023-03-31; not overdue on the revised date.
- Delivery dates: "Dec-23" -> 2023-12-31 month; "2023/24" -> 2024-03-31 financial_year; "2024" -> 2024-12-31 year;
  "Summer 2023" -> 2023-08-31; "Winter 2024" -> 2025-02-28 season; "Q2 2023/24" -> 2023-09-30 quarter;
  "Ongoing" -> recurrence ongoing; "Annual" -> recurrence annual.
- lead_officers: the Lead cell as printed (mostly council services, as the plan names them), split on "/".
- The Portfolio column (Cabinet portfolio) is no contract field; council_priority stays null.
"""

FILL = {"Complete": "8EA9DB", "On track": "A9D08E", "At risk": "FFD966", "Not on track": "FF7C80"}
BS, HS, FS, TP, PR = "Building Services", "Housing Services", "Fleet Services", "Transport Policy", "Procurement"
SCC = "Sustainability and Climate Change Lead Officer"
RES, ECO, HH, LS = "Resources", "Economy", "Health and Housing", "Local Services"

THEMES = [
    ("Buildings and Energy", [
        ("Bu1", "Replace lighting in the main council buildings with LED", BS,
         "Upgrades complete at the Dolphin Centre and the Town Hall",
         "Both buildings finished in February; the savings will show in the 2023/24 figures.", "Complete",
         "March 2023", RES),
        ("Bu2", "Install solar panels on the Town Hall roof", BS, "Panels installed and generating",
         "Installed in November and generating since December 2022.", "Complete", "December 2022", RES),
        ("Bu3", "Prepare heat decarbonisation plans for the ten council buildings with the highest emissions", BS,
         "Plans for five buildings", "Four plans complete. The fifth is held up by a structural survey of the "
                                     "roof.", "Not on track", "March 2023", RES),
        ("Bu4", "Bid to the Public Sector Decarbonisation Scheme for heat pumps at two leisure sites", BS,
         "Bid submitted", "Bid submitted in the autumn round; outcome expected in the summer.", "On track",
         "2023/24", RES),
        ("Bu5", "Fit smart meters to every council site so that energy use can be monitored", "Energy Management",
         "80% of sites with smart meters", "74% of sites now have smart meters; the rest are booked with the "
                                           "supplier.", "On track", "Dec-23", RES),
        ("Bu6", "Retrofit council homes to reach EPC C using the Social Housing Decarbonisation Fund", HS,
         "80 homes retrofitted", "84 homes completed under Wave 2. A bid for Wave 3 is being prepared with the "
                                 "Combined Authority.", "On track", "March 2025", HH),
        ("Bu7", "Replace the remaining sodium street lights with LED lanterns", "Highways",
         "1,000 lanterns replaced", "1,210 lanterns replaced in the year.", "On track", "2024", LS),
    ]),
    ("Transport and Travel", [
        ("Tr1", "Replace fleet vans with electric vans when their leases end", FS, "Six electric vans in service",
         "Six electric vans in use in Parks and Street Scene.", "On track", "Ongoing", LS),
        ("Tr2", "Install charging points for the fleet at the council depots", FS, "Feasibility study complete",
         "Study complete, but the grid connection needs an upgrade. Delivery date revised from March 2023 to "
         "March 2025.", "Not on track", "March 2023", LS),
        ("Tr3", "Expand public charge points for electric vehicles with the Tees Valley Combined Authority", TP,
         "20 new public charge points", "12 installed; the remaining sites depend on the power supplier.",
         "At risk", "Summer 2023", ECO),
        ("Tr4", "Launch a staff travel plan with pool e-bikes", "Human Resources", "Travel plan launched",
         "Travel plan launched in September with four pool e-bikes at the Town Hall.", "Complete",
         "September 2022", RES),
        ("Tr5", "Adopt a Local Cycling and Walking Infrastructure Plan", TP, "Draft plan consulted on",
         "Consultation closed in March with 640 responses.", "On track", "Q2 2023/24", ECO),
        ("Tr6", "Review business mileage and promote online meetings instead of travel",
         "Finance / Human Resources", "Mileage report to Chief Officers Board",
         "Business mileage is 9% lower than in 2021/22.", "On track", "Annual", RES),
    ]),
    ("Procurement and Finance", [
        ("Fi1", "Add a carbon impact section to every Cabinet report", "Democratic Services",
         "New report template in use", "All Cabinet reports have included the section since June.", "Complete",
         "June 2022", RES),
        ("Fi2", "Include whole-life carbon costs in business cases for capital projects", "Finance",
         "Guidance issued to project managers", "Guidance drafted; to be tested on two schemes.", "On track",
         "2023/24", RES),
        ("Fi3", "Measure the emissions of the council's supply chain", PR, "Consultant commissioned",
         "An external consultant has been commissioned and will report in September.", "On track",
         "September 2023", RES),
        ("Fi4", "Include climate criteria in the social value weighting of tenders above the threshold", PR,
         "Criteria used in all major tenders", "Criteria used in 11 of 13 major tenders this year.", "On track",
         "Ongoing", RES),
        ("Fi5", "Add climate change to the corporate risk register", "Risk Management",
         "Climate risk assessed and scored", "Added to the register in January with controls agreed.",
         "Complete", "March 2023", RES),
        ("Fi6", "Look into whether environmental targets can be written into contracts, with suppliers paying a "
                "climate rebate when they are missed, to fund further climate action", PR,
         "Feasibility study complete", "Little progress: there is limited knowledge of the legal position and "
                                       "the team has had capacity issues.", "Not on track", "March 2022", RES),
    ]),
    ("Waste", [
        ("Wa1", "Introduce weekly food waste collections as national policy requires", "Waste Management",
         "Collection model agreed", "Awaiting confirmation of government funding.", "Not started", "2025/26",
         LS),
        ("Wa2", "Remove single-use plastics from council buildings", "Facilities Management",
         "Single-use plastics removed from cafes and meeting rooms", "Completed in all council buildings.",
         "Complete", "March 2023", RES),
        ("Wa3", "Offer a recycling service to businesses that use the council's trade waste service",
         "Waste Management", "Service designed and priced", "Pricing agreed but the extra vehicle is not yet "
                                                           "funded.", "At risk", "December 2023", LS),
    ]),
    ("Natural Environment and Adaptation", [
        ("Ad1", "Plant 10,000 trees on council land", "Parks and Countryside", "3,000 trees planted",
         "3,400 trees planted over the winter with volunteers and schools.", "On track", "Winter 2024", LS),
        ("Ad2", "Calculate how much carbon council land stores and could store",
         "Head of Environmental Services / " + SCC, "Study commissioned",
         "Study commissioned; results expected in the autumn.", "On track", "2023/24", LS),
        ("Ad3", "Assess the risks of climate change to council services and agree an adaptation plan", SCC,
         "Risk assessment complete", "Risk assessment started but not finished because of staff changes.",
         "Not on track", "December 2022", RES),
        ("Ad4", "Reduce mowing on verges and open spaces to create wildflower areas", "Parks and Countryside",
         "Ten wildflower sites", "Twelve sites established in 2022.", "Complete", "Summer 2022", LS),
    ]),
    ("Engagement and Communication", [
        ("En1", "Provide climate change e-learning for all staff", SCC + " / Human Resources",
         "Module launched", "Module launched in October; 62% of staff have completed it.", "On track",
         "March 2024", RES),
        ("En2", "Keep the Sustainable Darlington web page up to date and add a section for young people",
         "Communications", "Web page refreshed", "Page refreshed. The youth section will be written with young "
                                                 "people over the summer.", "On track", "Autumn 2023", RES),
        ("En3", "Hold the Darlington Eco Fair", SCC, "Eco Fair held",
         "Held in June with over 5,000 visitors to the marquee.", "Complete", "Annual", ECO),
        ("En4", "Hold a climate change seminar for all members", "Democratic Services", "Seminar date set",
         "To be arranged for the autumn.", "Not started", "September 2023", RES),
        ("En5", "Appoint a climate change champion in every service", SCC, "Champions in place",
         "Champions named in all 28 services and meeting quarterly.", "Complete", "March 2023", RES),
    ]),
]


def _rows():
    out = []
    for theme, acts in THEMES:
        out.append({"banner": theme})
        for ref, action, lead, milestone, update, status, when, portfolio in acts:
            st = {"text": status, "fill": FILL[status]} if status in FILL else status
            out.append([ref, action, lead, milestone, update, st, when, portfolio])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b7_05_darlington_climate_change_action_plan",
    "council": "Darlington Borough Council",
    "source": {
        "council": "Darlington Borough Council",
        "kind": "climate emergency action plan annual progress (covering report with action plan appendix)",
        "year": 2023,
        "title": "Climate Change Update 2022/23, Cabinet (report of the Chief Executive)",
        "url": "https://democracy.darlington.gov.uk/ieDecisionDetails.aspx?AIId=9730",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "header": "This document was classified as: OFFICIAL",
    "footer": "Page {page}",
    "blocks": [
        _p("CABINET", True),
        _p("5 SEPTEMBER 2023", True),
        {"kind": "heading", "text": "Climate Change Update 2022/23", "level": 1},
        {"kind": "table", "columns": [{"text": "Responsible Cabinet Member", "bold": True},
                                      {"text": "Cabinet Member with the Economy Portfolio", "bold": False}],
         "widths": [14, 30], "repeat_header": False,
         "rows": [[{"text": "Responsible Director", "bold": True}, "Chief Executive"]]},
        _p("SUMMARY REPORT", True),
        _p("Purpose of the Report", True),
        _p("1. To update Members on progress towards the council's net zero target in 2022/23 and on the delivery "
           "of the Climate Change Action Plan."),
        _p("Summary", True),
        _p("2. The council declared a climate emergency in July 2019. The Climate Change Strategy was adopted in "
           "July 2020 and the action plan in October 2021. Milestones are set each year so that progress can be "
           "monitored, and Members agreed a trajectory of a 30% reduction in emissions every five years."),
        _p("3. The council's emissions for 2022/23 were 6,461 tonnes CO2e, made up of energy use in council "
           "buildings, business mileage, the fleet, and street lighting and signs. Emissions from the supply "
           "chain are not yet measured; a consultant has been commissioned to estimate them."),
        _p("4. Of the actions reported at the end of 2022/23, most are on track. The appendix shows a selection of "
           "actions from each theme with their milestone for the year and their status."),
        _p("Recommendation", True),
        _p("5. It is recommended that the report is noted and forwarded to Council."),
        _p("Reasons", True),
        _p("6. With increasing public pressure to act on climate change, the council could suffer significant "
           "damage to its reputation if it does not deliver on its commitment."),
        {"kind": "page_break"},
        _p("Appendix 1: Climate Change Action Plan \u2013 progress at the end of 2022/23", True),
        {"kind": "table",
         "columns": ["Ref", "Action", "Lead", "2022/23 milestone", "Update at 31 March 2023", "Status",
                     "Delivery date", "Portfolio"],
         "widths": [4, 24, 11, 14, 24, 8, 8, 8],
         "repeat_header": True,
         "rows": _rows(),
         "notes": ["Status key: Complete (blue); On track (green); At risk (amber); Not on track (red); "
                   "Not started (no colour)."]},
    ],
}

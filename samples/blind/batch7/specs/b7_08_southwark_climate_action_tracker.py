"""London Borough of Southwark: climate change strategy action plan, progress tracker web page (2022).

Source: the Cabinet decision of 19 July 2022 "Climate Emergency Annual Progress Report and Update of the Climate
Strategy and Action Plan" (moderngov.southwark.gov.uk/mgDecisionDetails.aspx?IId=50027979&Opt=1: publication of a
"smart action dashboard" on the council's website; the funding gap; a citizens' jury; a climate capital fund; a
"climate action tracker"), the "Track our progress" web page (southwark.gov.uk/environment/climate-emergency/
reaching-net-zero/track-our-progress: climate emergency declared March 2019; strategy July 2021; five priority areas
greener buildings, active and sustainable travel, thriving natural environment, a circular economy with green jobs,
renewable energy; the action plan refreshed every year) and the scrutiny item "Climate Emergency - Performance Against
Smart Targets" (mgAi.aspx?ID=65265: quarterly measurement, the green building fund, Let's Go Zero schools), all
found with the pages search. Visible: the five priority areas, the yearly refresh, the tracker's purpose, a few of
the actions in substance. Modelled: the page layout (title, "last updated", a short introduction, a status key as a
bulleted list, then one table per priority area under a numbered heading, columns Ref / What we will do / Lead /
When / Status / Progress so far), every action, lead and update. Every sentence is our own.

Decisions for the gold:
- A web page, not a meeting paper: body and meeting_date are null and unscored; doc_kind action_plan; report_title
  the page's main heading.
- progress_as_of: "Progress at 30 June 2022" printed under the title -> 2022-06-30.
- Theme: the numbered heading above each table ("1. Greener buildings"), numbering kept.
- Status from the Status column; "Ongoing" -> on_track (contract phrase list) and, as a status, gives no recurrence
  (the When column decides recurrence). "At risk" -> at_risk; "Delayed" -> off_track.
- When: "By 2030" -> 2030-12-31 (year); "Winter 2022" -> Dec 2022-Feb 2023 -> 2023-02-28 (season); "2022-23" ->
  financial year -> 2023-03-31; "Q3 2022/23" -> 2022-12-31; "Every year" -> recurrence annual, no date;
  "Ongoing" -> recurrence ongoing.
- Lead "Director of Planning and Growth and Head of Energy" -> two posts (split on the " and " before "Head of");
  "Director of Planning and Growth" itself stays whole.
- theme_category: buildings, travel, natural environment, circular economy, renewable energy are place outcomes ->
  local_priorities_and_outcomes.
"""

DPG = "Director of Planning and Growth"
SDH = "Strategic Director of Housing"
DCE = "Director of Climate Emergency"
HH = "Head of Highways"
DE = "Director of Environment"
HP = "Head of Parks and Leisure"
HE = "Head of Energy"
DR = "Director of Regeneration"
HPR = "Head of Procurement"

COLUMNS = ["Ref", "What we will do", "Lead", "When", "Status", "Progress so far"]
WIDTHS = [6, 30, 16, 10, 9, 29]


def table(rows):
    return {"kind": "table", "columns": COLUMNS, "widths": WIDTHS, "repeat_header": True, "rows": rows}


T1 = [
    ["GB1", "Launch a Green Buildings Fund, paid for from carbon offset money, to retrofit homes and community "
            "buildings", DPG, "2022-23", "On track",
     "The fund opened in May 2022. The first grant, for a retrofit of homes on an estate in Rotherhithe, has been "
     "agreed."],
    ["GB2", "Produce a plan to bring all council homes up to EPC band C", SDH, "March 2023", "On track",
     "Stock condition data has been gathered for 60% of homes; modelling of costs has started."],
    ["GB3", "Set up a free home energy advice service for residents with a local university", DCE, "Winter 2022",
     "Not started", "A partner has been chosen. The service will open before the heating season."],
    ["GB4", "Require new major developments to be net zero carbon on site, with any shortfall paid into the "
            "offset fund", DPG + " and " + HE, "Ongoing", "Ongoing",
     "Applied to every major planning application since the Southwark Plan was adopted."],
]
T2 = [
    ["T1", "Add 50 new on-street bike hangars each year", HH, "Every year", "On track",
     "32 hangars installed since April; a further 25 are on order."],
    ["T2", "Introduce more school streets so that children can walk and cycle to school safely", HH, "Q3 2022/23",
     "Delayed", "Consultation on the next eight schemes was put back to the autumn because of staff vacancies."],
    ["T3", "Replace the council's fleet with zero-emission vehicles as leases end", DE, "By 2030", "On track",
     "40% of the fleet is now electric."],
]
T3 = [
    ["N1", "Plant 10,000 trees on streets, parks and estates", HP, "Winter 2022", "On track",
     "Two new small woodlands were planted in Peckham Rye Park in the last planting season."],
    ["N2", "Write the council's first climate adaptation strategy, covering flooding and overheating", DCE,
     "Spring 2023", "At risk", "Work has started but depends on flood data from the Environment Agency, which is "
                                 "late."],
    ["N3", "Review how parks are managed so that more land is left for wildflowers and habitats", HP, "2022-23",
     "Complete", "New mowing regimes in place in 14 parks from April 2022."],
]
T4 = [
    ["CE1", "Adopt a carbon neutral procurement strategy so that carbon is weighed in every large contract", HPR,
     "December 2022", "On track", "Scoping work is complete and a draft is with the Cabinet Member."],
    ["CE2", "Create a green skills hub with local colleges to train residents for retrofit and other green jobs",
     DR, "2023-24", "Not started", "Funding bid submitted to the Mayor of London's skills programme."],
    ["CE3", "Cut the council's own office waste and end single-use plastics in council buildings", DE, "March 2022",
     "Delayed", "Single-use plastics have gone from the main offices. Waste reduction targets are being reset after "
                "the return to the office."],
]
T5 = [
    ["RE1", "Switch all council buildings to a renewable electricity tariff", HE, "April 2022", "Complete",
     "All council buildings have been on a renewable tariff since 1 April 2022."],
    ["RE2", "Install solar panels on council buildings and schools where the roof is suitable", HE, "2025",
     "On track", "Feasibility studies complete for 20 buildings; the first 6 installations are planned for this "
                 "year."],
    ["RE3", "Investigate a heat network for the Old Kent Road opportunity area", DPG + " and " + HE, "Q3 2022/23",
     "At risk", "The feasibility study has been delayed by the consultant; a revised report is expected later in "
                "the year."],
]

PAPER = {
    "stem": "b7_08_southwark_climate_action_tracker",
    "council": "London Borough of Southwark",
    "source": {
        "council": "London Borough of Southwark",
        "kind": "climate emergency action plan progress tracker (web page)",
        "year": 2022,
        "title": "Climate Emergency Annual Progress Report and Update of the Climate Strategy and Action Plan "
                 "(Cabinet 19 July 2022: smart action dashboard / climate action tracker on the council's website)",
        "url": "https://moderngov.southwark.gov.uk/mgDecisionDetails.aspx?IId=50027979&Opt=1",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 9, "margin_cm": 1.6},
    "header": "southwark.gov.uk  \u203a  Environment  \u203a  Climate emergency  \u203a  Track our progress",
    "blocks": [
        {"kind": "heading", "text": "Climate action tracker", "level": 1},
        {"kind": "para", "text": "Progress at 30 June 2022", "bold": True},
        {"kind": "para", "text": "We declared a climate emergency in March 2019 and published our Climate Change "
                                 "Strategy and action plan in July 2021. This tracker shows where each action in the "
                                 "plan has got to. We update it every quarter, and we refresh the whole plan once a "
                                 "year."},
        {"kind": "para", "text": "Many of the actions depend on money we do not yet have. Where an action is late "
                                 "because funding or a partner's work is missing, we say so."},
        {"kind": "heading", "text": "What the status means", "level": 2},
        {"kind": "list", "items": ["Complete \u2013 the action has been delivered",
                                   "On track \u2013 work is going to plan",
                                   "Ongoing \u2013 work that continues every year",
                                   "At risk \u2013 the action may slip unless a problem is solved",
                                   "Delayed \u2013 the action has missed its date",
                                   "Not started \u2013 work has not begun yet"], "numbered": False},
        {"kind": "heading", "text": "1. Greener buildings", "level": 2},
        table(T1),
        {"kind": "heading", "text": "2. Active and sustainable travel", "level": 2},
        table(T2),
        {"kind": "heading", "text": "3. A thriving natural environment", "level": 2},
        table(T3),
        {"kind": "heading", "text": "4. A circular economy with green jobs", "level": 2},
        table(T4),
        {"kind": "heading", "text": "5. Renewable energy", "level": 2},
        table(T5),
        {"kind": "para", "text": "Page last updated: 14 July 2022"},
    ],
}

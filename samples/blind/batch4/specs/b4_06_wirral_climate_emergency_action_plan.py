"""Wirral Council, Environment, Climate Emergency and Transport Committee, 20 June 2022: Environment and Climate
Emergency Action Plan, year-end progress 2021/22 (the appendix to the "Climate Emergency Action Plan Progress
Report", printed from the council's spreadsheet tracker).

Source: democracy.wirral.gov.uk/ieIssueDetails.aspx?IId=50049041 (the committee item: "the progress of the
environment & climate emergency actions undertaken in 2021/22 be noted and the priority actions for 2022/23 be
endorsed"), the council's pages on its Environment and Climate Emergency Action Plan and "key achievements since
the climate emergency was declared" (renewable electricity for council buildings from April 2021, the LED
streetlight programme finished in March 2022, on-street EV charging, bronze Carbon Literate Organisation, tree
planting, natural flood management), and the Cool 2 strategy, all found with the pages search.

Visible in the source: the committee, date and purpose (2021/22 progress noted, priority actions for 2022/23
endorsed) and the kinds of action in the plan. Modelled: the whole layout of the tracker as a council spreadsheet
prints it: title lines, a "Progress to 31 March 2022" line, a one-line RAG summary with a total, and
a wide landscape table whose Theme column is merged down its rows, refs by theme (BE1, T1 ...), Lead posts (two
joined by "/"), Target in mixed forms ("April 2021", "Dec-21", "Q4 2021/22", "2022/23", "Ongoing", "Annual",
"Summer 2021", "2023"), "Progress 2021/22", a RAG column shown by cell colour only (no letter or word), a
"Priority for 2022/23" Yes/No column and a "Key:" row inside the table. Every sentence is our own; places and
figures are invented or generalised.

Decisions for the gold:
- theme is the merged Theme cell carried down; refs as printed.
- status and rag come from the RAG cell colour (the only status shown): blue -> completed, green -> on_track,
  amber -> at_risk, red -> off_track; status_raw is null (no phrase is printed).
- progress is the "Progress 2021/22" cell; progress_as_of 2022-03-31 from "Progress to 31 March 2022".
- "Priority for 2022/23" (Yes/No) maps to no contract field. The "Key:" row is not an action.
- Target "Ongoing" / "Annual" -> recurrence with no date (is_overdue null); "Q4 2021/22" ends on 31 March 2022,
  the reporting date itself, so it is not overdue.
"""

BLUE, GREEN, AMBER, RED = ("0070C0", "00B050", "FFC000", "FF0000")
_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

_COLS = ["Theme", "Ref", "Action", "Lead", "Target", "Progress 2021/22", "RAG", "Priority for 2022/23"]
_W = [10, 5, 24, 15, 8, 26, 5, 7]

THEMES = [
    ("Buildings and Energy", [
        ("BE1", "Switch the Council's electricity supply to a 100% renewable tariff", "Energy and Carbon Manager",
         "April 2021", "All Council offices, streetlights and buildings have been supplied with renewable electricity "
                       "since April 2021.", "B", "No"),
        ("BE2", "Replace all remaining streetlights with LED lanterns", "Head of Highways and Infrastructure",
         "March 2022", "The last lanterns were fitted in March 2022; more than 25,000 were replaced over the two-year "
                       "scheme.", "B", "No"),
        ("BE3", "Carry out energy audits of the 20 highest-emitting Council buildings and plan heat decarbonisation "
                "works", "Energy and Carbon Manager / Head of Asset Management", "Dec-21",
         "Audits of 14 buildings completed. The other six were held up by access restrictions and will be done over "
         "the summer.", "A", "Yes"),
        ("BE4", "Bid for Public Sector Decarbonisation Scheme funding for the leisure centres",
         "Head of Asset Management", "Q4 2021/22", "Bid submitted in November 2021; the result is expected in July "
                                                   "2022.", "G", "Yes"),
    ]),
    ("Transport", [
        ("T1", "Install on-street electric vehicle charging points in residential areas",
         "Head of Highways and Infrastructure", "2022/23",
         "28 on-street charge points are in use and sites for a further 40 have been found.", "G", "Yes"),
        ("T2", "Replace pool cars with electric vehicles as their leases end", "Fleet Manager", "Ongoing",
         "Six of the 22 pool cars are now electric.", "G", "No"),
        ("T3", "Adopt a Local Cycling and Walking Infrastructure Plan", "Head of Highways and Infrastructure",
         "Sep-21", "Consultation took longer than planned and the plan has not yet been adopted.", "R", "Yes"),
    ]),
    ("Sustainable Resource", [
        ("SR1", "Reduce single-use plastics in Council buildings and at Council events",
         "Head of Facilities Management", "March 2022",
         "Vending and catering contracts now exclude single-use plastic; guidance for events is still being "
         "written.", "A", "No"),
        ("SR2", "Add climate and environment criteria to every procurement over \u00a3100,000", "Head of Procurement",
         "Jun-21", "The criteria have been in the tender templates since June 2021.", "B", "No"),
        ("SR3", "Prepare for separate weekly food waste collections", "Head of Waste and Environmental Services",
         "2023", "Modelling of the collection options is complete; national guidance on funding is awaited.", "A",
         "Yes"),
    ]),
    ("Natural Environment", [
        ("NE1", "Plant 21,000 trees each year under the Tree, Hedgerow and Woodland Strategy",
         "Head of Parks and Countryside", "Annual",
         "More than 23,000 trees were planted in 2021/22 with the help of community volunteers.", "G", "Yes"),
        ("NE2", "Manage road verges and parks for pollinators", "Head of Parks and Countryside", "Ongoing",
         "Wildflower management now covers 40 verges and six parks.", "G", "No"),
        ("NE3", "Complete a natural flood management scheme in one of the Borough's parks", "Flood Risk Manager",
         "Summer 2021", "Scheme completed in August 2021.", "B", "No"),
    ]),
    ("Adaptation", [
        ("AD1", "Deliver the coastal flood alleviation scheme on the west of the peninsula", "Flood Risk Manager",
         "Q2 2022/23", "Work started on site in February 2022 and is on programme.", "G", "Yes"),
        ("AD2", "Complete a climate risk assessment covering all Council services",
         "Environment and Climate Emergency Lead", "Dec-21",
         "A draft assessment has been prepared; service managers have not yet finished reviewing it.", "A", "Yes"),
    ]),
    ("Organisational Change", [
        ("OC1", "Become a bronze accredited Carbon Literate Organisation", "Environment and Climate Emergency Lead",
         "Mar-22", "Bronze accreditation awarded in February 2022; 180 staff and members have been trained.", "B",
         "No"),
        ("OC2", "Include environment and climate implications in every committee report",
         "Director of Law and Governance", "2021",
         "In place for all committee reports since the start of the 2021/22 municipal year.", "B", "No"),
    ]),
]


def _rows():
    rows = []
    for theme, actions in THEMES:
        for k, (ref, action, lead, target, progress, rag, prio) in enumerate(actions):
            first = {"text": theme, "rowspan": len(actions), "bold": True} if k == 0 else None
            rows.append([first, ref, action, lead, target, progress, {"text": "", "fill": _FILL[rag]}, prio])
    rows.append([{"text": "Key:", "bold": True},
                 {"text": "Blue = complete     Green = on track     Amber = some delay, being managed     "
                          "Red = significant delay or not started", "colspan": 7}])
    return rows


def _count(letter):
    return str(sum(1 for _, acts in THEMES for a in acts if a[5] == letter))


PAPER = {
    "stem": "b4_06_wirral_climate_emergency_action_plan",
    "council": "Wirral Borough Council",
    "source": {
        "council": "Wirral Council",
        "kind": "environment and climate emergency action plan, year-end progress tracker (committee appendix)",
        "year": 2022,
        "title": "Climate Emergency Action Plan Progress Report, Environment, Climate Emergency and Transport "
                 "Committee, 20 June 2022 (appendix: action plan progress 2021/22)",
        "url": "https://democracy.wirral.gov.uk/ieIssueDetails.aspx?IId=50049041&PlanId=0&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.0},
    "footer": "Appendix 1 \u2013 Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Wirral Council", "bold": True},
        {"kind": "para", "text": "Environment, Climate Emergency and Transport Committee \u2013 20 June 2022"},
        {"kind": "heading", "text": "Environment and Climate Emergency Action Plan: Year-end Progress 2021/22",
         "level": 2},
        {"kind": "para", "text": "Progress to 31 March 2022", "bold": True},
        {"kind": "para", "text": f"RAG summary:   Blue (complete) {_count('B')}   Green {_count('G')}   "
                                 f"Amber {_count('A')}   Red {_count('R')}   Total {sum(len(a) for _, a in THEMES)}"},
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": _rows()},
    ],
}

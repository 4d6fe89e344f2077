"""Royal Borough of Kensington and Chelsea: Council Plan Action Plan 2025 to 2027, the web guide printed whole
("Delivering our Council Plan commitments" and the four "...: Our Deliverables" pages).

Source: the council's web pages www.rbkc.gov.uk/council-councillors-and-democracy/how-council-works/
council-plan-action-plan-2025-2027/greener-our-deliverables, .../fairer-our-deliverables,
.../caring-and-competent-our-deliverables, .../tracking-and-monitoring-progress (found with the pages search).

Visible in the source: the guide's title, the introduction headed "Delivering our Council Plan commitments", one
page per priority titled "Greener: Our Deliverables", "Fairer: Our Deliverables", "Caring and Competent: Our
Deliverables" (a "Safer" page sits between Greener and Fairer), each a three-column table headed "Action | What we
will do and when | What residents will see", actions numbered through the whole plan with the number in the same
cell as the action ("2. Work towards Net Zero ...", "17. New Homes Programme.", "24. ..."), the "what we will do"
cell as bullet lists with second-level items and dates written into the text ("by Summer 2025", "(July 2025)",
"by the end of 2026"), and that RAG ratings are kept in a separate corporate performance report, not on these
pages. Modelled: the breadcrumb, contents list, "Last updated" line and the browser's print header and footer; the
number of actions (16 here, about 30 in the real plan). Every sentence is our own; sites and figures are invented.

Decisions for the gold:
- action is the "Action" cell without its leading number (action_ref). "What we will do and when" lists the
  deliverables under each action; it has no column of its own in the contract and is not the action.
- There is no date, lead or status column: due_raw/due_date null (dates inside the deliverables text are not a
  target-date cell), lead_officers empty, status unknown. "What residents will see" is an outcome, not progress.
- theme is the page heading above each table ("Greener: Our Deliverables"); Greener, Safer and Fairer ->
  local_priorities_and_outcomes; Caring and Competent (depots, workforce, customer system, budget) ->
  capacity_for_improvement.
- A web guide goes to no meeting: body and meeting_date null; progress_as_of and is_overdue null.
"""

_COLS = ["Action", "What we will do and when", "What residents will see"]
_W = [28, 44, 28]
B = "\u2022 "

THEMES = [
    ("Greener: Our Deliverables", [
        ("1. Keep the borough's streets exceptionally clean and reduce graffiti and fly-tipping.",
         f"{B}Deliver the deep-clean programme in every ward by March 2026.\n"
         f"{B}Remove reported graffiti within two working days.\n"
         f"{B}Extend the street enforcement team's patrols to evenings and weekends (from September 2025).",
         "Cleaner pavements and fewer tags and dumped items on the streets they use every day."),
        ("2. Work towards Net Zero through a programme of retrofit, heat and waste initiatives.",
         f"{B}Retrofit two leisure centres and four schools with heat pumps and insulation.\n"
         "o First school completed by Summer 2025.\n"
         f"{B}Offer a food waste collection to every property by the end of 2026.\n"
         f"{B}Install 1,000 electric vehicle charge points by March 2026.",
         f"{B}Council buildings that use less energy.\n{B}Food waste collected from their door.\n"
         f"{B}A charge point within a short walk of home."),
        ("3. Improve our parks and open spaces.",
         "Deliver five park improvement schemes each year, starting with new play equipment and planting in two "
         "parks in the north of the borough (2025/26).",
         "Better play areas, planting and seating in local parks."),
        ("4. Create a new public space in Chelsea Riverside.",
         f"{B}Complete the design of the riverside space with residents by December 2025.\n"
         f"{B}Start works on site in 2026.",
         "A new green space by the river that is open to everyone."),
    ]),
    ("Safer: Our Deliverables", [
        ("5. Make our estates safer through the fire safety and building safety programme.",
         f"{B}Complete the remaining fire door replacements in high-rise blocks by October 2025.\n"
         f"{B}Publish a building safety case for every higher-risk building.",
         "Safer homes and clear information about the safety of their building."),
        ("6. Reduce anti-social behaviour in hotspot areas, working with the police and partners.",
         f"{B}Set up a joint problem-solving group for each hotspot (July 2025).\n"
         f"{B}Extend CCTV coverage on two busy high streets.",
         "Fewer incidents, and quicker action when they report a problem."),
        ("7. Tackle violence against women and girls.",
         "Train staff in licensed premises to recognise and respond to harassment, and fund specialist "
         "advocates (2025/26).",
         "Safer nights out and support that is easy to find."),
        ("8. Keep children and young people safe from exploitation.",
         f"{B}Open a second youth hub in the north of the borough by Spring 2026.\n"
         f"{B}Grow the detached youth work team.",
         "More places for young people to go and trusted adults to talk to."),
    ]),
    ("Fairer: Our Deliverables", [
        ("9. New Homes Programme.",
         f"{B}Build 600 new homes, at least 300 of them for social rent.\n"
         f"{B}Complete the next two schemes:\n"
         "o Garage site, North Kensington \u2013 November 2025 (14 homes)\n"
         "o Former depot, Chelsea \u2013 June 2026 (60 homes)",
         f"{B}More genuinely affordable homes for local families.\n"
         f"{B}New homes built to high environmental standards."),
        ("10. Support residents through the rising cost of living.",
         f"{B}Run the Cost of Living Fund for 2025/26.\n"
         f"{B}Hold advice sessions in every library and community centre each month.",
         "Help with bills and benefits close to home."),
        ("11. Help more residents into good jobs.",
         "Set up a network of local employers and Council contractors by Autumn 2025 and share their vacancies "
         "with employment support providers.",
         "More local jobs and work placements, with support to apply for them."),
        ("12. Review Council-owned sites to improve our adult social care accommodation.",
         "Find a new location for the learning disability day centre and bring forward plans for extra care homes "
         "(by March 2026).",
         "Modern day services and more specialist homes within the borough."),
    ]),
    ("Caring and Competent: Our Deliverables", [
        ("13. Agree the future of our key operational sites.",
         f"{B}Decide the future of the waste depot by Summer 2025.\n"
         f"{B}Hand back a cleaned-up depot site by early 2027.",
         "Waste, recycling and street cleaning services that carry on without disruption."),
        ("14. Strengthen how we manage our workforce.",
         f"{B}Use the new HR and finance system to improve our workforce data (July 2025).\n"
         f"{B}Refresh the learning offer for line managers (March 2026).",
         "A well-run Council that keeps its staffing costs under control."),
        ("15. Launch ResidentConnect, our new customer system.",
         f"{B}Phase 1 (parking permits and payments) live by May 2025.\n"
         f"{B}Phase 2 (accessible transport and the MyRBKC account) live by September 2025.",
         "More services they can use online, at any time of day."),
        ("16. Set a balanced budget and deliver the savings programme.",
         "Agree savings proposals for 2026/27 through the Medium Term Financial Strategy (February 2026).",
         "Council Tax kept low while front-line services are protected."),
    ]),
]


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": [list(r) for r in rows]}


_blocks = [
    {"kind": "para", "text": "Home > Council, councillors and democracy > How the council works > Council Plan Action "
                             "Plan 2025 to 2027"},
    {"kind": "heading", "text": "Council Plan Action Plan 2025 to 2027", "level": 1},
    {"kind": "para", "text": "Contents", "bold": True},
    {"kind": "list", "numbered": True, "items": [
        "Delivering our Council Plan commitments", "Greener: Our Deliverables", "Safer: Our Deliverables",
        "Fairer: Our Deliverables", "Caring and Competent: Our Deliverables", "Tracking and Monitoring Progress"]},
    {"kind": "heading", "text": "Delivering our Council Plan commitments", "level": 2},
    {"kind": "para", "text": "In 2023 we published a Council Plan built around two asks: that we become the best "
                             "council we can be, and that we make the borough greener, safer and fairer. Two years "
                             "on, we are halfway through the plan."},
    {"kind": "para", "text": "This action plan sets out what we will deliver in the two years that remain. It does not "
                             "list everything the Council does. It picks out the work we think will make the most "
                             "difference to the people who live here, at a time when our finances are under more "
                             "pressure than ever."},
    {"kind": "para", "text": "Each action below is numbered. For each one we say what we will do and when, and what "
                             "residents should see as a result."},
]
for _title, _rows in THEMES:
    _blocks += [{"kind": "heading", "text": _title, "level": 2}, _table(_rows)]
_blocks += [
    {"kind": "heading", "text": "Tracking and Monitoring Progress", "level": 2},
    {"kind": "para", "text": "We check progress on every action using a red, amber and green rating. The ratings, "
                             "with the latest results for our performance measures, appear in the Corporate "
                             "Performance report, which goes to the Overview and Scrutiny Committee every six "
                             "months and to our performance dashboard every quarter."},
    {"kind": "para", "text": "Last updated: 16 June 2025"},
]

PAPER = {
    "stem": "b4_03_kensington_chelsea_council_plan_deliverables",
    "council": "Royal Borough of Kensington and Chelsea",
    "source": {
        "council": "Royal Borough of Kensington and Chelsea",
        "kind": "council plan action plan (web guide: deliverables by priority)",
        "year": 2025,
        "title": "Council Plan Action Plan 2025 to 2027: Greener / Safer / Fairer / Caring and Competent: Our "
                 "Deliverables",
        "url": "https://www.rbkc.gov.uk/council-councillors-and-democracy/how-council-works/"
               "council-plan-action-plan-2025-2027/greener-our-deliverables",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "text"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 1.5},
    "header": "Council Plan Action Plan 2025 to 2027 | The Royal Borough of Kensington and Chelsea",
    "footer": "https://www.rbkc.gov.uk/council-plan-action-plan-2025-2027/print-entire-guide          {page}/{pages}",
    "blocks": _blocks,
}

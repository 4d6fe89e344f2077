"""West Devon Borough Council, Draft Recovery Plan, September 2020 (Covid-19 recovery; for the Hub Committee).

Copies the printed structure of the real plan as a text extract shows it (docslib.org/doc/1083564, "Theme 1:
Businesses and Economy"): the title line, a timescale key ("Short Term - By 31 March 2021; Medium Term - by May
2023; Longer term - beyond May 2023"), then one table per numbered theme under a "Theme N: ..." heading and a
"Hub Lead: Cllr ..." line. Each table has an unheaded first column holding an outcome ("Ensuring that we support
the skills and training needs of local businesses") merged down over its actions, then "Action" (numbered 1.1,
1.2 ... at the start of the cell), "What are we (or partners) already doing / proposing to do", "Proposed way
forward for WDBC", "Timescales" (the key's words, not dates) and "Responsible - Team/Group /Strategy" (teams and
strategies, not posts). Some actions run over several rows lettered a), b), c), each with its own way forward,
timescale and team, while the Action cell is merged down over them. All of that is visible in the source;
the wording of every cell, the later themes and the names are our own (the real plan continues past Theme 1).
The plan is an appendix on its own: it names no meeting or meeting date. The title is printed on two lines
(council, then plan title) where the real one runs them together with a dash.

Decisions for the gold (the contract leaves these open):
- One action per numbered Action cell; its a)/b)/c) rows are milestone rows: due_raw joins their timescales
  with " / ", due_date is the latest, lead_officers lists their teams in order without repeats, and the
  "already doing" column (the progress) joins the rows' text with "; ".
- Timescales are read through the plan's own key: "Short term" -> 2021-03-31 (day), "Medium term" -> 2023-05-31
  (month); "Longer term - beyond May 2023" is not a deadline -> due_date null.
- The outcome in the first column is area_for_improvement; the "Theme N: ..." heading is the theme. Theme 4
  ("Our Council") names no CPC component, so theme_category comes from the outcome.
- "Proposed way forward for WDBC" is neither action nor progress (there is an Action column).
- No status anywhere: status unknown. No meeting date and no "as at" date: progress_as_of and is_overdue null;
  body and meeting_date unscored.
"""

COLS = ["", "Action", "What are we (or partners) already doing / proposing to do", "Proposed way forward for WDBC",
        "Timescales", "Responsible \u2013 Team/Group /Strategy"]
WIDTHS = [14, 19, 24, 21, 8, 14]


def out(text, rows):
    return {"text": text, "rowspan": rows}


def table(rows):
    return {"kind": "table", "columns": COLS, "widths": WIDTHS, "repeat_header": True, "rows": rows}


PAPER = {
    "stem": "b3_11_west_devon_recovery_plan",
    "council": "West Devon Borough Council",
    "source": {
        "council": "West Devon Borough Council",
        "kind": "draft recovery plan (themes, outcomes, numbered actions with lettered sub-rows)",
        "year": 2020,
        "title": "West Devon Borough Council - Draft Recovery Plan September 2020 (Theme 1: Businesses and Economy ...)",
        "url": "https://docslib.org/doc/1083564/theme-1-businesses-and-economy",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "text"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "West Devon Borough Council", "bold": True},
        {"kind": "heading", "text": "Draft Recovery Plan September 2020", "level": 1},
        {"kind": "para", "text": "Short Term \u2013 By 31 March 2021"},
        {"kind": "para", "text": "Medium Term \u2013 by May 2023"},
        {"kind": "para", "text": "Longer term \u2013 beyond May 2023"},
        {"kind": "heading", "text": "Theme 1: Businesses and Economy", "level": 2},
        {"kind": "para", "text": "Hub Lead: Cllr Rachel Penhale", "bold": True},
        table([
            [out("Ensuring that we support the skills and training needs of local businesses", 5),
             "1.1 Consider what role the Council can play in business support (including more pop-up business "
             "schools)",
             "Online pop-up business school training has been delivered",
             "Draw up a plan for future training and encourage businesses to share good practice", "Short term",
             "Business Forums"],
            [None,
             "1.2 Look at opportunities for local Enterprise Hubs to help businesses share good practice and "
             "network",
             "a) Team Devon is looking to extend the Devon Work Hubs programme, with \u00a31m secured to build on the "
             "existing network and help rural communities and small towns grow their own local provision",
             "Work with Team Devon and the Heart of the South West LEP so that West Devon benefits from the Work "
             "Hub programme", "Medium term", "Business Forums"],
            [None, out("1.3 Develop a strategy to help businesses adapt their skills for the future", 3),
             "a) Team Devon will take on extra staff to help agriculture, food and drink producers diversify and "
             "reach new markets, and will seek a further \u00a31m to help reskill people leaving tourism, retail and "
             "other hard-hit sectors",
             "Keep track, through our Team Devon links, that local businesses benefit from the support available",
             "Medium term", "Recovery Management Team"],
            [None, None,
             "b) Team Devon will set up a grant scheme for projects that lengthen the tourism season and "
             "strengthen local supply chains",
             "Promote the scheme and support applications from businesses in West Devon", "Short term",
             "Recovery Management Team"],
            [None, None,
             "c) Team Devon will look to make the most of Devon's sustainable farming and food sector",
             "Explore how our planning policies can support farm diversification", "Medium term",
             "Development Management"],
            [out("Supporting our town centres to recover", 2),
             "1.4 Use the Reopening High Streets Safely Fund to help town centres trade safely",
             "Signs, floor markings and hand sanitiser stations have been provided in Tavistock and Okehampton",
             "Agree with the town councils how the rest of the fund is spent", "Short term", "Economy Team"],
            [None,
             "1.5 Review car parking charges to encourage people back into our town centres",
             "Free parking was offered on Saturdays in August",
             "Bring options for a Christmas parking offer to the Hub Committee", "Short term",
             "Car Parks Team / Finance Community of Practice"],
        ]),
        {"kind": "heading", "text": "Theme 2: Communities and Wellbeing", "level": 2},
        {"kind": "para", "text": "Hub Lead: Cllr Tom Lavers", "bold": True},
        table([
            [out("Making sure vulnerable residents continue to get the help they need", 3),
             out("2.1 Keep working with the voluntary sector to support people who are shielding or "
                 "self-isolating", 2),
             "a) The Community Hub took more than 1,900 calls between March and July",
             "Keep the hub ready to step up again if local restrictions return", "Short term", "Localities Team"],
            [None, None,
             "b) Food parcels and prescription deliveries were arranged with local volunteer groups",
             "Agree a standing arrangement with the volunteer groups", "Short term", "Localities Team"],
            [None,
             "2.2 Prevent homelessness when the pause on evictions ends",
             "Private landlords have been contacted about tenants who are behind with their rent",
             "Expand the tenancy sustainment service and the rent deposit scheme", "Medium term",
             "Housing Advice Team"],
            [out("Helping communities to stay active and connected", 1),
             "2.3 Support the safe reopening of leisure centres and community buildings",
             "Leisure centres reopened in August under the operator's Covid-secure plan",
             "Agree a recovery plan for membership numbers and the leisure contract with the operator",
             "Longer term", "Leisure Client Team"],
        ]),
        {"kind": "heading", "text": "Theme 3: Environment", "level": 2},
        {"kind": "para", "text": "Hub Lead: Cllr Ann Fernley", "bold": True},
        table([
            [out("Building on the fall in travel and emissions during lockdown", 2),
             "3.1 Encourage more walking and cycling in and between our towns",
             "Devon County Council has put in temporary cycle lanes and wider pavements",
             "Press for the temporary schemes to be made permanent where they work", "Medium term",
             "Climate Change and Biodiversity Strategy"],
            [None,
             "3.2 Keep more staff working from home to cut commuting",
             "Most office staff have worked from home since March",
             "Review how much office space is needed at Kilworthy Park", "Short term", "Senior Leadership Team"],
            [out("Keeping waste and recycling services running", 2),
             out("3.3 Restore the full recycling service and promote recycling", 2),
             "a) Garden waste collections were suspended in April and restarted in June",
             "Run a campaign to lift the recycling rate back above 50%", "Short term", "Waste Team"],
            [None, None,
             "b) The contractor is recruiting extra drivers",
             "Check the contractor's staffing levels each month", "Short term", "Waste Team"],
        ]),
        {"kind": "heading", "text": "Theme 4: Our Council", "level": 2},
        {"kind": "para", "text": "Hub Lead: Cllr Chris Edmonds", "bold": True},
        table([
            [out("Keeping the Council financially sustainable", 2),
             "4.1 Update the Medium Term Financial Strategy for the cost of Covid-19 and the income lost",
             "Government grants of \u00a31.1m have been received towards Covid-19 costs",
             "Take the updated Strategy to the Hub Committee", "Short term", "Finance Community of Practice"],
            [None,
             "4.2 Lobby the Government for fair funding for rural councils",
             "The Council has joined the Rural Services Network campaign",
             "Keep making the case with our local MPs", "Longer term", "Leader and Chief Executive"],
            [out("Making the most of new ways of working", 1),
             "4.3 Learn from the move to remote working and keep what has worked well",
             "Staff and councillor surveys on remote working were carried out in July",
             "Use the results to shape the Council's future working arrangements", "Medium term",
             "Senior Leadership Team"],
        ]),
    ],
}

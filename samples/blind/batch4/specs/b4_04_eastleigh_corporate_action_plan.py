"""Eastleigh Borough Council: Corporate Action Plan 2020/2021 (the published plan; the Policy and Performance
Scrutiny Panel commented on the revised plan for 2020/21).

Source: "Corporate Action Plan - Eastleigh Borough Council GREENER BOROUGH HOUSING ECONOMY HEALTH AND WELLBEING"
(readkong.com/page/corporate-action-plan-eastleigh-borough-council-greener-3470450), the 2019/2020 edition
(vdocument.in, "Corporate Action Plan - Borough of Eastleigh"), and the scrutiny panel item
(meetings.eastleigh.gov.uk/mgAi.aspx?ID=47703), found with the pages search.

Visible in the source: the cover ("Eastleigh Borough Council / Corporate Action Plan 2020/2021" and the four
priority names GREENER BOROUGH, HOUSING, ECONOMY, HEALTH AND WELLBEING), each section opening with the portfolio
holder's name and title ("Councillor ... Environment Portfolio Holder") and an introduction that begins with the
portfolio's name and a colon ("Environment: Climate breakdown ..."), then a three-column table headed "Action |
Measure | Milestones" with no numbers, leads or status, the milestones written as "Launch of tree planting September
2020", "Consultation completed by end 2020", "Throughout 2020/21", "As set out in the Plan", and the running
footer "2 | Corporate Action Plan ...". Modelled: the introduction page, one portfolio holder per priority, the
rows of the later sections. Every sentence is our own; the councillors' names are invented.

Decisions for the gold:
- No action numbers are printed: action_ref is "1", "2", ... restarting in each table (as in earlier samples).
- theme is the priority heading above each section ("GREENER BOROUGH"), as printed in capitals; the portfolio
  holder line and the "Environment:" lead-in are not headings. All four priorities ->
  local_priorities_and_outcomes.
- lead_officers is empty: the portfolio holder introduces the section but the table names no lead for any action.
- due_raw is the Milestones cell. "As set out in the Plan" has no date (null). "Throughout 2020/21" ->
  2021-03-31 financial_year. "by end 2020" -> 2020-12-31 year. "Draft for consultation October 2020; adoption
  February 2021" -> the latest, 2021-02-28. "Pilot from September 2020" is a start, not a deadline -> null.
  "Ongoing", "Quarterly", "Annual" -> recurrence with no date. The "Measure" column is neither progress nor a date
  (its "by 2030" / "by March 2021" are targets of the measure, not the milestone).
- A standalone published plan: body and meeting_date null; progress_as_of and is_overdue null; status unknown.
"""

_COLS = ["Action", "Measure", "Milestones"]
_W = [40, 30, 30]

SECTIONS = [
    ("GREENER BOROUGH", "Councillor Helena Marchetti", "Environment Portfolio Holder",
     "Environment: The climate emergency and the harm being done to the natural environment are among the greatest "
     "long-term threats to the people and businesses of the Borough. In November 2019 the Council agreed its Climate "
     "and Environmental Strategy and an Interim Action Plan. This plan carries forward the work that supports them: "
     "an excellent environment for all, more green infrastructure, and less waste with more of our resources reused. "
     "We will build these aims into the Borough's recovery from the COVID-19 pandemic.", [
         ("Carry out the actions agreed in the Climate and Environment Action Plan",
          "Each activity delivered by its deadline, including the Council's 2025 carbon target",
          "As set out in the Plan"),
         ("Reduce the energy used in the Council's own buildings", "Energy cost and CO2 down by 5% a year",
          "Throughout 2020/21"),
         ("Launch a tree planting programme under the new Tree Strategy", "160,000 new trees planted by 2030",
          "Planting programme launched September 2020"),
         ("Prepare a Biodiversity Strategy with a Supplementary Planning Document and action plan",
          "Strategy and SPD adopted by March 2021", "Consultation completed by end 2020"),
         ("Draw up a Pollution Strategy covering noise, dust and land quality",
          "Strategy in place; air quality improves", "Draft strategy by December 2020"),
         ("Improve the waste and recycling service through route modelling and trials",
          "Recycling rate up 1% a year, reaching 45% by 2025", "Trial of new collection methods by Spring 2021"),
         ("Extend the cycle network in line with the cycling and walking infrastructure plan",
          "Length of new cycle route opened", "Two new routes open by Summer 2021"),
         ("Install electric vehicle charging points in Council car parks", "Number of charge points in use",
          "Quarterly"),
     ]),
    ("HOUSING", "Councillor Priya Deshmukh", "Housing Portfolio Holder",
     "Housing: A decent, affordable home is the foundation of a good life. Demand for affordable homes in the Borough "
     "is high and the pandemic has made the position of many households less secure. The Council will keep building "
     "homes itself and with its partners, and will do more to prevent homelessness.", [
         ("Deliver new affordable homes through the Council's own building programme and with partners",
          "Number of affordable homes completed", "200 homes completed by March 2021"),
         ("Adopt a new Housing Strategy for the Borough", "Strategy adopted",
          "Draft for consultation October 2020; adoption February 2021"),
         ("Reduce the use of bed and breakfast accommodation for homeless households",
          "No family in bed and breakfast for more than six weeks", "Ongoing"),
         ("Register the Council as a provider of social housing", "Registration achieved", "2020/21"),
     ]),
    ("ECONOMY", "Councillor Daniel Okafor", "Skills and Business Portfolio Holder",
     "Economy: Local businesses have been hit hard by the pandemic. Unemployment in the Borough has been low, but we "
     "need more well-paid jobs and better skills. The Council will help businesses through the recovery and keep "
     "investing in the town and district centres.", [
         ("Help businesses recover from the COVID-19 pandemic with grants and advice",
          "Grants paid within ten working days of a complete application", "Throughout 2020/21"),
         ("Bring forward the regeneration of Eastleigh town centre", "Masterplan agreed",
          "Masterplan consultation by Q4 2020/21"),
         ("Open new start-up workspace in the town centre", "Occupancy of the units", "Opening December 2020"),
         ("Run an employment and skills programme with local colleges",
          "Number of residents helped into work or training", "Annual"),
     ]),
    ("HEALTH AND WELLBEING", "Councillor Margaret Ellison", "Health and Social Policy Portfolio Holder",
     "Health and wellbeing: The gap in life expectancy across the Borough is narrowing, but pockets of loneliness, "
     "deprivation and poor mental health remain, and the pandemic has deepened some of them. The Council will work "
     "with the NHS and the voluntary sector to support the residents who need it most.", [
         ("Support residents who are shielding or isolated through the community response hub",
          "Every request for help answered within 24 hours", "Ongoing"),
         ("Open the new sports and leisure hub", "Number of visits a year", "Opening Summer 2021"),
         ("Agree a Health and Wellbeing Plan with partners", "Plan agreed", "January 2021"),
         ("Improve access to mental health support with voluntary sector partners", "Number of people supported",
          "Pilot from September 2020"),
     ]),
]

_blocks = [
    {"kind": "para", "text": "Eastleigh Borough Council", "bold": True},
    {"kind": "heading", "text": "Corporate Action Plan 2020/2021", "level": 1},
    {"kind": "para", "text": "GREENER BOROUGH          HOUSING          ECONOMY          HEALTH AND WELLBEING",
     "bold": True},
    {"kind": "page_break"},
    {"kind": "heading", "text": "Introduction", "level": 2},
    {"kind": "para", "text": "The Council keeps delivering good services and projects for residents despite tight "
                             "finances and constant change locally, regionally and nationally. This year the COVID-19 "
                             "pandemic has changed the way we work and the needs of the people we serve."},
    {"kind": "para", "text": "The Corporate Action Plan turns the priorities of the Corporate Plan into actions for the "
                             "year, grouped under our four themes. For each action it shows how we will measure "
                             "success and the milestones we expect to reach. Progress is reported to the Policy and "
                             "Performance Scrutiny Panel and to Cabinet during the year."},
    {"kind": "para", "text": "Councillor Robert Hastings, Leader of the Council"},
]
for _theme, _name, _role, _intro, _rows in SECTIONS:
    _blocks += [
        {"kind": "page_break"},
        {"kind": "heading", "text": _theme, "level": 1},
        {"kind": "para", "text": _name, "bold": True},
        {"kind": "para", "text": _role},
        {"kind": "para", "text": _intro},
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": [list(r) for r in _rows]},
    ]

PAPER = {
    "stem": "b4_04_eastleigh_corporate_action_plan",
    "council": "Eastleigh Borough Council",
    "source": {
        "council": "Eastleigh Borough Council",
        "kind": "corporate action plan (annual, by priority theme; action, measure, milestones)",
        "year": 2020,
        "title": "Eastleigh Borough Council Corporate Action Plan 2020/2021 (Greener Borough, Housing, Economy, "
                 "Health and Wellbeing)",
        "url": "https://readkong.com/page/corporate-action-plan-eastleigh-borough-council-greener-3470450",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 1.8},
    "footer": "{page} | Corporate Action Plan 2020/2021",
    "blocks": _blocks,
}

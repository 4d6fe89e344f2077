"""Buckinghamshire Council: Homelessness and Rough Sleeping Strategy 2022 to 2025, section "6. Action plan" (web
page on buckinghamshire.gov.uk; plan only, no progress).

Source: the council's web pages of the strategy (buckinghamshire.gov.uk/housing-and-benefits/housing/housing-
strategies/homelessness-and-rough-sleeping-strategy-2022-to-2025/6-action-plan/ and the strategy's other sections),
the consultation page (yourvoicebucks.citizenspace.com) and the Cabinet item (buckinghamshire.moderngov.co.uk/
mgAi.aspx?ID=11713), found with the pages search. Visible: the page title and the "6. Action plan" section heading;
the introduction (collaborative delivery with partners; a flexible action plan more detailed for year one and
indicative after; Year 1 (2022 to 23) Consolidation, Year 2 (2023 to 24) Foundation, Year 3 (2024 to 25)
Innovate, shown as a bulleted list); "the following high level action plan is split into priority areas with each
specific action linked to Year 1, 2 or 3 for delivery"; the five priorities (advice to stay at home; early
identification and prevention; rehousing quickly; preventing rough sleeping; maximising the supply of affordable
rented homes). Modelled: the page furniture (breadcrumb, contents of the strategy's sections, "Print this page"),
one table per priority under its heading, the columns (Action / Year for delivery / Lead / Key partners), each
action cell opening with its number, the year cells written with their financial year, and all actions. Every
sentence is our own.

Decisions for the gold:
- doc_kind action_plan; body and meeting_date not printed (unscored; the strategy went to Cabinet and Council but
  the page names no meeting). report_title "Homelessness and Rough Sleeping Strategy 2022 to 2025" (the page's
  title; "6. Action plan" is the section).
- theme from the priority heading above each table, kept as printed ("Priority 1: Advice, information and
  support"); theme_category local_priorities_and_outcomes throughout (housing).
- action_ref from the number opening the Action cell ("1.1"); action is the rest of the cell.
- "Year 1 (2022 to 23)" -> financial year 2022/23 -> 2023-03-31, due_precision financial_year (the "2022 to 23"
  form is a financial year written the gov.uk way). "Year 1 (2022 to 23) and ongoing" -> 2023-03-31 plus recurrence
  ongoing. "Ongoing" -> recurrence only.
- No status, no progress: status unknown, status_raw null, progress null, progress_as_of null, is_overdue null.
- lead_officers from the Lead column (posts, split on "/"); the Key partners column (organisations that help) is no
  contract field.
"""

Y1, Y2, Y3 = "Year 1 (2022 to 23)", "Year 2 (2023 to 24)", "Year 3 (2024 to 25)"
HPM = "Homelessness Prevention Manager"
HOH = "Head of Housing"
RSC = "Rough Sleeping Co-ordinator"
HOTL = "Housing Options Team Leader"
ESM = "Enabling and Strategy Manager"

PRIORITIES = [
    ("Priority 1: Advice, information and support",
     "To give advice, information and support on housing so that people at risk of homelessness can stay in "
     "their home where it is right for them, or plan a move.", [
        ("1.1", "Publish clear self-help information on the council's website for tenants, home owners and "
                "people asked to leave by family", Y1, HPM, "Citizens Advice"),
        ("1.2", "Offer the same housing advice service in every part of Buckinghamshire, by phone, online and "
                "face to face", Y1, HOTL, "Community boards"),
        ("1.3", "Train front-line staff in other council services to spot housing problems and refer early", Y2,
         HPM, "Adult social care; children's services"),
        ("1.4", "Provide money and debt advice to households with rent arrears, with a fund to clear small "
                "debts", Y1 + " and ongoing", HPM + " / Financial Inclusion Officer",
         "Citizens Advice; housing associations"),
    ]),
    ("Priority 2: Early identification and prevention",
     "To find people at risk of homelessness as early as possible and act before they lose their home.", [
        ("2.1", "Agree a protocol with housing associations so that tenants at risk of eviction are referred to us "
                "at least eight weeks before action is taken", Y1, HOH, "Housing associations"),
        ("2.2", "Work with private landlords to resolve problems before a notice is served, including a landlord "
                "helpline", Y2, HOTL + " / Private Sector Housing Manager", "Landlord associations"),
        ("2.3", "Develop a joint protocol with children's services for 16 and 17 year olds at risk of "
                "homelessness", Y1, HOH + " / Head of Children's Social Care", "Youth services"),
        ("2.4", "Make sure victims of domestic abuse can get safe accommodation and specialist support quickly",
         "Ongoing", HPM + " / Domestic Abuse Co-ordinator", "Thames Valley Police; refuge providers"),
    ]),
    ("Priority 3: Finding a new home quickly",
     "Where a household does become homeless, to help them find suitable accommodation as quickly as possible.", [
        ("3.1", "Bring the allocation of temporary accommodation under one team and one set of rules across the "
                "county", Y1, HOH, ""),
        ("3.2", "End the use of bed and breakfast for families except in an emergency, and then for no longer "
                "than six weeks", Y2, HOH, "Housing associations"),
        ("3.3", "Set up a private rented sector access scheme offering landlords a deposit guarantee and tenancy "
                "support", Y2, HOTL, "Landlord associations"),
        ("3.4", "Review the Housing Allocations Policy so that it helps households move on from temporary "
                "accommodation", Y3, ESM + " / " + HOH, "Housing associations"),
    ]),
    ("Priority 4: Preventing rough sleeping",
     "To prevent anyone from having to sleep rough.", [
        ("4.1", "Keep an outreach service across the county that finds and engages people sleeping rough within "
                "24 hours of a report", "Ongoing", RSC, "Outreach provider; Thames Valley Police"),
        ("4.2", "Open a year-round assessment hub with short-stay beds for people who are or may be sleeping "
                "rough", Y2, RSC + " / " + HOH, "Supported housing providers"),
        ("4.3", "Provide Housing First tenancies for people with complex needs who have slept rough for a long "
                "time", Y3, RSC, "Mental health trust; substance misuse service"),
        ("4.4", "Agree hospital and prison discharge pathways so that nobody leaves with nowhere to go", Y2,
         HPM, "NHS trusts; Probation Service"),
    ]),
    ("Priority 5: More affordable homes to rent",
     "To increase the supply of affordable rented accommodation.", [
        ("5.1", "Secure the affordable homes required by planning policy on new developments, with a focus on "
                "social rent", "Ongoing", ESM, "Developers; housing associations"),
        ("5.2", "Buy and lease homes to use as good-quality temporary accommodation instead of nightly-paid "
                "rooms", Y1, HOH, "Property services"),
        ("5.3", "Bring empty homes back into use, with loans and grants for owners who let them to households "
                "we nominate", Y3, "Private Sector Housing Manager", "Owners of empty homes"),
    ]),
]


def _tables():
    blocks = []
    for heading, intro, acts in PRIORITIES:
        blocks.append({"kind": "heading", "text": heading, "level": 3})
        blocks.append({"kind": "para", "text": intro})
        blocks.append({"kind": "table", "columns": ["Action", "Year for delivery", "Lead", "Key partners"],
                       "widths": [46, 15, 21, 18], "repeat_header": True,
                       "rows": [[f"{ref} {text}", year, lead, partners] for ref, text, year, lead, partners in acts]})
    return blocks


PAPER = {
    "stem": "b7_03_buckinghamshire_homelessness_action_plan",
    "council": "Buckinghamshire Council",
    "source": {
        "council": "Buckinghamshire Council",
        "kind": "homelessness and rough sleeping strategy action plan (web page, plan only)",
        "year": 2022,
        "title": "Homelessness and Rough Sleeping Strategy 2022 to 2025, 6. Action plan",
        "url": "https://www.buckinghamshire.gov.uk/housing-and-benefits/housing/housing-strategies/"
               "homelessness-and-rough-sleeping-strategy-2022-to-2025/6-action-plan/",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 10, "margin_cm": 1.6},
    "blocks": [
        {"kind": "para", "text": "Home > Housing and benefits > Housing > Housing strategies"},
        {"kind": "heading", "text": "Homelessness and Rough Sleeping Strategy 2022 to 2025", "level": 1},
        {"kind": "list", "numbered": False, "items": [
            "1. Introduction", "2. Key challenges", "3. Our priorities", "4. What we have achieved",
            "5. How we will measure progress", "6. Action plan"]},
        {"kind": "heading", "text": "6. Action plan", "level": 2},
        {"kind": "para", "text": "The strategy will only be delivered by the council and its partners working "
                                 "together. We will keep building on the partnerships we already have to help "
                                 "people stay in their homes or find a settled, affordable home."},
        {"kind": "para", "text": "The action plan is flexible so that it can respond to new needs, trends and "
                                 "changes in policy. It is more detailed for the first year and indicative for the "
                                 "two years after. Year 1 is about consolidation: making sure services are the "
                                 "same across the whole council area while staying sensitive to local needs. "
                                 "Year 2 lays the foundations for joint working, and in Year 3 we will innovate."},
        {"kind": "list", "numbered": False, "items": [
            "year 1 (2022 to 23) \u2013 Consolidation", "year 2 (2023 to 24) \u2013 Foundation",
            "year 3 (2024 to 25) \u2013 Innovate"]},
        {"kind": "para", "text": "The high level action plan below is split into our five priorities. Each action "
                                 "is linked to the year in which we expect to deliver it."},
    ] + _tables() + [
        {"kind": "para", "text": "Print this page"},
        {"kind": "para", "text": "Previous: 5. How we will measure progress"},
    ],
}

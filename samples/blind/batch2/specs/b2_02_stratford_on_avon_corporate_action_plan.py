"""Stratford-on-Avon District Council, Corporate Strategic Action Plan, Quarter 2 (April-September 2016).

Copies the printed structure of the real quarterly plan: a title and the quarter above one table,
columns Priorities | Year 2 (2016/17) Task | Quarter2 Performance Target | Status | Quarter 2 Update,
"Key Objective N: ..." banner rows across the table, a Priorities cell merged down over the tasks that
serve it, no action numbers and no lead officers, performance targets that are sometimes a date and
sometimes a measure, status words On target / Off target / Achieved / n/a, and a proposed new target
written into the update. Every sentence is our own.
"""

PAPER = {
    "stem": "b2_02_stratford_on_avon_corporate_action_plan",
    "council": "Stratford-on-Avon District Council",
    "source": {
        "council": "Stratford-on-Avon District Council",
        "kind": "corporate plan delivery (corporate strategic action plan, quarterly)",
        "year": 2016,
        "title": "Corporate Strategic Action Plan, Quarter 2 (April-September 2016)",
        "url": "https://docest.com/doc/486010/corporate-strategic-action-plan",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9},
    "blocks": [
        {"kind": "heading", "text": "Corporate Strategic Action Plan", "level": 1},
        {"kind": "para", "text": "Quarter 2 (April-September 2016)", "bold": True},
        {
            "kind": "table",
            "columns": ["Priorities", "Year 2 (2016/17) Task", "Quarter2 Performance\nTarget", "Status",
                        "Quarter 2 Update"],
            "widths": [26, 24, 15, 9, 26],
            "repeat_header": True,
            "rows": [
                {"banner": "Key Objective 1: A flourishing local economy"},
                [{"text": "Work with the Local Enterprise Partnership to shape its plans and priorities, and make "
                          "the most of national funding such as the City Deal and the Regional Growth Fund to "
                          "create business opportunities in our area", "rowspan": 2},
                 "Deliver the Warwickshire Growth Plan",
                 "Funding secured for Growth Plan",
                 "On target",
                 "The projects now sit within the Local Enterprise Partnership's Strategic Economic Plan."],
                [None,
                 "Use our influence with the Local Enterprise Partnership to win growth bids for the SDC area",
                 "120 engagements with businesses & 40 business assists",
                 "On target",
                 "So far 231 businesses have been engaged, 9 new jobs created and 4 direct business-to-business "
                 "opportunities enabled."],
                [{"text": "Make sure, with our partners, that new development brings the schools and transport "
                          "infrastructure local residents need, especially people of working age", "rowspan": 3},
                 "Introduce the Community Infrastructure Levy (CIL) arrangements",
                 "Approval of arrangements in July 2016",
                 "Off target",
                 "At the Examination in Public the inspector asked for more evidence on the charging "
                 "arrangements, which pushes approval back to February 2017 at the earliest. PROPOSED NEW "
                 "TARGET \u2013 April 2017 (Year 3 Action)"],
                [None,
                 "Contribute to the development of the County Transport Plan",
                 "March 2017 (WCC lead agency)",
                 "n/a",
                 ""],
                [None,
                 "Complete the Infrastructure Delivery Plan",
                 "June 2016",
                 "Off target",
                 "Consultants have been commissioned to prepare the plan, which is now expected by the end of "
                 "March 2017."],
                [{"text": "Encourage new small businesses across the District with focused initiatives such as "
                          "business incubation units", "rowspan": 2},
                 "Review how Venture House has been implemented",
                 "September 2016",
                 "Off target",
                 "The review will take place once the building has been open for twelve months."],
                [None,
                 "Look at the evidence for possible new locations in future years",
                 "March 2017",
                 "On target",
                 "Early work on the evidence base has begun."],
                ["Get the most from the local tourism industry, including support for the Destination "
                 "Management Organisation, Shakespeare's England",
                 "Commission an economic impact assessment of tourism for the SDC area",
                 "December 2016",
                 "On target",
                 "The brief has been agreed with Shakespeare's England."],
                {"banner": "Key Objective 2: Thriving and involved communities"},
                [{"text": "Support communities across the Stratford-on-Avon District to plan for their own future "
                          "through neighbourhood plans", "rowspan": 2},
                 "Help parish councils prepare neighbourhood development plans",
                 "Four plans through referendum",
                 "On target",
                 "Two plans have passed referendum and two more are at examination."],
                [None,
                 "Publish updated guidance for neighbourhood planning groups",
                 "Q3 2016/17",
                 "Achieved",
                 "The guidance was published on the Council's website in August 2016."],
                ["Work with health partners to improve the wellbeing of residents",
                 "Deliver the actions in the District Health and Wellbeing Plan",
                 "Annual review \u2013 March 2017",
                 "On target",
                 "Partners are meeting every quarter to check progress."],
                {"banner": "Key Objective 3: Sound finances and an efficient Council"},
                [{"text": "Keep the Council's finances sound over the medium term", "rowspan": 2},
                 "Update the Medium Term Financial Strategy",
                 "Adopted by Council in February 2017",
                 "On target",
                 "A first draft has been discussed with the Cabinet."],
                [None,
                 "Deliver the savings agreed in the 2016/17 budget",
                 "\u00a3450k savings by 31 March 2017",
                 "On target",
                 "\u00a3310k of the savings have been secured so far."],
                ["Make more services available online",
                 "Launch the new customer portal",
                 "July 2016",
                 "Achieved",
                 "The portal went live on 18 July 2016."],
            ],
        },
    ],
}

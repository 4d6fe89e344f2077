"""Ashfield District Council, Cabinet, 29 January 2024: "Community Safety Partnership - Strategic Plan" (covering
report), with the year-three delivery position of the outgoing Community Safety Partnership action plan as an
appendix.

Source: Ashfield's issue "Community Safety Partnership - Strategic Plan" (democracy.ashfield.gov.uk/ieIssueDetails.
aspx?IId=21798), Cabinet 29/01/2024, item 43, Key Decision, Councillor John Wilmott as Executive Lead Member for
Community Safety and Crime Reduction, and the older "Ashfield Community Partnership Strategic Plan (Annual refresh)
2016/17" (documents.pub), both found with the pages search. Visible: the four recommendations (note the positive
work of the Partnership over the past three years; approve the Community Safety Plan 2024-2027; agree its
priorities; ask the Executive Director for Place, with the Executive Lead Member and the Partnership, to prepare an
action plan; recommend plan and action plan to Council by 31 May 2024); the alternative option considered; the
evidence base (strategic assessment, public consultation); the partners (Nottinghamshire Police, the Police and
Crime Commissioner's office, Ashfield District Council, Nottinghamshire County Council, Nottinghamshire Fire and
Rescue Service, Probation); the 2016/17 plan's "What are we going to do to achieve our purpose?" section and its
"How did we do?" review. Modelled: the report template (cover table, numbered paragraphs), Appendix 2 (not seen):
one table per priority under a numbered heading, columns No. / What we will do / Lead Agency / Timescale /
Progress at 31 December 2023 / RAG, RAG letters with cell fills, a key under the last table and a separate
"Abbreviations" table of agency initials. The priorities, actions and every sentence are our own; names are
invented.

Decisions for the gold:
- doc_kind covering_report; body Cabinet ("Report To: CABINET"); meeting_date 2024-01-29; report_title "Community
  Safety Partnership - Strategic Plan" (as printed after "Heading:" in the cover table).
- theme from the numbered heading above each table, kept whole ("Priority 1 - Anti-Social Behaviour").
  theme_category local_priorities_and_outcomes (community outcomes) for the crime priorities; "Priority 5 - A
  Strong Partnership" -> organisational_and_place_leadership (partnerships).
- status and rag from the RAG letter through the key printed under the tables: G -> on_track/green, A ->
  at_risk/amber, R -> off_track/red, B -> completed/blue. status_raw is the letter as printed.
- progress_as_of 2023-12-31 from the column heading "Progress at 31 December 2023".
- lead_officers: the Lead Agency cell split on "/", each part expanded through the document's own Abbreviations
  table (ADC -> Ashfield District Council, NP -> Nottinghamshire Police, ...). "ADC Community Safety Manager" ->
  "Ashfield District Council Community Safety Manager" (the initials expanded in place). These are agencies rather
  than posts, but they are what the lead column names; an analyst would keep them.
- Timescale: "Monthly" / "Quarterly" / "Ongoing" -> recurrence, no date; "Summer 2023" -> 2023-08-31 season; "Q4 2023/24" ->
  2024-03-31 quarter; "March 2024" -> 2024-03-31 month; "31/03/2024" -> day; "From April 2023" is a start, no
  due date.
"""

ROWS = {
    "Priority 1 \u2013 Anti-Social Behaviour": [
        ["1.1", "Hold a monthly multi-agency problem-solving meeting for the ASB hotspots identified in the "
                "strategic assessment", "ADC / NP", "Monthly",
         "Meetings held every month. Kirkby town centre and two Sutton estates remain the main focus; reports to "
         "the Partnership each quarter.", "G"],
        ["1.2", "Use Community Protection Warnings and Notices consistently, with a shared log of cases between the "
                "council and the police", "ADC Community Safety Manager", "March 2024",
         "Shared case log live since October. 212 warnings and 38 notices issued so far this year.", "G"],
        ["1.3", "Install and upgrade public space CCTV in Hucknall and Kirkby with Safer Streets funding",
         "ADC / OPCC", "31/03/2024",
         "Kirkby cameras installed. Hucknall works delayed by the power supplier; completion expected in May 2024.",
         "A"],
        ["1.4", "Run diversionary activities for young people in the summer holidays in the three areas with the "
                "highest youth ASB", "ADC / NCC", "Summer 2023",
         "Six-week programme delivered with 640 attendances; youth ASB reports fell by 18% over the period.", "B"],
    ],
    "Priority 2 \u2013 Domestic Abuse": [
        ["2.1", "Keep the Domestic Abuse Champions network going across partner organisations, with refresher "
                "training for existing champions", "ADC", "Ongoing",
         "48 champions now in place; refresher session held in November.", "G"],
        ["2.2", "Commission a sanctuary scheme so that victims can stay safely in their own homes", "ADC / NCC",
         "Q4 2023/24", "Provider appointed in December; first referrals expected in February.", "G"],
        ["2.3", "Raise awareness of coercive control through a campaign in the 16 days of action",
         "ADC / NP", "December 2023",
         "Campaign ran from 25 November to 10 December on social media, in GP surgeries and on buses.", "B"],
        ["2.4", "Review the local arrangements for Domestic Homicide Reviews following the new statutory "
                "guidance", "ADC Community Safety Manager", "March 2024",
         "Review not yet started because the national guidance has been delayed.", "R"],
    ],
    "Priority 3 \u2013 Serious Violence and Knife Crime": [
        ["3.1", "Deliver knife crime workshops in every secondary school in the district", "NP / NCC",
         "July 2023", "Workshops delivered in 9 of the 10 schools; the last school will take part in the spring "
                      "term.", "A"],
        ["3.2", "Put knife amnesty bins in at least three public locations and publicise them", "NP",
         "From April 2023", "Three bins in place; 74 knives surrendered since April.", "G"],
        ["3.3", "Contribute to the Nottinghamshire Serious Violence Duty strategic needs assessment and response "
                "strategy", "ADC / NP / NFRS", "January 2024",
         "Ashfield data and case studies submitted; the county strategy was published in January.", "B"],
    ],
    "Priority 4 \u2013 Drugs and Alcohol": [
        ["4.1", "Target the supply of drugs in priority neighbourhoods with joint police and housing operations",
         "NP / ADC", "Quarterly",
         "Four operations this year leading to 27 arrests and two closure orders on properties.", "G"],
        ["4.2", "Make referral routes into treatment services clear for front-line staff", "CGL / ADC",
         "October 2023", "Referral guide drafted but not yet issued; staff briefings to follow.", "A"],
        ["4.3", "Work with licensed premises to reduce alcohol-related violence in the night-time economy",
         "ADC Licensing / NP", "Ongoing", "Pubwatch meetings restarted in Sutton; two premises reviews held.",
         "G"],
    ],
    "Priority 5 \u2013 A Strong Partnership": [
        ["5.1", "Complete the annual strategic assessment and use it to set the priorities for the new plan",
         "ADC Community Safety Manager", "November 2023",
         "Strategic assessment completed and agreed by the Partnership on 16 November.", "B"],
        ["5.2", "Consult residents on their community safety concerns to inform the Community Safety Plan "
                "2024-2027", "ADC", "October 2023",
         "1,104 responses received; the results are set out in the new plan.", "B"],
        ["5.3", "Agree an information sharing agreement signed by every responsible authority", "ADC / NP / NPS",
         "31/12/2023", "Agreement signed by four of the five responsible authorities; Probation sign-off awaited.",
         "A"],
    ],
}

ABBREV = [
    ["ADC", "Ashfield District Council"],
    ["CGL", "Change Grow Live"],
    ["NCC", "Nottinghamshire County Council"],
    ["NFRS", "Nottinghamshire Fire and Rescue Service"],
    ["NP", "Nottinghamshire Police"],
    ["NPS", "National Probation Service"],
    ["OPCC", "Office of the Police and Crime Commissioner"],
]

FILLS = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "00B0F0"}
COLS = ["No.", "What we will do", "Lead Agency", "Timescale", "Progress at 31 December 2023", "RAG"]
WIDTHS = [5, 32, 14, 11, 32, 6]


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


def _tables():
    blocks = []
    names = list(ROWS)
    for i, name in enumerate(names):
        blocks.append({"kind": "heading", "text": name, "level": 3})
        rows = [r[:5] + [{"text": r[5], "fill": FILLS[r[5]], "bold": True}] for r in ROWS[name]]
        t = {"kind": "table", "columns": COLS, "widths": WIDTHS, "repeat_header": True, "rows": rows}
        if i == len(names) - 1:
            t["notes"] = ["RAG key: G = on track; A = some slippage, action being taken; R = not on track; "
                          "B = complete."]
        blocks.append(t)
    return blocks


PAPER = {
    "stem": "b7_01_ashfield_community_safety_action_plan",
    "council": "Ashfield District Council",
    "source": {
        "council": "Ashfield District Council",
        "kind": "community safety partnership plan: covering report with the delivery position of the action plan",
        "year": 2024,
        "title": "Community Safety Partnership - Strategic Plan, Cabinet 29 January 2024 (item 43)",
        "url": "https://democracy.ashfield.gov.uk/ieIssueDetails.aspx?IId=21798&PlanId=0&Opt=3",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-reportlab-grid"],
    "page": {"orientation": "portrait", "font_size": 9, "margin_cm": 1.8},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "heading", "text": "Report To: CABINET", "level": 2},
        {"kind": "table", "columns": [{"text": "Date:", "bold": True}, {"text": "29 January 2024", "bold": False}],
         "widths": [10, 30], "repeat_header": False,
         "rows": [
             [{"text": "Heading:", "bold": True}, "Community Safety Partnership - Strategic Plan"],
             [{"text": "Executive Lead Member:", "bold": True},
              "Executive Lead Member for Community Safety and Crime Reduction"],
             [{"text": "Ward/s:", "bold": True}, "All"],
             [{"text": "Key Decision:", "bold": True}, "Yes"],
             [{"text": "Subject to Call-In:", "bold": True}, "Yes"],
         ]},
        _p("Purpose of Report", True),
        _p("To ask Cabinet to endorse the refreshed Community Safety Plan 2024-2027 and to recommend it to Council, "
           "and to report the Partnership's delivery against the final year of its previous action plan."),
        _p("Recommendation(s)", True),
        {"kind": "list", "numbered": False, "items": [
            "a) Note the work of the Community Safety Partnership over the last three years, including the "
            "position on the 2023/24 action plan at Appendix 2.",
            "b) Approve the Community Safety Plan 2024-2027 at Appendix 1 and agree its priorities.",
            "c) Ask the Executive Director for Place, with the Executive Lead Member for Community Safety and "
            "Crime Reduction and the Partnership, to prepare an action plan for the new Plan.",
            "d) Recommend the Plan and its action plan to Council for approval by 31 May 2024.",
        ]},
        _p("Reasons for Recommendation(s)", True),
        _p("The council and its partners have a statutory duty under the Crime and Disorder Act 1998 to produce a "
           "plan to reduce crime and disorder. The current plan ends in March 2024."),
        _p("Alternative Options Considered", True),
        _p("Cabinet could decline to endorse the new Plan. This is not recommended: the district's priorities would "
           "not be addressed and the statutory requirement would not be met."),
        _p("Detailed Information", True),
        _p("1. The Plan has been built from the Partnership's strategic assessment of crime and community safety "
           "data and from a public consultation held in the autumn."),
        _p("2. Appendix 2 shows the position at 31 December 2023 on each action in the 2023/24 action plan. Of the "
           "17 actions, five are complete, seven are on track, four have some slippage and one is not on track."),
        _p("3. Actions that are not complete by 31 March 2024 will be considered for the new action plan."),
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 2: Community Safety Partnership Action Plan 2023/24 \u2013 Progress",
         "level": 2},
    ] + _tables() + [
        _p("Abbreviations", True),
        {"kind": "table", "columns": ["Abbreviation", "Organisation"], "widths": [10, 40], "repeat_header": False,
         "rows": ABBREV},
    ],
}

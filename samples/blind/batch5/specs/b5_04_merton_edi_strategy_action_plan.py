"""London Borough of Merton: Equality, Diversity and Inclusion Strategy 2024-26, the action plan as published on the
council's website (a web page printed from the browser).

Source: merton.gov.uk/communities-and-neighbourhoods/edi (the EDI strategy page: the Public Sector Equality Duty and
its specific duties, the strategy covering the nine protected characteristics plus care experienced young people,
armed forces veterans, one-parent households and socio-economic status, and four equality objectives, the first
"Tackling poverty, the structural differences in social circumstances and the resulting differences in access and
outcomes"), and the Cabinet item of 17 July 2023 on the draft strategy (democracy.merton.gov.uk/ieIssueDetails.aspx?
IId=28969), found with the pages search. Visible: the page's introduction and the objectives as numbered headings
("Objective one" ...). Modelled: the wording of objectives two to four, and the action tables under each objective
(No. / What we will do / How we will know / Lead / When), with leads as senior posts and timescales as the council
writes them ("March 2025", "2025/26", "Ongoing", "Annually", "Q3 2024/25"). A plan with no status or progress.
Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind action_plan; it is a web page, not a paper to a meeting: body and meeting_date unscored (null).
- theme is the objective heading above each table, as printed ("Objective one: Tackling poverty ...").
  theme_category local_priorities_and_outcomes (community outcomes) for objectives one, two and four;
  objective three (the council as an inclusive employer: workforce) -> capacity_for_improvement.
- action is "What we will do"; "How we will know" is a measure, not stored in any canonical field.
- status unknown (status_raw null); progress null; progress_as_of null (no meeting or position date), so
  is_overdue null.
- "Lead" cells with two posts joined by " and " where the right side is a post are two lead_officers.
"""

ED_C = "Executive Director, Children, Lifelong Learning and Families"
ED_A = "Executive Director, Adult Social Care, Integrated Care and Public Health"
ED_H = "Executive Director, Housing and Sustainable Development"
ED_I = "Executive Director, Innovation and Change"
ED_F = "Executive Director, Finance and Digital"
HHR = "Head of Human Resources"
DPH = "Director of Public Health"

OBJECTIVES = [
    ("Objective one: Tackling poverty, the structural differences in social circumstances and the resulting "
     "differences in access and outcomes", "local_priorities_and_outcomes", [
        ("1.1", "Provide a single point of access to cost of living advice and support for residents.",
         "Number of residents helped; take-up of benefits after advice", ED_I, "March 2025"),
        ("1.2", "Work with schools to increase take-up of free school meals by eligible families.",
         "Take-up rate of free school meals", ED_C, "2024/25"),
        ("1.3", "Target the Household Support Fund at households with the lowest incomes.",
         "Share of awards going to households in the lowest income groups", ED_F, "Ongoing"),
        ("1.4", "Improve access to digital skills and devices for residents at risk of digital exclusion.",
         "Number of residents completing digital skills sessions", ED_I + " and " + ED_C, "March 2026"),
    ]),
    ("Objective two: Promoting good health and wellbeing and narrowing health inequalities",
     "local_priorities_and_outcomes", [
        ("2.1", "Carry out health checks in community venues in the east of the borough.",
         "Number of health checks completed by ward", DPH, "Q3 2024/25"),
        ("2.2", "Make information about adult social care available in the main community languages.",
         "Number of translated guides published", ED_A, "December 2024"),
        ("2.3", "Report health inequalities data to the Health and Wellbeing Board.",
         "Report received by the Board", DPH, "Annually"),
    ]),
    ("Objective three: Being an inclusive employer with a workforce that reflects the community we serve",
     "capacity_for_improvement", [
        ("3.1", "Publish ethnicity, disability and gender pay gap reports.", "Pay gap reports published", HHR,
         "March 2025"),
        ("3.2", "Offer a reverse mentoring programme for senior managers.",
         "Number of managers taking part", HHR, "2025/26"),
        ("3.3", "Make sure all recruiting managers complete inclusive recruitment training.",
         "Percentage of recruiting managers trained", HHR, "September 2025"),
    ]),
    ("Objective four: Building strong, safe and cohesive communities where everyone feels they belong",
     "local_priorities_and_outcomes", [
        ("4.1", "Support community events that celebrate the borough's diversity.",
         "Number of events supported; attendance", ED_I, "Ongoing"),
        ("4.2", "Improve the reporting of hate crime through third-party reporting centres.",
         "Number of hate crime reports through reporting centres", ED_H, "March 2026"),
        ("4.3", "Agree an action plan with the Merton Veterans' Forum under the Armed Forces Covenant.",
         "Action plan agreed", ED_I, "Q4 2024/25"),
    ]),
]


def _blocks():
    out = []
    for head, _, rows in OBJECTIVES:
        out.append({"kind": "heading", "text": head, "level": 2})
        out.append({"kind": "table", "columns": ["No.", "What we will do", "How we will know", "Lead", "When"],
                    "widths": [6, 36, 26, 20, 12], "repeat_header": True, "rows": [list(r) for r in rows]})
    return out


PAPER = {
    "stem": "b5_04_merton_edi_strategy_action_plan",
    "council": "London Borough of Merton",
    "source": {
        "council": "London Borough of Merton",
        "kind": "equality, diversity and inclusion strategy action plan (web page; no status)",
        "year": 2024,
        "title": "Equality, Diversity and Inclusion Strategy 2024-26: our equality objectives and action plan",
        "url": "https://merton.gov.uk/communities-and-neighbourhoods/edi",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 1.5},
    "header": "Equality, Diversity and Inclusion Strategy 2024-26 | Merton Council",
    "footer": "{page}/{pages}",
    "blocks": [
        {"kind": "para", "text": "Home > Communities and neighbourhoods > Equality, diversity and inclusion"},
        {"kind": "heading", "text": "Equality, Diversity and Inclusion Strategy 2024-26: action plan", "level": 1},
        {"kind": "para", "text": "Under the Equality Act 2010 the council must publish equality objectives at "
                                 "least every four years and information showing how it meets the Public Sector "
                                 "Equality Duty."},
        {"kind": "para", "text": "Our strategy covers the nine protected characteristics in the Act. We have "
                                 "widened it to include care experienced young people, armed forces veterans, "
                                 "one-parent households and socio-economic status, because we know these can "
                                 "also lead to disadvantage."},
        {"kind": "para", "text": "The actions below show what we will do under each of our four equality "
                                 "objectives. Progress will be reported to Cabinet every year."},
        *_blocks(),
        {"kind": "para", "text": "Contact us: Equality and Community Cohesion Officer, Merton Civic Centre, London "
                                 "Road, Morden SM4 5DX"},
    ],
}

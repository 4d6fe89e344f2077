"""Newark and Sherwood District Council: Digital Strategy 2025-2028 action plan (web page, no progress).

Source: "Doing Digital Differently (Strategy - that is)", a blog by the council's Business Manager ICT & Digital
Services on the Digital Strategy 2025-2028 (newarkandsherwood.localgov.blog/the-three-ds), and the council's
strategies page (newark-sherwooddc.gov.uk/councilstrategies), found with the pages search. Visible: the strategy runs
2025-2028, builds on the 2021-2024 strategy, came from surveys and working groups with residents, tenants, members
and staff, has a vision of digital services for all, aligns with the Community Plan, is governed by the Digital
Transformation Board, and has an action plan that "translates vision into action"; topics of accessibility, data
quality, digital inclusion, AI and automation. Modelled: the action plan itself as a council web page (breadcrumb,
introduction, five numbered theme headings each with a table Ref / What we will do / Who / When / How we will
measure success, a "last updated" line), the themes, actions and dates. Every sentence is our own.

Decisions for the gold:
- Theme from the numbered heading above each table, numbering kept ("1. Digital by design").
- No status and no progress anywhere: status unknown, status_raw null, progress null; no meeting and no progress
  date, so progress_as_of and is_overdue are null. body and meeting_date are not printed (unscored); the "Page last
  updated" date is not a meeting date.
- "From April 2026" is a start, not a deadline: due_date null. "Annually" / "Six monthly" / "Ongoing" give the
  recurrence. "Winter 2026" -> 2027-02-28 (season; Winter YYYY = Dec YYYY - Feb YYYY+1). "Complete by end of 2026"
  -> 2026-12-31 (year).
- "Business Manager \u2013 ICT & Digital Services" is one post ("Digital Services" is no post title); "/" separates
  posts and the Digital Transformation Board (a body).
- theme_category capacity_for_improvement for every theme: the whole plan is the ICT/digital strategy (contract:
  IT/ICT/digital, transformation).
"""

ICT = "Business Manager \u2013 ICT & Digital Services"
CS = "Customer Services Business Manager"
CD = "Community Development Business Manager"
DTB = "Digital Transformation Board"

COLS = ["Ref", "What we will do", "Who", "When", "How we will measure success"]
WIDTHS = [5, 36, 22, 12, 25]

THEMES = [
    ("1. Digital by design", "Services that residents and businesses can use online from start to finish, "
                             "designed with the people who use them.", [
        ["1.1", "Move the 20 most-used service requests to online forms that link straight into our back-office "
                "systems", ICT, "Q3 2025/26", "80% of these requests made online"],
        ["1.2", "Launch a single customer account so that residents can track their requests, council tax and bin "
                "collections in one place", CS + " / " + ICT, "Spring 2026", "Number of active accounts"],
        ["1.3", "Redesign the website with residents so that it meets the accessibility regulations",
         "Communications and Marketing Business Manager", "By March 2026",
         "Accessibility audit passed; satisfaction with the website"],
        ["1.4", "Introduce web chat and automated answers to common questions, with a quick route to an adviser",
         CS, "2026/27", "Share of enquiries resolved at first contact"],
    ]),
    ("2. Digital inclusion", "Nobody left behind: help for residents to get online, and other ways in for those who "
                             "cannot.", [
        ["2.1", "Set up digital help points in libraries and community centres across the district", CD,
         "Autumn 2026", "Number of help points and of people helped"],
        ["2.2", "Train digital champions among staff and volunteers to support residents who are not online", CD,
         "Ongoing", "Number of champions trained"],
        ["2.3", "Keep telephone and face-to-face contact for residents who cannot or do not want to use digital "
                "services", CS, "Ongoing", "Satisfaction by contact channel"],
    ]),
    ("3. Data and insight", "Using good-quality data to plan services and to show how we are performing.", [
        ["3.1", "Agree a data strategy and name an owner for each of the council's main data sets",
         ICT + " / Senior Information Risk Owner", "Q1 2026/27", "Data owners in place for all key systems"],
        ["3.2", "Build performance dashboards for managers and councillors from live data",
         "Transformation and Service Improvement Business Manager", "Complete by end of 2026",
         "Dashboards used at each Senior Leadership Team meeting"],
        ["3.3", "Test artificial intelligence tools on low-risk tasks, with clear rules on how they may be used",
         DTB, "From April 2026", "AI use policy approved; pilots evaluated"],
    ]),
    ("4. Secure and modern technology", "Reliable, secure systems that staff can use from anywhere.", [
        ["4.1", "Move the remaining on-premises systems to the cloud", ICT, "2027/28",
         "Number of servers decommissioned"],
        ["4.2", "Hold Cyber Essentials Plus certification and test the cyber incident response plan",
         "ICT Infrastructure Manager", "Annually", "Certification held; test completed"],
        ["4.3", "Replace the housing management system", ICT + " / Director \u2013 Housing, Health and Wellbeing",
         "Winter 2026", "New system live and data migrated"],
    ]),
    ("5. Digital skills and culture", "Staff and councillors who are confident using digital tools.", [
        ["5.1", "Give every member of staff a digital skills assessment and a learning plan",
         "Business Manager \u2013 Human Resources and Organisational Development", "December 2025",
         "Percentage of staff with a learning plan"],
        ["5.2", "Offer councillors training on digital tools and online meetings",
         "Democratic Services Business Manager", "Summer 2026", "Number of councillors trained"],
        ["5.3", "Review this action plan and report progress to the Senior Leadership Team and Cabinet", DTB,
         "Six monthly", "Progress reports received"],
    ]),
]


def _theme_blocks():
    out = []
    for title, intro, rows in THEMES:
        out += [
            {"kind": "heading", "text": title, "level": 2},
            {"kind": "para", "text": intro},
            {"kind": "table", "columns": COLS, "widths": WIDTHS, "repeat_header": True, "rows": rows},
        ]
    return out


PAPER = {
    "stem": "b6_10_newark_sherwood_digital_strategy_action_plan",
    "council": "Newark and Sherwood District Council",
    "source": {
        "council": "Newark and Sherwood District Council",
        "kind": "digital strategy action plan (web page, plan only, no progress)",
        "year": 2025,
        "title": "Digital Strategy 2025-2028 and its action plan (blog 'Doing Digital Differently' by the Business "
                 "Manager ICT & Digital Services)",
        "url": "https://newarkandsherwood.localgov.blog/the-three-ds",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 1.8},
    "header": "Newark and Sherwood District Council",
    "blocks": [
        {"kind": "para", "text": "Home \u203a Your council \u203a Council strategies \u203a Digital Strategy 2025 to "
                                 "2028"},
        {"kind": "heading", "text": "Digital Strategy 2025 to 2028: action plan", "level": 1},
        {"kind": "para", "text": "Our Digital Strategy sets out how we will use technology to make our services "
                                 "easier to use, more efficient and open to everyone. This action plan sets out "
                                 "what we will do over the three years of the strategy, who is responsible and "
                                 "when we expect to deliver it."},
        {"kind": "para", "text": "The plan is overseen by our Digital Transformation Board, which is chaired by the "
                                 "Chief Executive and reviews progress every quarter. Timescales may change as "
                                 "projects are planned in more detail."},
        *_theme_blocks(),
        {"kind": "para", "text": "If you need this information in another format, contact our Customer Services "
                                 "team on 01636 650000."},
        {"kind": "para", "text": "Page last updated: 14 October 2025", "italic": True},
    ],
}

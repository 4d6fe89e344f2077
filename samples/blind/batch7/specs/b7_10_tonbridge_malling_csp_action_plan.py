"""Tonbridge and Malling Borough Council: Community Safety Partnership Plan 2025-2026, action plan pages (web).

Source: the council's web pages "Community Safety Partnership Plan" (tmbc.gov.uk/community-services/
community-safety-partnership-plan, pages 1, 3 and 4), found with the pages search. Visible: an annual plan based on a
Strategic Assessment; the Community Safety Unit at the council offices, Kings Hill, meeting weekly; the four
priorities for 2025/26 (acquisitive crime including shoplifting, theft and burglary; anti-social behaviour including
environmental crime; exploitation, including gangs, modern slavery and human trafficking, child sexual exploitation,
cuckooing and Prevent; safeguarding people at risk of harm, including domestic abuse, violence against women and
girls, stalking, serious violence and fraud and scams); cross-cutting themes of prevention, young people and
substance misuse; a partnership workshop in March 2025; "the following pages set out the actions", which leave out
partners' day-to-day work; funding from several sources, some subject to the Police and Crime Commissioner; the
Safer Towns Partnership, Safer Spaces, the Kenward Trust's outreach and youth diversion (from the 2024/25 review).
Modelled: the layout of the action pages (one table per priority under its heading, columns No. / Action / Lead /
Target / Outcome / Timescale, leads written as abbreviations explained in a separate key table above the action
tables) and every action. Every sentence is our own.

Decisions for the gold:
- A web page with no meeting: body and meeting_date null and unscored; doc_kind action_plan; report_title the page
  heading "Community Safety Partnership Plan 2025-2026: Action Plan".
- No status or progress is printed: status unknown, progress null; no meeting or "position at" date, so
  progress_as_of null and is_overdue null.
- Leads are expanded through the page's own key table ("CSM" -> "Community Safety Manager"); "CSM & LM" and
  "PCI / CSO" give two posts each. The key table is not a plan.
- The Target / Outcome column is no contract field (not the action, not progress).
- Timescale: "April 2025 start" is a start, not a deadline -> due_date null; "Summer 2025" -> 2025-08-31 (season);
  "By end of September 2025" -> 2025-09-30 (month); "Q3 2025/26" -> 2025-12-31; "2025/26" -> 2026-03-31;
  "Ongoing", "Quarterly", "Monthly" -> recurrence only; "Autumn 2025" -> 2025-11-30; "Winter 2025" -> Dec 2025 to
  Feb 2026 -> 2026-02-28 (season).
- Theme: the priority heading above each table, numbering kept. theme_category: community safety is a community
  outcome -> local_priorities_and_outcomes.
"""

KEY = [
    ["CSM", "Community Safety Manager"],
    ["CSO", "Community Safety Officer"],
    ["PCI", "Police Community Inspector"],
    ["LM", "Licensing Manager"],
    ["HSM", "Housing Services Manager"],
    ["DAC", "Domestic Abuse Co-ordinator"],
    ["YEO", "Youth Engagement Officer"],
    ["WEM", "Waste and Enforcement Manager"],
]

COLUMNS = ["No.", "Action", "Lead", "Target / Outcome", "Timescale"]
WIDTHS = [6, 40, 10, 30, 14]


def table(rows):
    return {"kind": "table", "columns": COLUMNS, "widths": WIDTHS, "repeat_header": True, "rows": rows}


T1 = [
    ["1.1", "Grow the Safer Towns Partnership so that more shops and businesses share information and images of "
            "known offenders", "CSM", "40 members signed up across Tonbridge, Kings Hill, Snodland and Wouldham",
     "March 2026"],
    ["1.2", "Run crime prevention stalls at supermarkets and community events, with free property marking", "PCI / CSO",
     "At least six events in the year", "Summer 2025"],
    ["1.3", "Share a monthly shoplifting and burglary hotspot summary with partners at the Community Safety Unit",
     "PCI", "Partners target patrols and advice at the right places", "Monthly"],
    ["1.4", "Promote the Safer Spaces scheme in Tonbridge High Street", "CSO",
     "Two more Safer Spaces locations open", "By end of September 2025"],
]
T2 = [
    ["2.1", "Hold a multi-agency meeting each week to agree action on repeat and vulnerable victims of anti-social "
            "behaviour", "CSM", "Every high-risk case has a named lead", "Ongoing"],
    ["2.2", "Use Community Protection Warnings and Notices where informal approaches have failed", "CSO",
     "Persistent behaviour is stopped", "Ongoing"],
    ["2.3", "Carry out joint patrols with Kent Police at fly-tipping hotspots and take enforcement action", "WEM",
     "Fewer reports of fly-tipping at the hotspots", "Q3 2025/26"],
    ["2.4", "Review the Public Spaces Protection Order for Tonbridge town centre before it expires", "CSM & LM",
     "New order in place following consultation", "2025/26"],
]
T3 = [
    ["3.1", "Deliver awareness training on cuckooing and county lines to housing, licensing and waste staff", "CSM",
     "Staff know how to spot and report exploitation", "Autumn 2025"],
    ["3.2", "Work with housing providers to protect tenants whose homes are taken over by drug dealers", "HSM",
     "Victims are safeguarded and offenders removed", "Ongoing"],
    ["3.3", "Run licensing checks with partners on premises at risk of modern slavery, such as car washes and nail "
            "bars", "LM", "At least four joint visits in the year", "Quarterly"],
    ["3.4", "Take part in the Kent Prevent partnership and complete the annual Prevent self-assessment", "CSM",
     "Self-assessment returned to the county", "March 2026"],
]
T4 = [
    ["4.1", "Commission an outreach service to engage with young people about alcohol and substance misuse",
     "YEO", "Outreach at five locations; 500 young people engaged", "April 2025 start"],
    ["4.2", "Fund diversionary activities for young people in the school holidays", "YEO",
     "Activities in the summer, autumn and spring holidays", "2025/26"],
    ["4.3", "Promote the domestic abuse one stop shop and the support available from the Domestic Abuse "
            "Volunteer Support Service", "DAC", "More victims refer themselves for support", "Ongoing"],
    ["4.4", "Run a campaign with partners on fraud and scams aimed at older residents", "CSO & DAC",
     "Campaign material in every library and surgery", "Winter 2025"],
]

PAPER = {
    "stem": "b7_10_tonbridge_malling_csp_action_plan",
    "council": "Tonbridge and Malling Borough Council",
    "source": {
        "council": "Tonbridge and Malling Borough Council",
        "kind": "community safety partnership plan, action plan (web pages)",
        "year": 2025,
        "title": "Community Safety Partnership Plan (2025-2026), Priority Issues for 2025-2026 and action plan pages",
        "url": "https://www.tmbc.gov.uk/community-services/community-safety-partnership-plan/4",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "pdf-reportlab-rules"],
    "page": {"orientation": "portrait", "font_size": 9, "margin_cm": 1.8},
    "header": "Tonbridge & Malling Borough Council  |  Community Safety Partnership Plan",
    "footer": "Page {page}",
    "blocks": [
        {"kind": "heading", "text": "Community Safety Partnership Plan 2025-2026: Action Plan", "level": 1},
        {"kind": "para", "text": "The actions below are those the Partnership will carry out in 2025/26 in addition "
                                 "to the everyday work of partners, town and parish councils and the voluntary "
                                 "sector. Prevention, young people and substance misuse run through every "
                                 "priority."},
        {"kind": "para", "text": "Some actions depend on funding from the Police and Crime Commissioner, which is "
                                 "confirmed each year."},
        {"kind": "heading", "text": "Key to lead officers", "level": 2},
        {"kind": "table", "columns": ["Abbreviation", "Lead officer"], "widths": [15, 45], "repeat_header": False,
         "rows": KEY},
        {"kind": "heading", "text": "Priority 1: Acquisitive crime \u2013 including shoplifting, theft and burglary",
         "level": 2},
        table(T1),
        {"kind": "heading", "text": "Priority 2: Anti-social behaviour \u2013 including environmental crime",
         "level": 2},
        table(T2),
        {"kind": "heading", "text": "Priority 3: Exploitation \u2013 including gangs, modern slavery, cuckooing and "
                                    "Prevent", "level": 2},
        table(T3),
        {"kind": "heading", "text": "Priority 4: Safeguarding people at risk of harm \u2013 including domestic "
                                    "abuse, young people and fraud", "level": 2},
        table(T4),
        {"kind": "para", "text": "Progress against the action plan is reported to the Community Safety Partnership "
                                 "each quarter and reviewed in next year's plan."},
    ],
}

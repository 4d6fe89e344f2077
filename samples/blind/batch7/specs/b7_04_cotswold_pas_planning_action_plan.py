"""Cotswold District Council, Cabinet, 10 July 2025: "Planning Advisory Service (PAS) Peer Review and Action Plan"
(covering report with the planning service action plan as an appendix).

Source: Cotswold's issue "PAS Peer Review and Action Plan" (meetings.cotswold.gov.uk/ieIssueDetails.aspx?IId=6724,
Cabinet 10/07/2025, item 112) and the Overview and Scrutiny Committee item of 8 July 2025 (mgAi.aspx?ID=5705),
found with the pages search. Visible: purpose (to seek endorsement of the findings of the PAS Planning Service Peer
Challenge report of May 2025 and the proposed Action Plan); the two recommendations (endorse the report and its
recommendations and the resulting action plan; publish them on the Planning and Building web pages) and the
amendment ("welcome" the report, "agree" the plan, owned and implemented by Cabinet); the Cabinet Member for
Housing and Planning presenting; scrutiny's points: responsibility shared among several heads of service, some
timescales ambitious, a living document reviewed periodically and reported to the portfolio holder, aligned with
the corporate plan and service plans, enforcement priorities (an updated Local Enforcement Plan, case
prioritisation, public communication, less admin, better IT, a triage system), the appointment of the Assistant
Director of Planning Services and the Director of Communities and Place after a period of interim leadership.
Modelled: the report template (cover table, numbered sections), the action plan's layout (landscape; a two-row
heading with "PAS Recommendation" spanning No. and Recommendation, the recommendation merged down its actions,
actions lettered 1a, 1b ...; Lead Officer / Timescale / Status as at July 2025), the recommendations' wording and
all actions. Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body Cabinet; meeting_date 2025-07-10; report_title "Planning Advisory Service (PAS)
  Peer Review and Action Plan".
- The table has a recommendation and an action column: action = Action (without its letter), action_ref = the
  letter code as printed ("1a"); area_for_improvement = the recommendation text without its number, carried down
  the merged cell. No theme is printed (theme null); theme_category from the recommendation: service vision,
  decisions, enforcement and customers -> local_priorities_and_outcomes (planning, customers); leadership and
  staffing structure -> capacity_for_improvement (capacity, workforce); systems -> capacity_for_improvement (IT);
  Planning Committee and scheme of delegation -> governance_and_culture (decision making).
- Status from "Status (July 2025)": Complete -> completed; In progress -> on_track; Not started -> not_started. No
  RAG. progress null (the plan has no commentary column). progress_as_of 2025-07-10 (the meeting; "July 2025" in
  the heading is only a month, and the meeting date is the contract's fallback).
- Timescale: "Complete by end of 2025" -> 2025-12-31 year; "Autumn 2025" -> 2025-11-30 season; "Winter 2025" ->
  2026-02-28 season; "Spring 2026" -> 2026-05-31; "Q3 2025/26" -> 2025-12-31 quarter; "Q4 2025/26" -> 2026-03-31;
  "Monthly", "Quarterly", "Six monthly", "Ongoing" -> recurrence; "Within 6 months" gives no date (null).
- Officers: "Assistant Director of Planning Services / HR Business Partner" -> two posts, HR expanded by the
  glossary; "Head of Planning Services and Monitoring Officer" -> two posts.
"""

AD = "Assistant Director of Planning Services"
HPS = "Head of Planning Services"
DMM = "Development Management Manager"
ETL = "Enforcement Team Leader"
BSM = "Planning Business Support Manager"

RECS = [
    ("1", "Set out a clear vision and priorities for the planning service that members, staff and customers "
          "understand and share.", [
        ("1a", "Agree a Planning Service Plan with a vision, priorities and measures, linked to the Corporate Plan",
         AD, "December 2025", "Not started"),
        ("1b", "Hold a joint workshop for members and officers to shape the vision", HPS, "Autumn 2025",
         "Not started"),
    ]),
    ("2", "Give the service stable leadership and a management structure with clear responsibilities.", [
        ("2a", "Appoint a permanent Assistant Director of Planning Services", "Director of Communities and Place",
         "May 2025", "Complete"),
        ("2b", "Review the team structure and recruit to the vacant team leader posts",
         AD + " / HR Business Partner", "Q3 2025/26", "In progress"),
    ]),
    ("3", "Speed up decisions on planning applications while keeping their quality.", [
        ("3a", "Introduce a validation checklist and a triage of new applications", DMM, "September 2025",
         "In progress"),
        ("3b", "Report a performance dashboard to the portfolio holder and managers", BSM, "Monthly",
         "In progress"),
        ("3c", "Review the scheme of delegation with members", HPS + " and Monitoring Officer", "March 2026",
         "Not started"),
    ]),
    ("4", "Put planning enforcement on a sound footing and tell the public what to expect.", [
        ("4a", "Update the Local Enforcement Plan, including how cases are prioritised", ETL, "January 2026",
         "Not started"),
        ("4b", "Introduce a triage system for new enforcement complaints", ETL, "Within 6 months", "Not started"),
        ("4c", "Publish an enforcement update for members and parish councils", ETL, "Quarterly", "Not started"),
    ]),
    ("5", "Make better use of technology and reduce the administrative burden on planning officers.", [
        ("5a", "Procure and implement a new planning back-office system", BSM + " / ICT Business Partner",
         "Complete by end of 2025", "In progress"),
        ("5b", "Launch an online pre-application advice service with published charges", DMM, "Q4 2025/26",
         "Not started"),
    ]),
    ("6", "Strengthen the Planning Committee through training and clear procedures.", [
        ("6a", "Make planning training a requirement for every member of the Planning Committee and their "
               "substitutes", "Democratic Services Manager", "Ongoing", "In progress"),
        ("6b", "Review the committee's procedure rules, including public speaking", HPS, "Spring 2026",
         "Not started"),
    ]),
    ("7", "Improve communication with applicants, agents and the public.", [
        ("7a", "Hold an agents' forum", DMM, "Six monthly", "Not started"),
        ("7b", "Refresh the planning web pages and the standard letters sent to customers", BSM, "Winter 2025",
         "Not started"),
    ]),
]


def _rows():
    out = []
    for num, rec, acts in RECS:
        k = len(acts)
        for j, (ref, action, lead, when, status) in enumerate(acts):
            first = j == 0
            out.append([{"text": num, "rowspan": k} if first else None,
                        {"text": rec, "rowspan": k} if first else None,
                        f"{ref} {action}", lead, when, status])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b7_04_cotswold_pas_planning_action_plan",
    "council": "Cotswold District Council",
    "source": {
        "council": "Cotswold District Council",
        "kind": "planning service improvement plan after a PAS peer challenge, covering report",
        "year": 2025,
        "title": "Planning Advisory Service (PAS) Peer Review and Action Plan, Cabinet 10 July 2025 (item 112)",
        "url": "https://meetings.cotswold.gov.uk/ieIssueDetails.aspx?IId=6724&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "header": "Cotswold District Council",
    "footer": "Cabinet \u2013 10 July 2025",
    "blocks": [
        {"kind": "table", "columns": [{"text": "Council name", "bold": True},
                                      {"text": "COTSWOLD DISTRICT COUNCIL", "bold": True}],
         "widths": [12, 40], "repeat_header": False,
         "rows": [
             [{"text": "Name and date of Committee", "bold": True}, "CABINET \u2013 10 JULY 2025"],
             [{"text": "Subject", "bold": True}, "PLANNING ADVISORY SERVICE (PAS) PEER REVIEW AND ACTION PLAN"],
             [{"text": "Wards affected", "bold": True}, "All"],
             [{"text": "Accountable member", "bold": True}, "Cabinet Member for Housing and Planning"],
             [{"text": "Accountable officer", "bold": True}, "Director of Communities and Place"],
             [{"text": "Report author", "bold": True}, "Miriam Oakes, Assistant Director of Planning Services"],
             [{"text": "Purpose", "bold": True},
              "To seek Cabinet's endorsement of the findings of the PAS Planning Service Peer Challenge report "
              "(May 2025) and of the proposed Action Plan."],
             [{"text": "Annexes", "bold": True},
              "Annex A \u2013 PAS Planning Service Peer Challenge report; Annex B \u2013 Action Plan"],
             [{"text": "Recommendation(s)", "bold": True},
              "That Cabinet resolves to: 1. Endorse the PAS Planning Service Peer Challenge report (May 2025) and "
              "its recommendations, and the resulting Action Plan for implementation. 2. Agree to publish the "
              "report and the Action Plan on the council's Planning and Building web pages."],
         ]},
        {"kind": "heading", "text": "Planning Advisory Service (PAS) Peer Review and Action Plan", "level": 1},
        _p("1. EXECUTIVE SUMMARY", True),
        _p("1.1 The council invited the Planning Advisory Service to carry out a peer challenge of its planning "
           "service in early 2025. The peer team's report recognises a committed workforce and recent "
           "improvements, and makes seven recommendations. The Action Plan at Annex B sets out how the council "
           "will respond to each of them."),
        _p("2. BACKGROUND", True),
        _p("2.1 The planning service has faced several challenges in recent years, including the pandemic and a "
           "period of interim leadership. The appointment of a permanent Director of Communities and Place and "
           "Assistant Director of Planning Services has given the service stable leadership."),
        _p("3. THE ACTION PLAN", True),
        _p("3.1 Each PAS recommendation has one or more actions, with a lead officer and a timescale. "
           "Responsibility is shared by several heads of service; some timescales are ambitious and will be kept "
           "under review."),
        _p("3.2 The plan is a living document. Progress will be reported to the portfolio holder every quarter "
           "and the actions will be built into service plans, team plans and individual objectives."),
        _p("3.3 The Overview and Scrutiny Committee considered the report on 8 July 2025 and supported the "
           "recommendations."),
        _p("4. FINANCIAL IMPLICATIONS", True),
        _p("4.1 The actions will be delivered within the existing budget of the service, with the exception of "
           "the new back-office system, for which provision was made in the capital programme."),
        {"kind": "page_break"},
        _p("Annex B \u2013 PAS Planning Service Peer Challenge: Action Plan", True),
        {"kind": "table",
         "header_rows": [[{"text": "PAS Recommendation", "colspan": 2}, {"text": "Our response", "colspan": 4}]],
         "columns": ["No.", "Recommendation", "Action", "Lead Officer", "Timescale", "Status (July 2025)"],
         "widths": [4, 27, 33, 18, 11, 9],
         "repeat_header": True,
         "rows": _rows()},
    ],
}

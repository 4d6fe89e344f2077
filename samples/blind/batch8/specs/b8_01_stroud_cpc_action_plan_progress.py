"""Stroud District Council, Strategy and Resources Committee, 24 November 2022: "LGA Corporate Peer Challenge
Action Plan Progress Report" (covering report, with the action plan progress as Appendix A).

Source: Stroud's issue "LGA CORPORATE PEER CHALLENGE ACTION PLAN PROGRESS REPORT" (stroud.moderngov.co.uk/
mgIssueHistoryHome.aspx?IId=3360), the earlier issue agreeing the plan on 9 June 2022 (IId=3322) and the LGA
feedback report of the 8-10 March 2022 peer challenge (local.gov.uk corporate-peer-8), found with the pages search.
Visible: the title; "to note the progress made on delivering the Action Plan resulting from the LGA Corporate Peer
Challenge Feedback Report received in April, which was agreed by this Committee on 9 June 2022"; decision due 24 Nov
2022 by Strategy and Resources Committee; contact the Chief Executive; implications "no significant implications
arising directly from this progress report"; consultation (Leader, Group Leaders, committee chairs, members, CE,
senior management, staff, partners; plan developed with managers and members of this Committee); the decision "The
Committee RESOLVES to: Note the progress made on implementing the LGA Corporate Peer Challenge Action Plan"; the
feedback report's findings (one council ethos, the council plan adopted October 2021, the Fit for the Future
modernisation programme, progress with IT, community engagement). Modelled: Stroud's report cover (council,
committee and date lines, the title in capitals, a two-column cover table Purpose of Report / Decision(s) /
Consultation and Feedback / Report Contact / Options / Background Papers / Appendices / Implications), numbered
sections, and the appendix table: one banner row per peer recommendation (numbered "Recommendation 1: ..."),
columns No. / Action / Lead officer / Timescale / Progress as at 31 October 2022 / RAG, RAG shown by cell colour
only (empty coloured cells) with a colour key under the table. The recommendation wording and every action, date and
update are our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body "Strategy and Resources Committee"; meeting_date 2022-11-24; report_title as
  printed in capitals "LGA CORPORATE PEER CHALLENGE ACTION PLAN PROGRESS REPORT".
- The cover table (two columns, label/text) is no plan; only the appendix table holds actions (16).
- theme is the banner row text, numbering kept ("Recommendation 1: ..."); no area_for_improvement (the banner is
  the only recommendation text). theme_category: one council ethos / values -> governance_and_culture; council plan
  priorities -> local_priorities_and_outcomes; workforce capacity and modernisation/IT ->
  capacity_for_improvement; community engagement and partners -> organisational_and_place_leadership; medium term
  financial plan -> financial_planning_and_management; member development and committee system ->
  governance_and_culture.
- action_ref from the No. column ("1.1"). status and rag from the RAG cell colour explained by the key: blue ->
  completed/blue, green -> on_track/green, amber -> at_risk/amber, red -> off_track/red; status_raw null (no word
  printed). Progress texts were written not to open with a status phrase, so colour is the only status evidence.
- progress_as_of 2022-10-31 from the heading "Progress as at 31 October 2022" (not the meeting date).
- Timescales: "December 2022" -> 2022-12-31 month; "March 2023" -> 2023-03-31 month; "Q4 2022/23" -> 2023-03-31
  quarter; "Summer 2023" -> 2023-08-31 season; "September 2022" -> 2022-09-30 month; "2023/24" -> 2024-03-31
  financial_year; "Ongoing" -> recurrence ongoing, no date; "Quarterly" -> recurrence quarterly, no date;
  "Starting April 2023" is a start, not a deadline -> due_date null.
- 2.2's update says "Timescale revised from December 2022 to March 2023" -> revised_due_date 2023-03-31, due_date
  keeps 2022-12-31.
- Officers: "/" separates posts; "Head of HR" expands HR by the contract glossary ("Head of Human Resources");
  "Head of Policy and Governance and Monitoring Officer" is two posts; "Strategic Director of Resources (S151
  Officer)" is one post kept as printed.
"""

BLUE = {"text": "", "fill": "00B0F0"}
GREEN = {"text": "", "fill": "00B050"}
AMBER = {"text": "", "fill": "FFC000"}
RED = {"text": "", "fill": "FF0000"}
RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

CE = "Chief Executive"
SDR = "Strategic Director of Resources (S151 Officer)"
SDP = "Strategic Director of Place"
SDC = "Strategic Director of Communities"
HHR = "Head of HR"
HPG = "Head of Policy and Governance and Monitoring Officer"
HCOM = "Head of Communications"
HICT = "Head of ICT"

RECS = [
    ("Recommendation 1: Embed the one council ethos so that the council's values and behaviours are shown "
     "consistently by every team", [
        ("1.1", "Launch the refreshed organisational values with a programme of staff sessions led by the senior "
                "leadership team", CE + " / " + HHR, "December 2022", "B",
         "Twelve sessions held in September and October with 410 staff attending. Values now part of induction."),
        ("1.2", "Add the values and behaviours to the annual appraisal form and to manager training",
         HHR, "March 2023", "G", "Draft appraisal form tested with two service areas; manager training booked for "
                                  "February."),
        ("1.3", "Set up cross-team project groups for the council plan's major projects", CE, "Ongoing", "G",
         "Groups running for the Brimscombe Port and leisure projects; a third planned for the local plan review."),
    ]),
    ("Recommendation 2: Prioritise the Council Plan deliverables and match resources to them", [
        ("2.1", "Agree a short list of priority Council Plan actions for 2023/24 with the committee chairs", CE,
         "Q4 2022/23", "G", "Workshop with chairs held on 12 October; shortlist to be reported with the budget."),
        ("2.2", "Publish a delivery plan showing the officer time and budget against each priority action", SDR,
         "December 2022", "A", "Costing work taking longer than expected. Timescale revised from December 2022 to "
                               "March 2023."),
        ("2.3", "Report progress on the Council Plan to this Committee in a single performance report", HPG,
         "Quarterly", "G", "The first combined report came to the September meeting."),
    ]),
    ("Recommendation 3: Strengthen organisational capacity through a workforce plan", [
        ("3.1", "Complete a workforce plan covering recruitment, retention and succession in hard-to-fill posts",
         HHR, "March 2023", "G", "Data analysis finished; heads of service interviews under way."),
        ("3.2", "Review the market supplements policy for planning and legal posts", HHR + " / " + SDP,
         "September 2022", "R", "Not yet concluded because of the national pay award; a report is now expected in "
                                "January."),
        ("3.3", "Introduce a graduate and apprentice scheme across services", HHR, "Starting April 2023", "G",
         "Six placements identified and funding agreed in the budget proposals."),
    ]),
    ("Recommendation 4: Build on the positive intent for community engagement and work with partners on shared "
     "outcomes", [
        ("4.1", "Adopt a community engagement strategy with a toolkit for officers", SDC, "Summer 2023", "G",
         "Consultation with town and parish councils ran during October."),
        ("4.2", "Hold twice-yearly partnership summits with the county council, health and the voluntary sector",
         CE + " / " + SDC, "2023/24", "G", "The first summit took place on 5 October with 60 partners."),
    ]),
    ("Recommendation 5: Keep the momentum of the Fit for the Future modernisation programme and the progress on IT", [
        ("5.1", "Move the remaining customer forms to the new online platform", HICT, "March 2023", "A",
         "38 of 55 forms moved; integration with the housing system is causing some delay."),
        ("5.2", "Publish a digital strategy setting out the next phase of modernisation", HICT + " / " + HCOM,
         "December 2022", "B", "Strategy approved by this Committee on 13 October 2022."),
    ]),
    ("Recommendation 6: Refresh the medium term financial plan to close the forecast budget gap", [
        ("6.1", "Present a savings and income plan with the 2023/24 budget", SDR, "Q4 2022/23", "G",
         "Savings proposals of \u00a31.1m identified; further options being costed."),
        ("6.2", "Carry out a thirty-year review of the Housing Revenue Account business plan", SDR + " / " + SDC,
         "March 2023", "G", "Stock condition data received; modelling with advisers started."),
    ]),
    ("Recommendation 7: Support members through a development programme and a review of the committee system", [
        ("7.1", "Deliver a member development programme agreed with the group leaders", HPG, "Ongoing", "B",
         "Programme agreed in July; sessions on finance and planning held."),
    ]),
]

PROGRESS_HEAD = "Progress as at 31 October 2022"


def _rows():
    out = []
    for banner, acts in RECS:
        out.append({"banner": banner, "fill": "D9E2F3"})
        for ref, action, lead, when, rag, progress in acts:
            out.append([ref, action, lead, when, progress, dict(RAG[rag])])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b8_01_stroud_cpc_action_plan_progress",
    "council": "Stroud District Council",
    "source": {
        "council": "Stroud District Council",
        "kind": "LGA corporate peer challenge action plan progress report (covering report)",
        "year": 2022,
        "title": "LGA Corporate Peer Challenge Action Plan Progress Report, Strategy and Resources Committee "
                 "24 November 2022",
        "url": "https://stroud.moderngov.co.uk/mgIssueHistoryHome.aspx?IId=3360&PlanId=120&RPID=0",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "pdf-calc", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 10},
    "footer": "Strategy and Resources Committee \u2013 24 November 2022 \u2013 Page {page}",
    "blocks": [
        _p("STROUD DISTRICT COUNCIL", True),
        _p("STRATEGY AND RESOURCES COMMITTEE", True),
        _p("24 NOVEMBER 2022", True),
        _p("Agenda Item 9", True),
        {"kind": "heading", "text": "LGA CORPORATE PEER CHALLENGE ACTION PLAN PROGRESS REPORT", "level": 1},
        {"kind": "table", "columns": [{"text": "Purpose of Report", "bold": True},
                                      {"text": "To report the progress made in delivering the action plan agreed by "
                                               "this Committee on 9 June 2022 in response to the LGA Corporate Peer "
                                               "Challenge feedback report.", "bold": False}],
         "widths": [14, 36], "repeat_header": False,
         "rows": [
             [{"text": "Decision(s)", "bold": True},
              "The Committee RESOLVES to note the progress made on implementing the LGA Corporate Peer Challenge "
              "Action Plan."],
             [{"text": "Consultation and Feedback", "bold": True},
              "The action plan was prepared with senior managers and members of this Committee. Heads of service "
              "have supplied the updates in Appendix A."],
             [{"text": "Report Contact", "bold": True},
              "Helen Marsworth, Chief Executive. Email: chief.executive@stroud.gov.uk"],
             [{"text": "Options", "bold": True}, "None; the report is for noting."],
             [{"text": "Background Papers", "bold": True},
              "LGA Corporate Peer Challenge feedback report, March 2022."],
             [{"text": "Appendices", "bold": True}, "Appendix A \u2013 Action plan progress"],
             [{"text": "Implications (further details at the end of the report)", "bold": True},
              "Financial: No\nLegal: No\nEquality: No\nEnvironmental: No"],
         ]},
        _p("1. Background", True),
        _p("1.1 A peer team from the Local Government Association visited the council from 8 to 10 March 2022 and "
           "its feedback report was presented to Council on 19 May 2022. The team found a good council with the "
           "ambition to become a great one, and made seven recommendations."),
        _p("1.2 This Committee agreed an action plan answering those recommendations on 9 June 2022 and asked for "
           "regular reports on its delivery."),
        _p("2. Progress", True),
        _p("2.1 Appendix A sets out each action with its lead officer, timescale and a progress update as at 31 "
           "October 2022. Three actions are complete, ten are on track, two have slipped and one is off track."),
        _p("2.2 The delivery plan for the Council Plan priorities (action 2.2) now has a later timescale, and the "
           "market supplements review (action 3.2) is waiting on the outcome of the national pay award."),
        _p("3. Implications", True),
        _p("3.1 Financial Implications: there are no financial implications arising directly from this report. "
           "Sanjay Ridley, Accountancy Manager."),
        _p("3.2 Legal Implications: there are no legal implications arising directly from this report. Fiona "
           "Catterall, Principal Solicitor."),
        {"kind": "page_break"},
        _p("Appendix A \u2013 LGA Corporate Peer Challenge Action Plan: progress", True),
        {"kind": "table",
         "columns": ["No.", "Action", "Lead officer", "Timescale", PROGRESS_HEAD, "RAG"],
         "widths": [5, 29, 17, 11, 30, 6],
         "repeat_header": True,
         "rows": _rows(),
         "notes": ["RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some slippage, being "
                   "managed; Red \u2013 off track, needs attention."]},
    ],
}

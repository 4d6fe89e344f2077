"""Flintshire County Council, Cabinet, Tuesday 17 November 2015: Quarter 2 Improvement Plan Monitoring Report
(2015/16), report of the Chief Executive, with the performance-system (CAMMS) progress report as its appendix.

Copies what was visible of the real item (committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=11190 and the other
Flintshire improvement plan monitoring items of 2014-2016): the title, that the report gives "the level of progress
and confidence in the achievement of high level activities" (progress and outcome RAG), the half-year results (72%
of activities making good progress, 78% likely to achieve the desired outcome, 55% of indicators on target, risks
mostly moderate or minor), and the recommendations (a) and (b). The layout follows Flintshire's committee report
template of that period as remembered, not seen in this copy: a cover table (Date of Meeting, Report Subject,
Cabinet Member, Report Author, Type of Report), EXECUTIVE SUMMARY, a numbered RECOMMENDATIONS table, REPORT DETAILS
with paragraphs numbered 1.01, 1.02 inside a table, then 2.00 to 7.00 sections the same way; and the CAMMS action
report: priority, sub-priority and impact lines, an ACTIONS table (ACTION with its number in the same cell, LEAD
OFFICER as "Name - Post", STATUS, START DATE, END DATE as 01-Apr-2015, COMPLETE % as 50.00%, PROGRESS RAG and OUTCOME
RAG as coloured cells), and under each action a full-width "ACTION PROGRESS COMMENTS:" row ending "Last Updated:".
The sub-priorities chosen and every sentence are our own; officers' names are invented.

Contract decisions (gold): the action number is action_ref and is not part of the action text; lead_officers keep
the post after "Name - "; status comes from the STATUS column (In Progress -> on_track), rag from PROGRESS RAG (not
OUTCOME RAG); progress is the comment text only (without the "ACTION PROGRESS COMMENTS:" label and the "Last
Updated:" line); progress_as_of is the end of the reporting period printed (30 September 2015). theme is the
"Sub-Priority: ..." heading as printed. The report-template tables (1.01, 2.01 ...) and the recommendations table are
not plans.
"""

G, A, R = ({"text": "", "fill": f} for f in ("00B050", "FFC000", "FF0000"))
_HEAD = [[{"text": "ACTIONS", "colspan": 8}]]
_COLS = ["ACTION", "LEAD OFFICER", "STATUS", "START DATE", "END DATE", "COMPLETE %", "PROGRESS RAG", "OUTCOME RAG"]
_W = [27, 18, 8, 9.5, 9.5, 8, 9, 9]
CE = "Neil Cartwright - Chief Officer - Community and Enterprise"
ER = "Huw Parry-Jones - Enterprise and Regeneration Manager"


def _action(text, lead, status, start, end, pct, prag, orag, comment, updated):
    return [
        [text, lead, status, start, end, pct, prag, orag],
        [{"text": f"ACTION PROGRESS COMMENTS:\n{comment}\nLast Updated: {updated}", "colspan": 8, "bold": False}],
    ]


def _sub(priority, sub, impact, actions):
    rows = [r for a in actions for r in a]
    return [
        {"kind": "para", "text": f"Priority: {priority}", "bold": True},
        {"kind": "heading", "text": f"Sub-Priority: {sub}", "level": 3},
        {"kind": "para", "text": f"Impact: {impact}"},
        {"kind": "table", "header_rows": _HEAD, "columns": _COLS, "widths": _W, "repeat_header": True,
         "rows": rows},
    ]


def _section(number, title, paras):
    return {"kind": "table", "columns": [number, title], "widths": [7, 93], "repeat_header": False,
            "rows": [[f"{number[:-3]}.{i:02d}", p] for i, p in enumerate(paras, 1)]}


PAPER = {
    "stem": "b3_06_flintshire_improvement_plan_monitoring",
    "council": "Flintshire County Council",
    "source": {
        "council": "Flintshire County Council",
        "kind": "improvement plan quarterly monitoring (CAMMS performance report)",
        "year": 2015,
        "title": "Cabinet: Quarter 2 Improvement Plan Monitoring Report 2015/16 (report of the Chief Executive, "
                 "with the quarter 2 progress report)",
        "url": "https://committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=11190",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "pdf-reportlab-zebra"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "table", "columns": [{"text": "CABINET", "colspan": 2}, None], "widths": [25, 75],
         "repeat_header": False, "rows": [
             ["Date of Meeting", "Tuesday, 17th November 2015"],
             ["Report Subject", "Quarter 2 Improvement Plan Monitoring Report"],
             ["Cabinet Member", "Leader of the Council and Cabinet Member for Finance"],
             ["Report Author", "Chief Executive"],
             ["Type of Report", "Strategic"],
         ]},
        {"kind": "table", "columns": ["EXECUTIVE SUMMARY"], "widths": [100], "repeat_header": False, "rows": [
            ["The Improvement Plan 2015/16 was adopted by the Council in June 2015. This report presents the "
             "monitoring of progress at the end of the second quarter (July to September 2015). Most activities are "
             "making good progress and are likely to achieve the outcomes planned; this report focuses on the few "
             "areas where progress is slower."],
        ]},
        {"kind": "table", "columns": [{"text": "RECOMMENDATIONS", "colspan": 2}, None], "widths": [7, 93],
         "repeat_header": False, "rows": [
             ["1", "That the levels of progress and confidence in the achievement of the high level activities which "
                   "seek to deliver the impacts of the Improvement Plan are noted and agreed."],
             ["2", "That the performance against Improvement Plan indicators for the half year is noted."],
             ["3", "That Cabinet is assured by the plans and actions in place to manage the delivery of the 2015/16 "
                   "Improvement Plan."],
         ]},
        {"kind": "para", "text": "REPORT DETAILS", "bold": True},
        _section("1.00", "EXPLAINING THE QUARTER 2 MONITORING REPORT", [
            "The Improvement Plan monitoring reports explain the progress being made towards the impacts set out in "
            "the Plan. Each high level activity is assessed on two scales: its progress to date and our confidence "
            "that it will achieve the outcome planned.",
            "Progress: 72% of activities are making good progress (green), 24% satisfactory progress (amber) and 4% "
            "limited progress (red).",
            "Outcome: 78% of activities are likely to achieve the desired outcome (green), 20% may not fully achieve "
            "it (amber) and 2% are unlikely to achieve it (red).",
            "55% of the Improvement Plan indicators met or exceeded their target for the quarter. Most risks are "
            "assessed as moderate (69%) or minor (20%).",
            "An extract of the progress report for the Housing, Economy and Enterprise and Modern and Efficient "
            "Council priorities is attached as Appendix 1. The full reports for each sub-priority have been "
            "reported to the relevant Overview and Scrutiny Committees.",
        ]),
        _section("2.00", "RESOURCE IMPLICATIONS", [
            "There are no resource implications arising from this report; the activities are funded within the "
            "Council's budget."]),
        _section("3.00", "CONSULTATIONS REQUIRED / CARRIED OUT", [
            "Each Overview and Scrutiny Committee receives the monitoring reports for the sub-priorities in its "
            "remit."]),
        _section("4.00", "RISK MANAGEMENT", [
            "Progress against the risks in the Improvement Plan is included in the monitoring reports."]),
        _section("5.00", "APPENDICES", [
            "Appendix 1 \u2013 Improvement Plan 2015/16 Quarter 2 Progress Report (extract)."]),
        _section("6.00", "LIST OF ACCESSIBLE BACKGROUND DOCUMENTS", [
            "Improvement Plan 2015/16. Contact Officer: Bethan Morgan, Performance Lead \u2013 Corporate Business "
            "and Communications."]),
        _section("7.00", "GLOSSARY OF TERMS", [
            "Improvement Plan: the document setting out the Council's priorities and the impacts it aims to "
            "achieve in the year. CAMMS: the system used to monitor and report progress. RAG: Red, Amber, Green "
            "status."]),
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix 1", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Improvement Plan 2015/16 \u2013 Quarter 2 Progress Report", "level": 2},
        {"kind": "para", "text": "Flintshire County Council \u2013 Reporting period: 01-Jul-2015 to 30-Sep-2015"},
        *_sub("Housing", "Appropriate and Affordable Homes", "Improving the choice and quality of local housing", [
            _action("1.1.1.1 Deliver the first phase of new council and affordable homes through the Strategic "
                    "Housing and Regeneration Programme (SHARP)", CE, "In Progress", "01-Apr-2015", "31-Mar-2016",
                    "45.00%", G, G,
                    "Work has started on site for the first 12 council homes in Connah's Quay, and planning "
                    "applications for two further sites will be submitted in November.", "14-Oct-2015"),
            _action("1.1.1.2 Agree a new Local Housing Strategy with partners", CE, "In Progress", "01-Apr-2015",
                    "31-Dec-2015", "70.00%", A, G,
                    "The draft strategy has been consulted on; the final version is now expected at Cabinet in "
                    "January, later than planned.", "09-Oct-2015"),
            _action("1.1.1.3 Bring 40 long-term empty homes back into use", "Rhian Mostyn - Empty Homes Officer",
                    "In Progress", "01-Apr-2015", "31-Mar-2016", "55.00%", G, G,
                    "22 empty homes have been brought back into use so far this year, nine of them with Houses into "
                    "Homes loans.", "12-Oct-2015"),
        ]),
        *_sub("Housing", "Modern, Efficient and Adapted Homes",
              "Improving the standard of homes and helping people to live independently in them", [
                  _action("1.2.1.1 Deliver the Welsh Housing Quality Standard (WHQS) capital programme for 2015/16",
                          "Emlyn Hughes - Capital Works Manager", "In Progress", "01-Apr-2015", "31-Mar-2016",
                          "50.00%", G, G,
                          "Kitchen and bathroom replacements are on programme; 1,180 homes have had work completed "
                          "this year.", "15-Oct-2015"),
                  _action("1.2.1.2 Reduce the average time taken to deliver Disabled Facilities Grants",
                          "Gareth Price - Private Sector Renewal Manager", "In Progress", "01-Apr-2015",
                          "31-Aug-2015", "80.00%", R, A,
                          "The new process for assessing adaptations has not yet reduced waiting times because of a "
                          "backlog of older cases.", "13-Oct-2015"),
              ]),
        *_sub("Economy and Enterprise", "Business Sector Growth and Regeneration",
              "Creating jobs and growing the local economy", [
                  _action("3.1.1.1 Promote the Deeside Enterprise Zone to investors with the Welsh Government", ER,
                          "In Progress", "01-Apr-2015", "31-Mar-2016", "50.00%", G, G,
                          "Three new investors have committed to the Enterprise Zone this quarter, creating an "
                          "estimated 210 jobs.", "08-Oct-2015"),
                  _action("3.1.1.2 Complete the regeneration masterplan for Flint town centre", ER, "Completed",
                          "01-Apr-2015", "31-Jul-2015", "100.00%", G, G,
                          "The masterplan was adopted by Cabinet in July 2015.", "03-Aug-2015"),
                  _action("3.1.1.3 Support town centre businesses through the business rate relief and shop front "
                          "grant schemes", "Ffion Edwards - Town Centre Regeneration Officer", "In Progress",
                          "01-Apr-2015", "31-Mar-2016", "40.00%", A, G,
                          "Take-up of shop front grants has been lower than expected; the scheme is being promoted "
                          "again through the town partnerships.", "12-Oct-2015"),
              ]),
        *_sub("Modern and Efficient Council", "Improving Resource Management",
              "Making the best use of our money, people and assets", [
                  _action("8.2.1.1 Deliver the Medium Term Financial Strategy and the efficiency savings agreed for "
                          "2015/16", "Gwen Ellis - Corporate Finance Manager", "In Progress", "01-Apr-2015",
                          "31-Mar-2016", "50.00%", A, A,
                          "88% of the agreed efficiencies are on course to be achieved; the shortfall is being "
                          "addressed by portfolio management teams.", "16-Oct-2015"),
                  _action("8.2.1.2 Reduce sickness absence through the revised attendance management policy",
                          "Sian Lloyd - Senior Manager - Human Resources and Organisational Design", "In Progress",
                          "01-Apr-2015", "31-Mar-2016", "50.00%", G, A,
                          "Average days lost per employee fell to 4.3 in the first half of the year, but long-term "
                          "absence remains high in two portfolios.", "14-Oct-2015"),
                  _action("8.2.1.3 Implement the Digital Strategy, moving more council services online",
                          "Huw Jenkins - Chief Officer - Governance", "Not Started", "01-Oct-2015", "31-Mar-2016",
                          "0.00%", A, G,
                          "Work will begin in October once the contract for the digital customer platform is "
                          "signed.", "05-Oct-2015"),
              ]),
    ],
}

"""Carmarthenshire County Council (Welsh council): PIMS Scrutiny report, "Scrutiny measures & actions full
monitoring report", Environmental and Public Protection Scrutiny, Quarter 1 2019/20.

Source: the PIMS scrutiny report for the Environmental and Public Protection Scrutiny Committee, Quarter 1 2019/20
(democracy.carmarthenshire.gov.wales documents s35187, copy at pdfslide.net "PIMS Scrutiny report ... ACTIONS -
Theme"), and the Quarter 3 2018/19 Community Scrutiny one (s29835), found with the pages search. Visible: the title
"PIMS Scrutiny report", the line "Scrutiny measures & actions full monitoring report", the committee and quarter,
"Filtered by: Organisation - Carmarthenshire County Council  Source document - Corporate Strategy 2019/20", the
sentence introducing the summary table, the summary table itself (rows per numbered well-being objective split into
Actions and Measures; columns Total / On target / Off target / Not reported / Not available / Annual / Not started /
% on target / Overall % on target; an "Overall Performance" row), the key "Performance against Target: On target,
Off target, Annual / Not Started", the footer "Page 1 of 15", and section headings of the form "ACTIONS - Theme: 12.
Look after the environment now and for the future". Modelled: the detailed action tables under each theme heading
(columns Action Ref / Action / Target date / Comment / Head of Service / Judgement; six-digit PIMS action
references; day-first target dates) and every action and comment. Only two themes are modelled (12 and 13), with
their summary rows adjusted to match. Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind action_plan (a PIMS monitoring print-out, no report text); body "Environmental and Public Protection
  Scrutiny Committee"; meeting_date 2019-09-27 as printed in the title block; report_title "PIMS Scrutiny report".
- The summary table is not a plan (counts only): no actions from it.
- Theme from the heading above each action table, without the "ACTIONS - Theme:" label, numbering kept
  ("12. Look after the environment now and for the future"). theme_category local_priorities_and_outcomes (place,
  environment, transport outcomes).
- action_ref the PIMS reference as printed ("13542").
- progress_as_of: "Progress at 30 June 2019" printed under the title -> 2019-06-30.
- Status from the Judgement column: "On target" on_track, "Off target" off_track, "Complete" completed; no RAG
  colours are printed, so rag null.
- Target dates "31/03/2020" -> day; "31/12/2019" day; "30/06/2019" (past, on 30 June, not overdue: not earlier).
- Head of Service column: one post each, printed as a post.
"""

HW = "Head of Waste and Environmental Services"
HH = "Head of Highways and Transportation"
HP = "Head of Property"
HPP = "Head of Homes and Safer Communities"

T12 = [
    ["13542", "Complete the roll-out of the new kerbside food waste caddies to all households",
     "31/03/2020", "Deliveries completed in four of the six collection rounds; the remaining rounds are scheduled "
     "for the autumn.", HW, "On target"],
    ["13543", "Prepare a litter and fly-tipping enforcement plan with town and community councils",
     "31/12/2019", "Draft plan shared with the town councils in June. Comments are due back in August.", HW,
     "On target"],
    ["13544", "Install LED lighting and smart meters in the ten council buildings with the highest energy use",
     "31/03/2020", "Surveys done for six buildings. The contractor's start date has slipped to October, so the "
     "target may not be met.", HP, "Off target"],
    ["13545", "Publish the Council's Net Zero Carbon Action Plan", "30/06/2019",
     "The plan was approved by Council on 12 June 2019 and is on the website.", HP, "Complete"],
    ["13546", "Review the Council's biodiversity duty forward plan and report progress to Welsh Government",
     "31/12/2019", "Officer working group set up; the review is under way.", HPP, "On target"],
]
T13 = [
    ["13601", "Deliver the 2019/20 highway resurfacing programme", "31/03/2020",
     "Twelve of the 41 schemes are complete. Work is programmed to the end of the financial year.", HH,
     "On target"],
    ["13602", "Complete the design of the next phase of the Tywi Valley cycle path", "31/03/2020",
     "Design work is progressing and land discussions have begun with owners along the route.", HH, "On target"],
    ["13603", "Introduce new school crossing patrol arrangements at three sites", "30/09/2019",
     "Two of the three sites are now covered. Recruitment for the third site is still open.", HH, "Off target"],
    ["13604", "Submit a bid to Welsh Government for active travel funding", "30/06/2019",
     "Bid submitted in May 2019.", HH, "Complete"],
    ["13605", "Carry out a review of parking charges in the county's town centres", "31/12/2019",
     "Survey of car park use completed; options will be reported to the Executive Board in the autumn.", HH,
     "On target"],
]

COLS = ["Action Ref", "Action", "Target date", "Comment", "Head of Service", "Judgement"]
WID = [8, 30, 9, 31, 14, 8]

PAPER = {
    "stem": "b8_07_carmarthenshire_pims_scrutiny_actions",
    "council": "Carmarthenshire County Council",
    "source": {
        "council": "Carmarthenshire County Council",
        "kind": "corporate strategy actions: PIMS scrutiny monitoring report (quarterly)",
        "year": 2019,
        "title": "PIMS Scrutiny report: Scrutiny measures & actions full monitoring report, Environmental and Public "
                 "Protection scrutiny, Quarter 1 2019/20",
        "url": "https://pdfslide.net/documents/pims-scrutiny-a-documents-a-s35187-a-pims-scrutiny-report-actions-theme.html",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.5},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "heading", "text": "PIMS Scrutiny report", "level": 1},
        {"kind": "para", "text": "Scrutiny measures & actions full monitoring report", "bold": True},
        {"kind": "para", "text": "Environmental and Public Protection Scrutiny Committee \u2013 27 September 2019 "
                                 "\u2013 Quarter 1 2019/20"},
        {"kind": "para", "text": "Progress at 30 June 2019"},
        {"kind": "para", "text": "Filtered by: Organisation - Carmarthenshire County Council    Source document - "
                                 "Corporate Strategy 2019/20"},
        {"kind": "para", "text": "The table below summarises progress against target for the Actions and Measures in "
                                 "the selected document."},
        {"kind": "table",
         "columns": ["", "", "Total", "On target", "Off target", "Not reported", "Not available",
                     "Annual / Not started", "% on target", "Overall % on target"],
         "widths": [30, 9, 6, 7, 7, 7, 7, 9, 7, 9],
         "repeat_header": False,
         "rows": [
             [{"text": "12. Look after the environment now and for the future", "rowspan": 2}, "Actions", "5", "4",
              "1", "0", "N/A", "0", "80%", {"text": "83%", "rowspan": 2}],
             [None, "Measures", "1", "1", "0", "0", "0", "0", "100%", None],
             [{"text": "13. Improve the highway and transport infrastructure and connectivity", "rowspan": 2},
              "Actions", "5", "4", "1", "0", "N/A", "0", "80%", {"text": "67%", "rowspan": 2}],
             [None, "Measures", "1", "0", "0", "0", "0", "1", "0%", None],
             [{"text": "Overall Performance", "bold": True}, "Actions and Measures", "12", "9", "2", "0", "0", "1",
              "75%", ""],
         ],
         "notes": ["Performance against Target:  On target    Off target    Annual / Not Started"]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "ACTIONS - Theme: 12. Look after the environment now and for the future",
         "level": 2},
        {"kind": "table", "columns": COLS, "widths": WID, "repeat_header": True, "rows": T12},
        {"kind": "heading", "text": "ACTIONS - Theme: 13. Improve the highway and transport infrastructure and "
                                    "connectivity", "level": 2},
        {"kind": "table", "columns": COLS, "widths": WID, "repeat_header": True, "rows": T13},
    ],
}

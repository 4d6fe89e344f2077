"""Devon County Council, Cabinet, 13 September 2023: Youth Justice Plan 2023/24 (report of the Director of
Children and Young People's Futures), with the review of the previous year's priorities as an appendix.

Source: the Council item of the Youth Justice Plan (democracy.devon.gov.uk/ieIssueDetails.aspx?IId=34213), which
quotes the Cabinet resolution of 13 September 2023 (Minute 377), and the 2024 item (IId=34409), found with the pages
search; the Youth Justice Board's guidance on plan headings (gov.uk). Visible: the meeting and date, the report's
purpose (endorse the 2023/2024 Youth Justice Service Plan and recommend it to Council under Regulation 4 of the
Local Authorities (Functions and Responsibilities) (England) Regulations 2000; the pooled budget contribution of
GBP 299,200; maintaining dialogue on youth justice in communities), and that the plan reviews progress against
priorities and performance. Modelled: the report number (CS/23/31) and the rest of the report in Devon's template
(Recommendation, 1. Summary, 2. Background ... numbered paragraphs); the appendix table: a two-row heading with
"Delivery" spanning Owner / Target and "Year-end position" spanning Update / RAG, "Key deliverables" as the action
column, the priority number and text in the first two columns, RAG as a coloured word, a key under the table.
Every sentence is our own; names are invented.

Decisions for the gold:
- action is "Key deliverables"; the "Priority" cell is area_for_improvement; its number is action_ref. A priority
  with two deliverable rows prints its number and text merged down; the deliverables are two actions with refs
  "4a"/"4b" as printed in the deliverable cell.
- theme null (no themes printed; the table sits under the heading "Review of 2022/23 priorities", which is the
  section title, not a theme of the actions) -> theme null; theme_category from the priority text: all about
  services to children (community outcomes) -> local_priorities_and_outcomes, except 6 (workforce training) ->
  capacity_for_improvement and 7 (Management Board governance) -> governance_and_culture.
- status and rag from the RAG word: Blue -> completed, Green -> on_track, Amber -> at_risk, Red -> off_track.
- progress_as_of 2023-03-31 from "Position at 31 March 2023" above the table.
- "YJS Manager / Education Lead, YJS" is two posts; "YJS" is kept as printed.
"""

BL, GR, AM, RD = "00B0F0", "00B050", "FFC000", "FF0000"


def _rag(w):
    return {"text": w, "fill": {"Blue": BL, "Green": GR, "Amber": AM, "Red": RD}[w], "bold": True}


M = "YJS Manager"
ROWS = [
    ["1", "Reduce the number of children entering the youth justice system for the first time.",
     "Extend the out-of-court disposal panel to include a diversion option for first-time offences.", M,
     "Sept 2022", "The diversion option started in October and 86 children were diverted in the year.",
     _rag("Blue")],
    ["2", "Reduce the use of custody and remands for children.",
     "Work with the courts to offer robust bail support packages as an alternative to remand.", M + " / Court Officer, YJS",
     "March 2023", "Bail support offered in every eligible case; two remands to youth detention in the year.",
     _rag("Green")],
    ["3", "Improve the education, training and employment outcomes of children open to the service.",
     "Agree a protocol with schools on sharing attendance and exclusion information for children open to the YJS.",
     M + " / Education Lead, YJS", "December 2022",
     "The protocol is agreed in principle but has not yet been signed by all secondary schools.", _rag("Amber")],
    [{"text": "4", "rowspan": 2},
     {"text": "Make sure children's health needs, including speech and language needs, are identified and met.",
      "rowspan": 2},
     "4a. Screen every child on a court order for speech, language and communication needs.", "Health Lead, YJS",
     "Q4 2022/23", "92% of children on court orders screened.", _rag("Green")],
    [None, None, "4b. Set up a direct referral route to child and adolescent mental health services.",
     "Health Lead, YJS", "March 2023",
     "Referral route not yet in place owing to vacancies in the mental health team; carried into 2023/24.",
     _rag("Red")],
    ["5", "Hear the voice of children and their families in how the service is shaped.",
     "Run a participation group and use feedback surveys at the end of every intervention.", "Participation Officer",
     "Ongoing", "A participation group of six young people met four times; survey results reported to the Board.",
     _rag("Green")],
    ["6", "Develop the skills of the workforce in trauma-informed and Child First practice.",
     "Deliver trauma-informed practice training to all case-holding staff.", "Head of Service \u2013 Youth Justice",
     "March 2023", "All case-holding staff trained by February.", _rag("Blue")],
    ["7", "Strengthen the oversight of the service by the Management Board.",
     "Review the Board's membership and terms of reference, and agree a performance report for each meeting.",
     "Chair of the YJS Management Board", "Q3 2022/23",
     "Terms of reference revised in December; the new performance report is still being developed.",
     _rag("Amber")],
    ["8", "Improve outcomes for victims of offences committed by children.",
     "Offer restorative justice to every identified victim and record their views.", "Victim Worker, YJS",
     "March 2023", "All identified victims contacted; 41% took part in a restorative process.", _rag("Green")],
]

HEAD = [[{"text": "No.", "rowspan": 2}, {"text": "Priority", "rowspan": 2},
         {"text": "Key deliverables", "rowspan": 2}, {"text": "Delivery", "colspan": 2},
         {"text": "Year-end position", "colspan": 2}]]
COLS = [None, None, None, "Owner", "Target", "Update", "RAG"]


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b5_05_devon_youth_justice_plan_review",
    "council": "Devon County Council",
    "source": {
        "council": "Devon County Council",
        "kind": "youth justice plan: review of the previous year's priorities (covering report to Cabinet)",
        "year": 2023,
        "title": "Youth Justice Plan 2023/24, report of the Director of Children and Young People's Futures, "
                 "Cabinet, 13 September 2023",
        "url": "http://democracy.devon.gov.uk/ieIssueDetails.aspx?IId=34213&PlanId=0&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "header": "CS/23/31",
    "blocks": [
        _p("CS/23/31", True),
        _p("Cabinet", True),
        _p("13 September 2023", True),
        {"kind": "heading", "text": "Youth Justice Plan 2023/24", "level": 1},
        _p("Report of the Director of Children and Young People's Futures", True),
        _p("Please note that the following recommendations are subject to consideration and determination by the "
           "Cabinet (and confirmation under the provisions of the Council's Constitution) before taking effect."),
        _p("Recommendation:", True),
        _p("(a) that the 2023/24 Youth Justice Plan be endorsed and recommended to the County Council for adoption, "
           "in line with Regulation 4 of the Local Authorities (Functions and Responsibilities) (England) "
           "Regulations 2000;"),
        _p("(b) that the Council's existing contribution of \u00a3299,200 to the pooled youth justice budget be "
           "agreed, noting that no additional funding is sought; and"),
        _p("(c) that the report be further endorsed to support an informed dialogue about youth justice in local "
           "communities."),
        _p("1. Summary", True),
        _p("1.1 Every local authority must prepare an annual youth justice plan with its partners, setting out how "
           "youth justice services are provided, funded and governed. The 2023/24 plan was agreed by the Youth "
           "Justice Service Management Board in June and submitted to the Youth Justice Board."),
        _p("2. Progress in 2022/23", True),
        _p("2.1 The service delivered most of its 2022/23 priorities. Fewer children entered the youth justice "
           "system for the first time, and every case-holding member of staff has been trained in "
           "trauma-informed practice."),
        _p("2.2 Two areas are carried forward into the new plan: information sharing with schools and access to "
           "mental health support. The review of each priority is set out in the Appendix."),
        _p("3. Financial Considerations", True),
        _p("3.1 The service is funded through a pooled budget with partners. The Council's contribution is "
           "unchanged."),
        _p("Electoral Divisions: All", True),
        _p("Contact for enquiries: Martin Greenaway, Head of Service \u2013 Youth Justice"),
        {"kind": "page_break"},
        _p("Appendix", True),
        {"kind": "heading", "text": "Review of 2022/23 priorities", "level": 2},
        _p("Position at 31 March 2023", True),
        {"kind": "table", "header_rows": HEAD, "columns": COLS, "widths": [4, 20, 24, 13, 8, 23, 8],
         "repeat_header": True, "rows": ROWS,
         "notes": ["RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some slippage; Red \u2013 "
                   "not on track / not delivered."]},
    ],
}

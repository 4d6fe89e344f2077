"""Guildford Borough Council: Equality Scheme Action Plan 2021-2024 (Appendix 2 to "Equality Scheme and Action
Plan", Corporate Governance and Standards Committee, 17 June 2021), the action plan kept as a spreadsheet with a
column of updates.

Source: the committee's issue page (democracy.guildford.gov.uk/ieIssueDetails.aspx?IId=9192&Opt=3), found with the
pages search. Visible: the meeting, date and item; the scheme's key objectives (show how the Council meets its duties
under the Equality Act 2010; a structured, easy to understand equality framework; a workforce that encourages
equality, diversity and inclusion); that the scheme is reviewed annually and updated every three years, the action
plan reviewed quarterly by the Equality and Diversity Group and monitored yearly by the Committee; that the revised
action plan was Appendix 2 (on a supplementary sheet); members' suggestion that completed actions carry a date.
Modelled: the layout of the appendix (not seen): title rows, an "Updated:" date line, columns Objective / Action /
Lead Officer / Timescale / Update, the objective printed once in the first row of its group with the cells below
left blank, no status column (the update starts with a status phrase, or not), dates as the Council writes them.
Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind action_plan; the appendix prints no meeting or body -> unscored. report_title is the title row
  "Equality Scheme Action Plan 2021-2024".
- theme is the Objective cell, carried down the blank cells below it. theme_category: objective 1 (meeting legal
  duties, equality impact assessments in decision making) -> governance_and_culture; objective 2 (accessible
  services for customers) -> local_priorities_and_outcomes; objective 3 (workforce) -> capacity_for_improvement.
- no refs printed: action_ref "1".."11" in table order.
- status from the leading phrase of the Update cell ("Complete", "Ongoing", "In progress", "Not started",
  "Delayed"); an update with none of them -> unknown (status_raw null).
- "Complete (March 2021)" -> completed; the date in brackets is when it was done, not a deadline.
- progress_as_of 2021-06-01 from "Updated: 1 June 2021".
- "Lead Officer" cells with "/" between two posts are two lead_officers; "HR" expands to Human Resources per the
  contract's glossary ("HR Manager" -> "Human Resources Manager").
"""

O1 = "1. Meet our legal duties under the Equality Act 2010"
O2 = "2. Provide services that are accessible to all our customers"
O3 = "3. Have a workforce that understands and promotes equality, diversity and inclusion"

ROWS = [
    [O1, "Publish equality information about our services and workforce each year.", "Policy Officer",
     "Annually (January)", "Complete (January 2021). Next publication due January 2022."],
    ["", "Review the equality impact assessment template and guidance.", "Policy Officer", "September 2021",
     "In progress \u2013 draft template tested with two services."],
    ["", "Make sure every Executive and Council report considers equality implications.",
     "Democratic Services Manager", "Ongoing", "Ongoing \u2013 report template includes an equality section."],
    ["", "Set up an Equality and Diversity Group of officers from across the Council to review the plan every "
         "quarter.", "Policy Officer / Strategic Director", "April 2021", "Complete (March 2021)."],
    [O2, "Check the Council's website against the public sector accessibility regulations and fix the issues "
         "found.", "Digital Services Manager", "December 2021",
     "In progress \u2013 main issues fixed; PDF documents still being replaced."],
    ["", "Offer translation and interpreting services for customers who need them.", "Customer Services Manager",
     "Ongoing", "Ongoing \u2013 contract renewed in April 2021."],
    ["", "Improve the recording of equality monitoring information in the customer contact system.",
     "Customer Services Manager", "2021/22", "Not started \u2013 waiting for the system upgrade."],
    ["", "Carry out an access audit of the Council's public buildings.", "Facilities Manager", "March 2021",
     "Delayed \u2013 audits were suspended during the pandemic; now planned for the autumn."],
    [O3, "Provide equality and diversity e-learning for all staff and councillors.", "HR Manager", "Q2 2021/22",
     "Course chosen; roll-out to staff from July."],
    ["", "Review recruitment practice to remove barriers for under-represented groups.",
     "HR Manager / Strategic Director", "March 2022", "In progress \u2013 anonymised shortlisting being trialled."],
    ["", "Set up staff networks for staff who wish to join them.", "HR Manager", "Autumn 2021",
     "Not started."],
]

PAPER = {
    "stem": "b5_06_guildford_equality_scheme_action_plan",
    "council": "Guildford Borough Council",
    "source": {
        "council": "Guildford Borough Council",
        "kind": "equality scheme action plan with updates (spreadsheet appendix)",
        "year": 2021,
        "title": "Equality Scheme and Action Plan (Appendix 2: Equality Scheme Action Plan), Corporate Governance "
                 "and Standards Committee, 17 June 2021",
        "url": "https://democracy.guildford.gov.uk/ieIssueDetails.aspx?IId=9192&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "text"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.5},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "Appendix 2", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Equality Scheme Action Plan 2021-2024", "level": 1},
        {"kind": "para", "text": "Guildford Borough Council"},
        {"kind": "para", "text": "Updated: 1 June 2021", "bold": True},
        {"kind": "table", "columns": ["Objective", "Action", "Lead Officer", "Timescale", "Update"],
         "widths": [20, 32, 15, 11, 26], "repeat_header": True, "rows": ROWS,
         "notes": ["The action plan is reviewed every quarter by the Equality and Diversity Group and reported to "
                   "the Corporate Governance and Standards Committee every year."]},
    ],
}

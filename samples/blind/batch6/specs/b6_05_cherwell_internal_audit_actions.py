"""Cherwell District Council: Internal Audit Progress Report 2023/24 to the Accounts, Audit and Risk Committee, with
the implementation status of previously agreed management actions (spreadsheet appendix).

Source: Cherwell's issue "Internal Audit Progress Report 2023/24" (modgov.cherwell.gov.uk/ieIssueDetails.aspx?
IId=26578), found with the pages search. Visible there: item 29, report of the Assistant Director of Finance; the
two completed audits (Community Development Projects, finalised, and Climate, at draft) both with an overall
conclusion of Amber; three audits under way and three planned; "the implementation status of previously agreed
management actions continues to be positive"; the recommendation "To note the progress with the 2023/24 Internal
Audit Plan and the outcome of the completed audits"; the Chief Internal Auditor presenting. Modelled: the meeting
date (22 November 2023), the report's sections and the appendix of management actions (not seen): a spreadsheet
with columns Audit / Ref / Priority / Management Action / Action Owner / Due Date / Revised Due Date / Status /
Comments, the audit name printed only on the first row of its actions, a "Position at 31 October 2023" line. The
audits other than Community Development Projects, and all wording, are our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body Accounts, Audit and Risk Committee; meeting_date 2023-11-22; report_title
  "Internal Audit Progress Report 2023/24".
- theme is the Audit cell, carried down the blank cells below it. theme_category: Community Development Projects ->
  local_priorities_and_outcomes; Procurement and Contract Management, Council Tax and Business Rates ->
  financial_planning_and_management; Cyber Security -> capacity_for_improvement (IT); Risk Management ->
  governance_and_culture.
- action is the Management Action; progress the Comments; "Priority" (High/Medium/Low) is the audit finding's
  priority, not a link to a council priority, so council_priority null.
- Revised Due Date -> revised_due_date; due_date keeps the original. is_overdue uses the revised date.
- progress_as_of 2023-10-31 from "Position at 31 October 2023".
- Status: Implemented -> completed; In progress -> on_track (even with a revised date: the explicit status wins);
  Overdue -> off_track; Not started -> not_started. No RAG.
- "Annual", "Monthly", "Quarterly" in Due Date -> recurrence, no date. "Q4 2023/24" -> 2024-03-31 quarter.
- Leads: "Procurement Manager / Head of Legal Services" two posts; "HR Manager" -> "Human Resources Manager" by the
  contract's glossary; "ICT" stays.
"""

ROWS = [
    ("Community Development Projects 2023/24", [
        ("CD1", "High", "Set up a single register of community grants and projects showing the funding agreed, the "
                        "conditions and the monitoring due.", "Community Development Manager", "31/12/2023", "",
         "In progress", "Register template agreed; data from the three grant schemes is being moved into it."),
        ("CD2", "Medium", "Check that the outcomes reported by funded groups are backed by evidence before the final "
                          "payment is made.", "Community Development Manager", "31/10/2023", "", "Implemented",
         "Evidence checklist added to the payment process from October."),
        ("CD3", "Low", "Review the terms of reference of the Community Projects Panel.",
         "Assistant Director \u2013 Wellbeing and Housing", "31/03/2024", "", "Not started",
         "To be taken to the Panel in February."),
    ]),
    ("Procurement and Contract Management 2022/23", [
        ("PC1", "High", "Publish the contracts register every quarter, as the Local Government Transparency Code "
                        "requires.", "Procurement Manager", "30/06/2023", "30/11/2023", "In progress",
         "Register for quarter 1 published in September; quarter 2 to follow in November."),
        ("PC2", "High", "Make sure every contract over \u00a325,000 has a named contract manager recorded on the "
                        "system.", "Procurement Manager", "30/09/2023", "", "Overdue",
         "72% of contracts have a named manager. Reminder sent to all Assistant Directors."),
        ("PC3", "Medium", "Train contract managers in the Contract Procedure Rules.",
         "Procurement Manager / Head of Legal Services", "31/08/2023", "", "Implemented",
         "Four sessions held in July and August; 46 officers attended."),
    ]),
    ("Cyber Security 2022/23", [
        ("CS1", "High", "Test the IT disaster recovery plan and record the lessons learned.",
         "Head of Digital and ICT", "31/07/2023", "31/01/2024", "In progress",
         "Test moved to January to fit around the data centre move."),
        ("CS2", "Medium", "Require all staff and councillors to complete cyber awareness training every year.",
         "Head of Digital and ICT / HR Manager", "Annual", "", "Implemented",
         "Annual module launched in April; 93% of staff have completed it so far."),
        ("CS3", "Medium", "Remove the user accounts of leavers within five working days.", "Head of Digital and ICT",
         "30/09/2023", "", "Implemented", "The leavers' process now triggers account removal automatically."),
    ]),
    ("Council Tax and Business Rates 2022/23", [
        ("CT1", "Medium", "Reconcile the council tax and business rates systems to the valuation lists every month.",
         "Revenues and Benefits Manager", "Monthly", "", "Implemented",
         "Monthly reconciliations signed off since June."),
        ("CT2", "Low", "Update the write-off procedure and the limits of delegated authority.",
         "Revenues and Benefits Manager", "31/03/2023", "31/12/2023", "In progress",
         "Draft procedure is with the Section 151 Officer for approval."),
    ]),
    ("Risk Management 2022/23", [
        ("RM1", "Medium", "Review the strategic risk register with the Corporate Leadership Team every quarter.",
         "Performance and Insight Team Leader", "Quarterly", "", "Implemented",
         "Reviewed by the Corporate Leadership Team in July and October."),
        ("RM2", "Medium", "Give risk owners training on scoring risks and recording controls.",
         "Performance and Insight Team Leader", "31/12/2023", "", "In progress",
         "Training material drafted; sessions booked for December."),
        ("RM3", "Low", "Report the annual review of risk management to this Committee.",
         "Assistant Director of Finance", "Q4 2023/24", "", "Not started", "Due for the March meeting."),
    ]),
]


def _rows():
    out = []
    for audit, acts in ROWS:
        for j, (ref, prio, act, owner, due, rev, status, comment) in enumerate(acts):
            out.append([audit if j == 0 else "", ref, prio, act, owner, due, rev, status, comment])
    return out


PAPER = {
    "stem": "b6_05_cherwell_internal_audit_actions",
    "council": "Cherwell District Council",
    "source": {
        "council": "Cherwell District Council",
        "kind": "internal audit progress report with the implementation status of agreed management actions",
        "year": 2023,
        "title": "Internal Audit Progress Report 2023/24, Accounts, Audit and Risk Committee",
        "url": "https://modgov.cherwell.gov.uk/ieIssueDetails.aspx?IId=26578&Opt=3&PlanId=0",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-zebra"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "header": "Cherwell District Council",
    "footer": "Accounts, Audit and Risk Committee \u2013 22 November 2023          Page {page}",
    "blocks": [
        {"kind": "para", "text": "Cherwell District Council", "bold": True},
        {"kind": "para", "text": "Accounts, Audit and Risk Committee", "bold": True},
        {"kind": "para", "text": "22 November 2023", "bold": True},
        {"kind": "heading", "text": "Internal Audit Progress Report 2023/24", "level": 1},
        {"kind": "para", "text": "Report of Assistant Director of Finance"},
        {"kind": "para", "text": "This report is public"},
        {"kind": "heading", "text": "Purpose of report", "level": 2},
        {"kind": "para", "text": "To update the Committee on progress with the 2023/24 Internal Audit Plan and on the "
                                 "implementation of management actions agreed in earlier audit reports."},
        {"kind": "heading", "text": "1.0 Recommendations", "level": 2},
        {"kind": "para", "text": "The meeting is recommended:"},
        {"kind": "para", "text": "1.1 To note the progress with the 2023/24 Internal Audit Plan and the outcome of the "
                                 "completed audits."},
        {"kind": "para", "text": "1.2 To note the implementation status of agreed management actions at Appendix 1."},
        {"kind": "heading", "text": "2.0 Introduction", "level": 2},
        {"kind": "para", "text": "2.1 Two audits of the 2023/24 plan are complete. Community Development Projects has "
                                 "been finalised with an overall conclusion of Amber, and its action plan has been "
                                 "agreed with senior management. The audit of Climate is at draft report stage. "
                                 "Three further audits are under way and three are planned for later in the year."},
        {"kind": "heading", "text": "3.0 Report Details", "level": 2},
        {"kind": "para", "text": "3.1 Internal Audit follows up every agreed management action when it falls due. "
                                 "Appendix 1 shows the actions from recent audits that were open at the start of "
                                 "the year, their owners, the original and any revised due dates, and the position "
                                 "at 31 October 2023."},
        {"kind": "para", "text": "3.2 Of the 14 actions shown, six have been implemented, five are in progress, one "
                                 "is overdue and two have not started. A revised due date has been agreed for three "
                                 "actions. The overdue action (PC2) has been raised with the Corporate Leadership "
                                 "Team."},
        {"kind": "heading", "text": "4.0 Conclusion and Reasons for Recommendations", "level": 2},
        {"kind": "para", "text": "4.1 The implementation of agreed actions remains good across the council. The "
                                 "Committee is asked to note the report."},
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix 1 \u2013 Implementation status of agreed management actions", "bold": True},
        {"kind": "para", "text": "Position at 31 October 2023"},
        {"kind": "table",
         "columns": ["Audit", "Ref", "Priority", "Management Action", "Action Owner", "Due Date",
                     "Revised Due Date", "Status", "Comments"],
         "widths": [13, 4, 6, 24, 14, 8, 8, 8, 22],
         "repeat_header": True,
         "rows": _rows()},
    ],
}

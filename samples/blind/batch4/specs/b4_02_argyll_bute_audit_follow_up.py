"""Argyll and Bute Council, Audit and Scrutiny Committee, 14 September 2023: Internal and External Audit Report
Follow Up 2023-24, report by the Chief Internal Auditor (open actions as at 30 June 2023).

Source: the committee's agenda and minutes (argyll-bute.gov.uk/moderngov, Audit and Scrutiny Committee, Thursday
14 September 2023; the same item recurs each quarter, e.g. 15 September 2022 and 14 March 2024), found with the
pages search: "Internal and External Audit Report Follow Up 2023-24 ... Report by Chief Internal Auditor ... an
update on all open actions as at 30 June 2023. The report included information on actions where the agreed
implementation date had been rescheduled." The audit titles used for the banner rows (Purchasing Cards, Cyber
Security, Building Standards, Management of Debt and Debt Recovery, Payroll, Burial Records) are audits the same
minutes list as completed in 2022/23.

Visible: meeting, date, title, author, what the report covers (open actions at 30 June 2023, rescheduled dates).
Modelled: the council's committee report template (ARGYLL AND BUTE COUNCIL / committee / department / date block,
numbered sections 1. EXECUTIVE SUMMARY to 6. APPENDICES with 5. IMPLICATIONS listing Policy, Financial, Legal, HR,
Fairer Scotland Duty, Climate Change, Risk, Customer Service), Appendix 1 (a summary by department with a Total
row, not a plan) and the Appendix 2 tracker: a banner row per audit report, action numbers restarting in each
report, Grade, Responsible Officer, Agreed and Revised Implementation Date (dd/mm/yyyy), No. of Times Rescheduled,
Status ("Revised Date Agreed" / "Overdue") and Comment. Landscape, as such trackers are exported from the audit
system; hence pdf-calc and the zebra report-generator print. Every sentence is our own; names are invented.

Decisions for the gold:
- theme is the banner row of the audit report each action sits under; theme_category from it (the Audit Scotland
  annual audit report banner -> governance_and_culture).
- due_raw/due_date from "Agreed Implementation Date"; the "Revised Implementation Date" column gives
  revised_due_date. "No. of Times Rescheduled" is neither a ref nor a date.
- status: "Revised Date Agreed" -> at_risk (a revised deadline with no other status phrase); "Overdue" ->
  off_track. progress is the Comment cell; progress_as_of 2023-06-30 (the "as at 30 June 2023" heading of
  Appendix 2).
- "Head of Customer Support Services / ICT and Digital Manager" is two posts.
"""

_COLS = ["No.", "Agreed Action", "Grade", "Responsible Officer", "Agreed Implementation Date",
         "Revised Implementation Date", "No. of Times Rescheduled", "Status", "Comment"]
_W = [4, 25, 6, 13, 9, 9, 8, 8, 18]

REPORTS = [
    ("Purchasing Cards \u2013 Internal Audit, report issued March 2023", [
        ("1", "Remind all cardholders and approvers in writing of the rules on allowable spend and on keeping "
              "receipts, and ask each of them to confirm they have read the Purchasing Card Procedures.",
         "High", "Head of Financial Services", "31/03/2023", "30/09/2023", "1", "Revised Date Agreed",
         "Reminder sent to cardholders in May 2023. Confirmations from approvers are still coming in and are being "
         "chased through departmental management teams."),
        ("2", "Cancel purchasing cards that have not been used for twelve months.", "Medium",
         "Procurement, Commercial and Contract Manager", "30/04/2023", "", "0", "Overdue",
         "A list of dormant cards has been produced; cancellation is waiting for budget holders to sign it off."),
    ]),
    ("Cyber Security \u2013 Internal Audit, report issued February 2023", [
        ("1", "Complete the self-assessment against the Public Sector Cyber Resilience Framework and agree an "
              "improvement plan from it.", "High", "Head of Customer Support Services / ICT and Digital Manager",
         "31/05/2023", "31/12/2023", "2", "Revised Date Agreed",
         "The self-assessment is well advanced. It was held up by the move to the new service desk system."),
        ("2", "Give cyber security awareness training to every member of staff with network access and keep a "
              "record of completion.", "Medium", "ICT and Digital Manager", "31/05/2023", "", "0", "Overdue",
         "The e-learning module went live in June; just over half of staff had completed it by 30 June 2023."),
    ]),
    ("Building Standards \u2013 Internal Audit, report issued December 2022", [
        ("1", "Set target times for each stage of a building warrant application and report performance against "
              "them to the departmental management team every quarter.", "Medium", "Building Standards Manager",
         "31/03/2023", "31/10/2023", "1", "Revised Date Agreed",
         "Targets drafted in line with the national performance framework; reporting will start with the quarter 2 "
         "figures."),
    ]),
    ("Management of Debt and Debt Recovery \u2013 Internal Audit, report issued January 2023", [
        ("1", "Write off sundry debts that cannot be recovered, with the approval the Financial and Security "
              "Regulations require.", "Medium", "Revenues and Benefits Manager", "31/03/2023", "31/08/2023", "2",
         "Revised Date Agreed",
         "A write-off report covering debts of \u00a348,200 is being prepared for approval."),
        ("2", "Agree with each department a named contact for disputed invoices and a time limit for resolving "
              "them.", "Low", "Revenues and Benefits Manager", "31/05/2023", "", "0", "Overdue",
         "Contacts have been confirmed for four of the six departments."),
    ]),
    ("Payroll \u2013 Internal Audit, report issued March 2023", [
        ("1", "Check a sample of overtime and additional hours claims against the approved timesheets every "
              "month.", "Medium", "Payroll Manager", "31/05/2023", "30/11/2023", "1", "Revised Date Agreed",
         "Sample checks started in June. The procedure note will be finished once the payroll system upgrade is in "
         "place."),
        ("2", "Remove leavers from the payroll system on or before their leaving date, using the leavers' "
              "checklist.", "High", "Payroll Manager", "31/03/2023", "", "0", "Overdue",
         "Two leavers were notified late in April 2023 and were overpaid; the overpayments are being recovered."),
    ]),
    ("Burial Records \u2013 Internal Audit, report issued November 2022", [
        ("1", "Transfer the paper lair registers for the Mid Argyll cemeteries to the electronic burial records "
              "system.", "Low", "Amenity Services Manager", "31/03/2023", "31/03/2024", "1",
         "Revised Date Agreed",
         "Registers for 14 of the 31 cemeteries have been scanned and checked."),
    ]),
    ("Audit Scotland \u2013 Annual Audit Report 2021/22", [
        ("1", "Set out in the medium-term financial strategy how the budget gaps for 2023/24 to 2026/27 will be "
              "closed.", "High", "Section 95 Officer", "30/06/2023", "31/12/2023", "1", "Revised Date Agreed",
         "The budget outlook will be updated in October; savings options are being worked up with the Policy Lead "
         "for Finance."),
        ("2", "Update the workforce plan to show how the Council will meet its future skills needs.", "Medium",
         "Head of Customer Support Services", "31/03/2023", "", "0", "Overdue",
         "The draft workforce plan went to the Strategic Management Team on 21 June 2023 and will go to Council in "
         "September."),
    ]),
]


def _rows():
    rows = []
    for banner, actions in REPORTS:
        rows.append({"banner": banner, "fill": "DDEBF7"})
        rows += [list(a) for a in actions]
    return rows


def _p(text):
    return {"kind": "para", "text": text}


def _h(text):
    return {"kind": "para", "text": text, "bold": True}


PAPER = {
    "stem": "b4_02_argyll_bute_audit_follow_up",
    "council": "Argyll and Bute Council",
    "source": {
        "council": "Argyll and Bute Council",
        "kind": "internal and external audit recommendations follow-up (open actions, rescheduled dates)",
        "year": 2023,
        "title": "Internal and External Audit Report Follow Up 2023-24, report by the Chief Internal Auditor, "
                 "Audit and Scrutiny Committee, 14 September 2023",
        "url": "https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=595&MId=15308&Ver=4",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-zebra"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "blocks": [
        {"kind": "para", "text": "ARGYLL AND BUTE COUNCIL                                                         "
                                 "AUDIT AND SCRUTINY COMMITTEE", "bold": True},
        {"kind": "para", "text": "CHIEF INTERNAL AUDITOR                                                            "
                                 "14 SEPTEMBER 2023", "bold": True},
        {"kind": "heading", "text": "INTERNAL AND EXTERNAL AUDIT REPORT FOLLOW UP 2023-24", "level": 2},
        _h("1.  EXECUTIVE SUMMARY"),
        _p("1.1  Internal Audit follows up every action agreed in internal and external audit reports and reports the "
           "position to each meeting of the Committee."),
        _p("1.2  This report gives the position of all open actions as at 30 June 2023. Of the 41 actions due by "
           "that date, 29 have been implemented, 7 have a revised implementation date agreed by the relevant "
           "Executive Director and 5 are overdue."),
        _p("1.3  Appendix 1 summarises the actions by department. Appendix 2 lists each open action with the update "
           "given by the responsible officer."),
        _h("2.  RECOMMENDATIONS"),
        _p("2.1  The Audit and Scrutiny Committee is asked to review and endorse this report, including the revised "
           "implementation dates shown in Appendix 2."),
        _h("3.  DETAIL"),
        _p("3.1  Each action is graded High, Medium or Low according to the risk it addresses. Responsible officers "
           "are asked for an update when an action falls due and Internal Audit checks the evidence before an "
           "action is closed."),
        _p("3.2  An officer who cannot meet an agreed date may ask for a revised one. A revised date is accepted only "
           "with the approval of the Executive Director, and the number of times an action has been rescheduled is "
           "shown so that the Committee can see where dates keep moving."),
        _p("3.3  One of the five overdue actions is graded High: the removal of leavers from the payroll. It has been "
           "escalated to the Executive Director."),
        _h("4.  CONCLUSION"),
        _p("4.1  Most actions are implemented by their agreed date. The Committee may wish to ask officers to attend "
           "where a High graded action has been rescheduled more than once."),
        _h("5.  IMPLICATIONS"),
        _p("5.1  Policy \u2013 None."),
        _p("5.2  Financial \u2013 None."),
        _p("5.3  Legal \u2013 None."),
        _p("5.4  HR \u2013 None."),
        _p("5.5  Fairer Scotland Duty:"),
        _p("5.5.1  Equalities \u2013 protected characteristics \u2013 None."),
        _p("5.5.2  Socio-economic Duty \u2013 None."),
        _p("5.5.3  Islands \u2013 None."),
        _p("5.6  Climate Change \u2013 None."),
        _p("5.7  Risk \u2013 Actions that are not implemented leave the risks found by audit unmanaged."),
        _p("5.8  Customer Service \u2013 None."),
        _p("Eilidh MacPhail, Chief Internal Auditor"),
        _p("14 September 2023"),
        _p("For further information contact: Eilidh MacPhail, Chief Internal Auditor, Kilmory, Lochgilphead"),
        _h("APPENDICES"),
        _p("Appendix 1 \u2013 Summary of actions by department"),
        _p("Appendix 2 \u2013 Open actions as at 30 June 2023"),
        {"kind": "page_break"},
        _h("APPENDIX 1 \u2013 SUMMARY OF ACTIONS BY DEPARTMENT"),
        {"kind": "table",
         "columns": ["Department", "Actions due by 30 June 2023", "Implemented", "Revised Date Agreed", "Overdue"],
         "widths": [30, 17, 17, 17, 17], "repeat_header": False,
         "rows": [
             ["Chief Executive's Unit", "13", "8", "3", "2"],
             ["Customer Support Services", "14", "9", "2", "3"],
             ["Development and Economic Growth", "5", "4", "1", "0"],
             ["Roads and Infrastructure Services", "4", "3", "1", "0"],
             ["Education", "3", "3", "0", "0"],
             ["Health and Social Care Partnership", "2", "2", "0", "0"],
             [{"text": "Total", "bold": True}, {"text": "41", "bold": True}, {"text": "29", "bold": True},
              {"text": "7", "bold": True}, {"text": "5", "bold": True}],
         ]},
        {"kind": "page_break"},
        _h("APPENDIX 2 \u2013 OPEN ACTIONS AS AT 30 JUNE 2023"),
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": _rows(),
         "notes": ["Grade: High \u2013 a key control is missing or not working; Medium \u2013 a control needs "
                   "strengthening; Low \u2013 good practice."]},
    ],
}

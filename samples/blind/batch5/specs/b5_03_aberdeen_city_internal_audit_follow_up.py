"""Aberdeen City Council, Audit, Risk and Scrutiny Committee, 27 June 2023: Internal Audit Progress Report
(IA/23/006), with the follow-up of outstanding internal audit recommendations as an appendix.

Source: the committee's issue page (committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=71074&Opt=3), found
with the pages search. Visible there: the committee, date, title and number "Internal Audit Progress Report -
IA/23/006", that it is a report by the Chief Internal Auditor updating on progress against the approved Internal
Audit plans, audit recommendations follow-up and other matters, and the two recommendations ("note the progress of
the Internal Audit Plan"; "note the progress that management had made with implementing recommendations agreed in
Internal Audit reports"). Modelled on Aberdeen's committee report template as we know it: the cover table
(COMMITTEE / DATE / EXEMPT / CONFIDENTIAL / REPORT TITLE / REPORT NUMBER / DIRECTOR / CHIEF OFFICER / REPORT AUTHOR /
TERMS OF REFERENCE), numbered sections 1. PURPOSE OF REPORT, 2. RECOMMENDATIONS, 3. CURRENT SITUATION ... with
paragraphs 3.1, 3.2; the appendix is modelled: a landscape table with one banner row per audit report
("AC2305 Payroll"), the recommendation grading, recommendation, agreed action, "Chief Officer - ..." posts, the
original and revised due dates as dd/mm/yyyy and an update cell starting with a status phrase. Long enough to run
over several pages with the heading repeated. Every sentence is our own; names are invented.

Decisions for the gold:
- action is the "Agreed Action" cell; the "Recommendation" cell is area_for_improvement; the update is progress.
- theme is the banner row above (e.g. "AC2305 Payroll"), as printed with its report number.
- status from the leading phrase of the update ("In progress" -> on_track; "Complete" -> completed; "Not started"
  -> not_started; "Delayed" -> off_track). Updates with no status phrase but a revised due date -> at_risk
  (status_raw null), per the contract.
- "Revised Due Date" gives revised_due_date; "-" there means none.
- progress_as_of 2023-05-31 from the appendix heading "Position as at 31 May 2023".
- lead_officers: "Chief Officer \u2013 Finance / Chief Officer \u2013 People and Citizen Services" is two posts.
- rag null (no colours or RAG words).
"""

CF = "Chief Officer \u2013 Finance"
CPO = "Chief Officer \u2013 People and Citizen Services"
CCL = "Chief Officer \u2013 Corporate Landlord"
CDT = "Chief Officer \u2013 Digital and Technology"
CGV = "Chief Officer \u2013 Governance"
COP = "Chief Officer \u2013 Operations"
CCP = "Chief Officer \u2013 Capital"

MAJ, SIG, MOD = "Major", "Significant within audited area", "Moderate"

AUDITS = [
    ("AC2305 Payroll", "financial_planning_and_management", [
        ("2.1", SIG, "Overtime claims should be authorised before payment by a manager other than the claimant.",
         "System workflow to be changed so that overtime claims cannot be paid until approved by a second manager.",
         CPO, "31/03/2023", "30/09/2023",
         "In progress \u2013 the workflow has been built and is being tested with two services."),
        ("2.2", MOD, "Leavers should be removed from the payroll promptly.",
         "Managers to be reminded of the leavers process; monthly report of late notifications to be sent to "
         "Chief Officers.", CPO, "31/01/2023", "-",
         "Complete \u2013 the first monthly report was issued in February 2023."),
        ("2.3", SIG, "Payroll exception reports should be reviewed and evidenced each month.",
         "Exception reports to be signed off by the Payroll Team Leader every month and retained.", CF + " / " + CPO,
         "28/02/2023", "31/07/2023",
         "Sign-off has started but evidence is not yet retained for every month."),
    ]),
    ("AC2307 Housing Repairs", "local_priorities_and_outcomes", [
        ("2.1", MAJ, "Repairs should be completed within the target times in the Repairs Policy.",
         "Review the repairs backlog and agree a recovery plan with the repairs contractor and in-house teams.",
         CCL, "31/12/2022", "31/08/2023",
         "Delayed \u2013 the backlog has fallen by a third but the recovery plan has not been signed off."),
        ("2.2", SIG, "Variations to repair orders should be approved before work is done.",
         "Only officers with delegated authority to approve variations in the repairs system.", CCL, "31/03/2023",
         "-", "Complete \u2013 system permissions were changed in March 2023."),
        ("2.3", SIG, "Post-inspections of completed repairs should follow a risk-based sample.",
         "A sampling approach for post-inspections to be agreed and recorded.", CCL, "30/04/2023", "-",
         "In progress \u2013 draft approach to be considered by the Housing management team in June."),
        ("2.4", MOD, "Tenants should be told when a repair appointment changes.",
         "Introduce text message notifications for changed appointments.", CCL + " / " + CDT, "30/06/2023", "-",
         "Not started \u2013 dependent on the new housing system."),
    ]),
    ("AC2309 Cyber Security", "capacity_for_improvement", [
        ("2.1", MAJ, "All staff should complete cyber security training every year.",
         "Mandatory annual training to be assigned to all staff, with completion reported to the Corporate "
         "Management Team.", CDT, "31/03/2023", "-",
         "Complete \u2013 completion rate at 31 May 2023 was 93%."),
        ("2.2", SIG, "Servers should be patched within the timescales set in the patching policy.",
         "Automated reporting of patch status to be set up and reviewed every week.", CDT, "31/05/2023", "-",
         "In progress \u2013 reporting in place for most servers; the rest follow in July."),
        ("2.3", SIG, "Accounts not used for 90 days should be disabled.",
         "Monthly script to disable dormant accounts, with exceptions approved by service managers.", CDT,
         "28/02/2023", "31/07/2023",
         "The script has been written; service managers are confirming the list of exceptions."),
    ]),
    ("AC2311 Procurement Waivers", "financial_planning_and_management", [
        ("2.1", SIG, "Waivers of the Procurement Regulations should be recorded centrally.",
         "A central register of waivers to be kept by Commercial and Procurement Services and reported every "
         "quarter.", CF, "31/03/2023", "-",
         "Complete \u2013 register set up and the first quarterly report given to the Strategic Commissioning "
         "Committee."),
        ("2.2", MOD, "Officers approving waivers should have the delegated authority to do so.",
         "The Procurement Regulations guidance to be updated to list who may approve a waiver.", CF + " / " + CGV,
         "30/04/2023", "30/09/2023",
         "Delayed \u2013 guidance will be revised with the wider review of the Procurement Regulations."),
        ("2.3", MOD, "Contracts let under a waiver should have an end date and be re-tendered.",
         "The contracts register to record end dates for contracts let under a waiver.", CF, "31/05/2023", "-",
         "In progress \u2013 end dates added for 40 of 52 contracts."),
    ]),
    ("AC2314 Fleet Management", "capacity_for_improvement", [
        ("2.1", SIG, "Vehicle inspections should be recorded in the fleet system.",
         "Drivers' daily checks to be recorded on handheld devices and uploaded to the fleet system.", COP,
         "31/12/2022", "31/10/2023",
         "Devices have been ordered; roll-out is planned for the summer."),
        ("2.2", MOD, "Fuel card use should be reconciled with vehicle mileage.",
         "Monthly reconciliation of fuel card transactions to mileage, with exceptions followed up.", COP,
         "31/03/2023", "-", "Complete \u2013 reconciliations done for March, April and May."),
        ("2.3", MOD, "Pool vehicle bookings should be controlled.",
         "Use the corporate booking system for all pool vehicles.", COP, "30/06/2023", "-",
         "Not started."),
    ]),
    ("AC2316 Risk Management", "governance_and_culture", [
        ("2.1", SIG, "Cluster risk registers should be reviewed every quarter.",
         "Risk Board to monitor the quarterly review of cluster risk registers.", CGV, "31/03/2023", "-",
         "Complete \u2013 all cluster risk registers reviewed in the last quarter."),
        ("2.2", MOD, "Risk owners should be trained in the risk management framework.",
         "Risk management training to be provided to all risk owners.", CGV, "31/05/2023", "30/09/2023",
         "In progress \u2013 four of seven sessions held; the rest arranged for September."),
    ]),
    ("AC2318 Capital Programme Monitoring", "financial_planning_and_management", [
        ("2.1", MAJ, "Project budgets should be re-profiled when forecast spend changes.",
         "Project managers to update forecasts every month in the financial system, checked by Finance.",
         CCP + " / " + CF, "31/03/2023", "30/06/2023",
         "In progress \u2013 monthly forecasting in place for the larger projects."),
        ("2.2", SIG, "Change requests should be approved before any change to scope is made.",
         "A change control form to be used for every capital project, approved by the project board.", CCP,
         "30/04/2023", "-", "Complete \u2013 form in use from April 2023."),
        ("2.3", MOD, "Project closure reports should record lessons learned.",
         "Closure report template to include a lessons learned section, reported to the Capital Board.", CCP,
         "30/06/2023", "-", "In progress."),
    ]),
]

COLS = ["Ref", "Grading", "Recommendation", "Agreed Action", "Responsible Officer", "Original Due Date",
        "Revised Due Date", "Update"]


def _rows():
    out = []
    for title, _, recs in AUDITS:
        out.append({"banner": title})
        for r in recs:
            out.append(list(r))
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b5_03_aberdeen_city_internal_audit_follow_up",
    "council": "Aberdeen City Council",
    "source": {
        "council": "Aberdeen City Council",
        "kind": "internal audit progress report with follow-up of outstanding audit recommendations",
        "year": 2023,
        "title": "Internal Audit Progress Report - IA/23/006, Audit, Risk and Scrutiny Committee, 27 June 2023",
        "url": "https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=71074&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "ABERDEEN CITY COUNCIL", "bold": True, "align": "center"},
        {"kind": "table", "columns": ["COMMITTEE", "Audit, Risk and Scrutiny Committee"], "widths": [30, 70],
         "repeat_header": False, "rows": [
             ["DATE", "27 June 2023"],
             ["EXEMPT", "No"],
             ["CONFIDENTIAL", "No"],
             ["REPORT TITLE", "Internal Audit Progress Report"],
             ["REPORT NUMBER", "IA/23/006"],
             ["DIRECTOR", "N/A"],
             ["CHIEF OFFICER", "Graham Lennox, Chief Internal Auditor"],
             ["REPORT AUTHOR", "Graham Lennox, Chief Internal Auditor"],
             ["TERMS OF REFERENCE", "2.3"],
         ]},
        _p("1. PURPOSE OF THE REPORT", True),
        _p("1.1 This report sets out Internal Audit's progress against the approved Internal Audit plans, the "
           "position on the follow-up of recommendations agreed in audit reports, and other matters the Committee "
           "should know about."),
        _p("2. RECOMMENDATIONS", True),
        _p("2.1 It is recommended that the Committee:-"),
        _p("2.1.1 Note the progress of the Internal Audit Plan; and"),
        _p("2.1.2 Note the progress that management has made with implementing recommendations agreed in "
           "Internal Audit reports."),
        _p("3. CURRENT SITUATION", True),
        _p("3.1 Internal Audit's Plans"),
        _p("3.1.1 Progress against the 2022/23 and 2023/24 Internal Audit Plans is shown in Appendix A. Twelve "
           "audits from the 2022/23 Plan have been reported to the Committee and the remaining three are at draft "
           "report stage."),
        _p("3.2 Follow-up of audit recommendations"),
        _p("3.2.1 Internal Audit follows up all recommendations agreed with management. Where a recommendation "
           "has not been implemented by its due date, management are asked for a revised date and an explanation, "
           "and the recommendation stays on the list until Internal Audit has confirmed that it has been "
           "implemented."),
        _p("3.2.2 At 31 May 2023, 21 recommendations from seven reports were open or had been completed since the "
           "last report to the Committee. They are listed in Appendix B. Three recommendations graded Major are "
           "included; two of them have revised due dates."),
        _p("3.3 Other matters"),
        _p("3.3.1 There are no other matters to report."),
        _p("4. FINANCIAL IMPLICATIONS", True),
        _p("4.1 There are no direct financial implications arising from the recommendations of this report."),
        _p("5. LEGAL IMPLICATIONS", True),
        _p("5.1 There are no direct legal implications arising from the recommendations of this report."),
        {"kind": "page_break"},
        _p("APPENDIX B \u2013 AUDIT RECOMMENDATIONS FOLLOW UP", True),
        _p("Position as at 31 May 2023", True),
        {"kind": "table", "columns": COLS, "widths": [5, 10, 18, 20, 13, 8, 8, 18], "repeat_header": True,
         "rows": _rows(),
         "notes": ["Grading: Major \u2013 at risk of material loss, error or reputational damage; Significant "
                   "within audited area \u2013 addressing this is important for the area audited; Moderate "
                   "\u2013 a matter of good practice."]},
    ],
}

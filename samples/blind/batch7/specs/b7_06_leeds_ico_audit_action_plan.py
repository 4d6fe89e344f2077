"""Leeds City Council, Corporate Governance and Audit Committee, 30 September 2024: "Mid-Year Update of the
Information Commissioner's Office Action Plan" (covering report with the ICO audit action plan as an appendix).

Source: Leeds's agenda item "Mid-Year Update of the Information Commissioners Office Action Plan"
(democracy.leeds.gov.uk/mgAi.aspx?ID=97923), found with the pages search. Visible: the report presents the ICO audit
action plan progress before the ICO returns to review progress in December 2024; presented by the Head of
Information Management and Governance; as at 13 September, of the 50 recommendations 22% complete, 69% in progress
and 9% not started, one action overdue but going through approval; the ICO gave each recommendation a priority
rating; many actions linked by themes (one document answering several); four recommendations to continue into
2025 because of technology and scale; work on personal data breach handling with Microsoft Power Apps. Modelled:
the meeting date, the report's sections, a summary table with a Total row, and the appendix in the ICO's own
action plan format (Ref / Recommendation / Priority / "Agreed action, date and owner" in one cell with Action:,
Date: and Owner: lines / Status / Progress update), scope areas as banner rows, the 24 recommendations shown (an
extract of the 50) and all wording. Owners are written with the initials defined in the report's paragraph 1.2.
Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body Corporate Governance and Audit Committee; meeting_date 2024-09-30;
  report_title "Mid-Year Update of the Information Commissioner's Office Action Plan".
- theme from the scope-area banner rows; theme_category: Governance and Accountability, Records Management,
  Personal Data Breach Management -> governance_and_culture (governance, risk); Training and Awareness ->
  capacity_for_improvement (workforce).
- The table has both a Recommendation and an agreed action: area_for_improvement = Recommendation; action = the
  text after "Action:" in the combined cell (an analyst separates the three labelled lines); due_raw / due_date
  from the "Date:" line; lead_officers from the "Owner:" line, initials expanded through the definitions printed in
  paragraph 1.2 (HIMG, DPO, SIRO, IGM); "/" separates posts.
- "Priority" (Urgent/High/Medium/Low) is the ICO's rating of the finding, not a council priority: council_priority
  null.
- Status: Complete -> completed; In progress -> on_track; Not started -> not_started; Overdue -> off_track. No
  RAG.
- progress_as_of 2024-09-13 from "Progress update (as at 13 September 2024)".
- "Date: 31/03/2025 (revised from 30/09/2024)" -> revised_due_date 2025-03-31 and due_date 2024-09-30 (the
  original). due_raw is the Date line's text after "Date:".
- "Q3 2024/25" -> 2024-12-31 quarter; "March 2025" -> month; "Ongoing" / "Annually" -> recurrence.
- The summary table (Status / Number / % with a Total row) is not a plan.
"""

HIMG, DPO, SIRO, IGM = "HIMG", "DPO", "SIRO", "IGM"

AREAS = [
    ("Governance and Accountability", [
        ("GA1", "Review the terms of reference of the Information Governance Board so that it has clear oversight "
                "of data protection compliance.", "High",
         "Revise the Board's terms of reference and membership and take them to the Corporate Leadership Team.",
         "30/06/2024", SIRO, "Complete", "New terms of reference agreed in June; the Board now meets monthly."),
        ("GA2", "Produce a data protection compliance report for senior management at least every quarter.",
         "High", "Build a quarterly compliance dashboard covering requests, breaches and training.",
         "Q3 2024/25", HIMG, "In progress", "Dashboard designed; first report due to the Board in November."),
        ("GA3", "Complete the Record of Processing Activities for every directorate.", "Urgent",
         "Run workshops with each directorate to complete and sign off its entries.", "31/12/2024",
         IGM, "In progress", "Four of six directorates complete."),
        ("GA4", "Make sure data protection impact assessments are done before new processing starts.", "High",
         "Add a DPIA screening question to the project and procurement gateways.",
         "31/03/2025 (revised from 30/09/2024)", DPO, "In progress",
         "Gateway changes depend on the new procurement system, so the date has been revised."),
        ("GA5", "Set out the responsibilities of Information Asset Owners in a written role profile.", "Medium",
         "Publish a role profile and brief every Information Asset Owner.", "31/07/2024", HIMG, "Complete",
         "Role profile published in July and briefings held."),
        ("GA6", "Review data protection policies on a set cycle, with version control.", "Medium",
         "Create a policy schedule with review dates and owners.", "Annually", IGM, "In progress",
         "Schedule drafted; six of fourteen policies reviewed so far."),
        ("GA7", "Monitor compliance with the policies through a programme of spot checks.", "Low",
         "Agree a spot-check programme with Internal Audit.", "March 2025", DPO + " / Head of Internal Audit",
         "Not started", "To be planned with Internal Audit for the last quarter."),
    ]),
    ("Training and Awareness", [
        ("TA1", "Require all staff to complete data protection training when they join and every year after.",
         "Urgent", "Make the e-learning mandatory and report completion rates by directorate.", "31/08/2024",
         HIMG + " / Head of Learning and Development", "Overdue",
         "Completion reporting is with the Corporate Leadership Team for approval; completion is 81%."),
        ("TA2", "Provide specialist training for staff who handle subject access requests.", "High",
         "Commission specialist training for the central and directorate request teams.", "31/10/2024",
         IGM, "In progress", "Training provider chosen; sessions booked for October."),
        ("TA3", "Train Information Asset Owners in their role.", "Medium",
         "Deliver a short course for all Information Asset Owners.", "Q3 2024/25", SIRO + " / " + HIMG,
         "In progress", "Course content agreed with the Board."),
        ("TA4", "Record training completion for staff without a council computer.", "Medium",
         "Introduce paper and tablet-based training with completion recorded centrally.", "31/12/2024",
         "Head of Learning and Development", "In progress", "Pilot running in Waste and Parks teams."),
        ("TA5", "Raise awareness of data protection through regular communications.", "Low",
         "Publish a monthly information governance message on the intranet.", "Ongoing", IGM, "Complete",
         "Monthly messages published since May."),
    ]),
    ("Records Management", [
        ("RM1", "Agree a corporate retention schedule and apply it to all systems.", "Urgent",
         "Update the retention schedule and set disposal rules in the main systems.", "March 2025",
         "Records Manager", "In progress",
         "Schedule updated; disposal rules depend on system changes and will continue into 2025."),
        ("RM2", "Keep an inventory of paper records held in council buildings and off-site stores.", "High",
         "Complete a survey of paper records in every building.", "31/12/2024", "Records Manager",
         "In progress", "Survey complete in the Civic Hall and Merrion House."),
        ("RM3", "Control the movement of paper files with a tracking system.", "Medium",
         "Introduce file tracking in the records store.", "Q4 2024/25", "Records Manager", "Not started",
         "Waiting for the new records store contract."),
        ("RM4", "Remove personal data from shared drives that have no clear owner.", "High",
         "Assign an owner to each shared drive and clean up unowned folders.", "31/03/2025",
         "Chief Digital and Information Officer", "In progress", "Owners assigned for 70% of drives."),
        ("RM5", "Check that confidential waste is handled securely by the contractor.", "Medium",
         "Audit the confidential waste contract and collection points.", "30/06/2024", "Records Manager",
         "Complete", "Audit completed in June with no significant issues."),
        ("RM6", "Make sure records are moved or destroyed when services move buildings.", "Low",
         "Add a records step to the office move checklist.", "30/11/2024", "Records Manager", "In progress",
         "Checklist drafted with Facilities Management."),
    ]),
    ("Personal Data Breach Management", [
        ("PB1", "Make the breach reporting process quick and easy for staff.", "High",
         "Replace the breach form with an online reporting app.", "31/12/2024", HIMG, "In progress",
         "App built in Microsoft Power Apps; launch delayed by the Public Services Network certificate work."),
        ("PB2", "Assess each breach for risk within 72 hours and record the decision to report or not.", "Urgent",
         "Introduce a risk assessment template and a 72-hour tracker.", "31/07/2024", DPO, "Complete",
         "Template and tracker in use since July."),
        ("PB3", "Analyse breaches for trends and report them to the Information Governance Board.", "Medium",
         "Produce a quarterly breach trends report.", "Q3 2024/25", IGM, "In progress",
         "First trends report in preparation."),
        ("PB4", "Record the lessons learned from each breach and check that actions are taken.", "Medium",
         "Add a lessons learned section to the breach log with follow-up dates.", "30/11/2024", IGM,
         "In progress", "Breach log updated; follow-up checks start in October."),
        ("PB5", "Test the breach process with an annual exercise.", "Low",
         "Run a tabletop exercise with the Board and directorate leads.", "March 2025", SIRO + " / " + DPO,
         "In progress", "Exercise scenario drafted."),
        ("PB6", "Tell staff what counts as a breach, with examples relevant to their service.", "Medium",
         "Publish breach guidance with service-specific examples.", "31/10/2024", HIMG, "In progress",
         "Guidance drafted for social care and housing."),
    ]),
]


def _rows():
    out = []
    for area, recs in AREAS:
        out.append({"banner": area})
        for ref, rec, prio, action, date, owner, status, update in recs:
            out.append([ref, rec, prio, f"Action: {action}\nDate: {date}\nOwner: {owner}", status, update])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b7_06_leeds_ico_audit_action_plan",
    "council": "Leeds City Council",
    "source": {
        "council": "Leeds City Council",
        "kind": "information governance: ICO data protection audit action plan, mid-year progress (covering report)",
        "year": 2024,
        "title": "Mid-Year Update of the Information Commissioners Office Action Plan, Corporate Governance and "
                 "Audit Committee",
        "url": "https://democracy.leeds.gov.uk/mgAi.aspx?ID=97923",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "text"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "footer": "Page {page} of {pages}",
    "blocks": [
        _p("Report author: Gareth Tulloch", False),
        _p("Report of: Director of Strategy and Resources", False),
        _p("Report to: Corporate Governance and Audit Committee", False),
        _p("Date: 30 September 2024", False),
        {"kind": "heading", "text": "Mid-Year Update of the Information Commissioner's Office Action Plan",
         "level": 1},
        _p("What is this report about?", True),
        _p("1.1 The Information Commissioner's Office (ICO) carried out a consensual audit of the council's data "
           "protection arrangements and made 50 recommendations, each with a priority rating. This report sets "
           "out the progress made on the action plan before the ICO returns to review it in December 2024."),
        _p("1.2 In the action plan the following initials are used: Head of Information Management and "
           "Governance (HIMG); Data Protection Officer (DPO); Senior Information Risk Owner (SIRO); Information "
           "Governance Manager (IGM)."),
        _p("Recommendations", True),
        _p("a) Members are asked to note the progress made on the ICO audit action plan and the actions that will "
           "continue into 2025."),
        _p("Main issues", True),
        _p("2.1 Many of the recommendations are linked, and a single document or process often answers several of "
           "them. The summary below shows the position of the recommendations in the appendix as at 13 "
           "September 2024."),
        {"kind": "table", "columns": ["Status", "Number", "%"], "widths": [14, 8, 8], "repeat_header": False,
         "rows": [["Complete", "5", "21%"], ["In progress", "16", "67%"], ["Not started", "2", "8%"],
                  ["Overdue", "1", "4%"],
                  [{"text": "Total", "bold": True}, {"text": "24", "bold": True}, {"text": "100%", "bold": True}]]},
        _p("2.2 One action is overdue; the proposal is with the Corporate Leadership Team for approval. Four "
           "recommendations need large-scale changes to systems and will continue into 2025; the ICO has been "
           "told of this."),
        _p("What resource and value for money considerations are there?", True),
        _p("3.1 The actions are being delivered within existing resources."),
        {"kind": "page_break"},
        _p("Appendix A \u2013 ICO Audit Action Plan: progress update", True),
        {"kind": "table",
         "columns": ["Ref", "Recommendation", "Priority", "Agreed action, date and owner", "Status",
                     "Progress update (as at 13 September 2024)"],
         "widths": [4, 26, 6, 30, 8, 26],
         "repeat_header": True,
         "rows": _rows()},
    ],
}

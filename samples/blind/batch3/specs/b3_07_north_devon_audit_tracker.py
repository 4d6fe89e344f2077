"""North Devon Council, Audit Recommendation Tracker, Governance Committee, 23 September 2024 (item 119).

Copies the structure of the real report by the Chief Executive and its five appendix tables, as the
Committee's minutes describe them (democracy.northdevon.gov.uk, ieIssueDetails IId=22815): Table A lists
the live audit reports with the average percentage complete of each audit's recommendations; Table B the
recommendations completed since the last meeting; Table C the recommendations for which a time extension
is requested (one on the Devon-wide emergency planning work at 75%, one on housing policies); Table D the
outstanding recommendations (none); Table E the Annual Governance Statement 2023/24 actions, with
24 AGS 03 complete and 24 AGS 06 at 75% and on target for the end of September. The reference scheme
("23 EP 04", "24 AGS 03": year, audit code, number) is the council's own, as printed in the minutes.

Visible in the source: the meeting, date, title, author, the five tables and what each holds, the
reference style, % complete. Modelled: the front-matter layout (North Devon's NORTH DEVON COUNCIL /
REPORT TO / Date / Topic / Report by block and numbered sections, as its committee reports print them),
the column headings of each table, the audit name as a merged column running down the rows of each audit,
the "position as at" line, the totals row of Table A and the single "none" row of Table D. Every sentence
is our own; names are invented.

Decisions for the gold (the contract leaves them open):
- theme: the "Audit" column (merged down) is the theme for Tables B and C; Table E has no such column,
  so its actions take the heading just above it, "Table E – Annual Governance Statement 2023/24".
  The "Table B/C" headings are not themes where a theme column exists.
- Table A (live audits, average % complete, a totals row) is a summary of audits, not actions; Table D's
  single row says there are none. Neither gives an action.
- Table C's "Extension requested to" date is a revised/extended date column -> revised_due_date.
- progress_as_of is the "Position as at 6 September 2024" line above the appendix tables.
"""

AUDIT = {"text": "Audit", "bold": True}

PAPER = {
    "stem": "b3_07_north_devon_audit_tracker",
    "council": "North Devon District Council",
    "source": {
        "council": "North Devon Council",
        "kind": "audit recommendation tracker (covering report, tables A-E)",
        "year": 2024,
        "title": "Audit Recommendation Tracker, report by the Chief Executive, Governance Committee, 23 September 2024 (item 119)",
        "url": "https://democracy.northdevon.gov.uk/ieIssueDetails.aspx?IId=22815&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.5},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "NORTH DEVON COUNCIL", "bold": True, "align": "center"},
        {"kind": "para", "text": "Report to: Governance Committee", "bold": True},
        {"kind": "para", "text": "Date: 23 September 2024"},
        {"kind": "para", "text": "Topic: Audit Recommendation Tracker", "bold": True},
        {"kind": "para", "text": "Report by: Chief Executive"},
        {"kind": "heading", "text": "1. INTRODUCTION", "level": 3},
        {"kind": "para", "text": "1.1 This report tells the Committee how services are getting on with the recommendations "
                                 "made by internal audit (Devon Audit Partnership) and by the external auditor, and with "
                                 "the actions set out in the Annual Governance Statement."},
        {"kind": "heading", "text": "2. RECOMMENDATIONS", "level": 3},
        {"kind": "para", "text": "2.1 That the Committee notes the recommendations completed since its last meeting "
                                 "(Table B)."},
        {"kind": "para", "text": "2.2 That the time extensions requested in Table C are approved."},
        {"kind": "para", "text": "2.3 That the Audit Recommendation Tracker is noted."},
        {"kind": "heading", "text": "3. REASONS FOR RECOMMENDATIONS", "level": 3},
        {"kind": "para", "text": "3.1 The Committee needs assurance that the recommendations managers have agreed are put "
                                 "in place within the timescales they agreed."},
        {"kind": "heading", "text": "4. REPORT", "level": 3},
        {"kind": "para", "text": "4.1 The tracker at Appendix 1 is in five tables. Table A lists the live audit reports "
                                 "and, for each, the average percentage complete of its recommendations. Table B shows "
                                 "the recommendations completed since the last meeting of the Committee. Table C shows "
                                 "the recommendations for which managers are asking for more time. Table D lists any "
                                 "recommendation that is past its due date without an extension being asked for. "
                                 "Table E covers the actions in the Annual Governance Statement 2023/24."},
        {"kind": "para", "text": "4.2 There are eight live audit reports in Table A. Six recommendations have been "
                                 "completed since the June meeting and are shown in Table B."},
        {"kind": "para", "text": "4.3 Two extensions are requested in Table C. The first depends on a joint exercise "
                                 "being arranged across Devon and the council's own part of it is 75% complete. The "
                                 "second, on housing policies, needs only a short extension because the team has been "
                                 "working on urgent homelessness cases."},
        {"kind": "para", "text": "4.4 There are no outstanding recommendations in Table D."},
        {"kind": "para", "text": "4.5 None of the Annual Governance Statement actions in Table E is overdue. Of the two "
                                 "due at the end of September 2024, 24 AGS 03 has been completed and 24 AGS 06 is 75% "
                                 "complete and expected to finish on time."},
        {"kind": "heading", "text": "5. RESOURCE IMPLICATIONS", "level": 3},
        {"kind": "para", "text": "5.1 There are no resource implications arising from this report."},
        {"kind": "heading", "text": "6. EQUALITIES ASSESSMENT", "level": 3},
        {"kind": "para", "text": "6.1 There are no equality implications arising from this report."},
        {"kind": "heading", "text": "7. CONSTITUTIONAL CONTEXT", "level": 3},
        {"kind": "table", "columns": ["Article or Appendix and paragraph", "Referred or delegated power?"],
         "widths": [50, 50], "repeat_header": False,
         "rows": [["Part 3, Annexe 1, paragraph 4.8", "Delegated"]]},
        {"kind": "heading", "text": "8. STATEMENT OF INTERNAL ADVICE", "level": 3},
        {"kind": "para", "text": "The author (below) confirms that advice has been taken from all appropriate Councillors "
                                 "and Officers: Helen Marsland, Head of Governance, 6 September 2024."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 1 \u2013 Audit Recommendation Tracker", "level": 2},
        {"kind": "para", "text": "Position as at 6 September 2024", "bold": True},
        {"kind": "heading", "text": "Table A \u2013 Live audit reports", "level": 3},
        {
            "kind": "table",
            "columns": ["Audit Ref", "Audit", "Year", "Assurance", "No. of Recs", "Average % Complete"],
            "widths": [10, 40, 10, 14, 12, 14],
            "repeat_header": True,
            "rows": [
                ["23 HOP", "Housing Options and Homelessness", "2023/24", "Reasonable", "5", "80%"],
                ["23 EP", "Emergency Planning", "2023/24", "Reasonable", "4", "85%"],
                ["23 CTAX", "Council Tax", "2023/24", "Substantial", "2", "100%"],
                ["24 H", "Housing Policies", "2023/24", "Reasonable", "3", "60%"],
                ["24 P", "Procurement and Contract Management", "2023/24", "Limited", "6", "50%"],
                ["24 W", "Waste and Recycling", "2023/24", "Reasonable", "4", "75%"],
                ["24 CS", "Cyber Security", "2023/24", "Reasonable", "5", "40%"],
                ["24 AGS", "Annual Governance Statement", "2023/24", "n/a", "6", "62%"],
                [{"text": "Total", "bold": True}, "", "", "", {"text": "35", "bold": True}, ""],
            ],
        },
        {"kind": "heading", "text": "Table B \u2013 Recommendations completed since the last Governance Committee",
         "level": 3},
        {
            "kind": "table",
            "columns": [AUDIT, "Ref", "Recommendation", "Priority", "Agreed Action", "Responsible Officer",
                        "Due Date", "% Complete", "Status", "Comments"],
            "widths": [11, 7, 17, 7, 17, 12, 8, 7, 8, 16],
            "repeat_header": True,
            "rows": [
                [{"text": "Housing Options and Homelessness 2023/24", "rowspan": 2}, "23 HOP 01",
                 "Set up a written procedure for reviewing temporary accommodation placements at least every eight "
                 "weeks.",
                 "Medium",
                 "A review procedure will be written and kept on the team's shared drive, with a monthly list of "
                 "placements due for review.",
                 "Service Lead \u2013 Housing Options", "31/05/2024", "100%", "Completed",
                 "Procedure issued in May 2024; the first monthly list went to the team meeting on 4 June 2024."],
                [None, "23 HOP 03",
                 "Reconcile rent deposit scheme payments to the finance ledger every quarter.",
                 "Low",
                 "Housing and finance staff will carry out a joint reconciliation each quarter.",
                 "Service Lead \u2013 Housing Options / Senior Accountant", "30/06/2024", "100%", "Completed",
                 "Reconciliations for quarter 4 of 2023/24 and quarter 1 of 2024/25 are done and signed off."],
                [{"text": "Council Tax 2023/24", "rowspan": 2}, "23 CTAX 01",
                 "Review empty homes premium cases at least once a year.",
                 "Medium",
                 "An annual review of empty properties will be added to the team's work programme.",
                 "Revenues and Benefits Manager", "31/03/2024", "100%", "Completed",
                 "The review finished in March 2024 and 41 accounts were amended."],
                [None, "23 CTAX 02",
                 "Remind staff each year of the rules on declaring an interest in a council tax account.",
                 "Low",
                 "An annual reminder will be sent by email and a record kept of who has read it.",
                 "Revenues and Benefits Manager", "30/04/2024", "100%", "Completed",
                 "Reminder sent on 15 April 2024 and acknowledged by all staff."],
                [{"text": "Waste and Recycling 2023/24", "rowspan": 2}, "24 W 02",
                 "Review garden waste charges so that they cover the cost of the service.",
                 "Medium",
                 "Complete a cost review and take proposed charges to the Strategy and Resources Committee.",
                 "Head of Environmental Enhancement", "31/07/2024", "100%", "Completed",
                 "New charges were approved by the Strategy and Resources Committee on 1 July 2024."],
                [None, "24 W 04",
                 "Keep a record of the vehicle checks drivers carry out before each shift.",
                 "High",
                 "Drivers will complete a daily electronic check on the in-cab system, reviewed weekly by "
                 "supervisors.",
                 "Operations Manager \u2013 Waste and Recycling", "June 2024", "100%", "Completed",
                 "Electronic checks have been used on every round since 10 June 2024."],
            ],
        },
        {"kind": "page_break"},
        {"kind": "heading", "text": "Table C \u2013 Recommendations where a time extension is requested", "level": 3},
        {
            "kind": "table",
            "columns": [AUDIT, "Ref", "Recommendation", "Agreed Action", "Responsible Officer", "Due Date",
                        "Extension requested to", "% Complete", "Status", "Reason for extension"],
            "widths": [11, 7, 17, 17, 12, 8, 9, 7, 8, 17],
            "repeat_header": True,
            "rows": [
                ["Emergency Planning 2023/24", "23 EP 04",
                 "Test the council's business continuity arrangements together with the Devon-wide emergency "
                 "response plan.",
                 "Take part in the joint exercise being arranged through the Devon Local Resilience Forum and update "
                 "the council's plan afterwards.",
                 "Emergency Planning Officer", "31/07/2024", "31/12/2024", "75%", "In progress",
                 "The council's plan has been updated. The joint exercise depends on a date being set by Devon "
                 "County Council and is now expected in November 2024."],
                ["Housing Policies 2023/24", "24 H 02",
                 "Bring the allocations policy and tenancy strategy up to date with current legislation.",
                 "Draft revised policies for approval by the Strategy and Resources Committee.",
                 "Head of Place, Property and Regeneration", "31/08/2024", "31/10/2024", "50%", "In progress",
                 "Drafting was held back by urgent homelessness work; a short extension is requested."],
            ],
        },
        {"kind": "heading", "text": "Table D \u2013 Outstanding recommendations (past due date, no extension requested)",
         "level": 3},
        {
            "kind": "table",
            "columns": [AUDIT, "Ref", "Recommendation", "Responsible Officer", "Due Date", "% Complete", "Comments"],
            "widths": [14, 8, 28, 16, 10, 8, 16],
            "repeat_header": True,
            "rows": [
                [{"text": "There are no outstanding recommendations.", "colspan": 7}],
            ],
        },
        {"kind": "heading", "text": "Table E \u2013 Annual Governance Statement 2023/24", "level": 3},
        {
            "kind": "table",
            "columns": ["Ref", "Governance Issue", "Action", "Lead Officer", "Due Date", "% Complete", "Status",
                        "Comments"],
            "widths": [8, 17, 24, 15, 9, 7, 8, 20],
            "repeat_header": True,
            "rows": [
                ["24 AGS 01", "The Medium Term Financial Strategy shows a budget gap from 2025/26.",
                 "Agree a savings and income plan to close the gap and report progress to each meeting of the "
                 "Strategy and Resources Committee.",
                 "Director of Resources and Deputy Chief Executive", "31/03/2025", "40%", "In progress",
                 "Savings of \u00a30.9m have been identified; further options go to the Committee in November."],
                ["24 AGS 02", "Completion of data protection training is below target.",
                 "Require all staff to complete the refresher module and report completion figures monthly to the "
                 "Senior Management Team.",
                 "Head of Governance", "31/12/2024", "60%", "In progress",
                 "Completion has risen from 71% to 88% since April."],
                ["24 AGS 03", "The contracts register is not complete.",
                 "Publish a complete contracts register on the council's website and check it every quarter.",
                 "Procurement Officer / Head of Governance", "30/09/2024", "100%", "Completed",
                 "The register was published in August 2024 and the first quarterly check is done."],
                ["24 AGS 04", "There is a shortage of experienced planning officers.",
                 "Deliver the planning service recruitment and retention plan, including the apprenticeship "
                 "scheme.",
                 "Head of Planning, Housing and Health", "31/03/2025", "30%", "In progress",
                 "Two planning officer posts were filled in July and an apprentice post has been advertised."],
                ["24 AGS 05", "The Constitution has not been fully reviewed since 2019.",
                 "Complete a review of the Constitution with the Constitution Working Group and recommend changes "
                 "to Council.",
                 "Monitoring Officer", "Q4 2024/25", "0%", "Not started",
                 "Working Group meetings are booked from October 2024."],
                ["24 AGS 06", "Cyber security assurance needs strengthening.",
                 "Renew the Public Services Network compliance certificate and act on the findings of the "
                 "penetration test.",
                 "ICT Manager", "30/09/2024", "75%", "In progress",
                 "On target for the due date; the remaining firewall changes are booked."],
            ],
        },
    ],
}

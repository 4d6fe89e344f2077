"""Huntingdonshire District Council, Cabinet, 10 February 2026, item 10: the quarter 3 (2025/26) update on
the Corporate Peer Challenge action plan, with the plan itself as Appendix 1.

Structure copied from the real paper (the district council's front sheet with "Title/Subject Matter",
"Meeting/Date", "Executive Portfolio", "Report by" and "Ward(s) affected"; numbered report sections;
then the action plan grouped under its recommendations, each with a senior leadership team lead and an
Executive Councillor, and a status that can read "complete - business as usual"); every sentence rewritten
in our own words. The plan's header has two rows: "Action" spans the number and text columns,
"Accountable" spans the two lead columns and the progress heading spans the last three.
"""

PAPER = {
    "stem": "b1_08_huntingdonshire_cpc_update",
    "council": "Huntingdonshire District Council",
    "source": {
        "council": "Huntingdonshire District Council",
        "kind": "peer challenge action plan update",
        "year": 2026,
        "title": "Cabinet 10 February 2026, item 10: Corporate Peer Challenge Update 2025/26 Q3 "
                 "(Appendix 1 CPC Jan 26 Update)",
        "url": "https://democracy.huntingdonshire.gov.uk/moderngov/ieIssueDetails.aspx?IId=67686&Opt=3",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 9},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "Agenda Item 10", "bold": True, "align": "right"},
        {"kind": "para", "text": "Public Key Decision - No", "align": "right"},
        {"kind": "heading", "text": "HUNTINGDONSHIRE DISTRICT COUNCIL", "level": 1},
        {"kind": "para", "text": "Title/Subject Matter: Corporate Peer Challenge Update 2025/26 Q3", "bold": True},
        {"kind": "para", "text": "Meeting/Date: Cabinet - 10 February 2026"},
        {"kind": "para", "text": "Executive Portfolio: Executive Leader and Executive Councillor for Strategic "
                                 "Partnerships"},
        {"kind": "para", "text": "Report by: Chief Executive"},
        {"kind": "para", "text": "Ward(s) affected: All Wards"},
        {"kind": "para", "text": "Executive Summary:", "bold": True},
        {"kind": "para", "text": "The Local Government Association carried out a Corporate Peer Challenge of "
                                 "Huntingdonshire District Council in May 2024 and returned for a progress review "
                                 "in March 2025. This report sets out where the council stands at the end of the "
                                 "third quarter of 2025/26 against the action plan agreed in response. Most formal "
                                 "recommendations have now been met, and the completed actions have become part of "
                                 "normal service planning."},
        {"kind": "para", "text": "Recommendation(s):", "bold": True},
        {"kind": "para", "text": "The Cabinet is invited to:"},
        {"kind": "list", "numbered": True, "items": [
            "review and comment on the progress made in Quarter 3 of 2025/26 set out in Appendix 1; and",
            "agree that the Executive Leader and the Chief Executive write to the Local Government Association to "
            "confirm that the formal action plan is complete.",
        ]},
        {"kind": "para", "text": "1. PURPOSE OF THE REPORT", "bold": True},
        {"kind": "para", "text": "1.1 The report gives Cabinet the quarterly position on the peer challenge action "
                                 "plan, which the Overview and Scrutiny Panel (Performance and Growth) has also "
                                 "considered."},
        {"kind": "para", "text": "2. BACKGROUND", "bold": True},
        {"kind": "para", "text": "2.1 The peer team met councillors, staff and partners over four days. Partners "
                                 "interviewed included Cambridgeshire County Council, the Cambridgeshire and "
                                 "Peterborough Combined Authority, South Cambridgeshire District Council, with which "
                                 "the district shares ICT and legal services, and the county's health bodies."},
        {"kind": "para", "text": "2.2 Each recommendation was given a member of the Senior Leadership Team and an "
                                 "Executive Councillor to oversee it. Progress has been reported to the Panel and to "
                                 "Cabinet every quarter since October 2024."},
        {"kind": "para", "text": "3. ANALYSIS", "bold": True},
        {"kind": "para", "text": "3.1 Of the twelve actions in the plan, seven are complete. Three remain on track, "
                                 "one is delayed while a cross-party working group finishes its review of the "
                                 "constitution, and one has not started because it depends on decisions about local "
                                 "government reorganisation in Cambridgeshire."},
        {"kind": "para", "text": "4. KEY IMPACTS / RISKS", "bold": True},
        {"kind": "para", "text": "4.1 The main risk is that the improvements lose momentum during reorganisation. "
                                 "Completed actions will therefore stay in service plans and be checked through the "
                                 "corporate performance report."},
        {"kind": "para", "text": "CONTACT OFFICER", "bold": True},
        {"kind": "para", "text": "Business Intelligence and Performance Manager, Pathfinder House, St Mary's "
                                 "Street, Huntingdon PE29 3TN. Tel: (01480) 388388"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 1 - Corporate Peer Challenge action plan", "level": 2},
        {
            "kind": "table",
            "header_rows": [[{"text": "Action", "colspan": 2}, {"text": "Accountable", "colspan": 2},
                             {"text": "Progress at 31 January 2026", "colspan": 3}]],
            "columns": ["No.", "What we will do", "SLT lead", "Executive Councillor", "By when", "Status",
                        "Commentary"],
            "widths": [6, 22, 15, 12, 10, 12, 23],
            "repeat_header": True,
            "rows": [
                {"banner": "Recommendation 1 - Vision and priorities"},
                ["1.1", "Refresh the corporate plan so that it runs to 2028 and takes account of local government "
                 "reorganisation.", "Chief Executive", "Cllr A Holt", "Mar-25", "Complete",
                 "Refreshed plan adopted by Council in March 2025."],
                ["1.2", "Hold a workshop on the council's priorities with all councillors.",
                 "Head of Policy and Performance", "Cllr A Holt", "Annual (next one due October 2025)",
                 "Complete - business as usual", "The second workshop took place in October with 38 councillors."],
                {"banner": "Recommendation 2 - Financial resilience"},
                ["2.1", "Set out a savings programme that closes the gap in the medium term financial strategy.",
                 "Director of Finance and Corporate Resources", "Cllr B Marsh", "Q3 2025/26", "On track",
                 "£1.1m of the £1.6m needed has been identified; the remaining proposals go to the February budget "
                 "meeting."],
                ["2.2", "Agree a policy on the level and use of reserves.", "Director of Finance and Corporate "
                 "Resources", "Cllr B Marsh", "Sep-25", "Complete", "Reserves policy approved by Council in "
                 "September."],
                ["2.3", "Compare fees and charges each year with neighbouring councils.",
                 "Director of Finance and Corporate Resources", "Cllr B Marsh", "Annually", "On track",
                 "The 2026/27 comparison is under way as part of budget setting."],
                {"banner": "Recommendation 3 - Governance and decision making"},
                ["3.1", "Review the constitution and the scheme of delegation.",
                 "Head of Legal and Monitoring Officer", "Cllr C Idowu", "Dec-25", "Delayed",
                 "Revised completion date from December 2025 to April 2026 so that the cross-party working group "
                 "can finish its review."],
                ["3.2", "Publish a forward plan of decisions at least a month ahead.",
                 "Democratic Services Manager", "Cllr C Idowu", "Jul-25", "Complete",
                 "A rolling four-month forward plan is now published every month."],
                {"banner": "Recommendation 4 - Workforce and capacity"},
                ["4.1", "Adopt a workforce strategy covering recruitment, retention and succession.",
                 "Head of HR & OD", "Cllr D Frost", "Jun-25", "Complete",
                 "Strategy adopted in June; progress goes to the Employment Committee."],
                ["4.2", "Run a staff survey every year and publish the action plan that follows it.",
                 "Head of HR & OD", "Cllr D Frost", "Annually", "Complete - business as usual",
                 "The 2025 survey had a 71% response rate, up from 58%."],
                ["4.3", "Build in-house capacity for programme and project management.", "Transformation Manager",
                 "Cllr D Frost", "Q4 2025/26", "On track",
                 "Two project managers recruited; the programme office opens in February."],
                {"banner": "Recommendation 5 - Partnerships and place leadership"},
                ["5.1", "Agree shared priorities for the district with the county council, health partners and the "
                 "combined authority.", "Chief Executive", "Cllr A Holt", "Nov-25", "Complete",
                 "Shared priorities signed by all partners at the November place board."],
                ["5.2", "Set up a partnership board for the market towns of St Neots, Huntingdon, St Ives and "
                 "Ramsey.", "Corporate Director (Place)", "Cllr E Yates", "Autumn 2025", "Not started",
                 "Held back until decisions on local government reorganisation are known."],
            ],
            "notes": [
                "Status key: Complete - the action has been delivered; Complete - business as usual - delivered and "
                "now part of normal service planning; On track; Delayed; Not started.",
                "Executive Councillors are named for information; each action is led by the SLT post shown.",
            ],
        },
    ],
}

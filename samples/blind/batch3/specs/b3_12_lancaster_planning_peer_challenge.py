"""Lancaster City Council, Update on LGA Peer Challenge Review regarding Planning, report of the Chief Officer -
Planning and Climate Change to the Overview and Scrutiny Committee, 7 February 2024 (item 53).

The real item (committeeadmin.lancaster.gov.uk, ieListDocuments MId=8178) was the third update to the Committee
on the Implementation Plan 2023/24 the council published after the LGA / Planning Advisory Service peer
challenge of its planning service (November 2022; final report January 2023; progress review February 2024,
lancaster.gov.uk/planning/planning-peer-challenge). Visible in the source: the committee, date, title, the
report's author and that the plan "summarises the report findings and recommendations, and then sets out a work
programme for the next 12 months" with progress reported to the Committee.

Modelled: the covering report in Lancaster's template (committee name, title, date, "Report of ...", a PURPOSE OF
REPORT box with the Key Decision / Non-Key Decision / Referral tick boxes and "This report is public", then
RECOMMENDATIONS and numbered sections 1.0, 2.0 ..., the statutory comments and contact block) and the whole
appendix: a key table of owners' initials, then one long portrait table with the peer challenge's themes as
banner rows, each recommendation merged down over its tasks, the action column headed "Task", owners as
initials (some several, joined by "," or "/"), "By when" in many styles (one "December 2023 (revised to April
2024)"), a status word, and progress written as dated updates, newest first. The table does not repeat its
heading on continuation pages. Every sentence is our own; names are invented.

Decisions for the gold:
- lead_officers: the owners' initials expanded through the document's own key table.
- theme: the banner row; area_for_improvement: the recommendation (merged down); action_ref: the task's "Ref".
- progress_as_of: the appendix line "Progress at 26 January 2024" -> 2024-01-26.
- "Ongoing" and "In progress" -> on_track; "Superseded" -> cancelled.
- 3b: "December 2023 (revised to April 2024)" -> due_date 2023-12-31, revised_due_date 2024-04-30. 4a: the
  progress text says the target date was revised from November 2023 to March 2024 -> revised_due_date
  2024-03-31 while due_date keeps November 2023.
- "Monthly", "Annually", "Quarterly" in By when -> recurrence, no due_date.
"""


def rec(text, rows):
    return {"text": text, "rowspan": rows}


PAPER = {
    "stem": "b3_12_lancaster_planning_peer_challenge",
    "council": "Lancaster City Council",
    "source": {
        "council": "Lancaster City Council",
        "kind": "planning service peer challenge implementation plan, progress update (covering report)",
        "year": 2024,
        "title": "Update on LGA Peer Challenge Review regarding Planning, Overview and Scrutiny Committee, "
                 "7 February 2024",
        "url": "http://committeeadmin.lancaster.gov.uk/ieListDocuments.aspx?CId=298&MId=8178&Ver=4",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "portrait", "font_size": 8, "margin_cm": 1.6},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "OVERVIEW AND SCRUTINY COMMITTEE", "bold": True, "align": "center"},
        {"kind": "para", "text": "Update on LGA Peer Challenge Review regarding Planning", "bold": True,
         "align": "center"},
        {"kind": "para", "text": "7 February 2024", "bold": True, "align": "center"},
        {"kind": "para", "text": "Report of Chief Officer \u2013 Planning and Climate Change", "bold": True,
         "align": "center"},
        {
            "kind": "table",
            "columns": [{"text": "PURPOSE OF REPORT", "colspan": 3}, None, None],
            "widths": [34, 33, 33],
            "repeat_header": False,
            "rows": [
                [{"text": "To give the Committee a third update on the Implementation Plan agreed after the Local "
                          "Government Association and Planning Advisory Service peer challenge of the planning "
                          "service.", "colspan": 3}],
                ["Key Decision \u2610", "Non-Key Decision \u2610", "Referral from Cabinet Member \u2612"],
                [{"text": "Date of notice of forthcoming key decision: N/A", "colspan": 3}],
                [{"text": "This report is public", "colspan": 3}],
            ],
        },
        {"kind": "para", "text": "RECOMMENDATIONS", "bold": True},
        {"kind": "para", "text": "(1) That the Committee notes the progress made with the Implementation Plan, set out "
                                 "at Appendix A."},
        {"kind": "para", "text": "(2) That a final update is reported to the Committee once the peer team's progress "
                                 "review has taken place."},
        {"kind": "heading", "text": "1.0 Introduction", "level": 3},
        {"kind": "para", "text": "1.1 The Council asked the Local Government Association and the Planning Advisory "
                                 "Service to carry out a peer challenge of its planning service in November 2022. The "
                                 "peer team's final report was published in January 2023."},
        {"kind": "para", "text": "1.2 In response the Council published an Implementation Plan for 2023/24. It "
                                 "summarises the peer team's recommendations and sets out the tasks the service will "
                                 "carry out over the year, who owns each one and when it is due."},
        {"kind": "heading", "text": "2.0 Progress since the last update", "level": 3},
        {"kind": "para", "text": "2.1 Six of the nineteen tasks are complete. Most of the rest are in progress or "
                                 "are continuing pieces of work. Three tasks have not yet started and one has been "
                                 "superseded."},
        {"kind": "para", "text": "2.2 The backlog of planning applications has fallen by more than half since May "
                                 "2023, and an updated Local Enforcement Plan was approved in September 2023."},
        {"kind": "para", "text": "2.3 Two target dates have been moved: the triage of new applications now depends on "
                                 "the new software release in April 2024, and the new pre-application charges will "
                                 "start with the new financial year."},
        {"kind": "para", "text": "2.4 The peer team will return for a progress review on 20 and 21 February 2024."},
        {"kind": "heading", "text": "3.0 Conclusion", "level": 3},
        {"kind": "para", "text": "3.1 Good progress has been made across all of the peer team's recommendations."},
        {"kind": "para", "text": "CONCLUSION OF IMPACT ASSESSMENT (including Health & Wellbeing, Sustainability and "
                                 "Rural Proofing)", "bold": True},
        {"kind": "para", "text": "None arising directly from this report."},
        {"kind": "para", "text": "FINANCIAL IMPLICATIONS", "bold": True},
        {"kind": "para", "text": "The temporary planning officers were paid for from the planning reserve; there are "
                                 "no further financial implications."},
        {"kind": "para", "text": "SECTION 151 OFFICER'S COMMENTS", "bold": True},
        {"kind": "para", "text": "The Section 151 Officer has been consulted and has no further comments."},
        {"kind": "para", "text": "MONITORING OFFICER'S COMMENTS", "bold": True},
        {"kind": "para", "text": "The Monitoring Officer has been consulted and has no further comments."},
        {"kind": "table", "columns": ["BACKGROUND PAPERS", "Contact Officer: Martin Fellows"],
         "widths": [50, 50], "repeat_header": False,
         "rows": [["LGA / PAS Planning Peer Challenge final report, January 2023",
                   "Telephone: 01524 582000\nE-mail: mfellows@lancaster.gov.uk"]]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A \u2013 Planning Peer Challenge Implementation Plan 2023/24", "level": 2},
        {"kind": "para", "text": "Progress at 26 January 2024", "bold": True},
        {"kind": "para", "text": "Key to owners", "bold": True},
        {
            "kind": "table",
            "columns": ["Initials", "Owner"],
            "widths": [15, 60],
            "repeat_header": False,
            "rows": [
                ["CO-PCC", "Chief Officer \u2013 Planning and Climate Change"],
                ["DMM", "Development Manager"],
                ["PPO", "Principal Planning Officer (Major Projects)"],
                ["PPM", "Planning Policy Manager"],
                ["PEM", "Planning Enforcement Manager"],
                ["DSE", "Senior Manager \u2013 Democratic Support and Elections"],
            ],
        },
        {
            "kind": "table",
            "columns": ["Ref", "Recommendation", "Task", "Owner", "By when", "Status", "Progress"],
            "widths": [5, 16, 20, 10, 10, 9, 30],
            "repeat_header": False,
            "rows": [
                {"banner": "Leadership, vision and culture"},
                ["1a", rec("Set out a clear vision for the planning service that links to the Council's priorities "
                           "for the district", 2),
                 "Agree a planning service plan with a vision statement linked to the Council Plan", "CO-PCC",
                 "June 2023", "Complete",
                 "Oct 2023: The service plan was agreed by the Cabinet Member in September 2023.\n"
                 "Jun 2023: A draft has been prepared and shared with staff."],
                ["1b", None, "Hold regular briefings for all planning staff", "CO-PCC", "Ongoing", "Ongoing",
                 "Jan 2024: Quarterly briefings are now established; the last one was in December.\n"
                 "Oct 2023: The first briefing was held in July."],
                ["2a", rec("Improve joint working between planning and other council services, including the "
                           "regeneration and climate change teams", 2),
                 "Set up a monthly officer group on major sites with regeneration, housing and climate officers",
                 "CO-PCC", "Summer 2023", "Complete", "Oct 2023: The group has met every month since August 2023."],
                ["2b", None, "Agree a protocol for consulting the planning service on council-led projects", "DMM",
                 "September 2023", "Not started",
                 "Jan 2024: Not started because of the work on the Local Plan review; now planned for the spring."],
                {"banner": "Development management"},
                ["3a", rec("Reduce the backlog of planning applications and speed up decisions on non-major "
                           "applications", 3),
                 "Bring in temporary planning officers to clear the backlog of older applications", "DMM",
                 "Q2 2023/24", "Complete",
                 "Oct 2023: Two agency planners were in post from May to September and the backlog fell from 410 "
                 "to 180 applications."],
                ["3b", None, "Introduce triage of new applications so that invalid ones are dealt with quickly", "DMM",
                 "December 2023 (revised to April 2024)", "In progress",
                 "Jan 2024: A new validation checklist has been drafted; triage will go live with the software "
                 "release in April.\nOct 2023: The current process has been mapped."],
                ["3c", None, "Report the speed of decisions to each meeting of the Planning Regulatory Committee",
                 "DMM", "Monthly", "Ongoing", "Jan 2024: Performance figures now appear on every committee agenda."],
                ["4a", rec("Make better use of pre-application advice and planning performance agreements for major "
                           "development", 2),
                 "Review the charges and service standards for pre-application advice", "DMM", "November 2023",
                 "In progress",
                 "Jan 2024: Target date revised from November 2023 to March 2024 so that the new charges start with "
                 "the new financial year.\nOct 2023: Charges at neighbouring councils have been compared."],
                ["4b", None, "Offer a planning performance agreement on every major application", "PPO", "31/03/2024",
                 "In progress", "Jan 2024: Agreements are in place on four major schemes."],
                {"banner": "Planning committee"},
                ["5a", rec("Review the Planning Regulatory Committee's procedures and provide training for members",
                           3),
                 "Update the members' planning code of good practice", "CO-PCC, DSE", "October 2023", "Complete",
                 "Oct 2023: Council adopted the updated code on 18 October 2023."],
                ["5b", None, "Run compulsory planning training for every member of the committee", "DSE", "Annually",
                 "Ongoing",
                 "Jan 2024: Sessions were held in June and November 2023; a session on viability is planned for "
                 "March."],
                ["5c", None, "Review the site visit protocol with the Chair and Vice-Chair", "DMM / DSE",
                 "End of 2023", "Superseded",
                 "Jan 2024: Covered by the updated code adopted in October (task 5a), so no separate review is "
                 "needed."],
                {"banner": "Local plan and planning policy"},
                ["6a", rec("Keep the Local Plan review on track and set out a clear timetable in the Local "
                           "Development Scheme", 2),
                 "Publish an updated Local Development Scheme", "PPM", "July 2023", "Complete",
                 "Oct 2023: The updated scheme was published in July 2023."],
                ["6b", None, "Consult on the Local Plan review (Regulation 18)", "PPM", "Q4 2023/24", "In progress",
                 "Jan 2024: The consultation documents are being finalised for Cabinet in February.\n"
                 "Oct 2023: Evidence studies on housing need and climate change are complete."],
                ["7a", rec("Produce up-to-date guidance for applicants on design and climate change", 2),
                 "Prepare a Climate Emergency Supplementary Planning Document", "PPM", "Spring 2024", "In progress",
                 "Jan 2024: The draft document is out to consultation until 15 February 2024."],
                ["7b", None, "Publish a design guide for householder extensions", "PPM", "Autumn 2024",
                 "Not started", "Jan 2024: Work will start once the Climate Emergency document is adopted."],
                {"banner": "Planning enforcement"},
                ["8a", rec("Reduce the number of open enforcement cases and give clearer updates to complainants "
                           "and members", 3),
                 "Update the Local Enforcement Plan with clear priorities for cases", "PEM", "September 2023",
                 "Complete", "Oct 2023: Cabinet approved the updated plan in September 2023."],
                ["8b", None, "Close the oldest enforcement cases through a targeted review", "PEM", "March 2024",
                 "In progress",
                 "Jan 2024: 120 cases have been closed since April and 95 cases over twelve months old remain "
                 "open.\nOct 2023: The case review started in August."],
                ["8c", None, "Give members a quarterly summary of enforcement cases in their wards", "PEM",
                 "Quarterly", "Not started",
                 "Jan 2024: The report depends on the new software, expected in April 2024."],
            ],
        },
    ],
}

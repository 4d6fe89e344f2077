"""North Norfolk District Council, Corporate Plan 2023-27 Action Plan 2024-25 progress to the end of Quarter 3
(31 December 2024), report to Cabinet, early 2025 (also taken by Overview and Scrutiny on 12 February 2025).

Copies the structure of the real covering report as published on modgov.north-norfolk.gov.uk (mgAi.aspx
ID=13107 and ID=12774): the title "Reporting Progress Implementing Corporate Plan 2023 - 2027, Action Plan
2024 - 2025 to end of Quarter 3 - 31st December 2024", then a two-column summary table (Executive Summary,
Options considered, Consultation(s), Recommendations, Reasons for recommendations, Background papers, Wards
affected, Cabinet member(s), Contact Officer), then "Links to key documents" (Corporate Plan, Medium Term
Financial Strategy (MTFS), Council Policies & Strategies). The minutes show the plan's actions are numbered
in one sequence ("Action 2", "Action 13", "Action 31"), grouped by the Corporate Plan's five themes, with a
status of green, amber, red, completed or cancelled.

Modelled: the Cabinet date (3 March 2025; the real item's date was not visible), the numbered sections after
the summary table, and the whole appendix table: theme banner rows, the column headings, the status cell
printed as a word on a RAG fill (blue for completed, grey for cancelled), a status key under the table.
It is long (30 actions over several landscape pages) so the heading repeats and rows split across pages.
Every sentence is our own; the names are invented.

Decisions for the gold:
- progress_as_of: the appendix heading says "Progress to 31 December 2024" -> 2024-12-31.
- "Cabinet Member" holds councillors' names (not posts): not lead_officers.
- rag: the status cell's fill (green/amber/red; blue on "Completed"); grey "Cancelled" gives no RAG.
- "Director for Resources / S151 Officer" is two posts; "HR Manager" expands to "Human Resources Manager"
  (contract glossary).
"""

G = "00B050"
A = "FFC000"
R = "FF0000"
B = "00B0F0"
X = "BFBFBF"


def st(word, fill):
    return {"text": word, "fill": fill}


GREEN, AMBER, RED, DONE, CANC = st("Green", G), st("Amber", A), st("Red", R), st("Completed", B), st("Cancelled", X)

DRS = "Director for Resources / S151 Officer"
AD_ELS = "Assistant Director \u2013 Environmental & Leisure Services"
CEPM = "Climate & Environmental Policy Manager"
EGM = "Economic Growth Manager"
DPCC = "Director for Place and Climate Change"

PAPER = {
    "stem": "b3_08_north_norfolk_corporate_plan_q3",
    "council": "North Norfolk District Council",
    "source": {
        "council": "North Norfolk District Council",
        "kind": "corporate plan annual action plan, quarterly progress with RAG status (covering report)",
        "year": 2025,
        "title": "Reporting Progress Implementing Corporate Plan 2023 - 2027, Action Plan 2024 - 2025 to end of "
                 "Quarter 3 - 31st December 2024 (Cabinet)",
        "url": "https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=13107",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra"],  # no text: the RAG of "Completed" is a fill
    "page": {"orientation": "landscape", "font_size": 10, "margin_cm": 1.8},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Cabinet \u2013 3 March 2025", "bold": True},
        {"kind": "heading", "text": "Reporting Progress Implementing Corporate Plan 2023 - 2027, Action Plan 2024 - "
                                    "2025 to end of Quarter 3 - 31st December 2024", "level": 2},
        {
            "kind": "table",
            "columns": ["Executive Summary", "The Corporate Plan 2023-27 Action Plan 2024-25 is being delivered as "
                                             "planned"],
            "widths": [25, 75],
            "repeat_header": False,
            "rows": [
                ["Options considered", "Not relevant."],
                ["Consultation(s)", "Each lead officer has been asked to assess the progress of their actions, "
                                    "name any issues and say what they will do about them."],
                ["Recommendations", "Cabinet is recommended to note this report."],
                ["Reasons for recommendations", "The progress report shows seventeen actions on track (green) and "
                                                "three completed. Seven actions are amber and two are red, and one "
                                                "action has been cancelled. The Corporate Leadership Team has "
                                                "reviewed every amber and red action."],
                ["Background papers", "Corporate Plan 2023-27\nAnnual Action Plan 2024-25"],
                ["Wards affected", "All"],
                ["Cabinet member(s)", "Cllr M Greene"],
                ["Contact Officer", "Joanna Prentice, Director for Communities and Chair of the Performance and "
                                    "Productivity Oversight Board\nEmail:- joanna.prentice@north-norfolk.gov.uk"],
            ],
        },
        {"kind": "para", "text": "Links to key documents:", "bold": True},
        {
            "kind": "table",
            "columns": ["Corporate Plan:", "This report is about making sure the Corporate Plan 2023-27 Action Plan "
                                           "2024-25 is delivered as planned."],
            "widths": [30, 70],
            "repeat_header": False,
            "rows": [
                ["Medium Term Financial Strategy (MTFS)", "Delivering the Action Plan as planned also helps the "
                                                          "council to meet its MTFS."],
                ["Council Policies & Strategies", "Corporate Plan 2023-27"],
            ],
        },
        {"kind": "heading", "text": "1. Introduction", "level": 3},
        {"kind": "para", "text": "1.1 Council adopted the Corporate Plan 2023-27 in 2023. Each year an action plan "
                                 "sets out what will be done that year under each of the Plan's five themes: Our "
                                 "Greener Future; Developing Our Communities; Meeting Our Local Housing Need; "
                                 "Investing in Our Local Economy and Infrastructure; and A Strong, Responsible and "
                                 "Accountable Council."},
        {"kind": "para", "text": "1.2 This report sets out progress with the 2024-25 action plan up to the end of the "
                                 "third quarter, 31 December 2024. The full update is at Appendix A."},
        {"kind": "heading", "text": "2. Progress at the end of Quarter 3", "level": 3},
        {"kind": "para", "text": "2.1 Of the thirty actions, seventeen are on track and three are complete. Seven are "
                                 "amber, which is fewer than at the end of Quarter 2, and two are red. One action has "
                                 "been cancelled because of the work needed to prepare for local government "
                                 "reorganisation."},
        {"kind": "para", "text": "2.2 The two red actions concern the review of community grant schemes and the new "
                                 "finance system. Both have been discussed by the Corporate Leadership Team and "
                                 "revised plans will be reported in the Quarter 4 update."},
        {"kind": "heading", "text": "3. Financial and Resource Implications", "level": 3},
        {"kind": "para", "text": "3.1 The actions are funded within the approved budget for 2024/25."},
        {"kind": "heading", "text": "4. Legal Implications", "level": 3},
        {"kind": "para", "text": "4.1 There are no legal implications arising from this report."},
        {"kind": "heading", "text": "5. Risks", "level": 3},
        {"kind": "para", "text": "5.1 The risks to each action are managed by its lead officer; the most significant "
                                 "appear in the corporate risk register."},
        {"kind": "heading", "text": "6. Conclusion and Recommendations", "level": 3},
        {"kind": "para", "text": "6.1 Good progress is being made with the action plan. Cabinet is recommended to note "
                                 "this report."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A \u2013 Corporate Plan 2023-27 Action Plan 2024-25: Progress to 31 "
                                    "December 2024 (Quarter 3)", "level": 2},
        {
            "kind": "table",
            "columns": ["No.", "Action", "Lead Officer", "Cabinet Member", "Target Date", "Status",
                        "Progress / Comments"],
            "widths": [4, 27, 15, 9, 8, 7, 30],
            "repeat_header": True,
            "rows": [
                {"banner": "Our Greener Future", "fill": "D9E1F2"},
                ["1", "Deliver the Net Zero 2030 Strategy and Climate Action Plan actions for 2024/25, including "
                      "carbon literacy training for staff and councillors", CEPM, "Cllr P Lindley", "March 2025",
                 GREEN, "Carbon literacy training has been given to 64 staff. Two sessions for councillors are "
                        "planned for February."],
                ["2", "Prepare for the weekly food waste collections required under the Environment Act", AD_ELS,
                 "Cllr J Rowe", "31 March 2025", AMBER,
                 "Vehicles and caddies have been ordered, but the council is still waiting for the Government to "
                 "confirm its transitional funding."],
                ["3", "Fit solar panels and air source heat pumps at the council's leisure centres, starting with "
                      "the pool at North Walsham", "Assets & Property Programme Manager", "Cllr P Lindley",
                 "Q4 2024/25", GREEN, "A contractor has been appointed and work at North Walsham starts in January "
                                      "2025."],
                ["4", "Run the Coastwise programme of engagement events with the communities most at risk from "
                      "coastal change", "Coastal Transition Manager", "Cllr H Pearce", "March 2025", GREEN,
                 "Eleven events have been held since April and four more are booked."],
                ["5", "Plant 15,000 trees in 2024/25 towards the Corporate Plan target of 110,000 trees",
                 CEPM, "Cllr P Lindley", "2024/25", GREEN,
                 "8,400 trees have been planted so far this winter and planting continues until the end of March."],
                ["6", "Review the fleet replacement programme so that new vehicles are electric or low emission "
                      "where practical", AD_ELS, "Cllr J Rowe", "September 2024", AMBER,
                 "The review found that electric refuse vehicles are not yet reliable on the longest rural rounds. "
                 "A revised programme will be reported in the spring."],
                {"banner": "Developing Our Communities", "fill": "D9E1F2"},
                ["7", "Agree a new Health and Wellbeing Strategy with Norfolk partners and begin delivering it",
                 "Director for Communities", "Cllr K Webb", "December 2024", DONE,
                 "Completed. Cabinet adopted the strategy on 2 December 2024."],
                ["8", "Complete the Fakenham leisure and sports hub funded through the Levelling Up programme",
                 AD_ELS, "Cllr K Webb", "Summer 2026", GREEN,
                 "Levelling Up funding has been confirmed and detailed design is under way."],
                ["9", "Give town and parish councils data about their areas through the Community Insights "
                      "project", "Policy & Performance Manager", "Cllr K Webb", "March 2025", GREEN,
                 "The second set of local profiles will be shared with parish councils in January."],
                ["10", "Extend the Community Connectors service to older residents in the most isolated villages",
                 "Early Help & Prevention Manager", "Cllr D Hartley", "March 2025", GREEN,
                 "Two more connectors started in November and referrals have risen by 30%."],
                ["11", "Review the council's grant schemes for community groups and bring in a single application "
                       "process", "Director for Communities", "Cllr D Hartley", "October 2024", RED,
                 "The review has been held up by staff vacancies and the new process will not be in place before "
                 "2025/26."],
                ["12", "Develop a district-wide cultural strategy with local arts organisations", EGM,
                 "Cllr S Marsh", "March 2025", CANC,
                 "Not being taken forward because of the pressures of preparing for local government "
                 "reorganisation."],
                {"banner": "Meeting Our Local Housing Need", "fill": "D9E1F2"},
                ["13", "Adopt the new North Norfolk Local Plan following its examination", "Assistant Director "
                       "\u2013 Planning", "Cllr A Ferris", "Q3 2024/25", AMBER,
                 "The Inspector's report arrived later than expected; adoption is now planned for the Full Council "
                 "meeting in March 2025."],
                ["14", "Enable at least 60 new affordable homes in 2024/25 with housing association partners",
                 "Housing Strategy & Delivery Manager", "Cllr R Thorne", "March 2025", GREEN,
                 "41 affordable homes have been completed this year and a further 26 are due before March."],
                ["15", "Buy and refurbish more homes for use as temporary accommodation for homeless households",
                 "Housing Options Manager", "Cllr R Thorne", "31 March 2025", GREEN,
                 "Four properties have been bought this year, bringing the council's own stock to 32 homes."],
                ["16", "Use income from the second homes council tax premium to fund local housing initiatives",
                 DRS, "Cllr L Shaw", "April 2025", GREEN,
                 "The premium takes effect on 1 April 2025; options for using the income go to Cabinet in "
                 "February."],
                ["17", "Support the Wells-next-the-Sea and Cromer neighbourhood plans through to referendum",
                 "Planning Policy Manager", "Cllr A Ferris", "March 2025", AMBER,
                 "The Wells plan has passed examination. The Cromer plan is delayed while the examiner's questions "
                 "are answered."],
                ["18", "Bring empty homes back into use through advice, grants and enforcement",
                 "Environmental Protection Manager", "Cllr R Thorne", "Ongoing", GREEN,
                 "28 long-term empty homes have been brought back into use since April."],
                {"banner": "Investing in Our Local Economy and Infrastructure", "fill": "D9E1F2"},
                ["19", "Deliver the UK Shared Prosperity Fund and Rural England Prosperity Fund programmes for "
                       "2024/25", EGM, "Cllr S Marsh", "31 March 2025", GREEN,
                 "All of this year's grant funding has been committed to projects."],
                ["20", "Complete the Cromer and Mundesley coastal defence schemes", "Coastal Manager",
                 "Cllr H Pearce", "Spring 2025", AMBER,
                 "The Mundesley works are finished. Work at Cromer stopped during the winter storms and will be "
                 "completed in the spring."],
                ["21", "Press mobile network operators to improve coverage, using the council's survey of signal "
                       "'not spots'", EGM, "Cllr S Marsh", "March 2025", GREEN,
                 "Survey data gathered by the refuse fleet has been shared with three operators."],
                ["22", "Respond to proposals for energy infrastructure at Bacton and for offshore wind connections "
                       "so that local interests are heard", DPCC, "Cllr T Ashby", "Ongoing", GREEN,
                 "The council has responded to the latest consultation on the onshore cable routes."],
                ["23", "Support the visitor economy through the Deep History Coast and the district tourism "
                       "partnership", EGM, "Cllr S Marsh", "December 2024", DONE,
                 "Completed. The partnership's marketing plan for 2025 has been agreed."],
                ["24", "Agree a funding package for the North Walsham western link road with Norfolk County "
                       "Council", DPCC, "Cllr T Ashby", "Q2 2024/25", AMBER,
                 "The funding gap has grown and the options are being reviewed with the County Council."],
                {"banner": "A Strong, Responsible and Accountable Council", "fill": "D9E1F2"},
                ["25", "Set a balanced budget for 2025/26 and update the Medium Term Financial Strategy", DRS,
                 "Cllr L Shaw", "February 2025", GREEN,
                 "The draft budget goes to Cabinet in January and to Full Council in February."],
                ["26", "Prepare the council's response to the English devolution and local government "
                       "reorganisation proposals for Norfolk", "Chief Executive", "Cllr M Greene", "March 2025",
                 GREEN, "An interim submission is being prepared with the other Norfolk councils."],
                ["27", "Implement the new finance system and move the remaining services onto it", DRS,
                 "Cllr L Shaw", "30 September 2024", RED,
                 "Go-live of the income module slipped after testing problems and a new date has not yet been "
                 "agreed with the supplier."],
                ["28", "Agree a People Strategy covering recruitment, retention and staff wellbeing",
                 "HR Manager", "Cllr M Greene", "November 2024", DONE,
                 "Completed. Agreed by the Joint Staff Consultative Committee in November 2024."],
                ["29", "Improve access for customers by moving more services online and cutting telephone waiting "
                       "times", "Customer Services Manager", "Cllr D Hartley", "March 2025", AMBER,
                 "Six more forms are now online, but call waiting times rose in the autumn because of staff "
                 "absence."],
                ["30", "Publish performance reports and review the corporate risk register with the Governance, "
                       "Risk and Audit Committee", "Policy & Performance Manager", "Cllr M Greene", "Quarterly",
                 GREEN, "The Quarter 2 reports were published in November."],
            ],
            "notes": [
                "Status key: Green \u2013 on track to be delivered by the target date; Amber \u2013 some risk to "
                "delivery or timescale, action being taken; Red \u2013 will not be delivered by the target date "
                "without intervention; Completed; Cancelled \u2013 no longer being taken forward.",
            ],
        },
    ],
}

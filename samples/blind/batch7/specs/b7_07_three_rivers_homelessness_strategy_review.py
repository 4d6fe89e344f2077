"""Three Rivers District Council, Climate Change, Leisure and Housing Committee, 12 March 2025: Housing, Homelessness
and Rough Sleeping Strategy 2023-2028 - Action Plan - Year One Review.

Source: the committee item "Housing, Homelessness and Rough Sleeping Strategy 2023-2028 - Action Plan - Year One
Review" (moderngov.threerivers.gov.uk/ieIssueDetails.aspx?IId=7478&Opt=3, meeting 12/03/2025, Item 33), the Policy and
Resources Committee item on the pre-consultation draft of the strategy (mgAi.aspx?ID=4218, Strategic Housing Manager)
and the 2017-2022 strategy (readkong), all found with the pages search. Visible: the committee, date and item title;
an action plan of key projects and aims over five years, reviewed after year one and presented by the Strategic
Housing Manager; the statutory prevention and relief duties, 145 of 472 applications prevented; two projects delayed
(further homelessness prevention help) and a protocol with Registered Providers on preventing evictions not yet
agreed; the committee to "review and note" the review. Modelled: the Three Rivers report template as we know it
(committee banner, PART I, numbered paragraphs 1-4 with sub-paragraphs, "Recommendation", "Report prepared by"), the
appendix as an Excel workbook printed by Calc (title rows, one banner row per strategy priority with a fill, columns
Ref / Action / Outcome / Lead Officer / Target Date / Year One Update / RAG, RAG letters with cell fills, a "Key:" row
inside the table at its foot) and every priority, action and update. Every sentence is our own; names are invented.

Decisions for the gold:
- Theme from the priority banner rows, numbering kept ("Priority 1: ...").
- progress_as_of: the update column heading says "Year One Update (position at 31 January 2025)" -> 2025-01-31 (not
  the meeting date).
- Status from the explicit RAG column (letters G/A/R/B): G on_track, A at_risk, R off_track, B completed; rag from the
  same letter; status_raw the letter as printed.
- "Year 2 (2024/25)" -> financial year 2024/25 -> 2025-03-31; "Ongoing" -> recurrence ongoing, no date;
  "Annually - each autumn" -> recurrence annual, no date (a season with no year is no deadline).
- "Revised to June 2025" in the target date cell of 2.3 -> revised_due_date 2025-06-30, due_date keeps Dec 2024.
- Two posts in one cell split at "/" (both sides are post titles).
- theme_category: housing priorities -> local_priorities_and_outcomes (homelessness, rough sleeping, supply, private
  rented homes); the partnership-working priority -> organisational_and_place_leadership.
- The "Key:" row is not an action.
- report_title: the printed item line without its agenda number "7." and without the author code "(DCES)"; the
  capitals are the template's, so the gold gives the title in the case of the committee listing.
"""

HEAD = "Strategic Housing Manager"
HOT = "Housing Options Team Leader"
PSH = "Private Sector Housing Manager"
HDM = "Housing Development Manager"
SSO = "Senior Strategy Officer (Housing)"

G = {"text": "G", "fill": "00B050"}
A = {"text": "A", "fill": "FFC000"}
R = {"text": "R", "fill": "FF0000"}
B = {"text": "B", "fill": "00B0F0"}

ROWS = [
    {"banner": "Priority 1: Preventing homelessness at the earliest opportunity", "fill": "D9D9D9"},
    ["1.1", "Review the Housing Options web pages and add a self-help tool so that residents can find advice before "
            "they reach crisis point",
     "More households approach us early; fewer cases reach the relief stage", HOT, "September 2024",
     "The new pages went live in August 2024 with a step-by-step advice tool. Use of the tool is being monitored "
     "each month.", B],
    ["1.2", "Agree a protocol with Registered Providers so that we are told of every possible eviction at least eight "
            "weeks before action is taken",
     "Fewer evictions from social housing", HEAD, "March 2024",
     "Draft protocol shared with the three largest providers. Two have signed; the third wants changes to the "
     "notice period. Discussions continue.", R],
    ["1.3", "Offer a tenancy sustainment service to households placed in the private rented sector by the Council",
     "Placements last longer; fewer repeat applications", HOT, "Year 2 (2024/25)",
     "Funding for a part-time tenancy sustainment officer has been found from the Homelessness Prevention Grant. "
     "Recruitment is under way.", A],
    ["1.4", "Deliver training on the duty to refer to front-line staff in partner agencies",
     "More referrals from public bodies at the prevention stage", SSO, "Ongoing",
     "Four sessions held in the year with Job Centre, hospital discharge and probation staff.", G],
    {"banner": "Priority 2: Ending rough sleeping in the district", "fill": "D9D9D9"},
    ["2.1", "Carry out a count or estimate of people sleeping rough and report the figure to government",
     "An accurate picture of rough sleeping", HOT, "Annually - each autumn",
     "The November 2024 estimate found two people sleeping rough. Both were offered accommodation.", G],
    ["2.2", "Put in place a Severe Weather Emergency Protocol with partners in south-west Hertfordshire",
     "No one has to sleep out in severe weather", HOT, "November 2023",
     "Protocol agreed and used on nine nights in the winter of 2023/24.", B],
    ["2.3", "Secure two units of move-on accommodation for former rough sleepers with support attached",
     "A route out of temporary accommodation", HDM + " / " + HEAD, "December 2024\nRevised to June 2025",
     "One unit is ready. The second needs works after a survey found damp; the date has been moved to June 2025.", A],
    ["2.4", "Join the county Housing First pilot if a place is offered to the district",
     "Long-term homes for people with complex needs", HEAD, "2024/25",
     "The county did not offer a second round of the pilot. We will look again if funding is announced.", R],
    {"banner": "Priority 3: Increasing the supply of affordable homes", "fill": "D9D9D9"},
    ["3.1", "Use commuted sums from planning agreements to fund new affordable homes with Registered Providers",
     "More affordable rented homes in the district", HDM, "March 2025",
     "Two schemes in South Oxhey and Abbots Langley have been given funding; 14 homes due to complete by summer 2025.",
     G],
    ["3.2", "Buy homes on the open market to use as temporary accommodation instead of nightly-paid placements",
     "Lower cost of temporary accommodation", HDM, "Q4 2024/25",
     "Six homes bought to date out of a target of ten. Prices have limited the number we can buy.", A],
    ["3.3", "Bring long-term empty homes back into use through advice, grants and, where needed, enforcement",
     "Fewer homes empty for more than two years", PSH, "Ongoing",
     "Eleven empty homes brought back into use this year.", G],
    {"banner": "Priority 4: Improving standards in private rented homes", "fill": "D9D9D9"},
    ["4.1", "Review the Private Sector Housing Enforcement Policy to add civil penalties", "A fair and clear approach "
            "to enforcement", PSH, "July 2024",
     "Policy approved by this Committee in June 2024.", B],
    ["4.2", "Run a landlord forum twice a year with the National Residential Landlords Association",
     "Landlords know their duties and the help available", PSH + " / " + SSO, "Six monthly",
     "Forums held in May and October 2024, each with about 40 landlords.", G],
    ["4.3", "Inspect every licensable house in multiple occupation at least once in the licence period",
     "Safe homes for tenants of shared houses", PSH, "March 2028",
     "Fewer inspections than planned were carried out this year because of a vacancy in the team, now filled.", A],
    {"banner": "Priority 5: Working in partnership", "fill": "D9D9D9"},
    ["5.1", "Set up a Homelessness Forum with statutory and voluntary partners meeting each quarter",
     "Joined-up services for people at risk", SSO, "Quarterly",
     "The Forum has met four times; the mental health trust joined in October 2024.", G],
    ["5.2", "Agree a joint hospital discharge pathway with the acute trust so that no patient is discharged to the "
            "street",
     "Safe discharge for patients with no home to go to", HOT, "December 2024",
     "Not yet started. The trust has asked to wait until its own discharge team is restructured.", R],
    [{"text": "Key:  B = complete;  G = on track;  A = some delay, expected to be delivered;  R = significant delay or "
              "at risk of not being delivered", "colspan": 7, "italic": True}, None, None, None, None, None, None],
]

PAPER = {
    "stem": "b7_07_three_rivers_homelessness_strategy_review",
    "council": "Three Rivers District Council",
    "source": {
        "council": "Three Rivers District Council",
        "kind": "homelessness and rough sleeping strategy action plan, year one review (covering report)",
        "year": 2025,
        "title": "Housing, Homelessness and Rough Sleeping Strategy 2023-2028 - Action Plan - Year One Review, "
                 "Climate Change, Leisure and Housing Committee, 12 March 2025 (Item 33)",
        "url": "https://moderngov.threerivers.gov.uk/ieIssueDetails.aspx?IId=7478&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "text"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.5},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "CLIMATE CHANGE, LEISURE AND HOUSING COMMITTEE \u2013 12 MARCH 2025", "bold": True},
        {"kind": "para", "text": "PART I \u2013 NOT DELEGATED", "bold": True},
        {"kind": "para", "text": "7.  HOUSING, HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2023-2028 \u2013 ACTION PLAN "
                                 "\u2013 YEAR ONE REVIEW (DCES)", "bold": True},
        {"kind": "para", "text": "1  Summary", "bold": True},
        {"kind": "para", "text": "1.1  This report sets out progress in the first year against the action plan that "
                                 "supports the Council's Housing, Homelessness and Rough Sleeping Strategy 2023-2028."},
        {"kind": "para", "text": "2  Details", "bold": True},
        {"kind": "para", "text": "2.1  The Homelessness Act 2002 requires every housing authority to publish a "
                                 "homelessness strategy and to keep it under review. The strategy adopted in 2023 has "
                                 "five priorities and an action plan of projects to be delivered over five years."},
        {"kind": "para", "text": "2.2  In the past year 472 households applied to the Council as homeless or at risk "
                                 "of homelessness, and homelessness was prevented for 145 of them."},
        {"kind": "para", "text": "2.3  Most actions are on track or complete. Three are shown as red: the eviction "
                                 "protocol with Registered Providers, the county Housing First pilot and the hospital "
                                 "discharge pathway. The reasons are given in the update column of Appendix 1."},
        {"kind": "para", "text": "3  Options and Reasons for Recommendations", "bold": True},
        {"kind": "para", "text": "3.1  The report is for information; there are no options to consider."},
        {"kind": "para", "text": "4  Financial, Legal and Staffing Implications", "bold": True},
        {"kind": "para", "text": "4.1  None specific. The actions are funded from existing budgets and the "
                                 "Homelessness Prevention Grant."},
        {"kind": "para", "text": "Recommendation", "bold": True},
        {"kind": "para", "text": "That the Committee reviews and notes the Year One Review of the Housing, "
                                 "Homelessness and Rough Sleeping Strategy 2023-2028 Action Plan at Appendix 1."},
        {"kind": "para", "text": "Report prepared by: Nadia Fenwick, Strategic Housing Manager"},
        {"kind": "page_break"},
        {"kind": "para", "text": "APPENDIX 1", "bold": True},
        {"kind": "para", "text": "Housing, Homelessness and Rough Sleeping Strategy 2023-2028: Action Plan \u2013 Year "
                                 "One Review", "bold": True},
        {
            "kind": "table",
            "columns": ["Ref", "Action", "Outcome", "Lead Officer", "Target Date",
                        "Year One Update (position at 31 January 2025)", "RAG"],
            "widths": [5, 27, 17, 15, 11, 30, 5],
            "repeat_header": True,
            "rows": ROWS,
        },
    ],
}

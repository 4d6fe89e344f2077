"""South Ribble Borough Council, Corporate Strategy Quarterly Performance Monitoring Report, Quarter Two 2021/22,
report of the Deputy Chief Executive to the Scrutiny Budget and Performance Panel (November 2021).

The real item (southribble.moderngov.co.uk, mgAi.aspx ID=11398) reported performance against the Corporate
Strategy projects and objectives for July-September 2021: 11 of 14 projects on track, one rated amber, and
8 key performance indicators (3 green, 3 red, 2 yet to be baselined), with questions on the Joint Digital
Strategy, self-service channels and the employment rate. Visible: the title, the report author's post, the
period, the counts. The meeting date was not visible: 22 November 2021 is modelled.

Modelled: the front matter in the South Ribble / Chorley shared-services template (REPORT TO / ON and TITLE /
REPORT OF label tables, "Is this report confidential?", numbered paragraphs under Purpose of the Report,
Recommendations, Reasons for recommendations, Other options considered and rejected, Corporate priorities,
Background, Performance), and the appendix as a performance-system export: one table of projects with
priority banner rows, no reference numbers, the system's "31-Mar-2022" date style, % complete and a status
word, followed by a table of key performance indicators (not actions). Every sentence is our own; the names
and figures are invented (the project mix follows the 11 / 1 / 2 split of the real report).

Decisions for the gold:
- No project has a printed reference, so action_ref is "1".."14" in table order (one table).
- progress_as_of: the appendix heading's period end, 30 September 2021.
- The KPI table (indicator, polarity, target, performance, status) is not an action table.
- "Director of Planning and Property" and "Director of Finance" on two lines are two posts; "HR" expands to
  "Human Resources" (contract glossary).
"""

PAPER = {
    "stem": "b3_10_south_ribble_corporate_strategy_q2",
    "council": "South Ribble Borough Council",
    "source": {
        "council": "South Ribble Borough Council",
        "kind": "corporate strategy quarterly performance monitoring report (covering report, projects and KPIs)",
        "year": 2021,
        "title": "Corporate Strategy Quarterly Performance Monitoring Report, Quarter Two 2021/22, Scrutiny Budget "
                 "and Performance Panel",
        "url": "https://southribble.moderngov.co.uk/mgAi.aspx?ID=11398",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "text"],
    "page": {"orientation": "portrait", "font_size": 8, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "table", "columns": ["REPORT TO", "ON"], "widths": [65, 35], "repeat_header": False,
         "rows": [["Scrutiny Budget and Performance Panel", "22 November 2021"]]},
        {"kind": "table", "columns": ["TITLE", "REPORT OF"], "widths": [65, 35], "repeat_header": False,
         "rows": [["Corporate Strategy Quarterly Performance Monitoring Report, Quarter Two 2021/22",
                   "Deputy Chief Executive"]]},
        {"kind": "table", "columns": ["Is this report confidential?", "No"], "widths": [65, 35],
         "repeat_header": False, "rows": [["Is this decision key?", "Not applicable"]]},
        {"kind": "heading", "text": "Purpose of the Report", "level": 3},
        {"kind": "para", "text": "1. To report the council's performance against the projects and measures of the "
                                 "Corporate Strategy at the end of the second quarter of 2021/22 (July to September "
                                 "2021)."},
        {"kind": "heading", "text": "Recommendations to Scrutiny Budget and Performance Panel", "level": 3},
        {"kind": "para", "text": "2. That the report is noted and any comments are passed to Cabinet."},
        {"kind": "heading", "text": "Reasons for recommendations", "level": 3},
        {"kind": "para", "text": "3. To make sure the Panel can hold the Cabinet to account for delivering the "
                                 "Corporate Strategy."},
        {"kind": "heading", "text": "Other options considered and rejected", "level": 3},
        {"kind": "para", "text": "4. None."},
        {"kind": "heading", "text": "Corporate priorities", "level": 3},
        {"kind": "para", "text": "5. The report relates to the following corporate priorities:"},
        {"kind": "table", "columns": ["An exemplary council", "\u2713", "Thriving communities", "\u2713"],
         "widths": [40, 10, 40, 10], "repeat_header": False,
         "rows": [["A fair local economy that works for everyone", "\u2713",
                   "Good homes, green spaces, healthy places", "\u2713"]]},
        {"kind": "heading", "text": "Background to the report", "level": 3},
        {"kind": "para", "text": "6. The Corporate Strategy was refreshed and approved by Council in 2021. It sets out "
                                 "fourteen projects for the year and a set of key performance indicators, grouped "
                                 "under the council's four priorities."},
        {"kind": "para", "text": "7. Progress is recorded each month by project leads in the performance management "
                                 "system and checked by directors before it is reported."},
        {"kind": "heading", "text": "Performance of the Corporate Strategy", "level": 3},
        {"kind": "para", "text": "8. At the end of the quarter, eleven of the fourteen projects are on track, two have "
                                 "been completed and one is at risk. Details are at Appendix 1."},
        {"kind": "para", "text": "9. Of the eight key performance indicators reported this quarter, three are better "
                                 "than target, three are worse than target and two have no baseline yet."},
        {"kind": "para", "text": "10. The project at risk is the affordable homes scheme at Bamber Bridge, where "
                                 "contractor costs have risen. A revised cost plan will be brought to Cabinet."},
        {"kind": "heading", "text": "Comments of the Statutory Finance Officer", "level": 3},
        {"kind": "para", "text": "11. There are no direct financial implications arising from this report."},
        {"kind": "heading", "text": "Comments of the Monitoring Officer", "level": 3},
        {"kind": "para", "text": "12. There are no concerns with this report from a Monitoring Officer perspective."},
        {"kind": "para", "text": "Report Author: Laura Whitfield, Performance and Partnerships Team Leader, "
                                 "Date: 8 November 2021"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 1: Corporate Strategy Projects \u2013 Quarter Two 2021/22 (1 July "
                                    "\u2013 30 September 2021)", "level": 2},
        {
            "kind": "table",
            "columns": ["Project", "Project Lead", "End Date", "% Complete", "Status", "Quarter Two Update"],
            "widths": [25, 16, 13, 9, 9, 28],
            "repeat_header": True,
            "rows": [
                {"banner": "Priority: An exemplary council"},
                ["Roll out Microsoft 365 and SharePoint to all staff as part of the Joint Digital Strategy",
                 "Director of Change and Delivery", "31-Mar-2022", "65%", "On track",
                 "SharePoint sites for eight services are live. Recruitment to two ICT vacancies is under way so "
                 "that the roll-out keeps to plan."],
                ["Develop a customer access strategy with more self-service options, while keeping face-to-face "
                 "and telephone contact", "Director of Customer and Digital", "30-Jun-2022", "30%", "On track",
                 "Customer research is complete and the draft strategy is being written."],
                ["Introduce a staff wellbeing programme to improve the council's organisational health",
                 "Head of HR and Organisational Development", "31-Dec-2021", "80%", "On track",
                 "Wellbeing champions are in place in every directorate and the annual staff survey opens in "
                 "October."],
                {"banner": "Priority: Thriving communities"},
                ["Open community hubs in each of the borough's neighbourhood areas", "Director of Communities",
                 "31-Mar-2022", "50%", "On track",
                 "Hubs are open in Leyland and Penwortham; sites in the rural east and Bamber Bridge are being "
                 "agreed."],
                ["Set up a borough-wide volunteering network with voluntary and faith groups",
                 "Director of Communities", "31-Jan-2022", "40%", "On track",
                 "Forty-two groups have signed up and a volunteer matching website is being tested."],
                ["Extend the youth engagement programme with Lancashire County Council",
                 "Director of Communities", "31-Mar-2022", "35%", "On track",
                 "Sessions restarted in July after the lifting of restrictions and are running in four areas."],
                ["Refurbish the craft centre at Worden Park", "Director of Commercial Services", "30-Sep-2021",
                 "100%", "Complete", "The craft centre reopened to the public in September 2021."],
                {"banner": "Priority: A fair local economy that works for everyone"},
                ["Deliver the Leyland Town Deal projects, starting with the town centre market",
                 "Director of Planning and Property", "31-Mar-2024", "15%", "On track",
                 "The business case for the market was submitted to Government in August."],
                ["Promote community wealth building by increasing the council's spending with local suppliers",
                 "Director of Finance", "31-Mar-2022", "45%", "On track",
                 "Local spend has risen to 31% of the total; a supplier event is planned for November."],
                ["Pay the remaining business support and Covid recovery grants", "Director of Finance",
                 "30-Sep-2021", "100%", "Complete", "All eligible grants have been paid and the scheme has closed."],
                {"banner": "Priority: Good homes, green spaces, healthy places"},
                ["Build 20 affordable homes on council-owned land at Bamber Bridge",
                 "Director of Planning and Property\nDirector of Finance", "31-Dec-2022", "20%", "At risk",
                 "The contractor has reported higher material costs and the scheme is being reviewed to keep it "
                 "within budget."],
                ["Plant trees and create green links between the borough's parks", "Director of Neighbourhoods",
                 "31-Mar-2022", "55%", "On track",
                 "Planting sites for the winter season have been agreed with the Lancashire tree partnership."],
                ["Draw up plans for a health, leisure and wellbeing campus in Leyland",
                 "Director of Commercial Services", "31-Mar-2023", "10%", "On track",
                 "Design consultants were appointed in September."],
                ["Run an anti-idling campaign at the borough's air quality hotspots", "Director of Neighbourhoods",
                 "31-Oct-2021", "70%", "On track",
                 "Signs are up at six hotspots and a school campaign with Runshaw College starts in October."],
            ],
        },
        {"kind": "heading", "text": "Corporate Strategy Key Performance Indicators \u2013 Quarter Two 2021/22",
         "level": 3},
        {
            "kind": "table",
            "columns": ["Indicator", "Polarity", "Target", "Q2 Performance", "Status"],
            "widths": [40, 12, 12, 14, 22],
            "repeat_header": True,
            "rows": [
                ["Percentage of council tax collected", "Bigger is better", "57.0%", "57.6%",
                 "Better than target"],
                ["Percentage of business rates collected", "Bigger is better", "55.0%", "53.1%",
                 "Worse than target"],
                ["Average days to process new housing benefit claims", "Smaller is better", "20", "18.4",
                 "Better than target"],
                ["Percentage of calls answered within 90 seconds", "Bigger is better", "80%", "71%",
                 "Worse than target"],
                ["Working days lost to sickness per employee", "Smaller is better", "4.5", "5.2",
                 "Worse than target"],
                ["Percentage of household waste recycled", "Bigger is better", "45%", "47%", "Better than target"],
                ["Number of volunteers registered with the network", "Bigger is better", "n/a", "210",
                 "Baseline to be set"],
                ["Employment rate (16-64)", "Bigger is better", "n/a", "79.8%", "Baseline to be set"],
            ],
        },
    ],
}

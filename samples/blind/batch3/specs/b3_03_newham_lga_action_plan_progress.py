"""London Borough of Newham, Cabinet, Tuesday 17 June 2025: LGA Action Plan Progress Report, with Appendix 1 -
LGA Action Plan Progress Update (progress on the action plan answering the 11 recommendations of the LGA Corporate
Peer Challenge of December 2023).

Copies what was visible of the real paper (opencouncil.network/decisions/154517 and newham.gov.uk's page on the 2023
Corporate Peer Challenge): the report title, the three recommendations to note (i-iii: progress since the peer
challenge of December 2023 and the progress visit of October 2024; that this update is separate from the quarterly
Building a Fairer Newham performance report due in July 2025; quarterly Best Value reports after the non-statutory
Best Value Notice), the "Alternatives considered" paragraph, the appendix title, the 11 recommendations and the three
core themes of the plan as printed ("Getting the basics right", "Supporting our people", "Meeting our financial
challenges"), and milestones numbered "Milestone 1:", "Milestone 2:" ... within a recommendation (as in other London
peer challenge plans of 2025).
Modelled: the cover table of report details, numbered paragraphs, and the appendix tracker (an Excel-style landscape
table: theme banner rows, the recommendation beside its key actions as bullets, one recommendation with three
milestone sub-rows sharing its number, lead and update, a dated update column and a status word column).
Every sentence is our own; officers are given by post only.

Contract decisions (gold): each recommendation row is one action; the recommendation is area_for_improvement and the
key actions (bullets joined with "; ") the action. For recommendation 4 the three milestone rows are one action:
action = the milestone texts joined with "; ", due_raw joined with " / ", due_date the latest (Autumn 2025), status
that of the last milestone. progress_as_of is the end of the month in the update heading (2025-05-31).
theme_category: Theme 1 names no component, so it is decided from each recommendation; Themes 2 and 3 decide it.
"""

_COLS = ["No.", "LGA Recommendation", "Key actions", "Lead Officer", "Target date", "Update \u2013 May 2025", "Status"]
_W = [4, 19, 24, 14, 8, 24, 7]
B = "\u2022 "
DSP = "Director of Strategy and Performance"
DPOD = "Director of People and Organisational Development"
CDIEH = "Corporate Director of Inclusive Economy & Housing"
CDR = "Corporate Director of Resources"

PAPER = {
    "stem": "b3_03_newham_lga_action_plan_progress",
    "council": "London Borough of Newham",
    "source": {
        "council": "London Borough of Newham",
        "kind": "LGA corporate peer challenge action plan progress update",
        "year": 2025,
        "title": "Cabinet 17 June 2025: LGA Action Plan Progress Report; Appendix 1 - LGA Action Plan Progress Update",
        "url": "https://opencouncil.network/decisions/154517",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "LONDON BOROUGH OF NEWHAM", "bold": True},
        {"kind": "para", "text": "CABINET", "bold": True},
        {"kind": "table", "columns": ["Report title", "LGA Action Plan Progress Report"], "widths": [22, 60],
         "repeat_header": False, "rows": [
             ["Date of Meeting", "17 June 2025"],
             ["Report of", "Chief Executive"],
             ["Lead Member", "Mayor of Newham"],
             ["Key Decision?", "No"],
             ["Exempt information & Grounds", "No"],
             ["Wards Affected", "All Wards"],
             ["Appendices", "Appendix 1 \u2013 LGA Action Plan Progress Update"],
         ]},
        {"kind": "heading", "text": "LGA Action Plan Progress Report", "level": 1},
        {"kind": "heading", "text": "1. Executive Summary", "level": 2},
        {"kind": "para", "text": "1.1 In December 2023 a Local Government Association peer team carried out a "
                                 "Corporate Peer Challenge of the Council and made 11 recommendations. The Council "
                                 "published an action plan in response in May 2024, and the peer team returned for a "
                                 "progress visit in October 2024."},
        {"kind": "para", "text": "1.2 This report sets out progress on the action plan to the end of May 2025. Six "
                                 "recommendations have been fully delivered and the other five are on track. The work "
                                 "that remains is concentrated on the Council's financial position, and in particular "
                                 "the cost of temporary accommodation."},
        {"kind": "heading", "text": "2. Recommendations", "level": 2},
        {"kind": "para", "text": "2.1 For the reasons set out in this report and its appendix, Cabinet is recommended "
                                 "to agree to note:"},
        {"kind": "para", "text": "i) The progress made since the LGA Peer Challenge in December 2023 and the progress "
                                 "visit in October 2024, as set out in this report and Appendix 1."},
        {"kind": "para", "text": "ii) That this report is separate from the quarterly Building a Fairer Newham "
                                 "performance report, which will come to Cabinet in July 2025."},
        {"kind": "para", "text": "iii) That, following the non-statutory Best Value Notice, the Mayor and Cabinet will "
                                 "receive a Best Value progress report every quarter."},
        {"kind": "heading", "text": "3. Background", "level": 2},
        {"kind": "para", "text": "3.1 The action plan is grouped under three themes: getting the basics right, "
                                 "supporting our people, and meeting our financial challenges. Corporate Management "
                                 "Team reviews the plan every month."},
        {"kind": "para", "text": "3.2 At the progress visit the peer team recognised the pace of change but asked the "
                                 "Council to keep its focus on financial sustainability."},
        {"kind": "heading", "text": "4. Alternatives considered", "level": 2},
        {"kind": "para", "text": "4.1 Not reporting progress would leave members and residents less able to judge "
                                 "how well the Council is performing and whether its resources are well used."},
        {"kind": "heading", "text": "5. Implications", "level": 2},
        {"kind": "para", "text": "5.1 Financial: there are no new financial implications; the actions are funded from "
                                 "existing budgets."},
        {"kind": "para", "text": "5.2 Legal: there are no legal implications arising directly from this report."},
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix 1 \u2013 LGA Action Plan Progress Update", "bold": True},
        {"kind": "heading", "text": "LGA Corporate Peer Challenge Action Plan \u2013 Progress Update", "level": 2},
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": [
            {"banner": "Theme 1: Getting the basics right", "fill": "D9E2F3"},
            ["1", "Focus on a small number of clear priorities and make sure residents see the difference in core "
                  "services",
             B + "Agree a refreshed set of corporate priorities with Cabinet\n"
             + B + "Publish a quarterly performance report on core services",
             DSP, "July 2024",
             "Cabinet agreed six priorities in July 2024 and the first quarterly report was published in September "
             "2024.", "Complete"],
            ["2", "Improve the responsiveness of customer services, starting with telephone answering times",
             B + "Recruit to vacant contact centre posts\n"
             + B + "Introduce call-back for callers waiting more than ten minutes",
             "Director of Customer Services", "31/12/2024",
             "The average wait has fallen from 14 to 6 minutes and call-back went live in November 2024.",
             "Complete"],
            ["3", "Strengthen the management of repairs to council homes",
             B + "Procure new responsive repairs contracts\n"
             + B + "Set up a repairs performance board with tenant representatives",
             CDIEH, "March 2025",
             "The new contracts were awarded in February 2025 and are being mobilised; the board meets monthly.",
             "On track"],
            [{"text": "4", "rowspan": 3},
             {"text": "Agree a shared long-term vision for the borough with partners and residents", "rowspan": 3},
             "Milestone 1: hold a partnership summit on the vision",
             {"text": DSP, "rowspan": 3}, "Jul-24",
             {"text": "The summit was held in July 2024 and the draft vision went out to consultation in February "
                      "2025; the final version will go to Cabinet in the autumn.", "rowspan": 3},
             "Complete"],
            [None, None, "Milestone 2: consult residents on the draft vision", None, "March 2025", None, "Complete"],
            [None, None, "Milestone 3: publish the final vision with partners", None, "Autumn 2025", None,
             "On track"],
            ["5", "Make decision making clearer and quicker, with a refreshed scheme of delegation",
             B + "Review the Constitution and the scheme of officer delegation\n"
             + B + "Train report authors and decision makers",
             "Director of Legal and Governance / Monitoring Officer", "Jan-25",
             "Full Council adopted the revised Constitution on 27 January 2025 and 160 officers have been trained.",
             "Complete"],
            {"banner": "Theme 2: Supporting our people", "fill": "D9E2F3"},
            ["6", "Develop a workforce strategy that tackles recruitment and retention in hard to fill roles",
             B + "Publish a workforce strategy\n" + B + "Introduce market supplements for hard to fill roles",
             DPOD, "Sept 2024",
             "The workforce strategy was approved in September 2024; market supplements now apply to 11 roles.",
             "Complete"],
            ["7", "Listen to staff more and act on what they say",
             B + "Run an annual staff survey\n" + B + "Hold quarterly Chief Executive roadshows",
             "Chief Executive / CMT", "Quarterly",
             "Roadshows have been held every quarter; 58% of staff answered the survey in March 2025.",
             "On track"],
            ["8", "Build management capacity with a development programme for middle managers",
             B + "Launch the Newham Manager programme\n"
             + B + "Make the programme part of induction for new managers",
             DPOD, "December 2024", "Two groups, 90 managers in all, have completed the programme.", "Complete"],
            {"banner": "Theme 3: Meeting our financial challenges", "fill": "D9E2F3"},
            ["9", "Set out a credible medium term financial strategy that closes the budget gap",
             B + "Refresh the MTFS to 2028/29\n" + B + "Report savings delivery to Cabinet every quarter",
             CDR, "February 2025", "Council approved the MTFS and the 2025/26 budget on 24 February 2025.",
             "Complete"],
            ["10", "Reduce spending on temporary accommodation",
             B + "Buy and lease more homes for use as temporary accommodation\n"
             + B + "Review the housing placement policy",
             CDIEH + " / " + CDR, "2025/26",
             "Ninety homes have been bought so far; temporary accommodation remains the largest pressure on the "
             "budget.", "On track"],
            ["11", "Strengthen programme management of the transformation programme",
             B + "Set up a Transformation Board chaired by the Chief Executive\n"
             + B + "Introduce benefits tracking for every project",
             "Chief Executive", "Q2 2025/26",
             "The Board meets monthly; benefits tracking will start with the second wave of projects.",
             "On track"],
        ]},
    ],
}

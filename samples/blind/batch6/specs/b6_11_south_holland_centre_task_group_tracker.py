"""South Holland District Council, Performance Monitoring Panel, 23 February 2023: South Holland Centre Task Group -
progress on the recommendations (scrutiny review recommendation tracker with the Cabinet's responses).

Source: the South Holland democracy pages for the Task Group's final report (Cabinet 7 June 2022, decision 902:
recommendations 1 to 6 in section 7 of the final report approved for consideration by a Cabinet Task Group led by the
Portfolio Holder for Communities and Facilities, to draw up a realistic timetable) and the Cabinet minutes of 19 July
2022 (the wording of that decision corrected; the Task Group chairman disappointed that no progress update had yet
been given), found with the pages search. Visible: six recommendations, the Cabinet response, the Cabinet Task Group,
the portfolio holder. Modelled: the recommendations' wording and subjects, the follow-up report to the Performance
Monitoring Panel and its date, the council's report template (Report of / To / Date / Purpose / Key Decision /
Recommendation, numbered sections 1.0, 2.0) and the tracker: columns No. / Task Group Recommendation / Cabinet Response
(7 June 2022) / Agreed Action / Responsible Officer / Target Date / Progress Update - February 2023 / Status, the
recommendation and response merged down over their actions, the header printed on the first page only, a totals row
and a "Key:" row inside the table. Every sentence is our own; names are invented.

Decisions for the gold:
- action is the "Agreed Action" cell; the Task Group recommendation is area_for_improvement (carried down its merged
  cell). The Cabinet Response (acceptance) is not progress; progress is the Progress Update column.
- theme null (no themes printed); theme_category from the recommendation: business plan / subsidy, cafe concession
  income, building investment -> financial_planning_and_management; programme for audiences -> local_priorities_and_
  outcomes; marketing and website -> capacity_for_improvement (communications); links with schools, groups and the
  town -> organisational_and_place_leadership (partnerships).
- Status words: Complete -> completed, In progress -> on_track, Not started -> not_started, Superseded -> cancelled.
- progress_as_of 2023-02-28 from the column heading "Progress Update \u2013 February 2023" (last day of the month).
- "Name (Post)" keeps only the post. The totals row and the Key row are not actions.
"""

ADLC = "Lucy Marsh (Assistant Director \u2013 Leisure and Culture)"
CM = "Centre Manager"
FBP = "Finance Business Partner"

R = [
    ("1", "That a business plan for the South Holland Centre is produced, with clear targets for reducing the "
          "Council's subsidy", "Agreed. The Cabinet Task Group will oversee the plan.", [
        ["1.1", "Prepare a three-year business plan for the Centre with income and subsidy targets", ADLC,
         "31/03/2023", "A draft plan was considered by the Cabinet Task Group in January. The final version goes to "
                       "Cabinet in March.", "In progress"],
        ["1.2", "Report the Centre's income and costs to the Performance Monitoring Panel each quarter", FBP,
         "Quarterly", "The first quarterly report was presented in November 2022 and reports are now scheduled.",
         "Complete"],
    ]),
    ("2", "That the programme of shows and films is reviewed to attract a wider and younger audience", "Agreed.", [
        ["2.1", "Survey residents and current customers on what they would like the Centre to offer", CM,
         "September 2022", "The survey closed in September with 1,140 responses. The results were shared with all "
                           "members.", "Complete"],
        ["2.2", "Introduce live-screened events and family shows, based on the survey results", CM, "Spring 2023",
         "The first live-screened events are booked for March and family shows for the Easter holidays.",
         "In progress"],
    ]),
    ("3", "That the marketing of the Centre is improved, including its website and social media", "Agreed.", [
        ["3.1", "Launch a new website for the Centre with online booking", "Communications Manager / " + CM,
         "31/12/2022", "The new website and booking system went live on 5 December 2022.", "Complete"],
        ["3.2", "Agree a marketing plan with a budget for each season", "Communications Manager", "2023/24",
         "This will follow the approval of the business plan.", "Not started"],
    ]),
    ("4", "That the caf\u00e9 and bar are reopened, either by the Council or through a concession",
     "Agreed in part: the Cabinet Task Group to consider the options.", [
        ["4.1", "Test the market for a caf\u00e9 and bar concession", ADLC, "November 2022",
         "Soft market testing found no operator willing to take the concession at an acceptable rent. Replaced by "
         "action 4.2.", "Superseded"],
        ["4.2", "Reopen the caf\u00e9 and bar under Council management on performance days", CM, "Summer 2023",
         "A staffing model has been agreed and the licence application is being prepared.", "In progress"],
    ]),
    ("5", "That the Council invests in the building, with a costed planned maintenance programme including the roof "
          "and heating", "Agreed, subject to the capital programme.", [
        ["5.1", "Commission a condition survey of the Centre", "Property Services Manager", "October 2022",
         "The survey was completed in October and identified the roof and the heating as priorities.", "Complete"],
        ["5.2", "Include the priority works in the capital programme", "Property Services Manager / " + FBP,
         "2023/24", "A bid of \u00a3420,000 has been made for the 2023/24 capital programme; Council decides in "
                    "February.", "In progress"],
    ]),
    ("6", "That the Centre's links with schools, community groups and the town are strengthened", "Agreed.", [
        ["6.1", "Offer schools and community groups discounted hire of the Centre at quiet times", CM, "31/01/2023",
         "Discounted rates have been agreed and seven groups have booked so far. Publicity to schools is still to "
         "go out.", "In progress"],
        ["6.2", "Set up a Friends of the South Holland Centre group with local volunteers",
         "Ravi Khan (Community Development Officer)", "31/03/2023",
         "Waiting for the business plan to be agreed before volunteers are recruited.", "Not started"],
    ]),
]


def _rows():
    out = []
    for num, rec, response, actions in R:
        n = len(actions)
        for i, (ref, act, lead, due, prog, status) in enumerate(actions):
            if i == 0:
                out.append([ref, {"text": rec, "rowspan": n}, {"text": response, "rowspan": n}, act, lead, due, prog,
                            status])
            else:
                out.append([ref, None, None, act, lead, due, prog, status])
    out.append([{"text": "Total", "bold": True},
                {"text": "6 recommendations; 12 actions: 4 complete, 5 in progress, 2 not started, 1 superseded",
                 "colspan": 7, "bold": True}])
    out.append([{"text": "Key:", "bold": True},
                {"text": "Complete \u2013 action finished; In progress \u2013 work is under way and on course; Not "
                         "started \u2013 work has not begun; Superseded \u2013 replaced by another action",
                 "colspan": 7}])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b6_11_south_holland_centre_task_group_tracker",
    "council": "South Holland District Council",
    "source": {
        "council": "South Holland District Council",
        "kind": "scrutiny task group recommendations tracker with Cabinet responses (covering report)",
        "year": 2023,
        "title": "Final Report of the South Holland Centre Task Group (Cabinet, 7 June 2022; minutes corrected 19 "
                 "July 2022) - progress on the recommendations",
        "url": "https://democracy.sholland.gov.uk/ieDecisionDetails.aspx?Id=902",
    },
    "producers": ["docx", "pdf-word", "pdf-calc", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 8.5, "margin_cm": 1.8},
    "footer": "Page {page}",
    "blocks": [
        _p("SOUTH HOLLAND DISTRICT COUNCIL", True),
        _p("Report of: Portfolio Holder for Communities and Facilities"),
        _p("To: Performance Monitoring Panel \u2013 23 February 2023"),
        _p("(Author: Assistant Director \u2013 Leisure and Culture)"),
        {"kind": "heading", "text": "South Holland Centre Task Group \u2013 Progress on Recommendations", "level": 1},
        _p("Purpose: To update the Panel on the progress made in implementing the recommendations of the South "
           "Holland Centre Task Group."),
        _p("Key Decision: No"),
        _p("Recommendation: That the Panel notes the progress made and agrees to receive a further update in six "
           "months' time."),
        _p("1.0 BACKGROUND", True),
        _p("1.1 The South Holland Centre Task Group was set up by the Performance Monitoring Panel to look at the "
           "future of the Centre. Its final report made six recommendations, which Cabinet considered on 7 June "
           "2022."),
        _p("1.2 Cabinet agreed that the recommendations should be considered by a Cabinet Task Group, led by the "
           "Portfolio Holder for Communities and Facilities, so that a realistic timetable could be agreed. The "
           "Cabinet Task Group has met four times since July 2022."),
        _p("2.0 PROGRESS", True),
        _p("2.1 Appendix A sets out each recommendation, the Cabinet's response, the actions agreed and the "
           "progress made by the end of February 2023. Four of the twelve actions are complete and five are in "
           "progress."),
        _p("2.2 The concession for the caf\u00e9 and bar did not attract a suitable operator, so that action has been "
           "replaced by a plan to run the caf\u00e9 and bar directly on performance days."),
        _p("3.0 IMPLICATIONS", True),
        _p("3.1 Finance: the building works in recommendation 5 depend on the capital programme for 2023/24. There "
           "are no other financial implications from this report."),
        {"kind": "page_break"},
        _p("Appendix A \u2013 South Holland Centre Task Group: Recommendation Tracker", True),
        {
            "kind": "table",
            "columns": ["No.", "Task Group Recommendation", "Cabinet Response (7 June 2022)", "Agreed Action",
                        "Responsible Officer", "Target Date", "Progress Update \u2013 February 2023", "Status"],
            "widths": [4, 17, 12, 18, 14, 9, 22, 8],
            "repeat_header": False,
            "rows": _rows(),
        },
    ],
}

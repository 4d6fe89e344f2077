"""Charnwood Borough Council: monitoring of the Five Year Housing Supply Scrutiny Panel's recommendations and the
Cabinet's responses, report to the Scrutiny Management Board (2019).

Source: Charnwood's agenda items "Five Year Housing Supply Scrutiny Panel Report" (Scrutiny Management Board,
charnwood.moderngov.co.uk/mgAi.aspx?ID=727), "Five Year Housing Supply Scrutiny Panel" (Cabinet, mgAi.aspx?ID=838)
and "Scrutiny Work Programme and Issues Arising From Scrutiny Groups and Panels" (mgAi.aspx?ID=1027), found with the
pages search. Visible there: reports of the Head of Strategic Support; the Panel chaired by a councillor; numbered
"Recommendation to the Cabinet" items each with a REASON (the housing supply figure and planning application deadlines
as Business Plan KPIs from 2019/20; a letter to Government on sanctions for non-completion after the Letwin review;
a best practice review of section 106 agreements, reserved matters and pre-commencement conditions); officer advice
and the Cabinet's responses reported back to the Board; the Lead Member for Planning, Inward Investment and Tourism
Strategy. Modelled: a later monitoring report to the Board (date and item number invented) with a grid table
No. / Panel Recommendation / Cabinet Response / Lead Officer / Timescale / Progress Update / Status; the header is not
repeated on the second page. Recommendations 5-8 and all wording are our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body Scrutiny Management Board; meeting_date 2019-04-10; progress_as_of the meeting date
  (no "position at" date printed).
- area_for_improvement is the Panel recommendation; action is the Cabinet Response, which says what the council
  will do (the contract's "what we will do"); it is not a progress column (it reports no work done).
- No theme printed. theme_category from the recommendation: housing supply, planning and the Local Plan ->
  local_priorities_and_outcomes; 6 (training councillors) -> organisational_and_place_leadership.
- Timescales: "From 2019/20 Business Plan" is a start -> no deadline; "Within 3 months of the final report" and
  "N/A" -> no date; "By 31st March 2019" -> day; "2019/20" -> 2020-03-31 financial_year; "Six monthly" ->
  recurrence six_monthly. Rec 4's progress says "Target date revised to July 2019" -> revised_due_date 2019-07-31.
- Status: Implemented -> completed; In progress -> on_track; Superseded -> cancelled. No RAG.
- Leads: "Head of Planning and Regeneration / Legal Services Manager" is two posts; the Lead Member is a post.
"""

HPR = "Head of Planning and Regeneration"

ROWS = [
    ["1", "That the Council's Business Plan include the five year housing land supply figure as a Key Performance "
          "Indicator (KPI).\nREASON: So that the figure is reported and monitored regularly by the Council and by the "
          "Performance Scrutiny Panel.",
     "Agreed. The figure will be a KPI from the 2019/20 Business Plan, and quarterly direction of travel figures "
     "will be available to councillors on request.",
     HPR, "From 2019/20 Business Plan",
     "Included in the 2019/20 Business Plan approved by Council on 25th February 2019.", "Implemented"],
    ["2", "That the deadlines for deciding the different types of planning application be added to the Business "
          "Plan as KPIs.\nREASON: So that performance on deciding applications is reported and monitored.",
     "Agreed. The deadlines for major, minor and other applications will be KPIs in the 2019/20 Business Plan.",
     HPR, "April 2019",
     "Major, minor and other application KPIs included in the 2019/20 Business Plan.", "Implemented"],
    ["3", "That the Chair of the Panel and the Lead Member for Planning write to the Government to press for "
          "stronger sanctions against developers who do not complete their sites.\nREASON: To support firmer "
          "powers where development is delayed.",
     "Noted. Once the final report of the review of build out rates is published, the Lead Member, with the Chair "
     "of the Panel, will write to the Government with the Council's further views.",
     "Lead Member for Planning, Inward Investment and Tourism Strategy", "Within 3 months of the final report",
     "Letter sent on 4th February 2019; a reply from the Minister is awaited.", "Implemented"],
    ["4", "That a best practice review be carried out of how the Council deals with section 106 agreements, reserved "
          "matters applications and pre-commencement conditions.\nREASON: To find ways of speeding up the start of "
          "development on sites with permission.",
     "Agreed. The Planning Service will carry out the review with the Legal Service and report the findings to the "
     "Lead Member.",
     HPR + " / Legal Services Manager", "By 31st March 2019",
     "Review started in January. Target date revised to July 2019 because of staff vacancies in the "
     "Development Management team.", "In progress"],
    ["5", "That the Council consider setting up a housing delivery team to help bring stalled sites forward.\n"
          "REASON: Other councils have used such teams to speed up delivery.",
     "Agreed in principle. A Housing Delivery Officer post will be created if funding is found in the 2019/20 "
     "budget.",
     HPR, "2019/20",
     "Funding agreed in the 2019/20 budget; recruitment to start in May.", "In progress"],
    ["6", "That all councillors be offered training on how the five year housing land supply and the Housing "
          "Delivery Test are calculated.\nREASON: So that councillors can explain the figures to residents.",
     "Agreed. A training session will be added to the member development programme.",
     "Democratic Services Manager", "December 2018",
     "Training session held on 6th December 2018; 24 councillors attended.", "Implemented"],
    ["7", "That the Local Plan timetable be reported to the Scrutiny Management Board every six months.\nREASON: To "
          "give scrutiny oversight of the Plan's progress.",
     "Agreed. The Head of Planning and Regeneration will report the Local Plan timetable to the Board every six "
     "months.",
     HPR, "Six monthly",
     "First report on this agenda (item 9).", "In progress"],
    ["8", "That the Council lobby the Government to make the Housing Delivery Test take account of local market "
          "conditions.\nREASON: Delivery depends on developers as well as on the Council.",
     "Not agreed. The point was made in the Council's response to the national consultation on the test, so no "
     "further letter is needed.",
     HPR, "N/A",
     "No further action.", "Superseded"],
]

PAPER = {
    "stem": "b6_03_charnwood_scrutiny_panel_monitoring",
    "council": "Charnwood Borough Council",
    "source": {
        "council": "Charnwood Borough Council",
        "kind": "scrutiny panel recommendations tracker with the Cabinet's responses (monitoring report)",
        "year": 2019,
        "title": "Five Year Housing Supply Scrutiny Panel: recommendations, Cabinet responses and their monitoring "
                 "(Scrutiny Management Board / Cabinet)",
        "url": "https://charnwood.moderngov.co.uk/mgAi.aspx?ID=838",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "portrait", "font_size": 8.5, "margin_cm": 1.6},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "SCRUTINY MANAGEMENT BOARD \u2013 10TH APRIL 2019", "bold": True},
        {"kind": "para", "text": "Report of the Head of Strategic Support", "bold": True},
        {"kind": "para", "text": "Part A", "bold": True, "align": "right"},
        {"kind": "heading", "text": "ITEM 8     Monitoring of Scrutiny Panel Recommendations \u2013 Five Year Housing "
                                    "Supply Scrutiny Panel", "level": 2},
        {"kind": "para", "text": "Purpose of Report", "bold": True},
        {"kind": "para", "text": "To let the Board monitor how the recommendations of the Five Year Housing Supply "
                                 "Scrutiny Panel, and the Cabinet's responses to them, have been put into effect."},
        {"kind": "para", "text": "Recommendation", "bold": True},
        {"kind": "para", "text": "That the Board notes the progress set out in the Appendix and decides whether any "
                                 "recommendation needs further monitoring."},
        {"kind": "para", "text": "Reason", "bold": True},
        {"kind": "para", "text": "So that the Board can be sure that agreed scrutiny recommendations are acted on."},
        {"kind": "para", "text": "Background", "bold": True},
        {"kind": "para", "text": "1. The Panel reported to the Board on 24th October 2018 and made eight "
                                 "recommendations to the Cabinet. The Cabinet considered them, with officer advice, "
                                 "on 15th November 2018."},
        {"kind": "para", "text": "2. Under the scrutiny procedures the Board monitors the implementation of agreed "
                                 "recommendations about six months after the Cabinet's decision. The Appendix shows "
                                 "each recommendation, the Cabinet's response, the lead officer, the timescale and "
                                 "the position now."},
        {"kind": "para", "text": "3. Four recommendations have been implemented, three are in progress and one was "
                                 "not agreed by the Cabinet. The Board may wish to see a further update on "
                                 "recommendations 4 and 5 in October 2019."},
        {"kind": "para", "text": "Appendix", "bold": True},
        {"kind": "para", "text": "Five Year Housing Supply Scrutiny Panel \u2013 monitoring of recommendations"},
        {"kind": "para", "text": "Officer to contact: Karen Holt, Democratic Services Officer"},
        {"kind": "page_break"},
        {"kind": "para", "text": "APPENDIX", "bold": True},
        {"kind": "para", "text": "FIVE YEAR HOUSING SUPPLY SCRUTINY PANEL \u2013 MONITORING OF RECOMMENDATIONS",
         "bold": True},
        {"kind": "table",
         "columns": ["No.", "Panel Recommendation", "Cabinet Response (15th November 2018)", "Lead Officer",
                     "Timescale", "Progress Update", "Status"],
         "widths": [4, 26, 22, 13, 10, 17, 10],
         "repeat_header": False,
         "rows": ROWS},
    ],
}

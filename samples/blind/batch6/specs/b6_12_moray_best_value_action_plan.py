"""The Moray Council, meeting of Moray Council on 7 October 2020: Accounts Commission findings on the Best Value
Assurance Report, report by the Chief Executive, with the improvement action plan as Appendix 2.

Source: the Moray Council meeting record of 7 October 2020 (moray.cmis.uk.com, Meeting 1644: "A report by the Chief
Executive asked Moray Council to consider the Accounts Commission findings on the Best Value Assurance Report ...
recommend strategic actions and an approach of delivery"), the council's news release on the BVAR (officers have
begun a plan to address the findings over the next 18 months; over GBP 3m earmarked for pace and capacity), Audit
Scotland's BVAR on Moray (August 2020) and an earlier Moray report in the same template (paperzz: "ITEM: 6 PAGE: 1 /
REPORT TO: ... / SUBJECT: / BY: / 1. REASON FOR REPORT / 2. RECOMMENDATIONS (a) ..."), all found with the pages
search. Visible: the template and the running "ITEM: / PAGE:" line, the subject, the Chief Executive as author,
the purposes (comment on findings, areas needing development at pace, an assessment of progress since the review,
strategic actions), the BVAR themes (collective leadership of councillors, pace of transformation, the school
estate, financial sustainability, performance management, community involvement, workforce). Modelled: the wording
of the seven recommendations, the action plan's layout (a two-row heading with "Best Value Assurance Report
recommendation" spanning the number and the text, the recommendation merged down over its actions, each action
numbered inside its cell, leads as abbreviations with a key table of posts after the plan, progress at 30 September
2020 opening with a status phrase), and every action. Every sentence is our own; names are invented.

Decisions for the gold:
- action_ref from the number printed at the start of the action cell ("1.1"); action is the rest of the cell.
  The recommendation (its own number dropped) is area_for_improvement; theme null (no theme headings).
- Leads expanded through the key table; CMT -> Corporate Management Team (the key and the contract glossary agree).
- No status column: status from the leading phrase of the progress cell (Complete -> completed, In progress ->
  on_track, Ongoing -> on_track, Not yet started -> not_started); an empty progress cell -> unknown, status_raw null.
- progress_as_of 2020-09-30 from the heading "Position at 30 September 2020".
- report_title as printed after "SUBJECT:" (capitals kept); body "Moray Council" (the full council meeting).
- theme_category from the recommendation: collective leadership -> organisational_and_place_leadership;
  transformation, performance management, workforce -> capacity_for_improvement; school estate and working with
  communities -> local_priorities_and_outcomes; financial strategy -> financial_planning_and_management.
"""

RECS = [
    ("1", "Councillors and officers should work together to agree and deliver the council's priorities, with "
          "councillors showing strong collective leadership.", [
        ("1.1", "Hold facilitated workshops for all councillors on working together and on the findings of the "
                "report", "CE", "December 2020",
         "In progress \u2013 the first workshop was held on 22 September and two more are planned."),
        ("1.2", "Agree a protocol on relations between councillors and officers and review it every year", "HGSP",
         "March 2021", "Not yet started \u2013 a draft will go to the Audit and Scrutiny Committee in January."),
        ("1.3", "Put in place a development programme for councillors, with a personal development plan offered to "
                "each", "HGSP / HHRO", "May 2022",
         "Ongoing \u2013 training on scrutiny and on the budget has been offered; personal plans will follow."),
    ]),
    ("2", "The council needs to increase the pace of transformation, setting out clearly how services will change "
          "and the savings that will result.", [
        ("2.1", "Refresh the Improvement and Modernisation Programme with milestones and savings for each project",
         "CMT", "Q4 2020/21", "In progress \u2013 projects have been re-prioritised following the pandemic."),
        ("2.2", "Recruit additional change capacity to support the programme", "DCE (ECOD)", "August 2020",
         "In progress \u2013 one of the two change officers started in September; the second post is being "
         "re-advertised."),
    ]),
    ("3", "The council should agree a long-term plan for its school estate.", [
        ("3.1", "Complete the learning estate strategy and consult on options for each associated school group",
         "DCE (ECOD) / HERC", "2021/22",
         "In progress \u2013 condition and suitability surveys of all schools are complete."),
    ]),
    ("4", "Financial planning should look further ahead, with a sustainable medium to long term financial "
          "strategy.", [
        ("4.1", "Prepare a medium to long term financial strategy linked to the Corporate Plan", "HFS / DCE (EEF)",
         "March 2021", "In progress \u2013 the first draft was discussed with group leaders in September."),
        ("4.2", "Report the delivery of savings to every meeting of the Policy and Resources Committee", "HFS",
         "Ongoing", "Ongoing \u2013 the savings tracker has been reported since June."),
    ]),
    ("5", "The council should improve its performance management and the performance information it publishes.", [
        ("5.1", "Introduce a revised performance management framework, with service plans linked to the Corporate "
                "Plan", "HGSP", "December 2020",
         "Complete \u2013 approved by the Policy and Resources Committee on 1 September."),
        ("5.2", "Publish a public performance report in plain English", "HGSP", "Annual (next due September 2021)",
         "Complete \u2013 the 2019/20 report was published in August."),
    ]),
    ("6", "The council should work with communities to shape local services, including through participatory "
          "budgeting.", [
        ("6.1", "Allocate 1% of the council's budget through participatory budgeting", "DCE (ECOD)", "2021/22",
         "Not yet started \u2013 delayed by the response to the pandemic."),
        ("6.2", "Review the community engagement strategy with the Community Planning Partnership", "HERC",
         "June 2021", ""),
    ]),
    ("7", "Workforce planning should make sure the council has the skills and capacity it needs.", [
        ("7.1", "Complete a workforce plan for every service", "HHRO", "March 2021",
         "In progress \u2013 plans have been received from 9 of the 14 services."),
    ]),
]

KEY = [
    ("CE", "Chief Executive"),
    ("DCE (ECOD)", "Depute Chief Executive (Education, Communities and Organisational Development)"),
    ("DCE (EEF)", "Depute Chief Executive (Economy, Environment and Finance)"),
    ("HFS", "Head of Financial Services"),
    ("HGSP", "Head of Governance, Strategy and Performance"),
    ("HERC", "Head of Education Resources and Communities"),
    ("HHRO", "Head of Human Resources, ICT and Organisational Development"),
    ("CMT", "Corporate Management Team"),
]


def _rows():
    out = []
    for num, rec, actions in RECS:
        n = len(actions)
        for i, (ref, act, lead, when, prog) in enumerate(actions):
            cell = f"{ref} {act}"
            if i == 0:
                out.append([{"text": num, "rowspan": n}, {"text": rec, "rowspan": n}, cell, lead, when, prog])
            else:
                out.append([None, None, cell, lead, when, prog])
    return out


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


PAPER = {
    "stem": "b6_12_moray_best_value_action_plan",
    "council": "The Moray Council",
    "source": {
        "council": "The Moray Council",
        "kind": "Best Value Assurance Report improvement action plan (Scottish council; covering report)",
        "year": 2020,
        "title": "Accounts Commission findings on the Best Value Assurance Report, report by the Chief Executive, "
                 "Moray Council, 7 October 2020",
        "url": "https://moray.cmis.uk.com/moray/CouncilandGovernance/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/"
               "397/Meeting/1644/Committee/2/Default.aspx",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid", "text"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 2.0},
    "header": "ITEM: 5        PAGE: {page}",
    "blocks": [
        _p("REPORT TO: MORAY COUNCIL ON 7 OCTOBER 2020", True),
        _p("SUBJECT: ACCOUNTS COMMISSION FINDINGS ON THE BEST VALUE ASSURANCE REPORT", True),
        _p("BY: CHIEF EXECUTIVE", True),
        _p("1. REASON FOR REPORT", True),
        _p("1.1 To ask the Council to consider the findings of the Accounts Commission on the Best Value Assurance "
           "Report on Moray Council by the Controller of Audit, and to agree an improvement action plan in "
           "response."),
        _p("1.2 This report is submitted to Council in terms of Section II (1) of the Council's Scheme of "
           "Administration relating to the Council's duty of Best Value."),
        _p("2. RECOMMENDATION", True),
        _p("2.1 It is recommended that the Council:"),
        _p("(i) notes the Accounts Commission's findings and the recommendations of the Best Value Assurance "
           "Report set out in APPENDIX 1;"),
        _p("(ii) notes the progress made since the audit, as set out in section 4; and"),
        _p("(iii) approves the improvement action plan in APPENDIX 2 and asks for a progress report in six "
           "months."),
        _p("3. BACKGROUND", True),
        _p("3.1 The audit began in September 2019 and the report was published by the Accounts Commission in "
           "August 2020. The Commission expects the council to act on the recommendations and will ask the "
           "Controller of Audit to report again on progress."),
        _p("3.2 The report recognises that services are generally well regarded but finds that the pace of change "
           "has been too slow and that councillors need to work together more effectively to lead the "
           "transformation the council needs."),
        _p("4. PROGRESS SINCE THE AUDIT", True),
        _p("4.1 Work on several recommendations began before the report was published, including the revised "
           "performance management framework and a refreshed Improvement and Modernisation Programme. The "
           "response to the pandemic has slowed progress in some areas."),
        _p("4.2 The action plan at APPENDIX 2 sets out the actions proposed for each recommendation, the lead "
           "officer, the timescale and the position at 30 September 2020."),
        _p("5. SUMMARY OF IMPLICATIONS", True),
        _p("5.1 Resources: the council has earmarked funding from reserves to increase its capacity for change. "
           "There are no other new financial implications arising from this report."),
        _p("Author of Report: Fiona Strachan, Strategy and Performance Manager"),
        _p("Background Papers: Best Value Assurance Report: Moray Council, Accounts Commission, August 2020"),
        {"kind": "page_break"},
        _p("APPENDIX 2", True),
        _p("BEST VALUE ASSURANCE REPORT \u2013 IMPROVEMENT ACTION PLAN", True),
        {
            "kind": "table",
            "header_rows": [[{"text": "Best Value Assurance Report recommendation", "colspan": 2},
                             {"text": "Improvement action", "rowspan": 2}, {"text": "Lead", "rowspan": 2},
                             {"text": "Timescale", "rowspan": 2},
                             {"text": "Position at 30 September 2020", "rowspan": 2}]],
            "columns": ["No.", "Recommendation", None, None, None, None],
            "widths": [4, 22, 24, 10, 11, 25],
            "repeat_header": True,
            "rows": _rows(),
        },
        _p("Key to leads", True),
        {
            "kind": "table",
            "columns": ["Abbreviation", "Post"],
            "widths": [14, 60],
            "repeat_header": False,
            "rows": [list(k) for k in KEY],
        },
    ],
}

"""Comhairle nan Eilean Siar, Audit and Scrutiny Committee, 6 September 2007: Best Value Action Plan Monitoring,
report by the Chief Executive, with Appendix 1 - the Best Value Improvement Plan monitoring schedule as at 31 July 2007.

Copies what was visible of the real report (paperzz.com/doc/7118006/best-value-action-plan-monitoring): the
Word file path printed at the top of each page, the committee and date, the title and "Report by Chief Executive",
the section headings in capitals (PURPOSE OF REPORT, COMPETENCE 1.1, SUMMARY 2.1-2.5, RECOMMENDATIONS 3.1 a) b) ...),
the points made (Audit Scotland's August 2006 report asked for an Improvement Plan specific as to resources,
responsibilities and timescales; reporting agreed on 14 December 2006; the monitoring schedule as at 31 July 2007 is
Appendix 1; a table in the report on progress; directors to attend about delayed tasks; completed tasks to be left
out of future reports; timescales to be reviewed and a revised plan brought in October 2007), and the duplicated
paragraph number 2.5 as printed.
Modelled: the in-report table is given as a summary of task counts by improvement area with a total row (the real
one listed the delayed action points; a count table keeps each task in one table only), and the appendix schedule:
numbered improvement areas as banner rows, tasks numbered within them, "Responsibility", "Resources", "Timescale"
(revised dates written into the cell as "(revised to ...)"), dated progress and a status word.
Every sentence is our own; the contact officer is invented.

Contract decisions (gold): progress_as_of 2007-07-31 from "Progress at 31 July 2007"; "March 2007 (revised to December
2007)" gives due_date 2007-03-31 and revised_due_date 2007-12-31; "CMT" expands to Corporate Management Team; the
counts table is not a plan.
"""

_COLS = ["No.", "Task", "Responsibility", "Resources", "Timescale", "Progress at 31 July 2007", "Status"]
_W = [5, 25, 14, 11, 12, 26, 8]
DFCR = "Director of Finance and Corporate Resources"
HEO = "Head of Executive Office"
WER = "Within existing resources"

PAPER = {
    "stem": "b3_05_comhairle_nan_eilean_siar_best_value_plan",
    "council": "Comhairle nan Eilean Siar",
    "source": {
        "council": "Comhairle nan Eilean Siar",
        "kind": "Best Value improvement plan monitoring (Audit Scotland best value audit)",
        "year": 2007,
        "title": "Audit and Scrutiny Committee 6 September 2007: Best Value Action Plan Monitoring, report by Chief "
                 "Executive (Appendix 1: Monitoring Schedule as at 31 July 2007)",
        "url": "https://paperzz.com/doc/7118006/best-value-action-plan-monitoring",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-reportlab-rules"],
    "page": {"orientation": "portrait", "font_size": 9.5, "margin_cm": 1.8},
    "header": "S:\\Meetings\\online\\Copy Reports\\September 2007\\Audit and Scrutiny\\Best Value Action Plan "
              "Monitoring September 2007.doc",
    "blocks": [
        {"kind": "para", "text": "AUDIT AND SCRUTINY COMMITTEE", "bold": True},
        {"kind": "para", "text": "6 SEPTEMBER 2007", "bold": True},
        {"kind": "heading", "text": "BEST VALUE ACTION PLAN MONITORING", "level": 1},
        {"kind": "para", "text": "Report by Chief Executive", "bold": True},
        {"kind": "para", "text": "PURPOSE OF REPORT", "bold": True},
        {"kind": "para", "text": "To report to Members on progress with the Comhairle's Best Value Improvement Plan, "
                                 "which was drawn up in response to Audit Scotland's report on Best Value and "
                                 "Community Planning in the Comhairle (August 2006)."},
        {"kind": "para", "text": "COMPETENCE", "bold": True},
        {"kind": "para", "text": "1.1 The recommendations can be implemented without any legal, financial or other "
                                 "constraint."},
        {"kind": "para", "text": "SUMMARY", "bold": True},
        {"kind": "para", "text": "2.1 Audit Scotland's report asked the Comhairle to prepare an Improvement Plan setting "
                                 "out the resources, responsibilities and timescales needed to carry it through."},
        {"kind": "para", "text": "2.2 On 14 December 2006 the Comhairle agreed how progress on the Improvement Plan "
                                 "would be reported. The Monitoring Schedule as at 31 July 2007 is at Appendix 1."},
        {"kind": "para", "text": "2.3 The table at paragraph 4.1 summarises progress in each improvement area."},
        {"kind": "para", "text": "2.4 The Directors concerned will attend the meeting to update Members on the tasks "
                                 "that have been delayed."},
        {"kind": "para", "text": "2.5 It is proposed that completed tasks are left out of future monitoring reports, "
                                 "so that attention is given to the work still outstanding."},
        {"kind": "para", "text": "2.5 Some of the timescales agreed in 2006 have changed because of events that could "
                                 "not be foreseen or changes to project plans. It is proposed that all timescales are "
                                 "reviewed and a revised Improvement Plan presented to the Comhairle in October 2007."},
        {"kind": "para", "text": "RECOMMENDATIONS", "bold": True},
        {"kind": "para", "text": "3.1 It is recommended that the Comhairle:"},
        {"kind": "para", "text": "a) note the progress made to 31 July 2007 on the Best Value Improvement Plan;"},
        {"kind": "para", "text": "b) agree that completed tasks are removed from future monitoring reports; and"},
        {"kind": "para", "text": "c) agree that a revised Improvement Plan, with reviewed timescales, is presented in "
                                 "October 2007."},
        {"kind": "para", "text": "PROGRESS SUMMARY", "bold": True},
        {"kind": "para", "text": "4.1 Of the 14 tasks in the Improvement Plan, 3 are complete, 6 are on target, 3 are "
                                 "delayed and 2 have not yet started."},
        {"kind": "table", "columns": ["Improvement Area", "Tasks", "Complete", "On Target", "Delayed", "Not Started"],
         "widths": [40, 10, 10, 10, 10, 10], "repeat_header": False, "rows": [
             ["1. Vision and Strategic Direction", "3", "1", "1", "0", "1"],
             ["2. Performance Management and Improvement", "4", "1", "1", "2", "0"],
             ["3. Community Planning and Engagement", "2", "0", "2", "0", "0"],
             ["4. Use of Resources", "3", "0", "1", "1", "1"],
             ["5. Elected Members", "2", "1", "1", "0", "0"],
             [{"text": "Total", "bold": True}, {"text": "14", "bold": True}, {"text": "3", "bold": True},
              {"text": "6", "bold": True}, {"text": "3", "bold": True}, {"text": "2", "bold": True}],
         ]},
        {"kind": "para", "text": "Contact Officer: Morag Macaulay, Best Value Officer, Chief Executive's Department"},
        {"kind": "para", "text": "Appendix: 1 Best Value Improvement Plan \u2013 Monitoring Schedule as at 31 July 2007"},
        {"kind": "para", "text": "Background Papers: Audit Scotland, The Audit of Best Value and Community Planning: "
                                 "Comhairle nan Eilean Siar (August 2006)"},
        {"kind": "page_break"},
        {"kind": "para", "text": "APPENDIX 1", "bold": True, "align": "right"},
        {"kind": "heading", "text": "BEST VALUE IMPROVEMENT PLAN \u2013 MONITORING SCHEDULE AS AT 31 JULY 2007",
         "level": 2},
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": [
            {"banner": "1. Vision and Strategic Direction"},
            ["1.1", "Agree a Corporate Strategy for 2007\u20132011 with clear priorities following the May 2007 "
                    "elections", "Chief Executive", WER, "September 2007",
             "A draft strategy has been discussed with Group Leaders and will go to the Comhairle in September.",
             "On Target"],
            ["1.2", "Align departmental service plans with the Corporate Strategy", "CMT", WER, "March 2008",
             "Guidance on service plans will be issued once the Corporate Strategy is agreed.", "Not Started"],
            ["1.3", "Publish a Community Plan annual report jointly with Community Planning partners",
             "Director of Development", "\u00a35,000", "June 2007",
             "The annual report was agreed by the Community Planning Partnership and published in June.",
             "Complete"],
            {"banner": "2. Performance Management and Improvement"},
            ["2.1", "Introduce a corporate performance management system in all departments", DFCR,
             "\u00a340,000 (Change Fund)", "March 2007 (revised to December 2007)",
             "The system has been bought and is live in two departments; roll-out was held back by vacancies in the "
             "I.T. Unit.", "Delayed"],
            ["2.2", "Report performance indicators to Service Committees every quarter", "CMT", WER, "Quarterly",
             "Quarterly reports were presented to each Service Committee in the May cycle.", "Complete"],
            ["2.3", "Carry out a programme of service reviews using a Best Value self-assessment model", HEO,
             "1 FTE Improvement Officer", "2007/08", "Reviews of Roads and of Building Standards have begun.",
             "On Target"],
            ["2.4", "Adopt a risk management strategy and a corporate risk register", DFCR, WER, "31 December 2006",
             "The strategy was approved in February 2007; departmental risk registers are still being compiled.",
             "Delayed"],
            {"banner": "3. Community Planning and Engagement"},
            ["3.1", "Develop a consultation strategy, including a Citizens' Panel", "Director of Development",
             "\u00a315,000", "Autumn 2007",
             "The Citizens' Panel has been recruited and the first survey will be sent out in October.",
             "On Target"],
            ["3.2", "Issue Gaelic and English versions of all key public documents", HEO, WER, "Ongoing",
             "All public documents issued since April have been bilingual.", "On Target"],
            {"banner": "4. Use of Resources"},
            ["4.1", "Prepare a corporate asset management plan", "Director of Technical Services",
             "Consultancy support \u00a325,000", "June 2007 (revised to March 2008)",
             "Condition surveys are complete for schools but not yet for other property.", "Delayed"],
            ["4.2", "Develop a workforce plan covering recruitment, retention and succession",
             "Head of Human Resources", WER, "December 2007",
             "A workforce profile has been completed for each department.", "On Target"],
            ["4.3", "Set out a long-term financial strategy covering at least three years", DFCR, WER,
             "February 2008",
             "Work will begin once the Scottish Government announces the settlement for 2008\u20132011.",
             "Not Started"],
            {"banner": "5. Elected Members"},
            ["5.1", "Agree a training and development programme for Members following the elections", HEO,
             "\u00a310,000", "May 2007",
             "An induction programme was delivered in May and June and attended by all 31 Members.", "Complete"],
            ["5.2", "Review the Comhairle's committee structure and scheme of delegation", "Chief Executive", WER,
             "April 2008", "A Members' working group has been set up and met for the first time in July.",
             "On Target"],
        ]},
    ],
}

"""The Highland Council: Best Value Assurance Report (BVAR) 2020, report to the full Council on 12 March 2020 with the
BVAR Improvement Plan at Appendix 2.

Source: the report "Item 13 The Highland Council Best Value Assurance Report 2020" (docslib.org/download/4137420,
from highland.gov.uk) and the council's "Best value audit" page (highland.gov.uk/info/20009/performance/687), found
with the pages search. Visible there: "Agenda Item 13", "Report No HC/3/20", "HIGHLAND COUNCIL", "Committee: The
Highland Council", "Date: 12 March 2020", "Report Title: The Highland Council, Best Value Assurance Report (BVAR)
2020", "Report By: The Chief Executive"; sections "1. Purpose/Executive Summary" and "2. Recommendations" (members
asked to consider the findings and to approve the BVAR Improvement Plan provided as Appendix 2); the audit by Audit
Scotland and Grant Thornton, the Accounts Commission's findings (pace of change inconsistent, financial
sustainability, reserves, self-evaluation, education performance, members working together). Modelled: the
appendix layout (not seen): a key table of lead officer abbreviations (Executive Chief Officer posts, as in the
council's 2019-20 minutes), then the plan with a two-row heading where "BVAR Recommendation" spans the number and
the text, each recommendation merged down over its actions, columns Ref / Improvement Action / Lead / Timescale /
Measure of Success. A new plan: no status or progress. All wording is our own; names are invented.

Decisions for the gold:
- doc_kind covering_report; body "The Highland Council" (the Committee line); meeting_date 2020-03-12; report_title
  as printed after "Report Title:"; the agenda item and report number are not part of it.
- area_for_improvement is the merged BVAR recommendation (its number is not the action_ref; the Ref column is).
  No theme. theme_category from the recommendation: R1 finance -> financial_planning_and_management; R2
  transformation and R3 self-evaluation/performance information -> capacity_for_improvement; R4 education ->
  local_priorities_and_outcomes; R5 involving communities -> organisational_and_place_leadership (community
  leadership); R6 scrutiny -> governance_and_culture; R7 workforce -> capacity_for_improvement.
- Leads are abbreviations expanded through the key table printed above the plan; "A / B" gives two posts.
- No status column and no progress: status unknown, status_raw null, progress null; progress_as_of the meeting date.
- "Measure of Success" has no contract field.
- Dates: "Autumn 2020" -> 2020-11-30 season; "Q2 2020/21" -> 2020-09-30 quarter; "2020/21", "2022/23" ->
  financial_year; "Quarterly" -> recurrence quarterly; "Annually (first report October 2020)" -> 2020-10-31 month
  with recurrence annual; "Ongoing" -> recurrence ongoing; "31 December 2020" -> day.
"""

KEY = [
    ("CE", "Chief Executive"),
    ("ECO P&G", "Executive Chief Officer, Performance and Governance"),
    ("ECO R&F", "Executive Chief Officer, Resources and Finance"),
    ("ECO T", "Executive Chief Officer, Transformation"),
    ("ECO E&L", "Executive Chief Officer, Education and Learning"),
    ("ECO C&P", "Executive Chief Officer, Communities and Place"),
    ("HoP", "Head of People"),
]

PLAN = [
    ("1", "Put in place a medium-term financial plan that shows how the council will close its forecast budget gap "
          "and rebuild its reserves.", [
        ("1.1", "Agree a three-year revenue budget and medium-term financial plan for 2020/21 to 2022/23.", "ECO R&F",
         "March 2020", "A balanced budget agreed for each of the three years"),
        ("1.2", "Raise the council's non-earmarked reserves to the level set in the reserves strategy.", "ECO R&F",
         "2022/23", "Non-earmarked reserves at 2% of the revenue budget or more"),
        ("1.3", "Report delivery of agreed savings to every meeting of the Corporate Resources Committee.",
         "ECO R&F / ECO T", "Quarterly", "At least 90% of agreed savings delivered each year"),
    ]),
    ("2", "Increase the pace of change and show how the transformation programme will deliver savings and better "
          "services.", [
        ("2.1", "Set up a Recovery, Improvement and Transformation Board of members and senior officers to oversee the "
                "programme.", "CE", "April 2020", "Board meets monthly and its reports are published"),
        ("2.2", "Publish a transformation programme with a business case, timescale and savings target for each "
                "project.", "ECO T", "June 2020", "Programme agreed by Council; projects tracked against targets"),
    ]),
    ("3", "Improve self-evaluation and the performance information reported to members and the public.", [
        ("3.1", "Introduce a corporate self-evaluation framework for all services.", "ECO P&G", "Autumn 2020",
         "Every service has completed a self-evaluation"),
        ("3.2", "Publish an annual performance report that compares the council with other Scottish councils.",
         "ECO P&G", "Annually (first report October 2020)", "Report published and debated by Council"),
    ]),
    ("4", "Improve attainment and the performance of the education service.", [
        ("4.1", "Review the structure of the education service and the support it gives to schools.", "ECO E&L",
         "Q2 2020/21", "New structure in place"),
        ("4.2", "Agree a Raising Attainment Strategy with head teachers.", "ECO E&L", "December 2020",
         "Attainment gap narrows year on year"),
    ]),
    ("5", "Involve communities more in decisions and in shaping services.", [
        ("5.1", "Agree a community empowerment and participation plan with community planning partners.", "ECO C&P",
         "2020/21", "Plan agreed by the Community Planning Partnership Board"),
        ("5.2", "Review the role of area committees in local decision making.", "ECO P&G / ECO C&P", "Ongoing",
         "More decisions taken locally"),
    ]),
    ("6", "Strengthen scrutiny so that members challenge performance and finances well.", [
        ("6.1", "Offer every member training on scrutiny and on the council's finances.", "ECO P&G", "May 2020",
         "All members offered training; attendance recorded"),
    ]),
    ("7", "Plan the council's workforce for the future.", [
        ("7.1", "Agree a corporate workforce plan and a workforce plan for each service.", "HoP", "31 December 2020",
         "Workforce plans agreed and reviewed each year"),
    ]),
]


def _rows():
    out = []
    for no, rec, acts in PLAN:
        for j, (ref, act, lead, when, measure) in enumerate(acts):
            first = j == 0
            out.append([{"text": no, "rowspan": len(acts)} if first else None,
                        {"text": rec, "rowspan": len(acts)} if first else None,
                        ref, act, lead, when, measure])
    return out


PAPER = {
    "stem": "b6_06_highland_bvar_improvement_plan",
    "council": "The Highland Council",
    "source": {
        "council": "The Highland Council",
        "kind": "Best Value Assurance Report improvement plan (Accounts Commission / Audit Scotland)",
        "year": 2020,
        "title": "The Highland Council, Best Value Assurance Report (BVAR) 2020 (Report HC/3/20, Appendix 2: BVAR "
                 "Improvement Plan)",
        "url": "https://docslib.org/download/4137420/item-13-the-highland-council-best-value-assurance-report-2020",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "text"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "Agenda Item 13", "align": "right"},
        {"kind": "para", "text": "Report No HC/3/20", "align": "right"},
        {"kind": "heading", "text": "HIGHLAND COUNCIL", "level": 1},
        {"kind": "para", "text": "Committee:        The Highland Council"},
        {"kind": "para", "text": "Date:                 12 March 2020"},
        {"kind": "para", "text": "Report Title:     The Highland Council, Best Value Assurance Report (BVAR) 2020"},
        {"kind": "para", "text": "Report By:         The Chief Executive"},
        {"kind": "heading", "text": "1. Purpose/Executive Summary", "level": 2},
        {"kind": "para", "text": "1.1 Audit Scotland and Grant Thornton, the council's external auditors, carried out "
                                 "a Best Value Assurance Report (BVAR) audit of the council in 2019. The Accounts "
                                 "Commission considered the report in January 2020 and it was published later that "
                                 "month."},
        {"kind": "para", "text": "1.2 The report looks back over the ten years since the last Best Value audit. It "
                                 "finds that the pace of change has been uneven, that the council must do more to be "
                                 "financially sustainable, and that the pace has picked up recently."},
        {"kind": "heading", "text": "2. Recommendations", "level": 2},
        {"kind": "para", "text": "2.1 Members are asked to:"},
        {"kind": "list", "numbered": False, "items": [
            "I. Consider the key findings of the report;",
            "II. Approve the BVAR Improvement Plan provided as Appendix 2 of this report; and",
            "III. Note that progress on the Improvement Plan will be reported to the Council every six months.",
        ]},
        {"kind": "heading", "text": "3. Implications", "level": 2},
        {"kind": "para", "text": "3.1 Resource: the actions in the Improvement Plan will be delivered within the budget "
                                 "agreed for 2020/21. Legal, risk, equality and Gaelic implications have been "
                                 "considered and there are none beyond those set out in the plan."},
        {"kind": "para", "text": "Designation: Chief Executive"},
        {"kind": "para", "text": "Date: 3 March 2020"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 2 \u2013 BVAR Improvement Plan", "level": 2},
        {"kind": "para", "text": "Lead officers", "bold": True},
        {"kind": "table",
         "columns": ["Abbreviation", "Post"],
         "widths": [15, 50],
         "repeat_header": False,
         "rows": [[a, b] for a, b in KEY]},
        {"kind": "table",
         "header_rows": [[{"text": "BVAR Recommendation", "colspan": 2},
                          {"text": "Council Response", "colspan": 5}]],
         "columns": ["No.", "Recommendation", "Ref", "Improvement Action", "Lead", "Timescale", "Measure of Success"],
         "widths": [4, 24, 5, 28, 10, 12, 19],
         "repeat_header": True,
         "rows": _rows(),
         "notes": ["Progress against each action will be reported to the Council every six months, with the first "
                   "report in September 2020."]},
    ],
}

"""Stevenage Borough Council: Workforce Strategy 2024-2027 "People, Even Better", annual action plan 2024/25,
quarter 2 update (spreadsheet appendix), Overview and Scrutiny Committee, November 2024.

Source: the Cabinet decision of 18 September 2024 approving the Workforce Strategy "People, Even Better" for
2024-2027 (democracy.stevenage.gov.uk/ieDecisionDetails.aspx?ID=3493: the implementation plan may be revised as
circumstances and workforce needs change, with changes delegated to the Heads of HR&OD after consultation with the
Portfolio Holder for Resources and Transformation, who also produce an annual action plan for each key theme of the
strategy) and the Executive's approval of the 2020-2023 strategy (ieDecisionDetails.aspx?AIId=10969: a workforce
equality and diversity policy as a key action; productivity measures in the action plan, agreed with the trade
unions; the effects of homeworking), both found with the pages search. Visible: the strategy, its period, annual
action plans by key theme, the delegations, the EDI policy and productivity measures. Modelled: the committee and
date of the update, the key themes as worded here, the spreadsheet layout (a title block; a Theme column whose cells
are merged down over each theme's rows; one spanned heading "Key deliverable" over two columns, the number and the
text; columns Owner / Due / % complete / Status / Update at 30 September 2024; status words with cell fills) and
every deliverable and update. Every sentence is our own; names are invented.

Decisions for the gold:
- doc_kind action_plan (a spreadsheet appendix with a title block naming the committee and date, no report text).
- action_ref from the first column under "Key deliverable" ("1.1"); action the second.
- Theme from the merged Theme column, carried down, numbering kept ("1. Attract and recruit").
- progress_as_of from the heading "Update at 30 September 2024" -> 2024-09-30.
- percent_complete from the "% complete" column ("75%" -> 75.0).
- Status from the Status column: Completed completed; On Track on_track; Minor Delay at_risk; Off Track off_track;
  Not Started not_started. rag from the cell fills (blue, green, amber, red); Not Started cells have no fill -> rag
  null.
- Due: Excel month dates "Dec-24" -> 2024-12-31; "31/03/2025" -> day; "2024/25" -> 2025-03-31; "Annual - each
  spring" -> recurrence annual, no date; "Ongoing" -> recurrence ongoing.
- "Health, Safety and Wellbeing Manager" is one post (the comma is inside the title); "Head of Human Resources and
  Organisational Development / Learning and Development Manager" -> two posts; "Senior Leadership Team" is a body
  kept as printed.
- theme_category: every theme is about the workforce -> capacity_for_improvement; the pay and reward theme too
  (people strategy), not finance.
"""

HHR = "Head of Human Resources and Organisational Development"
LDM = "Learning and Development Manager"
RRM = "Recruitment and Resourcing Manager"
HSW = "Health, Safety and Wellbeing Manager"
ICM = "Internal Communications Manager"
PRM = "Pay and Reward Manager"
EDI = "Equality, Diversity and Inclusion Officer"
SLT = "Senior Leadership Team"

DONE = {"text": "Completed", "fill": "00B0F0"}
ON = {"text": "On Track", "fill": "00B050"}
MINOR = {"text": "Minor Delay", "fill": "FFC000"}
OFF = {"text": "Off Track", "fill": "FF0000"}
NS = "Not Started"


def theme(name, items):
    """Rows for one theme: the Theme cell merged down over its deliverables."""
    out = []
    for i, (ref, text, owner, due, pct, status, update) in enumerate(items):
        first = {"text": name, "rowspan": len(items), "bold": True} if i == 0 else None
        out.append([first, ref, text, owner, due, pct, status, update])
    return out


ROWS = [
    *theme("1. Attract and recruit", [
        ("1.1", "Refresh the council's employer brand and careers web pages", RRM, "Dec-24", "75%", ON,
         "New careers pages drafted with staff stories; launch planned for December."),
        ("1.2", "Introduce a guaranteed interview scheme for care leavers and armed forces veterans", RRM,
         "Sep-24", "100%", DONE, "Scheme in place from July 2024 and advertised on every vacancy."),
        ("1.3", "Expand the apprenticeship programme to 20 apprentices across the council", HHR + " / " + LDM,
         "31/03/2025", "50%", MINOR,
         "14 apprentices in post. Two services have not yet identified placements."),
    ]),
    *theme("2. Develop and grow", [
        ("2.1", "Launch a management development programme for first-line managers", LDM, "Jan-25", "25%", ON,
         "Provider appointed; the first cohort of 16 managers starts in January."),
        ("2.2", "Replace annual appraisals with regular one-to-one conversations recorded in the HR system", HHR,
         "2024/25", "0%", {"text": NS}, "Waiting for the HR system upgrade, now due in the new year."),
        ("2.3", "Publish a succession plan for posts that are hard to fill", SLT, "Mar-25", "10%", OFF,
         "Work has not progressed because of vacancies in the HR team. A revised approach will be brought to SLT."),
    ]),
    *theme("3. Engage and include", [
        ("3.1", "Adopt a workforce Equality and Diversity Policy, agreed with the trade unions", EDI, "Oct-24",
         "100%", DONE, "Policy agreed at the Joint Staff Consultative Committee and published in October 2024."),
        ("3.2", "Run an all-staff survey and publish an action plan on the results", ICM, "Annual - each spring",
         "0%", {"text": NS}, "Survey questions being agreed for the spring 2025 survey."),
        ("3.3", "Hold quarterly staff briefings led by the Chief Executive", ICM, "Ongoing", "50%", ON,
         "Briefings held in June and September, with over 300 staff attending."),
    ]),
    *theme("4. Health, safety and wellbeing", [
        ("4.1", "Train 30 mental health first aiders across the council's sites", HSW, "Dec-24", "60%", ON,
         "18 staff trained; two more courses booked."),
        ("4.2", "Review the sickness absence policy and manager guidance", HSW + " / " + HHR, "Nov-24", "40%", MINOR,
         "Draft policy with the trade unions; consultation has taken longer than planned."),
    ]),
    *theme("5. Reward and recognise", [
        ("5.1", "Review the pay and grading structure for hard-to-recruit roles", PRM, "Jun-25", "20%", ON,
         "Benchmarking data gathered from neighbouring councils."),
        ("5.2", "Set up an annual staff awards event", ICM, "Mar-25", "30%", ON,
         "Categories agreed; nominations open in January."),
        ("5.3", "Agree productivity measures for each service with the trade unions", SLT, "Aug-24", "20%", OFF,
         "Discussions paused over the summer; the date has passed and a new timetable is being agreed."),
    ]),
]

PAPER = {
    "stem": "b7_12_stevenage_workforce_strategy_action_plan",
    "council": "Stevenage Borough Council",
    "source": {
        "council": "Stevenage Borough Council",
        "kind": "workforce strategy annual action plan, quarterly update (spreadsheet appendix)",
        "year": 2024,
        "title": "Workforce Strategy 2024-2027 \"People, Even Better\" (Cabinet 18 September 2024: annual action plan "
                 "for each key theme)",
        "url": "https://democracy.stevenage.gov.uk/ieDecisionDetails.aspx?ID=3493",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.5},
    "footer": "Workforce Strategy Action Plan 2024/25 \u2013 Q2          Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Stevenage Borough Council", "bold": True},
        {"kind": "para", "text": "Workforce Strategy Action Plan 2024/25 \u2013 Quarter 2 Update", "bold": True},
        {"kind": "para", "text": "People, Even Better: Workforce Strategy 2024\u20132027"},
        {"kind": "para", "text": "Overview and Scrutiny Committee \u2013 12 November 2024"},
        {
            "kind": "table",
            "columns": ["Theme", {"text": "Key deliverable", "colspan": 2}, None, "Owner", "Due", "% complete",
                        "Status", "Update at 30 September 2024"],
            "widths": [11, 4, 26, 16, 8, 7, 8, 24],
            "repeat_header": True,
            "rows": ROWS,
            "notes": ["Status is reported by the owner of each deliverable and checked by Human Resources and "
                      "Organisational Development."],
        },
    ],
}

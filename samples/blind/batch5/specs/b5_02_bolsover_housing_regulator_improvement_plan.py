"""Bolsover District Council: Housing Improvement Plan following the Regulator of Social Housing's C2 grading
(2024), progress update appendix kept as a spreadsheet, as taken to the tenants' board in January 2025.

Source: the minutes of the board item (committees.bolsover.gov.uk/mgAi.aspx?ID=14008, and the later update
mgAi.aspx?ID=14817), found with the pages search. Visible there: the C2 grading after the 2024 inspection; the four
areas for improvement (Safety & Quality Standard - Stock Quality, with the stock condition survey at 82% and aims of
90% by mid-February 2025 and 100% by the end of 2025; Transparency, Influence and Accountability Standard -
Fairness and Respect; - Complaint Handling; - Performance, publishing information accessibly); tenant survey with
reasonable adjustments; the posts presenting (Assistant Director of Housing Management & Enforcement, Housing
Services Manager, Head of Property (Repairs and Maintenance)); "a summary of progress ... attached at Appendix 1".
Modelled: the whole appendix layout (not seen): a spreadsheet with title rows, a "Position as at" line, the
standard merged down the rows of its actions, columns Ref / Consumer Standard / What the Regulator found / Action /
Responsible Officer / Target Date / Progress Update / Status, dates as Excel prints "mmm-yy", status words in
filled cells with a key under the table. The appendix is printed alone (no meeting or body on it). Every sentence
is our own; names are invented.

Decisions for the gold:
- doc_kind action_plan; body and meeting_date are not printed on the appendix -> unscored; report_title is the
  title row "Housing Improvement Plan - Consumer Standards Progress Update".
- theme is the "Consumer Standard" cell, carried down its merged rows; theme_category local_priorities_and_outcomes
  for all four (the consumer standards are about the landlord service to tenants: housing, customers), as in
  b4_01, although "Accountability"/"Performance" alone might suggest governance or performance management.
- area_for_improvement is "What the Regulator found".
- status from the Status word; rag from the cell fill read through the key (blue/green/amber/red).
- "Feb-25" -> 2025-02-28 (month). "Q4 2024/25" -> 2025-03-31 (quarter). "Ongoing" -> recurrence ongoing.
  "Mid Feb-25" -> 2025-02-28 (month) since only the month is a period we can name.
- Two posts on two lines in "Responsible Officer" are two lead_officers.
- progress_as_of 2025-01-10 from "Position as at 10 January 2025".
"""

BL, GR, AM, RD = "00B0F0", "92D050", "FFC000", "FF0000"


def _s(word):
    fill = {"Complete": BL, "On Track": GR, "Behind Target": AM, "Off Track": RD}[word]
    return {"text": word, "fill": fill, "bold": True}


AD = "Assistant Director of Housing Management & Enforcement"
HP = "Head of Property (Repairs and Maintenance)"
HSM = "Housing Services Manager"
TEO = "Tenant Engagement Officer"
CSO = "Customer Standards and Complaints Officer"
IEP = "Information, Engagement and Performance Manager"

SQ = "Safety & Quality Standard \u2013 Stock Quality"
FR = "Transparency, Influence & Accountability Standard \u2013 Fairness and Respect"
CH = "Transparency, Influence & Accountability Standard \u2013 Complaint Handling"
PF = "Transparency, Influence & Accountability Standard \u2013 Performance"

ROWS = [
    ("1.1", SQ, "Stock condition information was incomplete: about 82% of homes had a survey in the last five years.",
     "Finish the stock condition survey of all council homes with the appointed surveyors.", HP, "Dec-25",
     "87% of homes surveyed by the end of December. Access problems at about 400 homes; letters and evening "
     "appointments offered.", "On Track"),
    ("1.2", SQ, "Stock condition information was incomplete: about 82% of homes had a survey in the last five years.",
     "Reach 90% of homes surveyed as an interim target.", HP, "Mid Feb-25",
     "Survey rate slower over December. Target likely to be met in early March.", "Behind Target"),
    ("1.3", SQ, "The Council could not show how survey data informs its plans to meet the Decent Homes Standard.",
     "Load survey results into the asset management system and use them to set the 2025/26 planned works "
     "programme.", HP + "\n" + AD, "Mar-25",
     "Data for surveyed homes loaded. Draft programme to the Executive in March.", "On Track"),
    ("1.4", SQ, "The Council could not show how survey data informs its plans to meet the Decent Homes Standard.",
     "Agree a rolling programme to re-survey about 1,000 homes every year.", HP, "Q4 2024/25",
     "Programme agreed by the Senior Leadership Team in November.", "Complete"),
    ("2.1", FR, "The Council did not use data about tenants to check that its services are fair for everyone.",
     "Update tenant profile information, including vulnerabilities and communication needs.", HSM, "Sep-25",
     "Tenancy visits now collect profile data. 2,150 households updated so far.", "On Track"),
    ("2.2", FR, "The Council did not use data about tenants to check that its services are fair for everyone.",
     "Carry out a tenant satisfaction survey with reasonable adjustments (large print, phone and home visits).",
     TEO, "Feb-25", "Survey sent out in January in standard and large print; phone follow-ups booked.",
     "On Track"),
    ("2.3", FR, "The Council did not use data about tenants to check that its services are fair for everyone.",
     "Review housing policies for their impact on tenants with protected characteristics.", AD, "Jun-25",
     "Not yet started; will begin after the tenant survey results are known.", "Off Track"),
    ("3.1", CH, "Tenants were not always aware of how to make a complaint or of the Housing Ombudsman.",
     "Publicise the complaints process in the tenants' newsletter, on the website and in every repair letter.",
     CSO, "Jan-25", "Article in the winter newsletter and new web pages published. Repair letters changed.",
     "Complete"),
    ("3.2", CH, "Complaint responses were sometimes late.",
     "Report complaint response times every month to the housing management team.", CSO, "Ongoing",
     "Monthly reports in place since October; 94% of responses on time in December.", "On Track"),
    ("3.3", CH, "Complaint responses were sometimes late.",
     "Publish the annual complaints self-assessment against the Ombudsman's Code.", CSO + "\n" + AD, "Jun-25",
     "Self-assessment will be drafted in April for the Executive in June.", "On Track"),
    ("4.1", PF, "Performance information was not published in a way that tenants could easily use.",
     "Publish the Tenant Satisfaction Measures and key landlord indicators on the website every quarter.", IEP,
     "Mar-25", "First quarterly page published in December in plain English.", "On Track"),
    ("4.2", PF, "Performance information was not published in a way that tenants could easily use.",
     "Give the tenants' Challenge and Change Group a quarterly performance report to scrutinise.", IEP + "\n" + TEO,
     "Ongoing", "The reporting template has not yet been agreed with the Group; first report delayed to April.",
     "Behind Target"),
]


def _rows():
    out = []
    i = 0
    while i < len(ROWS):
        std = ROWS[i][1]
        n = sum(1 for r in ROWS if r[1] == std)
        for j in range(n):
            ref, _, found, act, who, when, prog, st = ROWS[i + j]
            out.append([ref, {"text": std, "rowspan": n, "bold": True} if j == 0 else None, found, act, who, when,
                        prog, _s(st)])
        i += n
    return out


PAPER = {
    "stem": "b5_02_bolsover_housing_regulator_improvement_plan",
    "council": "Bolsover District Council",
    "source": {
        "council": "Bolsover District Council",
        "kind": "housing improvement plan after a Regulator of Social Housing C2 grading (spreadsheet appendix)",
        "year": 2025,
        "title": "Regulator of Social Housing C2 grading: Improvement Plan progress (Appendix 1), tenants' board, "
                 "January 2025",
        "url": "https://committees.bolsover.gov.uk/mgAi.aspx?ID=14008",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.2},
    "header": "Bolsover District Council \u2013 Housing Services",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Appendix 1", "bold": True},
        {"kind": "heading", "text": "Housing Improvement Plan \u2013 Consumer Standards Progress Update",
         "level": 1},
        {"kind": "para", "text": "Response to the Regulator of Social Housing's C2 judgement"},
        {"kind": "para", "text": "Position as at 10 January 2025", "bold": True},
        {"kind": "table",
         "columns": ["Ref", "Consumer Standard", "What the Regulator found", "Action", "Responsible Officer",
                     "Target Date", "Progress Update", "Status"],
         "widths": [5, 13, 17, 18, 14, 7, 19, 9], "repeat_header": True, "rows": _rows(),
         "notes": ["Key: Blue \u2013 Complete; Green \u2013 On Track; Amber \u2013 Behind Target (action in "
                   "hand); Red \u2013 Off Track"]},
    ],
}

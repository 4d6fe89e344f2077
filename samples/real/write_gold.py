"""Writes samples/real/gold/*.json: document gold for the 46 Kent County Council papers in
../shared/corpus/real, typed by hand from reading each paper (pdftotext), not from the pipeline.

Fields a paper does not print (an appendix's meeting, an EqIA's committee) keep the value the
folder implies but are listed in `unscored_document_fields`. Run from the repository root.
"""

import json
from pathlib import Path

KCC = {"council": "Kent County Council", "council_code": "E10000016"}
CAB, CC = ("Cabinet", "2025-01-30"), ("County Council", "2025-01-09")
NOT_MEETING = ["body", "meeting_date"]  # the paper names no meeting
NO_DATE = ["meeting_date"]  # names its committee but not the meeting's date

SUBJ_SIS = (
    "Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People "
    "and Education Directorate to the Adult Social Care and Health Directorate"
)
EDU = "Commissioning Plan for Education Provision in Kent 2025-29"
# stem: (meeting, title, doc_kind, doc_subkind, unscored fields, n_actions)
PAPERS = {
    "24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report": (
        CAB, EDU, "covering_report", "covering_report", [], 0),
    "24-00096 - EQIA": (CAB, EDU, "other", "impact_assessment", NOT_MEETING, 0),
    "24-00096 - PRoD": (CAB, EDU, "other", "decision", NO_DATE, 0),
    "24-00096 - PROD 30th-Jan-2025 10.00 Cabinet": (CAB, EDU, "other", "supplementary_pack", [], 0),
    "24-00108 - Appendix - NOV 2024-25": (
        CAB, "Appendix 1 - Key Service Statement", "other", "appendix", NOT_MEETING, 0),
    "24-00108 - Finance Monitoring Report - Q3 - November 2024-25": (
        CAB, "Finance Monitoring Report", "covering_report", "covering_report", [], 0),
    "24-00108 - PROD": (
        CAB, "Revenue and Capital Budget Monitoring Report – September 2024-2025", "other", "decision",
        NO_DATE, 0),
    "24-00108 - Revenue and Capital Budget Monitoring Report November 2024-25": (
        CAB, "Revenue and Capital Budget Monitoring Report – November 2024-25", "covering_report",
        "covering_report", [], 0),
    "24-00109 - Appendix A - PROD": (
        CAB,
        "Decision to transfer the 18-25 section of the Strengthening Independence Service (SIS) from the "
        "Children Young People and Education directorate to the Adult Social Care and Health directorate "
        "from April 2025",
        "other", "decision", NO_DATE, 0),
    "24-00109 - Appendix C - DPIA Screening Tool outcome - Transitions": (
        CAB, "Strengthening Independence Service (SIS) Transfer from CYPE to ASCH", "other",
        "impact_assessment", NOT_MEETING, 0),
    "24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report": (
        CAB, SUBJ_SIS, "covering_report", "covering_report", [], 0),
    "24-00115 - Adoption of Integrated Care Strategy delivery plan - Report": (
        CAB, "Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan", "covering_report",
        "covering_report", [], 0),
    "24-00115 - Appendix A - Current Health wellbeing activity within KCC": (
        CAB, "Kent County Council Action to Improve Health and Wellbeing", "other", "appendix",
        NOT_MEETING, 0),
    # a plan of priorities with "Led by | Timescale | Measure" columns over ~25 pages: an action plan
    # whose rows were not counted by hand, so n_actions is not scored
    "24-00115 - Appendix B - KCC ICS priorities measures": (
        CAB, "Improving Health and Wellbeing ~ Kent County Council Priorities and Actions", "action_plan",
        "appendix", NOT_MEETING + ["n_actions"], 0),
    "24-00115 - EqIA": (CAB, "KCC adoption of ICS delivery Plan", "other", "impact_assessment", NOT_MEETING, 0),
    "24-00115 - PROD": (
        CAB, "Adoption of the Integrated Care Strategy Delivery Plan", "other", "decision", NO_DATE, 0),
    "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet": (
        CAB, "Cabinet – 30 January 2025", "other", "agenda_frontsheet", [], 0),
    "Appendix A Capital Investment Summary": (
        CAB, "Appendix A - Capital Investment Summary 2025-26 to 2034-35", "other", "appendix", NOT_MEETING, 0),
    "Appendix B Capital Investment by Directorate": (
        CAB, "Appendix B - Capital Investment Summary 2025-26 to 2034-35", "other", "appendix", NOT_MEETING, 0),
    "Appendix C - Potential Capital Projects": (
        CAB, "Appendix C - Potential Capital Projects 2025-26 to 2034-35 by Year", "other", "appendix",
        NOT_MEETING, 0),
    "Appendix D 21.01.25": (
        CAB, "Appendix D - High Level 2025-28 Revenue Plan and Financing", "other", "appendix", NOT_MEETING, 0),
    "Appendix E 21.01.25 incl base adj update": (CAB, "2025-26 Appendix E", "other", "appendix", NOT_MEETING, 0),
    "Appendix F List of Budget Templates": (
        CAB, "Appendix F: 2025-28 Budget - Spending", "other", "appendix", NOT_MEETING, 0),
    "Appendix G - Reserves Policy": (CAB, "Appendix G – Reserves Policy", "other", "appendix", NOT_MEETING, 0),
    "Appendix H - Assessment of FInancial Resilience": (
        CAB, "Appendix H – Assessment of Financial Resilience", "other", "appendix", NOT_MEETING, 0),
    "Appendix I Budget Risk Register 22.01.25": (
        CAB, "Appendix I: Budget Risks Register 2025-26", "other", "appendix", NOT_MEETING, 0),
    "Appendix J - Government Grants in LGFS": (
        CAB,
        "Appendix J – Details of Core Grants within the 2025-26 Provisional Local Government Finance Settlement",
        "other", "appendix", NOT_MEETING, 0),
    "Appendix K - Economic and Fiscal Context": (
        CAB, "Appendix K – Economic & Fiscal Context", "other", "appendix", NOT_MEETING, 0),
    "Appendix L - Treasury Management Strategy 2025-26": (
        CAB, "Appendix L – Treasury Management Strategy", "other", "appendix", NOT_MEETING, 0),
    "Appendix M - Investment Strategy": (
        CAB, "Appendix M – Investment Strategy", "other", "appendix", NOT_MEETING, 0),
    "Appendix N - Capital Strategy": (CAB, "Appendix N – Capital Strategy", "other", "appendix", NOT_MEETING, 0),
    "Appendix O - MRP": (
        CAB, "Appendix O – Annual Minimum Revenue Provision (MRP) Statement", "other", "appendix",
        NOT_MEETING, 0),
    "Appendix P - Flexible Use of Capital Receipts Strategy": (
        CAB, "Appendix P – Flexible use of Capital Receipts Strategy 2025-26", "other", "appendix",
        NOT_MEETING, 0),
    "Draft Revenue Budget 2025-26 MTFP 2025-28 Draft Capital Programme 2025-35 and Treasury Management ": (
        CAB,
        "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management "
        "Strategy",
        "covering_report", "covering_report", [], 0),
    # "Circulated to Cabinet" with no date; 30 January appears only in a body sentence
    "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35": (
        CAB, "Draft Revenue Budget 2025-26 and 2025-28 MTFP, and Draft Capital Programme 2025-35",
        "covering_report", "covering_report", NO_DATE, 0),
    "Item 7 - Supplementary - 24-00109 - Appendix B - EqIA Updated Jan 2025": (
        CAB,
        "Proposed transfer of the Strengthening Independence Service for 18-25 year old disabled adults to "
        "ASCH from CYPE",
        "other", "impact_assessment", NOT_MEETING, 0),
    "Item 7 - Supplementary - 24-00109 - Transfer the 18-25 section of the Strengthening Independence Ser": (
        CAB, SUBJ_SIS, "covering_report", "covering_report", [], 0),
    # a dispatch letter, then the updated report and its EqIA: the kind of what it encloses
    "Item 7 - Supplementary - 2400109 - Transfer the 18-25 section of the Strengthening Independence Ser": (
        CAB, SUBJ_SIS, "covering_report", "supplementary_pack", [], 0),
    # Cabinet minutes of 9 January, in the 30 January pack for approval: the date is the meeting minuted
    "Minutes of the meeting held on 9th January 2025": (
        ("Cabinet", "2025-01-09"), "Cabinet minutes – 9 January 2025", "other", "minutes", [], 0),
    "Printed minutes 30th-Jan-2025 10.00 Cabinet": (
        CAB, "Cabinet minutes – 30 January 2025", "other", "minutes", [], 0),
    "Agenda frontsheet 09th-Jan-2025 10.00 County Council": (
        CC, "County Council – 9 January 2025", "other", "agenda_frontsheet", [], 0),
    # a minister's letter to council leaders in KCC's pack: no title, no meeting printed
    "Appendix A - 16.12.24 Ministerial Letter": (
        CC, None, "other", "appendix", NOT_MEETING + ["report_title"], 0),
    "Appendix B - Devolution Framework 2024": (
        CC, "Appendix B: Devolution Framework Summary Table", "other", "appendix", NOT_MEETING, 0),
    "Devolution White Paper - County Council Report - FINAL": (
        CC, "English Devolution White Paper", "covering_report", "covering_report", [], 0),
    "Printed minutes 09th-Jan-2025 10.00 County Council": (
        CC, "County Council minutes – 9 January 2025", "other", "minutes", [], 0),
    "Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council": (
        CC, "English Devolution White Paper", "covering_report", "supplementary_pack", [], 0),
}


def main() -> None:
    out = Path("samples/real/gold")
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for stem, spec in PAPERS.items():
        (body, day), title, kind, subkind, unscored, n_actions = spec
        doc = {**KCC, "body": body, "meeting_date": day, "report_title": title, "doc_kind": kind,
               "doc_subkind": subkind, "n_actions": n_actions}  # fmt: skip
        gold = {"document": doc, "unscored_document_fields": sorted(set(unscored)), "actions": []}
        (out / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        n += 1
    print(f"{n} gold files in {out}")


if __name__ == "__main__":
    main()

"""Builds the 'other councils' sample papers (samples/other/) and their gold files (samples/gold/).

Eight plans in the layouts real councils use, written in our own words: What/How/Who by/When,
Ref/Action/Lead/Progress with banner rows and RAG by colour only, a recommendation tracker with
separate recommendation and action numbers, a performance-system export with action codes and
% complete, numbered objective headings above several tables beside a KPI table and a colour
key, a wide tracker with odd date formats, officers with personal names and a key of initials,
and a long recommendation tracker whose header is printed only on its first page.

The gold answers are written here by hand, field by field, from the contract's rules; they are
never computed by the pipeline. Run: python samples/build_other_councils.py (needs reportlab,
installed by `make test`).
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "other"
GOLD = HERE / "gold"

ACTION_KEYS = (
    "action_ref", "theme", "theme_category", "area_for_improvement", "action", "council_priority", "due_date",
    "due_precision", "recurrence", "revised_due_date", "lead_officers", "status", "rag", "percent_complete",
    "progress", "progress_as_of", "is_overdue",
)  # fmt: skip


def A(**kw) -> dict:  # noqa: N802 - one gold action; unspecified fields are null
    out = {k: None for k in ACTION_KEYS}
    out["lead_officers"] = []
    out.update(kw)
    return out


# Each paper: blocks in order (("title", text), ("p", text), ("table", header, rows, options)), gold document
# fields and gold actions. Table rows are lists of cells; a cell may be ("text", {"fill": "00B050"}) or
# {"banner": text} for a row spanning the table.
PAPERS = [
    {
        "stem": "other_01_melton_what_how",
        "format": "text",
        "council": ("Melton Borough Council", "E07000133"),
        "blocks": [
            ("title", "MELTON BOROUGH COUNCIL"),
            ("p", "CABINET"),
            ("p", "9 OCTOBER 2019"),
            ("p", "REPORT OF THE DIRECTOR FOR CORPORATE SERVICES"),
            ("title", "PEER REVIEW IMPROVEMENT PLAN"),
            ("p", "1.0 PURPOSE OF REPORT"),
            ("p", "To set out how the Council will respond to the peer review."),
            ("table", ["What?", "How?", "Who by?", "When?"], [
                ["Sharper focus on the corporate priorities", "Refresh the corporate plan with members and partners", "Chief Executive", "March 2020"],
                ["Stronger budget planning", "Publish a four year Medium Term Financial Strategy", "Director for Corporate Services", "Q3 2019/20"],
                ["Better use of performance data", "Quarterly performance report to Scrutiny Committee", "Corporate Improvement Manager", "Quarterly"],
                ["Develop the workforce", "Launch a leadership programme for managers", "Head of HR and Organisational Development", "Spring 2020"],
            ], {}),
        ],
        "document": {"body": "Cabinet", "meeting_date": "2019-10-09", "report_title": "Peer Review Improvement Plan",
                     "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="1", area_for_improvement="Sharper focus on the corporate priorities", theme_category="local_priorities_and_outcomes",
              action="Refresh the corporate plan with members and partners", lead_officers=["Chief Executive"],
              due_date="2020-03-31", due_precision="month", status="unknown", progress_as_of="2019-10-09", is_overdue=False),
            A(action_ref="2", area_for_improvement="Stronger budget planning", theme_category="financial_planning_and_management",
              action="Publish a four year Medium Term Financial Strategy", lead_officers=["Director for Corporate Services"],
              due_date="2019-12-31", due_precision="quarter", status="unknown", progress_as_of="2019-10-09", is_overdue=False),
            A(action_ref="3", area_for_improvement="Better use of performance data", theme_category="capacity_for_improvement",
              action="Quarterly performance report to Scrutiny Committee", lead_officers=["Corporate Improvement Manager"],
              recurrence="quarterly", status="unknown", progress_as_of="2019-10-09"),
            A(action_ref="4", area_for_improvement="Develop the workforce", theme_category="capacity_for_improvement",
              action="Launch a leadership programme for managers", lead_officers=["Head of Human Resources and Organisational Development"],
              due_date="2020-05-31", due_precision="season", status="unknown", progress_as_of="2019-10-09", is_overdue=False),
        ],
    },
    {
        "stem": "other_02_test_valley_rag_colour",
        "format": "docx",
        "council": ("Test Valley Borough Council", "E07000093"),
        "blocks": [
            ("title", "Test Valley Borough Council"),
            ("p", "Report to: Overview and Scrutiny Committee   Date: 11 March 2020"),
            ("title", "Corporate Action Plan: update"),
            ("table", ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"], [
                [{"banner": "Theme 1: Investing in our town centres"}],
                ["1.1", "Adopt a masterplan for Andover town centre", "Head of Planning Policy", "December 2019", "Masterplan adopted by Cabinet in November.", ("", {"fill": "0070C0"})],
                ["1.2", "Open the Romsey south regeneration consultation", "Head of Estates", "31/01/2020", "Consultation delayed by the election period.", ("", {"fill": "FF0000"})],
                [{"banner": "Theme 2: Customer services"}],
                ["2.1", "Move the top ten transactions online", "Head of IT", "June 2020", "Six of ten live; the rest being tested.", ("", {"fill": "00B050"})],
                ["2.2", "Review the customer contact centre opening hours", "Head of Customer Services", "April 2020", "Survey closes later than planned.", ("", {"fill": "FFC000"})],
            ], {"widths": [30, 150, 90, 60, 150, 30]}),
        ],
        "document": {"body": "Overview and Scrutiny Committee", "meeting_date": "2020-03-11",
                     "report_title": "Corporate Action Plan: update", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="1.1", theme="Theme 1: Investing in our town centres", theme_category="local_priorities_and_outcomes",
              action="Adopt a masterplan for Andover town centre", lead_officers=["Head of Planning Policy"], due_date="2019-12-31",
              due_precision="month", status="completed", rag="blue", progress="Masterplan adopted by Cabinet in November.",
              progress_as_of="2020-03-11", is_overdue=False),
            A(action_ref="1.2", theme="Theme 1: Investing in our town centres", theme_category="local_priorities_and_outcomes",
              action="Open the Romsey south regeneration consultation", lead_officers=["Head of Estates"], due_date="2020-01-31",
              due_precision="day", status="off_track", rag="red", progress="Consultation delayed by the election period.",
              progress_as_of="2020-03-11", is_overdue=True),
            A(action_ref="2.1", theme="Theme 2: Customer services", theme_category="local_priorities_and_outcomes",
              action="Move the top ten transactions online", lead_officers=["Head of IT"], due_date="2020-06-30", due_precision="month",
              status="on_track", rag="green", progress="Six of ten live; the rest being tested.", progress_as_of="2020-03-11", is_overdue=False),
            A(action_ref="2.2", theme="Theme 2: Customer services", theme_category="local_priorities_and_outcomes",
              action="Review the customer contact centre opening hours", lead_officers=["Head of Customer Services"], due_date="2020-04-30",
              due_precision="month", status="at_risk", rag="amber", progress="Survey closes later than planned.",
              progress_as_of="2020-03-11", is_overdue=False),
        ],
    },
    {
        "stem": "other_09_test_valley_rag_colour_later_update",
        "format": "docx",
        "council": ("Test Valley Borough Council", "E07000093"),
        "blocks": [
            ("title", "Test Valley Borough Council"),
            ("p", "Report to: Overview and Scrutiny Committee   Date: 9 September 2020"),
            ("title", "Corporate Action Plan: September update"),
            ("table", ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"], [
                [{"banner": "Theme 1: Investing in our town centres"}],
                ["1.1", "Adopt a masterplan for Andover town centre", "Head of Planning Policy", "December 2019", "Adopted; delivery board now meets monthly.", ("", {"fill": "0070C0"})],
                ["1.2", "Open the Romsey south regeneration consultation", "Head of Estates", "31/01/2020", "Consultation ran in July; results being analysed.", ("", {"fill": "00B050"})],
                [{"banner": "Theme 2: Customer services"}],
                ["2.1", "Move the top ten transactions online", "Head of IT", "June 2020", "All ten transactions are live.", ("", {"fill": "0070C0"})],
                ["2.2", "Review the customer contact centre opening hours", "Head of Customer Services", "April 2020", "Paused while the centre was closed.", ("", {"fill": "FF0000"})],
            ], {}),
        ],
        "document": {"body": "Overview and Scrutiny Committee", "meeting_date": "2020-09-09",
                     "report_title": "Corporate Action Plan: September update", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="1.1", theme="Theme 1: Investing in our town centres", theme_category="local_priorities_and_outcomes",
              action="Adopt a masterplan for Andover town centre", lead_officers=["Head of Planning Policy"], due_date="2019-12-31",
              due_precision="month", status="completed", rag="blue", progress="Adopted; delivery board now meets monthly.",
              progress_as_of="2020-09-09", is_overdue=False),
            A(action_ref="1.2", theme="Theme 1: Investing in our town centres", theme_category="local_priorities_and_outcomes",
              action="Open the Romsey south regeneration consultation", lead_officers=["Head of Estates"], due_date="2020-01-31",
              due_precision="day", status="on_track", rag="green", progress="Consultation ran in July; results being analysed.",
              progress_as_of="2020-09-09", is_overdue=True),
            A(action_ref="2.1", theme="Theme 2: Customer services", theme_category="local_priorities_and_outcomes",
              action="Move the top ten transactions online", lead_officers=["Head of IT"], due_date="2020-06-30", due_precision="month",
              status="completed", rag="blue", progress="All ten transactions are live.", progress_as_of="2020-09-09", is_overdue=False),
            A(action_ref="2.2", theme="Theme 2: Customer services", theme_category="local_priorities_and_outcomes",
              action="Review the customer contact centre opening hours", lead_officers=["Head of Customer Services"], due_date="2020-04-30",
              due_precision="month", status="off_track", rag="red", progress="Paused while the centre was closed.",
              progress_as_of="2020-09-09", is_overdue=True),
        ],
    },
    {
        "stem": "other_03_wychavon_recommendations",
        "format": "pdf",
        "council": ("Wychavon District Council", "E07000238"),
        "blocks": [
            ("title", "Wychavon District Council"),
            ("p", "Executive Board - 4 February 2020"),
            ("title", "LGA Peer Challenge: Recommendations Tracker"),
            ("table", ["No.", "Recommendation", "Ref", "Associated actions", "Timescales", "Summary update", "Status", "Owner"], [
                ["R1", "Set out a clear long term vision for the district", "1.1", "Agree vision statement with Council", "31-Dec-2019", "Agreed by Council in December.", "Complete", "Chief Executive"],
                ["", "", "1.2", "Engage residents on the vision", "Q4 2019/20", "Survey planned for spring.", "Pending", "Head of Communications"],
                ["R2", "Strengthen scrutiny of key decisions", "2.1", "Train scrutiny chairs and vice chairs", "January 2020", "Two sessions held.", "In progress", "Democratic Services Manager"],
                ["R3", "Review the approach to commercial investment", "3.1", "Adopt a commercial investment strategy", "Summer 2019", "Postponed pending the budget review.", "Deferred", "Section 151 Officer"],
                ["", "", "3.2", "Report on returns from the property fund", "Six monthly", "First report due in March.", "Overdue", "Section 151 Officer"],
            ], {}),
        ],
        "document": {"body": "Executive Board", "meeting_date": "2020-02-04",
                     "report_title": "LGA Peer Challenge: Recommendations Tracker", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="1.1", area_for_improvement="Set out a clear long term vision for the district", theme_category="local_priorities_and_outcomes",
              action="Agree vision statement with Council", due_date="2019-12-31", due_precision="day", status="completed", status_raw="Complete",
              progress="Agreed by Council in December.", lead_officers=["Chief Executive"], progress_as_of="2020-02-04", is_overdue=False),
            A(action_ref="1.2", area_for_improvement="Set out a clear long term vision for the district", theme_category="local_priorities_and_outcomes",
              action="Engage residents on the vision", due_date="2020-03-31", due_precision="quarter", status="not_started",
              progress="Survey planned for spring.", lead_officers=["Head of Communications"], progress_as_of="2020-02-04", is_overdue=False),
            A(action_ref="2.1", area_for_improvement="Strengthen scrutiny of key decisions", theme_category="governance_and_culture",
              action="Train scrutiny chairs and vice chairs", due_date="2020-01-31", due_precision="month", status="on_track",
              progress="Two sessions held.", lead_officers=["Democratic Services Manager"], progress_as_of="2020-02-04", is_overdue=True),
            A(action_ref="3.1", area_for_improvement="Review the approach to commercial investment", theme_category="financial_planning_and_management",
              action="Adopt a commercial investment strategy", due_date="2019-08-31", due_precision="season", status="at_risk",
              progress="Postponed pending the budget review.", lead_officers=["Section 151 Officer"], progress_as_of="2020-02-04", is_overdue=True),
            A(action_ref="3.2", area_for_improvement="Review the approach to commercial investment", theme_category="financial_planning_and_management",
              action="Report on returns from the property fund", recurrence="six_monthly", status="off_track",
              progress="First report due in March.", lead_officers=["Section 151 Officer"], progress_as_of="2020-02-04"),
        ],
    },
    {
        "stem": "other_04_horsham_performance_export",
        "format": "pdf",
        "council": ("Horsham District Council", "E07000227"),
        "blocks": [
            ("p", "Horsham District Council"),
            ("title", "Corporate Plan Action Report"),
            ("p", "Generated from the performance management system. Progress at 30 June 2021."),
            ("table", ["Action Code", "Action Title", "Assigned To", "Due Date", "Date completed", "% complete", "Latest Note"], [
                ["OUT 001.01", "Deliver the new leisure centre at Broadbridge Heath", "Head of Leisure and Culture", "31/03/2021", "28/02/2021", "100%", "Opened to the public in February."],
                ["OUT 001.02", "Refresh the local plan evidence base", "Head of Strategic Planning", "30/09/2021", "", "60%", "Housing needs study commissioned."],
                ["OUT 002.01", "Roll out garden waste subscriptions online", "Head of Environmental Services", "30/04/2021", "", "40%", "Supplier issues have slowed the work."],
                ["OUT 003.04", "Introduce a new HR and payroll system", "Head of HR and OD", "31/12/2021", "", "10%", "Procurement under way."],
            ], {}),
        ],
        "document": {"body": None, "meeting_date": None, "report_title": "Corporate Plan Action Report", "doc_kind": "action_plan"},
        "unscored_document_fields": ["body", "meeting_date"],
        "actions": [
            A(action_ref="OUT 001.01", action="Deliver the new leisure centre at Broadbridge Heath", lead_officers=["Head of Leisure and Culture"],
              due_date="2021-03-31", due_precision="day", percent_complete=100.0, status="completed", progress="Opened to the public in February.",
              progress_as_of="2021-06-30", is_overdue=False),
            A(action_ref="OUT 001.02", action="Refresh the local plan evidence base", lead_officers=["Head of Strategic Planning"],
              due_date="2021-09-30", due_precision="day", percent_complete=60.0, status="on_track", progress="Housing needs study commissioned.",
              progress_as_of="2021-06-30", is_overdue=False),
            A(action_ref="OUT 002.01", action="Roll out garden waste subscriptions online", lead_officers=["Head of Environmental Services"],
              due_date="2021-04-30", due_precision="day", percent_complete=40.0, status="on_track", progress="Supplier issues have slowed the work.",
              progress_as_of="2021-06-30", is_overdue=True),
            A(action_ref="OUT 003.04", action="Introduce a new HR and payroll system", lead_officers=["Head of Human Resources and Organisational Development"],
              due_date="2021-12-31", due_precision="day", percent_complete=10.0, status="on_track", progress="Procurement under way.",
              progress_as_of="2021-06-30", is_overdue=False),
        ],
    },
    {
        "stem": "other_05_sevenoaks_objective_headings",
        "format": "docx",
        "council": ("Sevenoaks District Council", "E07000111"),
        "blocks": [
            ("title", "SEVENOAKS DISTRICT COUNCIL"),
            ("p", "Cabinet - 14 January 2021"),
            ("title", "Council Plan Delivery Update"),
            ("heading", "1.1 Promoting inclusive and safe communities"),
            ("table", ["Ref", "Action", "Lead Officer", "Target", "Status", "Comments"], [
                ["A1", "Extend the community safety partnership patrols", "Community Safety Manager", "March 2021", "G", "Patrols extended to two more towns."],
                ["A2", "Open a second community hub", "Head of Housing", "December 2020", "R", "Building works halted."],
            ], {}),
            ("heading", "1.2 A sustainable and efficient council"),
            ("table", ["Ref", "Action", "Lead Officer", "Target", "Status", "Comments"], [
                ["A3", "Cut the council's carbon emissions by a fifth", "Head of Environment", "2022", "A", "Solar panels delayed by supply problems."],
                ["A4", "Agree a balanced ten year budget", "Chief Finance Officer", "February 2021", "G", "On course for Council in February."],
            ], {}),
            ("heading", "Key performance indicators"),
            ("table", ["Indicator", "Target", "Actual", "Trend"], [
                ["Council tax collected", "98%", "97.6%", "Up"],
                ["Planning applications on time", "90%", "93%", "Up"],
            ], {}),
            ("heading", "Status key"),
            ("table", ["Colour", "Meaning"], [["G", "On track"], ["A", "Some slippage"], ["R", "Off track"]], {}),
        ],
        "document": {"body": "Cabinet", "meeting_date": "2021-01-14", "report_title": "Council Plan Delivery Update", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="A1", theme="1.1 Promoting inclusive and safe communities", theme_category="local_priorities_and_outcomes",
              action="Extend the community safety partnership patrols", lead_officers=["Community Safety Manager"], due_date="2021-03-31",
              due_precision="month", status="on_track", status_raw="G", rag="green", progress="Patrols extended to two more towns.",
              progress_as_of="2021-01-14", is_overdue=False),
            A(action_ref="A2", theme="1.1 Promoting inclusive and safe communities", theme_category="local_priorities_and_outcomes",
              action="Open a second community hub", lead_officers=["Head of Housing"], due_date="2020-12-31", due_precision="month",
              status="off_track", status_raw="R", rag="red", progress="Building works halted.", progress_as_of="2021-01-14", is_overdue=True),
            A(action_ref="A3", theme="1.2 A sustainable and efficient council", theme_category="financial_planning_and_management",
              action="Cut the council's carbon emissions by a fifth", lead_officers=["Head of Environment"], due_date="2022-12-31",
              due_precision="year", status="at_risk", status_raw="A", rag="amber", progress="Solar panels delayed by supply problems.",
              progress_as_of="2021-01-14", is_overdue=False),
            A(action_ref="A4", theme="1.2 A sustainable and efficient council", theme_category="financial_planning_and_management",
              action="Agree a balanced ten year budget", lead_officers=["Chief Finance Officer"], due_date="2021-02-28", due_precision="month",
              status="on_track", status_raw="G", rag="green", progress="On course for Council in February.", progress_as_of="2021-01-14",
              is_overdue=False),
        ],
    },
    {
        "stem": "other_06_leicester_wide_tracker",
        "format": "text",
        "council": ("Leicester City Council", "E06000016"),
        "blocks": [
            ("title", "Leicester City Council"),
            ("p", "Overview Select Committee, 5 July 2018"),
            ("title", "Improvement Plan Monitoring"),
            ("table", ["#", "Area", "Action", "Notes", "Link", "Deadline", "Responsible", "Budget", "Status", "Evidence"], [
                ["1", "Housing", "Publish the homelessness strategy", "", "", "31-Mar-2018", "Director of Housing", "", "Complete", ""],
                ["2", "Finance", "Close the 2017/18 accounts early", "", "", "By end 2017/18", "Director of Finance", "", "Complete", ""],
                ["3", "Governance", "Review the constitution", "", "", "Annual Review", "City Barrister", "", "In progress", ""],
                ["4", "ICT", "Replace the telephone system", "", "", "Q3 2018/19", "Head of ICT", "", "Not started", ""],
                ["5", "Workforce", "Agree the workforce strategy", "", "", "Done (March 2018)", "Director of Delivery", "", "Complete", ""],
            ], {"pipe": True}),
        ],
        "document": {"body": "Overview Select Committee", "meeting_date": "2018-07-05", "report_title": "Improvement Plan Monitoring",
                     "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="1", area_for_improvement="Housing", theme_category="local_priorities_and_outcomes", action="Publish the homelessness strategy",
              due_date="2018-03-31", due_precision="day", lead_officers=["Director of Housing"], status="completed", progress_as_of="2018-07-05", is_overdue=False),
            A(action_ref="2", area_for_improvement="Finance", theme_category="financial_planning_and_management", action="Close the 2017/18 accounts early",
              due_date="2018-03-31", due_precision="financial_year", lead_officers=["Director of Finance"], status="completed",
              progress_as_of="2018-07-05", is_overdue=False),
            A(action_ref="3", area_for_improvement="Governance", theme_category="governance_and_culture", action="Review the constitution",
              recurrence="annual", lead_officers=["City Barrister"], status="on_track", progress_as_of="2018-07-05"),
            A(action_ref="4", area_for_improvement="ICT", theme_category="capacity_for_improvement", action="Replace the telephone system",
              due_date="2018-12-31", due_precision="quarter", lead_officers=["Head of ICT"], status="not_started", progress_as_of="2018-07-05", is_overdue=False),
            A(action_ref="5", area_for_improvement="Workforce", theme_category="capacity_for_improvement", action="Agree the workforce strategy",
              due_date="2018-03-31", due_precision="month", lead_officers=["Director of Delivery"], status="completed", progress_as_of="2018-07-05",
              is_overdue=False),
        ],
    },
    {
        "stem": "other_07_south_kesteven_named_officers",
        "format": "docx",
        "council": ("South Kesteven District Council", "E07000141"),
        "blocks": [
            ("title", "South Kesteven District Council"),
            ("p", "Governance and Audit Committee - 22 September 2022"),
            ("title", "Internal Audit Recommendations: Action Plan"),
            ("p", "Key to officers: AP = Head of Finance; JS = Head of Housing; RT = Monitoring Officer"),
            ("table", ["Ref", "Issue", "Agreed action", "Responsible officer", "Implementation date", "Progress update"], [
                ["KR1.1", "Debtor invoices raised late", "Raise invoices within five working days", "Head of Finance \u2013 A. Patel", "31 October 2022", "On track. New process in place."],
                ["KR1.2", "Aged debts not reviewed", "Monthly review of debts over 90 days", "ditto", "Monthly", "In progress. First review held in August."],
                ["KR2.1", "Void properties let slowly", "Set a target of 20 days to relet", "Head of Housing (J. Smith)", "November 2022", "Not started."],
                ["KR3.1", "Gifts and hospitality register out of date", "Remind all staff and members of the register", "RT / JS", "30/09/2022", "Completed. Reminder issued on 1 September."],
            ], {}),
        ],
        "document": {"body": "Governance and Audit Committee", "meeting_date": "2022-09-22",
                     "report_title": "Internal Audit Recommendations: Action Plan", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref="KR1.1", area_for_improvement="Debtor invoices raised late", theme_category="financial_planning_and_management",
              action="Raise invoices within five working days", lead_officers=["Head of Finance"], due_date="2022-10-31", due_precision="day",
              status="on_track", progress="On track. New process in place.", progress_as_of="2022-09-22", is_overdue=False),
            A(action_ref="KR1.2", area_for_improvement="Aged debts not reviewed", theme_category="financial_planning_and_management",
              action="Monthly review of debts over 90 days",
              lead_officers=["Head of Finance"], recurrence="monthly", status="on_track", progress="In progress. First review held in August.",
              progress_as_of="2022-09-22"),
            A(action_ref="KR2.1", area_for_improvement="Void properties let slowly", action="Set a target of 20 days to relet",
              lead_officers=["Head of Housing"], due_date="2022-11-30", due_precision="month", status="not_started", progress="Not started.",
              progress_as_of="2022-09-22", is_overdue=False),
            A(action_ref="KR3.1", area_for_improvement="Gifts and hospitality register out of date", theme_category="governance_and_culture",
              action="Remind all staff and members of the register", lead_officers=["Monitoring Officer", "Head of Housing"],
              due_date="2022-09-30", due_precision="day", status="completed", progress="Completed. Reminder issued on 1 September.",
              progress_as_of="2022-09-22", is_overdue=False),
        ],
    },
    {
        "stem": "other_08_malvern_hills_long_tracker",
        "format": "pdf",
        "council": ("Malvern Hills District Council", "E07000235"),
        "blocks": [
            ("title", "Malvern Hills District Council"),
            ("p", "Audit and Governance Committee, 17 March 2022"),
            ("title", "Committee Recommendations Tracker"),
            ("table", ["Committee", "Meeting date", "Recommendation", "Made to", "Action taken", "Status"], [
                ["Executive Committee", f"{d} 2021", f"Recommendation {i}: review the {topic}", "Director of Resources",
                 f"Report on the {topic} considered in {d2}. " + "Further detail on the work done and the next steps is recorded here. " * 3,
                 status]
                for i, (d, topic, d2, status) in enumerate([
                    ("12 January", "car parking charges", "March", "Complete"),
                    ("9 February", "grant funding policy", "April", "Complete"),
                    ("16 March", "council tax support scheme", "May", "In progress"),
                    ("13 April", "asset disposal policy", "June", "Complete"),
                    ("11 May", "procurement rules", "July", "Superseded"),
                    ("15 June", "business rates relief", "August", "In progress"),
                    ("13 July", "waste fleet replacement", "September", "Complete"),
                    ("14 September", "housing allocations policy", "November", "Overdue"),
                    ("12 October", "leisure contract", "December", "In progress"),
                    ("9 November", "tourism strategy", "January", "Not started"),
                ], start=1)
            ], {"repeat_header": False}),
        ],
        "document": {"body": "Audit and Governance Committee", "meeting_date": "2022-03-17",
                     "report_title": "Committee Recommendations Tracker", "doc_kind": "action_plan"},
        "actions": [
            A(action_ref=str(i), action=f"Recommendation {i}: review the {topic}", lead_officers=["Director of Resources"],
              status=status, progress_as_of="2022-03-17",
              progress=f"Report on the {topic} considered in {month}. " + "Further detail on the work done and the next steps is recorded here. " * 3)
            for i, (topic, month, status) in enumerate([
                ("car parking charges", "March", "completed"), ("grant funding policy", "April", "completed"),
                ("council tax support scheme", "May", "on_track"), ("asset disposal policy", "June", "completed"),
                ("procurement rules", "July", "cancelled"), ("business rates relief", "August", "on_track"),
                ("waste fleet replacement", "September", "completed"), ("housing allocations policy", "November", "off_track"),
                ("leisure contract", "December", "on_track"), ("tourism strategy", "January", "not_started"),
            ], start=1)
        ],
    },
]


def _cell_text(cell) -> str:
    if isinstance(cell, dict):
        return cell["banner"]
    return cell[0] if isinstance(cell, tuple) else cell


def render_text(paper: dict, path: Path) -> None:
    lines: list[str] = []
    for block in paper["blocks"]:
        kind = block[0]
        if kind in ("title", "p", "heading"):
            lines += [("## " if kind == "heading" else "") + block[1], ""]
        else:
            _, header, rows, opts = block
            if opts.get("pipe"):
                lines.append("| " + " | ".join(header) + " |")
                lines.append("|" + "|".join("---" for _ in header) + "|")
                lines += ["| " + " | ".join(_cell_text(c) for c in r) + " |" for r in rows]
            else:
                lines.append("\t".join(header))
                for r in rows:
                    if isinstance(r[0], dict):
                        lines.append(r[0]["banner"] + "\t" * (len(header) - 1))
                    else:
                        lines.append("\t".join(_cell_text(c) for c in r))
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def render_docx(paper: dict, path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    for block in paper["blocks"]:
        kind = block[0]
        if kind == "title":
            d.add_paragraph().add_run(block[1]).bold = True
        elif kind == "heading":
            d.add_heading(block[1], level=2)
        elif kind == "p":
            d.add_paragraph(block[1])
        else:
            _, header, rows, opts = block
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for c, h in enumerate(header):
                t.cell(0, c).paragraphs[0].add_run(h).bold = True
            for r, row in enumerate(rows, start=1):
                if isinstance(row[0], dict):
                    merged = t.cell(r, 0).merge(t.cell(r, len(header) - 1))
                    merged.paragraphs[0].add_run(row[0]["banner"]).bold = True
                    continue
                for c, cell in enumerate(row):
                    text, style = (cell if isinstance(cell, tuple) else (cell, {}))
                    t.cell(r, c).text = text
                    if style.get("fill"):
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:fill"), style["fill"])
                        t.cell(r, c)._tc.get_or_add_tcPr().append(shd)
            d.add_paragraph("")
    d.save(path)


def render_pdf(paper: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    cell_style = styles["BodyText"].clone("cell", fontSize=8, leading=10)
    story = []
    for block in paper["blocks"]:
        kind = block[0]
        if kind == "title":
            story.append(Paragraph(escape(block[1]), styles["Heading2"]))
        elif kind == "heading":
            story.append(Paragraph(escape(block[1]), styles["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(escape(block[1]), styles["BodyText"]))
        else:
            _, header, rows, opts = block
            data = [[Paragraph(f"<b>{escape(h)}</b>", cell_style) for h in header]]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for r, row in enumerate(rows, start=1):
                if isinstance(row[0], dict):
                    data.append([Paragraph(f"<b>{escape(row[0]['banner'])}</b>", cell_style)] + [""] * (len(header) - 1))
                    style.append(("SPAN", (0, r), (-1, r)))
                    continue
                cells = []
                for c, cell in enumerate(row):
                    text, st = (cell if isinstance(cell, tuple) else (cell, {}))
                    cells.append(Paragraph(escape(text), cell_style))
                    if st.get("fill"):
                        style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#" + st["fill"])))
                data.append(cells)
            table = Table(data, repeatRows=1 if opts.get("repeat_header", True) else 0)
            table.setStyle(TableStyle(style))
            story += [Spacer(1, 6), table, Spacer(1, 6)]

    def footer(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 20, f"Page {doc.page}")

    SimpleDocTemplate(str(path), pagesize=landscape(A4), topMargin=36, bottomMargin=36).build(story, onFirstPage=footer, onLaterPages=footer)


RENDER = {"text": (render_text, ".txt"), "docx": (render_docx, ".docx"), "pdf": (render_pdf, ".pdf")}


def main() -> None:
    for paper in PAPERS:
        render, suffix = RENDER[paper["format"]]
        folder = OUT / paper["format"]
        folder.mkdir(parents=True, exist_ok=True)
        render(paper, folder / (paper["stem"] + suffix))
        council, code = paper["council"]
        actions = []
        for a in paper["actions"]:
            actions.append({**a, "council": council, "council_code": code})
        document = {"council": council, "council_code": code, **paper["document"], "n_actions": len(actions)}
        gold = {"document": document, "unscored_document_fields": paper.get("unscored_document_fields", []), "actions": actions}
        (GOLD / (paper["stem"] + ".json")).write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"built {len(PAPERS)} papers into {OUT} and their gold into {GOLD}")


if __name__ == "__main__":
    main()

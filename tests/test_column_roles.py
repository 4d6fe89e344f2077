"""Column roles from headings and cells together, and the plan decision, on tables worded unlike any sample.

Each test is a shape of table met in real plans (unknown headings, no heading row, stacked headings,
figures, risk registers, forms, meeting dates), written in words of its own so that passing it
cannot come from a vocabulary entry made for one sample.
"""

from pathlib import Path

import pytest

from extractors.model import Cell, Document, Row, Table
from pipeline.assembly import HEADER_ROW_BREAK, assemble_document, find_header, judge
from pipeline.column_roles import ROLES, column_evidence, looks_like_post
from pipeline.trail import accounting_warnings


def _table(rows, index=0):
    return Table(rows=[Row(cells=[Cell(text=c) for c in r]) for r in rows], index=index)


def _doc(*tables):
    return Document(source=Path("x.txt"), file_format="text", items=list(tables))


def _roles(rows):
    table = _table(rows)
    start, n, texts = find_header(table)
    decision = judge(texts, table.rows[start + n :], table.n_cols)
    return decision, {texts[c] if texts else c: r for c, r in decision.roles.items()}


TASKS = [
    ["Refresh the tenancy sustainment offer with partner landlords", "Housing Options Manager", "Sept 2019",
     "Draft offer shared with partners in July."],
    ["Publish a customer access strategy covering phone and web", "Head of Customer Services", "31/03/2020",
     "Consultation closes next month."],
    ["Introduce quarterly budget clinics for budget holders", "Chief Finance Officer", "Q2 2019/20",
     "Two clinics held; attendance was good."],
]  # fmt: skip


def test_headings_never_seen_are_read_from_their_cells():
    decision, roles = _roles([["Key deliverables", "Accountable", "By when?", "Where we are"], *TASKS])
    assert decision.is_plan
    assert roles == {"Key deliverables": "action", "Accountable": "lead", "By when?": "due", "Where we are": "progress"}


def test_a_plan_with_no_heading_row_is_read_from_cells_alone():
    decision, _ = _roles(TASKS)
    assert decision.is_plan, decision.reason
    assert sorted(decision.roles.values()) == sorted(["action", "lead", "due", "progress"])


def test_columns_of_figures_make_a_budget_table_not_a_plan():
    rows = [
        ["Adults", "Realign the placements budget to match demand seen this year", "J Smith", "1,250.0", "0.0", "-80.5"],
        ["Children", "Reduce the use of agency staff across the service", "A Jones", "-300.0", "-120.0", "0.0"],
        ["Highways", "Pay for the rise in the streetlight energy contract", "J Smith", "410.2", "0.0", "0.0"],
    ]  # fmt: skip
    decision, _ = _roles(rows)
    assert not decision.is_plan
    assert "financial" in decision.reason or "weakly" in decision.reason


def test_columns_headed_by_years_hold_figures_even_when_few():
    rows = [
        ["Measure", "2023/24 actual", "2024/25 forecast", "2025/26 budget", "2026/27 budget"],
        ["Net income from commercial property (in millions)", "8.6", "4.9", "5.2", "4.7"],
        ["Share of the net revenue stream spent on debt", "0.65", "0.34", "0.31", "0.29"],
    ]
    decision, _ = _roles(rows)
    assert not decision.is_plan


def test_a_risk_register_is_not_an_action_plan():
    rows = [
        ["Risk", "Cause", "Likelihood", "Impact", "Controls in place", "Owner", "Review"],
        ["Loss of key ICT systems", "Ageing servers", "3", "4", "Move the servers to the cloud host", "Head of ICT",
         "March 2024"],
        ["Budget gap widens", "Inflation above forecast", "4", "4", "Review the savings programme each quarter",
         "Section 151 Officer", "Quarterly"],
    ]  # fmt: skip
    decision, _ = _roles(rows)
    assert not decision.is_plan and "risk register" in decision.reason


def test_a_form_of_labelled_fields_is_not_a_plan():
    rows = [
        ["Subject: library opening hours", "Officer: Head of Culture", "Ref: 23/114"],
        ["Key decision? Yes, it affects two or more wards", "Date: 4 May 2023", "Status: open"],
        ["Reasons for the decision: the review found low use on Mondays", "Author: J Green", "Version: 2"],
        ["Options considered: keep the hours as they are for a year", "Contact: 01234 567890", "Exempt: no"],
    ]
    decision, _ = _roles(rows)
    assert not decision.is_plan


def test_a_repeated_label_is_numbering_not_a_form():
    rows = [
        ["Recommendation", "Responsible", "Target", "Update"],
        ["Recommendation 1: agree a single waste contract specification", "Head of Waste", "June 2022",
         "Specification drafted."],
        ["Recommendation 2: publish the fleet replacement plan", "Fleet Manager", "August 2022",
         "Plan approved by Cabinet."],
        ["Recommendation 3: survey residents on the garden waste charge", "Head of Waste", "October 2022",
         "Survey has been completed."],
    ]  # fmt: skip
    decision, roles = _roles(rows)
    assert decision.is_plan and roles["Recommendation"] == "action"


def test_stacked_headings_are_named_by_their_own_row():
    group = f"Delivery{HEADER_ROW_BREAK}"
    header = ["No.", f"{group}Task", f"{group}Deadline", "Owner"]
    body = [[str(i + 1), t[0], t[2], t[1]] for i, t in enumerate(TASKS)]
    evidence = [column_evidence(c, header[c], [Cell(text=r[c]) for r in body]) for c in range(4)]
    assert [e.vocab_role for e in evidence] == ["ref", "action", "due", "lead"]


def test_a_meeting_date_is_not_a_deadline():
    rows = [
        ["Date of meeting", "Recommendation", "Owner", "Response", "Status"],
        ["14 March 2022", "Review the approach to fly-tipping enforcement", "Head of Environment",
         "Enforcement officers now patrol hotspots.", "Complete"],
        ["11 April 2022", "Report back on the parks maintenance contract", "Parks Manager",
         "Report due to the June meeting.", "In progress"],
    ]  # fmt: skip
    decision, roles = _roles(rows)
    assert decision.is_plan and roles["Date of meeting"] != "due"
    actions = assemble_document(_doc(_table(rows))).actions
    assert [a.parts[0].cells.get("due") for a in actions] == [None, None]


def test_every_role_has_a_score_for_every_column():
    evidence = column_evidence(0, "Something else entirely", [Cell(text="x y z")])
    assert set(evidence.scores) == set(ROLES)


@pytest.mark.parametrize("n_rows", [1, 3, 8])
def test_every_row_of_a_plan_has_exactly_one_fate(n_rows):
    rows = [["Ref", "Action", "Lead", "Due", "Progress"]]
    for i in range(n_rows):
        t = TASKS[i % 3]
        rows.append([f"{i + 1}.", t[0], t[1], t[2], t[3]])
        rows.append(["", "", "", "", ""])  # a spacer row
    rows.append(["Key: RAG status is shown in the final column", "", "", "", ""])
    assembly = assemble_document(_doc(_table(rows)))
    fates = [(r.table_index, r.row_index) for r in assembly.rows]
    assert sorted(fates) == [(0, i) for i in range(len(rows))]
    assert sum(r.fate == "action" for r in assembly.rows) == n_rows == len(assembly.actions)
    assert accounting_warnings(assembly) == []


def test_a_plan_whose_rows_go_nowhere_is_reported():
    rows = [["Ref", "Action", "Lead", "Due", "Progress"], *[[f"{i}.", t[0], t[1], t[2], t[3]] for i, t in
            enumerate(TASKS, 1)]]  # fmt: skip
    assembly = assemble_document(_doc(_table(rows)))
    for r in assembly.rows:  # as if assembly had failed to place any of them
        if r.fate == "action":
            r.fate = "unplaced"
    warnings = accounting_warnings(assembly)
    assert len(warnings) == 1 and "gave no actions" in warnings[0][0]


def test_a_column_of_dated_milestones_is_the_deadline():
    rows = [
        ["Deliverable", "Key stages", "Lead"],
        ["Open the new leisure centre", "Contractor appointed \u2013 Summer; building works finish \u2013 Autumn 2023",
         "Head of Leisure"],
        ["Agree the local cycling plan", "Draft plan out for comment \u2013 March; plan adopted \u2013 2023/24",
         "Transport Manager"],
        ["Move the contact centre to the new phone system", "Phone system live (Q2 2023/24)", "Head of ICT"],
    ]  # fmt: skip
    decision, roles = _roles(rows)
    assert decision.is_plan and roles["Key stages"] == "due"


def test_tables_printed_one_under_another_are_read_apart():
    """A key, then two priorities' plans, run together into one grid by a PDF extractor."""
    blank = ["", "", "", ""]
    rows = [
        ["Mark", "Meaning", "", ""],
        ["G", "On course", "", ""],
        ["R", "Behind", "", ""],
        ["PRIORITY ONE: HOMES", "", "", ""],
        ["What we will do", "Deadline", "Officer", "Position"],
        ["Buy twenty homes for temporary housing", "March 2023", "Head of Housing", "Twelve homes have been bought."],
        ["Publish the allocations scheme", "June 2022", "Housing Manager", "The scheme was published."],
        blank,
        ["PRIORITY TWO: CLEAN STREETS", "", "", ""],
        ["What we will do", "Deadline", "Officer", "Position"],
        ["Recruit four more street wardens", "May 2022", "Head of Environment", "Three wardens have started."],
    ]  # fmt: skip
    assembly = assemble_document(_doc(_table(rows)))
    assert [a.action_text for a in assembly.actions] == [
        "Buy twenty homes for temporary housing", "Publish the allocations scheme", "Recruit four more street wardens"
    ]  # fmt: skip
    assert not assembly.tables[0].is_plan
    assert {a.theme for a in assembly.actions[2:]} == {"PRIORITY TWO: CLEAN STREETS"}


def test_a_paper_whose_plan_cannot_be_read_is_partial_with_a_warning(tmp_path):
    """A table that looks like a plan (its headings and dates, leads, progress) but whose action
    column is empty gives no actions: the paper is partial, never a silent ok with none."""
    from docx import Document as Docx

    from pipeline.process import process_file

    word = Docx()
    word.add_paragraph("Improvement plan: progress report to the Audit Committee")
    table = word.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Action", "Lead officer", "Target date", "Progress"], strict=True):
        cell.text = text
    for lead, due, progress in [("Head of Finance", "March 2023", "Work has begun on the review."),
                                ("Head of HR", "June 2023", "A draft policy was shared in May.")]:  # fmt: skip
        row = table.add_row().cells
        row[1].text, row[2].text, row[3].text = lead, due, progress
    path = tmp_path / "unreadable plan.docx"
    word.save(path)
    result = process_file(path, path.name)
    assert result.document["n_actions"] == 0
    assert result.document["parse_status"] == "partial"
    assert any("looks like an action plan but gave no actions" in e["message"] for e in result.errors)
    assert any(t["is_plan"] for t in result.tables)


def test_a_priority_rating_is_not_a_link_to_a_council_priority():
    rows = [
        ["Ref", "Finding", "Priority", "Management response", "Officer", "Date"],
        ["F1", "Leavers keep access to systems", "High", "Remove access on the day staff leave", "Head of ICT",
         "April 2022"],
        ["F2", "Stock checks are not recorded", "Medium", "Record every stock check on the new form",
         "Depot Manager", "May 2022"],
        ["F3", "Petty cash is not reconciled", "Low", "Reconcile petty cash each month", "Finance Manager",
         "June 2022"],
    ]  # fmt: skip
    decision, roles = _roles(rows)
    assert decision.is_plan and roles.get("Priority") != "priority"


def test_a_key_of_initials_printed_under_the_plan_in_the_same_grid_is_not_actions():
    blank = ["", "", "", ""]
    rows = [
        ["Ref", "Action", "Owner", "When"],
        ["1.1", "Agree a recruitment plan for social workers", "DCS", "May 2019"],
        ["1.2", "Audit fifty case files every month", "PSW", "Monthly"],
        ["Status key: G \u2013 on track; R \u2013 off track", "", "", ""],
        ["Abbreviation", "Meaning", "", ""],
        ["DCS", "Director of Children's Services", "", ""],
        ["PSW", "Principal Social Worker", "", ""],
        blank,
    ]
    assembly = assemble_document(_doc(_table(rows)))
    assert [a.ref for a in assembly.actions] == ["1.1", "1.2"]
    assert [t.reason for t in assembly.tables][-1] == "a key or legend"
    assert accounting_warnings(assembly) == []


def _runs(rows: list[list[str]], xs: list[float], top: float = 100.0, line: float = 12.0) -> list:
    """Printed runs of a table: each row's cells side by side at `xs`, rows one line apart."""
    from extractors.model import TextRun

    out = []
    for r, cells in enumerate(rows):
        for x, text in zip(xs, cells, strict=False):
            if text:
                out.append(TextRun(text, x, top + r * 2 * line, top + r * 2 * line + line - 2))
    return out


def test_which_printed_pages_read_like_plan_rows():
    from pipeline.column_roles import holds_plan_cells, reads_like_plan_rows

    # a plan under a heading no vocabulary holds: its rows put a date beside a lead or a status
    plan = _runs([["Task", "Who", "By", "Where we are"],
                  ["Refresh the lettings policy", "Housing Manager", "June 2021", "On track"],
                  ["Publish the plan", "ditto", "Sept 2021", "Delayed"],
                  ["Train the panel", "Head of Legal / JS", "Q3 2021/22", ""]], [40, 220, 330, 400])
    # a budget: a lead-like directorate beside figures, its only dates a row of year headings
    budget = _runs([["Directorate", "Line", "2025-26", "2026-27", "2027-28"],
                    ["CYPE", "Home to school transport", "1,250.0", "-100.0", "0.0"],
                    ["GET", "Waste tonnage", "310.5", "0.0", "12.0"]], [40, 120, 330, 400, 470])
    # minutes: sentences that name dates and posts, printed as full-width lines
    minutes = _runs([["The Cabinet Member for Finance said that the report, considered on 4 March 2021, set out"],
                     ["the position. The Head of Legal Services noted that from 1 April 2021 the new rules"],
                     ["would come into force across the council, and the Leader thanked the officers."]], [40])
    assert reads_like_plan_rows(plan)
    assert not reads_like_plan_rows(budget) and not reads_like_plan_rows(minutes)
    # a page continuing a plan shows at least one of its cells; a page of figures shows none
    assert holds_plan_cells(plan[4:8])
    assert not holds_plan_cells(_runs([["Total", "1,250.0", "-100.0"], ["Net", "310.5", "12.0"]], [40, 330, 400]))


def test_a_printed_heading_row_marks_a_plan_whose_cells_hold_no_dates_or_posts():
    from pipeline.column_roles import heading_row_printed, reads_like_plan_rows

    # timescales in the plan's own words and teams as leads: only the heading row says "plan"
    page = _runs([["Task", "Progress so far", "Timescale", "Responsible team"],
                  ["Run a second pop-up business school", "Sessions held online", "Short term", "Business Forums"],
                  ["Map the empty shop units", "Not started", "Longer term", "Economy Team"]],
                 [40, 250, 450, 560])  # fmt: skip
    assert heading_row_printed(page) and not reads_like_plan_rows(page)
    # the same words in a sentence, or stacked in one column, are no heading row
    prose = _runs([["The task of measuring progress so far is set out in the timescale below."]], [40])
    stacked = _runs([["Task"], ["Progress so far"], ["Timescale"]], [40])
    assert not heading_row_printed(prose) and not heading_row_printed(stacked)


def test_a_column_headed_as_actions_beside_its_milestones_or_outcomes_is_a_plan():
    from pipeline.assembly import assemble

    # no leads, no status: the heading names the actions, another column their milestones or outcomes
    milestones = _doc(_table([["Key deliverables", "How we will measure it", "Milestones"],
                              ["Open two new play areas", "Visits to parks", "by end 2021"],
                              ["Replace the street lights with LEDs", "Energy use", "Throughout 2021/22"]]))
    outcomes = _doc(_table([["Action", "What we will do and when", "What people will notice"],
                            ["1. Plant more street trees", "Plant 500 trees by March 2026", "Greener streets"],
                            ["2. Review the parking zones", "Consult residents in spring 2026", "Fewer queues"]]))
    assert [a.action_text for a in assemble(milestones)] == ["Open two new play areas",
                                                             "Replace the street lights with LEDs"]
    assert [a.action_text for a in assemble(outcomes)] == ["Plant more street trees", "Review the parking zones"]
    # a budget's "Description" beside its amounts is no plan
    budget = _doc(_table([["Category", "Description", "Amount"], ["Pay", "Inflation on staff pay", "1,250.0"],
                          ["Prices", "Contract inflation", "310.5"]]))
    assert assemble(budget) == []


def test_a_numbered_instruction_that_names_a_post_is_not_a_lead():
    assert not looks_like_post("12. Work with the Police and Crime Commissioner on safer streets")
    assert looks_like_post("Police and Crime Commissioner")


def test_a_paper_whose_only_table_of_actions_has_nothing_beside_them_warns():
    # "Ref | Action | Ward": a column of actions and nothing a plan reports beside them; no plan is read,
    # and the trail says which table that was, so the paper is not taken for one with no plan
    doc = _doc(_table([["Ref", "Action", "Ward"], ["1", "Resurface the high street car park", "Abbey"],
                       ["2", "Replace the footbridge handrails", "Riverside"]]))  # fmt: skip
    assembly = assemble_document(doc)
    assert assembly.actions == []
    (message, _page) = accounting_warnings(assembly)[0]
    assert "has a column of actions but was not read as a plan" in message


def test_a_plan_table_that_says_it_has_nothing_outstanding_is_no_loss():
    doc = _doc(_table([["Ref", "Recommendation", "Lead Officer", "Due Date", "Comments"],
                       ["No recommendations are outstanding from this audit.", "", "", "", ""]]))  # fmt: skip
    assembly = assemble_document(doc)
    assert assembly.actions == [] and accounting_warnings(assembly) == []
    assert [r.fate for r in assembly.rows if r.fate != "header"] == ["note"]


def _runs_with_ends(rows: list[list[str]], xs: list[float], top: float = 100.0, line: float = 12.0) -> list:
    """As `_runs`, each run also knowing where it ends (5 points a character)."""
    from extractors.model import TextRun

    return [TextRun(r.text, r.x0, r.top, r.bottom, r.x0 + 5 * len(r.text)) for r in _runs(rows, xs, top, line)]


def test_a_line_naming_a_date_makes_a_plan_row_only_beside_a_post_or_a_status():
    from pipeline.column_roles import reads_like_plan_rows

    # milestones in the plan's words ("Scheme open – Summer 2019") beside posts and ditto: a plan's rows
    milestones = _runs_with_ends([["Open the start-up grant scheme", "Scheme open to applications – Summer 2019", "Head of Economy"],
                                  ["Adopt the housing strategy", "Strategy adopted by Council – Autumn 2019", "ditto"],
                                  ["Bring empty homes into use", "Twenty homes back in use – during 2019/20", "ditto"]],
                                 [40, 300, 560])  # fmt: skip
    # a budget: directorate codes beside lines that name a date; its year column holds bare years
    budget = _runs_with_ends([["ASCH", "Pension strain from ceasing service from July 2026", "2026"],
                              ["GET", "Employer National Insurance increases from April 2025", "2025"],
                              ["CYPE", "Ongoing funding for the case system from 2025-26 onwards", "2025"]],
                             [40, 120, 560])  # fmt: skip
    # a justified sentence set in runs a word apart (a change of font): no cells, however named
    from extractors.model import TextRun

    prose = []
    for top, pieces in ((100, ["the report of the Head of Legal", "was considered on 4 March 2021"]),
                        (124, ["as the Chief Executive said,", "from 1 April 2022 the new rules"])):  # fmt: skip
        x = 40.0
        for piece in pieces:
            prose.append(TextRun(piece, x, top, top + 10, x + 5 * len(piece)))
            x += 5 * len(piece) + 3  # a word space
    assert reads_like_plan_rows(milestones)
    assert not reads_like_plan_rows(budget)
    assert not reads_like_plan_rows(prose)


def test_a_heading_row_of_the_actions_and_two_of_its_details_marks_a_plan():
    from pipeline.column_roles import heading_row_printed

    assert heading_row_printed(_runs([["Action", "Measure", "Milestones"]], [40, 250, 400]))
    # the action's heading in the plan's own words: who and when, and a third, say "plan"
    assert heading_row_printed(_runs([["What we have committed to", "Led by", "Timescale", "Measure"]],
                                     [40, 450, 540, 690]))  # fmt: skip
    # a capital programme's headings name a project and its cost: no plan heading
    assert not heading_row_printed(_runs([["Row ref", "Project", "Description of Project", "Total Cost of Scheme"]],
                                         [40, 150, 330, 480]))  # fmt: skip
    assert not heading_row_printed(_runs([["Action", "Project"]], [40, 250]))


def test_a_column_headed_as_themes_that_holds_a_different_instruction_in_every_row_is_the_actions():
    from pipeline.assembly import assemble

    # "Programme" names themes, but every row of it tells someone to do something, and nothing else does
    doc = _doc(_table([["Code", "Programme", "Responsible officer", "Due", "Half-year position"],
                       ["CL1", "Retender the leisure centre contract before it ends", "Head of Leisure", "March 2025", "Bids are in."],
                       ["CL2", "Open a second library hub in the north of the town", "Libraries Manager", "2025/26", "Site found."],
                       ["CL3", "Extend the free swimming offer to all carers", "Head of Leisure", "Q2 2024/25", "Started in July."]]))  # fmt: skip
    actions = assemble(doc)
    assert [a.ref for a in actions] == ["CL1", "CL2", "CL3"]
    assert actions[1].action_text == "Open a second library hub in the north of the town"
    # a theme column of the same kind beside a column of actions stays the theme
    themed = _doc(_table([["Priority", "Ref", "Key actions", "Lead"],
                          ["Make the town centre a place people want to visit", "1", "Agree a new parking strategy for the centre", "Head of Place"],
                          ["Help residents into good jobs", "2", "Run four jobs fairs with the college", "Economy Manager"]]))  # fmt: skip
    assert [a.action_text for a in assemble(themed)] == ["Agree a new parking strategy for the centre",
                                                          "Run four jobs fairs with the college"]


def test_the_executives_response_that_says_what_will_be_done_is_the_action_and_the_recommendation_its_area():
    from pipeline.assembly import assemble

    doc = _doc(_table([["Ref", "Audit recommendation", "Management response", "Officer", "Target date", "Update"],
                       ["1", "The register of interests should be checked every year.",
                        "Accepted. The Monitoring Officer will check the register each April.", "Monitoring Officer",
                        "April 2025", "First check done."],
                       ["2", "Leavers' system access should be removed on their last day.",
                        "Accepted. IT will run a weekly report of leavers and remove their access.", "Head of IT",
                        "June 2025", "Report written."]]))  # fmt: skip
    actions = assemble(doc)
    assert [a.action_text for a in actions] == [
        "Accepted. The Monitoring Officer will check the register each April.",
        "Accepted. IT will run a weekly report of leavers and remove their access.",
    ]
    assert actions[0].parts[0].text("progress") == "First check done."
    # a response reporting what was done is no action: the recommendation stays the action
    done = _doc(_table([["Ref", "Recommendation", "Response", "Officer", "Target date"],
                        ["1", "Publish the register of interests online.", "Done in March; the page is live.", "Monitoring Officer", "March 2025"],
                        ["2", "Train all staff on data protection.", "Training was completed by all teams.", "Head of IT", "June 2025"]]))  # fmt: skip
    assert [a.action_text for a in assemble(done)] == ["Publish the register of interests online.",
                                                        "Train all staff on data protection."]


def test_a_totals_or_key_row_whose_first_cell_is_a_word_is_not_an_action():
    from pipeline.assembly import assemble

    doc = _doc(_table([["No.", "Action", "Lead", "Deadline", "RAG"],
                       ["A1", "Agree the tenancy strategy", "Head of Housing", "May 2025", "Green"],
                       ["A2", "Review the allocations policy", "Head of Housing", "July 2025", "Amber"],
                       ["Totals", "2 actions: 1 green, 1 amber", "", "", ""],
                       ["Key:", "Green – on track; Amber – some risk", "", "", ""]]))  # fmt: skip
    assert [a.ref for a in assemble(doc)] == ["A1", "A2"]


def test_names_that_carry_a_year_are_no_dates_and_a_repeated_outcome_is_no_progress():
    cells = [Cell(text=t) for t in ["Payroll Controls 2023/24", "Creditors and Debtors Review 2022/23", "Ongoing", "March 2025"]]
    assert column_evidence(0, "Review", cells).dates == 0.75  # two deadlines; two names count half
    from pipeline.assembly import assemble

    # a column right of the actions, unnamed by the vocabulary, holding one outcome down its rows
    doc = _doc(_table([["No.", "Action", "Lead officer", "Target date", "Shared plan aim"],
                       ["1", "Publish the new school admissions guide", "Head of Education", "May 2025", "Aim 3: every child in a good school"],
                       ["2", "Open the admissions helpline for parents", "Head of Education", "June 2025", "Aim 3: every child in a good school"],
                       ["3", "Review the transport policy for school places", "Head of Education", "July 2025", "Aim 3: every child in a good school"]]))  # fmt: skip
    assert [a.parts[0].text("progress") for a in assemble(doc)] == ["", "", ""]


def test_a_first_column_naming_each_review_once_over_its_rows_is_their_theme():
    from pipeline.assembly import assemble

    doc = _doc(_table([["Review", "No.", "Agreed action", "Owner", "Target"],
                       ["Fleet Management 2024/25", "1", "Record every vehicle check in the fleet system", "Fleet Manager", "May 2025"],
                       ["", "2", "Reconcile fuel card statements each month", "Fleet Manager", "June 2025"],
                       ["Licensing 2024/25", "1", "Check the renewal fees against the fee schedule", "Licensing Manager", "July 2025"],
                       ["", "2", "Close lapsed licences within ten days", "Licensing Manager", "July 2025"],
                       ["", "3", "Publish the register of licences online", "Licensing Manager", "Sept 2025"]]))  # fmt: skip
    themes = [a.theme for a in assemble(doc)]
    assert themes == ["Fleet Management 2024/25"] * 2 + ["Licensing 2024/25"] * 3


def _merged_table(rows, index=0):
    """As `_table`, None standing for a cell merged with the one above."""
    return Table(rows=[Row(cells=[Cell(merged=True) if c is None else Cell(text=c) for c in r]) for r in rows], index=index)


def test_a_recommendation_heading_beside_an_agreed_action_column_is_the_area():
    from pipeline.assembly import assemble

    # "Task and Finish Group ..." opens like a task heading; each recommendation merged down over its actions
    doc = _doc(_merged_table([["Ref", "Task and Finish Group Recommendation", "Executive Response", "Agreed Action", "Officer", "Target"],
                       ["1.1", "That the council publishes its fees for bulky waste", "Agreed.", "Publish the fees on the website", "Waste Manager", "May 2025"],
                       ["1.2", None, None, "Print the fees in the residents' magazine", "Waste Manager", "June 2025"],
                       ["2.1", "That missed bins are collected within two days", "Agreed in part.", "Change the collection contract", "Waste Manager", "2025/26"],
                       ["2.2", None, None, "Report missed bins to the panel each quarter", "Waste Manager", "Quarterly"]]))  # fmt: skip
    actions = assemble(doc)
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert actions[1].area == "That the council publishes its fees for bulky waste"
    assert actions[3].area == "That missed bins are collected within two days"


def test_a_group_heading_names_its_column_over_a_generic_one_and_revised_over_a_date_heading():
    from pipeline.assembly import assemble

    top = Row(cells=[Cell(text="Ref"), Cell(text="Control Weakness"), Cell(text="Action Agreed"), Cell(text="Owner"),
                     Cell(text="Deadline", col_span=2), Cell(merged=True)])  # fmt: skip
    sub = Row(cells=[Cell(merged=True), Cell(text="Description"), Cell(merged=True), Cell(merged=True),
                     Cell(text="Original"), Cell(text="Revised")])  # fmt: skip
    body = _table([["1", "Leavers keep their system access for weeks", "Remove access on the last day", "Head of IT", "May 2025", ""],
                   ["2", "Write-offs are approved by one officer", "Require a second approval", "Finance Manager", "June 2025", "Sept 2025"]])  # fmt: skip
    body.rows[:0] = [top, sub]
    actions = assemble(_doc(body))
    assert [a.action_text for a in actions] == ["Remove access on the last day", "Require a second approval"]
    assert actions[1].area == "Write-offs are approved by one officer"
    assert actions[1].parts[0].text("revised_due") == "Sept 2025" and actions[1].parts[0].text("due") == "June 2025"


def test_a_dates_heading_over_sums_of_money_is_no_due_column():
    """A savings table: 'Delivery target' heads a column of sums, beside one line of explanation; the
    sums are money, not deadlines, and the table gives no actions."""
    decision, roles = _roles([
        ["", "Savings 2025-26", "Delivery target", "Variance", "Achieved in later years"],
        ["Retender the grounds maintenance contract to cut its cost", "", "-412.0", "-", "-"],
    ])  # fmt: skip
    assert roles.get("Delivery target") != "due"
    assert not decision.is_plan


def test_a_one_word_post_starter_inside_a_phrase_names_no_post():
    assert looks_like_post("Cabinet Member for Housing") and looks_like_post("Council")
    assert not looks_like_post("Keeping the Council financially sustainable")
    assert not looks_like_post("Briefing the Cabinet every quarter")


def test_a_theme_heading_over_a_different_sentence_each_row_is_the_outcome_and_partners_are_no_progress():
    """'Outcome' names themes in some plans; over a distinct result on every row beside the actions
    it is what each action achieves. A 'Partners' column of names beside them reports nothing."""
    decision, roles = _roles([
        ["Ref", "Action", "Outcome", "Officer", "Deadline", "Partners involved"],
        ["1", "Open a drop-in advice clinic in each market town", "Residents get advice before debts grow", "Advice Manager", "June 2026", "Citizens Advice"],
        ["2", "Train library staff to spot early signs of hardship", "More people are referred in time", "Libraries Manager", "May 2026", "Library trust; food banks"],
        ["3", "Publish a single page of help for private tenants", "Tenants know where to turn first", "Housing Manager", "April 2026", "Landlords forum"],
    ])  # fmt: skip
    assert roles["Outcome"] == "outcome_measure"
    assert roles.get("Partners involved") != "progress"
    assert decision.is_plan

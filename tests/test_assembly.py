"""Table assembly on the shared model, independent of format."""

from pathlib import Path

from extractors.model import Cell, Document, Row, Table
from pipeline.assembly import assemble, header_role, map_header

HEAD = ["Theme", "Area for Improvement", "Action", "Completion Date", "Lead Officer(s)", "Progress"]


def _table(rows, index=0, pages=None):
    out = []
    for i, r in enumerate(rows):
        cells = [Cell(merged=True) if c is None else Cell(text=c) for c in r]
        out.append(Row(cells=cells, page=(pages[i] if pages else None)))
    return Table(rows=out, index=index)


def _doc(*tables):
    return Document(source=Path("x"), file_format="text", items=list(tables))


def test_header_roles_from_vocabulary():
    assert [header_role(h) for h in HEAD] == ["theme", "area", "action", "due", "lead", "progress"]
    assert header_role("Progress up to 30 September 2013") == "progress"
    assert header_role("Link to\nCouncil\nPriority") == "priority"
    assert header_role("Date completed") == "completed_date"
    assert header_role("Achieved. Awayday session held and a long progress note follows here") is None


def test_risk_matrix_and_kpi_tables_are_not_action_plans():
    assert map_header(_table([["Risk No.", "Description"]]).rows[0]) is None
    kpi = _doc(_table([["Indicator", "Target", "Actual", "Trend"], ["Rent collected", "98%", "97%", "up"]]))
    assert assemble(kpi) == []


def test_merged_cells_carry_theme_and_area_down():
    doc = _doc(
        _table(
            [
                HEAD,
                ["Finance", "Savings", "1. Do A", "May 2013", "CMT", "Done"],
                [None, None, "2. Do B", "June 2013", "CMT", "On target."],
            ]
        )
    )
    a, b = assemble(doc)
    assert (b.theme, b.area) == ("Finance", "Savings")


def test_new_theme_resets_area():
    doc = _doc(_table([HEAD, ["Finance", "Savings", "1. A", "", "", ""], ["IT", "", "2. B", "", "", ""]]))
    assert [(a.theme, a.area) for a in assemble(doc)] == [("Finance", "Savings"), ("IT", None)]


def test_milestone_row_belongs_to_the_action_above():
    doc = _doc(
        _table(
            [
                HEAD,
                ["F", "X", "21. Write a brief", "31 March 2013", "CEO", "Achieved."],
                [
                    None,
                    None,
                    None,
                    "September 2013",
                    None,
                    "Revised completion date from September 2013 to November 2013.",
                ],
            ]
        )
    )
    (a,) = assemble(doc)
    assert [p.text("due") for p in a.parts] == ["31 March 2013", "September 2013"]


def test_spill_over_row_joins_its_action():
    doc = _doc(
        _table(
            [
                HEAD,
                ["F", "X", "20. Rolled out through the Plan and", "Annual", "CMT", "Not started."],
                ["", "", "Medium Term Financial Strategy.", "", "", ""],
            ]
        )
    )
    (a,) = assemble(doc)
    assert a.action_text == "Rolled out through the Plan and Medium Term Financial Strategy."


def test_table_continued_on_next_page_without_header():
    first = _table([HEAD, ["F", "X", "1. One", "May 2013", "CMT", "Achieved."]], index=0, pages=[1, 1])
    second = _table(
        [["", "", "", "", "", "more progress"], ["", "", "2. Two", "June 2013", "CMT", "On target."]],
        index=1,
        pages=[2, 2],
    )
    a, b = assemble(_doc(first, second))
    assert a.parts[0].text("progress") == "Achieved. more progress"
    assert (b.ref, b.theme, b.page) == ("2", "F", 2)


def test_banner_row_sets_theme_for_a_table_without_theme_column():
    head = ["Ref", "Action", "Lead", "Due", "Progress"]
    banner = [Cell(text="Priority 1: Growing the economy", col_span=5)] + [Cell(merged=True)] * 4
    rows = [
        Row([Cell(text=t) for t in head]),
        Row(banner),
        Row([Cell(text=t) for t in ["1.1", "Do A", "CMT", "May 2013", "Done"]]),
    ]
    (a,) = assemble(_doc(Table(rows=rows)))
    assert (a.ref, a.theme, a.action_text) == ("1.1", "Priority 1: Growing the economy", "Do A")


def test_unnumbered_actions_are_numbered_in_table_order():
    doc = _doc(
        _table(
            [
                ["What?", "How?", "Who by?", "When?"],
                ["Improve scrutiny", "Train chairs", "Head of Legal", "May 2013"],
                ["Better budget", "Quarterly reports", "Director of Finance", "June 2013"],
            ]
        )
    )
    assert [(a.ref, a.action_text, a.area) for a in assemble(doc)] == [
        ("1", "Train chairs", "Improve scrutiny"),
        ("2", "Quarterly reports", "Better budget"),
    ]


def test_recommendation_tracker_with_separate_numbers():
    head = ["Rec No.", "Recommendation", "Ref", "Associated actions", "Timescales", "Status", "Owner"]
    doc = _doc(
        _table(
            [
                head,
                [
                    "R1",
                    "Improve governance",
                    "1.1",
                    "Review constitution",
                    "Q3 2019/20",
                    "Complete",
                    "Monitoring Officer",
                ],
            ]
        )
    )
    (a,) = assemble(doc)
    assert (a.ref, a.area, a.action_text) == ("1.1", "Improve governance", "Review constitution")


def test_ditto_repeats_the_cell_above():
    head = ["Ref", "Action", "Responsible officer", "Implementation date", "Progress update"]
    doc = _doc(
        _table(
            [
                head,
                ["1", "Do A", "Head of Finance", "May 2013", "Done"],
                ["2", "Do B", "ditto", "June 2013", "On track"],
            ]
        )
    )
    a, b = assemble(doc)
    assert b.parts[0].text("lead") == "Head of Finance"


def test_same_header_under_a_new_heading_is_a_new_table():
    from extractors.model import Block

    head = ["Ref", "Action", "Lead Officer", "Target", "Status"]
    t1 = _table([head, ["A1", "Do A", "CMT", "May 2013", "G"]], index=0)
    t2 = _table([head, ["A2", "Do B", "CMT", "May 2013", "R"]], index=1)
    doc = Document(
        source=Path("x"),
        file_format="docx",
        items=[Block("1.1 Safe communities", level=2), t1, Block("1.2 An efficient council", level=2), t2],
    )
    assert [(a.ref, a.theme, a.table_index) for a in assemble(doc)] == [
        ("A1", "1.1 Safe communities", 0),
        ("A2", "1.2 An efficient council", 1),
    ]


def test_action_taken_is_progress_in_a_recommendation_tracker():
    head = ["Committee", "Meeting date", "Recommendation", "Made to", "Action taken", "Status"]
    doc = _doc(
        _table(
            [
                head,
                [
                    "Executive",
                    "12 January 2021",
                    "Review parking charges",
                    "Director of Resources",
                    "Report considered in March.",
                    "Complete",
                ],
            ]
        )
    )
    (a,) = assemble(doc)
    assert (a.action_text, a.parts[0].text("lead"), a.parts[0].text("progress")) == (
        "Review parking charges",
        "Director of Resources",
        "Report considered in March.",
    )


def test_a_short_heading_over_each_table_is_its_theme():
    """Headings with no 'Objective'/'Priority' word ("Parks and Open Spaces 2021-22") over tables."""
    from extractors.model import Block

    head = ["Deliverable", "Due", "Officer", "Update"]
    one = _table([head, ["Plant 500 street trees", "March 2022", "Parks Manager", "Planting has begun."]], index=0)
    two = _table([head, ["Reopen the Market Hall", "June 2022", "Head of Assets", "Works are on site."]], index=1)
    doc = Document(
        source=Path("x"), file_format="docx",
        items=[Block("Appendix B: Service Plan"), Block("Parks and Open Spaces 2021-22", bold=True), one,
               Block("Town Centres 2021-22", bold=True), two],
    )  # fmt: skip
    assert [(a.action_text, a.theme) for a in assemble(doc)] == [
        ("Plant 500 street trees", "Parks and Open Spaces 2021-22"),
        ("Reopen the Market Hall", "Town Centres 2021-22"),
    ]


def test_a_banner_as_the_first_row_of_a_plan_and_hyphenated_words():
    head = ["Service Action", "Lead", "Target", "Progress"]
    doc = _doc(
        _table(
            [
                head,
                ["Service Priority: Reduce anti-social behaviour in town-centre car parks", None, None, None],
                ["Install new lighting in two car parks", "Car Parks Manager", "May 2021", "Lights fitted."],
                ["Service Priority: Cut re-offending by young people", None, None, None],
                ["Fund a youth mentoring scheme", "Community Safety Manager", "2021/22", "Scheme funded."],
            ]
        )
    )
    actions = assemble(doc)
    assert [a.action_text for a in actions] == ["Install new lighting in two car parks", "Fund a youth mentoring scheme"]
    assert actions[1].theme == "Service Priority: Cut re-offending by young people"


def test_plural_headings_a_key_banner_and_a_priority_merged_down():
    head = ["Council Priorities", "Actions this year", "Due dates", "Updates"]
    doc = _doc(
        _table(
            [
                head,
                ["Key Aim 2: Safer neighbourhoods", None, None, None],
                ["Cut crime in the town centre", "Extend the CCTV network to the bus station", "July 2020",
                 "Cameras ordered."],
                [None, "Run a summer youth programme in three parks", "August 2020", "Programme booked."],
                ["Key: R = behind, G = on course", None, None, None],
            ]
        )
    )  # fmt: skip
    actions = assemble(doc)
    assert [a.theme for a in actions] == ["Key Aim 2: Safer neighbourhoods"] * 2
    assert [a.parts[0].cells["priority"].text for a in actions] == ["Cut crime in the town centre"] * 2
    assert header_role("Target Dates") == "due" and header_role("Priorities") == "priority"


def test_a_banner_with_dashes_is_not_a_key_and_a_revised_date_column_is_not_the_deadline():
    head = ["No.", "Finding", "Management action", "Officer", "Original date", "Revised target date", "Update"]
    doc = _doc(
        _table(
            [
                head,
                ["Car Parking Income \u2013 Limited Assurance \u2013 issued May 2022", None, None, None, None, None, None],
                ["1", "Cash is not banked daily", "Bank takings every day", "Parking Manager", "June 2022",
                 "September 2022", "Daily banking started in August."],
                ["Key: A \u2013 agreed; P \u2013 partly agreed", None, None, None, None, None, None],
            ]
        )
    )  # fmt: skip
    (action,) = assemble(doc)
    assert action.theme == "Car Parking Income \u2013 Limited Assurance \u2013 issued May 2022"
    cells = action.parts[0].cells
    assert cells["due"].text == "June 2022" and cells["revised_due"].text == "September 2022"


def test_a_heading_row_with_one_long_descriptive_heading_is_still_the_header():
    head = ["Outcome", "Action", "What has happened so far and what we still propose to do next", "Timescale",
            "Responsible team"]  # fmt: skip
    doc = _doc(_table([head,
                       ["Safer streets", "1.1 Light the town centre paths",
                        "The lighting survey was finished in May and the works were costed by the county",
                        "Short term", "Community Safety Team"],
                       [None, "1.2 Fund two more wardens",
                        "A bid was submitted to the Police and Crime Commissioner in June", "Medium term",
                        "Community Safety Team"]]))  # fmt: skip
    actions = assemble(doc)
    assert [a.ref for a in actions] == ["1.1", "1.2"]
    assert actions[0].theme == "Safer streets"
    assert actions[0].parts[0].text("progress").startswith("The lighting survey was finished in May")
    assert actions[1].parts[0].text("lead") == "Community Safety Team"


def test_a_labelled_comment_row_across_the_table_belongs_to_the_action_above():
    doc = _doc(_table([
        ["Ref", "Activity", "Owner", "Deadline"],
        ["A1", "Publish the tenancy strategy", "Housing Manager", "June 2024"],
        ["Officer update: Consultation closed in May and the draft is with the portfolio holder.\n"
         "Date last reviewed: 3 June 2024", None, None, None],
        ["A2", "Review the allocations policy", "Housing Manager", "March 2025"],
        ["Latest comments: Not started.", None, None, None],
    ]))  # fmt: skip
    first, second = assemble(doc)
    assert first.parts[0].text("progress") == (
        "Consultation closed in May and the draft is with the portfolio holder."
    )
    assert second.parts[0].text("progress") == "Not started."
    assert (first.theme, second.theme) == (None, None)  # neither comment is a banner
    assert second.action_text == "Review the allocations policy"


def test_the_heading_over_a_table_is_found_past_its_field_lines():
    from extractors.model import Block

    table = _table([["No.", "Action", "Lead", "Target"], ["1", "Open the new depot", "Head of Waste", "May 2025"]])
    items = [Block(text="Objective 2: Cleaner streets", level=2), Block(text="Lead member: Cllr A Jones"),
             Block(text="Impact: fewer missed bins and quicker clean-ups"), table]  # fmt: skip
    (action,) = assemble(Document(source=Path("x"), file_format="text", items=items))
    assert action.theme == "Objective 2: Cleaner streets"


def test_a_headings_last_word_says_what_its_cells_hold():
    assert [header_role(h) for h in ("Outcome RAG", "Progress RAG", "Delivery status", "Project lead")] == [
        "rag", "rag", "status", "lead"
    ]  # fmt: skip
    assert header_role("New target date") == "revised_due"  # a date's qualifier still counts


def test_a_column_covered_by_spans_in_every_row_is_no_column():
    """A key's grid line cut through the plan on its second page: that piece has an extra column whose
    cells are all covered by the action cell beside them; without it the piece continues the plan."""
    first = _table([["Ref", "Action", "Lead", "Target"], ["1", "Agree the strategy", "Head of Housing", "May 2024"]])
    second = _table([["2", "Publish it", None, "Head of Housing", "June 2024"],
                     ["3", "Review it", None, "Head of Legal", "March 2025"]], index=1)  # fmt: skip
    actions = assemble(_doc(first, second))
    assert [(a.ref, a.parts[0].text("lead")) for a in actions] == [
        ("1", "Head of Housing"), ("2", "Head of Housing"), ("3", "Head of Legal")
    ]  # fmt: skip


def test_a_bold_field_line_is_passed_over_but_a_numbered_or_section_label_heads_the_table():
    from extractors.model import Block

    def theme(*blocks):
        table = _table([["No.", "Action", "Lead", "Target"], ["1", "Open the new depot", "Head of Waste", "May 2025"]])
        (action,) = assemble(Document(source=Path("x"), file_format="text", items=[*blocks, table]))
        return action.theme

    assert theme(Block(text="Strand 2 \u2013 Safer places", bold=True), Block(text="Cabinet Lead: Cllr B Rees", bold=True)) == (
        "Strand 2 \u2013 Safer places"
    )  # fmt: skip
    assert theme(Block(text="Finding 4: Weak contract records", bold=True)) == "Finding 4: Weak contract records"
    assert theme(Block(text="SERVICE AREA: Leisure", bold=True)) == "SERVICE AREA: Leisure"


def test_a_key_printed_in_one_grid_above_a_plan_headed_no_is_split_off():
    doc = _doc(_table([
        ["Code", "Meaning", "", "", ""],
        ["HH", "Head of Housing", "", "", ""],
        ["HP", "Head of Planning", "", "", ""],
        ["No.", "Finding", "Agreed action", "Owner", "Due"],
        ["1", "Void times are long", "Re-let homes within 28 days", "HH", "June 2025"],
        ["2", "Slow decisions", "Clear the backlog of applications", "HP", "May 2025"],
    ]))  # fmt: skip
    actions = assemble(doc)
    assert [(a.ref, a.parts[0].text("lead")) for a in actions] == [("1", "HH"), ("2", "HP")]


def test_a_sections_signature_lines_stand_between_its_heading_and_its_table():
    from extractors.model import Block

    table = _table([["Action", "Measure", "Milestones"], ["Open the new depot", "Missed bins", "Spring 2021"],
                    ["Buy two electric sweepers", "Streets swept", "Summer 2021"]])
    items = [Block(text="CLEANER STREETS", level=1), Block(text="Councillor Amira Shah", bold=True),
             Block(text="Environment Portfolio Holder"), Block(text="Streets: keeping streets clean matters to residents."),
             table]  # fmt: skip
    actions = assemble(Document(source=Path("x"), file_format="text", items=items))
    assert [a.theme for a in actions] == ["CLEANER STREETS", "CLEANER STREETS"]


def test_rows_numbered_only_on_their_recommendation_each_start_an_action():
    doc = _doc(_table([
        ["Recommendation", "Agreed Action", "Responsibility", "Date", "Progress Update"],
        ["1. That all tenants are offered an annual home visit.", "Offer a visit at each tenancy anniversary",
         "Tenancy Manager", "April 2017", "Visits began in April."],
        ["2. That repairs are booked at first contact.", "2a. Give call handlers the repairs diary",
         "Repairs Manager", "June 2017", "Done."],
        [None, "2b. Report first-contact bookings each quarter", "Repairs Manager", "Quarterly", "First report due."],
        ["3. That rent arrears letters are simplified.", "Rewrite the letters with tenants", "Income Manager",
         "Autumn 2017", "Drafts tested with a tenant panel."],
    ]))  # fmt: skip
    assert [(a.ref, a.action_text) for a in assemble(doc)] == [
        ("1", "Offer a visit at each tenancy anniversary"), ("2a", "Give call handlers the repairs diary"),
        ("2b", "Report first-contact bookings each quarter"), ("3", "Rewrite the letters with tenants"),
    ]  # fmt: skip


def test_a_later_piece_cut_by_a_keys_grid_lines_keeps_the_plans_columns():
    """On a page where a key shares the plan's grid, the plan's piece has extra columns holding no
    text of their own (empty or covered by the cell beside them): without them it is the plan again."""
    first = _table([["Ref", "Action", "Lead", "Start", "Complete"],
                    ["1", "Agree the protocol", "Head of SEND", "May 2018", "July 2018"]])  # fmt: skip
    second = _table([["2", "Train the staff", None, "Head of SEND", "", "June 2018", "Oct 2018"],
                     ["3", "Audit the plans", None, "Head of Quality", None, "Sept 2018", "Jan 2019"]], index=1)  # fmt: skip
    actions = assemble(_doc(first, second))
    assert [(a.ref, a.parts[0].text("lead"), a.parts[0].text("due")) for a in actions] == [
        ("1", "Head of SEND", "July 2018"), ("2", "Head of SEND", "Oct 2018"), ("3", "Head of Quality", "Jan 2019")
    ]  # fmt: skip


def test_the_date_progress_stands_at_is_no_theme_and_a_standard_column_is():
    from extractors.model import Block

    table = _table([["Ref", "Regulatory standard", "Action", "Lead", "Target"],
                    ["1", "Tenancy Standard", "Review the tenancy policy", "Housing Manager", "Mar-25"],
                    ["2", None, "Publish the allocations scheme", "Housing Manager", "Jun-25"]])  # fmt: skip
    items = [Block(text="Housing Improvement Plan", level=1), Block(text="Position at 28 February 2025", bold=True), table]
    actions = assemble(Document(source=Path("x"), file_format="text", items=items))
    assert [a.theme for a in actions] == ["Tenancy Standard", "Tenancy Standard"]


def test_lettered_rows_are_actions_but_letters_inside_a_numbered_action_are_its_parts():
    """'a) ... / b) ...' rows with nothing else numbered are actions referenced by their letters, even when
    the page break falls between them; under a numbers column they are sub-items of the numbered action."""
    head = ["Activity", "Deadline", "Officer responsible", "Update", "Status"]
    first = _table([head, ["Aim 1 – Look after the parks", "", "", "", ""],
                    ["a) Replant the beds at Mill Park", "May 2025", "Parks Manager", "Done in spring.", "Complete"]],
                   index=0, pages=[1, 1, 1])  # fmt: skip
    second = _table([head, ["(b) Fence the new play area", "Summer 2025", "Parks Manager", "Fencing ordered.", "On track"]],
                    index=1, pages=[2, 2])  # fmt: skip
    a, b = assemble(_doc(first, second))
    assert (a.ref, b.ref) == ("a", "b")
    assert b.action_text == "Fence the new play area" and b.theme == a.theme == "Aim 1 – Look after the parks"

    head = ["No.", "Actions", "Target", "Lead", "Progress"]
    first = _table([head, ["1", "a) Agree the budget b) Publish the plan", "March 2025", "Treasurer", "On track."],
                    ["2", "a) Close the old office", "April 2025", "Treasurer", "Under way."]],
                   index=0, pages=[1, 1, 1])  # fmt: skip
    second = _table([head, ["", "b) Move the staff", "", "", ""]], index=1, pages=[2, 2])
    a, b = assemble(_doc(first, second))
    assert (a.ref, b.ref) == ("1", "2")
    assert b.action_text == "a) Close the old office b) Move the staff"


def test_headings_merged_down_over_two_header_rows_keep_their_own_text_and_numbers_nest():
    """'Finding' spans No. and text in the first header row, the other headings are merged down over
    the second row: each keeps its own heading; '2 | ... | 2.1 Do X' numbers the action 2.1."""
    top = Row(cells=[Cell(text="Review finding", col_span=2), Cell(merged=True), Cell(text="Agreed step"),
                     Cell(text="Owner"), Cell(text="By"), Cell(text="Update at 31 March")])  # fmt: skip
    second = Row(cells=[Cell(text="No."), Cell(text="Finding"), *[Cell(merged=True) for _ in range(4)]])
    body = [["2", "Contract waivers were not always recorded.", "2.1 Record every waiver in the contracts register",
             "Procurement Manager", "June 2025", "Register updated weekly."],
            [None, None, "2.2 Report waivers to the audit committee twice a year", "Procurement Manager",
             "Six monthly", "First report made in March."]]  # fmt: skip
    table = _table(body)
    table.rows[:0] = [top, second]
    a, b = assemble(_doc(table))
    assert (a.ref, b.ref) == ("2.1", "2.2")
    assert a.action_text == "Record every waiver in the contracts register"
    assert a.area == b.area == "Contract waivers were not always recorded."
    assert b.parts[0].text("progress") == "First report made in March."
    assert a.parts[0].text("lead") == "Procurement Manager"


def test_each_table_takes_the_styled_heading_above_its_lead_in_sentence_and_a_running_line_splits_nothing():
    from extractors.model import Block

    head = ["No.", "Task", "Owner", "By when"]
    items = [
        Block("Climate plan 2026", level=1),
        Block("A. Cleaner air", level=2),
        Block("What we will do about traffic fumes near schools and on the ring road.", level=0),
        _table([head, ["A1", "Extend the school streets scheme", "Transport Manager", "May 2026"]], index=0, pages=[1, 1]),
        Block("B. Warmer homes", level=2),
        Block("Grants and advice for residents whose homes lose heat.", level=0),
        _table([head, ["B1", "Insulate 200 council homes", "Head of Housing", "March 2027"],
                ["B2", "Run energy advice sessions in", "Energy Officer", "June 2026"]], index=1, pages=[1, 1, 1]),
        Block("Riverside Borough Council", level=0, page=2),  # the running header at the top of page 2
        _table([head, ["", "every library", "", ""], ["B3", "Pilot heat pumps in ten homes", "Head of Housing", "2026/27"]],
               index=2, pages=[2, 2, 2]),
    ]  # fmt: skip
    for b in items:
        if isinstance(b, Block) and b.page is None:
            b.page = 1
    actions = assemble(Document(source=Path("x"), file_format="pdf", items=items))
    assert [(a.ref, a.theme) for a in actions] == [("A1", "A. Cleaner air"), ("B1", "B. Warmer homes"),
                                                   ("B2", "B. Warmer homes"), ("B3", "B. Warmer homes")]  # fmt: skip
    assert actions[2].action_text == "Run energy advice sessions in every library"


def test_the_tail_of_a_cut_row_opening_the_next_page_is_no_heading_row():
    """Page 2 opens with the rest of the row the break cut ('be spent on local transport.'), no header
    printed: it joins the action above, and the rows under it keep the plan's columns."""
    head = ["No.", "Recommendation", "Cabinet response", "Lead officer", "Original timescale", "Revised timescale", "Progress update"]
    first = _table([head, ["1", "That the Council reviews its parking charges", "Accepted", "A. Shah - Parking Manager", "May 2025", "", "Completed - new charges set."],
                    ["2", "That the surplus from parking should", "Accepted", "A. Shah - Transport", "Ongoing", "", "Ongoing - the surplus was discussed at the"]],
                   index=0, pages=[1, 1, 1])  # fmt: skip
    second = _table([["", "be spent on local transport.", "", "Development Manager", "", "", "October meeting of the transport board."],
                     ["3", "That permits are sold online", "Accepted", "A. Shah - Parking Manager", "July 2025", "", "Completed - live in June."],
                     ["4", "That permit prices are published", "Accepted", "A. Shah - Parking Manager", "May 2025", "June 2025", "Delayed - the page goes live next month."]],
                    index=1, pages=[2, 2, 2])  # fmt: skip
    a, b, c, d = assemble(_doc(first, second))
    assert b.action_text == "That the surplus from parking should be spent on local transport."
    assert " ".join(b.parts[0].text("progress").split()) == "Ongoing - the surplus was discussed at the October meeting of the transport board."
    assert (c.ref, c.parts[0].text("progress")) == ("3", "Completed - live in June.")
    assert d.parts[0].text("revised_due") == "June 2025"


def test_a_plain_numbered_report_section_above_a_sentence_is_not_the_tables_theme():
    from extractors.model import Block

    head = ["What", "How", "Who by", "When"]
    items = [Block("2.0 BACKGROUND", level=0), Block("The plan below was agreed by the Cabinet in March this year.", level=0),
             _table([head, ["Adopt a litter strategy", "Consult residents first", "Head of Environment", "June 2025"]])]  # fmt: skip
    (a,) = assemble(Document(source=Path("x"), file_format="text", items=items))
    assert a.theme is None


def test_tables_under_one_heading_row_share_their_column_roles():
    """A table per theme under the same headings: the short last table's first column (unheaded,
    each cell merged down) is the area as in the tables above, though its one cell names the Council."""
    from extractors.model import Block

    head = ["", "Action", "Progress so far", "Next step for the council", "Timescale", "Responsible team"]

    def table(rows, i):
        return Table(rows=[Row(cells=[Cell(merged=True) if c is None else Cell(text=c) for c in r]) for r in [head] + rows], index=i)

    jobs = [["Helping people back into work after the pandemic", "1.1 Run job fairs with the college in each town",
             "The college held two fairs in the spring", "Book venues for the autumn fairs", "Short term", "Economy Team"],
            [None, "1.2 Fund apprenticeships in small firms", "The chamber listed firms that want apprentices",
             "Agree the grant rules with the chamber", "Medium term", "Economy Team"],
            [None, "1.3 Hold a monthly market in the square", "Traders were asked which days suit them",
             "Set up the first market in October", "Short term", "Town Centre Team"]]  # fmt: skip
    money = [["Keeping the Council financially sustainable", "3.1 Refresh the medium term financial plan",
              "Savings of £1m were found in the summer", "Take the plan to Cabinet", "Short term", "Finance Team"],
             [None, "3.2 Sell the old depot", "Staff moved to the new depot in August", "Market the site",
              "Longer term", "Estates Team"]]  # fmt: skip
    items = [Block("Theme 1: Jobs", level=2), table(jobs, 0), Block("Theme 2: Towns", level=2), table(jobs, 1),
             Block("Theme 3: Council", level=2), table(money, 2)]  # fmt: skip
    actions = assemble(Document(source=Path("x"), file_format="text", items=items))
    assert [a.area for a in actions] == ["Helping people back into work after the pandemic"] * 6 + [
        "Keeping the Council financially sustainable"] * 2


def test_a_column_of_labelled_details_is_split_into_their_roles():
    """Audit reports print the agreed action, its date and its owner in one cell, a labelled line
    each: each label is a column of its own, so the finding beside it stays the area."""
    head = ["No.", "Finding", "Management response, target and officer", "Position"]
    rows = [head] + [
        [f"{i}", f"Finding {i}: the control over supplier bank details is not applied",
         "Agreed action: Check every change of bank details by telephone.\nImplementation date: 31/03/2025\n"
         "Responsible officer: Head of Finance", "In progress"] for i in range(1, 4)]  # fmt: skip
    actions = assemble(_doc(_table(rows)))
    assert [a.ref for a in actions] == ["1", "2", "3"]
    assert actions[0].action_text == "Check every change of bank details by telephone."
    assert actions[0].area.startswith("Finding 1")
    assert actions[1].parts[0].text("due") == "31/03/2025"
    assert actions[2].parts[0].text("lead") == "Head of Finance"


def test_an_action_lettered_under_its_recommendations_number_keeps_its_own_number():
    """'No.' numbers the recommendation; each action under it prints its own '4a', '4b'."""
    rows = [["No.", "Recommendation", "Action", "Lead Officer", "Timescale"],
            ["4", "Make the committee reports shorter", "4a Publish a report template with a two-page limit", "Democratic Services Manager", "June 2026"],
            [None, None, "4b Train report authors in plain English", "Democratic Services Manager", "July 2026"],
            ["5", "Publish decisions faster", "5a Issue decision notices within two days", "Monitoring Officer", "May 2026"]]  # fmt: skip
    actions = assemble(_doc(_table(rows)))
    assert [a.ref for a in actions] == ["4a", "4b", "5a"]
    assert actions[0].action_text == "Publish a report template with a two-page limit"

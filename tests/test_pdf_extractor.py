"""PDF extractor on PDFs the tests make: page breaks, merged cells, colours, bold, running headers."""

from datetime import date

import pytest
from reportlab.lib import colors

from extractors.model import DocumentLoadError
from extractors.pdf import _colour_hex, extract_pdf
from pipeline.assembly import assemble
from pipeline.process import process_file

from .pdfs import plan_pdf, shapes_only_pdf, text_pdf

HEAD = ["Ref", "Action", "Lead Officer", "Target Date", "Progress"]
FILLER = "Detailed commentary on the work done so far, the meetings held and the next steps planned. " * 3


def _rows(n):
    return [
        [
            f"{i}.",
            f"Action number {i} to improve services",
            "Head of Finance",
            "March 2014",
            f"<b>On target.</b> {FILLER}",
        ]
        for i in range(1, n + 1)
    ]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_across_pages_with_or_without_repeated_header(tmp_path, repeat_header):
    pdf = plan_pdf(tmp_path / "p.pdf", HEAD, _rows(14), repeat_header=repeat_header)
    doc = extract_pdf(pdf)
    assert doc.pages >= 2
    actions = assemble(doc)
    assert [a.ref for a in actions] == [str(i) for i in range(1, 15)]
    assert {a.page for a in actions} >= {1, 2}
    assert all(a.parts[0].cells["progress"].bold_prefix == "On target." for a in actions)


def test_running_headers_and_footers_never_enter_a_table(tmp_path):
    doc = extract_pdf(plan_pdf(tmp_path / "p.pdf", HEAD, _rows(14)))
    texts = " ".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Page " not in texts and "Essential Reference Paper" not in texts


def test_status_only_by_cell_colour(tmp_path):
    head = ["Ref", "Action", "Lead Officer", "Target Date", "RAG"]
    rows = [
        ["1", "Do A", "CMT", "May 2013", ""],
        ["2", "Do B", "CMT", "May 2013", ""],
        ["3", "Do C", "CMT", "May 2013", ""],
    ]
    fills = {
        (4, 1): colors.HexColor("#00B050"),
        (4, 2): colors.HexColor("#FFC000"),
        (4, 3): colors.HexColor("#FF0000"),
    }
    out = process_file(plan_pdf(tmp_path / "c.pdf", head, rows, fills=fills), "c.pdf")
    assert [(a["status"], a["rag"]) for a in out.actions] == [
        ("on_track", "green"),
        ("at_risk", "amber"),
        ("off_track", "red"),
    ]
    assert all(a["page"] == 1 for a in out.actions)


def test_merged_cells_carry_down(tmp_path):
    head = ["Theme", "Action", "Lead Officer", "Target Date", "Progress"]
    rows = [
        ["Finance", "1. Do A", "CMT", "May 2013", "Done"],
        ["", "2. Do B", "CMT", "June 2013", "On target."],
    ]
    pdf = plan_pdf(tmp_path / "m.pdf", head, rows)
    a, b = assemble(extract_pdf(pdf))
    assert b.theme == "Finance"


def test_portrait_and_landscape_pages(tmp_path):
    from reportlab.lib.pagesizes import A4

    pdf = plan_pdf(tmp_path / "p.pdf", HEAD, _rows(3), page_size=A4)
    assert len(assemble(extract_pdf(pdf))) == 3


def test_metadata_from_first_page(tmp_path):
    pdf = text_pdf(
        tmp_path / "r.pdf",
        [
            "MELTON BOROUGH COUNCIL",
            "CABINET",
            "12 MARCH 2014",
            "REPORT OF THE CHIEF EXECUTIVE",
            "CORPORATE IMPROVEMENT PLAN",
            "1.0 PURPOSE OF REPORT",
        ],
    )
    doc = process_file(pdf, "r.pdf").document
    assert (doc["council"], doc["body"], doc["meeting_date"], doc["report_title"]) == (
        "Melton Borough Council",
        "Cabinet",
        date(2014, 3, 12),
        "Corporate Improvement Plan",
    )


def test_image_only_page_warns_for_ocr(tmp_path):
    out = process_file(shapes_only_pdf(tmp_path / "scan.pdf"), "scan.pdf")
    assert out.document["parse_status"] == "partial"
    assert "no text layer; OCR needed" in out.document["error"]
    assert out.actions == []


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: text_pdf(p, ["secret"], encrypt="hunter2"), "encrypted PDF"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj garbage"), "not a readable PDF"),
        (lambda p: p.write_bytes(b"this is not a pdf at all"), "not a readable PDF"),
    ],
)
def test_bad_pdfs_get_one_clear_line(tmp_path, make, message):
    p = tmp_path / "bad.pdf"
    make(p)
    with pytest.raises(DocumentLoadError, match=message):
        extract_pdf(p)


def test_encrypted_with_empty_user_password_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = text_pdf(
        tmp_path / "e.pdf",
        ["EAST HERTS COUNCIL", "EXECUTIVE", "4 JUNE 2013"],
        encrypt=StandardEncryption("", ownerPassword="owner"),
    )
    assert process_file(pdf, "e.pdf").document["council_code"] == "E07000242"


@pytest.mark.parametrize(
    "colour, hexed",
    [
        ((1, 0, 0), "FF0000"),
        ((0.5,), "808080"),
        ((0, 0, 0, 0), "FFFFFF"),
        ((0, 1, 1, 0), "FF0000"),
        (None, None),
    ],
)
def test_pdf_colour_spaces(colour, hexed):
    assert _colour_hex(colour) == hexed


def test_plan_printed_without_rules_is_read_from_its_header_layout(tmp_path):
    """No grid lines: columns start where the header cells start; wrapped cells stay in their row."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    rows = [
        ["Ref", "Action", "Lead Officer", "Target Date", "Progress"],
        ["1", "Refresh the corporate plan with members, partners and residents over the summer", "Chief Executive",
         "March 2020", "On target. Workshops held with every ward member in June."],
        ["2", "Publish the budget strategy", "Director of Finance and Head of Revenues", "June 2020",
         "Delayed. The settlement came late this year and work slipped."],
        ["3", "Train scrutiny chairs", "Head of Legal", "May 2020", "Achieved."],
    ]  # fmt: skip
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[40, 200, 120, 80, 200])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))  # no GRID
    path = tmp_path / "unruled.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    actions = process_file(path, "unruled.pdf").actions
    assert [(a["action_ref"], a["action"], a["lead_officers"], a["status"]) for a in actions] == [
        (
            "1",
            "Refresh the corporate plan with members, partners and residents over the summer",
            ["Chief Executive"],
            "on_track",
        ),
        ("2", "Publish the budget strategy", ["Director of Finance", "Head of Revenues"], "off_track"),
        ("3", "Train scrutiny chairs", ["Head of Legal"], "completed"),
    ]
    assert actions[1]["progress"] == "Delayed. The settlement came late this year and work slipped."


def test_triage_knows_every_heading_of_the_vocabulary(tmp_path):
    """Page triage reads the same heading vocabulary as table assembly: a plan headed only with words
    a hand-kept list once lacked ('Response', 'Implementation date') is still parsed."""
    head = ["Recommendation", "Response", "Implementation date", "Responsible officer"]
    rows = [["Improve budget monitoring", "Monthly reports to CMT", "30/06/2022", "Head of Finance"]]
    (action,) = process_file(plan_pdf(tmp_path / "r.pdf", head, rows), "r.pdf").actions
    assert (action["action"], action["due_date"], action["lead_officers"]) == (
        "Improve budget monitoring",
        date(2022, 6, 30),
        ["Head of Finance"],
    )
    assert action["progress"] == "Monthly reports to CMT"


@pytest.mark.parametrize("lines", ["rules", "zebra"])
def test_report_generator_tables_without_upright_rules_keep_their_columns(tmp_path, lines):
    """Rules under rows only, or alternate row fills with a RAG column shown by colour alone: the
    coloured cells are the only upright edges, and must not run whole rows into one cell."""
    head = ["Code", "Project", "Owner", "Deadline", "RAG", "Commentary"]
    rows = [
        [f"PX{i}", f"Carry out project number {i} for the district", "Head of Place", "June 2022", "",
         f"Work on project {i} has started and the first stage is done."]
        for i in range(1, 9)
    ]  # fmt: skip
    rag = {(4, r): c for r, c in zip(range(1, 9), [colors.green, colors.orange, colors.red] * 3, strict=False)}
    path = plan_pdf(tmp_path / f"{lines}.pdf", head, rows, fills=rag, lines=lines, footer=False)
    actions = assemble(extract_pdf(path))
    assert [a.ref for a in actions] == [f"PX{i}" for i in range(1, 9)]
    first = actions[0].parts[0].cells
    assert first["lead"].text.strip() == "Head of Place" and "June 2022" in first["due"].text
    assert "first stage is done" in " ".join(first["progress"].text.split())


def test_triage_finds_a_plan_by_its_rows_and_stops_at_an_appendix_of_figures(tmp_path):
    """A plan whose headings no vocabulary holds is parsed because its rows put dates beside leads
    and statuses; the long ruled table of figures after it is not parsed to its end."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from extractors.pdf import _header_line, _pages_that_may_be_parsed, _triage
    from pipeline.column_roles import reads_like_plan_rows

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def table(rows, widths):
        t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=widths, repeatRows=1)
        t.setStyle(grid)
        return t

    plan = [["No.", "What happens next", "Who", "When", "Where we are"]] + [
        [f"{i}", f"Carry out step {i} of the new lettings approach with tenants", "Housing Manager",
         f"{['June', 'July', 'August', 'September'][i % 4]} 2021", ["On track", "Delayed", "Complete"][i % 3]]
        for i in range(1, 9)
    ]  # fmt: skip
    figures = [["Line", "2021-22", "2022-23", "2023-24"]] + [
        [f"Budget line {i}", f"{i},250.0", f"{i * 3},100.5", f"{i * 7},000.0"] for i in range(1, 160)
    ]
    story = [Paragraph("Report to Cabinet. " * 40, style), PageBreak(), table(plan, [30, 260, 110, 80, 90]),
             PageBreak(), table(figures, [200, 100, 100, 100])]  # fmt: skip
    path = tmp_path / "plan_then_figures.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)

    pages, _ = _triage(path)
    assert len(pages) >= 6
    plan_pages = {p.number for p in pages if _header_line(p.text) or reads_like_plan_rows(p.runs)}
    assert plan_pages == {2}
    wanted, _ = _pages_that_may_be_parsed(pages, plan_pages)
    assert wanted == [1, 2, 3]  # the page after a plan may continue it; the figures beyond are skipped
    actions = process_file(path, "plan_then_figures.pdf").actions
    assert [a["action_ref"] for a in actions] == [str(i) for i in range(1, 9)]
    assert actions[0]["lead_officers"] == ["Housing Manager"]
    assert [a["status"] for a in actions[:3]] == ["off_track", "completed", "on_track"]


def test_a_row_split_by_the_page_break_with_no_rule_under_it_is_kept_whole(tmp_path):
    """A report generator splits a long row over two pages, drawing no rule under its first part and
    printing the rest under the repeated header, in the same cells: one action, all its words."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    head = ["No.", "Task", "Owner", "Deadline", "Update"]
    long_update = " ".join(f"Step {i} of the depot move was agreed with the contractor." for i in range(1, 25))
    rows = [head] + [[f"{i}", f"Move service {i} to the new depot", "Fleet Manager", "May 2025", "On track."]
                     for i in range(1, 14)] + [["14", "Move the workshop to the new depot", "Fleet Manager",
                                                "June 2025", long_update]]  # fmt: skip
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[40, 200, 110, 80, 300],
                  repeatRows=1, splitInRow=1)  # fmt: skip
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "split_row.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    actions = process_file(path, "split_row.pdf").actions
    assert [a["action_ref"] for a in actions] == [str(i) for i in range(1, 15)]
    last = actions[-1]
    assert last["action"] == "Move the workshop to the new depot"
    assert " ".join(last["progress"].split()) == long_update


def test_a_rules_only_plan_keeps_its_columns_on_a_page_without_its_heading(tmp_path):
    """Columns of a table drawn with rules only come from word alignment; on the next page, printed
    without the heading, a column few rows fill (a revised date) is still the column it was above."""
    head = ["Ref", "Proposal", "Owner", "Target", "New target", "Update"]
    NEW = (1, 2, 3, 4, 22, 27)  # two rows of the second page fill the column
    rows = [[f"{i}", f"Carry out proposal {i} with partners", "Head of Leisure", "May 2024",
             "July 2024" if i in NEW else "", f"Proposal {i} is under way and on course."] for i in range(1, 31)]  # fmt: skip
    path = plan_pdf(tmp_path / "rules.pdf", head, rows, lines="rules", repeat_header=False, footer=False)
    actions = process_file(path, "rules.pdf").actions
    assert [a["action_ref"] for a in actions] == [str(i) for i in range(1, 31)]
    assert {a["page"] for a in actions} >= {1, 2}
    assert all(a["lead_officers"] == ["Head of Leisure"] for a in actions)
    assert [a["revised_due_date"] is not None for a in actions] == [i in NEW for i in range(1, 31)]


def test_a_word_running_over_a_cell_rule_is_split_there_but_not_under_a_spanning_heading():
    from extractors.pdf import _split_at_rules

    def word(text, x0, top=100.0, width=5.0):
        chars = [{"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": top, "bottom": top + 9}
                 for i, ch in enumerate(text)]  # fmt: skip
        return {"text": text, "x0": x0, "x1": x0 + len(text) * width, "top": top, "bottom": top + 9, "chars": chars}

    # "Revised target date" overflowed up to "Owner" in the next cell: pdfplumber read "dateOwner"
    rules = {(300.0, 95.0, 115.0), (300.0, 60.0, 80.0)}
    split = _split_at_rules([word("dateOwner", 280.0)], rules)
    assert [(w["text"], w["x0"]) for w in split] == [("date", 280.0), ("Owner", 300.0)]
    # a heading spanning both columns has no rule in its own row (60-80 is the row above): kept whole
    assert [w["text"] for w in _split_at_rules([word("February", 290.0, top=130.0)], rules)] == ["February"]


def test_a_key_grid_stacked_over_a_plan_grid_keeps_each_tables_columns(tmp_path):
    """A key of abbreviations printed as a full grid just above the plan, as wide as it: the page-wide
    rules the two share are no one banded table, so the key's upright does not cut the plan's cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=8, leading=10)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    key = Table([["Abbreviation", "Role"], ["HoP", "Head of Property"], ["CFO", "Chief Finance Officer"],
                 ["DoP", "Director of People"]], colWidths=[95, 415])  # fmt: skip
    key.setStyle(grid)
    head = ["Ref", "Finding", "What we will do", "Who", "Due", "Latest position"]
    rows = [head] + [[f"{i}", f"Finding number {i} of the review team", f"Draft and agree the response to finding {i} with the team",
                      "HoP / CFO", "June 2026", f"Work on finding {i} has started."] for i in range(1, 7)]  # fmt: skip
    plan = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[30, 95, 130, 60, 55, 140])
    plan.setStyle(grid)
    path = tmp_path / "key_over_plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([key, Spacer(1, 14), plan])
    doc = extract_pdf(path)
    shapes = [(t.n_cols, len(t.rows)) for t in doc.tables]
    assert shapes == [(2, 4), (6, 7)]
    cells = [c.text for c in doc.tables[1].rows[1].cells]
    assert " ".join(cells[2].split()) == "Draft and agree the response to finding 1 with the team"
    actions = process_file(path, "key_over_plan.pdf").actions
    assert [a["action_ref"] for a in actions] == [str(i) for i in range(1, 7)]
    assert actions[0]["lead_officers"] == ["Head of Property", "Chief Finance Officer"]


def test_a_key_and_its_plan_drawn_with_rules_only_are_two_tables(tmp_path):
    """A report generator draws a key of codes and the plan under it with page-wide rules only and a
    little space between them: the empty band between the two is where one table ends."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=8, leading=10)
    rules = TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    key = Table([["Code", "Post"], ["AD H&C", "Assistant Director, Housing and Communities"], ["HoF", "Head of Finance"],
                 ["CE", "Chief Executive"]], colWidths=[120, 620])  # fmt: skip
    key.setStyle(rules)
    head = ["Ref", "Improvement action", "Lead", "Timescale", "Measure of success"]
    rows = [head] + [[f"{i}.1", f"Carry out improvement step {i} with the service teams", "AD H&C" if i % 2 else "HoF",
                      "March 2026", f"Step {i} signed off by the board"] for i in range(1, 7)]  # fmt: skip
    plan = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[40, 300, 90, 90, 220])
    plan.setStyle(rules)
    path = tmp_path / "rules_key_over_plan.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([key, Spacer(1, 10), plan])
    doc = extract_pdf(path)
    assert [(t.n_cols, len(t.rows)) for t in doc.tables] == [(2, 4), (5, 7)]
    actions = process_file(path, "rules_key_over_plan.pdf").actions
    assert [a["action_ref"] for a in actions] == [f"{i}.1" for i in range(1, 7)]
    assert actions[0]["lead_officers"] == ["Assistant Director, Housing and Communities"]
    assert actions[1]["lead_officers"] == ["Head of Finance"]


def test_a_status_key_above_the_plan_reads_the_codes_of_its_rows(tmp_path):
    """The key of codes is a ruled table over the plan, and a narrow heading 'Assessment / of
    progress' keeps its words apart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    key = Table([["Assessment", "Definition"], ["1 Achieved", "Carried out in full."], ["2 On track", "Going to plan."],
                 ["3 Slipped", "Behind the date agreed."]], colWidths=[120, 300])  # fmt: skip
    key.setStyle(grid)
    rows = [["No.", "Agreed action", "Lead", "Date", "Assessment of progress"]] + [
        [f"{i}", f"Carry out agreed action number {i}", "Head of Housing", "May 2025", str(1 + i % 3)] for i in range(1, 5)]
    plan = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[30, 220, 100, 70, 58])
    plan.setStyle(grid)
    path = tmp_path / "key_first.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Scrutiny monitoring", style), PageBreak(), key, Spacer(1, 12), plan])
    doc = extract_pdf(path)
    assert "Assessment of progress" in [" ".join(c.text.split()) for c in doc.tables[-1].rows[0].cells]
    actions = process_file(path, "key_first.pdf").actions
    assert [(a["status"], a["status_raw"]) for a in actions] == [
        ("on_track", "2"), ("at_risk", "3"), ("completed", "1"), ("on_track", "2")]


def test_a_rules_only_row_the_page_break_cut_with_no_rule_under_it_is_kept(tmp_path):
    """A report generator draws rules only, and draws none under a row it continues on the next page:
    the row's words below the page's last rule are its first part, joined to the rest over the page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    head = ["Ref", "Agreed action", "Owner", "Due", "Update"]
    long_update = " ".join(f"Stage {i} of the records cleanse was checked by the audit team." for i in range(1, 22))
    rows = [head] + [[f"IA/{i:02d}", f"Put control {i} in place across the service", "Audit Manager", "May 2025", "Done."]
                     for i in range(1, 14)] + [["IA/14", "Cleanse the tenancy records", "Audit Manager", "June 2025", long_update]]  # fmt: skip
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[50, 220, 110, 80, 300], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    path = tmp_path / "rules_split_row.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Audit actions", getSampleStyleSheet()["Heading1"]), table])
    actions = process_file(path, "rules_split_row.pdf").actions
    assert [a["action_ref"] for a in actions] == [f"IA/{i:02d}" for i in range(1, 15)]
    assert " ".join(actions[-1]["progress"].split()) == long_update


def _rules_report(path, sections, head, widths, spans=(), fills=()):
    """A report generator's plan: a large heading per section, then a table drawn with horizontal
    rules only under each cell (none under a cell merged down), all tables as wide as each other."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("c", fontSize=8, leading=10)
    bold = cell.clone("b", fontName="Helvetica-Bold")
    story = []
    for title, rows in sections:
        story.append(Paragraph(title, styles["Heading2"]))
        data = [[Paragraph(h, bold) for h in head]] + [[Paragraph(c, cell) if c else "" for c in r] for r in rows]
        table = Table(data, colWidths=widths, repeatRows=1)
        style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
        style += [("SPAN", a, b) for a, b in spans if b[1] <= len(rows)]
        style += [("BACKGROUND", a, a, c) for a, c in fills if a[1] <= len(rows)]
        table.setStyle(TableStyle(style))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_rules_only_tables_under_large_headings_keep_a_cell_merged_down_whole(tmp_path):
    """Each objective's cell is merged down over its tasks, so no rule runs under it and its words
    fall into the next band; a large heading between two tables whose rules share both ends is no
    row of either; the last table, of two rows, is laid out as the ones above it."""
    objective = "Make sure every tenant who reports a repair hears back within two working days"
    head = ["Finding", "Task", "Responsible", "By when"]
    rows = [[objective, "Publish the repair response standard", "Repairs Manager", "June 2024"],
            ["", "Text tenants when an operative is on the way", "Repairs Manager", "August 2024"],
            ["Cut the backlog", "Bring in a second contractor for damp cases", "Head of Property", "May 2024"]]  # fmt: skip
    spans = [((0, 1), (0, 2))]
    path = _rules_report(
        tmp_path / "rules_headings.pdf",
        [("Priority A: Repairs", rows), ("Priority B: Voids", rows), ("Priority C: Lettings", rows[:2])],
        head, [230, 260, 140, 100], spans=spans,
    )  # fmt: skip
    doc = extract_pdf(path)
    assert all("Priority" not in c.text for t in doc.tables for r in t.rows for c in r.cells)
    actions = process_file(path, "rules_headings.pdf").actions
    assert [a["theme"] for a in actions] == ["Priority A: Repairs"] * 3 + ["Priority B: Voids"] * 3 + ["Priority C: Lettings"] * 2
    assert [a["area_for_improvement"] for a in actions[:3]] == [objective, objective, "Cut the backlog"]
    assert actions[-1]["area_for_improvement"] == objective
    assert actions[1]["action"] == "Text tenants when an operative is on the way"


def test_a_rules_only_column_shown_only_by_fills_keeps_its_heading(tmp_path):
    """A RAG column holds no words, only cell colours: its bold heading alone says it is a column, so
    the percentages beside it stay in their own column."""
    head = ["Task", "Owner", "% done", "RAG"]
    rows = [[f"Carry out stage {i} of the digital inclusion programme", "ICT Manager", f"{10 * i}%", ""] for i in range(1, 6)]
    fills = [((3, i), colors.HexColor("#00B050")) for i in range(1, 6)]
    path = _rules_report(tmp_path / "rules_rag.pdf", [("Digital inclusion", rows)], head, [380, 160, 80, 60], fills=fills)
    actions = process_file(path, "rules_rag.pdf").actions
    assert [a["percent_complete"] for a in actions] == [10.0, 20.0, 30.0, 40.0, 50.0]
    assert {a["rag"] for a in actions} == {"green"}


def test_a_grid_row_the_page_break_cut_beside_a_filled_rag_cell_keeps_its_words(tmp_path):
    """A report generator's grid splits a long row over the page break: the RAG fill runs to the
    page's foot and closes only its own cell, the rest of the row is open below. The row's words
    are its own (not lost in the grid's box), and the issue cut in two is whole again."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    head = ["No.", "Issue raised", "Task", "Owner", "Deadline", "RAG"]
    issue = " ".join(["Tenants told the review that complaints about damp were closed before the work was done."] * 3)
    task = " ".join(f"Step {i}: check each closed damp case with the tenant before it is signed off." for i in range(1, 9))
    rows = [head] + [[f"{i}", f"Issue number {i} raised by the review of the repairs service", f"Put right issue {i} with the repairs contractor",
                      "Repairs Manager", "May 2025", ""] for i in range(1, 13)] + [["13", issue, task, "Head of Housing", "June 2025", ""]]  # fmt: skip
    rows = [[Paragraph(c, style) if c else "" for c in r] for r in rows]
    table = Table(rows, colWidths=[40, 220, 300, 110, 70, 40], repeatRows=1, splitByRow=0, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("BACKGROUND", (5, i), (5, i), colors.HexColor("#FFC000")) for i in range(1, 14)]))  # fmt: skip
    path = tmp_path / "grid_cut_row.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Damp and mould actions", getSampleStyleSheet()["Heading1"]), table])
    assert extract_pdf(path).pages == 2
    actions = process_file(path, "grid_cut_row.pdf").actions
    assert [a["action_ref"] for a in actions] == [str(i) for i in range(1, 14)]
    last = actions[-1]
    assert " ".join(last["area_for_improvement"].split()) == issue
    assert " ".join(last["action"].split()) == task
    assert last["rag"] == "amber"


def test_a_grid_cell_merged_down_over_the_page_break_is_read_on_both_pages(tmp_path):
    """A browser prints an area merged down over two actions and cut by the page break: on the first
    page its cell has no rule under it (pdfplumber closes no cell there), on the next the cut row has
    no rule over it. Both parts are read, and the area is one sentence for both actions."""
    from reportlab.pdfgen import canvas as rl_canvas

    path = tmp_path / "open_cells.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=(600, 400))
    xs = [40, 80, 260, 460, 560]
    edge = 640 - 80

    def text(x, top, s):
        c.setFont("Helvetica", 8)
        c.drawString(x + 3, 400 - top - 8, s)

    def rule(top, x0=40, x1=edge):
        c.line(x0, 400 - top, x1, 400 - top)

    def uprights(top, bottom):
        for x in xs + [edge]:
            c.line(x, 400 - top, x, 400 - bottom)

    c.drawString(40, 360, "Planning service improvement plan")
    uprights(100, 230)
    for top in (100, 120, 160):
        rule(top)
    rule(200, 80 + 180, edge)  # under every cell but the area, which runs on
    rule(200, 40, 80)
    for x, s in zip(xs, ["Ref", "Area for improvement", "Action", "Lead Officer", "Target date"], strict=True):
        text(x, 104, s)
    for x, s in zip(xs, ["1a", "Speed up decisions", "Bring in agency planners", "Development Manager", "June 2023"], strict=True):
        text(x, 124, s)
    for x, s in zip(xs[:1] + xs[2:], ["2a", "Publish the new scheme", "Policy Manager", "July 2023"], strict=True):
        text(x, 164, s)
    for k, line in enumerate(["Keep the review on track", "and set out a clear"]):
        text(80, 164 + 12 * k + (36 if k else 0), line)
    c.showPage()
    uprights(50, 130)
    rule(90)
    rule(130)
    for x, s in zip(xs, ["2b", "timetable in the scheme", "Consult on the review", "Policy Manager", "Q4 2023/24"], strict=True):
        text(x, 56, s)
    for x, s in zip(xs, ["3a", "Improve enforcement", "Close the oldest cases", "Enforcement Manager", "March 2024"], strict=True):
        text(x, 96, s)
    c.showPage()
    c.save()
    actions = process_file(path, "open_cells.pdf").actions
    assert [a["action_ref"] for a in actions] == ["1a", "2a", "2b", "3a"]
    area = "Keep the review on track and set out a clear timetable in the scheme"
    assert [a["area_for_improvement"] for a in actions] == ["Speed up decisions", area, area, "Improve enforcement"]
    assert actions[2]["action"] == "Consult on the review"


def test_a_rules_only_tracker_with_merged_groups_and_filled_status_cells_keeps_every_row(tmp_path):
    """A regulator's tracker from a report generator: each report's cells merged down over its
    recommendations (rules broken there, the last group's too), status cells filled with colour
    (their edges stack into a grid of their own), and a group heading over two columns."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=8, leading=10)
    bold = style.clone("b", fontName="Helvetica-Bold")
    head1 = ["Inspection", "", "Finding", "", "Agreed action", "Lead", "Due", "Status"]
    head2 = ["No.", "Inspector", "Ref", "Finding", "", "", "", ""]
    body = []
    for i in range(1, 10):
        group = (i - 1) // 3
        body.append([str(i), f"Inspector {group + 1}" if (i - 1) % 3 == 0 else "", f"F{i}",
                     f"Finding number {i} about the way cases are allocated and reviewed",
                     f"Carry out improvement {i} across the front door service", "Head of Service", "March 2026",
                     ["On track", "Complete", "Not started"][i % 3]])  # fmt: skip
    data = [[Paragraph(c, bold) for c in head1], [Paragraph(c, bold) for c in head2]] + [
        [Paragraph(c, style) for c in r] for r in body]  # fmt: skip
    table = Table(data, colWidths=[30, 70, 30, 200, 200, 90, 60, 60], repeatRows=2)
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (2, 0), (3, 0))]  # fmt: skip
    cmds += [("SPAN", (1, r), (1, r + 2)) for r in (2, 5, 8)]
    colours = {"On track": "#92D050", "Complete": "#9DC3E6", "Not started": "#D9D9D9"}
    cmds += [("BACKGROUND", (7, 2 + k), (7, 2 + k), colors.HexColor(colours[r[7]])) for k, r in enumerate(body)]
    table.setStyle(TableStyle(cmds))
    path = tmp_path / "tracker.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Inspection tracker", getSampleStyleSheet()["Heading1"]), table])
    doc = extract_pdf(path)
    assert any("Finding\nRef" == c.text for c in doc.tables[0].rows[0].cells)
    actions = process_file(path, "tracker.pdf").actions
    assert [a["action"] for a in actions] == [f"Carry out improvement {i} across the front door service" for i in range(1, 10)]
    assert [a["status_raw"] for a in actions] == [r[7] for r in body]


def test_a_rules_only_plan_with_banners_and_a_colour_only_rag_column_keeps_it_on_every_page(tmp_path):
    """A report generator's plan: rules under rows only, a shaded banner row across the table per
    objective, a RAG column shown only by cell colours, rows split over the page break. The banners
    run across the RAG column's heading (it is still a column), and the RAG fills' upright edges
    make a two-column "grid" that must not swallow the page's rows, the row the break cut included."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"].clone("c", fontSize=9, leading=11)
    bold = style.clone("b", fontName="Helvetica-Bold")
    head = ["Ref", "What we will do", "Owner", "By when", "Update at 30 June 2025", "RAG"]
    data, cmds, refs, rag = [[Paragraph(c, bold) for c in head]], [], [], {}
    colours = {"green": "#00B050", "amber": "#FFC000", "red": "#FF0000"}
    for g in range(1, 5):
        data.append([Paragraph(f"Objective {'ABCD'[g - 1]}: make the service easier to reach for the people who need it most, and report "
                               "to the committee each quarter on how far it has come", bold)] + [""] * 5)
        r = len(data) - 1
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9D9D9"))]
        for k in range(1, 4):
            ref = f"{g}.{k}"
            refs.append(ref)
            rag[ref] = ["green", "amber", "red"][(g + k) % 3]
            update = " ".join(["The team met the partners and agreed the next steps for the year ahead."] * (3 + k + g))
            data.append([Paragraph(c, style) for c in (ref, f"Carry out step {ref} of the access review with partners", "Service Manager", "March 2026", update)] + [""])
            cmds.append(("BACKGROUND", (5, len(data) - 1), (5, len(data) - 1), colors.HexColor(colours[rag[ref]])))
    cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    cmds += [("LINEBELOW", (0, i), (-1, i), 0.5, colors.black) for i in range(len(data))]
    table = Table(data, colWidths=[30, 140, 70, 55, 170, 30], repeatRows=1, splitByRow=0, splitInRow=1)
    table.setStyle(TableStyle(cmds))
    path = tmp_path / "rules_banners_rag.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Access review action plan", getSampleStyleSheet()["Heading1"]), table])
    import pdfplumber

    with pdfplumber.open(path) as pdf:  # the shape under test: a RAG fill runs below the page's last rule
        assert any(max(r["bottom"] for r in pg.rects) > max(e["top"] for e in pg.lines) + 5 for pg in pdf.pages[:-1])
    actions = process_file(path, "rules_banners_rag.pdf").actions
    assert [a["action_ref"] for a in actions] == refs
    assert [a["rag"] for a in actions] == [rag[r] for r in refs]
    assert all(a["progress"] and a["progress"].startswith("The team met") for a in actions)
    assert actions[0]["theme"].startswith("Objective A:")

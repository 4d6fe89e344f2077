"""A theme named in the section heading over each table, after a label saying what the table lists
("ACTIONS - Theme: ...", a performance system's print), in words no sample used."""

import docx

from pipeline.process import process_file

THEMES = ["4. Safer streets and public spaces", "5. A thriving town centre"]


def _plan(path):
    d = docx.Document()
    d.add_heading("Quarter 2 delivery report", level=1)
    for n, theme in enumerate(THEMES):
        d.add_heading(f"Key tasks \u2013 Objective: {theme}", level=2)
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(t.rows[0].cells, ["Task ID", "Task", "Due", "Responsible officer"], strict=True):
            c.text = h
        for k in range(1, 4):
            cells = t.add_row().cells
            cells[0].text, cells[1].text = f"T{n}{k}", f"Carry out task {k} under objective {n + 4}"
            cells[2].text, cells[3].text = "31/03/2026", "Head of Place"
    d.save(str(path))
    return path


def test_a_section_headings_labelled_theme_is_each_tables_theme(tmp_path):
    actions = process_file(_plan(tmp_path / "q2.docx"), "q2.docx").actions
    assert [a["action_ref"] for a in actions] == [f"T{n}{k}" for n in range(2) for k in range(1, 4)]
    assert [a["theme"] for a in actions] == [THEMES[0]] * 3 + [THEMES[1]] * 3


def test_a_hyphenated_label_is_not_a_listing_prefix():
    from pipeline.assembly import _LISTING_THEME

    assert _LISTING_THEME.match("Sub-Priority: Homes") is None  # a theme label of its own, kept whole
    assert _LISTING_THEME.match("MEASURES | Outcome: Cleaner air").group("value") == "Cleaner air"

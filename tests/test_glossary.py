"""The per-document glossary: keys, key lines, definitions and lists, and the lead cells they explain,
on document models and on a DOCX and a PDF the tests build."""

from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from extractors.model import Block, Cell, Document, Row
from extractors.model import Table as ModelTable
from pipeline.glossary import document_glossary
from pipeline.normalise.officers import split_officers
from pipeline.process import process_file


def _doc(*items) -> Document:
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            out.append(Block(item))
        else:
            out.append(ModelTable([Row([Cell(t) for t in r]) for r in item], index=i))
    return Document(Path("x.txt"), "text", out)


@pytest.mark.parametrize(
    "table",
    [
        [["Initials", "Name", "Post"], ["AP", "Alice Patel", "Head of Finance"], ["JS", "Jo Smith", "Head of Housing"]],
        [["Post", "Officer", "Initials"], ["Head of Finance", "Alice Patel", "AP"], ["Head of Housing", "Jo Smith", "JS"]],
        [["AP", "Alice Patel", "Head of Finance"], ["JS", "Jo Smith", "Head of Housing"]],  # no headings: cells
        [["Head of Finance", "AP", "Alice Patel"], ["Head of Housing", "JS", "Jo Smith"]],
    ],
)  # fmt: skip
def test_key_table_in_any_column_order(table):
    g = document_glossary(_doc("Action plan", table))
    assert g["AP"] == "Head of Finance" and g["JS"] == "Head of Housing"
    assert g.people["AP"] == ("Alice Patel", "Head of Finance")
    result = split_officers("AP / Jo Smith", g)
    assert (result.posts, result.names) == (
        ["Head of Finance", "Head of Housing"],
        ["Alice Patel", "Jo Smith"],
    )


def test_abbreviation_meaning_table_and_words_inside_posts():
    table = [["Abbreviation", "Meaning"], ["DCCS", "Director of Customer and Community Services"],
             ["CCS", "Customer and Community Services"], ["RAG", "Red, Amber, Green"]]  # fmt: skip
    g = document_glossary(_doc(table))
    assert g["DCCS"] == "Director of Customer and Community Services"
    assert split_officers("Head of CCS", g).posts == ["Head of Customer and Community Services"]
    assert split_officers("DCCS and Chief Executive", g).posts == [
        "Director of Customer and Community Services",
        "Chief Executive",
    ]


def test_a_name_and_post_table_maps_names_to_posts():
    g = document_glossary(
        _doc([["Name", "Job title"], ["Tom Webb", "Head of Housing"], ["Ann Lee", "Planning Manager"]])
    )
    assert split_officers("Tom Webb", g).posts == ["Head of Housing"]
    assert split_officers("T. Webb & Ann Lee", g).posts == ["Head of Housing", "Planning Manager"]


def test_a_plan_table_is_not_a_key():
    plan = [["Ref", "Action", "Lead", "Due"], ["1.1", "Adopt a plan", "AP", "March 2024"],
            ["1.2", "Publish the strategy", "Head of Finance", "June 2024"]]  # fmt: skip
    g = document_glossary(_doc(plan))
    assert "1.1" not in g and "AP" not in g and not g.people


def test_key_lines_lists_and_definitions():
    g = document_glossary(
        _doc(
            "Key to officers: AP = Head of Finance; JS = Jo Smith, Head of Housing",
            "\u2022 RT \u2013 Monitoring Officer",
            "The Director of Customer and Community Services (DCCS) leads.",
            "Tom Webb \u2013 Head of Regeneration",
            "Status: RAG = Red, Amber, Green; Q1 = first quarter",
        )
    )
    assert g["AP"] == "Head of Finance" and g["JS"] == "Head of Housing" and g["RT"] == "Monitoring Officer"
    assert g["DCCS"] == "Director of Customer and Community Services"
    assert g.people["JS"] == ("Jo Smith", "Head of Housing")
    assert split_officers("Tom Webb", g).posts == ["Head of Regeneration"]
    assert "RAG" not in g and "Q1" not in g


def test_keys_do_not_cross_documents():
    first = document_glossary(_doc("AP = Head of Finance"))
    second = document_glossary(_doc("Nothing defined here"))
    assert split_officers("AP", first).posts == ["Head of Finance"]
    assert split_officers("AP", second).posts == ["AP"]


# --- whole papers: a DOCX and a PDF built here, read by process_file ------------------------------------

HEAD = ["Ref", "Action", "Lead officer", "Target date", "Progress"]
KEY_TABLE = [["Initials", "Name", "Post"], ["AP", "Alice Patel", "Head of Finance"], ["JS", "Jo Smith", "Head of Housing"],
             ["TW", "Tom Webb", "Regeneration Manager"]]  # fmt: skip
PLAN = [
    ["1.1", "Publish the medium term financial strategy", "AP", "March 2024", "On track."],
    ["1.2", "Review the reserves policy", "ditto", "June 2024", "On track."],
    ["1.3", "Let void homes within twenty days", "JS / Head of Legal", "July 2024", "In progress."],
    ["1.4", "Refresh the allocations policy", "ditto ditto", "August 2024", "Not started."],
    ["1.5", "Adopt the town centre masterplan", "Ditto / Regeneration Manager", "May 2024", "Completed."],
    ["1.6", "Update the constitution", "Head of Legal \u2013 R. Osei", "April 2024", "Completed."],
    ["1.7", "Open the community hub", "Tom Webb", "October 2024", "On track."],
    ["1.8", "Agree the housing strategy", "Portfolio Holder for Housing", "May 2024", "On track."],
    ["1.9", "Joint health plan", "NHS Kent and Medway", "June 2024", "On track."],
    ["1.10", "Train staff on the register", "\u3003", "June 2024", "On track."],
]
EXPECTED = {
    "1.1": (["Head of Finance"], ["Alice Patel"]),
    "1.2": (["Head of Finance"], ["Alice Patel"]),
    "1.3": (["Head of Housing", "Head of Legal"], ["Jo Smith"]),
    "1.4": (["Head of Housing", "Head of Legal"], ["Jo Smith"]),
    "1.5": (["Head of Housing", "Regeneration Manager"], ["Jo Smith"]),  # the ditto takes the post in its place
    "1.6": (["Head of Legal"], ["R. Osei"]),
    "1.7": (["Regeneration Manager"], ["Tom Webb"]),
    "1.8": (["Portfolio Holder for Housing"], []),
    "1.9": (["NHS Kent and Medway"], []),
    "1.10": (["NHS Kent and Medway"], []),
}


def _check(actions):
    got = {a["action_ref"]: (a["lead_officers"], a["lead_names"]) for a in actions}
    assert got == EXPECTED
    raw = {a["action_ref"]: a["lead_officers_raw"] for a in actions}
    assert raw["1.6"] == "Head of Legal \u2013 R. Osei" and raw["1.5"] == "Ditto / Regeneration Manager"
    families = {a["action_ref"]: a["lead_role_families"] for a in actions}
    assert families["1.8"] == ["member_body"] and families["1.1"] == ["head_of_service"]


def test_docx_key_table_and_dittos(tmp_path):
    d = docx.Document()
    d.add_heading("Housing and Finance Improvement Plan", 1)
    d.add_paragraph("Officers named in this plan:")
    for rows in (KEY_TABLE, [HEAD] + PLAN):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        d.add_paragraph("")
    path = tmp_path / "plan.docx"
    d.save(path)
    result = process_file(path, "plan.docx")
    assert result.document["parse_status"] == "ok", result.errors
    _check(result.actions)


def test_pdf_key_lines_and_dittos(tmp_path):
    style = getSampleStyleSheet()
    body = style["BodyText"].clone("cell", fontSize=9, leading=11)
    path = tmp_path / "plan.pdf"
    plan = [[c.replace("\u3003", '"') for c in r] for r in PLAN]  # reportlab's Helvetica has no 〃
    table = Table([[Paragraph(c, body) for c in r] for r in [HEAD] + plan], repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story = [
        Paragraph("Housing and Finance Improvement Plan", style["Heading1"]),
        Spacer(1, 6),
        table,
        Spacer(1, 12),
        Paragraph("Key: AP = Alice Patel, Head of Finance; JS = Jo Smith, Head of Housing", body),
        Paragraph("TW = Tom Webb, Regeneration Manager", body),
    ]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), topMargin=40, bottomMargin=40).build(story)
    result = process_file(path, "plan.pdf")
    assert result.document["parse_status"] == "ok", result.errors
    _check(result.actions)


def test_a_key_inside_a_wider_grid_with_a_caption_row_is_read():
    """A PDF's plan and key in one grid: the key has empty columns and a caption above its heading."""
    from pathlib import Path

    from extractors.model import Cell, Document, Row, Table
    from pipeline.glossary import document_glossary

    cells = [
        ["Who leads: the initials used above", "", "", "", "", ""],
        ["Initials", "Post", "", "", "", ""],
        ["HoP", "Head of Planning", "", "", "", ""],
        ["EHM", "Environmental Health Manager", "", "", "", ""],
    ]
    table = Table(rows=[Row(cells=[Cell(text=t) for t in r]) for r in cells])
    glossary = document_glossary(Document(source=Path("x.pdf"), file_format="pdf", items=[table]))
    assert glossary.get("HoP") and glossary.get("EHM")


def test_a_key_column_headed_as_posts_holds_posts_whatever_their_last_word():
    """'Owner' and 'Role' head the posts of a key; hyphenated codes ('HD-ASC') are initials too."""
    key = [["Code", "Owner"], ["HD-ASC", "Head of Adult Social Care"], ["LOCM", "Local Offer Co-ordinator for SEN"],
           ["TM", "Transformation Manager"]]  # fmt: skip
    g = document_glossary(_doc("Key to owners", key))
    assert split_officers("HD-ASC / LOCM", g).posts == ["Head of Adult Social Care", "Local Offer Co-ordinator for SEN"]
    people = [["Initials", "Name", "Role"], ["RG", "Ruth Green", "Designated Clinical Officer for SEND"],
              ["AE", "Alan Eyre", "Assistant Director Education"]]  # fmt: skip
    result = split_officers("RG", document_glossary(_doc(people)))
    assert (result.posts, result.names) == (["Designated Clinical Officer for SEND"], ["Ruth Green"])


def test_owner_may_head_the_initials_or_the_posts_and_the_cells_decide():
    initials_first = [["Owner", "Post"], ["HCS", "Head of Community Safety"], ["PSW", "Principal Social Worker"]]
    posts_second = [["Initials", "Owner"], ["HCS", "Head of Community Safety"], ["PSW", "Principal Social Worker"]]
    for key in (initials_first, posts_second):
        g = document_glossary(_doc("Owner key", key))
        assert split_officers("HCS / PSW", g).posts == ["Head of Community Safety", "Principal Social Worker"]


def test_a_key_of_status_codes_reads_the_plans_codes(tmp_path):
    """'1 Done', '2 On course', ... or a symbol beside its meaning: the plan's code cells take the
    status the key gives them, the gravest its description names; status_raw keeps the code."""
    import docx

    d = docx.Document()
    d.add_paragraph("Scrutiny recommendations: progress")
    key = d.add_table(rows=0, cols=2)
    for code, meaning in [("Code", "What it means"), ("1 Done", "The recommendation has been carried out."),
                          ("2 On course", "Work is progressing as planned."),
                          ("3", "Progressing, but with some slippage against the date agreed."),
                          ("4 Not achieved", "The recommendation will not be carried out.")]:  # fmt: skip
        row = key.add_row().cells
        row[0].text, row[1].text = code, meaning
    d.add_paragraph("")
    plan = d.add_table(rows=0, cols=5)
    for cells in [("No.", "Agreed action", "Lead officer", "Target date", "Rating"),
                  ("1", "Publish the parking review", "Head of Parking", "May 2025", "1"),
                  ("2", "Consult traders on loading bays", "Head of Parking", "July 2025", "3"),
                  ("3", "Review permit charges", "Head of Finance", "2025/26", "2")]:  # fmt: skip
        row = plan.add_row().cells
        for c, t in zip(row, cells, strict=True):
            c.text = t
    path = tmp_path / "codes.docx"
    d.save(path)
    actions = process_file(path, "codes.docx").actions
    assert [(a["status"], a["status_raw"]) for a in actions] == [("completed", "1"), ("at_risk", "3"), ("on_track", "2")]


def test_a_timescale_key_gives_the_deadline_of_a_due_cell_that_prints_only_its_term(tmp_path):
    """'Immediate (by end of June 2024)' printed over the plan: a due cell 'Immediate' is due then;
    an open-ended term ('Long term - after 2026') and one without a date set no deadline."""
    g = document_glossary(_doc("Quick win: by 30 April 2024", "Immediate (by end of June 2024)",
                               "Long term - after 2026", "Medium term = within a year",
                               [["Key", ""], ["Later", "December 2025"]]))  # fmt: skip
    assert g.timescales == {"quick win": "by 30 April 2024", "immediate": "by end of June 2024", "later": "December 2025"}

    d = docx.Document()
    d.add_paragraph("Timescales: Quick win: by 30 April 2024")
    d.add_paragraph("Quick win: by 30 April 2024")
    d.add_paragraph("Later – December 2025")
    d.add_paragraph("Long term – after 2026")
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead Officer", "Timescale"], strict=True):
        c.text = h
    for ref, due in (("1", "Quick win"), ("2", "Later"), ("3", "Long term"), ("4", "Quick win / Later")):
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, f"Carry out improvement step {ref}", "Head of Housing", due], strict=True):
            c.text = v
    path = tmp_path / "timescales.docx"
    d.save(path)
    actions = process_file(path, "timescales.docx").actions
    assert [(a["due_raw"], str(a["due_date"]), a["due_precision"]) for a in actions] == [
        ("Quick win", "2024-04-30", "day"), ("Later", "2025-12-31", "month"), ("Long term", "None", None),
        ("Quick win / Later", "2025-12-31", "month")]  # fmt: skip


def test_a_key_of_partner_agencies_expands_their_codes_whole():
    """'Acronym | Agency': the meanings are bodies' names, kept whole ('... Police and Crime
    Commissioner' is one body), and a lead cell of codes names each body."""
    g = document_glossary(_doc([["Acronym", "Agency"], ["TVP", "Thames Valley Police"],
                                ["OPCCTV", "Office of the Police and Crime Commissioner for Thames Valley"],
                                ["RFRS", "Royal Berkshire Fire and Rescue Service"]]))  # fmt: skip
    assert g["OPCCTV"] == "Office of the Police and Crime Commissioner for Thames Valley"
    assert split_officers("TVP / OPCCTV / RFRS", g).posts == [
        "Thames Valley Police", "Office of the Police and Crime Commissioner for Thames Valley",
        "Royal Berkshire Fire and Rescue Service"]  # fmt: skip

"""DOCX extractor features, on small Word files the tests build with python-docx."""

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from extractors.docx import extract_docx
from extractors.model import DocumentLoadError, Table
from pipeline.assembly import assemble

HEAD = ["Theme", "Area for Improvement", "Action", "Completion Date", "Lead Officer(s)", "Progress"]


def _plan(rows, header_repeat=False):
    d = docx.Document()
    d.add_paragraph("Improvement Plan 2024")
    t = d.add_table(rows=1 + len(rows), cols=len(HEAD))
    for c, h in enumerate(HEAD):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    if header_repeat:
        trpr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        trpr.append(el)
    return d, t


def _save(d, tmp_path, name="plan.docx") -> Path:
    p = tmp_path / name
    d.save(p)
    return p


def test_body_in_document_order_with_heading_above_table(tmp_path):
    d, _ = _plan([["Finance", "Savings", "1. Review budgets", "March 2014", "CMT", "On target."]])
    doc = extract_docx(_save(d, tmp_path))
    assert doc.items[0].text == "Improvement Plan 2024"
    assert isinstance(doc.items[1], Table)


def test_vertical_merge_carries_down_without_duplicating(tmp_path):
    d, t = _plan(
        [
            ["Finance", "Savings", "1. A", "May 2013", "CMT", "Done"],
            ["", "", "2. B", "June 2013", "CMT", "On target."],
        ]
    )
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    doc = extract_docx(_save(d, tmp_path))
    row2 = doc.tables[0].rows[2]
    assert row2.cells[0].merged and row2.cells[0].text == ""
    a, b = assemble(doc)
    assert (b.theme, b.area) == ("Finance", "Savings")
    assert "Finance" not in b.action_text


def test_horizontal_span_becomes_a_banner_theme(tmp_path):
    d = docx.Document()
    head = ["Ref", "Action", "Lead", "Due", "Progress"]
    t = d.add_table(rows=3, cols=5)
    for c, h in enumerate(head):
        t.cell(0, c).text = h
    banner = t.cell(1, 0).merge(t.cell(1, 4))
    banner.text = "Priority 2: Customers"
    for c, v in enumerate(["2.1", "Improve the website", "Head of ICT", "Q2 2024/25", "In progress"]):
        t.cell(2, c).text = v
    doc = extract_docx(_save(d, tmp_path))
    assert doc.tables[0].rows[1].cells[0].col_span == 5
    (a,) = assemble(doc)
    assert (a.ref, a.theme) == ("2.1", "Priority 2: Customers")


def test_bullets_bold_and_shading(tmp_path):
    d, t = _plan([["Finance", "", "", "May 2013", "CMT", ""]])
    cell = t.cell(1, 2)
    cell.paragraphs[0].text = "3. Hold an awayday to:"
    cell.add_paragraph("Agree a vision", style="List Bullet")
    cell.add_paragraph("Decide priorities", style="List Bullet")
    progress = t.cell(1, 5).paragraphs[0]
    progress.add_run("Achieved.").bold = True
    progress.add_run(" Held in May.")
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "00B050")
    t.cell(1, 5)._tc.get_or_add_tcPr().append(shd)
    doc = extract_docx(_save(d, tmp_path))
    cells = doc.tables[0].rows[1].cells
    assert cells[2].text == "3. Hold an awayday to:\n\u2022 Agree a vision\n\u2022 Decide priorities"
    assert cells[5].bold_prefix == "Achieved."
    assert cells[5].fill == "00B050"


def _revision(kind: str, text_tag: str, text: str, rev_id: int):
    """A tracked change as Word writes it: <w:ins|w:del><w:r><w:t|w:delText>text</...></w:r></...>."""
    change = OxmlElement(kind)
    change.set(qn("w:id"), str(rev_id))
    change.set(qn("w:author"), "reviewer")
    run, t = OxmlElement("w:r"), OxmlElement(text_tag)
    t.text = text
    run.append(t)
    change.append(run)
    return change


def test_tracked_changes_keep_insertions_and_drop_deletions(tmp_path):
    d, t = _plan([["Finance", "Savings", "1. Review budgets", "March 2014", "CMT", ""]])
    p = t.cell(1, 5).paragraphs[0]._p
    p.append(_revision("w:del", "w:delText", "Delayed.", 2))
    p.append(_revision("w:ins", "w:t", "On target.", 1))
    doc = extract_docx(_save(d, tmp_path))
    assert doc.tables[0].rows[1].cells[5].text == "On target."


def test_repeating_header_row_and_nested_table(tmp_path):
    d, t = _plan(
        [["Finance", "Savings", "1. Review budgets", "March 2014", "CMT", "On target."]], header_repeat=True
    )
    inner = t.cell(1, 5).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Q1"
    inner.cell(0, 1).text = "Green"
    doc = extract_docx(_save(d, tmp_path))
    assert doc.tables[0].rows[0].is_header
    assert "Green" not in doc.tables[0].rows[1].cells[5].text
    assert [c.text for c in doc.tables[1].rows[0].cells] == ["Q1", "Green"]


def test_title_in_page_header_is_read(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Audit Committee - 12 March 2024"
    d.add_paragraph("Internal Audit Action Tracker")
    doc = extract_docx(_save(d, tmp_path))
    assert [b.text for b in doc.blocks][:2] == [
        "Audit Committee - 12 March 2024",
        "Internal Audit Action Tracker",
    ]


def _zip(tmp_path, files: dict[str, bytes], name="bad.docx") -> Path:
    p = tmp_path / name
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in files.items():
            zf.writestr(n, data)
    return p


def test_not_a_zip_and_missing_document_xml(tmp_path):
    p = tmp_path / "a.docx"
    p.write_bytes(b"hello, not a zip")
    with pytest.raises(DocumentLoadError, match="not a zip"):
        extract_docx(p)
    with pytest.raises(DocumentLoadError, match="no word/document.xml"):
        extract_docx(_zip(tmp_path, {"other.txt": b"x"}))


def test_entity_declarations_are_refused_unexpanded(tmp_path):
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    with pytest.raises(DocumentLoadError, match="DTD or entities"):
        extract_docx(_zip(tmp_path, {"word/document.xml": laughs, "[Content_Types].xml": b"<Types/>"}))


def test_zip_bomb_refused_before_parsing(tmp_path):
    huge = b"<w:document>" + b" " * (80 * 1024 * 1024) + b"</w:document>"
    with pytest.raises(DocumentLoadError, match="refused"):
        extract_docx(_zip(tmp_path, {"word/document.xml": huge}))

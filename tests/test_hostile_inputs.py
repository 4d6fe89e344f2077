"""Hostile and broken input: never crash, never lose data, never trust a file.

One folder holds good papers beside every kind of bad file; the batch must finish, give each
bad file one `documents` row and one `errors.csv` line a person understands, and leave every
good file's rows exactly as a run without the bad files gives them.
"""

import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest import ingest
from pipeline.process import process_file
from schemas.canonical import validate_records

from .conftest import ROOT, SAMPLES
from .pdfs import shapes_only_pdf, text_pdf

GOOD = ["text/001_7622686e2fdd218b.txt", "pdf/001_7622686e2fdd218b.pdf", "docx/001_7622686e2fdd218b.docx"]


def _bad_files(folder: Path) -> dict[str, str]:
    """Write every kind of bad file; name -> a phrase its error must contain."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf_bytes = (SAMPLES / "pdf" / "001_7622686e2fdd218b.pdf").read_bytes()
    docx_bytes = (SAMPLES / "docx" / "001_7622686e2fdd218b.docx").read_bytes()
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, phrase: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = phrase

    put("empty.txt", b"", "empty file")
    put("blank.txt", b"   \n\n", "empty file")
    put("junk.txt", os.urandom(64 * 1024), "binary content")
    put("truncated.pdf", pdf_bytes[: len(pdf_bytes) // 3], "")
    broken_xref = pdf_bytes.replace(b"startxref", b"startxref\n999999999\n%%junk").replace(
        b"xref", b"xrfe", 1
    )
    put("broken xref.pdf", broken_xref, "")
    put("fake.pdf", b"<html>not a pdf</html>", "not a readable PDF")
    text_pdf(folder / "locked.pdf", ["secret"], encrypt="hunter2")
    expected["locked.pdf"] = "encrypted PDF"
    text_pdf(
        folder / "empty-password.pdf",
        ["MELTON BOROUGH COUNCIL"],
        encrypt=StandardEncryption("", ownerPassword="o"),
    )
    expected["empty-password.pdf"] = ""  # opened: an empty user password is no lock
    shapes_only_pdf(folder / "scan.pdf")
    expected["scan.pdf"] = "no text layer; OCR needed"
    put("not-a-zip.docx", b"PK\x03\x04 this is not really a zip", "not a Word document")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document>" + b" " * (70 * 1024 * 1024) + b"</w:document>")
    put("bomb.docx", buf.getvalue(), "zip bomb")
    buf = io.BytesIO()
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><d>&c;</d>'
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", laughs)
    put("laughs.docx", buf.getvalue(), "declares a DTD or entities")
    put("a pdf really.docx", pdf_bytes, "")  # read as PDF: by content
    put("a docx really.pdf", docx_bytes, "")  # read as DOCX
    put("cp1252 ö.txt", "Caf\u00e9 \u2013 Cabinet report\n".encode("cp1252"), "")
    put("utf16.txt", "\ufeffCabinet report for Melton\n".encode("utf-16"), "")
    put("nul.txt", b"Cabinet\x00 report\n", "")
    put("one long line.txt", b"word " * (10 * 1024 * 1024), "")  # a single 50 MB line
    (folder / "sub folder").mkdir()
    put(
        "sub folder/r\u00e9sum\u00e9 \u00fcber.txt",
        "EAST HERTS COUNCIL\nEXECUTIVE \u2013 4 JUNE 2013\n".encode(),
        "",
    )
    outside = folder.parent / "outside.txt"
    outside.write_text("secret outside the input folder")
    (folder / "link.txt").symlink_to(outside)
    expected["link.txt"] = "outside the input folder"
    os.mkfifo(folder / "pipe.txt")  # not a regular file; opening it would block
    expected["pipe.txt"] = "not a regular file"
    return expected


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    mixed, clean = base / "mixed", base / "clean"
    for folder in (mixed, clean):
        for rel in GOOD:
            (folder / Path(rel).parent).mkdir(parents=True, exist_ok=True)
            shutil.copy(SAMPLES / rel, folder / rel)
    expected = _bad_files(mixed)
    ingest(mixed, base / "out-mixed", workers=2, file_timeout=60)
    ingest(clean, base / "out-clean", workers=2)
    return base, expected


def test_batch_finishes_and_every_file_has_one_row(runs):
    base, expected = runs
    docs = pd.read_parquet(base / "out-mixed" / "documents.parquet")
    assert docs["source_file"].is_unique
    assert set(expected) | set(GOOD) == set(docs["source_file"])


def test_bad_files_have_a_clear_one_line_reason(runs):
    base, expected = runs
    docs = pd.read_parquet(base / "out-mixed" / "documents.parquet").set_index("source_file")
    errors = list(csv.DictReader(open(base / "out-mixed" / "errors.csv", encoding="utf-8")))
    for name, phrase in expected.items():
        if not phrase:
            continue
        row = docs.loc[name]
        assert row["parse_status"] in ("failed", "partial"), name
        assert phrase in row["error"] and "\n" not in row["error"], (name, row["error"])
        assert sum(e["source_file"] == name for e in errors) == 1, name
    assert docs.loc["truncated.pdf", "parse_status"] in ("failed", "partial")


def test_files_read_by_content_and_odd_encodings(runs):
    base, _ = runs
    docs = pd.read_parquet(base / "out-mixed" / "documents.parquet").set_index("source_file")
    assert (
        docs.loc["a pdf really.docx", "file_format"] == "pdf"
        and docs.loc["a pdf really.docx", "n_actions"] == 27
    )
    assert (
        docs.loc["a docx really.pdf", "file_format"] == "docx"
        and docs.loc["a docx really.pdf", "n_actions"] == 27
    )
    assert docs.loc["empty-password.pdf", "council"] == "Melton Borough Council"
    assert docs.loc["utf16.txt", "council"] == "Melton Borough Council"
    assert docs.loc["sub folder/r\u00e9sum\u00e9 \u00fcber.txt", "body"] == "Executive"
    assert docs.loc["one long line.txt", "parse_status"] == "ok"


def test_good_files_rows_identical_to_a_run_without_bad_files(runs):
    base, _ = runs
    mixed = pd.read_parquet(base / "out-mixed" / "actions.parquet")
    clean = pd.read_parquet(base / "out-clean" / "actions.parquet")
    key = ["source_file", "table_index", "row_index"]
    mixed = mixed[mixed["source_file"].isin(GOOD)].sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(mixed, clean.sort_values(key).reset_index(drop=True))
    assert len(clean) == 81


def _peak_rss_mb(tmp_path: Path, n_pages: int) -> int:
    """Peak RSS of a fresh process that reads an n-page PDF (pages made by reportlab)."""
    from reportlab.pdfgen import canvas

    path = tmp_path / f"long{n_pages}.pdf"
    c = canvas.Canvas(str(path))
    for i in range(n_pages):
        c.drawString(72, 720, f"Page {i + 1}: minutes of the meeting, item {i}")
        c.showPage()
    c.save()
    code = (
        "import resource; from pathlib import Path; from pipeline.process import process_file;"
        f"r = process_file(Path({str(path)!r}), 'long.pdf'); assert r.document['pages'] == {n_pages}, r.document;"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return int(done.stdout.strip())


def test_thousands_of_pages_keep_memory_bounded(tmp_path):
    """Pages are read and freed one at a time: ten times the pages costs little more memory."""
    small, large = _peak_rss_mb(tmp_path, 300), _peak_rss_mb(tmp_path, 3000)
    assert large - small < 150, (small, large)


@given(st.text(max_size=2000))
def test_any_text_paper_gives_rows_that_satisfy_the_schema(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "paper.txt"
    path.write_bytes(text.encode("utf-8", "replace"))
    result = process_file(path, "paper.txt")
    validate_records("documents", [result.document])
    validate_records("actions", result.actions)
    validate_records("errors", result.errors)


_cell = st.text(
    alphabet=st.characters(blacklist_characters="\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=40
)


@given(st.lists(st.lists(_cell, min_size=6, max_size=6), max_size=6))
def test_any_plan_table_gives_rows_that_satisfy_the_schema(tmp_path_factory, rows):
    header = ["Theme", "Area for Improvement", "Action", "Completion Date", "Lead Officer(s)", "Progress"]
    lines = ["\t".join(header)] + ["\t".join(r) for r in rows]
    path = tmp_path_factory.mktemp("h") / "plan.txt"
    path.write_bytes("\n".join(lines).encode("utf-8", "replace"))
    result = process_file(path, "plan.txt")
    validate_records("documents", [result.document])
    validate_records("actions", result.actions)
    assert all(a["action"] for a in result.actions)

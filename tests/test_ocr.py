"""OCR of scanned pages (issue 15): a scan of each dev PDF reads like its text version.

The scans are built here: every page rendered with pypdfium2 and saved by Pillow as an image-only
PDF. OCR tests skip, saying why, where Tesseract or pytesseract is not installed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extractors import ocr
from pipeline.cli import main
from pipeline.evaluate import ACTION_FIELDS, field_ok, pair_actions
from pipeline.process import process_file

DEV = sorted((Path(__file__).parent.parent / "samples" / "pdf").glob("*.pdf"))
MISSING = ocr.missing()
needs_ocr = pytest.mark.skipif(
    MISSING is not None, reason=f"OCR not installed ({MISSING} missing): {ocr.INSTALL}"
)


def scan(src: Path, dst: Path, dpi: int = 150, pages: int | None = None) -> Path:
    """An image-only copy of `src`, as a scanner makes: each page a greyscale picture."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = []
    for i in range(len(pdf) if pages is None else pages):
        page = pdf[i]
        images.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
        page.close()
    pdf.close()
    images[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dst


@needs_ocr
@pytest.mark.parametrize("src", DEV, ids=lambda p: p.stem[:3])
def test_scanned_dev_pdf_reads_like_its_text_version(src, tmp_path):
    text = process_file(src, src.name)
    scanned = process_file(scan(src, tmp_path / src.name), src.name)
    doc = scanned.document
    assert doc["ocr_confidence"] is not None and doc["ocr_confidence"] > 0.8
    assert "OCR needed" not in (doc["error"] or "")
    for key in ("council", "doc_kind", "meeting_date"):
        assert doc[key] == text.document[key], key
    pairs = pair_actions(text.actions, scanned.actions)
    assert len(pairs) >= 0.9 * len(text.actions)
    if text.actions:
        checked = [
            field_ok(f, text.actions[t][f], scanned.actions[s][f]) for t, s in pairs.items() for f in ACTION_FIELDS
        ]
        assert sum(checked) / len(checked) >= 0.85
        assert {a["extractor"] for a in scanned.actions} == {"pdf+ocr"}
        assert {a["extractor"] for a in text.actions} == {"pdf"}


def test_without_ocr_installed_the_warning_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: "pytesseract")
    out = process_file(scan(DEV[0], tmp_path / "scan.pdf", dpi=50, pages=1), "scan.pdf")
    assert out.document["parse_status"] == "partial"
    assert out.document["error"] == f"page 1: no text layer; OCR needed (install: {ocr.INSTALL})"
    assert out.document["ocr_confidence"] is None


def test_ocr_off_reads_no_image(tmp_path):
    with ocr.configured("off"):
        out = process_file(scan(DEV[0], tmp_path / "scan.pdf", dpi=50, pages=1), "scan.pdf")
    assert "no text layer; OCR needed (--ocr off)" in out.document["error"]
    assert out.document["ocr_confidence"] is None


def test_ocr_force_without_tesseract_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ocr, "missing", lambda: "the tesseract program")
    (tmp_path / "in").mkdir()
    assert main(["ingest", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--ocr", "force"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"committee-papers: error: --ocr force needs the tesseract program, which is not installed: {ocr.INSTALL}"]


def test_ruling_lines_are_found_on_the_image():
    dpi = 100
    gray = np.full((800, 600), 255, dtype=np.uint8)
    gray[100:102, 50:550] = 0  # two rules across the table
    gray[400:402, 50:550] = 0
    gray[100:402, 50:52] = 0  # its sides and one column rule
    gray[100:402, 300:302] = 0
    gray[100:402, 548:550] = 0
    gray[600:610, 50:60] = 0  # a blot: no rule
    edges, _, erase = ocr.find_rules(gray, dpi)
    h = sorted(round(e["top"]) for e in edges if e["orientation"] == "h")
    v = sorted(round(e["x0"]) for e in edges if e["orientation"] == "v")
    assert h == [73, 289] and v == [37, 217, 395]  # pixels * 72 / dpi
    assert len(erase) == 5


def test_garbled_text_layer_is_read_again():
    assert not ocr.text_layer_usable("")
    assert not ocr.text_layer_usable("\ufffd" * 50 + "ab")
    assert ocr.text_layer_usable("Action plan \uf0b7 item")

"""OCR for PDF pages without a usable text layer: Tesseract reads a pypdfium2 rendering of the page.

Scanned plans (older papers, signed-off copies) carry no text layer. Such a page is rendered to an
image, its ruling lines are found on the image (long dark runs, a numpy projection) and erased,
and Tesseract reads the words. Words come back in pdfplumber's word shape (PDF points from the
top-left) and rules as pdfplumber edges, so `extractors/pdf.py` reads a scan with the same table
code as a born-digital page: `OcrPage` offers the few things it asks of a pdfplumber page.

Why Tesseract: the pure-pip `rapidocr-onnxruntime` ships models that drop the spaces between
English words ("EastHertsCouncil"). Tesseract 5 (Debian `tesseract-ocr`, through `pytesseract`,
the `[ocr]` extra) reads these pages well; DPI and PSM below were chosen by measurement on the dev
plan (README, "Scanned papers (OCR)").
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

MODES = ("auto", "off", "force")
DPI = 200  # measured: 300 dpi reads no better on these pages and takes twice as long
PSM = 3  # Tesseract's automatic page segmentation: keeps table cells apart
LANG = "eng"
PAGE_SECONDS = 60.0  # per-file time limit added for each page to OCR (about 10x a measured page)
INSTALL = 'apt-get install tesseract-ocr && pip install -e ".[ocr]"'
ENV_MODE = "COMMITTEE_PAPERS_OCR"  # the default mode where no caller set one

_mode: str | None = None
_on_pages = None  # called with the number of pages about to be OCRed (the runner extends the time limit)


def ocr_mode() -> str:
    mode = _mode or os.environ.get(ENV_MODE, "auto")
    return mode if mode in MODES else "auto"


@contextmanager
def configured(mode: str | None = None, on_pages=None):
    """Run with this OCR mode, and tell `on_pages(n)` before n pages are OCRed (for the time limit)."""
    global _mode, _on_pages
    saved = _mode, _on_pages
    _mode, _on_pages = mode, on_pages
    try:
        yield
    finally:
        _mode, _on_pages = saved


def missing() -> str | None:
    """What is missing for OCR (None: it can run): the Python package or the Tesseract program."""
    import importlib.util

    if importlib.util.find_spec("pytesseract") is None:
        return "pytesseract"
    if shutil.which(os.environ.get("TESSERACT_CMD", "tesseract")) is None:
        return "the tesseract program"
    return None


def state_key(mode: str | None = None) -> str:
    """What OCR a run would do (mode, and whether it can), for the incremental state's stamp."""
    mode = mode or ocr_mode()
    return f"ocr:{mode}:{'missing' if mode != 'off' and missing() else DPI}:{PSM}"


_GARBLED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ufffe\uffff\ue000-\uf8ff]")


def text_layer_usable(text: str) -> bool:
    """False for no text, or text that is mostly control or private-use characters (fonts with no
    Unicode map, which pdfium reads as such): a page to OCR. Symbol bullets alone do not count."""
    stripped = "".join(text.split())
    if not stripped:
        return False
    bad = len(_GARBLED.findall(stripped))
    return bad < 20 or bad < 0.3 * len(stripped)


@dataclass
class OcrPage:
    """What extractors/pdf.py asks of a pdfplumber page, from an OCRed image (PDF points)."""

    page_number: int
    width: float
    height: float
    words: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)  # ruling lines, as pdfplumber edges
    rects: list[dict] = field(default_factory=list)  # filled areas (cell shading), as pdfplumber rects
    confidence: float | None = None  # mean word confidence, 0-1
    seconds: float = 0.0

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @property
    def lines(self) -> list[dict]:
        return self.edges

    @property
    def text(self) -> str:
        """The words as lines of text, top to bottom (for the PDF extractor's page triage)."""
        rows: list[list[dict]] = []
        for w in sorted(self.words, key=lambda w: (w["top"], w["x0"])):
            if rows and abs(w["top"] - rows[-1][0]["top"]) < 0.5 * (w["bottom"] - w["top"]):
                rows[-1].append(w)
            else:
                rows.append([w])
        return "\n".join(" ".join(w["text"] for w in sorted(r, key=lambda w: w["x0"])) for r in rows)

    def extract_words(self, **_settings) -> list[dict]:
        return [dict(w) for w in self.words]

    def find_tables(self, table_settings=None):
        from pdfplumber.table import TableFinder

        return TableFinder(self, table_settings).tables

    def close(self) -> None:
        pass


@dataclass
class OcrResult:
    pages: dict[int, OcrPage] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float | None:
        """Mean word confidence over every OCRed page, weighted by words (None: nothing OCRed)."""
        n = sum(len(p.words) for p in self.pages.values())
        if not n:
            return None
        return round(sum((p.confidence or 0) * len(p.words) for p in self.pages.values()) / n, 4)


def _where(numbers: list[int], total: int | None) -> str:
    if total and len(numbers) == total and total > 1:
        return "every page"
    shown = ", ".join(map(str, numbers[:10])) + (" ..." if len(numbers) > 10 else "")
    return f"page{'s' if len(numbers) > 1 else ''} {shown}"


def ocr_pages(
    path: Path, page_numbers: list[int], mode: str | None = None, total_pages: int | None = None,
    texts: dict[int, str] | None = None,
) -> OcrResult:  # fmt: skip
    """OCR the given 1-based pages of `path` when `mode` allows it and Tesseract is installed.

    Pages that are not read get a warning saying why (and how to install OCR); `texts` (the text
    layer of each page, when known) only words the warning: no text layer, or an unreadable one.
    """
    mode = mode or ocr_mode()
    result = OcrResult()
    if not page_numbers:
        return result
    texts = texts or {}
    empty = [n for n in page_numbers if not texts.get(n, "").strip()]
    garbled = [n for n in page_numbers if n not in empty and not text_layer_usable(texts[n])]
    lacking = missing() if mode != "off" else None
    if mode == "off" or lacking:
        why = "--ocr off" if mode == "off" else f"install: {INSTALL}"
        if empty:
            result.warnings.append(f"{_where(empty, total_pages)}: no text layer; OCR needed ({why})")
        if garbled:
            result.warnings.append(f"{_where(garbled, total_pages)}: text layer unreadable; OCR needed ({why})")
        return result
    if _on_pages is not None:
        _on_pages(len(page_numbers))
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for n in page_numbers:
            page = pdf[n - 1]
            try:
                result.pages[n] = read_page(page, n)
            finally:
                page.close()
    finally:
        pdf.close()
    blank = [n for n in empty if not result.pages[n].words]
    if blank:
        result.warnings.append(f"{_where(blank, total_pages)}: no text layer; OCR needed and tried, but it read no words")
    return result


def read_page(page, number: int, dpi: int = DPI, psm: int = PSM) -> OcrPage:
    """One pypdfium2 page rendered at `dpi`, its rules found and erased, its words read by Tesseract."""
    import time

    import numpy as np

    started = time.perf_counter()
    width, height = (float(v) for v in page.get_size())
    image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    rgb = np.asarray(image)
    gray = rgb.mean(axis=2).astype(np.uint8)
    scale = 72.0 / dpi
    edges, rects, erase = find_rules(gray, dpi)
    rects += find_fills(rgb, dpi)
    clean = gray.copy()
    for x0, y0, x1, y1 in erase:
        clean[y0:y1, x0:x1] = 255
    words, confidence = tesseract_words(clean, dpi, psm)
    _mark_bold(words, gray < 140, dpi)
    for w in words:
        for k in ("x0", "x1", "top", "bottom"):
            w[k] = round(w[k] * scale, 2)
        w.update(doctop=w["top"], width=w["x1"] - w["x0"], height=w["bottom"] - w["top"])
        w["size"] = round(w["size"] * scale, 2)
    return OcrPage(
        number, width, height, words, edges, rects, confidence, round(time.perf_counter() - started, 3)
    )


def tesseract_words(gray, dpi: int, psm: int) -> tuple[list[dict], float | None]:
    """Tesseract's words in pixels, each line's words given the line's top and bottom (as a PDF
    word has its font's, whatever its letters), and the mean confidence 0-1."""
    import pytesseract
    from PIL import Image

    env_limit = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one thread per worker: the worker pool sets parallelism
    try:
        data = pytesseract.image_to_data(
            Image.fromarray(gray),
            lang=LANG,
            config=f"--psm {psm} --dpi {dpi}",
            output_type=pytesseract.Output.DICT,
            timeout=PAGE_SECONDS,
        )
    finally:
        if env_limit is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = env_limit
    lines: dict[tuple, list[dict]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if data["level"][i] != 5 or not text:
            continue
        conf = float(data["conf"][i])
        left, top, w, h = (data[k][i] for k in ("left", "top", "width", "height"))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(
            {"text": text, "x0": left, "x1": left + w, "top": top, "bottom": top + h, "conf": conf}
        )
    words: list[dict] = []
    total = weight = 0.0
    for line in lines.values():
        top = min(w["top"] for w in line)
        bottom = max(w["bottom"] for w in line)
        for w in line:
            conf = w.pop("conf")
            if conf >= 0:
                total += conf * len(w["text"])
                weight += len(w["text"])
            w.update(top=top, bottom=bottom, size=bottom - top, upright=True, direction="ltr", fontname="OCR")
            words.append(w)
    return words, (round(total / weight / 100, 4) if weight else None)


def _mark_bold(words: list[dict], ink, dpi: int) -> None:
    """Mark words printed bold: their strokes are thicker, so more of their box is ink than for the
    page's other words of the same height (the font name is all a PDF word would tell)."""
    import numpy as np

    if len(words) < 8:
        return
    density = []
    for w in words:
        box = ink[int(w["top"]) : int(w["bottom"]) + 1, int(w["x0"]) : int(w["x1"]) + 1]
        density.append(float(box.mean()) / max(1.0, w["bottom"] - w["top"]) if box.size else 0.0)
    # ink per pixel of height: a stroke's width relative to the letters' height
    stroke = np.array([d * (w["bottom"] - w["top"]) for d, w in zip(density, words, strict=True)])
    typical = float(np.median(stroke))
    for w, s in zip(words, stroke, strict=True):
        if typical > 0 and s > 1.3 * typical and any(c.isalpha() for c in w["text"]):
            w["fontname"] = "OCR-Bold"


def _runs(ink, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every horizontal run of ink at least `min_len` pixels long."""
    import numpy as np

    padded = np.zeros((ink.shape[0], ink.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    d = np.diff(padded, axis=1)
    rs, starts = np.nonzero(d == 1)
    _, ends = np.nonzero(d == -1)
    keep = (ends - starts) >= min_len
    return list(zip(rs[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True))


def _segments(runs: list[tuple[int, int, int]], gap: int = 2) -> list[list[int]]:
    """Runs on neighbouring rows that overlap joined into segments [row0, row1, start, end, pixels]."""
    open_: list[list[int]] = []
    done: list[list[int]] = []
    for row, a, b in sorted(runs):
        still = []
        for seg in open_:
            if row - seg[1] > gap:
                done.append(seg)
            else:
                still.append(seg)
        open_ = still
        for seg in open_:
            if a <= seg[3] + gap and b >= seg[2] - gap and row - seg[1] <= gap:
                seg[1], seg[2], seg[3], seg[4] = row, min(seg[2], a), max(seg[3], b), seg[4] + (b - a)
                break
        else:
            open_.append([row, row, a, b, b - a])
    return done + open_


def find_rules(gray, dpi: int):
    """Ruling lines on a page image: long thin runs of dark pixels, horizontal and vertical.

    Returns pdfplumber edges in points, rects for solid dark bands (a filled header row: its sides
    are the table's rules), and the pixel boxes of thin lines to erase before OCR."""
    ink = gray < 160
    px = dpi / 72.0
    scale = 1 / px
    thin = max(2, round(2.5 * px))  # a rule is at most ~2.5 pt thick
    found: list[dict] = []
    rects: list[dict] = []
    erase: list[tuple[int, int, int, int]] = []
    for orientation, grid, min_pt in (("h", ink, 25), ("v", ink.T, 14)):
        for r0, r1, a, b, pixels in _segments(_runs(grid, round(min_pt * px))):
            thick = r1 - r0 + 1
            if thick <= thin or pixels < 0.5 * thick * (b - a):  # a line (or a slightly skewed one)
                mid = (r0 + r1 + 1) / 2 * scale
                if orientation == "h":
                    found.append(_edge("h", a * scale, b * scale, mid, mid))
                    erase.append((a, r0 - 1, b, r1 + 2))
                else:
                    found.append(_edge("v", mid, mid, a * scale, b * scale))
                    erase.append((r0 - 1, a, r1 + 2, b))
            elif orientation == "h":  # a solid band: a filled cell or row; its outline rules the table
                x0, x1, top, bottom = a * scale, b * scale, r0 * scale, (r1 + 1) * scale
                found += [_edge("h", x0, x1, top, top), _edge("h", x0, x1, bottom, bottom)]
                found += [_edge("v", x0, x0, top, bottom), _edge("v", x1, x1, top, bottom)]
                fill = float(gray[r0 : r1 + 1, a:b].mean()) / 255
                rects.append(_rect(x0, x1, top, bottom, (fill,)))
    return found, rects, [(max(0, x0), max(0, y0), x1, y1) for x0, y0, x1, y1 in erase]


def find_fills(rgb, dpi: int) -> list[dict]:
    """Coloured areas (RAG status cells, shaded headers) as pdfplumber filled rects, in points."""
    import numpy as np
    from scipy import ndimage

    step = max(1, round(dpi / 36))  # work on a 36-dpi grid: fills are large, speed matters
    small = rgb[::step, ::step].astype(np.int16)
    coloured = (small.max(axis=2) - small.min(axis=2)) > 40
    labels, n = ndimage.label(coloured)
    out = []
    scale = step * 72.0 / dpi
    for k, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        h, w = box[0].stop - box[0].start, box[1].stop - box[1].start
        area = int((labels[box] == k).sum())
        if h < 3 or w < 3 or area < 0.6 * h * w:  # text in colour, not a filled cell
            continue
        colour = small[box][labels[box] == k].mean(axis=0) / 255
        out.append(
            _rect(box[1].start * scale, box[1].stop * scale, box[0].start * scale, box[0].stop * scale,
                  tuple(float(c) for c in colour))
        )  # fmt: skip
    return out


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {
        "object_type": "line", "orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
        "doctop": top, "width": x1 - x0, "height": bottom - top,
    }  # fmt: skip


def _rect(x0: float, x1: float, top: float, bottom: float, colour: tuple) -> dict:
    return {
        "object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
        "width": x1 - x0, "height": bottom - top, "fill": True, "stroke": False, "non_stroking_color": colour,
    }  # fmt: skip

"""PDF papers: tables through pdfplumber, triaged page by page with pypdfium2.

pdfplumber parses every object on a page, which is slow; pypdfium2 reads a page's text and
counts its objects far faster. So every page is first read with pypdfium2, and only pages
that may hold an action-plan table (ruled lines plus plan words, or a continuation of a plan
table on the page before, or a header line of known roles with no rules) are parsed with
pdfplumber, once, and closed straight after so memory stays flat on long papers.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import Block, Cell, Document, DocumentLoadError, Row, Table, TextRun

# pdfminer logs font-descriptor quirks of ordinary PDFs (a browser's embedded font with no FontBBox)
# as warnings on stderr; they say nothing a user can act on and break a batch's one-line output.
# Problems that matter reach the user as errors.csv lines instead.
logging.getLogger("pdfminer.pdffont").setLevel(logging.ERROR)

MAX_PAGES = 5000
_RUNNING = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*$", re.I)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b$|\.b$", re.I)
_BULLET_GLYPH = re.compile(r"\(cid:(?:127|149|183)\)")  # a bullet drawn from a symbol font with no text mapping
MIN_RULES = 4  # path objects a ruled table needs at the least
MIN_BAND_RULES = 3  # a page with a plan heading line: rules over and under its heading row and one row


@dataclass
class PageInfo:
    number: int
    text: str
    paths: int
    images: int
    runs: list[TextRun] = field(default_factory=list)  # the page's text runs with positions (cell lines)


def _triage(path: Path) -> tuple[list[PageInfo], list[str]]:
    """Cheap pass with pypdfium2: each page's text and object counts; refuses what cannot be read."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    warnings: list[str] = []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise DocumentLoadError("encrypted PDF: a password is needed to open it") from exc
        if "format" in message or "corrupt" in message or "not in pdf" in message:
            raise DocumentLoadError("not a readable PDF (corrupt, truncated or not a PDF at all)") from exc
        raise DocumentLoadError(f"cannot open PDF: {exc}") from exc
    pages: list[PageInfo] = []
    try:
        n = len(pdf)
        if n == 0:
            raise DocumentLoadError("PDF has no pages")
        if n > MAX_PAGES:
            warnings.append(f"PDF has {n} pages; only the first {MAX_PAGES} were read")
        for i in range(min(n, MAX_PAGES)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range() or ""
                runs = _text_runs(textpage, page.get_height())
                textpage.close()
                paths = images = 0
                for obj in page.get_objects(max_depth=2):
                    if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                        paths += 1
                    elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                        images += 1
            finally:
                page.close()
            pages.append(PageInfo(i + 1, text.replace("\r\n", "\n").replace("\r", "\n"), paths, images, runs))
    finally:
        pdf.close()
    return pages, warnings


def _text_runs(textpage, height: float) -> list[TextRun]:
    """pdfium's text rectangles: one per run of text on a line, so in a table one per line of a
    cell, with where it sits; cheap (native), and enough to see a plan's rows before parsing."""
    runs: list[TextRun] = []
    last_right = 0.0
    for k in range(min(textpage.count_rects(), 2000)):
        left, bottom, right, top = textpage.get_rect(k)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if not text.strip():
            continue
        run = TextRun(text, left, height - top, height - bottom, right)
        prev = runs[-1] if runs else None
        # pdfium splits a line where the font or spacing changes ("budget for ", "2025", ", "): pieces
        # closer than a space's width are one run; cells of a table are further apart than that
        if prev and abs(prev.top - run.top) < 2 and 0 <= left - last_right < 0.4 * (run.bottom - run.top):
            run = TextRun(prev.text + text, prev.x0, min(prev.top, run.top), max(prev.bottom, run.bottom), right)
            runs[-1] = run
        else:
            runs.append(run)
        last_right = right
    return runs


def _header_line(text: str) -> bool:
    """A line made (almost) only of column headings, three roles or more, one of them the action
    or the area it answers: the page may hold an action plan. The headings are table assembly's
    vocabulary (vocab/header_roles.csv), so the triage and the assembly never disagree on words."""
    from pipeline.vocabulary import fold, header_roles

    roles_of = header_roles()
    lines = [fold(ln).split() for ln in text.split("\n")[:150]]
    lines = [ln for ln in lines if ln]
    # a header row's cells wrap, so a heading line may continue on the next: try pairs too
    for words in lines + [a + b for a, b in zip(lines, lines[1:], strict=False)]:
        if not 3 <= len(words) <= 20:
            continue
        roles, covered, i = set(), 0, 0
        while i < len(words):  # longest heading phrase first, up to four words
            for n in (4, 3, 2, 1):
                role = roles_of.get(" ".join(words[i : i + n])) if i + n <= len(words) else None
                if role:
                    roles.add(role)
                    covered += n
                    i += n
                    break
            else:
                i += 1
        if len(roles) >= 3 and roles & {"action", "area"} and covered >= 0.6 * len(words):
            return True
    return False


def _colour_hex(colour) -> str | None:
    """pdfplumber's non-stroking colour (grey, RGB or CMYK floats) as RRGGBB."""
    if colour is None:
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)
    try:
        values = [float(c) for c in colour]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        r = g = b = values[0]
    elif len(values) == 3:
        r, g, b = values
    elif len(values) == 4:
        c, m, y, k = values
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return "".join(f"{max(0, min(255, round(v * 255))):02X}" for v in (r, g, b))


def _is_bold(word: dict) -> bool:
    return bool(_BOLD_FONT.search(word.get("fontname", "") or ""))


def _lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= max(2.0, 0.45 * (w["bottom"] - w["top"])):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


_FUNCTION_WORDS = frozenset({"of", "and", "the", "to", "for", "in", "on", "by", "with", "at", "or", "a", "an", "from"})


def _cell_from_words(words: list[dict], bbox, page_no: int, fill: str | None) -> Cell:
    """Cell text from its words: a line per visual line, except a word broken because it was wider
    than the cell ("PROSPERI" / "TY"), which is joined back."""
    if not words:
        return Cell(text="", page=page_no, bbox=bbox, fill=fill)
    words = [{**w, "text": _BULLET_GLYPH.sub("\u2022", w["text"])} if "(cid:" in w["text"] else w for w in words]
    lines = _lines(words)
    x0, _, x1, _ = bbox
    pad = max(0.0, min(w["x0"] for w in words) - x0)
    usable = (x1 - x0) - 2 * pad
    out: list[str] = []
    glue_next = False
    for i, line in enumerate(lines):
        text = " ".join(w["text"] for w in line)
        if glue_next and out:
            out[-1] += text
        else:
            out.append(text)
        w = line[0]
        char_w = (w["x1"] - w["x0"]) / max(1, len(w["text"]))
        nxt = lines[i + 1][0]["text"] if i + 1 < len(lines) else ""
        glue_next = (
            len(line) == 1
            and (w["x1"] - w["x0"]) >= usable - 1.5 * char_w
            and w["x1"] <= x1 + 1  # a heading running on over the next columns spans them; it is not broken
            and w["text"][-1:].isalpha()
            and nxt[:1].isalpha()
            and nxt.lower() not in _FUNCTION_WORDS  # "Assessment" / "of progress": a whole word that fills the cell
            and (nxt[:1].islower() or (w["text"].isupper() and nxt.split()[0].isupper()))  # "Finding" / "Ref": two words
        )
    ordered = [w for line in lines for w in line]
    prefix = []
    for w in ordered:
        if w["text"] in ("\u2022", "\u00b7", "\uf0b7"):
            continue
        if not _is_bold(w):
            break
        prefix.append(w["text"])
    letters = [w for w in ordered if any(ch.isalpha() for ch in w["text"])]
    bold = bool(letters) and all(_is_bold(w) for w in letters)
    return Cell(
        text="\n".join(out), bold=bold, bold_prefix=" ".join(prefix), page=page_no, bbox=bbox, fill=fill
    )


def _fills(page) -> list[tuple[tuple[float, float, float, float], str]]:
    out = []
    for r in page.rects:
        if not r.get("fill"):
            continue
        colour = _colour_hex(r.get("non_stroking_color"))
        if colour and colour not in ("FFFFFF",):
            out.append(((r["x0"], r["top"], r["x1"], r["bottom"]), colour))
    return out


def _fill_for(bbox, fills) -> str | None:
    x0, top, x1, bottom = bbox
    cx, cy, area = (x0 + x1) / 2, (top + bottom) / 2, max(1.0, (x1 - x0) * (bottom - top))
    best = None
    for (rx0, rtop, rx1, rbottom), colour in fills:
        if rx0 <= cx <= rx1 and rtop <= cy <= rbottom:
            rarea = (rx1 - rx0) * (rbottom - rtop)
            if 0.3 * area <= rarea <= 1.6 * area and (best is None or rarea < best[0]):
                best = (rarea, colour)
    return best[1] if best else None


def _inside(w: dict, bbox) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _segments(line: list[dict]) -> list[list[dict]]:
    """Words of one line grouped into cells: a gap wider than about two spaces separates cells."""
    out: list[list[dict]] = []
    for w in line:
        size = w.get("size") or (w["bottom"] - w["top"])
        if out and w["x0"] - out[-1][-1]["x1"] <= 0.6 * size:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _unruled_table(words: list[dict], page_no: int, page_width: float) -> tuple[Table | None, set[int]]:
    """A plan printed without rules: columns start where its header cells start; a row starts where
    the first column has text or after a wider gap than the lines of a wrapped cell."""
    from pipeline.assembly import header_like, map_header  # what a header row is belongs to table assembly

    lines = _lines(words)
    for i, line in enumerate(lines):
        segs = _segments(line)
        header = Row(cells=[Cell(text=" ".join(w["text"] for w in seg)) for seg in segs])
        if len(segs) < 3 or not (map_header(header) or header_like(header)):
            continue
        starts = [seg[0]["x0"] - 2 for seg in segs]
        edges = starts[1:] + [page_width]
        body = [ln for ln in lines[i + 1 :] if not _RUNNING.match(" ".join(w["text"] for w in ln))]
        if not body:
            return None, set()
        spacing = sorted(b[0]["top"] - a[0]["top"] for a, b in zip(body, body[1:], strict=False)) or [0]
        leading = spacing[len(spacing) // 4]  # the tight spacing of lines wrapped inside a cell
        rows: list[list[list[dict]]] = []
        previous_top = None
        for ln in body:
            cols: list[list[dict]] = [[] for _ in segs]
            for w in ln:
                col = next((c for c, edge in enumerate(edges) if w["x0"] < edge - 0.5), len(segs) - 1)
                cols[col].append(w)
            gap = ln[0]["top"] - previous_top if previous_top is not None else 0
            if not rows or cols[0] or gap > 1.6 * max(leading, 1):
                rows.append(cols)
            else:
                for c, ws in enumerate(cols):
                    rows[-1][c].extend(ws)
            previous_top = ln[0]["top"]
        table_rows = [header]
        for r in rows:
            cells = []
            for c, ws in enumerate(r):
                x0, x1 = starts[c], edges[c]
                bbox = (
                    x0,
                    min((w["top"] for w in ws), default=0),
                    x1,
                    max((w["bottom"] for w in ws), default=0),
                )
                cells.append(_cell_from_words(ws, bbox, page_no, None))
            table_rows.append(Row(cells=cells, page=page_no))
        for r in table_rows:
            r.page = page_no
        top = line[0]["top"]
        used = {k for k, w in enumerate(words) if w["top"] >= top - 1}
        bbox = (0.0, top, page_width, max(w["bottom"] for w in words))
        return Table(rows=table_rows, page=page_no, bbox=bbox), used
    return None, set()


def _long_rules(page) -> list[tuple[float, float, float]]:
    """(top, x0, x1) of horizontal rules a third of the page wide or more: the row separators of a
    table drawn with rules only, or the edges of full-width row fills (zebra reports)."""
    width = float(page.width)
    rows: dict[int, list[tuple[float, float]]] = {}
    for e in page.edges:
        if e["orientation"] == "h" and e["x1"] - e["x0"] >= 2:
            rows.setdefault(round(float(e["top"])), []).append((float(e["x0"]), float(e["x1"])))
    out = []
    for top, segs in rows.items():  # a rule broken where a cell spans rows is still a rule
        segs.sort()
        start, end = segs[0]
        for a, b in segs[1:] + [(1e9, 1e9)]:
            if a <= end + 3:
                end = max(end, b)
                continue
            if end - start >= 0.3 * width:
                out.append((float(top), start, end))
            start, end = a, b
    return out


def _band_regions(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, list[float]]]:
    """Rules sharing one left and right end, three or more: (x0, x1, row separators top to bottom)."""
    groups: dict[tuple[int, int], list[float]] = {}
    for top, x0, x1 in rules:
        key = next((k for k in groups if abs(k[0] - x0) <= 4 and abs(k[1] - x1) <= 4), None)
        groups.setdefault(key or (round(x0), round(x1)), []).append(top)
    out = []
    for (x0, x1), tops in groups.items():
        ys: list[float] = []
        for y in sorted(tops):
            if not ys or y - ys[-1] > 1.5:
                ys.append(y)
        if len(ys) >= 3:
            out.append((float(x0), float(x1), ys))
    for x0, x1, ys in out:  # a rule broken by a cell spanning rows still separates the other columns
        # of its own table: below the last whole rule, only a row's height on (a cell merged down over
        # the last rows before the page break); further down it is the next table's
        first, last = ys[0], ys[-1]
        reach = last + 1.5 * max((b - a for a, b in zip(ys, ys[1:], strict=False)), default=0.0)
        for top, a, b in sorted(rules):
            if a >= x0 - 4 and b <= x1 + 4 and first < top < reach and all(abs(top - y) > 1.5 for y in ys):
                ys.append(top)
                if top > last:
                    reach = max(reach, top + (top - max(y for y in ys if y < top)) * 1.5)
        ys.sort()
    # rules broken at the same column on three rows or more (a cell merged down in each section)
    # line up as a group of their own: they are the larger table's rows, already taken into it
    return [
        g for g in out
        if not any(h is not g and h[0] <= g[0] + 4 and g[1] <= h[1] + 4
                   and all(any(abs(y - y2) <= 1.5 for y2 in h[2]) for y in g[2]) for h in out)
    ]  # fmt: skip


def _rule_cover(page) -> dict[int, list[tuple[float, float]]]:
    """Horizontal rule segments by height: where a rule stops short of a column, the cell above it
    runs on into the next band (a report generator draws no rule under a cell merged down)."""
    out: dict[int, list[tuple[float, float]]] = {}
    for e in page.edges:
        if e["orientation"] == "h":
            out.setdefault(round(float(e["top"])), []).append((float(e["x0"]), float(e["x1"])))
    return out


def _ruled_across(cover: dict[int, list[tuple[float, float]]], y: float, a: float, b: float) -> bool:
    """A rule at height y runs under most of the span a..b."""
    segs = [s for k in (round(y) - 1, round(y), round(y) + 1) for s in cover.get(k, [])]
    ruled = sum(max(0.0, min(b, s1) - max(a, s0)) for s0, s1 in segs)
    return ruled >= 0.5 * (b - a)


def _column_starts(bands: list[list[dict]], x0: float) -> list[float]:
    """Where the columns of a banded table start: left edges of word groups that line up in many rows.

    pdfplumber's "text" strategy finds columns from word alignment too, but it also splits a cell
    whose lines wrap raggedly; starts that recur in a quarter of the rows are the columns."""
    starts: list[float] = []
    for band in bands:
        seen = set()
        for line in _lines(band):
            for seg in _segments(line):
                seen.add(round(seg[0]["x0"]))
        starts.extend(seen)
    starts.sort()
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= 3:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    support = max(2, len(bands) // 4)
    cols = [min(c) for c in clusters if len(c) >= support]
    cols += _heading_only_starts(bands, cols)
    cols.sort()
    if not cols or cols[0] > x0 + 12:
        cols.insert(0, x0)
    return cols


def _heading_only_starts(bands: list[list[dict]], cols: list[float]) -> list[float]:
    """Columns named in a bold heading row that no other row writes in: a RAG column shown only by
    cell colours, a "% complete" column left blank. A start counts when no cell text of any other
    row runs across it (a centred heading over a wider cell's text is not a column)."""
    if len(bands) < 2 or not bands[0] or not all(_is_bold(w) for w in bands[0] if any(ch.isalpha() for ch in w["text"])):
        return []
    left = cols[0] if cols else min(w["x0"] for w in bands[0])
    body = [
        seg for band in bands[1:] if not _banner_band(band, left) for line in _lines(band) for seg in _segments(line)
    ]  # a banner row across the table ("Recommendation 2: ...") runs over every column, heading-only ones too
    out: list[float] = []
    for line in _lines(bands[0]):
        for seg in _segments(line):
            x = seg[0]["x0"]
            if any(abs(x - c) <= 8 for c in cols + out) or (cols and x < cols[0]):
                continue
            if not any(b[0]["x0"] < x - 3 and b[-1]["x1"] > x + 1 for b in body):
                out.append(round(x))
    return out


def _banner_band(band: list[dict], left: float) -> bool:
    """Every line of the band is one run of words starting at the table's left edge: a banner row."""
    lines = _lines(band)
    return bool(lines) and all(len(_segments(line)) == 1 and abs(line[0]["x0"] - left) <= 8 for line in lines)


def _banded_table(
    words: list[dict], region, page_no: int, fills, above: Table | None = None, cover=None, layout=None
) -> tuple[Table | None, set[int]]:
    """A table drawn with horizontal rules only, or with row fills instead of rules.

    Rows are the bands between the rules; columns start where word groups line up. A group of words
    running over a column's start (a banner across the table) is one cell spanning those columns,
    which pdfplumber's explicit-lines strategy would cut apart. Where the rule between two bands
    stops short of a column (`cover`), that column's cell is merged down: its words below the gap
    are the same cell's, and the cell under it is a continuation, as in a grid. `layout`: the column
    starts of a larger region this one was cut from at a heading, found over all its rows: a table
    of two rows under "Theme 4" is laid out as the tables above it."""
    x0, x1, ys = region
    in_region = [
        (k, w) for k, w in enumerate(words)
        if x0 - 2 <= (w["x0"] + w["x1"]) / 2 <= x1 + 2 and ys[0] - 1 <= (w["top"] + w["bottom"]) / 2 <= ys[-1] + 1
    ]  # fmt: skip
    bands: list[list[dict]] = []
    spans: list[tuple[float, float]] = []
    for top, bottom in zip(ys, ys[1:], strict=False):
        band = [w for _, w in in_region if top <= (w["top"] + w["bottom"]) / 2 < bottom]
        if band:
            bands.append(band)
            spans.append((top, bottom))
    if len(bands) < 2:
        return None, set()
    cols = _column_starts(bands, x0)
    if layout is not None and len(layout) > len(cols) and all(min(abs(c - a) for a in layout) <= 3 for c in cols):
        cols = list(layout)  # every start found here is one of the larger region's: the same layout
    if above is not None and above.column_starts and above.bbox and abs(above.bbox[0] - x0) < 5 and abs(above.bbox[2] - x1) < 5:
        # the table on the page before, as wide: this page continues it, and a column few of its rows
        # fill here (a revised date) is still a column; every start found here is one of its starts
        # (the first start may be the rules' left end, put there for a first column left blank)
        if len(above.column_starts) > len(cols) and all(min(abs(c - a) for a in above.column_starts) <= 3 for c in cols[1:]):
            cols = list(above.column_starts)
    if len(cols) < 2:
        return None, set()
    bounds = [x0] + [c - 1.5 for c in cols[1:]] + [x1]
    rows: list[Row] = []
    owner: list[tuple[int, int] | None] = [None] * len(cols)  # per start column: (row, last column) of its cell
    run_words: dict[int, list[dict]] = {}
    for band, (top, bottom) in zip(bands, spans, strict=True):
        per_col: list[list[dict]] = [[] for _ in cols]
        reach = [0.0] * len(cols)
        for line in _lines(band):
            for seg in _segments(line):
                c = max(0, max((i for i, b in enumerate(bounds[:-1]) if seg[0]["x0"] >= b - 0.5), default=0))
                per_col[c].extend(seg)
                reach[c] = max(reach[c], seg[-1]["x1"])
        cells: list[Cell] = []
        c = 0
        while c < len(cols):
            held = owner[c] if rows and cover is not None else None
            if held is not None and not _ruled_across(cover, top, bounds[c] + 2, bounds[held[1] + 1] - 2):
                r0, last = held  # no rule under the cell above: it runs on, and this band's words are its own
                for k in range(c, last + 1):
                    run_words[c].extend(per_col[k])
                head = rows[r0].cells[c]
                hx0, htop, hx1, _ = head.bbox
                grown = _cell_from_words(run_words[c], (hx0, htop, hx1, bottom), page_no, head.fill)
                grown.col_span, grown.row_span = head.col_span, head.row_span + 1
                rows[r0].cells[c] = grown
                cells.extend(Cell(merged=True, page=page_no) for _ in range(c, last + 1))
                c = last + 1
                continue
            end = c
            while end + 1 < len(cols) and reach[c] > bounds[end + 1] + 2 and not per_col[end + 1]:
                end += 1
            bbox = (bounds[c], top, bounds[end + 1], bottom)
            cell = _cell_from_words(per_col[c], bbox, page_no, _fill_for(bbox, fills))
            cell.col_span = end - c + 1
            cells.append(cell)
            cells.extend(Cell(merged=True, page=page_no) for _ in range(end - c))
            owner[c], run_words[c] = (len(rows), end), list(per_col[c])
            for k in range(c + 1, end + 1):
                owner[k] = None
            c = end + 1
        rows.append(Row(cells=cells, page=page_no))
    table = Table(rows=rows, page=page_no, bbox=(x0, ys[0], x1, ys[-1]), column_starts=cols)
    return table, {k for k, _ in in_region}


def _per_grid(region, tables: list[Table]):
    """A band region cut where it holds two or more grids one above the other.

    Rules as wide as the page are shared by stacked tables (a key of initials above its plan, both
    full grids): read as one banded table, the key's uprights would split the plan's cells. Each
    grid keeps its own rows, and so does each run of rules between grids."""
    x0, x1, ys = region
    box = (x0, ys[0], x1, ys[-1])
    grids = sorted((t.bbox for t in tables if t.bbox and t.n_cols >= 2 and _inside_box(t.bbox, box)), key=lambda b: b[1])
    if len(grids) < 2:
        yield region
        return
    parts: list[list[float]] = []
    current: list[float] = []
    owner = None
    for y in ys:
        mine = next((i for i, b in enumerate(grids) if b[1] - 2 <= y <= b[3] + 2), None)
        if mine != owner and current:
            parts.append(current)
            current = []
        owner = mine
        current.append(y)
    if current:
        parts.append(current)
    for part in parts:
        if len(part) >= 3:
            yield (x0, x1, part)


def _with_open_last_band(region, words: list[dict], page_height: float):
    """The lowest rules-only table of a page with the row the page break cut: a report generator
    draws no rule under a row it continues on the next page, so its words sit below the last rule.
    Lines follow on directly (no gap wider than a line) above the page's foot, and they start in
    two columns or more (a paragraph or a note under a table starts at its left edge only)."""
    x0, x1, ys = region
    below = sorted(
        (w for w in words if x0 - 2 <= (w["x0"] + w["x1"]) / 2 <= x1 + 2 and w["top"] > ys[-1] - 1),
        key=lambda w: w["top"],
    )
    taken: list[dict] = []
    edge = ys[-1]
    for w in below:
        height = w["bottom"] - w["top"]
        if w["bottom"] > 0.93 * page_height or w["top"] - edge > max(height, 4.0) * 1.2:
            break
        taken.append(w)
        edge = max(edge, w["bottom"])
    starts = sorted({round(w["x0"]) for w in taken})
    columns = [x for i, x in enumerate(starts) if i == 0 or x - starts[i - 1] > 30]
    if len(columns) < 2:
        return region
    return (x0, x1, [*ys, edge + 1.0])


def _at_gaps(region, words: list[dict]):
    """A band region cut at a thin band holding no words: the space left between two tables drawn
    with rules only (a key above its plan) whose rules share both ends. An empty row of a table is
    as tall as its other rows, so it does not cut."""
    x0, x1, ys = region
    mids = sorted((w["top"] + w["bottom"]) / 2 for w in words if x0 - 2 <= (w["x0"] + w["x1"]) / 2 <= x1 + 2)
    heights = sorted(b - a for a, b in zip(ys, ys[1:], strict=False))
    typical = heights[len(heights) // 2] if heights else 0.0
    start = 0
    for i, (a, b) in enumerate(zip(ys, ys[1:], strict=False)):
        k = bisect.bisect_left(mids, a)
        empty = k >= len(mids) or mids[k] >= b
        if empty and b - a < 0.8 * typical:
            if i + 1 - start >= 3:
                yield (x0, x1, ys[start : i + 1])
            start = i + 1
    if len(ys) - start >= 3:
        yield (x0, x1, ys[start:])


def _region_columns(region, words: list[dict]) -> list[float]:
    """Column starts over every band of a region (see _column_starts)."""
    x0, x1, ys = region
    inside = [w for w in words if x0 - 2 <= (w["x0"] + w["x1"]) / 2 <= x1 + 2]
    bands = [[w for w in inside if a <= (w["top"] + w["bottom"]) / 2 < b] for a, b in zip(ys, ys[1:], strict=False)]
    return _column_starts([band for band in bands if band], x0)


def _at_headings(region, words: list[dict]):
    """A band region cut at a band holding a heading: a line printed larger than the table's text
    ("Theme 3: Environment" between two tables whose rules share both ends). No report generator
    prints a cell's text larger than its table's; the heading is left to head the table below."""
    x0, x1, ys = region
    inside = [w for w in words if x0 - 2 <= (w["x0"] + w["x1"]) / 2 <= x1 + 2 and ys[0] <= (w["top"] + w["bottom"]) / 2 <= ys[-1]]
    sizes = sorted(float(w.get("size") or 0) for w in inside)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    start = 0
    for i, (a, b) in enumerate(zip(ys, ys[1:], strict=False)):
        band = [w for w in inside if a <= (w["top"] + w["bottom"]) / 2 < b]
        if body and band and any(float(w.get("size") or 0) >= 1.3 * body for w in band):
            if i + 1 - start >= 3:
                yield (x0, x1, ys[start : i + 1])
            start = i + 1
    if len(ys) - start >= 3:
        yield (x0, x1, ys[start:])


def _covered(region, tables: list[Table]) -> bool:
    """A ruled table already read covers most of the region: the rules were a full grid's."""
    x0, x1, ys = region
    height = max(1.0, ys[-1] - ys[0])
    cover = 0.0
    for t in tables:
        if t.bbox and t.n_cols >= 3:
            cover += max(0.0, min(ys[-1], t.bbox[3]) - max(ys[0], t.bbox[1]))
    return cover >= 0.7 * height


def _parse_page(
    page, page_no: int, strategy: str, first_index: int, above: Table | None = None
) -> tuple[list[Table], list[dict]]:
    """Tables of one pdfplumber page, and the words that lie outside them."""
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, return_chars=True)
    if strategy == "text":  # no rules: read the table from its header's layout
        table, used = _unruled_table(words, page_no, float(page.width))
        if table is None:
            return [], words
        table.index = first_index
        return [table], [w for k, w in enumerate(words) if k not in used]
    found = page.find_tables() if strategy == "lines" else []  # "words": the opening page, for metadata
    if found:
        words = _split_at_rules(words, {(round(x, 1), c[1], c[3]) for t in found for c in t.cells for x in (c[0], c[2])})
    fills = _fills(page) if found else []
    tables: list[Table] = []
    used: set[int] = set()
    for t in found:
        rows: list[Row] = []
        closed_rows = t.rows[:-1] if _cut_last_row(t) else t.rows
        for prow in closed_rows:
            cells: list[Cell] = []
            for bbox in prow.cells:
                if bbox is None:
                    cells.append(Cell(merged=True, page=page_no))
                    continue
                x0, top, x1, bottom = bbox
                mine = []
                for k, w in enumerate(words):
                    if k in used:
                        continue
                    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
                    if x0 <= cx <= x1 and top <= cy <= bottom:
                        mine.append(w)
                        used.add(k)
                cells.append(_cell_from_words(mine, bbox, page_no, _fill_for(bbox, fills)))
            rows.append(Row(cells=cells, page=page_no))
        if strategy == "text":  # a table guessed from word positions counts only from a plan header on
            from pipeline.assembly import map_header

            start = next((i for i, r in enumerate(rows) if map_header(r)), None)
            if start is None:
                for r in rows:
                    for c in r.cells:
                        if c.bbox:
                            used.difference_update(k for k, w in enumerate(words) if _inside(w, c.bbox))
                continue
            rows = rows[start:]
        if strategy == "lines" and t.rows:
            if rows and not _cut_last_row(t):
                _read_open_cells(page, t, rows[-1], words, used, page_no)
            open_row = _open_last_row(page, t, words, used, page_no, fills)
            if open_row is not None:
                rows.append(open_row)
            head_row = _open_first_row(page, t, words, used, page_no, fills)
            if head_row is not None:
                rows.insert(0, head_row)
        if rows and any(not c.empty for r in rows for c in r.cells):
            tables.append(Table(rows=rows, page=page_no, bbox=t.bbox, index=first_index + len(tables)))
        for k, w in enumerate(words):  # anything else inside the table's box belongs to it
            if (
                k not in used
                and t.bbox[0] <= w["x0"]
                and w["x1"] <= t.bbox[2]
                and t.bbox[1] <= w["top"]
                and w["bottom"] <= t.bbox[3]
            ):
                used.add(k)
    if strategy == "lines":  # tables drawn with rules only or row fills: not a grid pdfplumber can read
        fills = fills or _fills(page)
        cover = _rule_cover(page)
        regions = [part for whole in _band_regions(_long_rules(page)) for part in _per_grid(whole, tables)]
        # each part with the region it was cut from at a heading (its columns are that region's)
        parts = []
        for whole in regions:
            for cut in _at_gaps(whole, words):
                pieces = list(_at_headings(cut, words))
                layout = _region_columns(cut, words) if len(pieces) > 1 else None
                parts.extend((piece, layout) for piece in pieces)
        parts.sort(key=lambda pc: pc[0][2][0])
        regions_in_order = [part for part, _ in parts]
        for region, layout in parts:
            opened, ruled = False, region
            if region is regions_in_order[-1]:  # the row the page break cut, below the last rule
                # its words may sit in a "grid" the lines strategy built from the cut row's RAG fill, which
                # reaches below the last rule by up to a row's height: they are free for this region too
                ys = region[2]
                reach = max((b - a for a, b in zip(ys, ys[1:], strict=False)), default=12.0)
                box0 = (region[0], ys[0], region[1], ys[-1])
                fill_grids = [t for t in tables if _inside_box(t.bbox, box0, reach)]
                avail = [
                    w for k, w in enumerate(words)
                    if k not in used or any(t.bbox and _inside(w, t.bbox) for t in fill_grids)
                ]  # fmt: skip
                wider = _with_open_last_band(region, avail, float(page.height))
                region, opened = wider, wider[2] != region[2]
            box = (region[0], region[2][0], region[1], region[2][-1])
            # fragments of a grid that is not one; under a cut last row, a fill runs below its words
            replaced = [t for t in tables if _inside_box(t.bbox, box, 12.0 if opened else 2.0)]
            covered = _covered(ruled, tables)
            if covered and not replaced:
                continue
            free = [
                k for k, w in enumerate(words)
                if k not in used or any(t.bbox and _inside(w, t.bbox) for t in replaced)
            ]  # fmt: skip
            first_region = not any(t.bbox and t.bbox[1] < region[2][0] for t in tables)
            banded, taken = _banded_table(
                [words[k] for k in free], region, page_no, fills, above if first_region else None, cover, layout
            )
            if banded is None:
                continue
            # a "grid" whose only upright edges are a few coloured cells (a RAG column) runs whole
            # rows of words into one cell: the columns words line up in are the table's
            if covered and banded.n_cols < max(t.n_cols for t in replaced) + 2:
                continue
            used.update(free[i] for i in taken)
            tables = [t for t in tables if t not in replaced]
            banded.index = first_index + len(tables)
            tables.append(banded)
        tables.sort(key=lambda t: t.bbox[1] if t.bbox else 0)
        for i, t in enumerate(tables):
            t.index = first_index + i
    rest = [w for k, w in enumerate(words) if k not in used]
    return tables, rest


def _split_at_rules(words: list[dict], rules: set[tuple[float, float, float]]) -> list[dict]:
    """A word running over a cell's upright rule (x, from top to bottom) is two words: a spreadsheet
    prints a heading that overflows its cell up to the next ('Revised due date' + 'Status' read as
    'dateStatus'); a heading spanning two columns has no rule in its row, so it stays whole."""
    out = []
    for w in words:
        middle = (w["top"] + w["bottom"]) / 2
        inside = {x for x, top, bottom in rules if w["x0"] + 1 < x < w["x1"] - 1 and top <= middle <= bottom}
        chars = w.get("chars") or []
        if not inside or len(chars) < 2:
            out.append(w)
            continue
        groups: list[list[dict]] = [[]]
        cuts = sorted(inside)
        for ch in chars:
            while cuts and (ch["x0"] + ch["x1"]) / 2 > cuts[0]:
                cuts.pop(0)
                if groups[-1]:
                    groups.append([])
            groups[-1].append(ch)
        for g in groups:
            if g:
                out.append({**w, "text": "".join(c["text"] for c in g), "x0": g[0]["x0"], "x1": g[-1]["x1"], "chars": g})
    return out


def _cut_last_row(t) -> bool:
    """The grid's last row is closed only where a cell is filled (a RAG colour drawn to the page's
    foot): the rest of it is the row the page break cut, open below."""
    if len(t.rows) < 2:
        return False
    cells = t.rows[-1].cells
    closed = [c for c in cells if c is not None]
    if not closed or len(closed) >= len(cells) / 2:
        return False
    top = min(c[1] for c in closed) + 2
    centres = {}  # each column's middle, from any row where it is a cell of its own
    for prow in t.rows:
        for i, c in enumerate(prow.cells):
            if c is not None:
                centres.setdefault(i, (c[0] + c[2]) / 2)
    # a cell spanning the row ("Progress comments: ...") or merged down from above covers a column
    covered = sum(
        1 for x in centres.values() if any(c[0] <= x <= c[2] and c[1] <= top <= c[3] for c in t.cells)
    )
    return covered < len(cells) / 2


def _open_last_row(page, t, words: list[dict], used: set[int], page_no: int, fills=()) -> Row | None:
    """A row cut by the page break with no rule under it (report generators split rows so): the
    grid's upright lines run on below the table's last rule; the words between them are a last row,
    in the columns of the row above. pdfplumber finds only closed cells, so this is read here."""
    x_left, _top, x_right, bottom = t.bbox
    template = t.rows[-1]
    if _cut_last_row(t):
        template = t.rows[-2]
        bottom = min(c[1] for c in t.rows[-1].cells if c is not None)
    uprights = [
        e for e in page.edges
        if e["orientation"] == "v" and e["top"] < bottom + 2 and e["bottom"] > bottom + 4
        and x_left - 2 <= e["x0"] <= x_right + 2
    ]  # fmt: skip
    if len(uprights) < 2:
        return None
    low = max(e["bottom"] for e in uprights)
    cells, any_text = [], False
    spans = {}  # each column's x-extent, from any row where it is a cell of its own
    for prow in t.rows:
        for i, c in enumerate(prow.cells):
            if c is not None:
                spans.setdefault(i, (c[0], c[2]))
    for i, bbox in enumerate(template.cells):
        if bbox is None and i in spans and _cut_last_row(t):
            bbox = (spans[i][0], 0, spans[i][1], 0)  # merged down from above, and cut open here: its own cell
        if bbox is None:
            cells.append(Cell(merged=True, page=page_no))
            continue
        box = (bbox[0], bottom, bbox[2], low)
        mine = []
        for k, w in enumerate(words):
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if k not in used and box[0] <= cx <= box[2] and bottom <= cy <= low:
                mine.append(w)
                used.add(k)
        any_text = any_text or bool(mine)
        cells.append(_cell_from_words(mine, box, page_no, _fill_for(box, fills) if fills else None))
    return Row(cells=cells, page=page_no) if any_text else None


def _read_open_cells(page, t, row: Row, words: list[dict], used: set[int], page_no: int) -> None:
    """Cells of the grid's last row left open below by the page break: a cell merged down over the
    next rows (an area over its actions) has no rule under it on this page, so pdfplumber finds no
    cell there; its words, down to where the uprights end, are that cell's."""
    last = t.rows[-1]
    closed = [c for c in last.cells if c is not None]
    if not closed or len(row.cells) != len(last.cells):
        return
    top = min(c[1] for c in closed)
    spans: dict[int, tuple[float, float]] = {}
    for prow in t.rows:
        for i, c in enumerate(prow.cells):
            if c is not None:
                spans.setdefault(i, (c[0], c[2]))
    for i, c in enumerate(last.cells):
        if c is not None or i not in spans:
            continue
        x0, x1 = spans[i]
        if any(cc[0] <= (x0 + x1) / 2 <= cc[2] and cc[1] <= top + 2 <= cc[3] for cc in t.cells):
            continue  # merged from above or from the left: a cell of its own elsewhere
        sides = [e for e in page.edges if e["orientation"] == "v" and min(abs(e["x0"] - x0), abs(e["x0"] - x1)) <= 2
                 and e["top"] <= top + 2 and e["bottom"] > top + 4]  # fmt: skip
        if not sides:
            continue
        low = max(e["bottom"] for e in sides)
        mine = []
        for k, w in enumerate(words):
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if k not in used and x0 <= cx <= x1 and top <= cy <= low:
                mine.append(w)
                used.add(k)
        if mine:
            row.cells[i] = _cell_from_words(mine, (x0, top, x1, low), page_no, None)


def _open_first_row(page, t, words: list[dict], used: set[int], page_no: int, fills=()) -> Row | None:
    """The rest of a row cut by the page break, at the top of the next page with no rule over it (a
    browser prints the cut row's lower part so): the grid's uprights run on above its first rule;
    the words between them are a first row, in the columns of the row below."""
    x_left, top, x_right, _bottom = t.bbox
    uprights = [
        e for e in page.edges
        if e["orientation"] == "v" and e["bottom"] > top - 2 and e["top"] < top - 4
        and x_left - 2 <= e["x0"] <= x_right + 2
    ]  # fmt: skip
    if len(uprights) < 2:
        return None
    high = min(e["top"] for e in uprights)
    cells, filled = [], 0
    for bbox in t.rows[0].cells:
        if bbox is None:
            cells.append(Cell(merged=True, page=page_no))
            continue
        box = (bbox[0], high, bbox[2], top)
        mine = []
        for k, w in enumerate(words):
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if k not in used and box[0] <= cx <= box[2] and high <= cy <= top:
                mine.append(w)
        filled += bool(mine)
        cells.append((mine, box))
    if filled < 2:  # a heading or a line over the table is not a row of it
        return None
    out = []
    for item in cells:
        if isinstance(item, Cell):
            out.append(item)
            continue
        mine, box = item
        used.update(k for k, w in enumerate(words) if any(w is m for m in mine))
        out.append(_cell_from_words(mine, box, page_no, _fill_for(box, fills) if fills else None))
    return Row(cells=out, page=page_no)


def _inside_box(inner, outer, below: float = 2.0) -> bool:
    """A small table found by the lines strategy inside a banded table (the sides of RAG fills);
    `below`: how far under the box it may reach (a fill drawn to the foot of a row the page cut)."""
    if not inner or not outer:
        return False
    return inner[0] >= outer[0] - 2 and inner[2] <= outer[2] + 2 and inner[1] >= outer[1] - 2 and inner[3] <= outer[3] + below


def _blocks_from_words(words: list[dict], page_no: int, page_width: float) -> list[tuple[float, Block]]:
    """Lines grouped into paragraphs: a line wrapped onto the next (same size and weight, no gap)
    continues it, so a two-line title stays one block."""
    out: list[tuple[float, Block]] = []
    prev = None
    lines = _lines(words)
    if not lines:
        return out
    left = min(line[0]["x0"] for line in lines)
    right = max(line[-1]["x1"] for line in lines)
    for line in lines:
        text = " ".join(w["text"] for w in line).strip()
        if not text:
            continue
        bold = all(_is_bold(w) for w in line if any(c.isalpha() for c in w["text"]))
        size = line[0].get("size", 0)
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        if prev is not None:
            p_block, p_bottom, p_size, p_bold, p_right = prev
            # a line wraps only when it is full: it reaches the right of a real text column
            full = (right - left) >= 0.45 * page_width and p_right >= right - 0.15 * (right - left)
            if (
                full
                and abs(size - p_size) < 0.6
                and bold == p_bold
                and 0 <= top - p_bottom <= 0.5 * (bottom - top)
            ):
                p_block.text = f"{p_block.text} {text}"
                prev = (p_block, bottom, size, bold, line[-1]["x1"])
                continue
        block = Block(text=text, bold=bold, page=page_no, bbox=(line[0]["x0"], top, line[-1]["x1"], bottom))
        out.append((top, block))
        prev = (block, bottom, size, bold, line[-1]["x1"])
    return out


def _running_lines(pages: list[PageInfo]) -> set[str]:
    """Lines printed on many pages (running headers and footers): never content."""
    if len(pages) < 3:
        return set()
    counts: Counter = Counter()
    for p in pages:
        lines = [ln.strip() for ln in p.text.split("\n") if ln.strip()]
        counts.update(set(lines[:3] + lines[-3:]))
    return {line for line, c in counts.items() if c >= max(3, 0.4 * len(pages))}


def _pages_that_may_be_parsed(pages: list[PageInfo], header_pages: set[int]) -> tuple[list[int], set[int]]:
    """Page 1, the pages that may hold a plan (`header_pages`), and the ruled pages that may continue
    a plan table from the page before: the first after a plan page always, later ones while they
    hold anything that reads like a plan's cell (a long ruled appendix of something else is not
    parsed to its end). Returns the pages to open and the pages that may continue a plan."""
    from pipeline.column_roles import holds_plan_cells

    wanted, continuing, chained, after_plan_page = [1], set(), False, False
    for p in pages:
        if p.number in header_pages:
            chained, after_plan_page = True, True
        elif chained and p.paths >= MIN_RULES and (after_plan_page or holds_plan_cells(p.runs)):
            continuing.add(p.number)
            after_plan_page = False
        else:
            chained = False
        if chained and p.number != 1:
            wanted.append(p.number)
    return wanted, continuing


def extract_pdf(path: Path) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    pages, warnings = _triage(path)
    doc = Document(source=path, file_format="pdf", pages=len(pages), warnings=warnings)
    running = _running_lines(pages)
    # --- OCR (issue 15; extractors/ocr.py): pages with no usable text layer are read from their image,
    # and the loop below parses an OCRed page like any other (an OcrPage acts as a pdfplumber page)
    from .ocr import ocr_mode, ocr_pages, text_layer_usable

    ocr = ocr_mode()
    to_read = [p.number for p in pages if ocr == "force" or not text_layer_usable(p.text)]
    scanned = ocr_pages(path, to_read, ocr, len(pages), {p.number: p.text for p in pages})
    doc.warnings += scanned.warnings
    for p in pages:
        if p.number in scanned.pages:
            p.text, p.paths = scanned.pages[p.number].text, len(scanned.pages[p.number].edges)
    doc.ocr_pages, doc.ocr_confidence = sorted(scanned.pages), scanned.confidence
    # --- end OCR

    from pipeline.column_roles import heading_row_printed, reads_like_plan_rows  # table assembly's evidence

    # pages that may hold a plan: a heading line of known roles, or rows that read like a plan's;
    # an OCRed page has no text runs to judge, and costs its OCR anyway: it is parsed
    header_pages = {
        p.number
        for p in pages
        if p.number in scanned.pages
        or (p.text.strip() and (_header_line(p.text) or heading_row_printed(p.runs) or reads_like_plan_rows(p.runs)))
    }

    try:
        # only the pages that may be parsed: pdfplumber builds an object for every page it is given
        wanted, continuing = _pages_that_may_be_parsed(pages, header_pages)
        for p in pages:
            p.runs = []  # judged: the page's runs are not needed again, and a long paper holds many
        plumber = pdfplumber.open(path, pages=wanted)
        index_of = {number: i for i, number in enumerate(wanted)}
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise DocumentLoadError("encrypted PDF: a password is needed to open it") from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise DocumentLoadError(f"not a readable PDF ({type(exc).__name__})") from exc
    try:
        previous_plan = False  # the page before held a plan table: a ruled page after it may continue it
        for p in pages:
            strategy = None
            if (p.paths >= MIN_BAND_RULES and p.number in header_pages) or (
                p.paths >= MIN_RULES and previous_plan and p.number in continuing
            ):
                strategy = "lines"
            elif p.number in header_pages:
                strategy = "text"
            elif p.number == 1:
                strategy = "words"  # the opening page, for metadata: its lines and paragraphs
            above = doc.tables[-1] if previous_plan and doc.tables else None  # the table this page may continue
            previous_plan = False
            if strategy and plumber is not None:
                page = scanned.pages.get(p.number) or plumber.pages[index_of[p.number]]  # OCR (issue 15)
                try:
                    tables, rest = _parse_page(page, p.number, strategy, len(doc.tables), above)
                finally:
                    page.close()
                previous_plan = strategy in ("lines", "text") and bool(tables)
                placed: list[tuple[float, Block | Table]] = [(t.bbox[1], t) for t in tables]
                placed += [
                    (top, b)
                    for top, b in _blocks_from_words(rest, p.number, float(page.width))
                    if (b.text not in running or p.number == 1) and not _RUNNING.match(b.text)
                ]  # a folio ("2", "Page 2 of 9") heads nothing: a table under it may follow a heading
                for _, item in sorted(placed, key=lambda x: x[0]):
                    doc.items.append(item)
            else:
                for line in p.text.split("\n"):
                    line = line.strip()
                    if line and not _RUNNING.match(line) and (line not in running or p.number == 1):
                        doc.items.append(Block(text=line, page=p.number))
    finally:
        if plumber is not None:
            plumber.close()
    for i, t in enumerate(doc.tables):
        t.index = i
    return doc

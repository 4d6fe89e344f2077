"""Render blind sample plans (samples/blind/batchN/specs/*.py) into the files councils publish.

One spec, many producers: the same paper printed by Word, Calc, Chromium and report generators,
so a blind score says how the pipeline copes with each way a real plan reaches us. The spec format
is in SPEC.md. The renderer prints exactly what the spec says, never reordering or dropping rows.

Usage: python samples/blind/render.py samples/blind/batchN [--only STEM] [--producers p1,p2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

PRODUCERS = (
    "text", "docx", "pdf-word", "pdf-calc", "pdf-chromium",
    "pdf-reportlab-grid", "pdf-reportlab-rules", "pdf-reportlab-zebra",
)  # fmt: skip
SUFFIX = {"text": ".txt", "docx": ".docx"}
BULLET = "\u2022 "
FIXED_DATE = dt.datetime(2020, 1, 1, 0, 0, 0)  # every file's metadata date, so re-renders do not churn git
A4_CM = (21.0, 29.7)
TIMEOUT = 120
PAGE_RE = re.compile(r"\{(page|pages)\}")


# --------------------------------------------------------------------------- the spec, normalised


@dataclass
class Cell:
    """One printed cell at its top-left grid position; covered positions have no Cell."""

    text: str
    col: int
    colspan: int = 1
    rowspan: int = 1
    fill: str | None = None
    bold: bool = False
    italic: bool = False
    banner: bool = False


@dataclass
class Grid:
    """A table laid out on a grid: header rows first, then body rows; breaks index into rows."""

    ncols: int
    widths: list[float]
    rows: list[list[Cell]]
    n_header: int
    repeat: bool
    notes: list[str]
    breaks: set[int] = field(default_factory=set)  # a page break falls before rows[i]

    def covered(self) -> set[tuple[int, int]]:
        """Grid positions covered by a span from above or left (not the span's own top-left)."""
        out = set()
        for r, row in enumerate(self.rows):
            for c in row:
                for rr in range(r, r + c.rowspan):
                    for cc in range(c.col, c.col + c.colspan):
                        if (rr, cc) != (r, c.col):
                            out.add((rr, cc))
        return out


def load_paper(path: Path) -> dict:
    paper = runpy.run_path(str(path))["PAPER"]
    paper.setdefault("stem", path.stem)
    paper.setdefault("page", {})
    paper.setdefault("blocks", [])
    return paper


def _as_cell(item, col: int, header: bool) -> Cell:
    if isinstance(item, dict):
        return Cell(
            text=str(item.get("text") or ""),
            col=col,
            colspan=max(1, int(item.get("colspan") or 1)),
            rowspan=max(1, int(item.get("rowspan") or 1)),
            fill=(item.get("fill") or "").lstrip("#").upper() or None,
            bold=bool(item.get("bold", header)),
            italic=bool(item.get("italic", False)),
        )
    return Cell(text="" if item is None else str(item), col=col, bold=header)


def layout(table: dict, where: str) -> Grid:
    """Place every spec row on the grid.

    A row as long as the table is positional (None marks a covered position); a shorter row flows
    like HTML, each cell taking the next position not covered by a span from above.
    """
    columns = table["columns"]
    ncols = len(columns)
    spec_rows = [(r, True) for r in (table.get("header_rows") or [])] + [(columns, True)]
    spec_rows += [(r, False) for r in table.get("rows", [])]
    widths = [float(w) for w in (table.get("widths") or [1] * ncols)]
    if len(widths) != ncols:
        raise ValueError(f"{where}: {len(widths)} widths for {ncols} columns")
    occupied: set[tuple[int, int]] = set()
    grid = Grid(ncols, widths, [], len(table.get("header_rows") or []) + 1, bool(table.get("repeat_header", True)),
                [str(n) for n in table.get("notes") or []])  # fmt: skip
    for spec_row, header in spec_rows:
        r = len(grid.rows)
        if isinstance(spec_row, dict) and spec_row.get("page_break"):
            grid.breaks.add(r)
            continue
        placed: list[Cell] = []
        if isinstance(spec_row, dict):  # a banner: one bold cell across the whole table
            if "banner" not in spec_row:
                raise ValueError(f"{where}: row {r} is a dict without 'banner' or 'page_break'")
            cell = _as_cell({"bold": True, **spec_row, "text": spec_row["banner"], "colspan": ncols}, 0, header)
            cell.banner = True
            placed.append(cell)
        else:
            positional = len(spec_row) == ncols
            col = 0
            for item in spec_row:
                if not positional:
                    while (r, col) in occupied:
                        col += 1
                if item is None:
                    if (r, col) not in occupied:
                        print(f"  warning: {where}: row {r} col {col} is None but nothing covers it", file=sys.stderr)
                    col += 1
                    continue
                if (r, col) in occupied:
                    raise ValueError(f"{where}: row {r} col {col} holds text but a span covers it")
                cell = _as_cell(item, col, header)
                if col + cell.colspan > ncols:
                    raise ValueError(f"{where}: row {r} runs past {ncols} columns")
                placed.append(cell)
                _cover(occupied, r, cell)
                col += 1 if positional else cell.colspan
            if col > ncols:
                raise ValueError(f"{where}: row {r} has more cells than {ncols} columns")
        for cell in placed if isinstance(spec_row, dict) else []:
            _cover(occupied, r, cell)
        grid.rows.append(placed)
    last = len(grid.rows)
    for r, row in enumerate(grid.rows):
        for cell in row:
            if r + cell.rowspan > last:
                print(f"  warning: {where}: rowspan at row {r} runs past the table; cut", file=sys.stderr)
                cell.rowspan = last - r
    return grid


def segments(grid: Grid) -> list[list[int]]:
    """The grid's rows cut at its page breaks; header rows lead every piece when the header repeats.

    Producers that cannot break a page inside a table (Writer, ReportLab) print each piece as its own
    table, as an author would who forces a break in Word.
    """
    head = list(range(grid.n_header))
    cuts = [grid.n_header] + sorted(b for b in grid.breaks if b > grid.n_header) + [len(grid.rows)]
    return [(head if k == 0 or grid.repeat else []) + list(range(cuts[k], cuts[k + 1])) for k in range(len(cuts) - 1)]


def piece_cells(grid: Grid, rows: list[int]):
    """(piece row, cell, last piece row of its span) for the cells of some grid rows; a span cut by a
    page break ends at the break."""
    for i, r in enumerate(rows):
        for cell in grid.rows[r]:
            last = i
            while last + 1 < len(rows) and rows[last + 1] == rows[last] + 1 and rows[last + 1] < r + cell.rowspan:
                last += 1
            yield i, cell, last


def _cover(occupied: set[tuple[int, int]], r: int, cell: Cell) -> None:
    for rr in range(r, r + cell.rowspan):
        for cc in range(cell.col, cell.col + cell.colspan):
            if (rr, cc) != (r, cell.col):
                occupied.add((rr, cc))


def tables(paper: dict) -> list[tuple[dict, Grid]]:
    out = []
    for i, block in enumerate(paper["blocks"]):
        if block.get("kind") == "table":
            out.append((block, layout(block, f"{paper['stem']} block {i}")))
    return out


def paragraphs(text: str) -> list[tuple[str, bool]]:
    """A cell's lines as (text, is_bullet): '\u2022 ' lines are list items, others paragraphs."""
    out = []
    for line in str(text).split("\n"):
        if line.startswith(BULLET.strip()):
            out.append((line[1:].strip(), True))
        elif line.strip():
            out.append((line.strip(), False))
    return out


def page_setup(paper: dict) -> dict:
    """Page size in cm, margins, font: the defaults a council template would have."""
    page = paper["page"]
    landscape = page.get("orientation", "portrait") == "landscape"
    w, h = (A4_CM[1], A4_CM[0]) if landscape else A4_CM
    return {"landscape": landscape, "width": w, "height": h, "margin": float(page.get("margin_cm", 2.0)),
            "font_size": float(page.get("font_size", 10)), "font": page.get("font", "Arial")}  # fmt: skip


def running(text: str | None, page: int, pages: int) -> str:
    return PAGE_RE.sub(lambda m: str(page if m.group(1) == "page" else pages), text or "")


def run(cmd: list[str], what: str) -> None:
    try:
        subprocess.run(cmd, check=True, timeout=TIMEOUT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"{what} failed: {exc.stderr.decode(errors='replace')[-400:]}") from exc


def soffice_pdf(src: Path, out: Path) -> None:
    """Print src with LibreOffice in a private profile, so concurrent renders do not collide."""
    with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
        profile = Path(tmp) / f"lo-profile-{os.getpid()}"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", tmp, str(src)]  # fmt: skip
        run(cmd, "soffice")
        shutil.move(Path(tmp) / (src.stem + ".pdf"), out)
    freeze_pdf(out)


def freeze_pdf(path: Path) -> None:
    """Blank the creation dates and file id in place (same lengths, so xref offsets stay valid)."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}([^)]*)\)", lambda m: b"(D:20200101000000" + m.group(1) + b")", data)
    data = re.sub(rb"<(xmp:(?:Create|Modify|Metadata)Date)>[^<]*</", _xmp_date, data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(
                      m.group(2), b"0" * len(m.group(2))), data)  # fmt: skip
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    path.write_bytes(data)


def _xmp_date(m: re.Match) -> bytes:
    old = m.group(0)
    inner = old[len(m.group(1)) + 2 : -2]
    fixed = b"2020-01-01T00:00:00" + inner[19:]
    return b"<" + m.group(1) + b">" + fixed[: len(inner)] + b"</"


# --------------------------------------------------------------------------- text


def _text_escape(text: str) -> str:
    """Exports keep '&' and '<' as they are, except where '<' would read as a tag."""
    return re.sub(r"<(?=[A-Za-z/!])", "&lt;", text)


def _text_cell(cell: Cell) -> str:
    """A cell as a text export prints it: <br> between paragraphs, <ul><li> for bullets, <b>/<i>."""
    parts, in_list = [], False
    for line, bullet in paragraphs(cell.text.replace("\t", " ")):
        line = _text_escape(line)
        if bullet:
            parts.append(("" if in_list else "<ul>") + f"<li>{line}</li>")
        else:
            parts.append(("</ul>" if in_list else "<br>" if parts else "") + line)
        in_list = bullet
    out = "".join(parts) + ("</ul>" if in_list else "")
    if out and cell.bold:
        out = f"<b>{out}</b>"
    if out and cell.italic:
        out = f"<i>{out}</i>"
    return out


def _text_row(grid: Grid, row: list[Cell], header: bool) -> str:
    cells = [""] * grid.ncols
    for cell in row:
        plain = Cell(**{**cell.__dict__, "bold": cell.bold and not header})  # exports print headers plain
        cells[cell.col] = _text_cell(plain)
    return "\t".join(cells)


class PageModel:
    """Estimates where a printed page ends, so the text export breaks a long table where a PDF would.

    Measures are rough (Arial averages about 0.45 em a character); the export only needs breaks in
    plausible places, each followed by the repeated header rows when the table repeats them.
    """

    HEADING_PT = {1: 16.0, 2: 13.0, 3: 11.5}

    def __init__(self, paper: dict) -> None:
        ps = page_setup(paper)
        self.fs = ps["font_size"]
        self.width_pt = (ps["width"] - 2 * ps["margin"]) * 72 / 2.54
        self.capacity = (ps["height"] - 2 * ps["margin"]) * 72 / 2.54
        self.used = 0.0

    def text_pt(self, text: str, width_pt: float, size: float) -> float:
        chars = max(4, int(width_pt / (0.45 * size)))
        lines = sum(max(1, -(-len(line) // chars)) for line in text.split("\n")) if text else 1
        return lines * size * 1.17

    def block_pt(self, block: dict) -> float:
        kind = block["kind"]
        if kind == "heading":
            size = self.HEADING_PT.get(int(block.get("level", 1)), self.fs + 1)
            return self.text_pt(block["text"], self.width_pt, size) + size * 0.8
        if kind == "para":
            return self.text_pt(block["text"], self.width_pt, self.fs) + self.fs * 0.6
        if kind == "list":
            return sum(self.text_pt(i, self.width_pt - 18, self.fs) for i in block["items"]) + self.fs * 0.6
        return 0.0

    def row_pt(self, grid: Grid, row: list[Cell]) -> float:
        total = sum(grid.widths)
        tallest = self.fs * 1.17
        for cell in row:
            if cell.rowspan == 1:
                width = self.width_pt * sum(grid.widths[cell.col : cell.col + cell.colspan]) / total - 11
                tallest = max(tallest, self.text_pt(cell.text, width, self.fs))
        return tallest + 4

    def take(self, height: float) -> bool:
        """Add height to the page; True when it did not fit, so a new page began with it."""
        if self.used > 0 and self.used + height > self.capacity:
            self.used = height % self.capacity
            return True
        self.used += height
        return False


def render_text(paper: dict, out: Path) -> None:
    """Blocks as paragraphs, tables as tab rows; a page break is a blank line, then the running
    header and the table's header rows again (when it repeats them), as PDF-to-text exports print."""
    n_pages = 1
    for _ in range(2):  # the first pass counts the pages for "Page {page} of {pages}"
        lines, n_pages = _text_lines(paper, n_pages)
    out.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def _text_lines(paper: dict, n_pages: int) -> tuple[list[str], int]:
    page = PageModel(paper)
    page_no = [1]
    lines: list[str] = []

    def running_line(key: str) -> None:
        if paper.get(key):
            lines.extend([running(paper[key], page_no[0], n_pages), ""])

    def new_page() -> None:
        if lines and lines[-1] != "":
            lines.append("")
        running_line("footer")
        page_no[0] += 1
        running_line("header")

    running_line("header")
    for block in paper["blocks"]:
        kind = block["kind"]
        if kind != "table" and page.take(page.block_pt(block)):
            new_page()
        if kind == "heading":
            lines += ["#" * int(block.get("level", 1)) + " " + block["text"], ""]
        elif kind == "para":
            text = _text_escape(block["text"])
            lines += [f"<b>{text}</b>" if block.get("bold") else f"<i>{text}</i>" if block.get("italic") else text, ""]
        elif kind == "list":
            for i, item in enumerate(block["items"], start=1):
                lines.append((f"{i}. " if block.get("numbered") else "- ") + _text_escape(item))
            lines.append("")
        elif kind == "page_break":
            new_page()
            page.used = 0.0
        elif kind == "table":
            grid = layout(block, paper["stem"])
            head = grid.rows[: grid.n_header]
            head_pt = sum(page.row_pt(grid, h) for h in head) if grid.repeat else 0.0
            for r, row in enumerate(grid.rows):
                forced = r in grid.breaks
                if forced or page.take(page.row_pt(grid, row)):
                    if forced:
                        page.used = page.row_pt(grid, row)
                    new_page()
                    if grid.repeat and r >= grid.n_header:
                        lines += [_text_row(grid, h, True) for h in head]
                        page.used += head_pt
                lines.append(_text_row(grid, row, r < grid.n_header))
            lines.append("")
            for note in grid.notes:
                page.take(page.text_pt(note, page.width_pt, page.fs))
                lines += [note, ""]
            page.take(page.fs)
        else:
            raise ValueError(f"{paper['stem']}: unknown block kind {kind!r}")
    if lines and lines[-1] != "":
        lines.append("")
    running_line("footer")
    return lines, page_no[0]


# --------------------------------------------------------------------------- docx


def _docx_page_field(paragraph, text: str) -> None:
    """Running text with {page}/{pages} as Word PAGE/NUMPAGES fields."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pos = 0
    for m in PAGE_RE.finditer(text):
        paragraph.add_run(text[pos : m.start()])
        run_el = paragraph.add_run()._r
        for kind, instr in (("begin", None), (None, "PAGE" if m.group(1) == "page" else "NUMPAGES"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = f" {instr} "
            run_el.append(el)
        pos = m.end()
    paragraph.add_run(text[pos:])


def _docx_fill(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _docx_flag(parent, tag: str) -> None:
    from docx.oxml import OxmlElement

    parent.append(OxmlElement(tag))


def _docx_table(d, grid: Grid, rows: list[int], usable_cm: float, fs: float) -> None:
    from docx.shared import Cm, Pt

    t = d.add_table(rows=len(rows), cols=grid.ncols)
    t.style = "Table Grid"
    t.autofit = False
    col_cm = [pt * 2.54 / 72 for pt in autofit_widths(grid, fs, usable_cm * 72 / 2.54)]
    for c, gc in enumerate(t._tbl.tblGrid.gridCol_lst):
        gc.w = Cm(col_cm[c])
    for i, row in enumerate(t.rows):
        for c, cell in enumerate(row.cells):
            cell.width = Cm(col_cm[c])
        if rows[i] < grid.n_header and grid.repeat:
            _docx_flag(row._tr.get_or_add_trPr(), "w:tblHeader")
    cells = list(piece_cells(grid, rows))
    for i, cell, last in cells:  # merge before writing, so merged cells start empty
        if cell.colspan > 1 or last > i:
            t.cell(i, cell.col).merge(t.cell(last, cell.col + cell.colspan - 1))
    for i, cell, _ in cells:
        target = t.cell(i, cell.col)
        if cell.fill:
            _docx_fill(target, cell.fill)
        for k, (line, bullet) in enumerate(paragraphs(cell.text) or [("", False)]):
            p = target.paragraphs[0] if k == 0 else target.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            if bullet:
                p.paragraph_format.left_indent = Cm(0.4)
                p.paragraph_format.first_line_indent = Cm(-0.4)
                line = BULLET + line
            run_ = p.add_run(line)
            run_.bold = cell.bold or None
            run_.italic = cell.italic or None


def render_docx(paper: dict, out: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    ps = page_setup(paper)
    d = docx.Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if ps["landscape"] else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(ps["width"]), Cm(ps["height"])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(ps["margin"]))
    normal = d.styles["Normal"]
    normal.font.name = ps["font"]
    normal.font.size = Pt(ps["font_size"])
    normal.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", ps["font"])
    if paper.get("header"):
        _docx_page_field(section.header.paragraphs[0], paper["header"])
    if paper.get("footer"):
        _docx_page_field(section.footer.paragraphs[0], paper["footer"])
    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "centre": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
             "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}  # fmt: skip
    usable = ps["width"] - 2 * ps["margin"]
    for block in paper["blocks"]:
        kind = block["kind"]
        if kind == "heading":
            d.add_heading(block["text"], level=min(9, max(1, int(block.get("level", 1)))))
        elif kind == "para":
            p = d.add_paragraph()
            r = p.add_run(block["text"])
            r.bold = bool(block.get("bold")) or None
            r.italic = bool(block.get("italic")) or None
            if block.get("align"):
                p.alignment = align[block["align"]]
        elif kind == "list":
            style = "List Number" if block.get("numbered") else "List Bullet"
            for item in block["items"]:
                d.add_paragraph(item, style=style)
        elif kind == "page_break":
            d.add_page_break()
        elif kind == "table":
            grid = layout(block, paper["stem"])
            for k, rows in enumerate(segments(grid)):
                if k:
                    d.add_page_break()
                _docx_table(d, grid, rows, usable, ps["font_size"])
            notes = block.get("notes") or []
            for note in notes:
                d.add_paragraph(str(note))
            if not notes:
                d.add_paragraph()  # Word always keeps a paragraph between two tables
        else:
            raise ValueError(f"{paper['stem']}: unknown block kind {kind!r}")
    core = d.core_properties
    core.author = core.last_modified_by = "Democratic Services"
    core.created = core.modified = FIXED_DATE
    core.revision = 1
    core.title = next((b["text"] for b in paper["blocks"] if b["kind"] == "heading"), "")
    d.save(out)
    freeze_zip(out)


def freeze_zip(path: Path) -> None:
    """Rewrite a zip with fixed member dates, so the same spec gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def render_pdf_word(paper: dict, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind-docx-") as tmp:
        src = Path(tmp) / (paper["stem"] + ".docx")
        render_docx(paper, src)
        soffice_pdf(src, out)


# --------------------------------------------------------------------------- pdf-calc


def _calc_workbook(paper: dict, path: Path) -> None:
    """An XLSX laid out as a council tracker: title rows in column A, the table below, notes under it.

    Calc has one set of print titles per sheet, so when a paper holds more than one table with a
    repeating header each table (with the blocks before it) gets its own sheet.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.pagebreak import Break

    ps = page_setup(paper)
    fs = ps["font_size"]
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    grids = tables(paper)
    split = len(grids) > 1 and any(g.repeat for _, g in grids)
    ncols_all = max([g.ncols for _, g in grids] or [1])
    # A column width unit is about 5.6 pt in Calc's print; the columns together fill the printable width.
    total_units = (ps["width"] - 2 * ps["margin"]) / 2.54 * 72 / 5.6
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    state = {"row": 1, "titles": None, "sheet": 1}

    def set_widths(sheet, grid: Grid | None) -> None:
        widths = autofit_widths(grid, fs, total_units * 5.6, padding_pt=5) if grid else [1.0] * ncols_all
        for c, w in enumerate(widths, start=1):
            sheet.column_dimensions[_col_letter(c)].width = round(total_units * w / sum(widths), 2)

    def setup(sheet) -> None:
        sheet.page_setup.orientation = "landscape" if ps["landscape"] else "portrait"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        m = ps["margin"] / 2.54
        sheet.page_margins.left = sheet.page_margins.right = m
        sheet.page_margins.top = sheet.page_margins.bottom = m
        for part, text in (("oddHeader", paper.get("header")), ("oddFooter", paper.get("footer"))):
            if text:
                getattr(sheet, part).center.text = PAGE_RE.sub(lambda x: "&P" if x.group(1) == "page" else "&N",
                                                               text.replace("&", "&&"))  # fmt: skip
                getattr(sheet, part).center.size = int(fs)

    def title_row(text: str, ncols: int, bold: bool = False, size: float | None = None) -> None:
        """A line above or below a table; a long paragraph wraps in cells merged across the table."""
        size = size or fs
        units = sum(ws.column_dimensions[_col_letter(c)].width or 8.43 for c in range(1, ncols + 1))
        chars = max(20, int(units * 5.6 / (0.42 * size) * 0.92))
        if len(text) <= chars or ncols == 1:
            cell = ws.cell(row=state["row"], column=1, value=text)
            cell.font = Font(name=ps["font"], size=size, bold=bold)
            state["row"] += 1
            return
        words, chunks = text.split(" "), [""]
        for word in words:  # at most 20 lines a row, as Calc will not print a taller merged row
            if len(chunks[-1]) + len(word) + 1 > chars * 20:
                chunks.append("")
            chunks[-1] = (chunks[-1] + " " + word).strip()
        for chunk in chunks:
            r = state["row"]
            cell = ws.cell(row=r, column=1, value=chunk)
            cell.font = Font(name=ps["font"], size=size, bold=bold)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = round(-(-len(chunk) // chars) * size * 1.2 + 3, 1)
            state["row"] += 1

    setup(ws)
    set_widths(ws, grids[0][1] if grids else None)
    table_no = 0
    for block in paper["blocks"]:
        kind = block["kind"]
        if kind == "table":
            grid = grids[table_no][1]
            if split and table_no > 0:
                ws = wb.create_sheet(f"Sheet{table_no + 1}")
                setup(ws)
                set_widths(ws, grid)
                state["row"] = 1
                for text, bold, size in state.pop("pending", []):
                    title_row(text, grid.ncols, bold, size)
            table_no += 1
            top = state["row"]
            covered = grid.covered()
            for r, row in enumerate(grid.rows):
                xr = top + r
                if r in grid.breaks:
                    ws.row_breaks.append(Break(id=xr - 1))
                for c in range(grid.ncols):
                    if (r, c) in covered:
                        ws.cell(row=xr, column=c + 1).border = border
                for cell in row:
                    x = ws.cell(row=xr, column=cell.col + 1, value=cell.text or None)
                    x.font = Font(name=ps["font"], size=fs, bold=cell.bold, italic=cell.italic)
                    x.alignment = Alignment(wrap_text=True, vertical="top")
                    x.border = border
                    if cell.fill:
                        x.fill = PatternFill("solid", fgColor=cell.fill)
                    if cell.colspan > 1 or cell.rowspan > 1:
                        ws.merge_cells(start_row=xr, start_column=cell.col + 1,
                                       end_row=xr + cell.rowspan - 1, end_column=cell.col + cell.colspan)  # fmt: skip
            if grid.repeat and ws.print_title_rows is None:
                ws.print_title_rows = f"{top}:{top + grid.n_header - 1}"
            _calc_row_heights(ws, grid, top, fs)
            state["row"] = top + len(grid.rows)
            for note in grid.notes:
                title_row(note, grid.ncols)
            state["row"] += 1  # a blank row between stacked tables
            continue
        ncols = grids[min(table_no, len(grids) - 1)][1].ncols if grids else 1
        items = _calc_block_rows(block)
        if split and table_no > 0:  # blocks before a later table go to that table's sheet
            if kind == "page_break":
                continue
            state.setdefault("pending", []).extend(items)
            continue
        if kind == "page_break":
            ws.row_breaks.append(Break(id=state["row"] - 1))
            continue
        for text, bold, size in items:
            title_row(text, ncols, bold, size)
    for text, bold, size in state.pop("pending", []):  # blocks after the last table
        title_row(text, ncols_all, bold, size)
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = "Democratic Services"
    wb.save(path)


def _calc_row_heights(ws, grid: Grid, top: int, fs: float) -> None:
    """Row heights as Excel's autofit stores them: Calc does not re-measure wrapped rows it imports."""
    widths = [ws.column_dimensions[_col_letter(c + 1)].width or 8.43 for c in range(grid.ncols)]
    line_pt = fs * 1.18

    def need(cell: Cell) -> float:
        chars = max(4.0, sum(widths[cell.col : cell.col + cell.colspan]) * 5.6 / (0.40 * fs) * 0.95 - 1)
        lines = sum(max(1, -(-len(t) // int(chars))) for t in cell.text.split("\n")) if cell.text else 1
        return lines * line_pt + 3

    heights = [line_pt + 3] * len(grid.rows)
    for r, row in enumerate(grid.rows):
        for cell in row:
            if cell.rowspan == 1:
                heights[r] = max(heights[r], need(cell))
    for r, row in enumerate(grid.rows):  # a tall merged cell stretches the last row it covers
        for cell in row:
            if cell.rowspan > 1:
                short = need(cell) - sum(heights[r : r + cell.rowspan])
                if short > 0:
                    heights[r + cell.rowspan - 1] += short
    for r, h in enumerate(heights):
        ws.row_dimensions[top + r].height = round(h, 1)


def _calc_block_rows(block: dict) -> list[tuple[str, bool, float | None]]:
    kind = block["kind"]
    if kind == "heading":
        level = int(block.get("level", 1))
        return [(block["text"], True, {1: 14, 2: 12}.get(level))]
    if kind == "para":
        return [(block["text"], bool(block.get("bold")), None)]
    if kind == "list":
        return [((f"{i}. " if block.get("numbered") else BULLET) + item, False, None)
                for i, item in enumerate(block["items"], start=1)]  # fmt: skip
    if kind == "page_break":
        return []
    raise ValueError(f"unknown block kind {kind!r}")


def _col_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def render_pdf_calc(paper: dict, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind-xlsx-") as tmp:
        src = Path(tmp) / (paper["stem"] + ".xlsx")
        _calc_workbook(paper, src)
        soffice_pdf(src, out)


# --------------------------------------------------------------------------- pdf-chromium


def _html_cell_body(cell: Cell) -> str:
    parts, in_list = [], False
    for line, bullet in paragraphs(cell.text):
        line = escape(line)
        if bullet:
            parts.append(("" if in_list else "<ul>") + f"<li>{line}</li>")
        else:
            parts.append(("</ul>" if in_list else "<br>" if parts else "") + line)
        in_list = bullet
    out = "".join(parts) + ("</ul>" if in_list else "")
    if cell.bold:
        out = f"<strong>{out}</strong>"
    if cell.italic:
        out = f"<em>{out}</em>"
    return out


def _html_row(row: list[Cell], tag: str, page_break: bool) -> str:
    cells = []
    for cell in row:
        attrs = ""
        if cell.colspan > 1:
            attrs += f' colspan="{cell.colspan}"'
        if cell.rowspan > 1:
            attrs += f' rowspan="{cell.rowspan}"'
        if cell.fill:
            attrs += f' style="background-color:#{cell.fill}"'
        cells.append(f"<{tag}{attrs}>{_html_cell_body(cell)}</{tag}>")
    style = ' style="break-before:page"' if page_break else ""
    return f"<tr{style}>" + "".join(cells) + "</tr>"


def html_page(paper: dict) -> str:
    ps = page_setup(paper)
    margin_boxes = ""
    for box, key in (("top-center", "header"), ("bottom-center", "footer")):
        if paper.get(key):
            parts = []
            pos = 0
            for m in PAGE_RE.finditer(paper[key]):
                parts += [_css_string(paper[key][pos : m.start()]), f"counter({m.group(1)})"]
                pos = m.end()
            parts.append(_css_string(paper[key][pos:]))
            margin_boxes += f"@{box} {{ content: {' '.join(parts)}; font: {ps['font_size']}pt Arial; }}"
    css = f"""
@page {{ size: A4 {'landscape' if ps['landscape'] else 'portrait'}; margin: {ps['margin']}cm; {margin_boxes} }}
body {{ font-family: {ps['font']}, sans-serif; font-size: {ps['font_size']}pt; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: auto; margin: 0.5em 0; }}
th, td {{ border: 1px solid #000; padding: 2px 4px; vertical-align: top; text-align: left; }}
th {{ font-weight: bold; background: #fff; }}
td ul, th ul {{ margin: 0; padding-left: 1.2em; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.page-break {{ break-after: page; }}
"""
    body = []
    for block in paper["blocks"]:
        kind = block["kind"]
        if kind == "heading":
            level = min(6, max(1, int(block.get("level", 1))))
            body.append(f"<h{level}>{escape(block['text'])}</h{level}>")
        elif kind == "para":
            style = []
            if block.get("bold"):
                style.append("font-weight:bold")
            if block.get("italic"):
                style.append("font-style:italic")
            if block.get("align"):
                style.append("text-align:" + {"centre": "center"}.get(block["align"], block["align"]))
            attr = f' style="{";".join(style)}"' if style else ""
            body.append(f"<p{attr}>{escape(block['text'])}</p>")
        elif kind == "list":
            tag = "ol" if block.get("numbered") else "ul"
            body.append(f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in block["items"]) + f"</{tag}>")
        elif kind == "page_break":
            body.append('<div class="page-break"></div>')
        elif kind == "table":
            grid = layout(block, paper["stem"])
            total = sum(grid.widths)
            cols = "".join(f'<col style="width:{100 * w / total:.2f}%">' for w in grid.widths)
            head = "".join(_html_row(r, "th", False) for r in grid.rows[: grid.n_header])
            rows = "".join(_html_row(r, "td", i + grid.n_header in grid.breaks)
                           for i, r in enumerate(grid.rows[grid.n_header :]))  # fmt: skip
            if grid.repeat:
                body.append(f"<table><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{rows}</tbody></table>")
            else:
                body.append(f"<table><colgroup>{cols}</colgroup><tbody>{head}{rows}</tbody></table>")
            body += [f"<p>{escape(n)}</p>" for n in grid.notes]
        else:
            raise ValueError(f"{paper['stem']}: unknown block kind {kind!r}")
    title = escape(next((b["text"] for b in paper["blocks"] if b["kind"] == "heading"), paper["stem"]))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")  # fmt: skip


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_pdf_chromium(paper: dict, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind-html-") as tmp:
        page = Path(tmp) / (paper["stem"] + ".html")
        page.write_text(html_page(paper), encoding="utf-8")
        profile = Path(tmp) / "profile"
        target = Path(tmp) / "out.pdf"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={target}",
             f"file://{page}"], "chromium")  # fmt: skip
        shutil.move(target, out)
    freeze_pdf(out)


# --------------------------------------------------------------------------- pdf-reportlab


def _rl_markup(cell: Cell) -> str:
    lines = [(BULLET if bullet else "") + escape(line) for line, bullet in paragraphs(cell.text)]
    out = "<br/>".join(lines)
    if out and cell.bold:
        out = f"<b>{out}</b>"
    if out and cell.italic:
        out = f"<i>{out}</i>"
    return out


def _rl_table(grid: Grid, rows: list[int], style_name: str, width_pt: float, cell_style):
    """One ReportLab Table of the given grid rows (header rows first when they are included)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[""] * grid.ncols for _ in rows]
    cmds: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 3)]  # fmt: skip
    n_head = sum(1 for r in rows if r < grid.n_header)
    body_rows = range(n_head, len(rows))
    if style_name == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif style_name == "rules":
        cmds += [("LINEBELOW", (0, i), (-1, i), 0.25, colors.HexColor("#808080")) for i in body_rows]
        if n_head:
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                     ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 1, colors.black)]  # fmt: skip
    elif style_name == "zebra":
        if n_head:
            cmds.append(("BACKGROUND", (0, 0), (-1, n_head - 1), colors.HexColor("#D9E1F2")))
        if len(rows) > n_head:
            cmds.append(("ROWBACKGROUNDS", (0, n_head), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]))
    for i, cell, last in piece_cells(grid, rows):
        data[i][cell.col] = [Paragraph(_rl_markup(cell), cell_style)]  # a list, so a row can split inside
        end = (cell.col + cell.colspan - 1, last)
        if cell.colspan > 1 or last > i:
            cmds.append(("SPAN", (cell.col, i), end))
        if cell.fill:
            cmds.append(("BACKGROUND", (cell.col, i), end, colors.HexColor("#" + cell.fill)))
    table = Table(data, colWidths=autofit_widths(grid, cell_style.fontSize, width_pt, padding_pt=6),
                  repeatRows=n_head if grid.repeat else 0, splitByRow=0, splitInRow=1, hAlign="LEFT")  # fmt: skip
    table.setStyle(TableStyle(cmds))
    return table


def _rl_story(paper: dict, style_name: str, width_pt: float) -> list:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, Spacer

    ps = page_setup(paper)
    fs = ps["font_size"]
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("body", fontName="Helvetica", fontSize=fs, leading=fs * 1.25)
    cell_style = body.clone("cell", spaceBefore=0, spaceAfter=0)
    heads = {lvl: ss[f"Heading{lvl}"].clone(f"h{lvl}", fontName="Helvetica-Bold") for lvl in range(1, 7)}
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "centre": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
    story: list = []
    for block in paper["blocks"]:
        kind = block["kind"]
        if kind == "heading":
            story.append(Paragraph(escape(block["text"]), heads[min(6, max(1, int(block.get("level", 1))))]))
        elif kind == "para":
            text = escape(block["text"])
            text = f"<b>{text}</b>" if block.get("bold") else text
            text = f"<i>{text}</i>" if block.get("italic") else text
            story.append(Paragraph(text, body.clone("p", alignment=aligns.get(block.get("align", "left"), TA_LEFT))))
        elif kind == "list":
            items = [ListItem(Paragraph(escape(i), body)) for i in block["items"]]
            story.append(ListFlowable(items, bulletType="1" if block.get("numbered") else "bullet",
                                      start=None if block.get("numbered") else "\u2022", bulletFontSize=fs))  # fmt: skip
        elif kind == "page_break":
            story.append(PageBreak())
        elif kind == "table":
            grid = layout(block, paper["stem"])
            story.append(Spacer(1, 4))
            for k, rows in enumerate(segments(grid)):
                if k > 0:
                    story.append(PageBreak())
                story.append(_rl_table(grid, rows, style_name, width_pt, cell_style))
            story.append(Spacer(1, 4))
            story += [Paragraph(escape(n), body) for n in grid.notes]
        else:
            raise ValueError(f"{paper['stem']}: unknown block kind {kind!r}")
    return story


def render_pdf_reportlab(paper: dict, out: Path, style_name: str) -> None:
    from reportlab import rl_config
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1  # fixed dates and ids in the PDF
    ps = page_setup(paper)
    size = (ps["width"] * cm, ps["height"] * cm)
    margin = ps["margin"] * cm
    count = {"pages": 0, "last": 0}

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", max(6, ps["font_size"] - 1))
        if paper.get("header"):
            canvas.drawCentredString(size[0] / 2, size[1] - margin * 0.6, running(paper["header"], doc.page, count["pages"]))
        if paper.get("footer"):
            canvas.drawCentredString(size[0] / 2, margin * 0.5, running(paper["footer"], doc.page, count["pages"]))
        canvas.restoreState()
        count["last"] = doc.page

    title = next((b["text"] for b in paper["blocks"] if b["kind"] == "heading"), "")
    for _ in range(2 if "{pages}" in (paper.get("header") or "") + (paper.get("footer") or "") else 1):
        doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                bottomMargin=margin, title=title, author="", creator="ReportLab")  # fmt: skip
        doc.build(_rl_story(paper, style_name, size[0] - 2 * margin), onFirstPage=on_page, onLaterPages=on_page)
        count["pages"] = count["last"]  # the second pass prints "of N"


# --------------------------------------------------------------------------- driver


def _reportlab(style_name: str):
    return lambda paper, out: render_pdf_reportlab(paper, out, style_name)


RENDER = {
    "text": (render_text, None),
    "docx": (render_docx, None),
    "pdf-word": (render_pdf_word, "soffice"),
    "pdf-calc": (render_pdf_calc, "soffice"),
    "pdf-chromium": (render_pdf_chromium, "chromium"),
    "pdf-reportlab-grid": (_reportlab("grid"), None),
    "pdf-reportlab-rules": (_reportlab("rules"), None),
    "pdf-reportlab-zebra": (_reportlab("zebra"), None),
}


def longest_words(grid: Grid, fs: float) -> list[tuple[str, float]]:
    """Each column's widest unbreakable word and its width in pt (Helvetica's metrics are Arial's)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = [("", 0.0)] * grid.ncols
    for row in grid.rows:
        for cell in row:
            if cell.colspan == 1:
                font = "Helvetica-Bold" if cell.bold else "Helvetica"
                for word in cell.text.replace("-", " ").split():
                    pt = stringWidth(word, font, fs)
                    if pt > out[cell.col][1]:
                        out[cell.col] = (word, pt)
    return out


def autofit_widths(grid: Grid, fs: float, width_pt: float, padding_pt: float = 11.0) -> list[float]:
    """The column widths Word's autofit would print: no column narrower than its longest word, the
    room taken from columns with space to spare. Word and Chromium lay tables out this way."""
    total = sum(grid.widths)
    widths = [width_pt * w / total for w in grid.widths]
    need = [pt + padding_pt + 1 for _, pt in longest_words(grid, fs)]
    if sum(need) >= width_pt:
        return [n / sum(need) * width_pt for n in need]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return widths
    return [n if w < n else w - (w - n) * short / spare for n, w in zip(need, widths, strict=True)]


def warn_narrow_columns(paper: dict) -> None:
    """Say when a table's longest words cannot all fit across the page, so some will be broken
    ("Implemente|d") even after the columns are widened to their words."""
    page = PageModel(paper)
    for i, (_, grid) in enumerate(tables(paper)):
        need = sum(pt + 11 for _, pt in longest_words(grid, page.fs))
        if need > page.width_pt:
            print(f"  note: {paper['stem']} table {i + 1}: its longest words need {need:.0f} pt, the page has "
                  f"{page.width_pt:.0f} pt; some words will break")  # fmt: skip


def render_paper(paper: dict, batch: Path, only_producers: set[str] | None) -> list[Path]:
    warn_narrow_columns(paper)
    written = []
    for producer in paper.get("producers", []):
        if producer not in RENDER:
            raise ValueError(f"{paper['stem']}: unknown producer {producer!r}")
        if only_producers and producer not in only_producers:
            continue
        render, program = RENDER[producer]
        if program and shutil.which(program) is None:
            print(f"  skip {producer}: {program} is not installed")
            continue
        folder = batch / producer
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / (paper["stem"] + SUFFIX.get(producer, ".pdf"))
        render(paper, out)
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", type=Path)
    ap.add_argument("--only", help="render only this stem")
    ap.add_argument("--producers", help="comma-separated producers to render (default: each spec's own list)")
    args = ap.parse_args(argv)
    only_producers = set(args.producers.split(",")) if args.producers else None
    specs = sorted((args.batch / "specs").glob("*.py"))
    if args.only:
        specs = [s for s in specs if s.stem == args.only]
    if not specs:
        print(f"no specs found in {args.batch / 'specs'}", file=sys.stderr)
        return 1
    failed = 0
    for spec in specs:
        try:
            paper = load_paper(spec)
            written = render_paper(paper, args.batch, only_producers)
            print(f"{spec.stem}: " + ", ".join(p.parent.name for p in written))
        except Exception as exc:  # one broken spec must not stop the batch
            failed += 1
            print(f"{spec.stem}: FAILED {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

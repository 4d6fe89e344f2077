"""Word papers (.docx, and legacy .doc through LibreOffice when it is installed).

The body is walked in document order, paragraphs and tables interleaved, so a heading or a
banner above a table stays next to it. Vertical merges (vMerge) and horizontal spans
(gridSpan) become the model's merged cells and spans, so carry-down works as for PDF and
text. Tracked insertions are kept and deletions dropped. Before python-docx reads anything,
the archive is checked: a zip that would expand beyond a size limit, or XML that declares
entities or a DTD, is refused unread.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .model import BULLET, Block, Cell, Document, DocumentLoadError, Row, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024  # a single XML part, uncompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # the whole archive, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, per part
XML_PARTS = re.compile(r"^word/(document|styles|numbering|header\d*|footer\d*)\.xml$")


def check_archive(path: Path) -> None:
    """Refuse, before parsing, what is not a Word archive or would be hostile to parse."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise DocumentLoadError(
            "not a Word document: not a zip archive (corrupt or mislabelled file)"
        ) from exc
    except OSError as exc:
        raise DocumentLoadError(f"cannot read Word document: {exc.strerror or exc}") from exc
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise DocumentLoadError("not a Word document: the archive has no word/document.xml")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise DocumentLoadError(
                f"refused: archive would expand to {total // (1 << 20)} MB (limit {MAX_TOTAL_BYTES >> 20} MB)"
            )
        for info in infos:
            if not XML_PARTS.match(info.filename):
                continue
            if info.file_size > MAX_PART_BYTES or (
                info.compress_size
                and info.file_size / info.compress_size > MAX_RATIO
                and info.file_size > 1 << 20
            ):
                raise DocumentLoadError(
                    f"refused: {info.filename} would expand to {info.file_size // (1 << 20)} MB (zip bomb?)"
                )
            data = _read_limited(zf, info)
            _check_xml(info.filename, data)


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read a part, stopping past the limit whatever the archive declares (declared sizes can lie)."""
    chunks, size = [], 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                size += len(chunk)
                if size > MAX_PART_BYTES:
                    raise DocumentLoadError(
                        f"refused: {info.filename} expands beyond {MAX_PART_BYTES >> 20} MB (zip bomb?)"
                    )
                chunks.append(chunk)
    except DocumentLoadError:
        raise
    except Exception as exc:  # zlib.error, BadZipFile, EOFError: a damaged stream
        raise DocumentLoadError(f"corrupt Word document: cannot read {info.filename}") from exc
    return b"".join(chunks)


def _check_xml(name: str, data: bytes) -> None:
    """XML that declares a DTD or entities is refused and never expanded ("billion laughs")."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise DocumentLoadError(f"refused: {name} declares a DTD or entities (never expanded)") from exc
    except SafeET.ParseError as exc:
        raise DocumentLoadError(f"corrupt Word document: {name} is not well-formed XML ({exc})") from exc


def _on(el, tag: str) -> bool:
    """A w:b / w:i style toggle that is present and not switched off."""
    found = el.find(tag) if el is not None else None
    return found is not None and found.get(W + "val") not in ("0", "false", "off")


def _runs_text(p) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) of each run in a paragraph, tracked deletions dropped, insertions kept."""
    out: list[tuple[str, bool, bool]] = []
    for r in p.iter(W + "r"):
        if any(a.tag == W + "del" for a in r.iterancestors()):
            continue
        rpr = r.find(W + "rPr")
        bold, italic = _on(rpr, W + "b"), _on(rpr, W + "i")
        parts = []
        for child in r:
            if child.tag == W + "t":
                parts.append(child.text or "")
            elif child.tag in (W + "tab", W + "ptab"):
                parts.append(" ")
            elif child.tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif child.tag == W + "noBreakHyphen":
                parts.append("-")
        if parts:
            out.append(("".join(parts), bold, italic))
    return out


def _style_id(p) -> str:
    ppr = p.find(W + "pPr")
    style = ppr.find(W + "pStyle") if ppr is not None else None
    return (style.get(W + "val") or "") if style is not None else ""


def _is_list(p) -> bool:
    ppr = p.find(W + "pPr")
    if ppr is not None and ppr.find(W + "numPr") is not None:
        return True
    return bool(re.search(r"list|bullet", _style_id(p), re.I))


def _heading_level(p) -> int:
    m = re.match(r"(?i)heading\s*(\d)|title$", _style_id(p))
    if not m:
        return 0
    return int(m.group(1)) if m.group(1) else 1


class _Walker:
    def __init__(self) -> None:
        self.items: list[Block | Table] = []
        self.pending: list[Table] = []  # nested tables, placed after the table that holds them

    def body(self, parent) -> None:
        for child in parent:
            if child.tag == W + "p":
                self.paragraph(child)
            elif child.tag == W + "tbl":
                self.items.append(self.table(child))
                self.items.extend(self.pending)
                self.pending = []
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.body(content)

    def paragraph(self, p) -> None:
        runs = _runs_text(p)
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(t for t, _, _ in runs)).strip()
        if not text:
            return
        letters = [(t, b) for t, b, _ in runs if t.strip()]
        bold = bool(letters) and all(b for _, b in letters)
        for line in text.split("\n"):
            if line.strip():
                self.items.append(Block(text=line.strip(), level=_heading_level(p), bold=bold))

    def table(self, tbl) -> Table:
        rows: list[Row] = []
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not tbl:
                continue
            trpr = tr.find(W + "trPr")
            cells: list[Cell] = []
            before = trpr.find(W + "gridBefore") if trpr is not None else None
            for _ in range(int(before.get(W + "val", "0")) if before is not None else 0):
                cells.append(Cell())
            for tc in tr:
                if tc.tag == W + "sdt":  # a content control around cells
                    tcs = tc.findall(f"{W}sdtContent/{W}tc")
                else:
                    tcs = [tc] if tc.tag == W + "tc" else []
                for cell_el in tcs:
                    cell = self.cell(cell_el)
                    cells.append(cell)
                    cells.extend(Cell(merged=True) for _ in range(cell.col_span - 1))
            rows.append(Row(cells=cells, is_header=trpr is not None and _on(trpr, W + "tblHeader")))
        return Table(rows=rows)

    def cell(self, tc) -> Cell:
        tcpr = tc.find(W + "tcPr")
        span, merged, fill = 1, False, None
        if tcpr is not None:
            gs = tcpr.find(W + "gridSpan")
            if gs is not None and (gs.get(W + "val") or "1").isdigit():
                span = max(1, min(64, int(gs.get(W + "val"))))
            vm = tcpr.find(W + "vMerge")
            merged = vm is not None and vm.get(W + "val") in (None, "continue")
            shd = tcpr.find(W + "shd")
            if shd is not None:
                colour = (shd.get(W + "fill") or "").upper()
                fill = colour if re.fullmatch(r"[0-9A-F]{6}", colour) and colour != "FFFFFF" else None
        if merged:  # the continuation of a cell merged from above carries no text of its own
            return Cell(merged=True, col_span=span, fill=fill)
        lines: list[str] = []
        runs_all: list[tuple[str, bool, bool]] = []
        for block in self._cell_blocks(tc):
            runs = _runs_text(block)
            text = re.sub(r"[ \t\u00a0]+", " ", "".join(t for t, _, _ in runs)).strip()
            if not text:
                continue
            runs_all.extend(runs)
            for i, line in enumerate(t for t in text.split("\n") if t.strip()):
                lines.append((BULLET if _is_list(block) and i == 0 else "") + line.strip())
        letters = [(t, b, it) for t, b, it in runs_all if t.strip()]
        prefix = []
        for t, b, _ in letters:
            if not b:
                break
            prefix.append(t)
        return Cell(
            text="\n".join(lines),
            bold=bool(letters) and all(b for _, b, _ in letters),
            italic=bool(letters) and all(i for _, _, i in letters),
            bold_prefix=re.sub(r"\s+", " ", "".join(prefix)).strip(),
            col_span=span,
            fill=fill,
        )

    def _cell_blocks(self, container):
        for child in container:
            if child.tag == W + "p":
                yield child
            elif child.tag == W + "tbl":
                self.pending.append(self.table(child))
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self._cell_blocks(content)


def extract_docx(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_archive(path)
    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocumentLoadError(f"not a readable Word document ({type(exc).__name__})") from exc
    walker = _Walker()
    for section in word.sections[:1]:  # a title printed in the page header belongs to the paper
        try:
            header = section.header
            if not header.is_linked_to_previous or section is word.sections[0]:
                walker.body(header._element)
        except (ValueError, KeyError, AttributeError):
            pass
    walker.body(word.element.body)
    doc = Document(source=path, file_format="docx", items=walker.items)
    for i, table in enumerate(doc.tables):
        table.index = i
    return doc


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# LibreOffice import filters tried in turn. Naming the filter matters: left to guess, LibreOffice
# imports a damaged .doc as plain text and returns pages of CJK garbage as if it had read it.
DOC_FILTERS = {"ole": ("MS Word 97",), "rtf": ("Rich Text Format",)}  # Word 6/95 files are not read
GARBLED_SHARE = 0.3  # above this share of unlikely characters the converted text is not the paper's


def garbled_share(text: str) -> float:
    """Share of non-space characters that a UK council paper would not hold: CJK, private use, U+FFFD.

    What LibreOffice makes of bytes that are not a document is mostly such characters.
    """
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    odd = sum(
        1
        for ch in chars
        if ch == "\ufffd" or 0x2E80 <= ord(ch) <= 0xD7FF or 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000
    )
    return odd / len(chars)


def _convert(soffice: str, src: Path, tmp: str, infilter: str) -> Path | None:
    out = Path(tmp) / infilter.replace(" ", "_")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
         f"--infilter={infilter}", "--convert-to", "docx", "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    converted = out / "input.docx"  # LibreOffice exits 0 even when it could not load the file
    return converted if converted.exists() else None


def extract_legacy_doc(path: Path) -> Document:
    """A Word 97-2003 .doc (or an RTF named .doc): converted to .docx by LibreOffice when it is installed.

    A file LibreOffice cannot read with a Word filter fails with a one-line reason; converted
    text that is mostly characters no paper holds is kept but marked with a warning (partial).
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise DocumentLoadError("legacy .doc: install LibreOffice or save as .docx")
    with open(path, "rb") as fh:
        head = fh.read(8)
    kind = "ole" if head.startswith(OLE_MAGIC) else "rtf" if head.startswith(b"{\\rtf") else None
    if kind is None:
        raise DocumentLoadError("legacy .doc: not a Word 97-2003 document (no Word file header)")
    with tempfile.TemporaryDirectory(prefix="committee-papers-") as tmp:
        src = Path(tmp) / ("input" + ".doc")
        shutil.copyfile(path, src)
        converted = None
        for infilter in DOC_FILTERS[kind]:
            try:
                converted = _convert(soffice, src, tmp, infilter)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
                raise DocumentLoadError(
                    f"legacy .doc: LibreOffice could not convert it ({type(exc).__name__})"
                ) from exc
            if converted is not None:
                break
        if converted is None:
            raise DocumentLoadError(
                "legacy .doc: LibreOffice could not read it (damaged, or not a Word 97-2003 document)"
            )
        doc = extract_docx(converted)
    doc.source = path
    share = garbled_share(doc.full_text())
    if share > GARBLED_SHARE:
        doc.warnings.append(
            f"legacy .doc: {share:.0%} of the converted text is characters no paper holds (damaged file?)"
        )
    return doc

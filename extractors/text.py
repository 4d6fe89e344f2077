"""Text papers (exports of council PDFs): markdown headings, light inline HTML, tab or pipe tables.

Tables are cut into pieces wherever the export put a blank line (usually a page break);
joining them back is table assembly's job, not this module's.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .model import BULLET, Block, Cell, Document, DocumentLoadError, Row, Table

MAX_TEXT_BYTES = 200 * 1024 * 1024

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_DASH_RULE = re.compile(r"^[\s\-|=+:]*-{3,}[\s\-|=+:]*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_LIST_MARK = re.compile(r"^\s*(?:[-*+\u2022\u00b7]|\d{1,2}[.)])\s+")


def decode_bytes(data: bytes) -> str:
    """Decode a text paper: BOMs first, UTF-8, BOM-less UTF-16, then cp1252 (Word's Western default)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:4096]
    if len(head) >= 4:
        even_nuls = head[0::2].count(0) / max(1, len(head[0::2]))
        odd_nuls = head[1::2].count(0) / max(1, len(head[1::2]))
        if odd_nuls > 0.4 and even_nuls < 0.1:
            return data.decode("utf-16-le", errors="replace")
        if even_nuls > 0.4 and odd_nuls < 0.1:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    """True when bytes are not a text document: many NULs or control bytes in the first 8 KiB."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    text = decode_bytes(head)
    if not text:
        return False
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return controls / len(text) > 0.05


def _inline_html_to_cell(raw: str) -> Cell:
    """Turn one cell of light HTML into a Cell: <p>/<br> break paragraphs, <li> become bullet items."""
    raw = _MD_EMPHASIS.sub(lambda m: f"<b>{m.group(2)}</b>", raw)
    segments: list[tuple[str, bool, bool]] = []  # (text, bold, italic)
    bold_depth = italic_depth = 0
    pos = 0
    for m in _TAG.finditer(raw):
        if m.start() > pos:
            segments.append((html.unescape(raw[pos : m.start()]), bold_depth > 0, italic_depth > 0))
        pos = m.end()
        closing, tag = m.group(1), m.group(2).lower()
        if tag in ("b", "strong"):
            bold_depth = max(0, bold_depth + (-1 if closing else 1))
        elif tag in ("i", "em"):
            italic_depth = max(0, italic_depth + (-1 if closing else 1))
        elif tag == "li" and not closing:
            segments.append(("\n" + BULLET, False, False))
        elif tag in ("p", "br", "div", "ul", "ol", "tr", "li"):
            segments.append(("\n", False, False))
    if pos < len(raw):
        segments.append((html.unescape(raw[pos:]), bold_depth > 0, italic_depth > 0))

    text_chars = sum(len(t.strip()) for t, _, _ in segments)
    bold_chars = sum(len(t.strip()) for t, b, _ in segments if b)
    italic_chars = sum(len(t.strip()) for t, _, i in segments if i)
    prefix: list[str] = []
    for t, b, _ in segments:  # the leading run of bold text, e.g. "Achieved."
        if not t.strip() or t.strip() == BULLET.strip():
            continue
        if not b:
            break
        prefix.append(t)
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(t for t, _, _ in segments).split("\n")
    ]
    return Cell(
        text="\n".join(ln for ln in lines if ln),
        bold=text_chars > 0 and bold_chars >= 0.8 * text_chars,
        italic=text_chars > 0 and italic_chars >= 0.8 * text_chars,
        bold_prefix=re.sub(r"\s+", " ", "".join(prefix)).strip(),
    )


def _split_row(line: str) -> list[str] | None:
    if "\t" in line:
        return line.rstrip("\r\n").split("\t")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        inner = stripped[1:-1] if stripped.endswith("|") else stripped[1:]
        return [c.strip() for c in inner.split("|")]
    return None


def parse_text(text: str, source: Path) -> Document:
    """Parse decoded text into blocks and tables (no assembly, no normalisation)."""
    doc = Document(source=source, file_format="text")
    current: list[Row] | None = None

    def close_table() -> None:
        nonlocal current
        if current:
            doc.items.append(Table(rows=current, index=len(doc.tables)))
        current = None

    for line in text.splitlines():
        if "\x00" in line:
            line = line.replace("\x00", "")
        cells = _split_row(line)
        if cells is not None and sum(1 for c in cells if c.strip()) >= 1 and len(cells) >= 2:
            if _PIPE_SEPARATOR.match(line):
                continue
            if current is None:
                current = []
            current.append(Row(cells=[_inline_html_to_cell(c) for c in cells]))
            continue
        if _DASH_RULE.match(line) and current is not None:
            continue  # a plain-text table rule under a row
        if not line.strip():
            close_table()
            continue
        close_table()
        heading = _HEADING.match(line)
        level = len(heading.group(1)) if heading else 0
        body = heading.group(2) if heading else _LIST_MARK.sub("", line, count=1)
        cell = _inline_html_to_cell(body)
        if cell.text:
            doc.items.append(Block(text=cell.text.replace("\n", " "), level=level, bold=cell.bold))
    close_table()
    return doc


def extract_text(path: Path) -> Document:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise DocumentLoadError(
            f"text file too large ({size // (1024 * 1024)} MB; limit {MAX_TEXT_BYTES // (1024 * 1024)} MB)"
        )
    data = path.read_bytes()
    if not data.strip():
        raise DocumentLoadError("empty file")
    if looks_binary(data):
        raise DocumentLoadError("not a text document: binary content (unknown format)")
    text = decode_bytes(data)
    doc = parse_text(text, path)
    if "\ufffd" in text:
        doc.warnings.append("some characters could not be decoded and were replaced")
    return doc

"""The shared document model every extractor produces and table assembly reads.

A document is an ordered list of items: text blocks and tables. Tables are rows of cells;
each cell keeps its text (paragraphs separated by "\\n", list items prefixed with BULLET),
its styling, its span and where it came from, so format-independent code can reason about
merged cells, page breaks and status colours without knowing the file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BULLET = "\u2022 "  # list items inside a cell start with this marker, whatever the source format


@dataclass
class Cell:
    """One table cell.

    `merged` marks the continuation of a cell merged from above or from the left (pdfplumber
    gives None, Word gives vMerge="continue"); such a cell carries no text of its own.
    `bold_prefix` is the leading run of bold text, where a status phrase often sits.
    """

    text: str = ""
    bold: bool = False
    italic: bool = False
    bold_prefix: str = ""
    row_span: int = 1
    col_span: int = 1
    merged: bool = False
    fill: str | None = None  # background colour as RRGGBB hex, when known
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass
class Row:
    cells: list[Cell]
    page: int | None = None
    is_header: bool = False  # marked as a repeating header row by the source (Word tblHeader)

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass
class Table:
    rows: list[Row]
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    index: int = 0  # 0-based position among the document's tables
    column_starts: list[float] | None = None  # where a table read from word alignment starts its columns

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


@dataclass(frozen=True)
class TextRun:
    """One run of text as printed on a page: a line of a cell, or of a paragraph (PDF triage reads
    these to judge a page before parsing it). `top` and `bottom` are distances from the page top."""

    text: str
    x0: float
    top: float
    bottom: float
    x1: float | None = None  # where the run ends; None when not known


@dataclass
class Block:
    """A paragraph or heading of running text. `level` is the heading level, 0 for body text."""

    text: str
    level: int = 0
    bold: bool = False
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass
class Document:
    source: Path
    file_format: str  # pdf, docx, text
    items: list[Block | Table] = field(default_factory=list)
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # pages read by OCR (extractors/ocr.py)
    ocr_confidence: float | None = None  # their mean word confidence, 0-1

    @property
    def tables(self) -> list[Table]:
        return [i for i in self.items if isinstance(i, Table)]

    @property
    def blocks(self) -> list[Block]:
        return [i for i in self.items if isinstance(i, Block)]

    def full_text(self) -> str:
        """All text in reading order, tables flattened row by row (for metadata and matching)."""
        out: list[str] = []
        for item in self.items:
            if isinstance(item, Block):
                out.append(item.text)
            else:
                for row in item.rows:
                    out.append("\t".join(c.text.replace("\n", " ") for c in row.cells))
        return "\n".join(out)


class DocumentLoadError(Exception):
    """The file cannot be read as what it claims to be: bad input, not a defect of ours.

    The message is one line a person understands; it goes to errors.csv and documents.error.
    """

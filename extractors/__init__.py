"""Extractors turn one file into the shared document model (extractors.model.Document).

The format is decided by content, not only by name: a PDF named .docx is read as a PDF.
Each format has one small module; this table is the only place that knows them all.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from .model import Block, Cell, Document, DocumentLoadError, Row, Table

__all__ = ["Block", "Cell", "Document", "DocumentLoadError", "Row", "Table", "sniff_format", "extract"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".htm", ".html", ".tsv", ".csv"}


def sniff_format(path: Path, head: bytes) -> str:
    """'pdf', 'docx', 'doc', 'text', or 'unknown' from the first bytes (and the name as a last resort)."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "docx" if path.suffix.lower() == ".docx" else "unknown"
        return "docx" if "word/document.xml" in names or path.suffix.lower() == ".docx" else "unknown"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"  # let the PDF reader say what is wrong with it
    if suffix == ".docx":
        return "docx"
    if suffix == ".doc":  # without Word's header: an RTF, or a web page or text saved under that name
        return "doc" if head.startswith(b"{\\rtf") else "text"
    return "text"


def _pdf(path: Path) -> Document:
    from .pdf import extract_pdf

    return extract_pdf(path)


def _docx(path: Path) -> Document:
    from .docx import extract_docx

    return extract_docx(path)


def _doc(path: Path) -> Document:
    from .docx import extract_legacy_doc

    return extract_legacy_doc(path)


def _text(path: Path) -> Document:
    from .text import extract_text

    return extract_text(path)


EXTRACTORS: dict[str, Callable[[Path], Document]] = {"pdf": _pdf, "docx": _docx, "doc": _doc, "text": _text}


def extract(path: Path) -> Document:
    """Read `path` with the extractor its content calls for; DocumentLoadError when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except PermissionError as exc:
        raise DocumentLoadError("cannot read file: permission denied") from exc
    except OSError as exc:
        raise DocumentLoadError(f"cannot read file: {exc.strerror or exc}") from exc
    if not head:
        raise DocumentLoadError("empty file (0 bytes)")
    fmt = sniff_format(path, head)
    if fmt == "unknown":
        raise DocumentLoadError("unsupported file type (a zip archive that is not a Word document)")
    return EXTRACTORS[fmt](path)

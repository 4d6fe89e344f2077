"""One file through every stage: extract -> assemble -> normalise -> validate. One result per file.

A file's result is never SUCCESS ("ok") while it carries errors; bad input (DocumentLoadError)
and our own defects (any other exception) both become a failed result with a one-line reason,
so a batch never stops on one file.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractors import extract
from extractors.model import DocumentLoadError
from schemas.canonical import SCHEMA_VERSION, SchemaError, validate_records

from .assembly import assemble_document, split_stacked_tables
from .glossary import document_glossary
from .metadata import doc_kind, doc_subkind, publisher_ranking, read_metadata
from .normalise.councils import Council, council_by_name, decide_publisher
from .normalise.dates import as_at_date, as_of_date, find_dates, period_end
from .records import DocContext, normalise_action
from .trail import accounting_warnings, trail_records


@dataclass
class Override:
    """What a manifest says about a file; it beats what the text says."""

    council: str | None = None
    body: str | None = None
    meeting_date: str | None = None


@dataclass
class FileResult:
    document: dict
    actions: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)  # the decision trail: tables found, and plan rows' fates
    table_rows: list[dict] = field(default_factory=list)


def document_id(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def _error(source: str, stage: str, message: str, severity: str = "error", page=None, row=None) -> dict:
    return {
        "source_file": source,
        "stage": stage,
        "severity": severity,
        "message": _one_line(message),
        "page": page,
        "row_index": row,
    }


def empty_document(rel: str, doc_id: str, size: int | None) -> dict:
    return {
        "document_id": doc_id, "source_file": rel, "file_format": None, "pages": None, "council": None,
        "council_code": None, "body": None, "meeting_date": None, "report_title": None, "doc_kind": "other",
        "n_actions": 0, "parse_status": "failed", "error": None, "council_source": None,
        "council_evidence": None, "doc_subkind": None, "n_tables": None,
        "n_warnings": 0, "bytes": size, "seconds": None, "ocr_confidence": None, "schema_version": SCHEMA_VERSION,
    }  # fmt: skip


def failed_result(rel: str, doc_id: str, size: int | None, stage: str, message: str) -> FileResult:
    doc = empty_document(rel, doc_id, size)
    doc["error"] = _one_line(message)
    return FileResult(doc, [], [_error(rel, stage, message)])


def process_file(
    path: Path, rel: str, override: Override | None = None, folders: tuple[str, ...] = ()
) -> FileResult:
    """Everything the dataset holds about one input file. Never raises."""
    started = time.perf_counter()
    try:
        size = path.stat().st_size
        doc_id = document_id(path)
    except OSError as exc:
        return failed_result(rel, "0" * 16, None, "read", f"cannot read file: {exc.strerror or exc}")
    try:
        result = _process(path, rel, doc_id, size, override or Override(), folders)
    except DocumentLoadError as exc:
        result = failed_result(rel, doc_id, size, "read", str(exc))
    except RecursionError:
        result = failed_result(rel, doc_id, size, "extract", "document nesting too deep to read")
    except MemoryError:
        result = failed_result(rel, doc_id, size, "extract", "document too large to read in memory")
    except Exception as exc:  # our defect, not the file's: record it and keep the batch going
        where = traceback.extract_tb(exc.__traceback__)[-1]
        result = failed_result(
            rel, doc_id, size, "extract",
            f"internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})",
        )  # fmt: skip
    result.document["seconds"] = round(time.perf_counter() - started, 4)
    return result


def _process(
    path: Path, rel: str, doc_id: str, size: int, override: Override, folders: tuple[str, ...]
) -> FileResult:
    doc = extract(path)
    errors = [_error(rel, "extract", w, "warning") for w in doc.warnings]
    full_text = doc.full_text()
    ranked = publisher_ranking(doc)
    meta = read_metadata(doc, full_text, ranked)
    council, source, evidence = _council(ranked, override, folders)
    if override.body:
        meta.body = override.body
    if override.meeting_date:
        dates = find_dates(override.meeting_date)
        meta.meeting_date = dates[0].value if dates else meta.meeting_date

    as_of = _document_as_of(doc) or meta.meeting_date
    ctx = DocContext(
        document_id=doc_id,
        source_file=rel,
        extractor=doc.file_format,
        council=council.name if council else None,
        council_code=council.gss if council else None,
        as_of=as_of,
        subject=meta.report_title,
        abbreviations=document_glossary(split_stacked_tables(doc)),  # a key printed in the plan's grid too
    )
    actions: list[dict] = []
    assembly = assemble_document(doc)
    for raw in assembly.actions:
        try:
            record = normalise_action(raw, ctx)
            if raw.page in doc.ocr_pages:  # OCR (issue 15): a row read from a scanned page
                record["extractor"] = "pdf+ocr"
            validate_records("actions", [record])
        except (SchemaError, ValueError, TypeError) as exc:
            errors.append(
                _error(rel, "normalise", f"action {raw.ref}: {exc}", page=raw.page, row=raw.row_index)
            )
            continue
        actions.append(record)
    tables, table_rows = trail_records(assembly, doc_id, rel, doc.file_format)
    for message, page in accounting_warnings(assembly):
        errors.append(_error(rel, "extract", message, "warning", page=page))

    # never "ok" while anything was lost: a warning (an unreadable page, undecodable bytes) makes it partial
    status = "ok" if not errors else "partial"
    document = empty_document(rel, doc_id, size)
    document.update(
        file_format=doc.file_format,
        pages=doc.pages,
        council=ctx.council,
        council_code=ctx.council_code,
        council_source=source if council else None,
        council_evidence=evidence if council else None,
        body=meta.body,
        meeting_date=meta.meeting_date,
        report_title=meta.report_title,
        doc_kind=doc_kind(doc, len(actions), meta),
        doc_subkind=doc_subkind(doc, len(actions), meta),
        n_actions=len(actions),
        parse_status=status,
        error=errors[0]["message"] if errors else None,
        n_tables=len(doc.tables),
        n_warnings=sum(e["severity"] == "warning" for e in errors),
        ocr_confidence=doc.ocr_confidence,  # OCR (issue 15)
    )
    return FileResult(document, actions, errors, tables, table_rows)


def _council(ranked, override: Override, folders: tuple[str, ...]):
    """(council, council_source, council_evidence). The manifest; else what the paper says of itself
    (letterhead, committee); else a folder named after a council; else councils its body names."""
    if override.council and (council := council_by_name(override.council)):
        return council, "manifest", "manifest"
    folder_council = next((c for f in folders if (c := council_by_name(f))), None)  # nearest folder first
    prefer = folder_council.code if folder_council else None
    council, kind = decide_publisher(ranked, prefer=prefer, strong_only=True)
    if council is not None:
        return council, "text", kind
    if folder_council is not None:  # a body mention (a partner, the county) is weaker than the folder's name
        return folder_council, "folder", "folder_name"
    council, kind = decide_publisher(ranked)
    return council, ("text" if council else None), kind


def _document_as_of(doc) -> date | None:
    """A progress date stated in a heading of the document ('Progress up to 30 September 2013')."""
    blocks = doc.blocks[:200]
    # a heading line dates the progress first ("Progress as at 22 August 2025", "Open actions as at
    # 30 June 2023"), then a sentence that does ("This report gives the position ... as at ...")
    for block in blocks:
        if len(block.text.split()) <= 15:
            found = as_of_date(block.text) or as_at_date(block.text)
            if found:
                return found
    for block in blocks:
        if len(block.text) < 400:
            found = as_of_date(block.text)
            if found:
                return found
    for block in doc.blocks[:30]:  # else the reporting period the title names ("Quarter 2 (April-September 2016)")
        found = period_end(block.text)
        if found:
            return found
    return None


__all__ = ["Council", "FileResult", "Override", "process_file"]

"""Normalisation of assembled actions into canonical `actions` rows.

Each field goes through its own normaliser (pipeline/normalise/*); this module only wires
them together with the context one action needs from its document (council, progress date,
abbreviations the document defines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from schemas.canonical import ROLE_FAMILIES, SCHEMA_VERSION

from .assembly import RawAction
from .normalise.dates import as_of_date, find_dates, parse_due
from .normalise.officers import expand_ditto, lead_families, split_officers
from .normalise.status import Status, is_overdue, percent, read_status
from .normalise.text import cell_text, collapse_ws, strip_continued
from .normalise.themes import clean_theme, theme_category
from .vocabulary import fold

_DUE_PIECES = re.compile(r"\s*/\s*|\n")  # the terms of one due cell or of its milestones


def _through_key(cell: str, terms: dict[str, str]) -> str | None:
    """A due cell of the key's terms ("Short term", "Quick win / Later") as the key defines them."""
    pieces = [x for x in _DUE_PIECES.split(cell) if x.strip()]
    if not pieces or not any(fold(x) in terms for x in pieces):
        return None
    return " / ".join(terms.get(fold(x), x) for x in pieces)


@dataclass
class DocContext:
    document_id: str
    source_file: str
    extractor: str
    council: str | None
    council_code: str | None
    as_of: date | None  # a document-wide progress date ("Progress up to ..."), else the meeting date
    abbreviations: dict[str, str] = field(default_factory=dict)  # the document's glossary (pipeline/glossary.py)
    subject: str | None = None  # the plan's own subject (its report title), for theme_category
    last_lead: str | None = None  # the lead cell of the action above, for "ditto" (set as actions are read)


def normalise_action(raw: RawAction, ctx: DocContext) -> dict:
    """One canonical action row from one assembled action."""
    parts = raw.parts
    last = parts[-1]
    due_cells = [p.text("due") for p in parts if p.text("due").strip()]
    due_raw = " / ".join(collapse_ws(cell_text(d)) for d in due_cells) or None
    progress_cells = [p.text("progress") for p in parts]
    progress = collapse_ws(" ".join(cell_text(t) for t in progress_cells if t.strip())) or None
    # a revision may be announced in any cell: a revised-date column, status, or progress (latest first)
    sources = [cell_text(p.text("status")) for p in parts] + [cell_text(t) for t in reversed(progress_cells)]
    terms = getattr(ctx.abbreviations, "timescales", {})  # the document's own key of timescales
    keyed = [_through_key(collapse_ws(cell_text(d)), terms) for d in due_cells] if terms else []
    if any(k is not None for k in keyed):
        # "Short term" read as the key defines it ("By 31 March 2021"); due_raw keeps what was printed
        texts = [k or collapse_ws(cell_text(d)) for k, d in zip(keyed, due_cells, strict=True)]
        due = parse_due(" / ".join(texts), *sources)
    else:
        due = parse_due(due_raw, *sources)
    revised_column = find_dates(cell_text(" ".join(p.text("revised_due") for p in parts)))
    revised = max(a.value for a in revised_column) if revised_column else due.revised_due_date

    last_progress_cell = last.cells.get("progress")
    column_fill = next(
        (c.fill for c in (last.cells.get("rag"), last.cells.get("status")) if c and c.fill), None
    )
    status_cell, rag_cell = cell_text(last.text("status")).strip() or None, cell_text(last.text("rag")).strip() or None
    status = read_status(
        status_cell=status_cell,
        rag_cell=rag_cell,
        progress=cell_text(last.text("progress")) or None,
        progress_bold=last_progress_cell.bold_prefix if last_progress_cell else None,
        fill=last_progress_cell.fill if last_progress_cell else None,
        revised=revised is not None,
        column_fill=column_fill,
    )
    codes = getattr(ctx.abbreviations, "statuses", {})  # the document's own key of status codes
    printed = status_cell if status_cell in codes else rag_cell if rag_cell in codes else None
    if printed:  # '2', '✓': what the document's key says the code means
        status = Status(codes[printed][0], printed, codes[printed][1] or status.rag)
    header_as_of = as_of_date(raw.headers.get("progress")) or as_of_date(raw.headers.get("status"))
    as_of = header_as_of or ctx.as_of
    lead_raw = "\n".join(t for t in (p.text("lead") for p in parts) if t.strip()) or None
    lead = expand_ditto(lead_raw, ctx.last_lead) if lead_raw else None
    if lead_raw:
        ctx.last_lead = lead
    officers = split_officers(lead, ctx.abbreviations)
    theme = clean_theme(raw.theme)
    area = strip_continued(cell_text(raw.area)) or None
    pct = percent(cell_text(last.text("percent"))) if last.text("percent").strip() else None
    if pct is None and status.status == "completed" and last.text("percent").strip():
        pct = 100.0
    completed = find_dates(cell_text(last.text("completed_date")))
    if status.status == "unknown":
        # no status word, RAG or colour: a completion date or a percentage still says where it stands
        if completed or pct == 100:
            status = Status("completed", status.status_raw, status.rag)
        elif pct is not None:
            status = Status("on_track" if pct > 0 else "not_started", status.status_raw, status.rag)
    return {
        "document_id": ctx.document_id,
        "source_file": ctx.source_file,
        "council": ctx.council,
        "council_code": ctx.council_code,
        "action_ref": (raw.ref or "").rstrip(".").strip() or str(raw.row_index + 1),
        "theme": theme,
        "theme_category": theme_category(theme, area, ctx.subject),
        "area_for_improvement": area,
        "action": cell_text(raw.action_text) or "",
        "council_priority": collapse_ws(cell_text(parts[0].text("priority"))) or None,
        "due_raw": due_raw,
        "due_date": due.due_date,
        "due_precision": due.due_precision,
        "recurrence": due.recurrence,
        "revised_due_date": revised,
        "lead_officers": officers.posts,
        "status": status.status,
        "status_raw": status.status_raw,
        "rag": status.rag,
        "percent_complete": pct,
        "progress": progress,
        "progress_as_of": as_of,
        "is_overdue": is_overdue(due.due_date, revised, as_of, status.status),  # after the fallback above
        "page": raw.page,
        "table_index": raw.table_index,
        "row_index": raw.row_index,
        "extractor": ctx.extractor,
        "lead_officers_raw": collapse_ws(cell_text(lead_raw)) or None,
        "lead_names": officers.names,
        "milestones": len(parts),
        "date_completed": completed[-1].value if completed else None,
        "action_key": None,  # given across the whole run as the dataset is written (pipeline/linking.py)
        "lead_role_families": lead_families(officers.posts, ROLE_FAMILIES),
        "schema_version": SCHEMA_VERSION,
    }

"""The canonical dataset's schema, once: column names, Arrow types, enums, nullability.

Writers build every output (Parquet, CSV, DuckDB) from these definitions, and every table is
validated against them before it is written. Column names and enum values are fixed by
shared/spec/canonical-dataset.md; columns may be added, never renamed. Bump SCHEMA_VERSION
(semver) when the contract changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.4.0"  # 1.1.0: added action_key, lead_role_families; 1.2.0: council_evidence, doc_subkind;
# 1.3.0: the decision trail (tables, table_rows), extractor pdf+ocr, ocr_confidence, role family partner
# 1.3.0: tables and table_rows (the decision trail)
# 1.4.0: council_evidence "title" (the council's bare name opening the paper's title)

STATUS = ("completed", "on_track", "at_risk", "off_track", "not_started", "cancelled", "unknown")
RAG = ("red", "amber", "green", "blue")
PRECISION = ("day", "month", "quarter", "season", "financial_year", "year")
RECURRENCE = ("monthly", "quarterly", "six_monthly", "annual", "ongoing")
THEME_CATEGORY = (
    "local_priorities_and_outcomes",
    "organisational_and_place_leadership",
    "governance_and_culture",
    "financial_planning_and_management",
    "capacity_for_improvement",
)
EXTRACTOR = ("pdf", "docx", "text", "pdf+ocr")  # pdf+ocr: a PDF page read by OCR (issue 15)
ROLE_FAMILIES = (
    "management_team",
    "chief_executive",
    "director",
    "head_of_service",
    "member_body",
    "manager",
    "partner",  # 1.3.0: NHS, police, fire and other partner bodies named as leads
)
DOC_KIND = ("covering_report", "action_plan", "other")
# what kind of paper within doc_kind, chiefly the papers the contract files under `other`
DOC_SUBKIND = (
    "covering_report", "action_plan", "agenda_frontsheet", "minutes", "appendix", "decision",
    "impact_assessment", "supplementary_pack", "letter", "other",
)  # fmt: skip
# the kind of evidence the council came from, strongest first
COUNCIL_EVIDENCE = (
    "manifest", "letterhead", "committee", "folder_name", "meeting_folder", "title", "web_domain", "body_text"
)  # fmt: skip
PARSE_STATUS = ("ok", "partial", "failed")
STAGE = ("read", "extract", "normalise", "write")
SEVERITY = ("error", "warning")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool = True
    enum: tuple[str, ...] | None = None
    doc: str = ""


S, D, INT, F, B, L = pa.string(), pa.date32(), pa.int64(), pa.float64(), pa.bool_(), pa.list_(pa.string())

ACTIONS: tuple[Column, ...] = (
    Column("document_id", S, False, doc="first 16 hex chars of the SHA-256 of the file"),
    Column("source_file", S, False, doc="path relative to INPUT"),
    Column("council", S),
    Column("council_code", S, doc="ONS GSS code"),
    Column("action_ref", S, False),
    Column("theme", S),
    Column("theme_category", S, enum=THEME_CATEGORY),
    Column("area_for_improvement", S),
    Column("action", S, False),
    Column("council_priority", S),
    Column("due_raw", S),
    Column("due_date", D),
    Column("due_precision", S, enum=PRECISION),
    Column("recurrence", S, enum=RECURRENCE),
    Column("revised_due_date", D),
    Column("lead_officers", L, False),
    Column("status", S, False, enum=STATUS),
    Column("status_raw", S),
    Column("rag", S, enum=RAG),
    Column("percent_complete", F),
    Column("progress", S),
    Column("progress_as_of", D),
    Column("is_overdue", B),
    Column("page", INT),
    Column("table_index", INT, False),
    Column("row_index", INT, False),
    Column("extractor", S, False, enum=EXTRACTOR),
    # additions (allowed by the contract): more detail for analysts
    Column("lead_officers_raw", S, doc="the lead-officer cell as printed"),
    Column("lead_names", L, False, doc="personal names printed beside posts"),
    Column("milestones", INT, False, doc="rows the action spans (1 + milestone rows)"),
    Column("date_completed", D, doc="from a 'date completed' column, when there is one"),
    Column("action_key", S, doc="the same action across successive reports of one plan: council:plan:ref"),
    Column("lead_role_families", L, False, enum=ROLE_FAMILIES, doc="families of the lead posts"),
    Column("schema_version", S, False),
)

DOCUMENTS: tuple[Column, ...] = (
    Column("document_id", S, False),
    Column("source_file", S, False),
    Column("file_format", S, enum=("pdf", "docx", "text")),
    Column("pages", INT),
    Column("council", S),
    Column("council_code", S),
    Column("body", S),
    Column("meeting_date", D),
    Column("report_title", S),
    Column("doc_kind", S, False, enum=DOC_KIND),
    Column("n_actions", INT, False),
    Column("parse_status", S, False, enum=PARSE_STATUS),
    Column("error", S),
    # additions
    Column("council_source", S, enum=("manifest", "text", "folder"), doc="where the council came from"),
    Column("council_evidence", S, enum=COUNCIL_EVIDENCE, doc="the kind of evidence the council came from"),
    Column("doc_subkind", S, enum=DOC_SUBKIND, doc="agenda frontsheet, minutes, appendix, decision, ..."),
    Column("n_tables", INT),
    Column("n_warnings", INT, False),
    Column("bytes", INT),
    Column("seconds", F),
    Column("ocr_confidence", F, doc="mean OCR word confidence 0-1 over pages read by OCR; null: no OCR"),
    Column("schema_version", S, False),
)

ERRORS: tuple[Column, ...] = (
    Column("source_file", S, False),
    Column("stage", S, False, enum=STAGE),
    Column("severity", S, False, enum=SEVERITY),
    Column("message", S, False),
    Column("page", INT),
    Column("row_index", INT),
)

ROW_FATE = (
    "action", "continuation", "milestone", "banner", "theme", "header", "repeated_header", "title", "note",
    "legend", "total", "empty", "unplaced",
)  # fmt: skip

# the decision trail (additions): every physical table found, and what became of every row of a plan
TABLES_TRAIL: tuple[Column, ...] = (
    Column("document_id", S, False),
    Column("source_file", S, False),
    Column("table_index", INT, False, doc="0-based position among the document's tables"),
    Column("first_page", INT, doc="PDF page the table starts on"),
    Column("last_page", INT),
    Column("n_rows", INT, False),
    Column("n_cols", INT, False),
    Column("header_rows", INT, False, doc="rows read as its heading (0: none of its own)"),
    Column("header_cells", L, False, doc="each column's heading as read"),
    Column("is_plan", B, False, doc="judged an action-plan table (or a piece of one)"),
    Column("plan_confidence", F, False, doc="0-1, from the strength of the action column and its details"),
    Column("plan_table_index", INT, doc="the first table of the plan this one belongs to"),
    Column("continues_previous", B, False, doc="a piece of the plan before (a page break)"),
    Column("column_roles", L, False, doc="'column:role:score' for every column ('-': no role)"),
    Column("reason", S, doc="why it is not a plan: no action column, a key or legend, a financial table, ..."),
    Column("n_actions", INT, False, doc="actions that start in this table"),
    Column("extractor", S, False, enum=EXTRACTOR),
)

TABLE_ROWS: tuple[Column, ...] = (
    Column("document_id", S, False),
    Column("source_file", S, False),
    Column("table_index", INT, False),
    Column("row_index", INT, False, doc="0-based row within its physical table"),
    Column("page", INT),
    Column("fate", S, False, enum=ROW_FATE, doc="what became of the row"),
    Column("action_ref", S, doc="the action it went into"),
    Column("action_row_index", INT, doc="that action's row_index in actions"),
    Column("text", S, doc="the row's text, shortened"),
)

TABLES = {
    "actions": ACTIONS, "documents": DOCUMENTS, "errors": ERRORS, "tables": TABLES_TRAIL, "table_rows": TABLE_ROWS,
}  # fmt: skip


def arrow_schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in columns])


class SchemaError(ValueError):
    """A table about to be written breaks the contract; the message names the column and value."""


def validate_records(table: str, records: list[dict]) -> None:
    """Raise SchemaError if any record misses a column, breaks an enum or leaves a required field null."""
    columns = TABLES[table]
    for i, rec in enumerate(records):
        for col in columns:
            if col.name not in rec:
                raise SchemaError(f"{table}[{i}]: missing column {col.name!r}")
            value = rec[col.name]
            if value is None:
                if not col.nullable:
                    raise SchemaError(
                        f"{table}[{i}].{col.name}: null in a required column ({rec.get('source_file')})"
                    )
                continue
            if col.enum is not None and isinstance(value, list):
                bad = [v for v in value if v not in col.enum]
                if bad:
                    raise SchemaError(f"{table}[{i}].{col.name}: {bad!r} not in {', '.join(col.enum)}")
            elif col.enum is not None and value not in col.enum:
                raise SchemaError(f"{table}[{i}].{col.name}: {value!r} is not one of {', '.join(col.enum)}")
            if col.name == "percent_complete" and not 0 <= value <= 100:
                raise SchemaError(f"{table}[{i}].percent_complete: {value!r} outside 0-100")
        extra = set(rec) - {c.name for c in columns}
        if extra:
            raise SchemaError(f"{table}[{i}]: columns not in the schema: {', '.join(sorted(extra))}")


def to_arrow(table: str, records: list[dict]) -> pa.Table:
    """Validated records as an Arrow table with the schema's exact types (dates stay date32)."""
    validate_records(table, records)
    schema = arrow_schema(TABLES[table])
    return pa.Table.from_pylist(records, schema=schema)

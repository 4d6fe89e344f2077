"""Table assembly: from a document's physical tables to action-plan rows, whatever the format.

Every table an extractor finds is a candidate. Each is read the same way:
1. its header rows (none, one, or several stacked, a spanning cell lending its text to the
   columns beneath it) are found by how they read, not by position alone;
2. every column gets a role from its heading and its cells together (pipeline/column_roles.py),
   and the table is a plan when the roles say so, with a confidence and, when not, a reason;
3. a table with no header of its own and the columns of the plan before it continues that plan
   (a page break); a header-only piece lends its header to the headerless piece after it;
4. every row of a plan gets exactly one fate: action, continuation (a row cut by a page break,
   or text spilled onto a row of its own), milestone (an extra row with its own date or status),
   banner (a theme across the table), theme (only theme/area cells filled), header, repeated
   header, title, note, legend, total, empty or unplaced.
The tables with their roles and the rows with their fates are kept (`Assembly.tables`,
`Assembly.rows`): the `tables` and `table_rows` outputs and `committee-papers explain` show them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from extractors.model import Block, Cell, Document, Row, Table

from .column_roles import (
    ColumnEvidence,
    RoleDecision,
    column_evidence,
    decide,
    heading_vocab_role,
    heading_word_roles,
    summarise,
)
from .normalise.dates import as_at_date, as_of_date, find_dates, period_end
from .normalise.officers import is_ditto, is_post_title
from .normalise.text import cell_text
from .vocabulary import table_kind_pattern

CARRIED = ("theme", "area")
HEADER_ROW_BREAK = "\u2028"  # between the texts of stacked header rows in one column's heading
DETAIL = ("due", "status", "rag", "revised_due", "percent", "completed_date")

# An action number as printed at the start of its text: "1.", "3.2", "R4", "KR1.1", "OUT 001.01", "A3)"
_REF_IN_TEXT = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.):]\s*|\s+(?=[A-Z(\"'\u2018\u201c]))(?=\S)"
)
# A lettered or roman sub-item opening the text: "a) Submit ...", "(b) Adopt ...", "iii) Review ..."
_LETTER_REF_IN_TEXT = re.compile(r"^\s*\(?(?P<ref>[a-z]|[ivx]{2,4})\)\s*(?=\S)")
_LETTER_REF = re.compile(r"^(?:[a-z]|[ivx]{2,4})$")
_REF_CELL = re.compile(r"^\s*(?:[A-Z]{1,5}[\s\-]?)?\d{1,4}(?:[.\-/]\d{1,3}){0,3}[a-z]?\.?\s*$|^\s*[A-Z]{1,3}\s*$")
_HEADING_LIKE = re.compile(
    r"^(?:(?:objective|theme|priority|outcome|section|workstream|area|ambition|aim|goal|strand|pillar)\b"
    r"|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z])",
    re.I,
)
# a section heading naming what its table lists, then the theme: "ACTIONS - Theme: 12. Look after the
# environment", "Measures – Priority: Thriving towns" (a performance system's print): the theme is the value
_LISTING_THEME = re.compile(
    r"^[A-Za-z][A-Za-z ]{1,30}?(?:\s+[-–—|]\s+|\s*:\s+)"
    r"(?:theme|priority|objective|outcome|ambition|strand|pillar|well-?being objective)\s*:\s*(?P<value>\S.*)$",
    re.I,
)
# a banner across the table: "Theme 1 -", "Ambition 2:", "Outcome B", "PRIORITY 3 - ...", "Section 4."
_BANNER_WORDS = re.compile(
    r"^\s*(?:(?:strategic|corporate|key|our|council)\s+)?(?:theme|priority|priorities|ambition|outcome|objective|"
    r"aim|goal|section|workstream|work stream|strand|pillar|area|part|programme|commitment|focus)s?\b"
    r"\s*(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]\b|[IVX]{1,4}\b)?\s*[-\u2013\u2014:.)]?",
    re.I,
)
_SHOUTING = re.compile(r"^[^a-z]*[A-Z]{3}[^a-z]*$")
_NOTE = re.compile(
    r"^\s*(?:notes?\b|n\.?b\.?\b|\*|\u2020|source\s*:|signed\b|sign[- ]off|approved by|prepared by|"
    r"date of (?:next )?review|last updated|updated\s*:|version\b|\(\d\)\s)",
    re.I,
)
# "Key:", "Key to symbols", "Legend" open a key; "Key Objective 1: ..." is a banner, not one
_LEGEND = re.compile(
    r"^\s*(?:key(?=\s*(?:[:\-\u2013=]|to\b|$))|legend|rag (?:key|rating|status)|status key|abbreviations)\b\s*[:\-\u2013]?",
    re.I,
)
# a key's entries: "G = on track; A \u2013 at risk", each at the start or after a separator, never
# "anti-social" or a title's "Procurement \u2013 Reasonable Assurance \u2013 final report"
_EQUALS = re.compile(r"(?:^|[;,|]\s*|\s{2,})[A-Za-z]{1,12}\s*(?:=|\u2013|\s-\s|:)\s*[A-Za-z]")
_TOTAL = re.compile(r"^\s*(?:grand\s+)?totals?\b", re.I)
# a plan's table that reports nothing to do: "There are no outstanding recommendations.", "None."
_NOTHING = re.compile(
    r"^\s*(?:there (?:are|were|is|was) no\b|no (?:outstanding|open|current|further|new)\b|"
    r"no (?:\w+\s+){0,3}(?:are|is|were|remain|remains)\s+(?:outstanding|open|due|overdue)\b|(?:none|nil|n/?a)\.?\s*$)",
    re.I
)
# a field line under a section heading: a short label, a colon, its value ("Impact: ...", "Lead: ...")
_LABEL = re.compile(r"^\s*([A-Za-z][\w'()/\- ]{0,40}?)\s*:\s*(?=\S)")  # "Impact: ...", "Update: ..."
_SECTION_WORD = re.compile(
    r"\b(?:theme|priorit(?:y|ies)|ambition|outcome|objective|aim|goal|section|work ?stream|strand|pillar|area|"
    r"part|programme|commitment|focus)s?\b",
    re.I,
)


_PERSON_LINE = re.compile(r"(?i)^(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+[A-Z]")


def _byline(text: str) -> bool:
    """A person or a post on a line of its own ('Councillor Priya Deshmukh', 'Housing Portfolio Holder')."""
    return len(text.split()) <= 8 and bool(_PERSON_LINE.match(text) or is_post_title(text))


def _field_line(text: str) -> bool:
    """'Impact: ...', 'Hub Lead: Cllr ...': a field of a section; not 'BUSINESS PLAN AREA: Economy', whose
    label names a section, nor a title ('LGA Peer Challenge: Recommendations Tracker')."""
    m = _LABEL.match(text)
    if not m or _SECTION_WORD.search(m.group(1)) or re.search(r"\s(?:\d+[a-z]?|[A-Z]|[IVX]+)$", m.group(1)):
        return False  # a numbered label ("Issue 1: ...", "Finding B: ...") heads a section
    return not table_kind_pattern("not_section").search(text)


@dataclass
class Part:
    """One row's worth of an action: its first row, or a milestone row under it."""

    cells: dict[str, Cell] = field(default_factory=dict)

    def text(self, role: str) -> str:
        cell = self.cells.get(role)
        return cell.text if cell else ""

    def append(self, role: str, cell: Cell) -> None:
        if cell.merged or cell.empty:
            return
        if role not in self.cells or self.cells[role].empty:
            self.cells[role] = Cell(**{**cell.__dict__})
            return
        mine = self.cells[role]
        joiner = "\n" if cell.text.lstrip().startswith("\u2022") else " "
        mine.text = f"{mine.text}{joiner}{cell.text}"
        mine.fill = mine.fill or cell.fill


@dataclass
class RawAction:
    """An action as read from its table, before normalisation."""

    ref: str | None
    action_text: str
    theme: str | None
    area: str | None
    parts: list[Part]
    table_index: int
    row_index: int
    page: int | None
    headers: dict[str, str]  # role -> header text, e.g. progress -> "Progress up to 30 September 2013"


@dataclass
class TableTrail:
    """One physical table: how it was read and what it was judged to be."""

    table_index: int
    first_page: int | None
    last_page: int | None
    n_rows: int
    n_cols: int
    header_rows: int
    header_cells: list[str]
    is_plan: bool
    confidence: float
    column_roles: list[str]
    reason: str | None
    plan_table_index: int | None = None  # the first physical table of the plan it belongs to
    continues_previous: bool = False
    n_actions: int = 0


@dataclass
class RowFate:
    """What became of one row of a plan table."""

    table_index: int  # physical table
    row_index: int  # row within the physical table
    page: int | None
    fate: str
    action_ref: str | None = None
    action_row_index: int | None = None  # the action's row_index (its place in the plan)
    text: str = ""


@dataclass
class PlanTable:
    """A logical action-plan table: one or more physical tables stitched across page breaks."""

    roles: dict[int, str]
    headers: dict[str, str]
    header_texts: list[str]
    table_index: int
    n_cols: int
    decision: RoleDecision | None = None
    heading: str | None = None
    # (row, starts a new physical piece, physical table index, row index within it)
    rows: list[tuple[Row, bool, int, int]] = field(default_factory=list)
    # the rows above each piece's body: captions ("title") and column headings ("header")
    head_fates: list[RowFate] = field(default_factory=list)
    captions: set[tuple[int, int]] = field(default_factory=set)  # (table, row) captions of later pieces


@dataclass
class Assembly:
    actions: list[RawAction]
    tables: list[TableTrail]
    rows: list[RowFate]


# -- header rows ---------------------------------------------------------------------------------


def header_role(text: str) -> str | None:
    """Role of one header cell by the heading vocabulary: 'Completion Date' -> 'due'."""
    return heading_vocab_role(text)


def map_header(row: Row) -> dict[int, str] | None:
    """Column index -> role when `row` reads as a plan's header by its words alone (vocabulary);
    a quick test for page triage and metadata. Table assembly itself decides from content too."""
    roles: dict[int, str] = {}
    for col, cell in enumerate(row.cells):
        if not cell.merged and (role := header_role(cell.text)) and role not in roles.values():
            roles[col] = role
    seen = set(roles.values())
    anchors, details = seen & {"action", "area"}, seen & {"due", "lead", "progress", "status", "rag", "percent"}
    if not anchors or not details or len(seen) < 3:
        return None
    return roles


def _is_heading_cell(text: str) -> bool:
    text = cell_text(text).strip()
    if not text or len(text.split()) > 9:
        return False
    return bool(heading_vocab_role(text) or heading_word_roles(text))


_NUMBERED_ENTRY = re.compile(r"^\d{1,3}(?:\.\d{1,3})+[a-z]?\.?\s+\S+\s+\S+\s+\S+")


def header_like(row: Row) -> bool:
    """A row that reads as column headings: short cells, most of them naming a role, or marked/bold."""
    cells = [c for c in row.cells if not c.merged and not c.empty]
    if len(cells) < 2:
        return False
    texts = [cell_text(c.text).strip() for c in cells]
    if any(t[:1].islower() and len(t.split()) >= 3 and t.endswith(".") for t in texts):
        return False  # "be spent in the borough.": the tail of a row the page break cut, not a heading
    if any(_NUMBERED_ENTRY.match(t) for t in texts):
        return False  # "3.1 Refresh the financial plan": a numbered action, whatever words it shares with headings
    lengths = [len(t.split()) for t in texts]
    # headings are short, but one may be a question or a description ("What are we (or partners)
    # already doing / proposing to do"); a row of several long cells is a row of content
    short = all(n <= 20 for n in lengths) and sum(n > 10 for n in lengths) <= 1
    named = sum(_is_heading_cell(c.text) for c in cells)
    if row.is_header and short:
        return True
    if named >= 2 and named >= 0.5 * len(cells) and short:
        return True
    dated = sum(bool(find_dates(c.text)) for c in cells)
    return short and named >= 1 and all(c.bold for c in cells) and dated <= 1


def _heading_by_shape(row: Row, below: list[Row]) -> bool:
    """Headings in words no vocabulary holds ("Cause", "Likelihood", "Where we are"): a full row of
    short labels, no figures or sentences, above rows that hold sentences in the same columns."""
    cells = [(i, cell_text(c.text)) for i, c in enumerate(row.cells) if not c.merged and not c.empty]
    if len(cells) < 3 or len(cells) < 0.75 * len(row.cells) or not below:
        return False
    if any(len(t.split()) > 4 or re.search(r"\d|[.;]$", t) for _, t in cells):
        return False
    cols = {i for i, _ in cells}
    return any(
        i in cols and len(cell_text(c.text).split()) >= 6 for r in below[:3] for i, c in enumerate(r.cells)
    )


def _single_text(row: Row) -> tuple[int, Cell] | None:
    filled = [(i, c) for i, c in enumerate(row.cells) if not c.merged and not c.empty]
    return filled[0] if len(filled) == 1 else None


def find_header(table: Table) -> tuple[int, int, list[str]]:
    """(first header row, number of header rows, heading text per column); (0, 0, []) when none.

    Title rows above the header (a spreadsheet's title, a caption) are skipped; stacked header
    rows are read together, a spanning cell lending its text to each column beneath it.
    """
    rows = table.rows[:5]
    start = 0
    while start < len(rows) - 1 and _single_text(rows[start]) and not header_like(rows[start]):
        start += 1
    if start >= len(rows) or not (
        header_like(rows[start]) or _heading_by_shape(rows[start], rows[start + 1 :]) or _inner_heading(rows[start])
    ):
        return 0, 0, []
    end = start + 1
    while end < len(rows) and end - start < 3 and header_like(rows[end]) and _stacked(rows[end - 1], rows[end]):
        end += 1
    n = table.n_cols
    texts = [""] * n
    for k, row in enumerate(table.rows[start:end]):
        own = _spread(row, n, table.rows[start + k - 1] if k else None)
        for c in range(n):
            t = own[c]
            if t and fold_eq(t) not in fold_eq(texts[c]):
                texts[c] = f"{texts[c]}{HEADER_ROW_BREAK}{t}" if texts[c] else t
    return start, end - start, texts


def fold_eq(text: str) -> str:
    return " ".join(cell_text(text).casefold().split())


def _stacked(upper: Row, lower: Row) -> bool:
    """A second header row belongs to the first when the first has spans or gaps above it."""
    spans = any(c.col_span > 1 or c.merged for c in upper.cells)
    gaps = any(c.empty and not c.merged for c in upper.cells)
    return spans or gaps or lower.is_header


def _spread(row: Row, n: int, above: Row | None = None) -> list[str]:
    """Each column's heading text in one header row: a merged cell takes the text spanning it.

    A merged cell under a heading of its own in the row above, and beyond the span its left
    neighbour declares, continues that heading downwards ("Lead" merged over two header rows beside
    "No. | Recommendation"): it takes nothing from the left."""
    out = [""] * n
    last, span_end = "", -1
    for c in range(n):
        cell = row.cells[c] if c < len(row.cells) else Cell(merged=True)
        if cell.merged:
            over = above.cells[c] if above is not None and c < len(above.cells) else None
            if c > span_end and over is not None and not over.merged and not over.empty:
                last = ""  # a vertical merge, not the left cell's span
            out[c] = last
        else:
            out[c] = cell_text(cell.text).strip()
            span_end = c + cell.col_span - 1
            last = out[c] if cell.col_span > 1 or _next_merged(row, c) else ""
    return out


def _next_merged(row: Row, c: int) -> bool:
    return c + 1 < len(row.cells) and row.cells[c + 1].merged


# -- deciding what a table is ----------------------------------------------------------------------


def _evidence_rows(rows: list[Row], n_cols: int) -> list[Row]:
    """Body rows that speak for the columns: not banners, notes or rows of one cell."""
    out = [r for r in rows if not all(c.empty for c in r.cells)]
    if n_cols >= 3:
        out = [r for r in out if _single_text(r) is None]
    return out[:200]


def judge(header_texts: list[str], body: list[Row], n_cols: int) -> RoleDecision:
    """Roles of the columns and plan-or-not, from the heading texts and the body cells."""
    rows = _evidence_rows(body, n_cols)
    evidence: list[ColumnEvidence] = []
    for c in range(n_cols):
        cells = [r.cells[c] for r in rows if c < len(r.cells)]
        evidence.append(column_evidence(c, header_texts[c] if c < len(header_texts) else "", cells))
    return decide(evidence, has_header=any(h.strip() for h in header_texts))


def _heading_before(items: list, index: int) -> str | None:
    """The heading just above a table (a numbered objective, or a short bold/heading line)."""
    labelled = prose = 0
    for item in reversed(items[max(0, index - 5) : index]):
        if isinstance(item, Table):
            return None
        if isinstance(item, Block):
            text = item.text.strip()
            if not text:
                continue
            if prose and not (item.level >= 2 or item.bold):
                return None  # past a lead-in sentence only a styled heading heads the table ("1.0 PURPOSE OF REPORT" is a report's)
            if len(text.split()) <= 24 and (m := _LISTING_THEME.match(text)):
                return m.group("value").strip()
            if len(text.split()) <= 14 and _HEADING_LIKE.match(text):
                return text
            if item.level > 0 and _section_heading(item, text) and (not prose or item.level >= 2):
                return text  # past a section's lead-in paragraph, only a styled sub-heading heads it
            if (_field_line(text) or _byline(text)) and labelled < 3:
                # "Impact: ...", "Hub Lead: Cllr ...", "Councillor A Jones" / "Housing Portfolio Holder":
                # a field or a signature of the section, under its heading
                labelled += 1
                continue
            if not prose and _section_heading(item, text):
                return text
            if prose < 1 and item.level == 0 and not item.bold and len(text.split()) >= 6:
                prose += 1  # "1. Digital by design" / one sentence saying what the section is / its table
                continue
            return None
    return None




def _over_page_break(plan: PlanTable, first_page: int | None) -> bool:
    last = next((row.page for row, *_ in reversed(plan.rows) if row.page is not None), None)
    return first_page is not None and last is not None and first_page != last


def _heading_parts(items: list, index: int, over_page_break: bool) -> bool:
    """A heading stands between the plan so far and this piece of it. Over a page break only a styled,
    bold or numbered heading does: a plain short line at the top of the next page is the page's
    running header ("Newark and Sherwood District Council") more often than a section."""
    heading = _heading_before(items, index)
    if not heading or not over_page_break:
        return bool(heading)
    block = next((b for b in reversed(items[max(0, index - 5) : index]) if isinstance(b, Block) and b.text.strip() == heading), None)
    return block is None or block.level > 0 or block.bold or bool(_HEADING_LIKE.match(heading))


def _section_heading(block: Block, text: str) -> bool:
    """A short heading line over a table ("Economy Outputs 2019-20", "Housing"): styled as a heading or
    bold, a few words, no sentence; never the paper's title or a caption."""
    words = text.split()
    if not (1 <= len(words) <= 10) or text.endswith((".", ";", ",")) or table_kind_pattern("not_section").search(text):
        return False
    if period_end(text) or len(re.sub(r"\([^)]*\)|\d[\d/\-]*", " ", text).split()) < 2:
        return False  # a reporting period ("Quarter 2 (April-September 2016)"), not a section
    if as_of_date(text) or as_at_date(text):
        return False  # the date the progress stands at ("Position as at 10 January 2025")
    return block.level > 0 or block.bold or (len(words) <= 6 and text[:1].isupper() and ":" not in text)


def _table_pages(table: Table) -> tuple[int | None, int | None]:
    pages = [r.page for r in table.rows if r.page is not None] or ([table.page] if table.page else [])
    return (min(pages), max(pages)) if pages else (None, None)


def find_plan_tables(doc: Document) -> tuple[list[PlanTable], list[TableTrail]]:
    """Judge every table and stitch the page-broken pieces of each plan together.

    A table repeating the current plan's header continues it (a page break), unless a heading
    stands between them (numbered objectives, each with its own table); a table with no header
    and the same number of columns continues it too; any other table of several rows ends it.
    """
    plans: list[PlanTable] = []
    trails: list[TableTrail] = []
    current: PlanTable | None = None
    pending: tuple[Table, list[str], int] | None = None  # a header-only piece waiting for its body
    for pos, item in enumerate(doc.items):
        if not isinstance(item, Table) or not item.rows:
            continue
        if current is not None and item.n_cols > current.n_cols:
            # a key's grid lines cut through this piece (a key printed in one grid with the plan): without
            # the columns that hold no text of their own it may have the plan's columns again
            narrowed = _without_columns(item, _textless_columns(item))
            item = narrowed if narrowed.n_cols == current.n_cols else item
        if current is not None and item.n_cols == current.n_cols and item.rows:
            item = _header_with_fragment(item, current.header_texts)
        start, n_head, texts = find_header(item)
        body_from = start + n_head
        if n_head == 0 and pending is not None and pending[0].n_cols == item.n_cols:
            texts, body_from = pending[1], 0  # the header printed at the foot of the page before
        pending = None
        body = item.rows[body_from:]
        first, last = _table_pages(item)
        trail = TableTrail(
            item.index, first, last, len(item.rows), item.n_cols, n_head, list(texts), False, 0.0, [], None
        )
        trails.append(trail)
        if n_head and not body:
            pending = (item, texts, pos)
            trail.reason = "a header with no rows (its rows follow)"
            continue
        continues = (
            current is not None
            and item.n_cols == current.n_cols
            and (not any(texts) or _same_header(texts, current.header_texts))
            and not (any(texts) and _heading_parts(doc.items, pos, _over_page_break(current, first)))
        )
        if continues:
            trail.is_plan, trail.continues_previous = True, True
            trail.plan_table_index, trail.confidence = current.table_index, current.decision.confidence
            trail.column_roles = summarise(current.decision)
            if texts and current.decision:
                trail.reason = None
            # a caption over a later piece's heading ("PRIORITY TWO: ...") is a banner of the plan
            for i, row in enumerate(item.rows[:start]):
                current.rows.append((row, i == 0, item.index, i))
                current.captions.add((item.index, i))
            current.head_fates.extend(_head_fates(item, start, body_from)[start:])
            for i, row in enumerate(body):
                current.rows.append((row, i == 0, item.index, body_from + i))
            continue
        decision = judge(texts, body, item.n_cols)
        trail.is_plan, trail.confidence = decision.is_plan, decision.confidence
        trail.column_roles, trail.reason = summarise(decision), decision.reason
        if not decision.is_plan:
            if len(item.rows) > 1:
                current = None
            continue
        roles = decision.roles
        headers = {r: texts[c] for c, r in roles.items() if c < len(texts)}
        heading = _heading_before(doc.items, pos)
        if heading is None and start > 0 and (caption := _single_text(item.rows[start - 1])):
            text = cell_text(caption[1].text).strip()  # the caption row just over the heading row
            heading = text if len(text.split()) <= 14 and _HEADING_LIKE.match(text) else None
        current = PlanTable(roles, headers, list(texts), item.index, item.n_cols, decision, heading=heading)
        trail.plan_table_index = item.index
        plans.append(current)
        current.head_fates.extend(_head_fates(item, start, body_from))
        for i, row in enumerate(body):
            current.rows.append((row, i == 0, item.index, body_from + i))
    _judge_shared_headings(plans, trails)
    return plans, trails


def _judge_shared_headings(plans: list[PlanTable], trails: list[TableTrail]) -> None:
    """Plans printed under one heading row (a table per theme) have one set of column roles.

    Each table alone may be short (two rows under "Theme 4"), and a short table's cells are thin
    evidence; the same headings over several tables are judged once, on all their rows together,
    so the third table's first column is the area it is in the first two."""
    groups: dict[tuple[str, ...], list[PlanTable]] = {}
    for plan in plans:
        if any(plan.header_texts):
            groups.setdefault(tuple(fold_eq(t) for t in plan.header_texts), []).append(plan)
    by_index = {t.table_index: t for t in trails}
    for group in groups.values():
        if len(group) < 2 or len({p.n_cols for p in group}) > 1:
            continue
        body = [row for plan in group for row, _, _, _ in plan.rows]
        decision = judge(group[0].header_texts, body, group[0].n_cols)
        if not decision.is_plan:
            continue
        for plan in group:
            plan.roles, plan.decision = decision.roles, decision
            plan.headers = {r: plan.header_texts[c] for c, r in decision.roles.items() if c < len(plan.header_texts)}
            trail = by_index.get(plan.table_index)
            if trail is not None:
                trail.column_roles, trail.confidence = summarise(decision), decision.confidence


def _header_with_fragment(table: Table, plan_texts: list[str]) -> Table:
    """A page's first row holding the plan's repeated heading with the rest of a row cut by the page
    break under it, in the same cells (no rule between them): split into the heading and that row."""
    row = table.rows[0]
    heads, rests, matched, named = [], [], 0, 0
    for cell, head in zip(row.cells, plan_texts, strict=False):
        head = head.split(HEADER_ROW_BREAK)[-1] if head else ""
        lines = [ln for ln in (cell.text or "").split("\n")]
        if cell.merged or not head.strip():
            heads.append(cell.text)
            rests.append("")
            continue
        named += 1
        taken = next((i for i in range(1, len(lines) + 1) if fold_eq(" ".join(lines[:i])) == fold_eq(head)), None)
        if taken is None:
            return table
        matched += 1
        heads.append("\n".join(lines[:taken]))
        rests.append("\n".join(lines[taken:]).strip())
    if not named or matched < named or not any(rests):
        return table
    header = Row(cells=[Cell(**{**c.__dict__, "text": h}) for c, h in zip(row.cells, heads, strict=False)],
                 page=row.page, is_header=True)  # fmt: skip
    fragment = Row(cells=[Cell(text=r, page=row.page, merged=c.merged) for c, r in zip(row.cells, rests, strict=False)],
                   page=row.page)  # fmt: skip
    return Table(rows=[header, fragment, *table.rows[1:]], page=table.page, bbox=table.bbox, index=table.index)


def _head_fates(table: Table, start: int, body_from: int) -> list[RowFate]:
    """Fates of the rows above a piece's body: a caption row, then its heading rows."""
    return [
        RowFate(table.index, i, row.page, "title" if i < start else "header", text=_preview(row))
        for i, row in enumerate(table.rows[:body_from])
    ]


def _same_header(texts: list[str], plan_texts: list[str]) -> bool:
    if len(texts) != len(plan_texts):
        return False
    pairs = [(fold_eq(a), fold_eq(b)) for a, b in zip(texts, plan_texts, strict=True) if a or b]
    return bool(pairs) and sum(a == b for a, b in pairs) >= 0.6 * len(pairs)


# -- rows --------------------------------------------------------------------------------------------


def _row_cells(row: Row, roles: dict[int, str]) -> dict[str, Cell]:
    out: dict[str, Cell] = {}
    for col, role in roles.items():
        if col < len(row.cells):
            out[role] = row.cells[col]
    return out


def _ref_of(row_cells: dict[str, Cell]) -> tuple[str | None, str]:
    """(action number, action text without it) from a ref column or the start of the action text."""
    action = cell_text(row_cells["action"].text) if "action" in row_cells else ""
    ref_cell = row_cells.get("ref")
    if ref_cell is not None and not ref_cell.merged and ref_cell.text.strip():
        ref = cell_text(ref_cell.text).rstrip(".").strip()
        if _REF_CELL.match(ref) or (len(ref) <= 12 and any(ch.isdigit() for ch in ref)):  # not "Total", "Key:"
            m = _REF_IN_TEXT.match(action)
            if m and m.group("ref").rstrip(".") == ref:
                action = action[m.end() :]
            elif m and re.fullmatch(re.escape(ref) + r"(?:\.\d+|[a-z])\.?", m.group("ref").strip()):
                # "1 | 1.1 Hold ..." or "1 | 1a Agree ...": the action's own number, under its recommendation's
                return m.group("ref").strip().rstrip("."), action[m.end() :].strip()
            return ref, action
    m = _REF_IN_TEXT.match(action) or _LETTER_REF_IN_TEXT.match(action)
    if m:
        return m.group("ref").strip(), action[m.end() :].strip()
    area = row_cells.get("area")
    if action and area is not None and not area.merged:
        # the number printed on the recommendation a row answers ("1. That the Council ...")
        m = _REF_IN_TEXT.match(cell_text(area.text))
        if m:
            return m.group("ref").strip(), action
    return None, action


def _is_header_repeat(row: Row, plan: PlanTable) -> bool:
    texts = [cell_text(c.text) if not c.merged else "" for c in row.cells]
    if not any(t.strip() for t in texts):
        return False
    if _same_header(texts + [""] * (plan.n_cols - len(texts)), plan.header_texts):
        return True
    filled = [t for t in texts if t.strip()]
    vocab = sum(bool(heading_vocab_role(t)) for t in filled)
    plain = not any(find_dates(t) or len(t.split()) > 8 for t in filled)
    return plain and vocab >= 3 and vocab >= 0.6 * len(filled)  # a header printed again, in other words


def _non_plan_row(text: str) -> str | None:
    """'note', 'legend' or 'total' for a row that is not part of any action."""
    if _TOTAL.match(text):
        return "total"
    if _LEGEND.match(text) or len(_EQUALS.findall(text)) >= 2 and len(text.split()) <= 40:
        return "legend"
    if _NOTE.match(text) or _NOTHING.match(text):
        return "note"
    return None


# "Last updated: 15-Oct-2015" under a comment: when it was written, not what it says
_DATE_STAMP = re.compile(r"^\s*(?:date\s+)?(?:last\s+)?(?:updated|reviewed|edited|modified)(?:\s+on)?\s*:?\s*\S", re.I)
_LABELLED_ROLES = ("progress", "status", "lead", "due", "revised_due")


def _label_role(label: str) -> str | None:
    """The role a row's label names, by its head noun first ("Action progress comments" -> progress)."""
    words = label.split()
    if not words or len(words) > 5:
        return None
    head = words[-1]
    role = heading_vocab_role(head) or max(heading_word_roles(head), key=lambda rw: rw[1], default=(None, 0))[0]
    return role or heading_vocab_role(label)


def _labelled_detail(text: str) -> tuple[str, str] | None:
    """(role, text) for a row that opens with a label naming one of an action's details ("ACTION
    PROGRESS COMMENTS: ...", "Update: ...", "Officer comment: ..."): it belongs to the action
    above, not a banner over the next. Date-stamp lines ("Last Updated: ...") are dropped."""
    m = _LABEL.match(text or "")
    if not m or (role := _label_role(m.group(1))) not in _LABELLED_ROLES:
        return None
    lines = [ln for ln in text[m.end() :].split("\n") if ln.strip()]
    kept = [ln for ln in lines if not (_DATE_STAMP.match(ln) and find_dates(ln))]
    return (role, "\n".join(kept)) if kept else None


def _banner(row: Row, plan: PlanTable, col: int, cell: Cell, fragment_start: bool) -> bool:
    """A row of one text that heads what follows: spanning the table, or a theme-shaped first cell."""
    text = cell_text(cell.text).strip()
    words = len(text.split())
    if not text or words > 60:
        return False
    spans = cell.col_span >= max(2, (2 * plan.n_cols) // 3) or (
        col + 1 < len(row.cells) and all(c.merged for c in row.cells[col + 1 :])
    )
    if words > 25 and not (spans and (cell.bold or cell.fill or _BANNER_WORDS.match(text))):
        return False  # a long text is a banner only when it spans the table set apart (a long recommendation)
    role = plan.roles.get(col)
    if fragment_start and role in ("action", "progress") and not _BANNER_WORDS.match(text):
        return False  # the top of a page: the rest of a row cut by the page break
    if text[:1].islower():
        return False
    shaped = bool(_BANNER_WORDS.match(text)) or bool(_SHOUTING.match(text)) or cell.bold
    if spans or shaped:
        return True
    return role not in ("action", "progress", "lead", "due", "status", "rag", "percent") and col <= 1


def assemble(doc: Document) -> list[RawAction]:
    """All actions of all action-plan tables of `doc`, in document order."""
    return assemble_document(doc).actions


def _inner_heading(row: Row) -> bool:
    """A heading row inside a table: heading words only, no figures, dates or sentences."""
    texts = [cell_text(c.text) for c in row.cells if not c.merged and not c.empty]
    # a sentence ends with a full stop; a heading may be an abbreviation ("No.", "Ref.")
    if len(texts) < 2 or not all(len(t.split()) <= 6 and not re.search(r"\d|\w{5,}\.$|\s\S+\.$", t) for t in texts):
        return False
    # a plan's headings, or a key's ("Initials | Post", "Abbreviation | Meaning") under the plan
    return header_like(row) or any(table_kind_pattern("key").fullmatch(t) for t in texts)


def _textless_columns(table: Table) -> list[int]:
    """Columns with no text of their own in any row, and covered by a span in some."""
    return [
        c for c in range(1, table.n_cols)
        if all(c >= len(r.cells) or r.cells[c].merged or r.cells[c].empty for r in table.rows)
        and any(c < len(r.cells) and r.cells[c].merged for r in table.rows)
    ]  # fmt: skip


def _without_columns(table: Table, drop: list[int]) -> Table:
    if not drop:
        return table
    rows = [
        Row(cells=[cell for c, cell in enumerate(r.cells) if c not in drop], page=r.page, is_header=r.is_header)
        for r in table.rows
    ]
    return Table(rows=rows, page=table.page, bbox=table.bbox, index=table.index)


def drop_covered_columns(doc: Document) -> Document:
    """A column none of whose cells holds text of its own, every one covered by a span from beside
    it, is no column of the table: a grid line of another table printed in the same grid (a key
    under the plan) cut through it. Without it a page's piece lines up with the plan it continues."""
    items, changed = [], False
    for item in doc.items:
        if isinstance(item, Table) and item.rows and item.n_cols > 2:
            covered = [
                c for c in range(item.n_cols) if c > 0 and all(c < len(r.cells) and r.cells[c].merged for r in item.rows)
            ]
            if covered:
                changed = True
                item = _without_columns(item, covered)
        items.append(item)
    return Document(**{**doc.__dict__, "items": items}) if changed else doc


def split_stacked_tables(doc: Document) -> Document:
    """Tables printed one under another with no gap (a key, then each priority's plan) are read by a
    PDF extractor as one grid: a heading row inside a table starts a new table there, taking the
    caption rows just above it ("PRIORITY: FINANCE") along. Tables are renumbered in order."""
    items: list = []
    changed = False
    for item in doc.items:
        if not isinstance(item, Table) or len(item.rows) < 4:
            items.append(item)
            continue
        cuts = []
        for i in range(2, len(item.rows) - 1):
            if _inner_heading(item.rows[i]) and not header_like(item.rows[i - 1]):
                start = i
                while start - 1 > (cuts[-1] if cuts else 0) and _single_text(item.rows[start - 1]):
                    start -= 1
                if start > (cuts[-1] if cuts else 0):
                    cuts.append(start)
        if not cuts:
            items.append(item)
            continue
        changed = True
        for a, b in zip([0, *cuts], [*cuts, len(item.rows)], strict=True):
            rows = item.rows[a:b]
            items.append(Table(rows=rows, page=rows[0].page or item.page, bbox=item.bbox, index=item.index))
    if not changed:
        return doc
    n = 0
    for it in items:
        if isinstance(it, Table):
            it.index, n = n, n + 1
    return Document(**{**doc.__dict__, "items": items})


_LINE_LABEL = re.compile(r"^\s*([A-Za-z][\w'()/\- ]{0,30}?)\s*:\s*", re.M)


def _labelled_parts(text: str) -> list[tuple[str, str, str]]:
    """(label, role, value) for each line of a cell that opens with a label naming a plan role
    ("Action: ...", "Date: ...", "Owner: ..."); the lines after a label's are its value's."""
    marks = [m for m in _LINE_LABEL.finditer(text) if _label_role(m.group(1))]
    out: list[tuple[str, str, str]] = []
    for m, nxt in zip(marks, [*marks[1:], None][: len(marks)], strict=True):
        value = cell_text(text[m.end() : nxt.start() if nxt else len(text)]).strip()
        out.append((m.group(1).strip(), _label_role(m.group(1)), value))
    return out


def _labelled_column(table: Table, col: int) -> list[tuple[str, str]] | None:
    """The labels of a column whose cells each hold several labelled details of one action ("Agreed
    action, date and owner": "Action: ... / Date: ... / Owner: ..."): (label, role) in order, when
    most of its filled cells give two or more different roles, the same in each."""
    filled = [r.cells[col].text for r in table.rows if col < len(r.cells) and not r.cells[col].merged and r.cells[col].text.strip()]
    if len(filled) < 2:
        return None
    shapes: Counter = Counter()
    for text in filled:
        parts = _labelled_parts(text)
        roles = [role for _, role, _ in parts]
        if len(parts) >= 2 and len(set(roles)) == len(roles):
            shapes[tuple((label.lower(), role) for label, role, _ in parts)] += 1
    if not shapes:
        return None
    shape, n = shapes.most_common(1)[0]
    labels = {role for _, role in shape}
    cells_with = sum(1 for text in filled if {role for _, role, _ in _labelled_parts(text)} & labels)
    if cells_with < max(2, 0.6 * len(filled)) or n < 2:
        return None
    return [(label.capitalize(), role) for label, role in shape]


def split_labelled_columns(doc: Document) -> Document:
    """A column of labelled details ("Action: ... / Date: ... / Owner: ...") becomes one column per
    label, headed by the label, so each detail takes its own role like any other column; a cell
    holding no labels keeps its text in the first of them (a heading spans them)."""
    items: list = []
    changed = False
    for item in doc.items:
        if not isinstance(item, Table) or item.n_cols < 2:
            items.append(item)
            continue
        table = item
        for col in reversed(range(table.n_cols)):
            labels = _labelled_column(table, col)
            if labels:
                table, changed = _split_column(table, col, labels), True
        items.append(table)
    return Document(**{**doc.__dict__, "items": items}) if changed else doc


def _split_column(table: Table, col: int, labels: list[tuple[str, str]]) -> Table:
    start, n_head, _ = find_header(table)
    heading_row = start + n_head - 1 if n_head else -1  # its cell over the labels: the labels head them
    rows = []
    for i, row in enumerate(table.rows):
        if col >= len(row.cells):
            rows.append(row)
            continue
        cell = row.cells[col]
        parts = {role: value for _, role, value in _labelled_parts(cell.text)} if not cell.merged else {}
        new: list[Cell] = []
        if parts:
            new = [Cell(text=parts.get(role, ""), page=cell.page, bbox=cell.bbox, fill=cell.fill) for _, role in labels]
        elif i == heading_row and not cell.merged:
            new = [Cell(text=label, bold=cell.bold, page=cell.page, bbox=cell.bbox) for label, _ in labels]  # its heading
        else:
            spans = cell if cell.merged else replace(cell, col_span=max(1, cell.col_span) + len(labels) - 1)
            new = [spans] + [Cell(merged=True, page=cell.page) for _ in labels[1:]]  # a caption spans them all
        rows.append(Row(cells=row.cells[:col] + new + row.cells[col + 1 :], page=row.page, is_header=row.is_header))
    return Table(rows=rows, page=table.page, bbox=table.bbox, index=table.index, column_starts=None)


def assemble_document(doc: Document) -> Assembly:
    """Actions, and the trail of every table and every plan row that led to them."""
    doc = split_labelled_columns(drop_covered_columns(split_stacked_tables(doc)))
    plans, trails = find_plan_tables(doc)
    actions: list[RawAction] = []
    fates: list[RowFate] = []
    by_index = {t.table_index: t for t in trails}
    for plan in plans:
        plan_actions, plan_fates = _assemble_plan(plan)
        actions.extend(plan_actions)
        fates.extend(plan_fates)
        for f in plan_fates:
            if f.fate == "action" and f.table_index in by_index:
                by_index[f.table_index].n_actions += 1
    return Assembly(actions, trails, fates)


def _assemble_plan(plan: PlanTable) -> tuple[list[RawAction], list[RowFate]]:
    fates: list[RowFate] = list(plan.head_fates)
    rows = []
    for row, frag, t_index, r_index in plan.rows:
        if _is_header_repeat(row, plan):
            fates.append(RowFate(t_index, r_index, row.page, "repeated_header", text=_preview(row)))
        else:
            rows.append((row, frag, t_index, r_index))
    refs = [_ref_of(_row_cells(r, plan.roles))[0] for r, *_ in rows]
    numbered = any(refs)
    # sub-items lettered inside actions that carry numbers ("3 | a) ... b) ...") are parts of them
    lettered_apart = not any(r and not _LETTER_REF.match(r) for r in refs)
    has_theme_col = "theme" in plan.roles.values()
    carried: dict[str, str | None] = {"theme": None if has_theme_col else plan.heading, "area": None}
    out: list[RawAction] = []
    prev_page: int | None = None
    for row_index, (row, fragment_start, t_index, r_index) in enumerate(rows):

        def fate(kind: str, action: RawAction | None = None, _t=t_index, _r=r_index, _row=row) -> None:
            fates.append(
                RowFate(
                    _t, _r, _row.page, kind,
                    action.ref if action else None, action.row_index if action else None, _preview(_row),
                )
            )  # fmt: skip

        cells = _row_cells(row, plan.roles)
        page_break = fragment_start or (row.page is not None and prev_page is not None and row.page != prev_page)
        prev_page = row.page if row.page is not None else prev_page
        if all(c.empty for c in row.cells):
            fate("empty")
            continue
        if (t_index, r_index) in plan.captions and _single_text(row):
            carried["theme"], carried["area"] = cell_text(_single_text(row)[1].text).strip(), None
            fate("banner")
            continue
        ref, action_text = _ref_of(cells)
        if ref and not lettered_apart and _LETTER_REF.match(ref):
            ref, action_text = None, cell_text(cells["action"].text) if "action" in cells else ""
        texts = {role: (c.text.strip() if not c.merged else "") for role, c in cells.items()}
        single = _single_text(row)

        if single is not None and not ref:
            col, cell = single
            kind = _non_plan_row(cell_text(cell.text))
            if kind:
                fate(kind)
                continue
            labelled = _labelled_detail(cell.text) if out else None
            if labelled:  # "Progress comments: ..." across the table, under the action it reports on
                role, text = labelled
                out[-1].parts[-1].append(role, Cell(text=text, page=row.page, fill=cell.fill))
                fate("continuation", out[-1])
                continue
            if _banner(row, plan, col, cell, page_break and bool(out)):  # a cut row needs a row above
                carried["theme"], carried["area"] = cell_text(cell.text).strip(), None
                fate("banner")
                continue
        elif not ref and not action_text:
            first = next((cell_text(c.text) for c in row.cells if not c.merged and not c.empty), "")
            kind = _non_plan_row(first)
            if kind and not any(texts.get(r) for r in ("progress", "lead")):
                fate(kind)
                continue
        if not action_text and not ref and all(role in CARRIED for role, t in texts.items() if t):
            if any(texts.values()):
                _update_carried(carried, texts)
                fate("theme")
            else:
                fate("unplaced")  # text only in columns without a role
            continue

        last = out[-1] if out else None
        starts_action = bool(ref) or (
            not numbered and bool(action_text) and not (page_break and last is not None and action_text[:1].islower())
        )
        if not starts_action and last is not None:
            due_or_status = any(texts.get(r) for r in ("due", "status", "rag", "revised_due"))
            if not page_break and not action_text and due_or_status:
                last.parts.append(Part({r: c for r, c in cells.items() if r not in CARRIED and r != "action"}))
                fate("milestone", last)
            else:  # a row cut by a page break, or text that spilled onto a row of its own
                for role, cell in cells.items():
                    if role == "area" and page_break and not cell.merged and not cell.empty and last.area:
                        _continue_area(out, carried, cell_text(cell.text).strip())
                        continue
                    if role in CARRIED:
                        continue
                    if role == "action":
                        if action_text:
                            last.action_text = f"{last.action_text} {action_text}".strip()
                        continue
                    last.parts[-1].append(role, cell)
                fate("continuation", last)
            continue
        if not starts_action:
            fate("unplaced")
            continue
        tail = texts.get("area", "")
        if page_break and out and carried["area"] and tail[:1].islower():
            # an area merged down over the page break: its words on this page ("timetable in the Local
            # Development Scheme") end the sentence begun on the last one, beside the next action
            _continue_area(out, carried, cell_text(tail).strip())
            texts = {r: t for r, t in texts.items() if r != "area"}
        _update_carried(carried, texts)
        if last is not None:
            cells = _resolve_ditto(cells, last.parts[0].cells)
            above = last.parts[0].cells.get("priority")
            if above is not None and cells.get("priority") is not None and cells["priority"].merged:
                cells["priority"] = above  # a priority cell merged down over several actions
        action = RawAction(
            ref=ref,
            action_text=action_text,
            theme=carried["theme"],
            area=carried["area"],
            parts=[Part({r: c for r, c in cells.items() if r not in CARRIED and r != "action"})],
            table_index=plan.table_index,
            row_index=row_index,
            page=row.page,
            headers=plan.headers,
        )
        out.append(action)
        fate("action", action)
    _number(out)
    by_row = {a.row_index: a.ref for a in out}
    for f in fates:
        if f.action_row_index is not None:
            f.action_ref = by_row.get(f.action_row_index, f.action_ref)
    return out, fates


def _continue_area(out: list[RawAction], carried: dict[str, str | None], tail: str) -> None:
    """The rest of an area cut by the page break ("... across the" / "Solent area."): it completes the
    area of every action above that shares it, and of the actions still to come under it."""
    old = out[-1].area
    new = f"{old} {tail}".strip()
    for action in reversed(out):
        if action.area != old:
            break
        action.area = new
    if carried.get("area") == old:
        carried["area"] = new


def _preview(row: Row) -> str:
    text = " | ".join(" ".join(cell_text(c.text).split()) for c in row.cells if not c.merged and not c.empty)
    return text if len(text) <= 120 else text[:119] + "\u2026"


def _resolve_ditto(cells: dict[str, Cell], above: dict[str, Cell]) -> dict[str, Cell]:
    """A cell reading 'ditto' (or '"', 'as above', per post: 'ditto / Head of Legal') repeats the
    same column of the action above."""
    out = dict(cells)
    for role, cell in cells.items():
        if cell.merged or role not in above or not cell.text.strip():
            continue
        expanded = above[role].text if is_ditto(cell.text) else cell.text  # every spelling in vocab/ditto_words.csv
        if expanded != cell.text:
            out[role] = Cell(**{**above[role].__dict__, "text": expanded})
    return out



def _update_carried(carried: dict[str, str | None], texts: dict[str, str]) -> None:
    theme = texts.get("theme")
    if theme:
        new_theme = cell_text(theme)
        if new_theme != carried["theme"]:
            carried["area"] = None
        carried["theme"] = new_theme
    area = texts.get("area")
    if area:
        carried["area"] = area


def _number(actions: list[RawAction]) -> None:
    """Actions with no printed number get 1, 2, ... in table order (the contract's rule)."""
    for i, a in enumerate(actions, start=1):
        if not a.ref:
            a.ref = str(i)


__all__ = ["Assembly", "RawAction", "RowFate", "TableTrail", "assemble", "assemble_document"]

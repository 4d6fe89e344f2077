"""Table assembly: from a document's physical tables to action-plan rows, whatever the format.

Tables are recognised by the roles of their header cells (vocab/header_roles.csv), not by
position. A table that repeats the header of the one before it, or has no header but the
same number of columns, continues it (a page break). Within a plan:
- repeated header rows are dropped; blank or merged theme/area cells carry down;
- a row cut by a page break (the top-of-page fragment has no action number) joins the row above;
- text that spilled onto an extra row joins the action above;
- an extra row with its own date or status is a milestone of the action above;
- a row with only a theme (a banner across the table) sets the theme of what follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extractors.model import Block, Cell, Document, Row, Table

from .normalise.text import cell_text
from .vocabulary import fold, header_roles

ROLES_ANCHOR = {"action", "area"}
ROLES_DETAIL = {"due", "lead", "progress", "status", "rag", "percent", "revised_due", "completed_date"}
CARRIED = ("theme", "area")

# An action number as printed at the start of its text: "1.", "3.2", "R4", "KR1.1", "OUT 001.01", "A3)"
_REF_IN_TEXT = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.):]\s*|\s+(?=[A-Z(\"'\u2018\u201c]))(?=\S)"
)
_REF_CELL = re.compile(r"^\s*(?:[A-Z]{1,4}[\s\-]?)?\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?\.?\s*$|^\s*[A-Z]{1,3}\s*$")
_HEADING_LIKE = re.compile(
    r"^(?:(?:objective|theme|priority|outcome|section|workstream|area)\b|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z])",
    re.I,
)


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
class PlanTable:
    """A logical action-plan table: one or more physical tables stitched across page breaks."""

    roles: dict[int, str]
    headers: dict[str, str]
    table_index: int
    n_cols: int
    heading: str | None = None
    rows: list[tuple[Row, bool]] = field(default_factory=list)  # (row, starts a new fragment)


@cache
def _prefix_pattern() -> re.Pattern:
    phrases = sorted((p for p in header_roles() if len(p) >= 3), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


@lru_cache(maxsize=65536)
def header_role(text: str) -> str | None:
    """Role of one header cell: 'Completion Date' -> 'due', 'Progress up to 30 Sept 2013' -> 'progress'."""
    folded = fold(cell_text(text))
    if not folded or len(folded) > 80:
        return None
    roles = header_roles()
    if folded in roles:
        return roles[folded]
    stripped = re.sub(r"\b\d[\d/.\-]*\b", " ", folded)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    if stripped in roles:
        return roles[stripped]
    if len(stripped.split()) > 7:
        return None
    m = _prefix_pattern().match(stripped)  # the longest heading phrase the cell starts with
    return roles[m.group(0)] if m else None


def map_header(row: Row) -> dict[int, str] | None:
    """Column index -> role, when `row` is an action-plan header row; None otherwise."""
    roles: dict[int, str] = {}
    seen: set[str] = set()
    refs: list[int] = []
    for col, cell in enumerate(row.cells):
        if cell.merged:
            continue
        role = header_role(cell.text)
        if role == "ref":
            refs.append(col)
        elif role and role not in seen:
            roles[col] = role
            seen.add(role)
    if not (seen & ROLES_ANCHOR) or not (seen & ROLES_DETAIL) or len(seen | ({"ref"} if refs else set())) < 3:
        return None
    if "action" not in seen:  # a recommendations table: the recommendation is what is acted on
        area_col = next(c for c, r in roles.items() if r == "area")
        roles[area_col] = "action"
    if refs:
        # several number columns ("No. | Recommendation | Ref | Action"): the action's own number is
        # the one nearest before the action text; the others number what the action answers
        action_col = next(c for c, r in roles.items() if r == "action")
        before = [c for c in refs if c < action_col]
        own = before[-1] if before else refs[0]
        for c in refs:
            roles[c] = "ref" if c == own else "rec_ref"
    return roles


def _signature(roles: dict[int, str]) -> tuple[str, ...]:
    return tuple(roles[c] for c in sorted(roles))


def _row_cells(row: Row, roles: dict[int, str]) -> dict[str, Cell]:
    out: dict[str, Cell] = {}
    for col, role in roles.items():
        if col < len(row.cells):
            out[role] = row.cells[col]
    return out


def _heading_before(items: list, index: int) -> str | None:
    """The heading just above a table (a numbered objective, or a short bold/heading line)."""
    for item in reversed(items[max(0, index - 4) : index]):
        if isinstance(item, Table):
            return None
        if isinstance(item, Block):
            text = item.text.strip()
            if not text:
                continue
            words = len(text.split())
            if (
                words <= 14
                and (item.level > 0 or item.bold or _HEADING_LIKE.match(text))
                and _HEADING_LIKE.match(text)
            ):
                return text
            return None
    return None


def find_plan_tables(doc: Document) -> list[PlanTable]:
    """Recognise action-plan tables and stitch their page-broken pieces together.

    A table repeating the current plan's header continues it (a page break), unless a heading
    stands between them (numbered objectives, each with its own table); a table with no header
    and the same number of columns continues it too; any other table of several rows ends it.
    """
    plans: list[PlanTable] = []
    current: PlanTable | None = None
    for pos, item in enumerate(doc.items):
        if not isinstance(item, Table) or not item.rows:
            continue
        header_at, roles = None, None
        for i, row in enumerate(item.rows[:3]):
            roles = map_header(row)
            if roles:
                header_at = i
                break
        if roles is not None and header_at is not None:
            heading = _heading_before(doc.items, pos)
            repeated = (
                current is not None
                and heading is None
                and _signature(roles) == _signature(current.roles)
                and item.n_cols == current.n_cols
            )
            if not repeated:
                headers = {r: cell_text(item.rows[header_at].cells[c].text) for c, r in roles.items()}
                current = PlanTable(roles, headers, item.index, item.n_cols, heading=heading)
                plans.append(current)
            body = item.rows[header_at + 1 :]
        elif current is not None and item.n_cols == current.n_cols and current.rows:
            body = item.rows  # no header: the same table carried over a page break
        else:
            if len(item.rows) > 1:
                current = None
            continue
        for i, row in enumerate(body):
            current.rows.append((row, i == 0))
    return plans


def _ref_of(row_cells: dict[str, Cell]) -> tuple[str | None, str]:
    """(action number, action text without it) from a ref column or the start of the action text."""
    action = cell_text(row_cells["action"].text) if "action" in row_cells else ""
    ref_cell = row_cells.get("ref")
    if ref_cell is not None and not ref_cell.merged and ref_cell.text.strip():
        ref = cell_text(ref_cell.text).rstrip(".").strip()
        if _REF_CELL.match(ref) or len(ref) <= 12:
            m = _REF_IN_TEXT.match(action)
            if m and m.group("ref").rstrip(".") == ref:
                action = action[m.end() :]
            return ref, action
    m = _REF_IN_TEXT.match(action)
    if m:
        return m.group("ref").replace(" ", " ").strip(), action[m.end() :].strip()
    return None, action


def _is_header_repeat(row: Row, plan: PlanTable) -> bool:
    roles = map_header(row)
    return bool(roles) and _signature(roles) == _signature(plan.roles)


def assemble(doc: Document) -> list[RawAction]:
    """All actions of all action-plan tables of `doc`, in document order."""
    actions: list[RawAction] = []
    for plan in find_plan_tables(doc):
        actions.extend(_assemble_plan(plan))
    return actions


def _assemble_plan(plan: PlanTable) -> list[RawAction]:
    rows = [(r, frag) for r, frag in plan.rows if not _is_header_repeat(r, plan)]
    numbered = any(_ref_of(_row_cells(r, plan.roles))[0] for r, _ in rows)
    has_theme_col = "theme" in plan.roles.values()
    carried: dict[str, str | None] = {"theme": None if has_theme_col else plan.heading, "area": None}
    out: list[RawAction] = []
    prev_page: int | None = None
    for row_index, (row, fragment_start) in enumerate(rows):
        cells = _row_cells(row, plan.roles)
        page_break = fragment_start or (
            row.page is not None and prev_page is not None and row.page != prev_page
        )
        prev_page = row.page if row.page is not None else prev_page
        if all(c.empty for c in row.cells):
            continue
        ref, action_text = _ref_of(cells)
        texts = {role: (c.text.strip() if not c.merged else "") for role, c in cells.items()}
        non_empty = [c for c in row.cells if not c.empty and not c.merged]

        # a banner row: one text across the table (or only theme/area cells filled) sets what follows
        banner = _banner_text(row, plan)
        if banner and not ref and not action_text:
            carried["theme"], carried["area"] = banner, None
            continue
        if (
            not action_text
            and not ref
            and non_empty
            and all(role in CARRIED for role, t in texts.items() if t)
        ):
            _update_carried(carried, texts)
            continue

        last = out[-1] if out else None
        starts_action = bool(ref) or (
            not numbered
            and bool(action_text)
            and not (page_break and last is not None and action_text[:1].islower())
        )
        if not starts_action and last is not None:
            due_or_status = any(texts.get(r) for r in ("due", "status", "rag", "revised_due"))
            if not page_break and not action_text and due_or_status:
                last.parts.append(
                    Part({r: c for r, c in cells.items() if r not in CARRIED and r != "action"})
                )
            else:  # a row cut by a page break, or text that spilled onto a row of its own
                for role, cell in cells.items():
                    if role in CARRIED:
                        continue
                    if role == "action":
                        last.action_text = (
                            f"{last.action_text} {action_text}".strip() if action_text else last.action_text
                        )
                        continue
                    last.parts[-1].append(role, cell)
            continue
        if not starts_action and not action_text:
            continue
        _update_carried(carried, texts, has_theme_col)
        if last is not None:
            cells = _resolve_ditto(cells, out[-1].parts[0].cells)
        out.append(
            RawAction(
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
        )
    _number(out)
    return out


_DITTO = re.compile(r"^\s*(?:ditto|do\.?|as above|same as above|\"|\u201d|\u3003|'')\s*$", re.I)


def _resolve_ditto(cells: dict[str, Cell], above: dict[str, Cell]) -> dict[str, Cell]:
    """A cell reading 'ditto' (or '"', 'as above') repeats the same column of the action above."""
    out = dict(cells)
    for role, cell in cells.items():
        if not cell.merged and _DITTO.match(cell.text) and role in above:
            out[role] = above[role]
    return out


def _update_carried(
    carried: dict[str, str | None], texts: dict[str, str], has_theme_col: bool = True
) -> None:
    theme = texts.get("theme")
    if theme:
        new_theme = cell_text(theme)
        if new_theme != carried["theme"]:
            carried["area"] = None
        carried["theme"] = new_theme
    area = texts.get("area")
    if area:
        carried["area"] = area


def _banner_text(row: Row, plan: PlanTable) -> str | None:
    filled = [(i, c) for i, c in enumerate(row.cells) if not c.empty and not c.merged]
    if len(filled) != 1:
        return None
    col, cell = filled[0]
    wide = (
        cell.col_span >= max(2, (2 * plan.n_cols) // 3)
        or all(c.merged or c.empty for j, c in enumerate(row.cells) if j != col)
        and col == 0
        and plan.roles.get(0) not in ("action", "ref", "theme", "area")
    )
    return cell_text(cell.text) if wide else None


def _number(actions: list[RawAction]) -> None:
    """Actions with no printed number get 1, 2, ... in table order (the contract's rule)."""
    for i, a in enumerate(actions, start=1):
        if not a.ref:
            a.ref = str(i)

"""The decision trail: every table found and every plan row's fate, as output records, and the
accounting that makes a lost plan visible.

An analyst must be able to tell a paper with no plan from a plan the pipeline could not read:
a table judged a plan that gives no actions, or a plan where more than a fifth of the rows
with text became nothing, makes the paper `partial` with a one-line warning naming the table
and its page.
"""

from __future__ import annotations

from .assembly import Assembly
from .column_roles import NO_DETAILS, ONE_DETAIL, heading_word_roles

UNREAD_FATES = ("unplaced",)
MAX_UNREAD_SHARE = 0.2


def trail_records(assembly: Assembly, document_id: str, source_file: str, extractor: str):
    """(tables records, table_rows records) in the schema of `tables` and `table_rows`."""
    tables = [
        {
            "document_id": document_id,
            "source_file": source_file,
            "table_index": t.table_index,
            "first_page": t.first_page,
            "last_page": t.last_page,
            "n_rows": t.n_rows,
            "n_cols": t.n_cols,
            "header_rows": t.header_rows,
            "header_cells": [" ".join(h.split()) for h in t.header_cells],
            "is_plan": t.is_plan,
            "plan_confidence": float(t.confidence),
            "plan_table_index": t.plan_table_index,
            "continues_previous": t.continues_previous,
            "column_roles": t.column_roles,
            "reason": t.reason,
            "n_actions": t.n_actions,
            "extractor": extractor,
        }
        for t in assembly.tables
    ]
    rows = [
        {
            "document_id": document_id,
            "source_file": source_file,
            "table_index": r.table_index,
            "row_index": r.row_index,
            "page": r.page,
            "fate": r.fate,
            "action_ref": r.action_ref,
            "action_row_index": r.action_row_index,
            "text": r.text or None,
        }
        for r in assembly.rows
    ]
    return tables, rows


def accounting_warnings(assembly: Assembly) -> list[tuple[str, int | None]]:
    """(message, page) for each plan that gave no actions or lost more than a fifth of its rows."""
    out: list[tuple[str, int | None]] = []
    by_plan: dict[int, list] = {}
    for r in assembly.rows:
        by_plan.setdefault(_plan_of(assembly, r.table_index), []).append(r)
    for t in assembly.tables:
        if not t.is_plan or t.continues_previous:
            continue
        rows = by_plan.get(t.table_index, [])
        actions = sum(r.fate == "action" for r in rows)
        where = f"table {t.table_index + 1}" + (f" (page {t.first_page})" if t.first_page else "")
        if actions == 0:
            if not any(r.fate not in ("empty", "repeated_header", "header", "title", "note") for r in rows):
                continue  # "There are no outstanding recommendations": an empty plan, said so
            out.append((f"{where} looks like an action plan but gave no actions", t.first_page))
            continue
        texted = [r for r in rows if r.fate not in ("empty", "repeated_header")]
        unread = [r for r in texted if r.fate in UNREAD_FATES]
        if texted and len(unread) > MAX_UNREAD_SHARE * len(texted):
            out.append(
                (f"{where}: {len(unread)} of {len(texted)} rows could not be placed in any action", t.first_page)
            )
    if not any(r.fate == "action" for r in assembly.rows):
        # no plan read at all, yet a table with a heading row had a column of actions: say so, so a
        # paper whose plan we could not read is never mistaken for a paper with no plan
        for t in assembly.tables:
            if not t.is_plan and t.header_rows and t.reason in _ACTIONS_BUT_NO_DETAILS and _named_actions(t):
                where = f"table {t.table_index + 1}" + (f" (page {t.first_page})" if t.first_page else "")
                out.append((f"{where} has a column of actions but was not read as a plan: {t.reason}", t.first_page))
    return out


_ACTIONS_BUT_NO_DETAILS = (NO_DETAILS, ONE_DETAIL)


def _named_actions(t) -> bool:
    """The column read as the actions is headed as such ('Action', 'Key tasks'), not 'Description'."""
    for entry in t.column_roles:
        col, role, _score = entry.split(":")
        if role == "action" and int(col) < len(t.header_cells):
            return dict(heading_word_roles(t.header_cells[int(col)])).get("action", 0) >= 0.9
    return False


def _plan_of(assembly: Assembly, table_index: int) -> int:
    for t in assembly.tables:
        if t.table_index == table_index:
            return t.plan_table_index if t.plan_table_index is not None else table_index
    return table_index

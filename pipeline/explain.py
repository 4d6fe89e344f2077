"""`committee-papers explain FILE`: the tables of one paper, their column roles and every row's fate.

The same decisions as `ingest` (it runs the same process_file), printed for a person, so the
reason a row is missing is one command away: a table not judged a plan (and why), a column given
the wrong role (and its score), or a row that became a note, a banner or nothing.
"""

from __future__ import annotations

from pathlib import Path

from .process import process_file


def explain(path: Path, rows: bool = True) -> str:
    """A readable account of how `path` was read."""
    result = process_file(path, path.name)
    doc = result.document
    out = [
        f"{path}: {doc.get('file_format') or '?'}, {doc.get('pages') or '-'} pages, "
        f"parse_status {doc['parse_status']}, {doc['n_actions']} actions, {len(result.tables)} tables",
    ]
    if doc.get("council") or doc.get("report_title"):
        out.append(f"  council: {doc.get('council') or '-'}   title: {doc.get('report_title') or '-'}")
    for e in result.errors:
        where = f" (page {e['page']})" if e.get("page") else ""
        out.append(f"  {e['severity']}: {e['message']}{where}")
    fates: dict[int, list[dict]] = {}
    for r in result.table_rows:
        fates.setdefault(r["table_index"], []).append(r)
    for t in result.tables:
        pages = _pages(t)
        if t["is_plan"]:
            verdict = f"PLAN (confidence {t['plan_confidence']:.2f})"
            if t["continues_previous"]:
                verdict = f"continues the plan of table {t['plan_table_index'] + 1}"
        else:
            verdict = f"not a plan: {t['reason'] or 'no reason recorded'}"
        out.append("")
        out.append(
            f"table {t['table_index'] + 1}{pages}: {t['n_rows']} rows x {t['n_cols']} columns, "
            f"{t['header_rows']} header rows; {verdict}; {t['n_actions']} actions"
        )
        headers = t["header_cells"] or [""] * t["n_cols"]
        for spec in t["column_roles"]:
            col, role, score = spec.split(":")
            heading = headers[int(col)] if int(col) < len(headers) else ""
            out.append(f"    col {int(col) + 1}: {role:<15} {float(score):5.2f}  {heading[:60]!r}")
        if rows and (t["is_plan"]):
            for r in fates.get(t["table_index"], []):
                into = f" -> action {r['action_ref']}" if r["action_ref"] else ""
                page = f"p{r['page']} " if r["page"] else ""
                out.append(f"    row {r['row_index']:>3} {page}{r['fate']:<15}{into:<16} {r['text'] or ''}")
    return "\n".join(out)


def _pages(t: dict) -> str:
    if not t["first_page"]:
        return ""
    if t["last_page"] and t["last_page"] != t["first_page"]:
        return f" (pages {t['first_page']}-{t['last_page']})"
    return f" (page {t['first_page']})"

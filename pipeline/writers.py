"""Writers: Parquet (typed), CSV and DuckDB, all from the schema, all atomic.

Each file is written beside its final name and renamed into place, so a crash mid-write
never leaves a half-written output for an analyst to load.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.canonical import TABLES, to_arrow


@contextlib.contextmanager
def atomic_path(final: Path):
    """Yield a temporary path in the same folder; rename it over `final` only on success."""
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        yield Path(tmp)
        os.replace(tmp, final)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def write_csv(path: Path, table: str, records: list[dict]) -> None:
    names = [c.name for c in TABLES[table]]
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            for rec in records:
                writer.writerow([_csv_value(rec.get(n)) for n in names])


def write_parquet(path: Path, table: pa.Table) -> None:
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


def write_duckdb(path: Path, tables: dict[str, pa.Table]) -> None:
    import duckdb

    with atomic_path(path) as tmp:
        con = duckdb.connect(str(tmp))
        try:
            for name, arrow_table in tables.items():
                con.register(f"_{name}", arrow_table)
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM _{name}")
                con.unregister(f"_{name}")
        finally:
            con.close()


def write_outputs(out: Path, actions: list[dict], documents: list[dict], errors: list[dict]) -> None:
    """Validate and write every output file of the contract into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    arrow = {
        "actions": to_arrow("actions", actions),
        "documents": to_arrow("documents", documents),
        "errors": to_arrow("errors", errors),
    }
    write_parquet(out / "actions.parquet", arrow["actions"])
    write_parquet(out / "documents.parquet", arrow["documents"])
    write_csv(out / "actions.csv", "actions", actions)
    write_csv(out / "documents.csv", "documents", documents)
    write_csv(out / "errors.csv", "errors", errors)
    write_duckdb(out / "committee_papers.duckdb", arrow)

"""Writers: Parquet (typed), CSV and DuckDB, all from the schema, streamed and atomic.

Rows arrive file by file and are written in chunks, so memory stays flat however large the
corpus. Every chunk is validated against the schema. Each output is written under a temporary
name beside its final one and renamed into place only when all of it is written, so a crash
never leaves a half-written file for an analyst to load.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.canonical import TABLES, arrow_schema, to_arrow

from .process import FileResult

CHUNK_ROWS = 5000


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
        return str(int(value))
    return str(value)


def _tmp_name(final: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    os.unlink(tmp)
    return Path(tmp)


class DatasetWriter:
    """Writes actions, documents and errors to OUT as they come; `close()` puts them in place.

    With `partition_by` (a column of actions, e.g. "council"), actions.parquet is a folder of
    Parquet files partitioned Hive-style (council=.../part-N.parquet), for large runs.
    """

    def __init__(self, out: Path, partition_by: str | None = None, chunk_rows: int = CHUNK_ROWS) -> None:
        import duckdb

        out.mkdir(parents=True, exist_ok=True)
        self.out, self.partition_by, self.chunk_rows = out, partition_by, chunk_rows
        self.buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.finals: dict[Path, Path] = {}  # temporary -> final
        self.parquet: dict[str, pq.ParquetWriter] = {}
        self.csv_files, self.csv_writers = {}, {}
        for table in TABLES:
            if table != "errors" and not (table == "actions" and partition_by):
                tmp = self._claim(out / f"{table}.parquet")
                self.parquet[table] = pq.ParquetWriter(tmp, arrow_schema(TABLES[table]))
            tmp = self._claim(out / f"{table}.csv")
            fh = open(tmp, "w", encoding="utf-8", newline="")
            self.csv_files[table] = fh
            self.csv_writers[table] = csv.writer(fh)
            self.csv_writers[table].writerow([c.name for c in TABLES[table]])
        if partition_by:
            self.dataset_dir = self._claim(out / "actions.parquet")
            self.dataset_dir.mkdir()
            self.parts = 0
        self.db_path = self._claim(out / "committee_papers.duckdb")
        self.db = duckdb.connect(str(self.db_path))
        for table, columns in TABLES.items():
            empty = pa.Table.from_pylist([], schema=arrow_schema(columns))
            self.db.register("_empty", empty)
            self.db.execute(f"CREATE TABLE {table} AS SELECT * FROM _empty")
            self.db.unregister("_empty")
        self.counts = {t: 0 for t in TABLES}

    def _claim(self, final: Path) -> Path:
        tmp = _tmp_name(final)
        self.finals[tmp] = final
        return tmp

    def add(self, result: FileResult) -> None:
        self.buffers["documents"].append(result.document)
        self.buffers["actions"].extend(result.actions)
        self.buffers["errors"].extend(result.errors)
        self.buffers["tables"].extend(result.tables)
        self.buffers["table_rows"].extend(result.table_rows)
        for table, rows in self.buffers.items():
            if len(rows) >= self.chunk_rows:
                self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self.buffers[table]
        if not rows:
            return
        arrow = to_arrow(table, rows)  # validated against the schema
        if table in self.parquet:
            self.parquet[table].write_table(arrow)
        elif table == "actions":
            import pyarrow.dataset as ds

            ds.write_dataset(
                arrow, self.dataset_dir, format="parquet", partitioning=[self.partition_by], partitioning_flavor="hive",
                basename_template=f"part-{self.parts}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore",
            )  # fmt: skip
            self.parts += 1
        names = [c.name for c in TABLES[table]]
        writer = self.csv_writers[table]
        for rec in rows:
            writer.writerow([_csv_value(rec.get(n)) for n in names])
        self.db.register("_chunk", arrow)
        self.db.execute(f"INSERT INTO {table} SELECT * FROM _chunk")
        self.db.unregister("_chunk")
        self.counts[table] += len(rows)
        self.buffers[table] = []

    def close(self) -> dict[str, int]:
        """Flush, then rename every output into place; returns rows written per table."""
        for table in TABLES:
            self._flush(table)
        for w in self.parquet.values():
            w.close()
        for fh in self.csv_files.values():
            fh.close()
        self.db.close()
        for tmp, final in self.finals.items():
            if final.exists() and final.is_dir() != tmp.is_dir():  # partitioned now, a file before (or back)
                shutil.rmtree(final) if final.is_dir() else final.unlink()
            if tmp.is_dir() and final.exists():
                old = _tmp_name(final)
                os.replace(final, old)
                os.replace(tmp, final)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(tmp, final)
        return dict(self.counts)

    def abort(self) -> None:
        """Remove every temporary; the previous outputs, if any, stay as they were."""
        for w in self.parquet.values():
            try:
                w.close()
            except Exception:
                pass
        for fh in self.csv_files.values():
            fh.close()
        try:
            self.db.close()
        except Exception:
            pass
        for tmp in self.finals:
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)

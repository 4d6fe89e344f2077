"""pipeline.load: every table of an output as typed frames, partitioned or not, CSV-only tables included."""

from __future__ import annotations

import shutil

import pandas as pd
import pyarrow.parquet as pq

from pipeline.cli import main
from pipeline.load import load
from schemas.canonical import TABLES

from .conftest import SAMPLES


def test_types_are_the_ones_analysts_expect(ingested):
    data = load(ingested("text"))
    assert set(TABLES) <= set(data)
    a = data.actions
    assert list(a.columns[: len(TABLES["actions"])]) == [c.name for c in TABLES["actions"]]
    assert str(a["due_date"].dtype).startswith("datetime64") and a["due_date"].notna().any()
    assert str(a["page"].dtype) == "Int64" and str(a["is_overdue"].dtype) == "boolean"
    assert all(isinstance(v, list) for v in a["lead_officers"]) and isinstance(
        a["lead_officers"].iloc[0][0], str
    )
    raw = pd.read_parquet(ingested("text") / "actions.parquet")
    assert len(a) == len(raw) and a["action"].tolist() == raw["action"].tolist()
    assert str(data.documents["meeting_date"].dtype).startswith("datetime64")


def test_partitioned_output_and_errors_csv(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES / "text", folder)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert (
        main(
            [
                "ingest",
                str(folder),
                "--out",
                str(out),
                "--quiet",
                "--partition-by",
                "council",
                "--workers",
                "0",
            ]
        )
        == 0
    )
    data = load(out)
    assert (out / "actions.parquet").is_dir()
    assert len(data.actions) == pq.ParquetDataset(out / "actions.parquet").read().num_rows
    assert data.actions["council"].dtype == object and str(data.actions["page"].dtype) == "Int64"
    errors = data.errors
    assert errors.loc[errors["source_file"] == "empty.txt", "message"].tolist() == ["empty file (0 bytes)"]
    assert str(errors["page"].dtype) == "Int64"


def test_a_table_the_schema_does_not_know_is_loaded_too(ingested, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(ingested("text"), out)
    frame = pd.DataFrame(
        {"n": pd.array([1, None], dtype="Int64"), "when": pd.to_datetime(["2014-01-01", None])}
    )
    frame.to_parquet(out / "extra.parquet")
    extra = load(out)["extra"]
    assert str(extra["n"].dtype) == "Int64" and extra["n"].isna().tolist() == [False, True]
    assert str(extra["when"].dtype).startswith("datetime64")

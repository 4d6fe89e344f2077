"""End-to-end runs of the CLI on temporary folders, bad files included."""

import csv
import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main

from .conftest import ROOT, SAMPLES

GOOD = SAMPLES / "text" / "001_7622686e2fdd218b.txt"


def _ingest(src: Path, out: Path) -> int:
    return main(["ingest", str(src), "--out", str(out), "--quiet"])


@pytest.fixture
def mixed(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub dir").mkdir(parents=True)
    shutil.copy(GOOD, folder / "sub dir" / "plan é.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "notes.json").write_text("{}")  # not a paper: skipped
    return folder


def test_bad_files_fail_alone_and_good_rows_are_unchanged(mixed, tmp_path):
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert _ingest(mixed, out) == 0
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert sorted(docs.index) == ["empty.txt", "junk.txt", "sub dir/plan é.txt"]
    assert docs.loc["sub dir/plan é.txt", "parse_status"] == "ok"
    for bad in ("empty.txt", "junk.txt"):
        assert docs.loc[bad, "parse_status"] == "failed"
        assert docs.loc[bad, "error"] and "\n" not in docs.loc[bad, "error"]
    errors = list(csv.DictReader(open(out / "errors.csv", encoding="utf-8")))
    assert sorted(e["source_file"] for e in errors) == ["empty.txt", "junk.txt"]

    only_good = tmp_path / "only"
    (only_good / "sub dir").mkdir(parents=True)
    shutil.copy(GOOD, only_good / "sub dir" / "plan é.txt")
    assert _ingest(only_good, clean) == 0
    with_bad = pd.read_parquet(out / "actions.parquet")
    without = pd.read_parquet(clean / "actions.parquet")
    pd.testing.assert_frame_equal(with_bad, without)
    assert len(with_bad) == 27


def test_outputs_agree_and_keep_types(ingested):
    out = ingested("text")
    table = pq.read_table(out / "actions.parquet")
    assert str(table.schema.field("due_date").type) == "date32[day]"
    assert pa.types.is_list(table.schema.field("lead_officers").type)
    assert table.schema.field("lead_officers").type.value_type == pa.string()
    assert str(table.schema.field("is_overdue").type) == "bool"
    csv_rows = list(csv.DictReader(open(out / "actions.csv", encoding="utf-8")))
    assert len(csv_rows) == table.num_rows
    row = next(r for r in csv_rows if r["action_ref"] == "11")
    assert (
        row["lead_officers"]
        == "Chief Executive; Director of Customer and Community Services; Head of Legal and Democratic Services"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["due_date"])
    con = duckdb.connect(str(out / "committee_papers.duckdb"), read_only=True)
    assert con.execute("select count(*) from actions").fetchone()[0] == table.num_rows
    assert con.execute("select count(*) from documents").fetchone()[0] == 5
    assert con.execute("select count(*) from errors").fetchone()[0] == 0
    con.close()
    assert (
        (out / "errors.csv")
        .read_text(encoding="utf-8")
        .startswith("source_file,stage,severity,message,page,row_index")
    )


def test_manifest_overrides_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "text" / "000_489a160983f14263.txt", folder / "a.txt")
    manifest = tmp_path / "m.csv"
    manifest.write_text("source_file,council,body,meeting_date\na.txt,Melton,Full Council,2014-01-02\n")
    out = tmp_path / "out"
    assert main(["ingest", str(folder), "--out", str(out), "--manifest", str(manifest), "--quiet"]) == 0
    doc = pd.read_parquet(out / "documents.parquet").iloc[0]
    assert (doc["council"], doc["body"], str(doc["meeting_date"])) == (
        "Melton Borough Council",
        "Full Council",
        "2014-01-02",
    )
    assert doc["council_source"] == "manifest"


def test_council_from_folder_when_text_is_silent(tmp_path):
    folder = tmp_path / "in" / "melton-borough-council"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Minutes of a meeting.\nNothing else here.\n")
    out = tmp_path / "out"
    assert _ingest(tmp_path / "in", out) == 0
    doc = pd.read_parquet(out / "documents.parquet").iloc[0]
    assert (doc["council_code"], doc["council_source"]) == ("E07000133", "folder")


def test_missing_input_and_unwritable_output_give_one_line(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "input folder not found" in err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["ingest", str(SAMPLES / "text"), "--out", str(blocker / "out")]) == 1
    assert "cannot write to output folder" in capsys.readouterr().err


def test_summary_is_printed(tmp_path, capsys):
    assert main(["ingest", str(SAMPLES / "text"), "--out", str(tmp_path / "o")]) == 0
    assert re.search(r"5 files: 5 ok, 0 partial, 0 failed; 27 actions", capsys.readouterr().out)


def test_evaluate_command(ingested, capsys):
    assert main(["evaluate", str(ingested("text")), "--gold", str(SAMPLES / "gold")]) == 0
    assert "action recall 100.0%" in capsys.readouterr().out


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in (
        "committee-papers ingest",
        "committee-papers evaluate",
        "make run",
        "make test",
        "make bench",
        "--manifest",
    ):
        assert command in readme, command

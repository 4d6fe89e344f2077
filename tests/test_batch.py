"""Batch runs: workers, per-file time limit, crashes, incremental re-runs, dask, partitions."""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.runner import Task, run_isolated
from pipeline.state import STATE_DIR

from .conftest import ROOT, SAMPLES

SLOW_ROWS = 300_000  # a plan table big enough to take several seconds to read


def _folder(tmp_path: Path, copies: int = 1) -> Path:
    folder = tmp_path / "in"
    for fmt in ("text", "pdf", "docx"):
        for i in range(copies):
            target = folder / fmt / f"copy{i}"
            shutil.copytree(SAMPLES / fmt, target)
    return folder


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    docs = pd.read_parquet(out / "documents.parquet").drop(columns=["seconds"])
    actions = pd.read_parquet(out / "actions.parquet")
    key = ["source_file", "table_index", "row_index"]
    return {
        "documents": docs.sort_values("source_file").reset_index(drop=True),
        "actions": actions.sort_values(key).reset_index(drop=True),
    }


def _assert_same(a: Path, b: Path) -> None:
    ta, tb = _tables(a), _tables(b)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], check_categorical=False)


def _slow_file(path: Path) -> Path:
    path.write_text(
        "Theme\tAction\tLead\tDue\tProgress\n"
        + "x\t1. A long action\tCMT\tMay 2013\tOn target.\n" * SLOW_ROWS
    )
    return path


def test_workers_give_the_same_dataset_as_one_process(tmp_path):
    folder = _folder(tmp_path)
    ingest(folder, tmp_path / "one", workers=0)
    ingest(folder, tmp_path / "two", workers=2)
    _assert_same(tmp_path / "one", tmp_path / "two")


def test_per_file_time_limit_costs_only_that_file(tmp_path):
    folder = _folder(tmp_path)
    _slow_file(folder / "slow.txt")
    summary = ingest(folder, tmp_path / "out", workers=2, file_timeout=4.0)  # good files take < 1 s
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert docs.loc["slow.txt", "parse_status"] == "failed"
    assert "per-file time limit (4 s)" in docs.loc["slow.txt", "error"]
    assert summary.by_status["ok"] == 15 and summary.actions == 81


def test_a_worker_that_dies_fails_only_its_file(tmp_path):
    slow = _slow_file(tmp_path / "slow.txt")
    import psutil

    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    result = {}
    thread = threading.Thread(
        target=lambda: result.setdefault(
            "r", run_isolated(Task(str(slow), "slow.txt", None, (), "0" * 16, 1), 60)
        )
    )
    thread.start()
    for _ in range(200):
        new = [p for p in me.children(recursive=True) if p.pid not in before]
        # the file's worker is forked by the forkserver: a child of the process whose command line says so
        workers = [p for p in new if (parent := p.parent()) and "forkserver" in " ".join(parent.cmdline())]
        if workers:
            workers[-1].send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    thread.join(60)
    doc = result["r"].document
    assert doc["parse_status"] == "failed" and "died (SIGKILL" in doc["error"]


def test_incremental_rerun_reads_only_what_changed(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    first = ingest(folder, out, workers=2)
    assert first.reused == 0
    second = ingest(folder, out, workers=2)
    assert second.reused == 15 and second.actions == first.actions

    (folder / "text" / "copy0" / "000_489a160983f14263.txt").write_text("Cabinet\n1 May 2020\nA new title\n")
    (folder / "pdf" / "copy0" / "001_7622686e2fdd218b.pdf").unlink()
    third = ingest(folder, out, workers=2)
    assert third.reused == 13 and third.files == 14
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert "pdf/copy0/001_7622686e2fdd218b.pdf" not in docs.index
    assert docs.loc["text/copy0/000_489a160983f14263.txt", "report_title"] == "A new title"
    actions = pd.read_parquet(out / "actions.parquet")
    assert len(actions) == 54 and not actions.duplicated(["source_file", "table_index", "row_index"]).any()

    full = ingest(folder, out, workers=2, full=True)
    assert full.reused == 0 and full.actions == 54


def test_killed_run_resumes_without_lost_or_duplicated_rows(tmp_path):
    folder = _folder(tmp_path, copies=4)
    out, clean = tmp_path / "out", tmp_path / "clean"
    cmd = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "ingest",
        str(folder),
        "--out",
        str(out),
        "--workers",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True)
    shards = out / STATE_DIR / "shards"
    deadline = time.time() + 120
    while time.time() < deadline and (not shards.exists() or len(list(shards.glob("*.json"))) < 8):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list(shards.glob("*.json")))
    assert 8 <= done < 60, "the run must be killed half-way"
    assert not (out / "actions.parquet").exists()

    resumed = ingest(folder, out, workers=2)
    assert resumed.reused >= 8
    ingest(folder, clean, workers=2)
    _assert_same(out, clean)


def test_dask_local_cluster_gives_identical_tables(tmp_path):
    pytest.importorskip("dask.distributed")
    folder = _folder(tmp_path)
    ingest(folder, tmp_path / "local", workers=2)
    assert (
        main(
            [
                "ingest",
                str(folder),
                "--out",
                str(tmp_path / "dask"),
                "--engine",
                "dask",
                "--workers",
                "2",
                "--quiet",
            ]
        )
        == 0
    )
    _assert_same(tmp_path / "local", tmp_path / "dask")


def test_partition_by_council(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    ingest(folder, out, workers=2, partition_by="council")
    assert (out / "actions.parquet").is_dir()
    assert any(p.name.startswith("council=") for p in (out / "actions.parquet").iterdir())
    actions = pd.read_parquet(out / "actions.parquet")
    assert len(actions) == 81 and set(actions["council"].astype(str)) == {
        "East Hertfordshire District Council"
    }
    ingest(folder, out, workers=2)  # and back to a single file
    assert (out / "actions.parquet").is_file()

"""A batch: every file under INPUT, one result each, written as the canonical dataset.

The batch never stops on one file: unreadable, hostile or unsupported files get a `failed`
row in documents and a line in errors.csv, and every other file's rows are kept.
"""

from __future__ import annotations

import csv
import os
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .folder_agreement import FolderAgreement
from .linking import ActionLinker
from .process import Override, failed_result
from .runner import Task, default_workers, run_in_process, run_isolated, start_early
from .state import State, file_sha256
from .writers import DatasetWriter


class IngestError(Exception):
    """The run cannot proceed at all (bad input folder, unwritable output): one line for the user."""


@dataclass
class Summary:
    files: int = 0
    by_status: Counter = field(default_factory=Counter)
    actions: int = 0
    seconds: float = 0.0
    reused: int = 0  # unchanged since the last run into the same OUT: not parsed again
    out: Path | None = None

    def render(self) -> str:
        s = self.by_status
        reused = f" ({self.reused} unchanged, not re-read)" if self.reused else ""
        return (
            f"committee-papers: {self.files} files{reused}: {s['ok']} ok, {s['partial']} partial, {s['failed']} failed; "
            f"{self.actions} actions; {self.seconds:.1f} s -> {self.out}"
        )


def read_manifest(path: Path) -> dict[str, Override]:
    """Manifest rows keyed by source_file (path relative to INPUT, or a bare file name)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "source_file" not in reader.fieldnames:
                raise IngestError(f"manifest {path} has no source_file column")
            out = {}
            for row in reader:
                key = (row.get("source_file") or "").strip().replace("\\", "/")
                if key:
                    out[key] = Override(
                        council=(row.get("council") or "").strip() or None,
                        body=(row.get("body") or "").strip() or None,
                        meeting_date=(row.get("meeting_date") or "").strip() or None,
                    )
            return out
    except OSError as exc:
        raise IngestError(f"cannot read manifest {path}: {exc.strerror or exc}") from exc


PAPER_SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".text", ".htm", ".html", ""}  # not .md: folders' READMEs


def is_paper(path: Path) -> bool:
    """Papers by name, or by content when the name says nothing (a scraper's 'download?id=3').

    Data files beside the papers (gold JSON, manifests, spreadsheets) are not papers.
    """
    if path.suffix.lower() in PAPER_SUFFIXES:
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return True  # let processing report why it cannot be read
    return head.startswith((b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def walk_inputs(root: Path) -> list[tuple[Path, str, str | None]]:
    """(path, path relative to root, reason it must not be read) for every paper below root, sorted.

    Hidden files and folders are skipped, and so are data files that are not papers; symlinks
    that leave the input folder are listed with a reason and never followed.
    """
    root_real = root.resolve()
    found: list[tuple[Path, str, str | None]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            reason = None
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    reason = "broken symbolic link"
                else:
                    if not target.is_relative_to(root_real):
                        reason = "symbolic link to a file outside the input folder; not followed"
                    elif not target.is_file():
                        reason = "symbolic link to something that is not a file"
            elif not path.is_file():
                reason = "not a regular file"
            if reason is None and not is_paper(path):
                continue
            found.append((path, rel, reason))
    return found


def ingest(
    input_dir: Path,
    out_dir: Path,
    manifest: Path | None = None,
    progress=None,
    *,
    workers: int | None = None,
    file_timeout: float = 120.0,
    full: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    partition_by: str | None = None,
) -> Summary:
    """Run the pipeline over every paper below `input_dir` and write the dataset into `out_dir`.

    Files whose content, pipeline code and context are unchanged since the last run into the
    same `out_dir` are not parsed again (`full=True` forces a clean run).
    """
    started = time.perf_counter()
    if not input_dir.is_dir():
        raise IngestError(f"input folder not found: {input_dir}")
    if engine not in ENGINES:
        raise IngestError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if partition_by not in (None, *PARTITION_COLUMNS):
        raise IngestError(
            f"cannot partition by {partition_by!r} (choose from {', '.join(PARTITION_COLUMNS)})"
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".committee-papers-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise IngestError(f"cannot write to output folder {out_dir}: {exc.strerror or exc}") from exc
    overrides = read_manifest(manifest) if manifest else {}
    workers = default_workers() if workers is None else workers
    state = State(out_dir, full=full)

    files = walk_inputs(input_dir)
    summary = Summary(files=len(files), out=out_dir)
    tasks: list[tuple[Task, dict]] = []
    done = 0
    for path, rel, reason in files:
        override = overrides.get(rel) or overrides.get(path.name)
        folders = tuple(reversed([input_dir.resolve().name, *Path(rel).parts[:-1]]))
        if reason:
            state.save(rel, State.stamp("", reason), failed_result(rel, "0" * 16, None, "read", reason))
            done += 1
            continue
        try:
            sha = file_sha256(path)
            size = path.stat().st_size
        except OSError as exc:
            message = (
                "cannot read file: permission denied"
                if isinstance(exc, PermissionError)
                else f"cannot read file: {exc.strerror or exc}"
            )
            state.save(rel, State.stamp("", message), failed_result(rel, "0" * 16, None, "read", message))
            done += 1
            continue
        stamp = State.stamp(sha, [override, folders])
        if state.is_current(rel, stamp):
            summary.reused += 1
            done += 1
            continue
        if not tasks and engine == "local" and workers > 0:
            start_early()  # the first file to read: warm the workers while the rest are hashed
        tasks.append((Task(str(path), rel, override, folders, sha[:16], size), stamp))
    if progress:
        progress(done, len(files), None)

    tasks.sort(key=lambda ts: -(ts[0].size or 0))  # largest first, so workers finish together
    for task, stamp, result in ENGINES[engine](tasks, workers, file_timeout, scheduler):
        state.save(task.rel, stamp, result)
        done += 1
        if progress:
            progress(done, len(files), result)
    state.prune({rel for _, rel, _ in files})

    agreement = FolderAgreement.from_state(state, [rel for _, rel, _ in files])  # papers of one meeting agree
    writer = DatasetWriter(out_dir, partition_by=partition_by)
    linker = ActionLinker()
    try:
        for _, rel, _ in files:
            try:
                result = state.load(rel)
            except (OSError, ValueError, KeyError) as exc:  # a result that never arrived, or was damaged
                result = failed_result(
                    rel, "0" * 16, None, "extract", f"result lost ({type(exc).__name__}); re-run to retry"
                )
            summary.by_status[result.document["parse_status"]] += 1
            agreement.apply(result)
            linker.assign(result.document, result.actions)
            writer.add(result)
        counts = writer.close()
    except OSError as exc:
        writer.abort()
        raise IngestError(f"cannot write outputs to {out_dir}: {exc.strerror or exc}") from exc
    except BaseException:
        writer.abort()
        raise
    summary.actions = counts["actions"]
    summary.seconds = time.perf_counter() - started
    return summary


def _local(tasks, workers, timeout, scheduler):
    """This machine: `workers` files at once, each in its own process (0: in this process, no limit)."""
    if workers == 0:
        for task, stamp in tasks:
            yield task, stamp, run_in_process(task)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_isolated, task, timeout): (task, stamp) for task, stamp in tasks}
        for future in as_completed(futures):
            task, stamp = futures[future]
            yield task, stamp, future.result()


def _dask(tasks, workers, timeout, scheduler):
    """dask.distributed: an existing cluster (`scheduler`), or a LocalCluster of `workers` processes."""
    import dask
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    # worker processes must be allowed children: each file runs in its own, for its time limit
    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = (
            None
            if scheduler
            else LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
            )
        )
        client = Client(scheduler or cluster)
    try:
        job = partial(run_isolated, timeout=timeout)
        futures = client.map(job, [t for t, _ in tasks], pure=False)
        stamps = {f.key: (t, s) for f, (t, s) in zip(futures, tasks, strict=True)}
        for future in dask_completed(futures):
            task, stamp = stamps[future.key]
            try:
                result = future.result()
            except Exception as exc:  # the cluster lost the task: only this file fails
                result = failed_result(
                    task.rel,
                    task.document_id,
                    task.size,
                    "extract",
                    f"cluster task failed: {type(exc).__name__}: {exc}",
                )
            yield task, stamp, result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


ENGINES = {"local": _local, "dask": _dask}
PARTITION_COLUMNS = ("council", "council_code", "extractor")

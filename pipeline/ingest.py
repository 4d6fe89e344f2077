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
    skipped: Counter = field(default_factory=Counter)  # files that are not papers, by extension

    def render(self) -> str:
        s = self.by_status
        reused = f" ({self.reused} unchanged, not re-read)" if self.reused else ""
        return (
            f"committee-papers: {self.files} files{reused}: {s['ok']} ok, {s['partial']} partial, {s['failed']} failed; "
            f"{self.actions} actions;{self._skipped()} {self.seconds:.1f} s -> {self.out}"
        )

    def _skipped(self) -> str:
        if not self.skipped:
            return ""
        kinds = self.skipped.most_common()
        shown = ", ".join(f"{n} {kind}" for kind, n in kinds[:4]) + (", ..." if len(kinds) > 4 else "")
        return f" {sum(self.skipped.values())} skipped, not papers ({shown});"


MANIFEST_MAX_BYTES = 64 * 1024 * 1024


def decode_manifest(path: Path, data: bytes) -> str:
    """A manifest's text as Excel and editors save CSV: UTF-8 (BOM or not), UTF-16 with a BOM, or cp1252.

    Binary content (NUL bytes outside UTF-16) and bytes that are none of these are refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(f"manifest {path} is not readable UTF-16 text; save it as CSV UTF-8") from None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise IngestError(f"manifest {path} is an Excel or other Office file; save it as CSV UTF-8")
    if b"\x00" in data:
        odd, even = data[1::2].count(0), data[0::2].count(0)  # UTF-16 without a BOM: every other byte NUL
        encoding = "utf-16-le" if odd > 0.9 * len(data[1::2]) > 0 and not even else None
        encoding = encoding or ("utf-16-be" if even > 0.9 * len(data[0::2]) > 0 and not odd else None)
        try:
            if encoding:
                return data.decode(encoding)
        except UnicodeDecodeError:
            pass
        raise IngestError(f"manifest {path} is not a CSV file (binary content); save it as CSV UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # Excel's "CSV (Comma delimited)" on Western Windows
    except UnicodeDecodeError:
        raise IngestError(
            f"manifest {path} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8"
        ) from None


def read_manifest(path: Path) -> dict[str, Override]:
    """Manifest rows keyed by source_file (path relative to INPUT, or a bare file name).

    Commas, tabs (Excel's "Unicode Text") and semicolons (European Excel) separate columns:
    whichever makes `source_file` a column of the header.
    """
    try:
        if path.is_dir():
            raise IngestError(f"manifest {path} is a folder, not a CSV file")
        with open(path, "rb") as fh:
            data = fh.read(MANIFEST_MAX_BYTES + 1)
    except OSError as exc:
        raise IngestError(f"cannot read manifest {path}: {exc.strerror or exc}") from exc
    if len(data) > MANIFEST_MAX_BYTES:
        raise IngestError(
            f"manifest {path} is larger than {MANIFEST_MAX_BYTES // 2**20} MB; is it a CSV file?"
        )
    lines = decode_manifest(path, data).splitlines()
    header = lines[0] if lines else ""
    delimiter = next(
        (d for d in (",", "\t", ";") if "source_file" in (c.strip().strip('"') for c in header.split(d))),
        None,
    )
    if delimiter is None:
        raise IngestError(f"manifest {path} has no source_file column (first line: {header[:80]!r})")
    out = {}
    try:
        for row in csv.DictReader(lines, delimiter=delimiter):
            row = {(k or "").strip(): v for k, v in row.items()}
            key = (row.get("source_file") or "").strip().replace("\\", "/")
            if key:
                out[key] = Override(
                    council=(row.get("council") or "").strip() or None,
                    body=(row.get("body") or "").strip() or None,
                    meeting_date=(row.get("meeting_date") or "").strip() or None,
                )
    except csv.Error as exc:
        raise IngestError(f"manifest {path} is not a readable CSV file: {exc}") from exc
    return out


PAPER_SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".text", ".htm", ".html", ""}  # not .md: folders' READMEs


# Office files that are not papers, whatever their content: Excel, PowerPoint, Outlook, Visio, ...
NOT_PAPER_SUFFIXES = {
    ".xls", ".xlsx", ".xlsm", ".xlsb", ".xlt", ".xltx", ".ods", ".ots", ".csv", ".tsv",
    ".ppt", ".pptx", ".pptm", ".pps", ".ppsx", ".pot", ".potx", ".odp", ".odg", ".otp",
    ".msg", ".vsd", ".vsdx", ".pub", ".mpp", ".zip", ".7z", ".gz", ".tar", ".rar",
}  # fmt: skip


def _zip_without_word(path: Path) -> bool:
    """True for a readable zip archive that holds no Word document (a workbook, slides, an .odt)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" not in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # damaged: let the extractor say what is wrong with it


def is_paper(path: Path) -> bool:
    """Papers by name, or by content when the name says nothing (a scraper's 'download?id=3').

    Data files beside the papers (gold JSON, manifests, spreadsheets, slides) are not papers,
    nor is a zip archive with no Word document in it unless it is named .docx (then the
    extractor reports that it is not a Word document).
    """
    suffix = path.suffix.lower()
    if suffix in NOT_PAPER_SUFFIXES:
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return True  # let processing report why it cannot be read
    if head.startswith(b"PK\x03\x04") and suffix != ".docx" and _zip_without_word(path):
        return False
    if suffix in PAPER_SUFFIXES:
        return True
    return head.startswith((b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def skipped_kind(path: Path) -> str:
    """How the summary line counts a skipped file: by its extension."""
    return path.suffix.lower() or "without extension"


def walk_inputs(root: Path, skipped: Counter | None = None) -> list[tuple[Path, str, str | None]]:
    """(path, path relative to root, reason it must not be read) for every paper below root, sorted.

    Hidden files and folders are skipped, and so are data files that are not papers (counted in
    `skipped` by extension, for the summary line); symlinks that leave the input folder are
    listed with a reason and never followed.
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
                if skipped is not None:
                    skipped[skipped_kind(path)] += 1
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
    ocr: str = "auto",
) -> Summary:
    """Run the pipeline over every paper below `input_dir` and write the dataset into `out_dir`.

    Files whose content, pipeline code and context are unchanged since the last run into the
    same `out_dir` are not parsed again (`full=True` forces a clean run).
    """
    started = time.perf_counter()
    if not input_dir.is_dir():
        if input_dir.exists():
            raise IngestError(f"{input_dir} is a file, not a folder: give the folder that holds the papers")
        raise IngestError(f"input folder not found: {input_dir}")
    if engine not in ENGINES:
        raise IngestError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if partition_by not in (None, *PARTITION_COLUMNS):
        raise IngestError(
            f"cannot partition by {partition_by!r} (choose from {', '.join(PARTITION_COLUMNS)})"
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise IngestError(f"output {out_dir} is a file, not a folder")
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
    from extractors.ocr import state_key  # OCR (issue 15): a change of --ocr, or OCR installed, re-reads

    ocr_key = state_key(ocr)

    skipped: Counter = Counter()
    files = walk_inputs(input_dir, skipped)
    summary = Summary(files=len(files), out=out_dir, skipped=skipped)
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
        stamp = State.stamp(sha, [override, folders, ocr_key])  # ocr_key: OCR (issue 15)
        if state.is_current(rel, stamp):
            summary.reused += 1
            done += 1
            continue
        if not tasks and engine == "local" and workers > 0:
            start_early()  # the first file to read: warm the workers while the rest are hashed
        tasks.append((Task(str(path), rel, override, folders, sha[:16], size, ocr), stamp))
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
    from .extras import MissingExtra, require

    try:
        require("dask")
    except MissingExtra as exc:
        raise IngestError(str(exc)) from None
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
        try:
            # a local cluster is up already; only a remote address needs a time limit to connect
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT) if scheduler else Client(cluster)
        except (OSError, ValueError) as exc:  # refused, unreachable, or not an address
            if cluster is not None:
                cluster.close()
            raise IngestError(
                f"cannot reach the dask scheduler at {scheduler} ({exc}); check the address and that it runs"
            ) from None
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
SCHEDULER_TIMEOUT = 10  # seconds to connect to --scheduler: a reachable one answers in well under a second
PARTITION_COLUMNS = ("council", "council_code", "extractor")

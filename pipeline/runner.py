"""Running files in isolation: a per-file time limit, and a crash costs only its own file.

Each file is parsed in a short-lived child process forked from a forkserver that has already
imported the pipeline, so starting one is cheap and forking is safe even from threads. The
parent waits for the child's result with a deadline; a child that hangs is killed, and one
that dies (segfault, out of memory) is reported, both as a failed result for that file only.
The local engine runs N of these at once from a thread pool; the dask engine calls the same
function inside its workers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .process import FileResult, Override, failed_result, process_file

PRELOAD = ["pipeline.warm"]


@dataclass(frozen=True)
class Task:
    path: str
    rel: str
    override: Override | None
    folders: tuple[str, ...]
    document_id: str
    size: int | None
    ocr: str = "auto"  # --ocr: auto, off or force (extractors/ocr.py)


@cache
def _context():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_early() -> None:
    """Start (and warm) the forkserver in the background, while the caller walks and hashes files."""
    import threading
    from multiprocessing import forkserver

    def start() -> None:
        try:
            _context()
            forkserver.ensure_running()
        except Exception:  # the first file will start it, or report why it cannot
            pass

    threading.Thread(target=start, name="forkserver-start", daemon=True).start()


def _child(conn, task: Task) -> None:
    from extractors.ocr import configured

    try:
        # OCR (issue 15): the parent extends the time limit by a budget per page about to be OCRed
        with configured(task.ocr, on_pages=lambda n: conn.send((OCR_PAGES, n))):
            result = process_file(Path(task.path), task.rel, task.override, task.folders)
        conn.send(result)
    finally:
        conn.close()


def run_in_process(task: Task) -> FileResult:
    """Process one file in this process (no isolation): for tests and `--workers 0`."""
    from extractors.ocr import configured

    with configured(task.ocr):
        return process_file(Path(task.path), task.rel, task.override, task.folders)


OCR_PAGES = "ocr-pages"  # a child's message before it OCRs pages: (OCR_PAGES, number of pages)


def run_isolated(task: Task, timeout: float) -> FileResult:
    """Process one file in a child process; never raises, never hangs past `timeout` seconds."""
    if mp.current_process().daemon:  # e.g. a dask worker left daemonic: it may not have children
        return run_in_process(task)
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, task), daemon=True)
    try:
        proc.start()
    except OSError as exc:
        return failed_result(
            task.rel, task.document_id, task.size, "extract", f"could not start a worker: {exc}"
        )
    sender.close()
    from extractors.ocr import PAGE_SECONDS

    deadline, ocr_pages = time.monotonic() + timeout, 0
    try:
        while receiver.poll(max(0.0, deadline - time.monotonic())):
            try:
                result = receiver.recv()
            except (EOFError, OSError):
                result = None
            if isinstance(result, tuple) and result[:1] == (OCR_PAGES,):  # OCR (issue 15): a budget per page
                ocr_pages += result[1]
                deadline += result[1] * PAGE_SECONDS
                continue
            proc.join(5)
            if isinstance(result, FileResult):
                return result
            return _died(task, proc)
        plural = "s" * (ocr_pages != 1)
        budget = f" + {ocr_pages * PAGE_SECONDS:g} s for {ocr_pages} OCR page{plural}" if ocr_pages else ""
        return failed_result(
            task.rel, task.document_id, task.size, "extract",
            f"took longer than the per-file time limit ({timeout:g} s{budget}); stopped",
        )  # fmt: skip
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        proc.close() if proc.exitcode is not None else None


def _died(task: Task, proc) -> FileResult:
    proc.join(5)
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        reason = (
            f"the worker reading this file died ({name}{', out of memory?' if name == 'SIGKILL' else ''})"
        )
    else:
        reason = f"the worker reading this file exited unexpectedly (exit code {code})"
    return failed_result(task.rel, task.document_id, task.size, "extract", reason)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)

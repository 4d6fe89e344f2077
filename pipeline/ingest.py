"""A batch: every file under INPUT, one result each, written as the canonical dataset.

The batch never stops on one file: unreadable, hostile or unsupported files get a `failed`
row in documents and a line in errors.csv, and every other file's rows are kept.
"""

from __future__ import annotations

import csv
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .process import FileResult, Override, failed_result, process_file
from .writers import write_outputs


class IngestError(Exception):
    """The run cannot proceed at all (bad input folder, unwritable output): one line for the user."""


@dataclass
class Summary:
    files: int = 0
    by_status: Counter = field(default_factory=Counter)
    actions: int = 0
    seconds: float = 0.0
    out: Path | None = None

    def render(self) -> str:
        s = self.by_status
        return (
            f"committee-papers: {self.files} files: {s['ok']} ok, {s['partial']} partial, {s['failed']} failed; "
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


def ingest(input_dir: Path, out_dir: Path, manifest: Path | None = None, progress=None) -> Summary:
    """Run the pipeline over every file below `input_dir` and write the dataset into `out_dir`."""
    started = time.perf_counter()
    if not input_dir.is_dir():
        raise IngestError(f"input folder not found: {input_dir}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".committee-papers-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise IngestError(f"cannot write to output folder {out_dir}: {exc.strerror or exc}") from exc
    overrides = read_manifest(manifest) if manifest else {}

    results: list[FileResult] = []
    files = walk_inputs(input_dir)
    for n, (path, rel, reason) in enumerate(files, start=1):
        if reason:
            results.append(failed_result(rel, "0" * 16, None, "read", reason))
        else:
            override = overrides.get(rel) or overrides.get(path.name)
            folders = tuple(reversed([input_dir.resolve().name, *Path(rel).parts[:-1]]))
            results.append(process_file(path, rel, override, folders))
        if progress:
            progress(n, len(files), results[-1])

    actions = [a for r in results for a in r.actions]
    documents = [r.document for r in results]
    errors = [e for r in results for e in r.errors]
    try:
        write_outputs(out_dir, actions, documents, errors)
    except OSError as exc:
        raise IngestError(f"cannot write outputs to {out_dir}: {exc.strerror or exc}") from exc
    summary = Summary(files=len(results), actions=len(actions), out=out_dir)
    summary.by_status.update(d["parse_status"] for d in documents)
    summary.seconds = time.perf_counter() - started
    return summary

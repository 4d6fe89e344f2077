"""Incremental runs: what OUT already holds for each input file, and whether it is still valid.

Every finished file leaves one shard in OUT/.committee-papers-state/, written atomically the
moment its result is known, keyed by the input's path and stamped with its SHA-256, the
pipeline's code fingerprint and what the run said about it (manifest row, folders). A re-run
parses only files whose stamp changed; a run killed half-way resumes from the shards it left,
so no row is lost or written twice. The dataset files are always rebuilt from the shards.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict
from datetime import date
from functools import cache
from pathlib import Path

from schemas.canonical import SCHEMA_VERSION, TABLES

from . import __version__
from .process import FileResult

STATE_DIR = ".committee-papers-state"
CODE_DIRS = ("pipeline", "extractors", "schemas")


@cache
def code_fingerprint() -> str:
    """The pipeline version for incremental runs: package and schema versions plus a hash of the
    code and vocabularies, so a changed rule re-reads every file even without a version bump."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}".encode())
    for folder in CODE_DIRS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".csv", ".json") and "__pycache__" not in path.parts:
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_DATE_COLUMNS = {t: {c.name for c in cols if str(c.type) == "date32[day]"} for t, cols in TABLES.items()}


def _encode(value):
    return value.isoformat() if isinstance(value, date) else value


def _decode(table: str, record: dict) -> dict:
    for name in _DATE_COLUMNS[table]:
        if record.get(name):
            record[name] = date.fromisoformat(record[name])
    return record


class State:
    def __init__(self, out: Path, full: bool = False) -> None:
        self.root = out / STATE_DIR
        if full and self.root.exists():
            shutil.rmtree(self.root)
        self.shards = self.root / "shards"
        self.shards.mkdir(parents=True, exist_ok=True)

    def _path(self, rel: str) -> Path:
        return self.shards / (hashlib.sha1(rel.encode("utf-8")).hexdigest() + ".json")

    @staticmethod
    def stamp(sha256: str, context) -> dict:
        context_json = json.dumps(
            context,
            sort_keys=True,
            default=lambda o: asdict(o) if hasattr(o, "__dataclass_fields__") else str(o),
        )
        return {
            "sha256": sha256,
            "pipeline": code_fingerprint(),
            "context": hashlib.sha1(context_json.encode()).hexdigest(),
        }

    def is_current(self, rel: str, stamp: dict) -> bool:
        path = self._path(rel)
        if not path.exists():
            return False
        try:
            with open(path, encoding="utf-8") as fh:
                head = json.load(fh)
            return head.get("rel") == rel and head.get("stamp") == stamp
        except (OSError, ValueError):
            return False  # a damaged shard is simply redone

    def save(self, rel: str, stamp: dict, result: FileResult) -> None:
        data = {
            "rel": rel,
            "stamp": stamp,
            "document": {k: _encode(v) for k, v in result.document.items()},
            "actions": [{k: _encode(v) for k, v in a.items()} for a in result.actions],
            "errors": result.errors,
            "tables": [{k: _encode(v) for k, v in t.items()} for t in result.tables],
            "table_rows": result.table_rows,
        }
        path = self._path(rel)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)

    def load(self, rel: str) -> FileResult:
        with open(self._path(rel), encoding="utf-8") as fh:
            data = json.load(fh)
        return FileResult(
            document=_decode("documents", data["document"]),
            actions=[_decode("actions", a) for a in data["actions"]],
            errors=data["errors"],
            tables=data.get("tables", []),
            table_rows=data.get("table_rows", []),
        )

    def prune(self, keep: set[str]) -> int:
        """Drop shards of files no longer in the input (and stray temporaries); how many went."""
        wanted = {self._path(rel).name for rel in keep}
        gone = 0
        for path in self.shards.iterdir():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
                gone += 1
        return gone

"""The command line: parses arguments and calls the library; errors become one-line messages.

committee-papers ingest INPUT_DIR --out OUT_DIR [--manifest CSV]
committee-papers evaluate OUT_DIR --gold GOLD_DIR [--json FILE] [--show-misses N]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from . import __version__


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments give one line and exit 2; the line says where the full usage is."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _number(kind, low: float, inclusive: bool, what: str):
    """An argparse type: a finite number of `kind` at or above (or above) `low`."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what}, not {text!r}") from None
        if not math.isfinite(value) or value < low or (value == low and not inclusive):
            raise argparse.ArgumentTypeError(f"{what}, not {text!r}")
        return value

    return parse


WORKERS = _number(int, 0, True, "must be a whole number, 0 or more")
SECONDS = _number(float, 0, False, "must be a number of seconds above 0")
COUNT = _number(int, 0, True, "must be a whole number, 0 or more")


def _parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="committee-papers", description="Council committee papers to a canonical action-plan dataset."
    )
    p.add_argument("--version", action="version", version=f"committee-papers {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ing = sub.add_parser("ingest", help="read every paper under INPUT_DIR and write the dataset to OUT_DIR")
    ing.add_argument("input_dir", type=Path, metavar="INPUT_DIR", help="folder of papers, read recursively")
    ing.add_argument(
        "--out", type=Path, required=True, metavar="OUT_DIR", help="folder to write the dataset into"
    )
    ing.add_argument(
        "--manifest", type=Path, metavar="CSV", help="columns source_file, council, body, meeting_date"
    )
    ing.add_argument(
        "--workers",
        type=WORKERS,
        default=None,
        metavar="N",
        help="files read at once (default: all cores; 0: in this process, no time limit)",
    )
    ing.add_argument(
        "--file-timeout",
        type=SECONDS,
        default=120.0,
        metavar="SECONDS",
        help="per-file time limit, above 0 (default 120)",
    )
    ing.add_argument(
        "--full", action="store_true", help="re-read every file (default: only new and changed ones)"
    )
    ing.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="local processes, or dask.distributed"
    )
    ing.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="with --engine dask: an existing cluster (default: a LocalCluster)",
    )
    ing.add_argument(
        "--partition-by",
        choices=("council", "council_code", "extractor"),
        help="write actions.parquet as a partitioned dataset",
    )
    ing.add_argument(
        "--ocr",
        choices=("auto", "off", "force"),
        default="auto",
        help="read scanned pages by OCR: auto (pages with no text layer, when Tesseract is installed), off, "
        "or force (every page)",
    )  # OCR (issue 15)
    ing.add_argument("--quiet", action="store_true", help="print only the summary")

    ev = sub.add_parser("evaluate", help="per-field accuracy of OUT_DIR against gold JSON files")
    ev.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="an output folder written by ingest")
    ev.add_argument(
        "--gold",
        type=Path,
        required=True,
        metavar="GOLD_DIR",
        help="folder of gold JSON files, one per paper, named after the paper (samples/gold/ shows the format)",
    )
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the result as JSON")
    ev.add_argument(
        "--show-misses", type=COUNT, default=0, metavar="N", help="list up to N fields that differ from gold"
    )
    ex = sub.add_parser("explain", help="print how one paper was read: its tables, column roles and row fates")
    ex.add_argument("file", type=Path, metavar="FILE", help="one paper (PDF, DOCX or text)")
    ex.add_argument("--tables-only", action="store_true", help="leave out the row-by-row fates")
    return p


def _error(message: str, code: int) -> int:
    print(f"committee-papers: error: {message}", file=sys.stderr)
    return code


class Progress:
    """A progress bar on a terminal; otherwise a plain log line every 10 seconds."""

    def __init__(self) -> None:
        self.bar = None
        self.last = time.monotonic()
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int, result) -> None:
        if self.tty:
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
            self.bar.n = done
            self.bar.refresh()
        elif time.monotonic() - self.last >= 10 or done == total:
            self.last = time.monotonic()
            print(f"committee-papers: {done}/{total} files", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _ingest(args, parser) -> int:
    from .extras import MissingExtra, require
    from .ingest import IngestError, ingest

    if args.scheduler and args.engine != "dask":
        parser.exit(
            2,
            "committee-papers ingest: error: --scheduler needs --engine dask "
            "(see `committee-papers ingest --help`)\n",
        )
    if args.engine == "dask":
        try:
            require("dask")
        except MissingExtra as exc:
            return _error(str(exc), 1)
    if args.ocr == "force":  # OCR (issue 15): asked for, so its absence is an error, not a warning
        from extractors.ocr import INSTALL, missing

        if lacking := missing():
            return _error(f"--ocr force needs {lacking}, which is not installed: {INSTALL}", 1)
    progress = None if args.quiet else Progress()
    try:
        summary = ingest(
            args.input_dir,
            args.out,
            args.manifest,
            progress,
            workers=args.workers,
            file_timeout=args.file_timeout,
            full=args.full,
            engine=args.engine,
            scheduler=args.scheduler,
            partition_by=args.partition_by,
            ocr=args.ocr,
        )
    except IngestError as exc:
        return _error(str(exc), 1)
    finally:
        if progress:
            progress.close()
    print(summary.render())
    return 0


def _evaluate(args, parser) -> int:
    from .evaluate import EvaluateError, evaluate, render

    try:
        result = evaluate(args.out_dir, args.gold, show_misses=args.show_misses)
    except EvaluateError as exc:
        return _error(str(exc), 1)
    print(render(result))
    if args.json:
        import json

        try:
            args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
        except OSError as exc:
            return _error(f"cannot write {args.json}: {exc.strerror or exc}", 1)
    return 0


def _explain(args, parser) -> int:
    from .explain import explain

    if not args.file.is_file():
        return _error(f"{args.file}: no such file", 1)
    print(explain(args.file, rows=not args.tables_only))
    return 0


COMMANDS = {"ingest": _ingest, "evaluate": _evaluate, "explain": _explain}  # one function per subcommand of _parser()


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args, parser)


if __name__ == "__main__":
    sys.exit(main())

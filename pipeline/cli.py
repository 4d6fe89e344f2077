"""The command line: parses arguments and calls the library; errors become one-line messages.

committee-papers ingest INPUT_DIR --out OUT_DIR [--manifest CSV]
committee-papers evaluate OUT_DIR --gold GOLD_DIR [--json FILE] [--show-misses N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="committee-papers", description="Council committee papers to a canonical action-plan dataset."
    )
    p.add_argument("--version", action="version", version=f"committee-papers {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="read every paper under INPUT_DIR and write the dataset to OUT_DIR")
    ing.add_argument("input_dir", type=Path, metavar="INPUT_DIR")
    ing.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    ing.add_argument(
        "--manifest", type=Path, metavar="CSV", help="columns source_file, council, body, meeting_date"
    )
    ing.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="files read at once (default: all cores; 0: in this process, no time limit)",
    )
    ing.add_argument(
        "--file-timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="per-file time limit (default 120)",
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
    ing.add_argument("--quiet", action="store_true", help="print only the summary")

    ev = sub.add_parser("evaluate", help="per-field accuracy of OUT_DIR against gold JSON files")
    ev.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    ev.add_argument("--gold", type=Path, required=True, metavar="GOLD_DIR")
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the result as JSON")
    ev.add_argument("--show-misses", type=int, default=0, metavar="N")
    return p


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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        from .ingest import IngestError, ingest

        if args.workers is not None and args.workers < 0:
            print("committee-papers: error: --workers must be 0 or more", file=sys.stderr)
            return 2
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
            )
        except IngestError as exc:
            print(f"committee-papers: error: {exc}", file=sys.stderr)
            return 1
        finally:
            if progress:
                progress.close()
        print(summary.render())
        return 0
    if args.command == "evaluate":
        from .evaluate import EvaluateError, evaluate, render

        try:
            result = evaluate(args.out_dir, args.gold, show_misses=args.show_misses)
        except EvaluateError as exc:
            print(f"committee-papers: error: {exc}", file=sys.stderr)
            return 1
        print(render(result))
        if args.json:
            import json

            args.json.write_text(json.dumps(result, indent=1, default=str))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())

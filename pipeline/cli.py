"""The command line: parses arguments and calls the library; errors become one-line messages.

committee-papers ingest INPUT_DIR --out OUT_DIR [--manifest CSV]
committee-papers evaluate OUT_DIR --gold GOLD_DIR [--json FILE] [--show-misses N]
"""

from __future__ import annotations

import argparse
import sys
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
    ing.add_argument("--quiet", action="store_true", help="print only the summary")

    ev = sub.add_parser("evaluate", help="per-field accuracy of OUT_DIR against gold JSON files")
    ev.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    ev.add_argument("--gold", type=Path, required=True, metavar="GOLD_DIR")
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the result as JSON")
    ev.add_argument("--show-misses", type=int, default=0, metavar="N")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        from .ingest import IngestError, ingest

        def progress(n: int, total: int, result) -> None:
            if not args.quiet and sys.stderr.isatty():
                print(
                    f"\r[{n}/{total}] {result.document['source_file'][:60]:<60}",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

        try:
            summary = ingest(args.input_dir, args.out, args.manifest, progress)
        except IngestError as exc:
            print(f"committee-papers: error: {exc}", file=sys.stderr)
            return 1
        if not args.quiet and sys.stderr.isatty():
            print(file=sys.stderr)
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

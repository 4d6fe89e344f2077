"""Runs the benchmarking notebook against an output folder and writes it as HTML.

    python -m pipeline.report OUT_DIR [--notebook PATH] [--html PATH]

The notebook reads OUT_DIR from the environment variable COMMITTEE_PAPERS_OUT (its parameters
cell), so the same notebook runs on any output; nbclient executes it and nbconvert's HTML
exporter writes it with the figures inline.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "cross_council_benchmarking.ipynb"


def execute(out_dir: Path, notebook: Path = NOTEBOOK, timeout: int = 600):
    """The executed notebook (nbformat node), run with `out_dir` as its OUT parameter."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    previous = os.environ.get("COMMITTEE_PAPERS_OUT")
    os.environ["COMMITTEE_PAPERS_OUT"] = str(Path(out_dir).resolve())
    try:
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(notebook.parent)}},
            extra_arguments=["--IPKernelApp.log_level=ERROR"],  # not the kernel's notices about its transport
        ).execute()
    finally:
        if previous is None:
            os.environ.pop("COMMITTEE_PAPERS_OUT", None)
        else:
            os.environ["COMMITTEE_PAPERS_OUT"] = previous
    return nb


def to_html(nb, html: Path) -> None:
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nb)
    tmp = html.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, html)


def _count_actions(out_dir: Path) -> int:
    import pyarrow.dataset as ds

    path = out_dir / "actions.parquet"
    return ds.dataset(path, format="parquet", partitioning="hive" if path.is_dir() else None).count_rows()


def _error(message: str) -> int:
    print(f"committee-papers: error: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    from .cli import OneLineParser
    from .extras import MissingExtra, require

    ap = OneLineParser(
        prog="python -m pipeline.report",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="an output folder written by ingest")
    ap.add_argument("--notebook", type=Path, default=NOTEBOOK, help="the notebook to run (default: ours)")
    ap.add_argument("--html", type=Path, help="where to write the report (default: OUT_DIR/<notebook>.html)")
    args = ap.parse_args(argv)
    if not args.out_dir.is_dir():
        return _error(f"output folder {args.out_dir} not found (run `committee-papers ingest` first)")
    if not (args.out_dir / "actions.parquet").exists():
        return _error(f"{args.out_dir} has no actions table (run `committee-papers ingest` first)")
    if not args.notebook.is_file():
        return _error(f"notebook {args.notebook} not found")
    try:
        require("notebook", import_modules=False)
        n_actions = _count_actions(args.out_dir)
        nb = execute(args.out_dir, args.notebook)
    except MissingExtra as exc:
        return _error(str(exc))
    except Exception as exc:  # a failing cell, a kernel that died or never started: one line, not 80
        name = getattr(exc, "ename", type(exc).__name__)
        text = str(exc).strip()
        value = getattr(exc, "evalue", None) or (text.splitlines()[0] if text else "")
        return _error(f"the notebook {args.notebook.name} failed: {name}: {value}")
    html = args.html or args.out_dir / "cross_council_benchmarking.html"
    try:
        to_html(nb, html)
    except OSError as exc:
        return _error(f"cannot write {html}: {exc.strerror or exc}")
    empty = f" (no actions in {args.out_dir}; the report says so)" if not n_actions else ""
    print(f"committee-papers: notebook executed -> {html}{empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
            nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(notebook.parent)}}
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--notebook", type=Path, default=NOTEBOOK)
    ap.add_argument("--html", type=Path)
    args = ap.parse_args(argv)
    if not (args.out_dir / "actions.parquet").exists():
        print(
            f"committee-papers: error: {args.out_dir} has no actions (run `make run` first)", file=sys.stderr
        )
        return 1
    html = args.html or args.out_dir / "cross_council_benchmarking.html"
    to_html(execute(args.out_dir, args.notebook), html)
    print(f"committee-papers: notebook executed -> {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

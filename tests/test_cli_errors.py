"""What a new user meets: the command line run as a user runs it (a subprocess), bad input included.

Every failure is one line on stderr naming the problem and the fix, with exit code 1 (the run
cannot proceed) or 2 (bad arguments), and never a traceback.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import _parser

from .conftest import GOLD, ROOT, SAMPLES

GOOD = SAMPLES / "text" / "001_7622686e2fdd218b.txt"  # East Herts, 27 actions
HAS_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def cli(*args, block: tuple[str, ...] = (), timeout: float = 300) -> subprocess.CompletedProcess:
    """`committee-papers ARGS` in a fresh interpreter; `block` makes those modules unimportable."""
    blocked = "".join(f"sys.modules[{m!r}] = None; " for m in block)
    code = f"import sys; {blocked}from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def one_line(proc: subprocess.CompletedProcess, code: int) -> str:
    """The single line the user sees on stderr, after checking the exit code and that nothing else came."""
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def summary_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout
    return lines[0]


@pytest.fixture
def papers(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    return folder


# 1. manifests as Excel and editors save them --------------------------------------------------


MANIFEST_ROWS = [("source_file", "council", "body"), (GOOD.name, "Melton", "Caf\u00e9 Committee")]


def _csv(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in MANIFEST_ROWS) + "\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        _csv(",").encode("cp1252"),  # Excel "CSV (Comma delimited)"
        _csv("\t").encode("utf-16"),  # Excel "Unicode Text": UTF-16 with a BOM, tab-separated
        _csv(",").encode("utf-16-le"),  # no BOM
        b"\xef\xbb\xbf" + _csv(";").encode("utf-8"),  # "CSV UTF-8" from a European Excel
    ],
    ids=["cp1252", "utf-16-tabs", "utf-16le-no-bom", "utf-8-bom-semicolons"],
)
def test_manifest_in_other_encodings_is_read(papers, tmp_path, encoded):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(encoded)
    out = tmp_path / "out"
    summary_line(cli("ingest", papers, "--out", out, "--manifest", manifest, "--quiet", "--workers", 0))
    doc = pd.read_parquet(out / "documents.parquet").iloc[0]
    assert doc["council"] == "Melton Borough Council" and doc["council_source"] == "manifest"
    assert doc["body"] == "Caf\u00e9 Committee"


def _xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


@pytest.mark.parametrize(
    "content, says",
    [
        (bytes(range(256)) * 40, "not a CSV file (binary content)"),
        (None, "Excel or other Office file"),
        (b"council,body\nMelton,Cabinet\n", "has no source_file column"),
        (b"source_file,council\n\x81\x8d\x8f\x90\x9d,x\n", "neither UTF-8 nor Windows-1252"),
    ],
    ids=["binary", "xlsx", "no-source-file", "undecodable"],
)
def test_unreadable_manifest_is_one_line(papers, tmp_path, content, says):
    manifest = tmp_path / "m.csv"
    _xlsx(manifest) if content is None else manifest.write_bytes(content)
    line = one_line(cli("ingest", papers, "--out", tmp_path / "out", "--manifest", manifest), 1)
    assert says in line and str(manifest) in line


# 2. an unreachable dask scheduler ----------------------------------------------------------------


def test_unreachable_scheduler_is_one_line(papers, tmp_path):
    pytest.importorskip("dask.distributed")
    args = ("ingest", papers, "--out", tmp_path / "out", "--engine", "dask", "--full", "--quiet")
    line = one_line(cli(*args, "--scheduler", "tcp://127.0.0.1:1", timeout=120), 1)
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:1" in line
    line = one_line(cli(*args, "--scheduler", "not-an-address"), 1)
    assert "cannot reach the dask scheduler at not-an-address" in line


# 3. the benchmarking report on an output with no actions ----------------------------------------


def report(*args, block: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    blocked = "".join(f"sys.modules[{m!r}] = None; " for m in block)
    code = f"import sys; {blocked}from pipeline.report import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the kernel imports this checkout's pipeline.load
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def test_report_on_an_output_with_no_actions_says_so(tmp_path):
    pytest.importorskip("nbclient")
    empty_in, out = tmp_path / "empty", tmp_path / "out"
    empty_in.mkdir()
    (empty_in / "empty.txt").write_bytes(b"")
    summary_line(cli("ingest", empty_in, "--out", out, "--quiet", "--workers", 0))
    proc = report(out, "--html", tmp_path / "r.html")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr and not proc.stderr.strip(), proc.stderr
    assert (
        proc.stdout.strip()
        == f"committee-papers: notebook executed -> {tmp_path / 'r.html'} (no actions in {out}; the report says so)"
    )
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "No actions in this output" in page and "Traceback" not in page and "<img" not in page


def test_report_errors_are_one_line(tmp_path):
    assert "not found" in one_line(report(tmp_path / "missing"), 1)
    assert "has no actions table" in one_line(report(tmp_path), 1)
    (tmp_path / "actions.parquet").write_bytes(b"")
    line = one_line(report(tmp_path, block=("nbclient",)), 1)
    assert line.endswith('pip install -e ".[notebook]"') and "nbclient" in line


# 4. spreadsheets and slides are skipped and counted --------------------------------------------


def test_office_files_that_are_not_papers_are_skipped_and_counted(papers, tmp_path):
    for name in ("budget.xlsx", "budget.ods", "slides.pptx", "download"):  # "download": an xlsx, no name
        _xlsx(papers / name)
    (papers / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (papers / "notes.json").write_text("{}")
    out = tmp_path / "out"
    line = summary_line(cli("ingest", papers, "--out", out, "--workers", 0, "--quiet"))
    assert "1 files: 1 ok, 0 partial, 0 failed; 27 actions; 6 skipped, not papers (" in line
    shown = line.split("not papers (", 1)[1].split(")", 1)[0]  # the four commonest kinds, then "..."
    kinds = {".xlsx", ".ods", ".pptx", ".xls", ".json", "without extension"}
    assert shown.endswith(", ...") and len({k for k in kinds if f"1 {k}," in shown + ","}) == 4
    assert pd.read_parquet(out / "documents.parquet")["source_file"].tolist() == [GOOD.name]


# 5. a corrupt .doc --------------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_corrupt_doc_fails_with_a_reason_and_a_real_doc_is_read(papers, tmp_path):
    import random

    word = tmp_path / "word"
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "doc", "--outdir", str(word), str(SAMPLES / "docx" / "001_7622686e2fdd218b.docx")],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    real = (word / "001_7622686e2fdd218b.doc").read_bytes()
    rng = random.Random(19)
    damaged = bytearray(real)
    damaged[4096:12288] = rng.randbytes(8192)
    (papers / "real.doc").write_bytes(real)
    (papers / "damaged.doc").write_bytes(bytes(damaged))
    (papers / "header-then-noise.doc").write_bytes(real[:8] + rng.randbytes(20000))
    (papers / "noise.doc").write_bytes(rng.randbytes(20000))
    out = tmp_path / "out"
    summary_line(cli("ingest", papers, "--out", out, "--quiet"))
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert docs.loc["real.doc", "parse_status"] == "ok" and docs.loc["real.doc", "n_actions"] == 27
    for bad in ("damaged.doc", "header-then-noise.doc", "noise.doc"):
        assert docs.loc[bad, "parse_status"] == "failed", docs.loc[bad, "error"]
        assert docs.loc[bad, "n_actions"] == 0 and "\n" not in docs.loc[bad, "error"]
    assert "LibreOffice could not read it" in docs.loc["header-then-noise.doc", "error"]


def test_garbled_conversion_is_measured():
    from extractors.docx import GARBLED_SHARE, garbled_share

    assert garbled_share("Review the constitution by March 2014.") == 0
    assert garbled_share("\u6162\u6364\u6665 \ue000\ufffd ab") > GARBLED_SHARE


# 6. evaluate when nothing compares ------------------------------------------------------------------


def test_evaluate_on_an_output_with_no_paper_of_the_gold_says_so(tmp_path):
    empty_in, out = tmp_path / "empty", tmp_path / "out"
    empty_in.mkdir()
    summary_line(cli("ingest", empty_in, "--out", out, "--quiet"))
    proc = cli("evaluate", out, "--gold", GOLD)
    line = one_line(proc, 1)
    assert "nothing to compare" in line and "100" not in proc.stdout


def test_evaluate_without_gold_actions_reports_no_recall(papers, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{GOOD.stem}.json").write_text('{"document": {}, "actions": []}')
    out = tmp_path / "out"
    summary_line(cli("ingest", papers, "--out", out, "--quiet", "--workers", 0))
    proc = cli("evaluate", out, "--gold", gold)
    assert proc.returncode == 0 and not proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("action recall n/a  precision 0.0%")


# 7, 8. arguments -----------------------------------------------------------------------------------


def test_scheduler_without_dask_and_a_file_as_input_are_refused(papers, tmp_path):
    line = one_line(cli("ingest", papers, "--out", tmp_path / "o", "--scheduler", "tcp://h:8786"), 2)
    assert "--scheduler needs --engine dask" in line
    line = one_line(cli("ingest", papers / GOOD.name, "--out", tmp_path / "o"), 1)
    assert "is a file, not a folder" in line


def _walk(parser):
    """(command, action) for every argument of every subcommand."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                for a in sub._actions:
                    if not isinstance(a, argparse._HelpAction):
                        yield name, a


def test_every_argument_has_help_text():
    found = list(_walk(_parser()))
    assert {"ingest", "evaluate"} <= {c for c, _ in found} and len(found) >= 14
    missing = [f"{c} {a.dest}" for c, a in found if not (a.help or "").strip()]
    assert not missing


@pytest.fixture
def bad(tmp_path, papers):
    """Things a user passes by mistake."""
    (tmp_path / "afile.txt").write_text("x")
    (tmp_path / "badgold").mkdir()
    (tmp_path / "badgold" / "x.json").write_text("{not json")
    (tmp_path / "oddgold").mkdir()
    (tmp_path / "oddgold" / "x.json").write_text("[1, 2]")
    return {"in": papers, "file": tmp_path / "afile.txt", "missing": tmp_path / "missing", "tmp": tmp_path}


INGEST_BAD = [
    (["--workers", "-1"], 2, "--workers: must be a whole number"),
    (["--workers", "two"], 2, "--workers: must be a whole number"),
    (["--file-timeout", "-5"], 2, "--file-timeout: must be a number of seconds above 0"),
    (["--file-timeout", "0"], 2, "--file-timeout: must be a number of seconds above 0"),
    (["--file-timeout", "nan"], 2, "--file-timeout: must be a number of seconds above 0"),
    (["--file-timeout", "soon"], 2, "--file-timeout: must be a number of seconds above 0"),
    (["--engine", "spark"], 2, "--engine: invalid choice"),
    (["--partition-by", "colour"], 2, "--partition-by: invalid choice"),
    (["--scheduler", "tcp://h:1"], 2, "--scheduler needs --engine dask"),
    (["--manifest", "{missing}"], 1, "cannot read manifest"),
    (["--manifest", "{tmp}"], 1, "is a folder, not a CSV file"),
    (["--bogus"], 2, "unrecognized arguments: --bogus"),
]


@pytest.mark.parametrize("extra, code, says", INGEST_BAD, ids=[" ".join(a) for a, _, _ in INGEST_BAD])
def test_ingest_option_with_a_bad_value(bad, extra, code, says):
    extra = [a.format(**bad) for a in extra]
    line = one_line(cli("ingest", bad["in"], "--out", bad["tmp"] / "out", *extra), code)
    assert says in line


@pytest.mark.parametrize(
    "args, code, says",
    [
        (["ingest", "{missing}", "--out", "{tmp}/o"], 1, "input folder not found"),
        (["ingest", "{file}", "--out", "{tmp}/o"], 1, "is a file, not a folder"),
        (["ingest", "{in}", "--out", "{file}"], 1, "is a file, not a folder"),
        (["ingest", "{in}", "--out", "/proc/committee-papers-out"], 1, "cannot write to output folder"),
        (["ingest", "{in}"], 2, "required: --out"),
        (["evaluate", "{missing}", "--gold", str(GOLD)], 1, "output folder"),
        (["evaluate", "{in}", "--gold", "{missing}"], 1, "not found"),
        (["evaluate", "{in}", "--gold", "{file}"], 1, "is a file, not a folder"),
        (["evaluate", "{in}", "--gold", "{tmp}/badgold"], 1, "is not valid JSON (line 1"),
        (["evaluate", "{in}", "--gold", "{tmp}/oddgold"], 1, "is not in the gold format"),
        (["evaluate", "{in}", "--gold", "{in}"], 1, "has no gold files"),
        (["evaluate", "{in}", "--gold", str(GOLD), "--show-misses", "-3"], 2, "--show-misses: must be"),
        (["evaluate", "{in}", "--gold", str(GOLD), "--show-misses", "all"], 2, "--show-misses: must be"),
        (["evaluate", "{in}"], 2, "required: --gold"),
        (["explode"], 2, "invalid choice: 'explode'"),
        ([], 2, "required: COMMAND"),
    ],
)
def test_bad_paths_and_values(bad, args, code, says):
    line = one_line(cli(*[a.format(**bad) for a in args]), code)
    assert says in line


def test_evaluate_json_to_an_unwritable_place_is_one_line(tmp_path):
    out = tmp_path / "out"
    summary_line(cli("ingest", SAMPLES / "text", "--out", out, "--quiet", "--workers", 0))
    proc = cli("evaluate", out, "--gold", GOLD, "--json", "/proc/committee-papers.json")
    assert "cannot write /proc/committee-papers.json" in one_line(proc, 1)


# extras that are not installed (issue 15) -------------------------------------------------------


def test_dask_not_installed_names_the_install_command(papers, tmp_path):
    proc = cli("ingest", papers, "--out", tmp_path / "o", "--engine", "dask", block=("dask", "distributed"))
    assert one_line(proc, 1).endswith('pip install -e ".[dask]"')


def test_dask_not_installed_for_library_callers(papers, tmp_path):
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "from pathlib import Path\nfrom pipeline.ingest import IngestError, ingest\n"
        f"try:\n    ingest(Path({str(papers)!r}), Path({str(tmp_path / 'o')!r}), engine='dask')\n"
        "except IngestError as exc:\n    print(exc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip().endswith('pip install -e ".[dask]"'), proc.stderr

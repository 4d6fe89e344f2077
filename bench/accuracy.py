"""Accuracy record: blind scores of each sample batch, later re-scores, and row fidelity beside naive readers.

A blind batch's gold is committed before the pipeline ever reads it, so its first run (`--phase blind`)
is the only honest estimate of accuracy on papers we have not tuned for; every later run is `after-fix`.
The guards below keep it that way: a batch's first entry must be its blind one, a second blind entry
is refused, and `all` skips a batch whose blind score has not been taken.

Row fidelity (issue 17) asks whether each gold action survives intact in one row: for the pipeline, one
predicted action holding the gold action text, its progress and its due date; for plain pdfplumber
`extract_tables()` (each page apart) and a python-docx loop over `document.tables`, one table row
holding the same. Text is normalised and "holds" means rapidfuzz partial_ratio >= 90 with the row's
text at least as long as the gold text (plain ratio >= 90 otherwise), so a fragment does not count.

    python bench/accuracy.py record --batch DIR --phase blind|after-fix [--code TREE] [--note TEXT]
    python bench/accuracy.py render
    python bench/accuracy.py all
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path, PurePosixPath

import pyarrow.compute as pc
import pyarrow.parquet as pq
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import evaluate  # noqa: E402
from pipeline.normalise.dates import parse_due  # noqa: E402

JSON_PATH = ROOT / "bench" / "accuracy.json"
MD_PATH = ROOT / "bench" / "accuracy.md"
BLIND_ROOT = ROOT / "samples" / "blind"
NOT_PRODUCERS = {"specs", "gold", "__pycache__"}
DEV = "dev+other"  # the older samples: not blind (written while the pipeline was built)
DEV_PRODUCERS = ("text", "pdf", "docx", "other/text", "other/pdf", "other/docx")
KEYS = (
    "action_recall", "action_precision", "field_accuracy", "document_field_accuracy", "fields",
    "document_fields", "counts",
)  # fmt: skip
TEXT_MATCH = 90


class AccuracyError(Exception):
    """A refused or impossible request: one line for the user."""


# ---------------------------------------------------------------- batches


def batch_key(batch: str) -> str:
    if batch == DEV:
        return DEV
    p = Path(batch).resolve()
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(p)


def batch_layout(batch: str) -> tuple[Path, dict[str, Path]]:
    """(gold folder, {producer: folder of rendered files}) of a batch or of the older samples."""
    if batch == DEV:
        return ROOT / "samples" / "gold", {p: ROOT / "samples" / p for p in DEV_PRODUCERS}
    root = Path(batch).resolve()
    if not (root / "gold").is_dir():
        raise AccuracyError(
            f"{batch} has no gold/ folder (a batch is laid out as samples/blind/SPEC.md says)"
        )
    producers = {
        p.name: p
        for p in sorted(root.iterdir())
        if p.is_dir() and p.name not in NOT_PRODUCERS and any(p.iterdir())
    }
    if not producers:
        raise AccuracyError(f"{batch} has no rendered producer folders")
    return root / "gold", producers


def blind_batches() -> list[Path]:
    return sorted(p for p in BLIND_ROOT.glob("batch*") if (p / "gold").is_dir())


# ---------------------------------------------------------------- running and scoring


def code_version(tree: Path) -> str:
    head = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(tree), "status", "--porcelain", "--", "pipeline", "extractors", "schemas"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return head + ("+dirty" if dirty else "")


def ingest(inp: Path, out: Path, tree: Path) -> None:
    """The tree's own code reads the files: cwd and PYTHONPATH point at it, so an old checkout is scored."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "ingest",
        str(inp),
        "--out",
        str(out),
        "--workers",
        "2",
        "--quiet",
    ]
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    if done.returncode != 0 or not (out / "documents.parquet").exists():
        raise AccuracyError(
            f"ingest failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-2000:]}"
        )
    print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "ingest done", file=sys.stderr)


def _metrics(out: Path, gold: Path) -> dict | None:
    try:
        result = evaluate(out, gold, show_misses=0)
    except Exception as exc:  # a subset with nothing in common with the gold: no score, said as such
        return {"error": str(exc)}
    return {k: result.get(k) for k in KEYS}


def _subset(out: Path, dest: Path, keep) -> None:
    """Write the documents (and their actions) whose source_file passes `keep` to `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    docs = pq.read_table(out / "documents.parquet")
    files = [s for s in docs.column("source_file").to_pylist() if keep(s)]
    for name in ("documents", "actions"):
        table = pq.read_table(out / f"{name}.parquet")
        mask = pc.is_in(table.column("source_file"), value_set=_array(files))
        pq.write_table(table.filter(mask), dest / f"{name}.parquet")


def _array(values):
    import pyarrow as pa

    return pa.array(values, type=pa.string())


def producer_of(source_file: str) -> str:
    return str(PurePosixPath(source_file).parent)


def format_of(source_file: str, fmt) -> str:
    return fmt or PurePosixPath(source_file).suffix.lstrip(".").lower() or "?"


def score(out: Path, gold: Path, producers: list[str]) -> dict:
    """Overall, per file_format and per producer folder, each with evaluate() on a filtered copy."""
    docs = pq.read_table(out / "documents.parquet", columns=["source_file", "file_format"]).to_pylist()
    fmt = {d["source_file"]: format_of(d["source_file"], d["file_format"]) for d in docs}
    result = {"overall": _metrics(out, gold), "by_format": {}, "by_producer": {}}
    with tempfile.TemporaryDirectory(prefix="accuracy-subset-") as tmp:
        for f in sorted(set(fmt.values())):
            _subset(out, Path(tmp) / f"fmt-{f}", lambda s, f=f: fmt.get(s) == f)
            result["by_format"][f] = _metrics(Path(tmp) / f"fmt-{f}", gold)
        for i, p in enumerate(producers):
            _subset(out, Path(tmp) / f"prod-{i}", lambda s, p=p: producer_of(s) == p)
            result["by_producer"][p] = _metrics(Path(tmp) / f"prod-{i}", gold)
    return result


# ---------------------------------------------------------------- row fidelity


def norm(v) -> str:
    """Case, punctuation, markup and whitespace do not count (pdfplumber joins wrapped lines with \\n)."""
    if v is None or (isinstance(v, float) and v != v):
        return ""
    s = html.unescape(re.sub(r"<[^>]+>", " ", str(v))).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.casefold())).strip()


def holds(needle: str, hay: str) -> bool:
    """`hay` contains `needle` (both normalised); a shorter `hay` must be the needle itself, near enough."""
    if not needle:
        return True
    if not hay:
        return False
    if len(hay) < len(needle):
        return fuzz.ratio(needle, hay) >= TEXT_MATCH
    return fuzz.partial_ratio(needle, hay) >= TEXT_MATCH


def _iso(v) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    s = v.isoformat() if hasattr(v, "isoformat") else str(v)
    return s[:10] or None


def pdf_rows(path: Path) -> list[list[str]]:
    """Naive reader: every row of pdfplumber's extract_tables(), page by page (split rows stay split)."""
    import pdfplumber

    rows = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows += [[c or "" for c in row] for row in table]
            page.close()
    return rows


def docx_rows(path: Path) -> list[list[str]]:
    """Naive reader: every row of every top-level table, python-docx's cell text as is."""
    import docx

    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


READERS = {".pdf": ("pdfplumber", pdf_rows), ".docx": ("python-docx", docx_rows)}


def _due_cells(row: list[str]) -> set[str]:
    found = set()
    for c in row:
        if c.strip():
            try:
                d = parse_due(c).due_date
            except Exception:  # a reader cell the date parser cannot take is simply no date
                d = None
            if d:
                found.add(d.isoformat())
    return found


def reader_kept(rows: list[list[str]], gold_actions: list[dict]) -> int:
    prepared = [(norm(" ".join(r)), [norm(c) for c in r], _due_cells(r)) for r in rows]
    kept = 0
    for g in gold_actions:
        action, progress, due = norm(g.get("action")), norm(g.get("progress")), _iso(g.get("due_date"))
        for joined, cells, dues in prepared:
            text_ok = any(holds(action, c) for c in cells) or holds(action, joined)
            if not text_ok or not (any(holds(progress, c) for c in cells) or holds(progress, joined)):
                continue
            if due is None or due in dues:
                kept += 1
                break
    return kept


def ours_kept(pred: list[dict], gold_actions: list[dict]) -> int:
    kept = 0
    for g in gold_actions:
        action, progress, due = norm(g.get("action")), norm(g.get("progress")), _iso(g.get("due_date"))
        for p in pred:
            if holds(action, norm(p.get("action"))) and (
                not progress or holds(progress, norm(p.get("progress")))
            ):
                if due is None or _iso(p.get("due_date")) == due:
                    kept += 1
                    break
    return kept


def row_fidelity(inp: Path, out: Path, gold: Path) -> dict:
    """Share of gold actions kept in one row: ours (every file), ours on the files a reader reads, readers."""
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}
    wanted = ["source_file", "action", "progress", "due_date"]
    present = pq.read_schema(out / "actions.parquet").names
    actions = pq.read_table(out / "actions.parquet", columns=[c for c in wanted if c in present])
    by_file: dict[str, list[dict]] = defaultdict(list)
    for a in actions.to_pylist():
        by_file[a["source_file"]].append(a)
    tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    files = {}
    for path in sorted(p for p in inp.rglob("*") if p.is_file()):
        rel = path.relative_to(inp).as_posix()
        g = golds.get(path.stem)
        if g is None or not g["actions"]:
            continue
        n, ours = len(g["actions"]), ours_kept(by_file.get(rel, []), g["actions"])
        reader = READERS.get(path.suffix.lower())
        theirs = None
        if reader:
            try:
                theirs = reader_kept(reader[1](path), g["actions"])
            except Exception:  # a file the naive reader cannot open keeps none of its rows
                theirs = 0
        files[rel] = {"gold": n, "ours": ours, "reader": reader[0] if reader else None, "reader_kept": theirs}
        for key in (producer_of(rel), "overall"):
            t = tallies[key]
            t["gold"] += n
            t["ours"] += ours
            if reader:
                t["reader_gold"] += n
                t["ours_on_reader_files"] += ours
                t["reader_kept"] += theirs
    summary = {k: _fidelity_shares(t) for k, t in tallies.items()}
    return {"overall": summary.pop("overall", None), "by_producer": summary, "files": files}


def _fidelity_shares(t: dict[str, int]) -> dict:
    def share(a, b):
        return t[a] / t[b] if t[b] else None

    return {
        "ours": share("ours", "gold"),
        "ours_on_reader_files": share("ours_on_reader_files", "reader_gold"),
        "readers": share("reader_kept", "reader_gold"),
        "gold_actions": t["gold"],
        "reader_gold_actions": t["reader_gold"],
    }


# ---------------------------------------------------------------- record


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def check_phase(entries: list[dict], key: str, phase: str) -> None:
    """The first run of a blind batch is its blind score; nothing else may claim to be one."""
    mine = [e for e in entries if e["batch"] == key]
    if key == DEV:
        if phase == "blind":
            raise AccuracyError(f"{DEV} is not blind (the pipeline was built on it): use --phase after-fix")
        return
    if phase == "blind" and mine:
        raise AccuracyError(
            f"{key} already has {len(mine)} entr{'y' if len(mine) == 1 else 'ies'}: its blind run is taken"
        )
    if phase == "after-fix" and not any(e["phase"] == "blind" for e in mine):
        raise AccuracyError(f"{key} has no blind entry yet: its first run must be `--phase blind`")


def record(
    batch: str, phase: str, tree: Path, note: str, json_path: Path, md_path: Path, keep: Path | None
) -> dict:
    key = batch_key(batch)
    entries = load(json_path)
    check_phase(entries, key, phase)
    gold, producers = batch_layout(batch)
    with tempfile.TemporaryDirectory(prefix="accuracy-") as tmp:
        inp, out = Path(tmp) / "in", keep or Path(tmp) / "out"
        for name, folder in producers.items():
            shutil.copytree(folder, inp / name)
        if out.exists() and any(out.iterdir()):
            raise AccuracyError(f"--out {out} is not empty")
        ingest(inp, out, tree)
        entry = {
            "batch": key,
            "phase": phase,
            "code": code_version(tree),
            "code_tree": str(tree),
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "note": note,
            "producers": {p: len(list(f.iterdir())) for p, f in producers.items()},
            **score(out, gold, list(producers)),
            "row_fidelity": row_fidelity(inp, out, gold),
        }
    entries.append(entry)
    json_path.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(render(entries), encoding="utf-8")
    return entry


# ---------------------------------------------------------------- render


def pct(v) -> str:
    return "-" if v is None else f"{v:.1%}"


def _m(entry_part: dict | None, k: str) -> str:
    return pct((entry_part or {}).get(k))


INTRO = """# Accuracy on sample papers

Written by `bench/accuracy.py` (`make accuracy`) from `bench/accuracy.json`; do not edit by hand.

**Blind** means the batch's gold (`samples/blind/batchN/gold/`) was committed before the pipeline
ever read the batch, so the first run of a batch, recorded as `blind`, measures papers the code was
not tuned on. Every later run of the same batch is `after-fix`: it shows what fixes bought, but the
fixes were made looking at that batch, so it is no estimate for unseen papers. The README quotes
only blind numbers. `dev+other` is the older samples (`samples/{text,pdf,docx}`, `samples/other/`,
gold `samples/gold/`), used while building the pipeline: never blind.

Scores are `pipeline.evaluate`: action recall and precision, accuracy of the fields of matched
actions, and of document fields. **Row fidelity** (issue 17) is the share of gold actions kept
intact in one row: for the pipeline, one predicted action holding the gold action text, its
progress (when gold has one) and its due date (when gold has one); for the naive readers on the
same files, one row of pdfplumber `extract_tables()` (each page apart, so a row split at a page
break counts as lost) or of a python-docx loop over `document.tables` holding the action and
progress text and a cell whose `parse_due` date is the gold due date. Text papers have no reader
("-"); "ours (same files)" is the pipeline on the files a reader reads.
"""


def _entry_row(e: dict) -> str:
    o, rf = e["overall"] or {}, (e.get("row_fidelity") or {}).get("overall") or {}
    fmts = ", ".join(
        f"{f} {_m(m, 'action_recall')}/{_m(m, 'field_accuracy')}" for f, m in sorted(e["by_format"].items())
    )
    return (
        f"| {e['phase']} | `{e['code']}` | {e['date']} | {_m(o, 'action_recall')} | {_m(o, 'action_precision')} "
        f"| {_m(o, 'field_accuracy')} | {_m(o, 'document_field_accuracy')} | {pct(rf.get('ours'))} / "
        f"{pct(rf.get('readers'))} | {fmts} | {e.get('note') or ''} |"
    )


def _producer_table(e: dict) -> list[str]:
    rf = (e.get("row_fidelity") or {}).get("by_producer") or {}
    lines = [
        f"Per producer, {e['phase']} `{e['code']}` ({e['date']}):",
        "",
        "| producer | files | recall | precision | field accuracy | row fidelity ours | ours (same files) | readers |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for p, m in e["by_producer"].items():
        f = rf.get(p) or {}
        lines.append(
            f"| {p} | {e.get('producers', {}).get(p, '')} | {_m(m, 'action_recall')} | {_m(m, 'action_precision')} "
            f"| {_m(m, 'field_accuracy')} | {pct(f.get('ours'))} | {pct(f.get('ours_on_reader_files'))} "
            f"| {pct(f.get('readers'))} |"
        )
    o = (e.get("row_fidelity") or {}).get("overall") or {}
    lines.append(
        f"| **all** | {sum(e.get('producers', {}).values())} | {_m(e['overall'], 'action_recall')} "
        f"| {_m(e['overall'], 'action_precision')} | {_m(e['overall'], 'field_accuracy')} | {pct(o.get('ours'))} "
        f"| {pct(o.get('ours_on_reader_files'))} | {pct(o.get('readers'))} |"
    )
    return lines + [""]


def _field_table(latest: dict, blind: dict | None) -> list[str]:
    head = f"Per field, latest entry (`{latest['code']}`, {latest['phase']})"
    both = blind is not None and blind is not latest
    lines = [head + (" beside the blind one:" if both else ":"), ""]
    lines += (
        ["| field | latest | blind |", "|---|---|---|"] if both else ["| field | accuracy |", "|---|---|"]
    )
    for group, prefix in (("fields", "action."), ("document_fields", "document.")):
        cur = (latest["overall"] or {}).get(group) or {}
        old = ((blind or {}).get("overall") or {}).get(group) or {}
        for f in sorted(cur, key=lambda k: (cur[k], k)):
            lines.append(f"| {prefix}{f} | {pct(cur[f])} |" + (f" {pct(old.get(f))} |" if both else ""))
    return lines + [""]


def render(entries: list[dict]) -> str:
    out = [INTRO]
    batches = list(dict.fromkeys(e["batch"] for e in entries))
    batches.sort(key=lambda b: (b == DEV, b))
    for b in batches:
        mine = [e for e in entries if e["batch"] == b]
        blind = next((e for e in mine if e["phase"] == "blind"), None)
        latest = mine[-1]
        out += [f"## {b}", ""]
        out += [
            "| phase | code | date | recall | precision | field accuracy | document fields "
            "| row fidelity ours / readers | by format (recall/field accuracy) | note |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        out += [_entry_row(e) for e in mine] + [""]
        if blind is not None and blind is not latest:
            out += _producer_table(blind)
        out += _producer_table(latest)
        out += _field_table(latest, blind)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- commands


def run_all(json_path: Path, md_path: Path) -> None:
    """After-fix entries with the current code: every batch whose blind score is taken, and the older samples."""
    entries = load(json_path)
    for b in blind_batches():
        key = batch_key(str(b))
        if not any(e["batch"] == key and e["phase"] == "blind" for e in entries):
            print(
                f"skip {key}: no blind entry yet (its first run must be `record --phase blind`)",
                file=sys.stderr,
            )
            continue
        record(str(b), "after-fix", ROOT, "make accuracy", json_path, md_path, None)
    record(DEV, "after-fix", ROOT, "make accuracy", json_path, md_path, None)
    md_path.write_text(render(load(json_path)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, default=JSON_PATH, help="the record (default bench/accuracy.json)")
    ap.add_argument("--md", type=Path, default=MD_PATH, help="the rendered table (default bench/accuracy.md)")
    sub = ap.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="run one batch and append its entry")
    rec.add_argument("--batch", required=True, help=f"a batch folder (samples/blind/batchN) or {DEV}")
    rec.add_argument("--phase", required=True, choices=("blind", "after-fix"))
    rec.add_argument("--code", type=Path, default=ROOT, metavar="TREE", help="checkout whose code runs")
    rec.add_argument("--note", default="")
    rec.add_argument("--out", type=Path, help="keep the ingest output here (default: a temp folder)")
    sub.add_parser("render", help="write the markdown from the JSON")
    sub.add_parser("all", help="after-fix entries for every blind-scored batch and the older samples")
    args = ap.parse_args(argv)
    try:
        if args.command == "record":
            entry = record(
                args.batch, args.phase, args.code.resolve(), args.note, args.json, args.md, args.out
            )
            o, rf = entry["overall"] or {}, entry["row_fidelity"]["overall"] or {}
            print(
                f"{entry['batch']} {entry['phase']} {entry['code']}: recall {_m(o, 'action_recall')} precision "
                f"{_m(o, 'action_precision')} fields {_m(o, 'field_accuracy')} document "
                f"{_m(o, 'document_field_accuracy')} row fidelity {pct(rf.get('ours'))} (same files "
                f"{pct(rf.get('ours_on_reader_files'))}) readers {pct(rf.get('readers'))}"
            )
        elif args.command == "render":
            args.md.write_text(render(load(args.json)), encoding="utf-8")
        else:
            run_all(args.json, args.md)
    except AccuracyError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Per-field accuracy of an output folder against gold files (users annotate a few of their papers).

Gold files are JSON, one per file stem ({"document": {...}, "actions": [...]}), shared by every
format of the same paper. Text fields are compared forgiving case, punctuation, whitespace and
markup (long text also near-identical wording, similarity >= 0.9); enums, dates and numbers
exactly; lead officers as sets of posts. Actions pair up by number and similar text first,
then by text alone.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

LONG_TEXT = {"action", "area_for_improvement", "progress", "report_title"}
SHORT_TEXT = {"theme", "council_priority", "body", "council"}
ACTION_FIELDS = (
    "action_ref", "theme", "theme_category", "area_for_improvement", "action", "council_priority", "due_date",
    "due_precision", "recurrence", "revised_due_date", "lead_officers", "status", "rag", "percent_complete",
    "progress", "progress_as_of", "is_overdue", "council", "council_code",
)  # fmt: skip
DOC_FIELDS = ("council", "council_code", "body", "meeting_date", "report_title", "doc_kind", "n_actions")


class EvaluateError(Exception):
    """Nothing can be scored (no output, no gold, nothing in common): one line for the user."""


def _null(v) -> bool:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return True
    if v is pd.NaT or (not isinstance(v, (list, tuple)) and not hasattr(v, "__len__") and pd.isna(v)):
        return True
    return isinstance(v, str) and not v.strip()


def _text(v) -> str:
    if _null(v):
        return ""
    s = html.unescape(re.sub(r"<[^>]+>", " ", str(v))).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.casefold())).strip()


def _exact(v):
    if _null(v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):
        v = v.item()
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    if s.lower() in ("true", "false"):
        return s.lower() == "true"
    if re.match(r"^\d{4}-\d{2}-\d{2}", s):
        return s[:10]
    try:
        return float(s)
    except ValueError:
        return s.casefold()


def _list(v) -> list[str]:
    if v is None:
        return []
    if hasattr(v, "tolist") and not isinstance(v, str):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if not _null(x)]
    return [] if _null(v) else [p.strip() for p in str(v).split(";") if p.strip()]


def officers_match(gold, pred) -> bool:
    g, p = sorted(_text(x) for x in _list(gold)), [_text(x) for x in _list(pred)]
    if len(g) != len(p):
        return False
    unused = list(p)
    for x in g:
        best = max(unused, key=lambda y: fuzz.token_sort_ratio(x, y), default=None)
        if best is None or fuzz.token_sort_ratio(x, best) < 88:
            return False
        unused.remove(best)
    return True


def field_ok(name: str, gold, pred) -> bool:
    if name == "lead_officers":
        return officers_match(gold, pred)
    if name in LONG_TEXT:
        a, b = _text(gold), _text(pred)
        return a == b or (bool(a) and bool(b) and fuzz.ratio(a, b) >= 90)
    if name in SHORT_TEXT:
        return _text(gold) == _text(pred)
    return _exact(gold) == _exact(pred)


def pair_actions(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    pairs: dict[int, int] = {}
    used: set[int] = set()
    texts = [_text(p.get("action")) for p in pred]
    for gi, g in enumerate(gold):
        gt = _text(g["action"])
        for pi, p in enumerate(pred):
            if (
                pi not in used
                and _exact(p.get("action_ref")) == _exact(g["action_ref"])
                and fuzz.ratio(gt, texts[pi]) >= 50
            ):
                pairs[gi] = pi
                used.add(pi)
                break
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        gt = _text(g["action"])
        scored = [(fuzz.ratio(gt, texts[pi]), pi) for pi in range(len(pred)) if pi not in used]
        if scored:
            score, pi = max(scored)
            if score >= 60:
                pairs[gi] = pi
                used.add(pi)
    return pairs


def _read(out: Path, name: str) -> pd.DataFrame:
    parquet, csv = out / f"{name}.parquet", out / f"{name}.csv"
    if parquet.exists():
        return pd.read_parquet(parquet)
    if csv.exists():
        return pd.read_csv(csv, dtype=str, keep_default_na=False)
    raise EvaluateError(f"{out} has no {name} table (run `committee-papers ingest` first)")


def read_gold(gold_dir: Path) -> dict[str, dict]:
    """Gold files by stem; a file that is not gold JSON is a one-line error naming it."""
    if not gold_dir.is_dir():
        kind = "a file, not a folder" if gold_dir.exists() else "not found"
        raise EvaluateError(f"gold folder {gold_dir} is {kind}")
    golds = {}
    for p in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise EvaluateError(f"gold file {p} is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise EvaluateError(f"gold file {p} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
        except OSError as exc:
            raise EvaluateError(f"cannot read gold file {p}: {exc.strerror or exc}") from None
        if not (
            isinstance(gold, dict)
            and isinstance(gold.get("document"), dict)
            and isinstance(gold.get("actions"), list)
        ) or not all(isinstance(a, dict) and "action" in a and "action_ref" in a for a in gold["actions"]):
            raise EvaluateError(
                f'gold file {p} is not in the gold format ({{"document": {{...}}, "actions": [{{"action_ref", '
                '"action", ...}]}, as in samples/gold/)'
            )
        golds[p.stem] = gold
    if not golds:
        raise EvaluateError(f"gold folder {gold_dir} has no gold files (*.json)")
    return golds


def evaluate(out: Path, gold_dir: Path, show_misses: int = 0) -> dict:
    """Accuracy of `out` against every gold file whose stem matches an output document."""
    golds = read_gold(gold_dir)
    if not out.is_dir():
        kind = "a file, not a folder" if out.exists() else "not found"
        raise EvaluateError(f"output folder {out} is {kind} (run `committee-papers ingest` first)")
    actions, documents = _read(out, "actions"), _read(out, "documents")
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    doc_fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    n_gold = n_pred = n_match = n_docs = 0
    misses: list[str] = []
    by_source = (
        {src: grp.to_dict("records") for src, grp in actions.groupby("source_file")} if len(actions) else {}
    )
    for d in documents.to_dict("records"):
        src = str(d["source_file"])
        gold = golds.get(Path(src).stem)
        if gold is None:
            continue
        n_docs += 1
        skip = set(gold.get("unscored_document_fields", []))
        for f in DOC_FIELDS:
            if f in skip or f not in gold["document"]:
                continue
            ok = field_ok(f, gold["document"][f], d.get(f))
            doc_fields[f][0] += ok
            doc_fields[f][1] += 1
            if not ok and len(misses) < show_misses:
                misses.append(f"{src} document.{f}: gold={gold['document'][f]!r} pred={d.get(f)!r}")
        pred, gold_rows = by_source.get(src, []), gold["actions"]
        pairs = pair_actions(gold_rows, pred)
        n_gold, n_pred, n_match = n_gold + len(gold_rows), n_pred + len(pred), n_match + len(pairs)
        for gi, pi in pairs.items():
            g, p = gold_rows[gi], pred[pi]
            for f in ACTION_FIELDS:
                if f not in g or f in g.get("unscored_fields", ()):
                    continue
                ok = field_ok(f, g[f], p.get(f))
                fields[f][0] += ok
                fields[f][1] += 1
                if not ok and len(misses) < show_misses:
                    misses.append(f"{src} #{g['action_ref']} {f}: gold={g[f]!r} pred={p.get(f)!r}")
        for gi, g in enumerate(gold_rows):
            if gi not in pairs and len(misses) < show_misses:
                misses.append(f"{src} #{g['action_ref']} not found")
    if not n_docs:
        raise EvaluateError(
            f"nothing to compare: none of the {len(golds)} gold files in {gold_dir} is named after one of the "
            f"{len(documents)} papers in {out} (a gold file is <paper name without extension>.json)"
        )
    total_ok, total = sum(v[0] for v in fields.values()), sum(v[1] for v in fields.values())
    doc_ok, doc_total = sum(v[0] for v in doc_fields.values()), sum(v[1] for v in doc_fields.values())
    return {
        "action_recall": n_match / n_gold if n_gold else None,  # None: no gold action to find
        "action_precision": n_match / n_pred if n_pred else None,  # None: no action predicted
        "field_accuracy": total_ok / total if total else None,
        "document_field_accuracy": doc_ok / doc_total if doc_total else None,
        "fields": {f: v[0] / v[1] for f, v in fields.items()},
        "document_fields": {f: v[0] / v[1] for f, v in doc_fields.items()},
        "counts": {
            "documents": n_docs,
            "gold_actions": n_gold,
            "predicted_actions": n_pred,
            "matched": n_match,
        },
        "misses": misses,
    }


def render(result: dict) -> str:
    lines = [f"  action.{f:<22} {v:6.1%}" for f, v in sorted(result["fields"].items(), key=lambda x: x[1])]
    lines += [
        f"  document.{f:<20} {v:6.1%}"
        for f, v in sorted(result["document_fields"].items(), key=lambda x: x[1])
    ]
    lines += [f"  miss: {m}" for m in result["misses"]]

    def pct(v):
        return "n/a" if v is None else f"{v:.1%}"

    c = result["counts"]
    lines.append(
        f"action recall {pct(result['action_recall'])}  precision {pct(result['action_precision'])}  "
        f"field accuracy {pct(result['field_accuracy'])}  document fields {pct(result['document_field_accuracy'])}"
        f"  ({c['documents']} paper{'s' if c['documents'] != 1 else ''} compared, {c['matched']} of "
        f"{c['gold_actions']} gold actions found, {c['predicted_actions']} predicted)"
    )
    return "\n".join(lines)

"""bench/accuracy.py: an entry scores what evaluate scores, guards the blind run, and row fidelity counts rows."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("accuracy_bench", ROOT / "bench" / "accuracy.py")
acc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(acc)

GOLD = [
    {"action_ref": "1", "action": "Review the procurement rules and publish a guide for buyers",
     "progress": "Draft guide circulated to managers in March", "due_date": "2024-06-30"},
    {"action_ref": "2", "action": "Train every budget holder on the new finance system",
     "progress": "Two of four sessions held", "due_date": "2024-09-30"},
    {"action_ref": "3", "action": "Replace the ageing payroll servers in the data centre",
     "progress": "Tender returned; contract award due in May", "due_date": "2024-12-31"},
]  # fmt: skip


def _pdf(path: Path, rows: list[list[str]]) -> None:
    table = Table([["Ref", "Action", "Progress", "Target date"], *rows], colWidths=[40, 280, 280, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])


def test_reader_keeps_every_row_of_an_intact_pdf_table(tmp_path):
    rows = [
        [g["action_ref"], g["action"], g["progress"], d]
        for g, d in zip(GOLD, ["June 2024", "Sept 2024", "Dec 2024"], strict=True)
    ]
    _pdf(tmp_path / "p.pdf", rows)
    assert acc.reader_kept(acc.pdf_rows(tmp_path / "p.pdf"), GOLD) == 3


def test_reader_share_counts_a_wrong_date_and_a_missing_progress_as_lost(tmp_path):
    rows = [
        ["1", GOLD[0]["action"], GOLD[0]["progress"], "June 2024"],
        ["2", GOLD[1]["action"], GOLD[1]["progress"], "March 2025"],  # date differs from gold
        ["3", GOLD[2]["action"], "", "Dec 2024"],  # progress not in the row
    ]
    _pdf(tmp_path / "p.pdf", rows)
    assert acc.reader_kept(acc.pdf_rows(tmp_path / "p.pdf"), GOLD) == 1


def test_ours_needs_the_whole_action_not_a_fragment():
    whole = {"action": GOLD[0]["action"], "progress": GOLD[0]["progress"], "due_date": "2024-06-30"}
    half = dict(whole, action="Review the procurement rules")
    assert acc.ours_kept([whole], GOLD[:1]) == 1
    assert acc.ours_kept([half], GOLD[:1]) == 0
    assert acc.ours_kept([dict(whole, due_date="2024-07-31")], GOLD[:1]) == 0


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    for folder, stem, ext in (("pdf", "other_03_wychavon_recommendations", "pdf"),
                              ("docx", "other_02_test_valley_rag_colour", "docx")):  # fmt: skip
        (root / folder).mkdir()
        shutil.copy(ROOT / "samples" / "other" / folder / f"{stem}.{ext}", root / folder)
        (root / "gold").mkdir(exist_ok=True)
        shutil.copy(ROOT / "samples" / "gold" / f"{stem}.json", root / "gold")
    return root


def test_record_entry_matches_evaluate_and_guards_the_blind_run(batch, tmp_path):
    js, md, out = tmp_path / "a.json", tmp_path / "a.md", tmp_path / "out"
    args = ["--json", str(js), "--md", str(md), "record", "--batch", str(batch)]
    assert acc.main(args + ["--phase", "after-fix"]) == 2  # no blind entry yet: refused
    assert not js.exists()
    assert acc.main(args + ["--phase", "blind", "--note", "t", "--out", str(out)]) == 0
    [entry] = json.loads(js.read_text())
    assert {
        "batch",
        "phase",
        "code",
        "date",
        "note",
        "overall",
        "by_format",
        "by_producer",
        "row_fidelity",
    } <= set(entry)
    assert entry["phase"] == "blind" and entry["note"] == "t"
    assert set(entry["by_producer"]) == {"pdf", "docx"} and set(entry["by_format"]) == {"pdf", "docx"}
    direct = evaluate(out, batch / "gold")
    assert entry["overall"]["action_recall"] == direct["action_recall"]
    assert entry["overall"]["counts"] == direct["counts"]
    rf = entry["row_fidelity"]
    assert rf["overall"]["gold_actions"] == 9 and rf["by_producer"]["pdf"]["gold_actions"] == 5
    assert 0 <= rf["overall"]["readers"] <= 1
    assert acc.main(args + ["--phase", "blind"]) == 2  # a second blind run is refused
    assert "| blind |" in md.read_text()

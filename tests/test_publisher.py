"""The council of a paper is its publisher: letterhead and committee, not addresses or partner mentions;
papers of one meeting's folder agree; titles are the report's own. Papers are built by the tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import evaluate
from pipeline.ingest import ingest
from pipeline.process import process_file
from tests.pdfs import text_pdf

ROOT = Path(__file__).resolve().parent.parent
REAL = next(
    (p for p in (Path("/work/shared/corpus/real"), ROOT.parent / "shared" / "corpus" / "real") if p.is_dir()),
    None,
)

PAPERS = {
    # the summons' address names Maidstone (a town, and a council elsewhere): not the publisher
    "address": (
        [
            "SEVENOAKS DISTRICT COUNCIL",
            "To: All Members of the Cabinet",
            "Council Chamber, County Hall, Maidstone, Kent ME14 1XQ",
            "Subject: Housing Delivery Plan",
            "1. Introduction",
            "The plan sets out how homes will be delivered.",
        ],
        "Sevenoaks District Council",
    ),
    # a partner council named many times in the body does not take the paper
    "partner": (
        [
            "Report to: Cabinet   Date: 12 March 2025",
            "Tunbridge Wells Borough Council",
            "Subject: Joint Waste Contract",
            "1.1 Medway Council and Medway Council officers worked with us; Medway Council agreed the terms.",
            "1.2 Medway Council will host the depot.",
        ],
        "Tunbridge Wells Borough Council",
    ),
    # a district's plan that names its county twice belongs to the district
    "county": (
        [
            "Melton Borough Council",
            "Policy, Finance and Administration Committee – 2 March 2011",
            "Subject: Corporate Issues",
            "Leicestershire County Council will fund the scheme; Leicestershire County Council agreed it.",
        ],
        "Melton Borough Council",
    ),
}


def _docx(path: Path, lines: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _text(path: Path, lines: list[str]) -> Path:
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


BUILDERS = {"txt": _text, "docx": _docx, "pdf": text_pdf}


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
@pytest.mark.parametrize("case", sorted(PAPERS))
def test_publisher_not_mention(tmp_path, case, fmt):
    lines, council = PAPERS[case]
    path = BUILDERS[fmt](tmp_path / f"{case}.{fmt}", lines)
    doc = process_file(path, path.name).document
    assert doc["council"] == council, (case, fmt, doc["council_evidence"])
    assert doc["council_evidence"] in ("letterhead", "committee")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_address_alone_gives_no_council(tmp_path, fmt):
    lines = [
        "To: All Members of the Council",
        "County Hall, Maidstone, Kent ME14 1XQ",
        "AGENDA",
        "1. Apologies",
    ]
    doc = process_file(BUILDERS[fmt](tmp_path / f"a.{fmt}", lines), f"a.{fmt}").document
    assert doc["council"] is None


@pytest.mark.parametrize("engine_workers", [0, 2])
def test_appendix_takes_the_council_of_its_covering_report(tmp_path, engine_workers):
    meeting = tmp_path / "in" / "cabinet" / "2025-03-12"
    meeting.mkdir(parents=True)
    _text(
        meeting / "report.txt",
        [
            "TUNBRIDGE WELLS BOROUGH COUNCIL",
            "To: Cabinet – 12 March 2025",
            "Subject: Parking Strategy",
            "Body.",
        ],
    )
    _text(
        meeting / "frontsheet.txt", ["TUNBRIDGE WELLS BOROUGH COUNCIL", "AGENDA", "CABINET", "12 March 2025"]
    )
    _text(
        meeting / "appendix.txt",
        ["Appendix A", "Parking Tariffs", "Kent County Council and Medway Council charge differently."],
    )
    out = tmp_path / "out"
    ingest(tmp_path / "in", out, workers=engine_workers)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    appendix = docs.loc["cabinet/2025-03-12/appendix.txt"]
    assert appendix["council"] == "Tunbridge Wells Borough Council"
    assert appendix["council_evidence"] == "meeting_folder"
    assert appendix["body"] == "Cabinet" and str(appendix["meeting_date"])[:10] == "2025-03-12"
    assert "Parking Tariffs" in appendix["report_title"]  # a text paper shows no headings to join
    assert appendix["doc_subkind"] == "appendix"
    # recomputed from each file's own evidence on every run: a re-run changes nothing
    ingest(tmp_path / "in", out, workers=engine_workers)
    again = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert again.loc["cabinet/2025-03-12/appendix.txt", "council"] == "Tunbridge Wells Borough Council"


def test_unrelated_papers_in_one_folder_keep_their_own_council(tmp_path):
    folder = tmp_path / "in" / "text"
    folder.mkdir(parents=True)
    _text(folder / "a.txt", ["EAST HERTS COUNCIL", "EXECUTIVE – 4 JUNE 2013", "Subject: Plan"])
    _text(
        folder / "b.txt",
        ["REPORT OF CHIEF EXECUTIVE", "Melton Borough Council will review it. Melton Borough Council"],
    )
    ingest(tmp_path / "in", tmp_path / "out", workers=0)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert docs.loc["text/b.txt", "council"] == "Melton Borough Council"


def test_a_folder_of_several_councils_papers_lends_no_council_to_a_paper_that_names_none(tmp_path):
    folder = tmp_path / "in" / "2025-06"
    folder.mkdir(parents=True)
    _text(folder / "a.txt", ["EAST HERTS COUNCIL", "EXECUTIVE – 4 JUNE 2025", "Subject: Plan"])
    _text(folder / "b.txt", ["MELTON BOROUGH COUNCIL", "CABINET – 10 JUNE 2025", "Subject: Budget"])
    _text(folder / "c.txt", ["SEVENOAKS DISTRICT COUNCIL", "CABINET – 12 JUNE 2025", "Subject: Parking"])
    _text(folder / "d.txt", ["EAST HERTS COUNCIL", "AUDIT COMMITTEE – 18 JUNE 2025", "Subject: Risk"])
    _text(folder / "e.txt", ["Appendix A: Action plan", "The actions below are reported each quarter."])
    ingest(tmp_path / "in", tmp_path / "out", workers=0)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert docs.loc["2025-06/a.txt", "council"] == "East Hertfordshire District Council"
    assert pd.isna(docs.loc["2025-06/e.txt", "council"])  # East Herts is only two of four


@pytest.mark.skipif(REAL is None, reason="the real papers (../shared/corpus/real) are not on this machine")
def test_real_papers_council_and_title(tmp_path):
    out = tmp_path / "out"
    ingest(REAL, out, workers=int(os.environ.get("TEST_WORKERS", "1")))
    result = evaluate(out, ROOT / "samples" / "real" / "gold")
    golds = list((ROOT / "samples" / "real" / "gold").glob("*.json"))
    assert len(golds) == 46 and all(json.loads(p.read_text())["document"]["council"] for p in golds)
    assert result["document_fields"]["council"] == 1.0
    assert result["document_fields"]["report_title"] >= 0.95


def test_a_paper_of_another_meeting_takes_no_council_from_the_one_paper_that_names_its_own(tmp_path):
    folder = tmp_path / "in" / "pdf-export"
    folder.mkdir(parents=True)
    _text(folder / "a.txt", ["ROSSENDALE BOROUGH COUNCIL", "OVERVIEW AND SCRUTINY – 9 SEPTEMBER 2024", "Subject: Plan"])
    _text(folder / "b.txt", ["Youth Offending Plan: review", "Management Board, 21 November 2023", "Body text."])
    _text(folder / "c.txt", ["Appendix 2", "Action plan, updated for the meeting of 9 September 2024."])
    ingest(tmp_path / "in", tmp_path / "out", workers=0)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert str(docs.loc["pdf-export/b.txt", "meeting_date"])[:10] == "2023-11-21"
    assert pd.isna(docs.loc["pdf-export/b.txt", "council"])  # another meeting's paper
    # a paper printing no date of its own, or the same date, still takes the folder's council
    assert docs.loc["pdf-export/c.txt", "council"] == "Rossendale Borough Council"

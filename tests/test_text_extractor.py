from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.model import DocumentLoadError, Table
from extractors.text import decode_bytes, extract_text, parse_text
from pipeline.assembly import assemble

HEADER = "Theme\tArea for Improvement\tAction\tCompletion Date\tLead Officer(s)\tProgress"


def _write(tmp_path: Path, data: bytes, name="paper.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-8-sig"])
def test_encodings_decode_the_same_text(tmp_path, encoding):
    text = (
        "Council\u2019s Plan\n"
        + HEADER
        + "\nFinance\tIssue\t1. Review the \u00a3 budget \u2013 now\tMarch 2014\tCMT\tAchieved.\n"
    )
    doc = extract_text(_write(tmp_path, text.encode(encoding)))
    action = assemble(doc)[0]
    assert action.action_text == "Review the \u00a3 budget \u2013 now"
    assert doc.blocks[0].text == "Council\u2019s Plan"


def test_markdown_pipe_table_and_headings():
    doc = parse_text(
        "# Plan\n\n| Ref | Action | Lead | Progress |\n|---|---|---|---|\n| R1 | Do it | CMT | Done |\n",
        Path("x"),
    )
    assert doc.blocks[0].level == 1
    (action,) = assemble(doc)
    assert (action.ref, action.action_text) == ("R1", "Do it")


def test_inline_html_lists_become_bullets_and_bold_prefix_is_kept():
    doc = parse_text(
        HEADER + "\nT\tA\t1. Do: <ul><li>one</li><li>two</li></ul>\tMay 2013\tCMT\t<b>Achieved.</b> Text\n",
        Path("x"),
    )
    table = doc.items[0]
    assert isinstance(table, Table)
    cells = table.rows[1].cells
    assert cells[2].text == "1. Do:\n\u2022 one\n\u2022 two"
    assert cells[5].bold_prefix == "Achieved."


def test_header_repeated_at_page_break_and_row_cut_by_it_joins():
    text = (
        HEADER
        + "\nTheme A\tArea\t1. First action that\tMay 2013\tCMT\tOn target.\n\n"
        + HEADER
        + "\n\t\tcontinues here\t\t\tMore progress.\nTheme A\tArea\t2. Second\tJune 2013\tCMT\tAchieved.\n"
    )
    actions = assemble(parse_text(text, Path("x")))
    assert [a.ref for a in actions] == ["1", "2"]
    assert actions[0].action_text == "First action that continues here"
    assert actions[0].parts[0].text("progress") == "On target. More progress."


def test_empty_and_binary_files_are_refused(tmp_path):
    with pytest.raises(DocumentLoadError, match="empty"):
        extract_text(_write(tmp_path, b"  \n"))
    with pytest.raises(DocumentLoadError, match="binary"):
        extract_text(_write(tmp_path, bytes(range(256)) * 40))


def test_nul_bytes_are_dropped_from_text(tmp_path):
    doc = extract_text(_write(tmp_path, b"Plan\x00 heading\nmore text\n"))
    assert doc.blocks[0].text == "Plan heading"


def test_utf16_without_bom():
    assert decode_bytes("Hello council".encode("utf-16-le")) == "Hello council"


@given(st.text(max_size=500))
def test_parse_text_never_raises(text):
    doc = parse_text(text, Path("x"))
    assemble(doc)

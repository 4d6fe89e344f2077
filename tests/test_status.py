from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalise.status import (
    STATUSES,
    is_overdue,
    leading_phrase,
    match_phrase,
    percent,
    rag_from_colour,
    read_status,
)


@pytest.mark.parametrize(
    "progress, status",
    [
        ("Achieved. Awayday session held.", "completed"),
        ("Achieved and more planned. The members training questionnaire", "completed"),
        ("On target. The ALSs are progressing well", "on_track"),
        ("On Target. Work in progress, completion due by the end of March 2014.", "on_track"),
        ("Not started. Work on this will commence from January 2014", "not_started"),
        ("Not achieved - the event was cancelled", "off_track"),
        ("Some slippage due to staff changes.", "at_risk"),
        ("Withdrawn. No longer required after restructure.", "cancelled"),
        ("Superseded by the new Corporate Plan.", "cancelled"),
        ("Behind schedule.", "off_track"),
        ("Yet to start.", "not_started"),
        ("Complete", "completed"),
        ("Green", "on_track"),
        ("The team met twice in May.", "unknown"),
    ],
)
def test_status_from_leading_phrase(progress, status):
    assert read_status(progress=progress).status == status


def test_revised_deadline_without_other_phrase_is_at_risk():
    s = read_status(
        progress="Revised completion date from September 2013 to November 2013. A paper will follow.",
        revised=True,
    )
    assert (s.status, s.status_raw) == (
        "at_risk",
        "Revised completion date from September 2013 to November 2013.",
    )


def test_explicit_status_column_beats_progress():
    assert read_status(status_cell="Overdue", progress="On target.").status == "off_track"


@pytest.mark.parametrize(
    "cell, status, rag",
    [
        ("R", "off_track", "red"),
        ("A", "at_risk", "amber"),
        ("G", "on_track", "green"),
        ("Blue", "completed", "blue"),
    ],
)
def test_rag_letters_and_words(cell, status, rag):
    s = read_status(rag_cell=cell)
    assert (s.status, s.rag) == (status, rag)


def test_lone_letter_inside_a_sentence_is_not_a_rag():
    assert match_phrase("A meeting was held") is None


@pytest.mark.parametrize(
    "fill, rag",
    [
        ("FF0000", "red"),
        ("C00000", "red"),
        ("00B050", "green"),
        ("92D050", "green"),
        ("FFC000", "amber"),
        ("FFFF00", "amber"),
        ("0070C0", "blue"),
        ("D9D9D9", None),
        ("FFFFFF", None),
        ("000000", None),
    ],
)
def test_cell_colour_families(fill, rag):
    assert rag_from_colour(fill) == rag


def test_colour_only_status():
    s = read_status(fill="00B050")
    assert (s.status, s.rag) == ("on_track", "green")


def test_bold_lead_in_is_the_status_phrase():
    assert (
        leading_phrase("Achieved and more planned. More text.", "Achieved and more planned.")
        == "Achieved and more planned."
    )


@pytest.mark.parametrize(
    "due, revised, as_of, status, expected",
    [
        (date(2013, 6, 30), None, date(2013, 9, 30), "not_started", True),
        (date(2013, 6, 30), None, date(2013, 9, 30), "completed", False),
        (date(2013, 6, 30), date(2013, 12, 31), date(2013, 9, 30), "at_risk", False),
        (None, None, date(2013, 9, 30), "on_track", None),
        (date(2013, 6, 30), None, None, "on_track", None),
        (date(2013, 6, 30), None, date(2013, 9, 30), "cancelled", False),
    ],
)
def test_is_overdue(due, revised, as_of, status, expected):
    assert is_overdue(due, revised, as_of, status) == expected


@pytest.mark.parametrize(
    "cell, value", [("75%", 75.0), ("100", 100.0), ("0%", 0.0), ("250%", None), ("n/a", None)]
)
def test_percent(cell, value):
    assert percent(cell) == value


@given(
    st.text(max_size=200),
    st.text(max_size=20),
    st.text(max_size=20),
    st.one_of(st.none(), st.text(max_size=8)),
)
def test_read_status_never_raises_and_gives_an_enum(progress, status_cell, rag_cell, fill):
    s = read_status(status_cell=status_cell, rag_cell=rag_cell, progress=progress, fill=fill)
    assert s.status in STATUSES
    assert s.rag in (None, "red", "amber", "green", "blue")


@pytest.mark.parametrize(
    "percent_cell, completed_cell, status",
    [
        ("100%", "", "completed"),
        ("40%", "", "on_track"),
        ("0%", "", "not_started"),
        ("", "28/02/2021", "completed"),
    ],
)
def test_status_from_percent_or_completion_date_when_nothing_else_says(
    tmp_path, percent_cell, completed_cell, status
):
    from pipeline.process import process_file

    paper = tmp_path / "export.txt"
    paper.write_text(
        "Action Code\tAction Title\tAssigned To\tDue Date\tDate completed\t% complete\tLatest Note\n"
        f"OUT 001.01\tOpen the leisure centre\tHead of Leisure\t31/03/2021\t{completed_cell}\t{percent_cell}\tA note.\n"
    )
    (action,) = process_file(paper, "export.txt").actions
    assert action["status"] == status and action["action_ref"] == "OUT 001.01"


@pytest.mark.parametrize(
    "kwargs, status, rag",
    [
        (dict(rag_cell="Slight delay", column_fill="FFC000"), "at_risk", "amber"),
        (dict(status_cell="Progressing well", column_fill="92D050"), "on_track", "green"),
        (dict(rag_cell="Done", column_fill="D9D9D9"), "completed", None),  # grey is no RAG colour
    ],
)
def test_a_status_word_in_a_coloured_cell_keeps_the_colour_as_its_rag(kwargs, status, rag):
    s = read_status(**kwargs)
    assert (s.status, s.rag) == (status, rag)

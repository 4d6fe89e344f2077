import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalise.officers import document_abbreviations, split_officers

DOC = "Chief Executive and Director of Customer and Community Services (DCCS) Head of Legal and Democratic Services"


@pytest.mark.parametrize(
    "cell, posts",
    [
        ("CMT", ["Corporate Management Team"]),
        ("Leader of the Council invited Head of Communications, Engagement and Cultural Services",
         ["Leader of the Council", "Head of Communications, Engagement and Cultural Services"]),
        ("Executive SMG", ["Executive", "Senior Management Group"]),
        (DOC, ["Chief Executive", "Director of Customer and Community Services", "Head of Legal and Democratic Services"]),
        ("Chief Executive and DCCS", ["Chief Executive", "Director of Customer and Community Services"]),
        ("Acting Head of HR, Payroll, FM and Estates", ["Head of Human Resources, Payroll, Facilities Management and Estates"]),
        ("Director of Neighbourhood Services and Monitoring Officer", ["Director of Neighbourhood Services", "Monitoring Officer"]),
        ("Head of shared ICT, Business Improvement and Print and Design Services",
         ["Head of shared ICT, Business Improvement and Print and Design Services"]),
        ("Heads of Service", ["Heads of Service"]),
        ("Planning Manager and Housing Manager", ["Planning Manager", "Housing Manager"]),
        ("Corporate Planning and Performance Manager", ["Corporate Planning and Performance Manager"]),
        ("Interim Director of Finance supported by Head of Revenues", ["Director of Finance", "Head of Revenues"]),
        ("Portfolio Holder for Finance / Head of Revenues", ["Portfolio Holder for Finance", "Head of Revenues"]),
    ],
)  # fmt: skip
def test_split_officers(cell, posts):
    assert split_officers(cell, document_abbreviations(DOC)).posts == posts


@pytest.mark.parametrize(
    "cell, post, name",
    [
        ("Head of Finance – A. Patel", "Head of Finance", "A. Patel"),
        ("Head of Housing (J. Smith)", "Head of Housing", "J. Smith"),
    ],
)
def test_personal_names_go_to_their_own_column(cell, post, name):
    result = split_officers(cell)
    assert (result.posts, result.names) == ([post], [name])


def test_document_defines_abbreviations():
    assert document_abbreviations(DOC) == {"DCCS": "Director of Customer and Community Services"}


@given(st.text(max_size=200))
def test_split_officers_never_raises(text):
    result = split_officers(text, {"ABC": "Alpha Beta Council"})
    assert all(p.strip() == p and p for p in result.posts)


def test_key_of_initials_expands_and_splits():
    key = "Key to officers: AP = Head of Finance; JS = Head of Housing; RT = Monitoring Officer"
    abbrevs = document_abbreviations(key)
    assert abbrevs == {"AP": "Head of Finance", "JS": "Head of Housing", "RT": "Monitoring Officer"}
    assert split_officers("RT / JS", abbrevs).posts == ["Monitoring Officer", "Head of Housing"]


def test_a_key_that_does_not_name_posts_is_ignored():
    assert document_abbreviations("Status: RAG = Red, Amber, Green; Q1 = first quarter") == {}

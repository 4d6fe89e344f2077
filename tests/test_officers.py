import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.glossary import text_glossary
from pipeline.normalise.officers import (
    document_abbreviations,
    expand_ditto,
    is_ditto,
    is_post_title,
    lead_families,
    split_officers,
)
from pipeline.vocabulary import abbreviations
from schemas.canonical import ROLE_FAMILIES

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


# --- people beside posts, in any order -----------------------------------------------------------


@pytest.mark.parametrize(
    "cell, posts, names",
    [
        ("Head of Legal \u2013 R. Osei", ["Head of Legal"], ["R. Osei"]),  # Post – Name
        ("Head of Legal - R Osei", ["Head of Legal"], ["R Osei"]),
        ("Head of Housing (Tom Webb)", ["Head of Housing"], ["Tom Webb"]),  # Post (Name)
        ("Tom Webb (Head of Housing)", ["Head of Housing"], ["Tom Webb"]),  # Name (Post)
        ("Tom Webb, Head of Housing", ["Head of Housing"], ["Tom Webb"]),  # Name, Post
        ("Tom Webb \u2013 Head of Housing", ["Head of Housing"], ["Tom Webb"]),  # Name – Post
        ("Head of Finance: Jane Smith", ["Head of Finance"], ["Jane Smith"]),  # Post: Name
        ("Head of Finance, J. Smith", ["Head of Finance"], ["J. Smith"]),  # Post, Name
        ("Dr A. J. Smith (Chief Executive)", ["Chief Executive"], ["Dr A. J. Smith"]),
        ("Cabinet Member for Housing \u2013 Cllr Jane Smith", ["Cabinet Member for Housing"], ["Cllr Jane Smith"]),
        ("Sarah Jones, Director of Place and Head of Planning", ["Director of Place", "Head of Planning"], ["Sarah Jones"]),
        ("Head of Finance (A. Patel) / Head of Legal (R. Osei)", ["Head of Finance", "Head of Legal"], ["A. Patel", "R. Osei"]),
        ("Tom Webb", [], ["Tom Webb"]),  # a name never tied to a post: names only
        ("Tom Webb / Ann Lee", [], ["Tom Webb", "Ann Lee"]),
        ("Head of Democratic Services", ["Head of Democratic Services"], []),  # not a name: post words
        ("Head of Finance \u2013 Revenues", ["Head of Finance \u2013 Revenues"], []),  # kept as printed
        ("Head of Audit (Shared Service)", ["Head of Audit (Shared Service)"], []),
        ("Head of Finance (Interim)", ["Head of Finance"], []),
        ("HEAD OF FINANCE - JOHN SMITH", ["HEAD OF FINANCE"], ["JOHN SMITH"]),  # capitals
        ("Head of Housing (JS)", ["Head of Housing"], ["JS"]),  # the holder's initials, no key
        ("Head of Finance (lead), Head of HR (support)", ["Head of Finance", "Head of Human Resources"], []),
        ("Director of Resources (S151 Officer)", ["Director of Resources", "Section 151 Officer"], []),
        ("TBC", [], []),
        ("Lead Officer: Jane Smith, Head of Finance", ["Head of Finance"], ["Jane Smith"]),
        ("Jane Smith (jane.smith@example.gov.uk), Head of Finance", ["Head of Finance"], ["Jane Smith"]),
        ("1. Head of Finance\n2. Head of Legal", ["Head of Finance", "Head of Legal"], []),
        ("AD Finance / SD Place", ["Assistant Director Finance", "Strategic Director Place"], []),
        ("O&S Committee", ["O&S Committee"], []),
        ("Jane Smith\nHead of Finance", ["Head of Finance"], ["Jane Smith"]),
    ],
)  # fmt: skip
def test_names_and_posts_in_any_order(cell, posts, names):
    result = split_officers(cell)
    assert (result.posts, result.names) == (posts, names)


# --- leads that are not officers, and their families ----------------------------------------------



@pytest.mark.parametrize(
    "cell, posts, families",
    [
        ("Portfolio Holder for Housing", ["Portfolio Holder for Housing"], ["member_body"]),
        ("Cabinet Member for Finance and Resources", ["Cabinet Member for Finance and Resources"], ["member_body"]),
        ("Leader", ["Leader"], ["member_body"]),
        ("Audit and Governance Committee", ["Audit and Governance Committee"], ["member_body"]),
        ("Improvement Board", ["Improvement Board"], ["member_body"]),
        ("All Heads of Service", ["All Heads of Service"], ["management_team"]),
        ("CMT", ["Corporate Management Team"], ["management_team"]),
        ("SLT", ["Senior Leadership Team"], ["management_team"]),
        ("NHS Kent and Medway", ["NHS Kent and Medway"], ["partner"]),
        ("Police", ["Police"], ["partner"]),
        ("Director of Public Health & NHS Kent and Medway", ["Director of Public Health", "NHS Kent and Medway"],
         ["director", "partner"]),
        ("Kent Police and Community Safety Manager", ["Kent Police", "Community Safety Manager"], ["manager", "partner"]),
        ("Portfolio Holder for Finance / Head of Revenues", ["Portfolio Holder for Finance", "Head of Revenues"],
         ["head_of_service", "member_body"]),
    ],
)  # fmt: skip
def test_leads_that_are_not_officers_keep_their_text_and_get_a_family(cell, posts, families):
    result = split_officers(cell)
    assert result.posts == posts
    assert lead_families(result.posts, ROLE_FAMILIES) == families


def test_families_outside_the_schema_are_left_out():
    """A family the schema does not list (an older schema without 'partner') is left out, never invalid."""
    assert "partner" in ROLE_FAMILIES
    older = tuple(f for f in ROLE_FAMILIES if f != "partner")
    assert lead_families(["Police", "Head of Housing"], older) == ["head_of_service"]


# --- separators ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, posts",
    [
        ("Head of Finance / Head of Legal", ["Head of Finance", "Head of Legal"]),
        ("Head of Finance & Head of Legal", ["Head of Finance", "Head of Legal"]),
        ("Planning Manager and Housing Manager", ["Planning Manager", "Housing Manager"]),
        ("Planning Manager\nHousing Manager", ["Planning Manager", "Housing Manager"]),
        ("Head of Finance; Head of Legal", ["Head of Finance", "Head of Legal"]),
        ("Head of Finance, Monitoring Officer", ["Head of Finance", "Monitoring Officer"]),
        ("\u2022 Head of Finance\n\u2022 Head of Legal", ["Head of Finance", "Head of Legal"]),
        ("Head of Planning and Regeneration", ["Head of Planning and Regeneration"]),
        ("Head of Planning and Regeneration / Head of Housing", ["Head of Planning and Regeneration", "Head of Housing"]),
        ("Head of Communications, Engagement and Cultural Services",
         ["Head of Communications, Engagement and Cultural Services"]),
        ("Head of Communications,\nEngagement and Cultural\nServices",
         ["Head of Communications, Engagement and Cultural Services"]),  # a post wrapped over lines
        ("Democratic Services\nManager", ["Democratic Services Manager"]),
        ("Head of Legal\nServices Manager", ["Head of Legal Services Manager"]),  # a line may not split a post
        ("Director of Place\nHead of Planning\nPlanning Policy Manager",
         ["Director of Place", "Head of Planning", "Planning Policy Manager"]),
        ("Revenues and Benefits Manager & Finance Manager", ["Revenues and Benefits Manager", "Finance Manager"]),
    ],
)  # fmt: skip
def test_separators_split_only_between_posts(cell, posts):
    assert split_officers(cell).posts == posts


@pytest.mark.parametrize(
    "piece, is_post",
    [
        ("Head of Legal", True), ("Planning Manager", True), ("Audit Committee", True), ("Programme Board", True),
        ("CMT", True), ("NHS Kent", True), ("Regeneration", False), ("Engagement and Cultural Services", False),
        ("Tom Webb", False),
    ],
)  # fmt: skip
def test_a_post_title_is_told_by_its_title_words_and_shape(piece, is_post):
    assert is_post_title(piece) is is_post


# --- same as above -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", ["ditto", "Ditto", "DITTO", "do.", "Do", '"', "\u201d", "\u3003", "as above", "As above", "as before",
             "Same as above", "ditto ditto", "Ditto / ditto"],
)  # fmt: skip
def test_every_form_of_same_as_above(cell):
    assert is_ditto(cell)
    assert expand_ditto(cell, "Head of Finance") == "Head of Finance"
    assert split_officers(cell).posts == []  # with nothing above, never an officer


@pytest.mark.parametrize("cell", ["Head of Development", "Donna Smith", "Do something", "Head of Legal", "-", "\u2013", ", ", "and", " / "])
def test_words_that_only_look_like_ditto(cell):
    assert not is_ditto(cell)
    assert expand_ditto(cell, "Head of Finance") == cell


@pytest.mark.parametrize(
    "cell, above, expanded",
    [
        ("ditto ditto", "Head of Finance / Head of Legal", "Head of Finance / Head of Legal"),
        ("Ditto / Head of Legal", "Head of Finance", "Head of Finance / Head of Legal"),
        ("Head of Legal & do.", "Head of Finance", "Head of Legal & Head of Finance"),
        ("ditto / Head of Legal", "Head of Finance / Head of HR", "Head of Finance / Head of Legal"),  # per post
        ("Head of HR / ditto", "Head of Finance / Head of Legal", "Head of HR / Head of Legal"),
        ("ditto", "", ""),
        ("Ditto / Head of Legal", None, "Head of Legal"),
        ("John Smith\nditto\nditto", "Head of Finance", "John Smith"),  # lines of the same cell
        ("ditto\nHead of Legal", "Head of Finance\nHead of HR", "Head of Finance\nHead of Legal"),
    ],
)  # fmt: skip
def test_ditto_per_post_in_a_cell(cell, above, expanded):
    assert expand_ditto(cell, above) == expanded


# --- keys: initials and names that the document ties to posts ------------------------------------------

KEY = "Key: AP = Alice Patel, Head of Finance; JS = Head of Housing; TW = Tom Webb"


@pytest.mark.parametrize(
    "cell, posts, names",
    [
        ("AP", ["Head of Finance"], ["Alice Patel"]),  # initials with a name key
        ("JS", ["Head of Housing"], []),  # initials only
        ("AP / JS", ["Head of Finance", "Head of Housing"], ["Alice Patel"]),
        ("Alice Patel", ["Head of Finance"], ["Alice Patel"]),  # a name the key maps to a post
        ("A. Patel", ["Head of Finance"], ["Alice Patel"]),
        ("TW", [], ["Tom Webb"]),  # a person the key ties to no post
        ("Head of Legal \u2013 TW", ["Head of Legal"], ["Tom Webb"]),
        ("XY", ["XY"], []),  # not in the key: kept as printed
    ],
)  # fmt: skip
def test_keys_expand_initials_and_names(cell, posts, names):
    result = split_officers(cell, text_glossary(KEY))
    assert (result.posts, result.names) == (posts, names)


# --- properties -------------------------------------------------------------------------------------------

FRAGMENTS = [
    "Head of Finance", "Head of Planning and Regeneration", "Tom Webb", "R. Osei", "ditto", "AP", "CMT",
    "Portfolio Holder for Housing", "NHS Kent and Medway", "Planning Manager", "Cllr Jane Smith", "(Interim)",
    "Chief Executive", "Head of HR", "as above", "\u3003", "Police",
]  # fmt: skip
SEPARATORS = [" / ", " & ", " and ", ", ", "; ", "\n", " \u2013 ", " (", ") ", ": ", " "]
cells = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=6
).map(lambda parts: "".join(f + s for f, s in parts))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


@given(st.one_of(cells, st.text(max_size=120)))
def test_entries_are_substrings_or_expansions_of_the_cell(cell):
    glossary = text_glossary("AP = Alice Patel, Head of Finance")
    result = split_officers(cell, glossary)
    allowed = _words(cell) | _words(" ".join(glossary.values())) | {"alice", "patel"}
    allowed |= _words(" ".join(a.expansion for a in abbreviations().values()))
    for entry in result.posts + result.names:
        assert entry and entry == entry.strip()
        assert _words(entry) <= allowed, entry
    flat = " ".join(cell.split())
    for name in result.names:
        assert name == "Alice Patel" or name in flat


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=80)))
def test_expand_ditto_never_raises_and_leaves_other_cells_alone(cell, above):
    out = expand_ditto(cell, above)
    assert isinstance(out, str)
    if not is_ditto(cell) and not any(
        w in cell.casefold()
        for w in ("ditto", "do", '"', "as", "same", "\u3003", "'", "\u201c", "\u201d", "\u2033", "see")
    ):
        assert out == cell


@pytest.mark.parametrize(
    "cell, posts",
    [
        # a spaced slash between two named leads lists them, whatever their last words
        ("Housing Options Team / Private Sector Housing Forum", ["Housing Options Team", "Private Sector Housing Forum"]),
        ("Service Lead \u2013 Environmental Health / Senior Accountant",
         ["Service Lead \u2013 Environmental Health", "Senior Accountant"]),
        ("Head of Revenues / Benefits", ["Head of Revenues / Benefits"]),  # one post, one word after the slash
        ("Payroll / Pensions Officer", ["Payroll / Pensions Officer"]),  # one word each side of one title
        ("Street Cleansing Team\nLeader", ["Street Cleansing Team Leader"]),  # the head's title wrapped
        ("Legal / Democratic Services", ["Legal", "Democratic Services"]),  # two services listed
        ("Head of Property Services / Estates and Facilities Team Leader",
         ["Head of Property Services", "Estates and Facilities Team Leader"]),  # the slash before the "and"
        # a title word inside a longer name starts no second post
        ("Strategic Leadership Team", ["Strategic Leadership Team"]),
        ("Town Centre Management Group", ["Town Centre Management Group"]),
        # a post on a line of its own, with its unit after a dash, is a second lead
        ("Head of Early Help\nDetective Inspector \u2013 Public Protection Unit",
         ["Head of Early Help", "Detective Inspector \u2013 Public Protection Unit"]),
        ("Head of Legal and\nDemocratic Services", ["Head of Legal and Democratic Services"]),  # a wrapped post
    ],
)  # fmt: skip
def test_lists_of_leads_and_the_names_inside_them(cell, posts):
    assert split_officers(cell).posts == posts


@pytest.mark.parametrize(
    "cell, posts, names",
    [
        # a modifier opening a title, and a title word after a unit ("Team Leader"), make one post
        ("Executive Head of Customer Services", ["Executive Head of Customer Services"], []),
        ("Senior Director of Adult Care", ["Senior Director of Adult Care"], []),
        ("Benefits Team Leader / Revenues Manager", ["Benefits Team Leader", "Revenues Manager"], []),
        # the office of a body, written with a comma, is one lead
        ("Chair, Youth Council", ["Chair, Youth Council"], []),
        ("Convener, Audit Committee and Head of Audit", ["Convener, Audit Committee", "Head of Audit"], []),
        # a narrow cell wraps mid-post: the pieces join; a break after a whole post still separates
        ("Head of Waste Services / Fleet\nTransport Manager", ["Head of Waste Services", "Fleet Transport Manager"], []),
        ("Director of Adult\nSocial Care / Monitoring\nOfficer", ["Director of Adult Social Care", "Monitoring Officer"], []),
        ("Head of Parks – Lena\nOkoye", ["Head of Parks"], ["Lena Okoye"]),
        ("Head of Finance\nHead of Legal", ["Head of Finance", "Head of Legal"], []),
    ],
)  # fmt: skip
def test_titles_of_several_words_offices_of_bodies_and_wrapped_cells(cell, posts, names):
    result = split_officers(cell)
    assert (result.posts, result.names) == (posts, names)


def test_a_keys_codes_with_spaces_ampersands_or_brackets_expand_whole():
    from pathlib import Path

    from extractors.model import Cell, Document, Row, Table
    from pipeline.glossary import document_glossary

    key = Table(rows=[Row([Cell(t) for t in r]) for r in [["Code", "Post"], ["AD H&C", "Assistant Director, Housing and Communities"],
                                                           ["HoS (PL)", "Head of Service, Planning"], ["CE", "Chief Executive"]]])  # fmt: skip
    glossary = document_glossary(Document(Path("x.docx"), "docx", [key]))
    assert split_officers("AD H&C / HoS (PL)", glossary).posts == [
        "Assistant Director, Housing and Communities", "Head of Service, Planning"]
    assert split_officers("HoS\n(PL) & CE", glossary).posts == ["Head of Service, Planning", "Chief Executive"]
    # two capitalised words are a name, not a code: no key from a list of people
    people = Table(rows=[Row([Cell(t) for t in r]) for r in [["Alice Patel", "Head of Finance"], ["Jo Smith", "Head of Housing"]]])
    assert set(document_glossary(Document(Path("y.docx"), "docx", [people]))) == set()

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalise.councils import council_by_name, detect_council
from pipeline.normalise.themes import CATEGORIES, clean_theme, theme_category


@pytest.mark.parametrize(
    "theme, category",
    [
        ("Community Leadership", "organisational_and_place_leadership"),
        ("Scrutiny", "governance_and_culture"),
        ("Organisational Culture", "governance_and_culture"),
        ("Finance", "financial_planning_and_management"),
        ("'Here to Help'", "local_priorities_and_outcomes"),
        ("IT", "capacity_for_improvement"),
        ("Economic wellbeing", "local_priorities_and_outcomes"),
        ("Objective 1. Growing the economy", "local_priorities_and_outcomes"),
        ("Workforce and skills", "capacity_for_improvement"),
        ("Medium Term Financial Strategy", "financial_planning_and_management"),
        # service outcomes, which most council plans are made of, in words no sample used
        ("Cleaner, Greener Neighbourhoods", "local_priorities_and_outcomes"),
        ("Priority 2: Supporting vulnerable adults and older people", "local_priorities_and_outcomes"),
        ("Ambition C – Prosperous towns and more jobs", "local_priorities_and_outcomes"),
        ("An open and accountable council", "governance_and_culture"),
        ("Being financially resilient", "financial_planning_and_management"),
        ("Transforming the way we work", "capacity_for_improvement"),
    ],
)
def test_theme_category(theme, category):
    assert theme_category(theme) == category


def test_theme_category_falls_back_to_area_and_ignores_the_pronoun_it():
    assert (
        theme_category(None, "how it will be used to save money in the budget")
        == "financial_planning_and_management"
    )
    assert theme_category("Miscellaneous", "how it will be done") is None


@pytest.mark.parametrize(
    "theme, area",
    [
        ("Strand B – Fuel poverty and warm homes in winter", None),  # a service outcome no keyword names
        ("Outcome 4: Fewer people sleeping out", None),
        (None, "Street lighting is not yet converted to LED across the rural parishes"),
        ("Pillar iii - Libraries and museums", None),
    ],
)
def test_a_theme_naming_a_service_no_keyword_places_is_an_outcome(theme, area):
    assert theme_category(theme, area) == "local_priorities_and_outcomes"


@pytest.mark.parametrize("theme", ["Theme 3", "Other", "General / Misc.", "Priority B", "Work stream IV", ""])
def test_a_heading_that_is_only_a_label_or_a_placeholder_says_nothing(theme):
    assert theme_category(theme) is None
    assert theme_category(theme, "this will be done by then") is None


def test_the_plans_subject_places_a_theme_no_keyword_places():
    # a people strategy's own headings ("Attract and retain") name no component; its title does
    assert theme_category("2. Attract and retain", None, "People Strategy Delivery Plan 2025/26") == (
        "capacity_for_improvement"
    )
    # ... but a theme that names a component keeps it, and no theme and no area stays null
    assert theme_category("Budget setting", None, "People Strategy Delivery Plan") == (
        "financial_planning_and_management"
    )
    assert theme_category(None, None, "People Strategy Delivery Plan") is None
    # a title that places nothing leaves the outcome default
    assert theme_category("2. Attract and retain", None, "Delivery Plan 2025/26") == "local_priorities_and_outcomes"


def test_clean_theme_strips_markup_and_continued():
    assert clean_theme("<b>Community Leadership</b> (continued)") == "Community Leadership"
    assert clean_theme("Objective 1. Growing the economy (cont.)") == "Objective 1. Growing the economy"


@given(st.text(max_size=200), st.text(max_size=200))
def test_theme_category_never_raises(theme, area):
    assert theme_category(theme, area) in (None, *CATEGORIES)


@pytest.mark.parametrize(
    "text, name, gss",
    [
        ("EAST HERTS COUNCIL\nEXECUTIVE – 4 JUNE 2013", "East Hertfordshire District Council", "E07000242"),
        ("Report to Kent County Council's Cabinet", "Kent County Council", "E10000016"),
        # a district named once beside its county (named as a place) is the paper's council
        (
            "work with Leicestershire County colleagues to develop Melton as an exemplar",
            "Melton Borough Council",
            "E07000133",
        ),
    ],
)
def test_detect_council(text, name, gss):
    council = detect_council(text)
    assert (council.name, council.gss) == (name, gss)


def test_visiting_peers_councils_tie_and_give_none():
    text = "The peers were: A, Chief Executive, Malvern Hills District Council; B, Leader, Sevenoaks District Council."
    assert detect_council(text) is None


def test_common_words_are_not_councils():
    assert detect_council("Gathered information from meetings, and additional research and reading.") is None


@pytest.mark.parametrize("folder", ["kent-county-council", "Kent County Council", "kent_county_council"])
def test_council_from_folder_name(folder):
    assert council_by_name(folder).gss == "E10000016"

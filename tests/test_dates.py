from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalise.dates import as_of_date, find_dates, parse_due, period_end, recurrence, revised_date


@pytest.mark.parametrize(
    "cell, due, precision",
    [
        # the contract's own examples
        ("14 March 2013", date(2013, 3, 14), "day"),
        ("14/03/2013", date(2013, 3, 14), "day"),
        ("14.03.13", date(2013, 3, 14), "day"),
        ("February 2013", date(2013, 2, 28), "month"),
        ("Feb-13", date(2013, 2, 28), "month"),
        ("End of February 2013", date(2013, 2, 28), "month"),
        ("April 2013 July 2013 October 2013", date(2013, 10, 31), "month"),
        ("May / June 2013", date(2013, 6, 30), "month"),
        ("Autumn 2013", date(2013, 11, 30), "season"),
        ("Spring 2014", date(2014, 5, 31), "season"),
        ("Summer 2014", date(2014, 8, 31), "season"),
        ("Winter 2013", date(2014, 2, 28), "season"),
        ("2014/15", date(2015, 3, 31), "financial_year"),
        ("2014-15", date(2015, 3, 31), "financial_year"),
        ("FY 2014/15", date(2015, 3, 31), "financial_year"),
        ("Phase 2 (2019 to 20)", date(2020, 3, 31), "financial_year"),  # written out, the second year in two digits
        ("Q3 2019/20", date(2019, 12, 31), "quarter"),
        ("Q4 2019/20", date(2020, 3, 31), "quarter"),
        ("Q2 2019", date(2019, 6, 30), "quarter"),
        ("2014", date(2014, 12, 31), "year"),
        ("Annual (next one due March 2014 in preparation for 2015/16)", date(2014, 3, 31), "month"),
        # other councils' ways of writing a date
        ("31-Mar-2018", date(2018, 3, 31), "day"),
        ("By end 2005/06", date(2006, 3, 31), "financial_year"),
        ("Done (March 2004)", date(2004, 3, 31), "month"),
        ("1 set held in 2012/13 2 sets held in 2013/14", date(2014, 3, 31), "financial_year"),
        (
            "31 March 2013 - Brief completed / September 2013 - opportunities finalised",
            date(2013, 9, 30),
            "month",
        ),
        ("2013-03-14", date(2013, 3, 14), "day"),
        ("30th January, 2025", date(2025, 1, 30), "day"),
        ("2019-2023", date(2023, 12, 31), "year"),
        ("Winter 2013/14", date(2014, 2, 28), "season"),
        ("December 2012 (leap years aside) then February 2016", date(2016, 2, 29), "month"),
    ],
)
def test_parse_due_deadline_is_last_day_of_period(cell, due, precision):
    result = parse_due(cell)
    assert (result.due_date, result.due_precision) == (due, precision)


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("Ongoing", "ongoing"),
        ("Regular articles circulated.", "ongoing"),
        ("April 2013 start - 1 year rolling programme", "ongoing"),
        ("Monthly", "monthly"),
        ("Quarterly", "quarterly"),
        ("Six monthly", "six_monthly"),
        ("Annual (next one due March 2014)", "annual"),
        ("Annually (May each year)", "annual"),
        ("Ongoing - Quarterly through the Member Development Charter Group", "quarterly"),
        ("March 2014", None),
    ],
)
def test_recurrence_words(cell, expected):
    assert recurrence(cell) == expected


@pytest.mark.parametrize(
    "cell", ["April 2013 start", "Starting April 2013", "from June 2014", "Annually (May each year)"]
)
def test_start_dates_and_yearless_months_are_not_deadlines(cell):
    assert parse_due(cell).due_date is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Revised completion date from September 2013 to November 2013.", date(2013, 11, 30)),
        (
            "Revised Completion Date from Autumn 2013 to December 2013. Executive on 23 July 2013 approved",
            date(2013, 12, 31),
        ),
        ("Deadline extended to 31 March 2014", date(2014, 3, 31)),
        ("Revised target date: June 2014", date(2014, 6, 30)),
        ("An amended role description was agreed by Council on 16 October 2013.", None),
        ("Achieved. Presentation took place on 13 March 2013.", None),
    ],
)
def test_revised_date_only_for_a_revised_deadline(text, expected):
    assert revised_date(text) == expected


def test_revision_in_due_cell_keeps_original_as_due_date():
    result = parse_due("Revised from September 2013 to November 2013")
    assert result.due_date == date(2013, 9, 30)
    assert result.revised_due_date == date(2013, 11, 30)


def test_progress_heading_dates_the_progress():
    assert as_of_date("Progress up to 30 September 2013") == date(2013, 9, 30)
    assert as_of_date("Update as at 31 March 2020") == date(2020, 3, 31)
    assert as_of_date("Lead Officer(s)") is None


@given(st.text(max_size=300))
def test_parse_due_never_raises_and_is_consistent(text):
    result = parse_due(text, text)
    assert (result.due_date is None) == (result.due_precision is None)
    assert result.recurrence in (None, "monthly", "quarterly", "six_monthly", "annual", "ongoing")


_revision_free = st.text(
    alphabet=st.sampled_from(list("0123456789 /-.,()abcdegijklnoqrstuyzADFJMNOSQ")), max_size=80
)


@given(_revision_free)
def test_no_revised_date_without_a_revision_phrase(text):
    # without h, f, m, p, v, w, x no revision word (revised, deferred, changed, slipped, moved...) can be spelt
    assert revised_date(text) is None
    assert parse_due(text).revised_due_date is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_day_first_numeric_dates_round_trip(d):
    atoms = find_dates(d.strftime("%d/%m/%Y"))
    assert [(a.value, a.precision) for a in atoms] == [(d, "day")]


# --- reporting periods named in a title ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, end",
    [
        ("Performance report: Quarter 3 (October to December 2020)", date(2020, 12, 31)),
        ("Corporate plan monitoring \u2013 Q4 2022/23", date(2023, 3, 31)),
        ("Third quarter update 2017-18", date(2017, 12, 31)),
        ("Delivery plan progress, quarter one, 2024/25", date(2024, 6, 30)),
        ("Headquarters relocation plan 2019", None),
        ("Quarterly report on the plan", None),
    ],
)
def test_the_reporting_period_a_title_names_ends_the_progress(text, end):
    assert period_end(text) == end


@given(st.integers(min_value=2000, max_value=2040), st.integers(min_value=1, max_value=4))
def test_a_quarter_of_a_financial_year_ends_inside_it(year, q):
    end = period_end(f"Quarter {q} monitoring {year}/{(year + 1) % 100:02d}")
    assert date(year, 4, 1) <= end <= date(year + 1, 3, 31)
    assert end.month == (6, 9, 12, 3)[q - 1]


def test_as_at_date_reads_the_day_a_heading_stands_at():
    from pipeline.normalise.dates import as_at_date

    assert str(as_at_date("Outstanding recommendations as at 30 June 2023")) == "2023-06-30"
    assert str(as_at_date("Position as of 1 March 2024")) == "2024-03-01"
    assert as_at_date("Savings as at March 2024") is None  # a month is no day the figures stand at
    assert as_at_date("Work as agreed with partners") is None


@pytest.mark.parametrize(
    "heading, as_of",
    [
        ("Progress update – June 2024", date(2024, 6, 30)),
        ("Position: 14 February 2025", date(2025, 2, 14)),
        ("Progress report November 2019", date(2019, 11, 30)),
        ("Annual Progress Report 2023/24", None),  # the year a report covers is no progress date
        ("Progress update", None),
    ],
)
def test_a_progress_label_followed_by_its_month_dates_the_progress(heading, as_of):
    from pipeline.normalise.dates import as_of_date

    assert as_of_date(heading) == as_of

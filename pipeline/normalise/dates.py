"""Deadline dates from completion-date cells, with the contract's semantics.

A deadline is the last day of the period named: "February 2013" -> 2013-02-28, "Autumn 2013"
-> 2013-11-30, "2014/15" -> 2015-03-31. Several dates in a cell mean the latest; a date stated
as a start is not a deadline; "revised from X to Y" gives a revised date Y. dateparser reads
the day-precision atoms (UK day-first); periods are computed here because their last-day
rule is ours, not a parser's.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..vocabulary import recurrence_phrases

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR4 = r"((?:19|20)\d\d)"
SEASON_END = {"spring": (0, 5), "summer": (0, 8), "autumn": (0, 11), "fall": (0, 11), "winter": (1, 2)}
PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "season": 3, "financial_year": 4, "year": 5}


@dataclass(frozen=True)
class DateAtom:
    """One date expression found in a cell, already turned into its deadline."""

    start: int
    end: int
    value: date
    precision: str
    text: str


@dataclass(frozen=True)
class Due:
    due_date: date | None = None
    due_precision: str | None = None
    recurrence: str | None = None
    revised_due_date: date | None = None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


@lru_cache(maxsize=8192)
def _parse_day(text: str) -> date | None:
    import dateparser  # imported lazily: it costs a quarter of a second

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a cell is never worth a crash
        return None
    if parsed is None or not 1950 <= parsed.year <= 2100:
        return None
    return parsed.date()


def _fy_end(first: str, second: str) -> date | None:
    y1 = _year(first)
    y2 = int(second)
    y2 = y2 if len(second) == 4 else (y1 // 100) * 100 + y2
    return date(y1 + 1, 3, 31) if y2 == y1 + 1 else None


def _fy_quarter_end(q: int, first: str, second: str) -> date | None:
    if _fy_end(first, second) is None:
        return None
    y1 = _year(first)
    return [date(y1, 6, 30), date(y1, 9, 30), date(y1, 12, 31), date(y1 + 1, 3, 31)][q - 1]


def _season_end(season: str, year: str, year2: str | None) -> date:
    add, month = SEASON_END[season]
    y = _year(year)
    if season == "winter" and year2:  # "Winter 2013/14" is Dec 2013 - Feb 2014
        add = 1
    return _month_end(y + add, month)


# (pattern, handler, precision) in priority order: earlier patterns claim their span first.
def _patterns():
    fy = r"(?:fy\s*|financial\s+year\s*)?" + _YEAR4 + r"\s*[/\-\u2013]\s*(\d{2}|\d{4})\b"
    return [
        (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: _iso(m), "day"),
        (
            re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b"),
            lambda m: _parse_day(m.group(0)),
            "day",
        ),
        (
            re.compile(
                r"\b(\d{1,2})\s?(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?" + _MONTH + r"[\s\-,]+(\d{4}|\d{2}\b)", re.I
            ),
            lambda m: _parse_day(m.group(0)),
            "day",
        ),
        (
            re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR4, re.I),
            lambda m: _parse_day(m.group(0)),
            "day",
        ),
        (
            re.compile(r"\b(?:q|quarter\s*)([1-4])\s*(?:of\s+)?" + fy, re.I),
            lambda m: _fy_quarter_end(int(m.group(1)), m.group(2), m.group(3)),
            "quarter",
        ),
        (
            re.compile(r"\b(?:q|quarter\s*)([1-4])\s*(?:of\s+)?" + _YEAR4 + r"\b", re.I),
            lambda m: _month_end(_year(m.group(2)), 3 * int(m.group(1))),
            "quarter",
        ),
        (
            re.compile(
                r"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                + _YEAR4
                + r"(?:\s*[/\-]\s*(\d{2,4}))?\b",
                re.I,
            ),
            lambda m: _season_end(m.group(1).lower(), m.group(2), m.group(3)),
            "season",
        ),
        (re.compile(r"\b" + fy, re.I), lambda m: _fy_end(m.group(1), m.group(2)), "financial_year"),
        # "Year 1 (2022 to 23)": a financial year written out, the second year in two digits
        (re.compile(r"\b" + _YEAR4 + r"\s+to\s+(\d{2})\b(?!\s*[/:.]\d)", re.I), lambda m: _fy_end(m.group(1), m.group(2)), "financial_year"),
        (
            re.compile(r"\b" + _MONTH + r"[\s,]*" + _YEAR4 + r"\b", re.I),
            lambda m: _month_end(_year(m.group(2)), MONTHS[m.group(1).lower()]),
            "month",
        ),
        (
            re.compile(r"\b" + _MONTH + r"\s*[\-'\u2019/]\s*(\d{2})\b", re.I),
            lambda m: _month_end(_year(m.group(2)), MONTHS[m.group(1).lower()]),
            "month",
        ),
        (re.compile(r"(?<![\d/.])" + _YEAR4 + r"(?![\d/])"), lambda m: date(int(m.group(1)), 12, 31), "year"),
    ]


def _iso(m: re.Match) -> date | None:
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_PATTERNS = _patterns()


def find_dates(text: str) -> list[DateAtom]:
    """Every date expression in `text`, as deadlines, in order of appearance."""
    if not text:
        return []
    text = text[:20000]  # a date cell is short; a runaway cell must not cost seconds
    taken: list[tuple[int, int]] = []
    atoms: list[DateAtom] = []
    for pattern, handler, precision in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                value = handler(m)
            except (ValueError, KeyError):
                value = None
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            atoms.append(DateAtom(m.start(), m.end(), value, precision, m.group(0)))
    return sorted(atoms, key=lambda a: a.start)


_REVISION = re.compile(
    r"\b(revis(?:ed|ion)|extend(?:ed)?|extension|re-?scheduled|re-?programmed|re-?profiled|moved|deferred|postponed|"
    r"put back|pushed back|slipped|changed|amended|new (?:target|completion|due) date|now due)\b",
    re.I,
)
# a revision must be about a deadline: "revised completion date", "deadline extended", "from X to Y"
_DEADLINE_WORD = re.compile(
    r"\b(date|deadline|timescale|timeline|target|completion|due|timetable|milestone|end)\b", re.I
)
_FROM_TO = re.compile(r"\bfrom\b.{1,40}?\bto\b", re.I)
_SENTENCE = re.compile(r"[^.;\n]+(?:\.(?!\d)|;|\n|$)")
_START_BEFORE = re.compile(
    r"(?:\bfrom|\bstart(?:ing|s)?|\bcommenc(?:e|es|ing)|\bbeginning|\bbegin)\s*(?:on|in)?\s*:?\s*$", re.I
)
_START_AFTER = re.compile(r"^\s*[\-(]?\s*(?:start|commence|onwards|begin)", re.I)
_PURPOSE_BEFORE = re.compile(r"\b(?:for|towards)\s+(?:the\s+)?(?:financial\s+year\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|until|till|now)\s*:?\s*$", re.I)


@lru_cache(maxsize=16384)
def revised_date(text: str | None) -> date | None:
    """The new deadline when `text` says one was revised: 'Revised ... from Sept 2013 to Nov 2013' -> 2013-11-30."""
    if not text or not _REVISION.search(text):
        return None
    found: date | None = None
    for sm in _SENTENCE.finditer(text[:20000]):
        sentence = sm.group(0)
        kw = _REVISION.search(sentence)
        if not kw or not (_DEADLINE_WORD.search(sentence) or _FROM_TO.search(sentence[kw.start() :])):
            continue
        atoms = [a for a in find_dates(sentence) if a.start > kw.start()]
        chosen = [a for a in atoms if _TO_BEFORE.search(sentence[: a.start])]
        if not chosen and re.search(
            r"(?i)\b(?:date|deadline|timescale|target)\b\s*(?:of|is|now|:)?\s*$",
            sentence[: atoms[0].start] if atoms else "",
        ):
            chosen = atoms[:1]  # "revised target date: March 2014"
        for a in chosen:
            found = a.value if found is None or a.value > found else found
    return found


def recurrence(text: str | None) -> str | None:
    """'Ongoing - Quarterly' -> 'quarterly': a named frequency beats plain 'ongoing'."""
    if not text:
        return None
    low = text.lower()
    hits: list[tuple[int, str]] = []
    for phrase, value in recurrence_phrases():
        m = re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low)
        if m:
            hits.append((m.start(), value))
    if not hits:
        return None
    specific = sorted(h for h in hits if h[1] != "ongoing")
    return (specific or sorted(hits))[0][1]


def deadline_atoms(text: str) -> list[DateAtom]:
    """Date atoms of a date cell that are deadlines: not starts, not revision targets, not purposes."""
    atoms = find_dates(text)
    keep: list[DateAtom] = []
    purposes: list[DateAtom] = []
    revision = _REVISION.search(text)
    for a in atoms:
        before, after = text[max(0, a.start - 40) : a.start], text[a.end : a.end + 20]
        if revision and a.start > revision.start() and _TO_BEFORE.search(before):
            continue  # the new date of a revision; the original stays the deadline
        in_revision = revision is not None and a.start > revision.start()
        if (_START_BEFORE.search(before) and not in_revision) or _START_AFTER.search(after):
            continue  # "April 2013 start": not a deadline (but "revised from X to Y" keeps X)
        if _PURPOSE_BEFORE.search(before):
            purposes.append(a)
            continue
        keep.append(a)
    return keep or purposes


@lru_cache(maxsize=16384)
def parse_due(cell: str | None, *revision_sources: str | None) -> Due:
    """Read a completion-date cell (and any cells that may announce a revised date).

    >>> parse_due("April 2013 July 2013 October 2013").due_date
    datetime.date(2013, 10, 31)
    """
    text = cell or ""
    atoms = deadline_atoms(text)
    best = max(atoms, key=lambda a: (a.value, -PRECISION_RANK[a.precision]), default=None)
    revised = revised_date(text)
    for source in revision_sources:
        if revised is None:
            revised = revised_date(source)
    return Due(
        due_date=best.value if best else None,
        due_precision=best.precision if best else None,
        recurrence=recurrence(text),
        revised_due_date=revised,
    )


_AS_OF = re.compile(
    r"\b(?:progress|update|position|status|performance)\b[^.\n]{0,30}?\b(?:up to|as at|as of|at|to|until|ending|end of)\b\s*(?:the\s+)?(?:end\s+of\s+)?",
    re.I,
)


# "Progress update – April 2017", "Update: March 2024", "Progress report October 2018": a date named
# right after the words, set off by a dash or colon or following "update"/"report"
_AS_OF_LABEL = re.compile(
    r"\b(?:progress|update|position|status)(?:\s+(?:update|report))?\s*(?::|\u2013|\u2014|\s-\s)\s*"
    r"|\b(?:progress|position)\s+(?:update|report)\s+",
    re.I,
)


def as_of_date(text: str | None) -> date | None:
    """'Progress up to 30 September 2013' -> 2013-09-30 (a heading that dates the progress column);
    'Progress update – April 2017' -> 2017-04-30."""
    if not text:
        return None
    for m in _AS_OF.finditer(text):
        atoms = find_dates(text[m.end() : m.end() + 40])
        if atoms and atoms[0].start < 3:
            return atoms[0].value
    for m in _AS_OF_LABEL.finditer(text):  # a month or a day: "Progress Report 2023/24" names its year
        atoms = find_dates(text[m.end() : m.end() + 40])
        if atoms and atoms[0].start < 3 and atoms[0].precision in ("day", "month"):
            return atoms[0].value
    return None


_AS_AT = re.compile(r"(?i)\bas (?:at|of)\s+")


def as_at_date(text: str | None) -> date | None:
    """'Open actions as at 30 June 2023' -> 2023-06-30: the day a heading's figures stand at,
    whatever it reports (as_of_date needs a progress word before it)."""
    for m in _AS_AT.finditer(text or ""):
        atoms = find_dates(text[m.end() : m.end() + 30])
        if atoms and atoms[0].start == 0 and atoms[0].precision == "day":
            return atoms[0].value
    return None


_QUARTER_WORDS = {"1": 1, "2": 2, "3": 3, "4": 4, "one": 1, "two": 2, "three": 3, "four": 4,
                  "first": 1, "second": 2, "third": 3, "fourth": 4}  # fmt: skip
_PERIOD = re.compile(r"(?i)\b(?:quarter|qtr|q)\s*(1|2|3|4|one|two|three|four)\b|\b(first|second|third|fourth)\s+quarter\b")
_FIN_YEAR = re.compile(r"\b(20\d\d)\s*[/\-]\s*(?:20)?(\d\d)\b")


def period_end(text: str | None) -> date | None:
    """The last day of the reporting period a heading names: 'Quarter 2 (April-September 2016)' ->
    2016-09-30, 'Quarter 1 Performance 2021-2022' -> 2021-06-30 (quarters of the financial year)."""
    if not text or len(text) > 250:
        return None
    m = _PERIOD.search(text)
    if not m:
        return None
    n = _QUARTER_WORDS[(m.group(1) or m.group(2)).lower()]
    months = re.search(r"\(([^)]*)\)", text[m.end() : m.end() + 60])
    if months:
        atoms = [a for a in find_dates(months.group(1)) if a.precision in ("month", "day")]
        if atoms:
            return max(a.value for a in atoms)
    fy = _FIN_YEAR.search(text)
    if fy and (int(fy.group(2)) - int(fy.group(1)[2:])) % 100 == 1:
        atoms = find_dates(f"Q{n} {fy.group(1)}/{fy.group(2)}")
        if atoms:
            return atoms[0].value
    return None

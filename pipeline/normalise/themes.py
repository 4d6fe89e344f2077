"""Themes as printed, and the cross-council `theme_category` (the LGA peer challenge's five components)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import fold, theme_keywords, theme_placeholder_words
from .text import cell_text, strip_continued

CATEGORIES = (
    "local_priorities_and_outcomes",
    "organisational_and_place_leadership",
    "governance_and_culture",
    "financial_planning_and_management",
    "capacity_for_improvement",
)


def clean_theme(text: str | None) -> str | None:
    """'<b>Finance</b> (continued)' -> 'Finance'; numbering kept as printed."""
    value = strip_continued(cell_text(text))
    return value or None


@lru_cache(maxsize=16384)
def _score(text: str) -> str | None:
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for keyword, category, sensitive in theme_keywords():
        haystack = text if sensitive else folded
        for m in re.finditer(r"(?<!\w)" + re.escape(keyword) + r"(?:s|es)?(?!\w)", haystack):
            span = (m.start(), m.end())
            if not sensitive:
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
            scores[category] = scores.get(category, 0) + len(keyword.split())
            first.setdefault(category, m.start())
    if not scores:
        return None
    return max(scores, key=lambda c: (scores[c], -first[c]))


_WORD = re.compile(r"[^\W\d_][\w'&/-]*")


@lru_cache(maxsize=16384)
def says_something(text: str | None) -> bool:
    """True when the text names a subject: a word that is neither a stop word, nor a heading's label
    ("Theme 3", "Recommendation 2"), nor a placeholder ("Miscellaneous", "Other"), nor a lone letter
    or roman numeral ("A", "iv")."""
    if not text:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    empty = theme_placeholder_words()
    for word in _WORD.findall(fold(text)):
        if len(word) < 3 or word in STOP_WORDS or word in empty or re.fullmatch(r"[ivxlc]+", word):
            continue
        return True
    return False


def theme_category(theme: str | None, area: str | None = None, subject: str | None = None) -> str | None:
    """Category from the theme first, then the area for improvement; None when neither says anything.

    The four components about how the council runs itself (leadership, governance, finance, capacity)
    have a closed vocabulary; the first, local priorities and outcomes, is every service and place a
    council delivers for, which no list can hold. So a theme or area that names a subject no keyword
    places falls to the plan's own subject (`subject`: its title, "Workforce Strategy Action Plan"),
    and past that to local priorities and outcomes ("Domestic Abuse", "Buildings and Energy").

    >>> theme_category("Community Leadership")
    'organisational_and_place_leadership'
    >>> theme_category("Priority 2 - Domestic Abuse")
    'local_priorities_and_outcomes'
    """
    for text in (theme, area):
        if text:
            category = _score(text)
            if category:
                return category
    if not (says_something(theme) or says_something(area)):
        return None
    return (_score(subject) if subject else None) or CATEGORIES[0]

"""Themes as printed, and the cross-council `theme_category` (the LGA peer challenge's five components)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import fold, theme_keywords
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


def theme_category(theme: str | None, area: str | None = None) -> str | None:
    """Category from the theme first, then the area for improvement; None when neither says anything.

    >>> theme_category("Community Leadership")
    'organisational_and_place_leadership'
    """
    for text in (theme, area):
        if text:
            category = _score(text)
            if category:
                return category
    return None

"""Action status from an explicit status/RAG cell, the leading phrase of progress, or a cell colour.

The contract's order: an explicit status or RAG column wins; else the leading phrase of the
progress cell ("Achieved.", "On target."); else the RAG colour of a cell. A revised deadline
with no other status phrase means at_risk.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..vocabulary import fold, status_phrases

STATUSES = ("completed", "on_track", "at_risk", "off_track", "not_started", "cancelled", "unknown")
RAGS = ("red", "amber", "green", "blue")
RAG_STATUS = {"red": "off_track", "amber": "at_risk", "green": "on_track", "blue": "completed"}

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])[.!:](?=\s|$)|\s[-\u2013\u2014]\s", re.I)


@dataclass(frozen=True)
class Status:
    status: str = "unknown"
    status_raw: str | None = None
    rag: str | None = None


@lru_cache(maxsize=16384)
def match_phrase(text: str | None) -> tuple[str, str | None] | None:
    """(status, rag) of the earliest status phrase in `text`; a lone letter counts only as the whole text.

    >>> match_phrase("Achieved and more planned.")
    ('completed', None)
    """
    folded = fold(text or "")
    if not folded:
        return None
    letters, pattern, by_phrase = _phrase_pattern()
    if folded in letters:
        return letters[folded]
    m = pattern.search(folded)  # leftmost match; at one place the longest phrase (listed first)
    return by_phrase[m.group(0)] if m else None


_SEVERITY = ("off_track", "at_risk", "not_started", "on_track", "cancelled", "completed")


def gravest_phrase(text: str | None) -> tuple[str, str | None] | None:
    """(status, rag) of the gravest status phrase anywhere in `text`: a key's description says what
    a code means with its qualification ('progressing, but with some slippage' is at risk)."""
    folded = fold(text or "")
    letters, pattern, by_phrase = _phrase_pattern()
    if folded in letters:
        return letters[folded]
    hits = [by_phrase[m.group(0)] for m in pattern.finditer(folded)]
    return min(hits, key=lambda h: _SEVERITY.index(h[0]) if h[0] in _SEVERITY else len(_SEVERITY), default=None)


@lru_cache(maxsize=1)
def _phrase_pattern() -> tuple[dict[str, tuple[str, str | None]], re.Pattern, dict[str, tuple[str, str | None]]]:
    """One regular expression for every phrase of the vocabulary, longest first; lone letters apart."""
    letters: dict[str, tuple[str, str | None]] = {}
    by_phrase: dict[str, tuple[str, str | None]] = {}
    for p in status_phrases():
        target = letters if len(p.phrase) == 1 else by_phrase
        target.setdefault(p.phrase, (p.status, p.rag))
    alternatives = "|".join(re.escape(ph) for ph in sorted(by_phrase, key=len, reverse=True))
    return letters, re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"), by_phrase


def leading_phrase(progress: str | None, bold_prefix: str | None = None) -> str | None:
    """The phrase a progress cell opens with: its bold lead-in, else its first sentence.

    >>> leading_phrase("On target. The ALSs are progressing well")
    'On target.'
    """
    if bold_prefix and bold_prefix.strip():
        return bold_prefix.strip()
    text = (progress or "").strip()
    if not text:
        return None
    m = _SENTENCE_END.search(text[:300])
    phrase = text[: m.end()].strip() if m else text[:300].strip()
    return phrase.rstrip(" -\u2013\u2014") or None


def rag_from_colour(fill: str | None) -> str | None:
    """Family of a cell fill colour: 'FF0000' -> 'red', '00B050' -> 'green', 'FFC000' -> 'amber'. Greys give None."""
    if not fill or not re.fullmatch(r"[0-9A-Fa-f]{6}", fill):
        return None
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.25 or v < 0.35:
        return None
    hue = h * 360
    if hue >= 340 or hue < 18:
        return "red"
    if hue < 65:
        return "amber"
    if hue < 170:
        return "green"
    if 180 <= hue < 260:
        return "blue"
    return None


def read_status(
    status_cell: str | None = None,
    rag_cell: str | None = None,
    progress: str | None = None,
    progress_bold: str | None = None,
    fill: str | None = None,
    revised: bool = False,
    column_fill: str | None = None,
) -> Status:
    """Status of one action (or milestone) from what its row offers, in the contract's order.

    `column_fill` is the colour of the status or RAG cell itself: a RAG column shown only by
    colour is still the explicit column, so it outranks a phrase in the progress text. `fill`
    is any other cell's colour, the last resort.
    """
    rag = None
    column_colour = rag_from_colour(column_fill)  # "On Track" in a green cell: the word and its colour
    if rag_cell and rag_cell.strip():
        hit = match_phrase(rag_cell)
        if hit:
            rag = hit[1] or column_colour
            if not (status_cell and status_cell.strip()):
                return Status(hit[0], rag_cell.strip(), rag)
    if status_cell and status_cell.strip():
        hit = match_phrase(status_cell)
        if hit:
            return Status(hit[0], status_cell.strip(), hit[1] or rag or column_colour)
    if column_colour:
        return Status(
            RAG_STATUS[column_colour], (status_cell or rag_cell or "").strip() or None, column_colour
        )
    colour = rag_from_colour(fill)
    phrase = leading_phrase(progress, progress_bold)
    if phrase:
        hit = match_phrase(phrase)
        if hit:
            return Status(hit[0], phrase, hit[1] or rag or colour)
        if revised:
            return Status("at_risk", phrase, rag or colour)
    if revised:
        return Status("at_risk", phrase, rag or colour)
    if rag or colour:
        return Status(RAG_STATUS[rag or colour], (rag_cell or "").strip() or None, rag or colour)
    return Status("unknown", phrase if phrase and len(phrase) < 120 else None, None)


def is_overdue(due: date | None, revised: date | None, as_of: date | None, status: str) -> bool | None:
    """Effective deadline before the progress date and not done; None when a date is missing."""
    deadline = revised or due
    if deadline is None or as_of is None:
        return None
    return deadline < as_of and status not in ("completed", "cancelled")


def percent(text: str | None) -> float | None:
    """'75%' or '75' in a % complete cell -> 75.0; anything outside 0-100 is not a percentage."""
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*%?", text or "")
    if not m:
        return None
    value = float(m.group(1))
    return value if 0 <= value <= 100 else None

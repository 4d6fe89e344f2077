"""Cleaning of cell and heading text shared by every field.

Cells arrive with paragraphs separated by newlines and list items marked with a bullet; the
dataset wants one line: paragraphs joined by a space, list items by "; ".
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_WS = re.compile(r"\s+")
# real bullet glyphs only: a wrapped line may well start with "-" ("31 March 2013\n- Brief completed")
_BULLET_LINE = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2043\u27a2\uf0b7\uf0a7\uf076\uf0d8]\s*")
_CONTINUED = re.compile(r"\s*[\(\[]\s*(?:continued|cont'?d?\.?|contd\.?)\s*[\)\]]\s*", re.I)


def collapse_ws(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def strip_markup(text: str | None) -> str:
    """Remove HTML/markdown emphasis left in a cell: '<b>Achieved.</b>' -> 'Achieved.'."""
    if not text:
        return ""
    text = _TAG.sub(" ", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return html.unescape(text)


def cell_text(text: str | None) -> str:
    """One line from a multi-line cell: lines joined by spaces, bullet items joined by '; '.

    'Hold an awayday to:\\n• Establish a vision.\\n• Decide.' -> 'Hold an awayday to: Establish a vision.; Decide.'
    """
    if not text:
        return ""
    text = strip_markup(text).replace("\u00a0", " ")
    lead: list[str] = []
    items: list[list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _BULLET_LINE.match(line):
            items.append([_BULLET_LINE.sub("", line, count=1).strip()])
        elif items:
            items[-1].append(line.strip())
        else:
            lead.append(line.strip())
    parts = [collapse_ws(" ".join(lead))] if lead else []
    bullets = "; ".join(collapse_ws(" ".join(i)) for i in items if collapse_ws(" ".join(i)))
    if bullets:
        parts.append(bullets)
    return collapse_ws(" ".join(p for p in parts if p))


def strip_continued(text: str) -> str:
    """'Finance (continued)' -> 'Finance': a theme repeated on the next page is the same theme."""
    return collapse_ws(_CONTINUED.sub(" ", text))


def title_case_if_shouting(text: str) -> str:
    """'POLICY, FINANCE AND ADMINISTRATION COMMITTEE' -> 'Policy, Finance and Administration Committee'."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.9:
        return text
    small = {"and", "of", "the", "for", "to", "in", "on", "at", "a", "an", "by", "or"}
    words = text.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w in small:
            out.append(w)
        else:
            out.append(re.sub(r"^([('\"\u2018\u201c]?)(\w)", lambda m: m.group(1) + m.group(2).upper(), w))
    return " ".join(out)

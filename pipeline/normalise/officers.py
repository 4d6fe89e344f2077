"""Lead-officer cells to a list of posts.

A cell often names several posts with no punctuation between them ("Chief Executive and DCCS
Head of Human Resources"). A new post starts where a post title starts; "and", ",", "/" and
"&" split only when both sides are posts themselves, so "Head of Communications, Engagement
and Cultural Services" stays whole. Abbreviations expand from a glossary and from definitions
in the same document ("Director of Customer and Community Services (DCCS)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..vocabulary import abbreviations, officer_words
from .text import cell_text, collapse_ws

_STOP = {"of", "and", "the", "for", "&", "to", "in", "on"}
_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_NAME_PAREN = re.compile(r"\(\s*((?:[A-Z]\.?\s*){1,3}[A-Z][a-z'\-]+|[A-Z][a-z]+\s+[A-Z][a-z'\-]+)\s*\)")
_NAME_DASH = re.compile(
    r"\s+[-\u2013\u2014:]\s*((?:[A-Z]\.?\s*){1,3}[A-Z][a-z'\-]+|(?:Cllr\.?|Councillor)\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?|[A-Z][a-z]+\s+[A-Z][a-z'\-]+)(?=\s*(?:$|[,;/|]))"
)
_SEPARATOR = re.compile(r"\s*(?:,|/|&|;|\band\b|\|)\s*")


@dataclass
class Officers:
    posts: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # personal names printed beside posts


_KEY_ENTRY = re.compile(
    r"(?<![\w-])([A-Z]{2,5})\s*(?:=|:|\u2013|\s-\s)\s*([A-Z][A-Za-z&',.\- ]{2,80}?)\s*(?=;|\n|$|,\s*[A-Z]{2,5}\s*(?:=|:|\u2013))"
)


def document_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a document defines: 'Director of Customer and Community Services (DCCS)' -> {'DCCS': ...},
    and keys of initials: 'Key: AP = Head of Finance; JS = Head of Housing'."""
    found: dict[str, str] = {}
    for m in _KEY_ENTRY.finditer(text or ""):
        expansion = m.group(2).strip(" ,.")
        if _starter_pattern(()).match(expansion) or _ends_with_suffix(expansion):  # only keys that name posts
            found.setdefault(m.group(1), expansion)
    for m in _DEFINITION.finditer(text or ""):
        abbr = m.group(1)
        letters = [c for c in abbr if c.isupper()]
        if len(letters) < 2:
            continue
        words = re.findall(r"[A-Za-z][\w'\-]*|&", text[max(0, m.start() - 200) : m.start()])
        i, need, start = len(words) - 1, len(letters) - 1, None
        while i >= 0 and need >= 0:
            w = words[i]
            if w.lower() in _STOP:
                i -= 1
                continue
            if w[0].upper() != letters[need]:
                break
            start, need, i = i, need - 1, i - 1
        if need < 0 and start is not None:
            found.setdefault(abbr, " ".join(words[start:]))
    return found


@cache
def _starter_pattern(extra: tuple[str, ...]) -> re.Pattern:
    words = officer_words()
    titles = list(words.get("starter", ()))
    abbrevs = [a.abbreviation for a in abbreviations().values() if a.kind in ("body", "post")] + list(extra)
    alternatives = sorted({re.escape(t) for t in titles}, key=len, reverse=True)
    abbr_alt = sorted({re.escape(a) for a in abbrevs}, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:(?P<title>"
        + "|".join(alternatives)
        + r")|(?P<abbr>(?-i:"
        + "|".join(abbr_alt or ["(?!)"])
        + r")))(?![\w-])",
        re.I,
    )


def _is_weak(title: str) -> bool:
    return " " not in title.strip()  # "Executive", "Cabinet": posts only where a post can start


def _ends_with_suffix(piece: str) -> bool:
    last = piece.split()[-1] if piece.split() else ""
    return last.lower() in {s.lower() for s in officer_words().get("suffix", ())}


def _is_post(piece: str, pattern: re.Pattern) -> bool:
    m = pattern.match(piece.strip())
    return bool(m) or _ends_with_suffix(piece)


def _strip_separators(piece: str) -> str:
    piece = re.sub(r"^(?:\s*(?:,|/|&|;|\band\b|\|)\s*)+", "", piece, flags=re.I)
    piece = re.sub(r"(?:\s*(?:,|/|&|;|\band\b|\|)\s*)+$", "", piece, flags=re.I)
    return collapse_ws(piece.strip(" .:-\u2013"))


def _split_on_separators(piece: str, pattern: re.Pattern) -> list[str]:
    """Split 'Planning Manager and Housing Manager' but not 'Head of Communications, Engagement and Culture'."""
    parts = _SEPARATOR.split(piece)
    seps = _SEPARATOR.findall(piece)
    if len(parts) < 2:
        return [piece]
    out: list[str] = []
    current = parts[0]
    for sep, right in zip(seps, parts[1:], strict=False):
        rest = right
        if (
            right
            and _is_post(current, pattern)
            and (pattern.match(right) or _ends_with_suffix(right))
            and _is_post(rest, pattern)
        ):
            out.append(current)
            current = right
        else:
            current = f"{current}{sep if sep.strip() in (',', ';') else ' ' + sep.strip() + ' '}{right}"
    out.append(current)
    return [collapse_ws(re.sub(r"\s+,", ",", p)) for p in out]


def split_officers(cell: str | None, doc_abbrevs: dict[str, str] | None = None) -> Officers:
    """Posts named in one lead-officer cell.

    >>> split_officers("Director of Neighbourhood Services and Monitoring Officer").posts
    ['Director of Neighbourhood Services', 'Monitoring Officer']
    """
    result = _split_cached(cell or "", tuple(sorted((doc_abbrevs or {}).items())))
    return Officers(list(result.posts), list(result.names))


@lru_cache(maxsize=16384)
def _split_cached(cell: str, abbrev_items: tuple[tuple[str, str], ...]) -> Officers:
    doc_abbrevs = dict(abbrev_items)
    text = cell_text(cell)
    if not text:
        return Officers()
    result = Officers()
    for rx in (_NAME_PAREN, _NAME_DASH):
        for m in rx.finditer(text):
            result.names.append(collapse_ws(m.group(1)))
        text = rx.sub(" | ", text)
    # a definition "(DCCS)" after its expansion is not a post of its own
    text = _DEFINITION.sub(lambda m: " " if m.group(1) in doc_abbrevs else m.group(0), text)
    words = officer_words()
    for filler in words.get("filler", ()):
        text = re.sub(r"(?<![\w-])" + re.escape(filler) + r"(?![\w-])", " | ", text, flags=re.I)
    for prefix in words.get("prefix", ()):
        text = re.sub(r"(?<![\w-])" + re.escape(prefix) + r"\s+(?=[A-Z])", "", text, flags=re.I)
    pattern = _starter_pattern(tuple(sorted(doc_abbrevs)))

    cuts = [0]
    for m in pattern.finditer(text):
        if m.start() == 0:
            continue
        left = text[: m.start()].rstrip()
        prev_word = left.split()[-1].lower() if left.split() else ""
        if prev_word in ("of", "the", "to", "for", "from", "by", "with", "deputy", "assistant"):
            continue
        segment = _strip_separators(text[cuts[-1] : m.start()])
        if m.group("title") and _is_weak(m.group("title")):
            after_separator = bool(re.search(r"(?:,|/|&|;|\band|\|)\s*$", left, re.I))
            if not (after_separator or not segment or _is_post(segment, pattern)):
                continue
        cuts.append(m.start())
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)], strict=False)]

    posts: list[str] = []
    for piece in pieces:
        for sub in re.split(r"\s*[|;]\s*", piece):
            sub = _strip_separators(sub)
            if not sub:
                continue
            for post in _split_on_separators(sub, pattern):
                post = _strip_separators(_expand(post, doc_abbrevs))
                if re.search(r"[A-Za-z]{2}", post) and post not in posts:
                    posts.append(post)
    result.posts = posts
    return result


def _expand(post: str, doc_abbrevs: dict[str, str]) -> str:
    glossary = abbreviations()

    def repl(m: re.Match) -> str:
        token = m.group(0)
        if token in doc_abbrevs:
            return doc_abbrevs[token]
        if token in glossary:
            return glossary[token].expansion
        return token

    return re.sub(r"(?<![\w-])[A-Z][A-Za-z]{1,7}(?![\w-])", repl, post)

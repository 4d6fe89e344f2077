"""Lead-officer cells to a list of posts, and the people printed beside them.

A cell often names several posts with no punctuation between them ("Chief Executive and DCCS
Head of Human Resources"). A new post starts where a post title starts; "and", ",", "/", "&"
and a line break split only when both sides are posts themselves, so "Head of Communications,
Engagement and Cultural Services" stays whole. A post is recognised by its title words and its
shape (capitalised words ending in a post noun: Manager, Officer, Board...), never from a list
of whole posts.

Councils print people beside posts in every order ("Head of Legal - R. Osei", "Tom Webb (Head
of Housing)", "Tom Webb, Head of Housing"): the person goes to `names`, the post to `posts`.
Initials and names expand from the document's own key (pipeline/glossary.py); a person the
document never ties to a post stays in `names` only. "Same as above" in all its spellings is
resolved against the row above by `expand_ditto`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..vocabulary import VOCAB_DIR, abbreviations, fold, officer_words
from .roles import role_family
from .text import collapse_ws, strip_markup

_STOP = {"of", "and", "the", "for", "&", "to", "in", "on"}
_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_SEPARATOR = re.compile(r"\s*(?:,|/|&|;|\band\b|\||\n)\s*")
_EDGE_SEPARATORS = r"(?:\s*(?:,|/|&|;|\band\b|\||\n)\s*)+"
# where a person can stand beside a post: a line, ";", "/", "&", ",", " and ", a dash, a colon, brackets
_PIECES = re.compile(
    r"(\s*(?:\n|;|\||/|&|,|\band\b|\s[-\u2013\u2014]\s|[\u2013\u2014]|:(?=\s|$)|\(|\))\s*)", re.I
)
_CONTACT = re.compile(
    r"\(?\s*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:tel\.?:?\s*|ext\.?\s*)?\+?\d[\d ]{5,}\d)\s*\)?", re.I
)
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z0-9]{1,2}\))\s+", re.M)
_INITIALS = re.compile(r"^(?:[A-Z]\.?){2,4}$|^[A-Z][a-z]?[A-Z]{1,3}$")
_NAME_WORD = re.compile(r"^[A-Z](?:[a-z]+|'[A-Z][a-z]+|[a-z]*[A-Z][a-z]+)(?:-[A-Z][a-z]+)?$")
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$")
_PARTICLES = {"van", "von", "de", "da", "del", "der", "le", "la", "du", "bin", "al", "ter"}


@dataclass
class Officers:
    posts: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # personal names printed beside posts or keyed


# --- vocabularies -----------------------------------------------------------------------------


def _column(name: str, column: str) -> tuple[str, ...]:
    with open(VOCAB_DIR / name, encoding="utf-8", newline="") as fh:
        return tuple(r[column].strip() for r in csv.DictReader(fh) if (r.get(column) or "").strip())


@cache
def _ditto_pattern() -> re.Pattern:
    phrases = sorted(_column("ditto_words.csv", "phrase"), key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?<![\w\"'\u201c\u201d])(?:" + alt + r")(?![\w\"'\u201c\u201d])", re.I)


@cache
def _given_names() -> frozenset[str]:
    return frozenset(n.casefold() for n in _column("given_names.csv", "name"))


@cache
def _not_name_words() -> frozenset[str]:
    """Words of posts and services: a phrase holding one is not a person's name."""
    words = {w.casefold() for w in _column("service_words.csv", "word")}
    for kind, phrases in officer_words().items():
        if kind in ("starter", "suffix", "filler", "prefix", "partner"):
            for p in phrases:
                words.update(fold(p).split())
    return frozenset(words)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(h.casefold().rstrip(".") for h in officer_words().get("honorific", ()))


@cache
def _partner_pattern() -> re.Pattern:
    phrases = sorted(officer_words().get("partner", ()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases or ["(?!)"])) + r")(?![\w-])")


# --- same as above ----------------------------------------------------------------------------


def is_ditto(text: str | None) -> bool:
    """'ditto', 'Do.', '"', '〃', 'as above', 'ditto ditto': the whole cell repeats the one above."""
    if not _ditto_pattern().search(text or ""):
        return False  # "-", "/", "and": separators or an empty mark, not a repeat of the cell above
    rest = _ditto_pattern().sub(" ", text or "")
    return not re.sub(r"[\s,;/&|\-\u2013]+|\band\b", "", rest, flags=re.I)


def expand_ditto(cell_text: str | None, above_text: str | None) -> str:
    """A lead cell with its 'same as above' words replaced by what the row above says.

    'ditto' or 'ditto ditto' is the whole cell above; 'Ditto / Head of Legal' keeps the post it
    adds. When the cell has as many posts as the cell above, each ditto takes the post in its
    place ('ditto / Head of Legal' under 'Head of Finance / Head of HR': Head of Finance).
    A ditto on a line of its own after another line repeats that line of the same cell
    ('John Smith\nditto\nditto', one lead per bullet of the action). With nothing above, the
    ditto words are dropped.

    >>> expand_ditto("Ditto / Head of Legal", "Head of Finance")
    'Head of Finance / Head of Legal'
    """
    text = cell_text or ""
    if not _ditto_pattern().search(text):
        return text
    above = (above_text or "").strip()
    if is_ditto(text):
        return above
    parts = _DITTO_SPLIT.split(text)
    pieces = parts[0::2]
    filled = [p for p in pieces if p.strip()]
    above_posts = split_officers(above).posts if above else []
    positional = len(filled) == len(above_posts) > 1
    out, k, before = [], 0, ""
    for i, part in enumerate(parts):
        if i % 2:  # a separator
            out.append(part)
            continue
        if part.strip():
            if is_ditto(part) and before and "\n" in parts[i - 1]:
                part = ""  # a line of the same cell repeating the line above it
            elif is_ditto(part):
                part = (above_posts[k] if positional else above) if above else ""
            else:
                before = part
            k += 1
        out.append(part)
    joined = "".join(out)
    return re.sub(r"^" + _EDGE_SEPARATORS + "|" + _EDGE_SEPARATORS + "$", "", joined, flags=re.I).strip()


_DITTO_SPLIT = re.compile(r"(\s*(?:/|;|&|,|\n|\||\band\b)\s*)", re.I)


# --- what a phrase is -------------------------------------------------------------------------


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


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.lower() for s in officer_words().get("suffix", ()))


def _ends_with_suffix(piece: str) -> bool:
    words = re.findall(r"[\w'\-]+", piece)
    return bool(words) and words[-1].lower() in _suffixes()


def _is_post(piece: str, pattern: re.Pattern) -> bool:
    piece = piece.strip()
    return bool(pattern.match(piece)) or _ends_with_suffix(piece) or bool(_partner_pattern().match(piece))


def is_post_title(piece: str, extra_abbreviations: tuple[str, ...] = ()) -> bool:
    """'Head of Legal', 'Planning Manager', 'Audit Committee', 'CMT', 'NHS Kent and Medway': a lead of its own."""
    return _is_post(piece, _starter_pattern(tuple(sorted(extra_abbreviations))))


def _name_tokens(piece: str) -> list[str] | None:
    """The words of a personal name ('Dr A. J. Smith', "Tom O'Neill"), or None when it has not that shape."""
    tokens = piece.replace(".", ". ").split()
    tokens = [t for t in tokens if t]
    if not 1 <= len(tokens) <= 6:
        return None
    body = tokens[1:] if tokens[0].casefold().rstrip(".") in _honorifics() else tokens
    if not body:
        return None
    last = body[-1]
    if not _NAME_WORD.match(last) or len(last) < 2:
        return None
    for t in body[:-1]:
        if not (_INITIAL.match(t) or _NAME_WORD.match(t) or t in _PARTICLES):
            return None
    return tokens


def looks_like_name(piece: str, strict: bool = True) -> bool:
    """A personal name. Strict: with an initial, a title (Cllr, Dr) or a known given name ('Tom Webb').
    Loose (beside a post, in brackets or after a dash): any capitalised words that are not post words."""
    piece = collapse_ws(piece)
    if piece.isupper() and len(piece) > 5:  # 'SEBASTIAN DUNCAN' in a cell of capitals
        piece = piece.title()
    tokens = _name_tokens(piece)
    if not tokens:
        return False
    words = [t.casefold().rstrip(".") for t in tokens]
    honorific = words[0] in _honorifics()
    body, body_words = (tokens[1:], words[1:]) if honorific else (tokens, words)
    not_names = _not_name_words()
    if any(w in not_names for w in body_words if len(w) > 1):
        return False
    if len(body) < 2 and not honorific:
        return False
    if honorific or any(_INITIAL.match(t) for t in body[:-1]):
        return True
    if body_words[0] in _given_names():
        return True
    return not strict


# --- the cell --------------------------------------------------------------------------------


def _lines(cell: str) -> str:
    """The cell's text with its line breaks kept (they may separate posts); bullets start lines."""
    text = strip_markup(cell).replace("\u00a0", " ")
    lines = []
    for line in text.split("\n"):
        line = re.sub(
            r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2043\u27a2\uf0b7\uf0a7\uf076\uf0d8]\s*", "", line
        )
        line = collapse_ws(line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def _join_soft_wraps(text: str, pattern: re.Pattern) -> str:
    """Lines a narrow cell wrapped mid-post joined again: the piece a line ends with (after its last
    separator) is no post of its own, and with the next line's first piece it makes a post or a
    name ('Head of Democratic Services / Scrutiny' + 'Lead Officer', 'Head of Repairs – Dev' +
    'Rahman'). A line break after a whole post still separates posts."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        tail = _PIECES.split(out[-1])[-1].strip()  # the piece after the line's last separator
        head = _PIECES.split(line)[0].strip()
        joined = f"{tail} {head}"
        after_dash = bool(re.search(r"\s[-\u2013\u2014]\s*" + re.escape(tail) + "$", out[-1]))  # "Post – Name"
        if tail and head and not _is_post(tail, pattern) and (
            _is_post(joined, pattern) or (looks_like_name(joined, strict=not after_dash) and not _is_post(head, pattern))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _strip_separators(piece: str, keep_lines: bool = False) -> str:
    piece = re.sub("^" + _EDGE_SEPARATORS, "", piece, flags=re.I)
    piece = re.sub(_EDGE_SEPARATORS + "$", "", piece, flags=re.I)
    if not keep_lines:
        piece = piece.replace("\n", " ")
    piece = re.sub(r"^[ \t.:\-\u2013]+|[ \t:\-\u2013]+$", "", piece)
    if piece.count("(") != piece.count(")"):
        piece = piece.replace("(", " ").replace(")", " ")
    if keep_lines:
        return "\n".join(collapse_ws(line) for line in piece.split("\n") if line.strip()).rstrip(".").strip()
    return collapse_ws(piece).rstrip(".").strip()


@cache
def _kind_words(kind: str) -> frozenset[str]:
    """The folded phrases of one kind in vocab/officer_titles.csv."""
    return frozenset(w.casefold() for w in officer_words().get(kind, ()))


def _split_on_separators(piece: str, pattern: re.Pattern) -> list[str]:
    """Split 'Planning Manager and Housing Manager' but not 'Head of Communications, Engagement and Culture'."""
    parts = _SEPARATOR.split(piece)
    seps = _SEPARATOR.findall(piece)
    if len(parts) < 2:
        return [piece]
    out: list[str] = []
    current = parts[0]
    for k, (sep, right) in enumerate(zip(seps, parts[1:], strict=False)):
        wrapped = not sep.strip()  # a line break: a long post wraps, so a post must end or start a line
        unit_then_title = (
            current.split() and current.split()[-1].casefold() in _kind_words("unit") and len(right.split()) == 1
        )  # "Housing Options Team" / "Leader": the title of the team's head, wrapped
        if wrapped and (unit_then_title or not (
            _ends_with_suffix(current) or pattern.match(right.strip()) or _own_line_post(right, pattern)
        )):
            current = f"{current} {right}"
        elif sep.strip() == "," and current.strip().casefold() in _kind_words("body_office"):
            current = f"{current}, {right}"  # "Chair, Parent Carer Forum": the office and its body
        elif right and _is_post(current, pattern) and (
            _is_post(right, pattern) or (wrapped and _own_line_post(right, pattern))
        ):
            out.append(current)
            current = right
        elif sep.strip() == "/" and sep != "/" and _slash_lists(current, _up_to_slash(parts[k + 1 :], seps[k + 1 :])):
            # a spaced slash lists leads ("Car Parks Team / Finance Community of Practice", "Finance /
            # Human Resources"), unless one word each side shares one title ("Revenues / Benefits
            # Manager", "Head of Revenues / Benefits")
            out.append(current)
            current = right
        else:
            kept = sep.strip() + " " if sep.strip() in (",", ";") else sep.replace("\n", " ") or " "
            current = f"{current}{kept}{right}"  # the separator as printed: "O&S", "Health & Safety"
    out.append(current)
    return [collapse_ws(re.sub(r"\s+([,;])", r"\1", p)) for p in out]


def _up_to_slash(parts: list[str], seps: list[str]) -> str:
    """The words after a slash up to the next one: the whole lead on its right."""
    out = parts[0] if parts else ""
    for sep, part in zip(seps, parts[1:], strict=False):
        if sep.strip() == "/":
            break
        out = f"{out}{sep}{part}"
    return collapse_ws(out)


def _slash_lists(left: str, right: str) -> bool:
    """Two leads either side of a spaced slash, not one title with two words in its place."""
    left_words, right_words = left.split(), right.split()
    if len(left_words) == 1 and _ends_with_suffix(right):
        return False  # "Revenues / Benefits Manager"
    if len(right_words) == 1:
        return False  # "Head of Revenues / Benefits"
    return True


def _own_line_post(line: str, pattern: re.Pattern) -> bool:
    """A line that is a post of its own, not the end of a post wrapped from the line above:
    'Planning Policy Manager' is, 'Services Manager' (of 'Head of Legal Services Manager') is not."""
    words = line.split()
    head = re.split(r"\s[-\u2013\u2014]\s", line)[0]  # "Detective Chief Inspector – Safeguarding Unit"
    return (
        len(words) >= 3
        and words[0].lower() not in ("services", "service")
        and (_is_post(line, pattern) or _is_post(head, pattern))
    )


@dataclass(frozen=True)
class _Key:
    terms: tuple[tuple[str, str], ...]  # abbreviation or initials -> meaning
    people: tuple[tuple[str, tuple[str | None, str | None]], ...]  # initials or folded name -> (name, post)


def _key_of(glossary: Mapping[str, str] | None) -> _Key:
    if not glossary and not getattr(glossary, "people", None):
        return _Key((), ())
    cached = getattr(glossary, "cache_key", None)
    if isinstance(cached, _Key):
        return cached
    people = getattr(glossary, "people", None) or {}
    return _Key(tuple(sorted(glossary.items())), tuple(sorted(people.items())))


def split_officers(cell: str | None, glossary: Mapping[str, str] | None = None) -> Officers:
    """Posts and people named in one lead-officer cell. `glossary` is what the document defines:
    abbreviation -> meaning, and (as `.people`) initials or names -> (name, post).

    >>> split_officers("Director of Neighbourhood Services and Monitoring Officer").posts
    ['Director of Neighbourhood Services', 'Monitoring Officer']
    >>> split_officers("Tom Webb (Head of Housing)").names
    ['Tom Webb']
    """
    try:
        result = _split_cached(cell or "", _key_of(glossary))
    except RecursionError:  # pathological input: keep the batch going with the cell as printed
        return Officers([collapse_ws(cell)] if collapse_ws(cell) else [], [])
    return Officers(list(result.posts), list(result.names))


def key_cache_key(terms: Mapping[str, str], people: Mapping[str, tuple[str | None, str | None]]) -> _Key:
    """The hashable form of a glossary (pipeline/glossary.py keeps one so splitting is cached per cell)."""
    return _Key(tuple(sorted(terms.items())), tuple(sorted(people.items())))


def name_keys(name: str) -> list[str]:
    """How a person's name is looked up: 'Dr Alice Patel' -> ['alice patel', 'a patel']."""
    words = fold(name.replace(".", " ")).split()
    while words and words[0] in _honorifics():
        words = words[1:]
    if not words:
        return []
    keys = [" ".join(words)]
    if len(words) >= 2:
        keys.append(f"{words[0][0]} {words[-1]}")
    return keys


def _person(piece: str, people: dict) -> tuple[str | None, str | None] | None:
    piece = collapse_ws(piece).strip(" .,")
    if not piece or not people:
        return None
    if piece in people:
        return people[piece]
    if _name_tokens(piece) is None:
        return None
    for k in name_keys(piece):
        if k in people and " " in k:
            return people[k]
    return None


def _people_and_names(text: str, terms: dict[str, str], people: dict, names: list[str]) -> str:
    """Take people out of the cell: into `names`, with their post (from the key) left in their place."""
    parts = _PIECES.split(text)
    pattern = _starter_pattern(tuple(sorted(terms)))
    segs = parts[0::2]
    seps = parts[1::2]

    def sep(i: int) -> str:
        return seps[i].strip().lower() if 0 <= i < len(seps) else ""

    def neighbour_post(i: int) -> bool:
        return any(
            0 <= j < len(segs) and segs[j].strip() and _is_post(segs[j], pattern) for j in (i - 1, i + 1)
        )

    replaced = list(segs)
    changed = [False] * len(segs)
    for i, seg in enumerate(segs):
        piece = seg.strip()
        if not piece:
            continue
        if is_ditto(piece):  # nothing above to repeat: never an officer
            replaced[i], changed[i] = "", True
            continue
        person = _person(piece, people)
        if person is not None:
            name, post = person
            if name and name not in names:
                names.append(name)
            replaced[i] = post if post else (terms.get(piece, "") if piece in terms else "")
            changed[i] = True
            continue
        if piece in terms or _is_post(piece, pattern):
            continue
        left, right = sep(i - 1), sep(i)
        bracketed = left == "(" and right == ")"
        if bracketed and _INITIALS.match(piece) and piece not in abbreviations() and neighbour_post(i):
            names.append(piece)  # "Head of Housing (JS)": the post holder's initials, with no key to them
            replaced[i], changed[i] = "", True
            continue
        dashed = left in _DASHES or right in _DASHES
        before_bracket = right == "(" and i + 1 < len(segs) and _is_post(segs[i + 1], pattern)
        alone = len([s for s in segs if s.strip()]) == 1
        loose = (bracketed or dashed or before_bracket) and (neighbour_post(i) or bracketed) or alone
        if looks_like_name(piece, strict=not loose):
            names.append(collapse_ws(piece))
            replaced[i], changed[i] = "", True
    out = []
    for i, seg in enumerate(replaced):
        out.append(seg)
        if i >= len(seps):
            continue
        s = sep(i)
        if s in ("(", ")") or s in _DASHES:
            inner = i + 1 if s == "(" else i  # the bracketed segment
            post_inside = s in ("(", ")") and 0 <= inner < len(segs) and _is_post(segs[inner], pattern)
            posts_both = (
                s in _DASHES
                and i + 1 < len(segs)
                and _is_post(segs[i], pattern)
                and _is_post(segs[i + 1], pattern)
            )
            if changed[i] or (i + 1 < len(changed) and changed[i + 1]) or post_inside or posts_both:
                out.append(" | ")
                continue
        out.append(seps[i])
    return "".join(out)


_DASHES = ("-", "\u2013", "\u2014", ":")


def _protect_compound_terms(text: str, terms: dict[str, str]) -> str:
    """A key's code with a space, '&' or brackets in it ('ECO R&F', 'DCE (ECOD)') stands whole
    before the cell is cut at its separators: each becomes a one-word stand-in that `terms` maps
    to the code's meaning (commas and all, 'Executive Chief Officer, Resources and Finance')."""
    compound = sorted((k for k in terms if re.search(r"[\s&()]", k)), key=len, reverse=True)
    for i, key in enumerate(compound):
        stand_in = f"Qk{i:02d}z"
        printed = r"\s+".join(re.escape(part) for part in key.split())  # a wrapped cell breaks it anywhere
        new = re.sub(r"(?<![\w&])" + printed + r"(?![\w&])", stand_in, text)
        if new != text:
            terms[stand_in] = terms[key]
            text = new
    return text


@lru_cache(maxsize=16384)
def _split_cached(cell: str, key: _Key) -> Officers:
    terms = dict(key.terms)
    people = dict(key.people)
    text = _lines(cell)
    if not text:
        return Officers()
    result = Officers()
    text = _protect_compound_terms(text, terms)
    text = _join_soft_wraps(text, _starter_pattern(tuple(sorted(terms))))
    text = _CONTACT.sub(" ", text)  # e-mail addresses and telephone numbers beside a name
    text = _NUMBERING.sub("", text)  # "1. Head of Finance" on a numbered line
    # a definition "(DCCS)" after its expansion is not a post of its own
    text = _DEFINITION.sub(lambda m: " " if m.group(1) in terms else m.group(0), text)
    words = officer_words()
    for filler in words.get("filler", ()):
        text = re.sub(r"(?<![\w-])" + re.escape(filler) + r"(?![\w-])", " | ", text, flags=re.I)
    for prefix in words.get("prefix", ()):
        if prefix.startswith("("):  # "(Interim)" wherever it stands
            text = re.sub(r"\s*" + re.escape(prefix), " ", text, flags=re.I)
        else:
            text = re.sub(r"(?<![\w-])" + re.escape(prefix) + r"\s+(?=[A-Z])", "", text, flags=re.I)
    qualifiers = "|".join(re.escape(q) for q in words.get("qualifier", ()))
    if qualifiers:  # "Head of Finance (lead)", "Chief Executive (Lead)": the role in the action, not a post
        text = re.sub(r"\s*\((?:" + qualifiers + r")\)", " ", text, flags=re.I)
    nothing = "|".join(re.escape(q) for q in words.get("none", ()))
    if nothing:  # "TBC", "N/A": no lead named
        text = re.sub(r"(?<![\w/])(?:" + nothing + r")(?![\w/])", " | ", text, flags=re.I)
    text = _people_and_names(text, terms, people, result.names)
    pattern = _starter_pattern(tuple(sorted(terms)))

    cuts = [0]
    for m in pattern.finditer(text):
        if m.start() == 0:
            continue
        left = text[: m.start()].rstrip()
        prev_word = left.split()[-1].lower() if left.split() else ""
        if prev_word in ("of", "the", "to", "for", "from", "by", "with", "deputy", "assistant", "all"):
            continue
        segment = _strip_separators(text[cuts[-1] : m.start()])
        if m.group("title") and segment.casefold() in _kind_words("modifier"):  # "Executive Chief Officer", "Senior Head of ..."
            continue
        if prev_word in _kind_words("unit") and _is_weak(m.group("title") or "x y"):  # "Team Leader": one title
            continue
        after_separator = bool(re.search(r"(?:,|/|&|;|\band|\||\n)\s*$", left, re.I))
        if m.group("title") and not (after_separator or not segment or _is_post(segment, pattern)):
            # a title word inside a longer name ("Senior Leadership Team", "Recovery Management
            # Team") starts no post; one after a whole post ("Chief Executive Head of HR") does
            if _is_weak(m.group("title")) or not looks_like_name(segment):
                continue
        cuts.append(m.start())
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)], strict=False)]

    posts: list[str] = []
    for piece in pieces:
        for sub in re.split(r"\s*[|;]\s*", piece):
            sub = _strip_separators(sub, keep_lines=True)
            if not sub:
                continue
            for post in _split_on_separators(sub, pattern):
                for one in _expand(post, terms):
                    one = _strip_separators(one)
                    if re.search(r"[A-Za-z]{2}", one) and one not in posts and not is_ditto(one):
                        posts.append(one)
    result.posts = posts
    return result


def _expand(post: str, terms: dict[str, str]) -> list[str]:
    """Abbreviations spelt out: the document's own first, then the built-in glossary. A post that is
    only an abbreviation standing for several posts ('AP' = 'Head of Finance / S151 Officer') splits."""
    glossary = abbreviations()
    if post in terms and re.search(r"\s(?:/|&|;)\s", terms[post]):
        return [p for p in re.split(r"\s*(?:/|&|;)\s*", terms[post]) if p.strip()]
    if post.strip() in terms:  # the whole entry is a key's term, hyphens and all ("CO-PCC")
        return [terms[post.strip()]]

    def repl(m: re.Match) -> str:
        token, following = m.group(1), m.group(2) or ""
        if token in terms:
            expansion = terms[token]
        elif token in glossary:
            expansion = glossary[token].expansion
        else:
            return m.group(0)
        last = expansion.split()[-1] if expansion.split() else ""
        if following.strip().lower() == last.lower():  # 'S151 Officer': the expansion already ends so
            return expansion
        return expansion + following

    return [re.sub(r"(?<![\w-])([A-Z][A-Za-z0-9]{1,7})(?![\w-])(\s+[A-Za-z]+(?![\w-]))?", repl, post)]


# --- families ---------------------------------------------------------------------------------


def lead_family(post: str) -> str | None:
    """A lead's role family: the officer families of roles.py, else 'partner' for bodies outside the council."""
    family = role_family(post)
    if family:
        return family
    return "partner" if _partner_pattern().search(post) else None


def lead_families(posts: list[str], allowed: tuple[str, ...]) -> list[str]:
    """The families of an action's leads, once each, in the order of `allowed` (the schema's enum)."""
    found = {f for p in posts if (f := lead_family(p))}
    return [f for f in allowed if f in found]


# --- keys a document defines in its text -------------------------------------------------------

_KEY_ENTRY = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]?[A-Z]{1,4}\d?)\s*(?:=|:|\u2013|\u2014|\s-\s)\s*"
    r"([A-Z][A-Za-z&',.()\- ]{2,100}?)\s*(?=;|\n|\t|$|,\s*[A-Z][A-Za-z]?[A-Z]{1,4}\s*(?:=|:|\u2013|\s-\s))"
)


def _initials_of(name: str) -> str:
    words = [
        w for w in re.findall(r"[A-Za-z][\w'\-]*", name) if w.casefold().rstrip(".") not in _honorifics()
    ]
    return "".join(w[0].upper() for w in words if w.lower() not in _PARTICLES)


def key_entries(text: str) -> list[tuple[str, str | None, str | None]]:
    """Entries of a key written as text: 'AP = Head of Finance; JS = Jo Smith, Head of Housing' ->
    [('AP', None, 'Head of Finance'), ('JS', 'Jo Smith', 'Head of Housing')]. An entry must name a post,
    or a person whose initials are the key ('RAG = Red, Amber, Green' is no key of officers)."""
    out: list[tuple[str, str | None, str | None]] = []
    for m in _KEY_ENTRY.finditer(text or ""):
        abbr, meaning = m.group(1), m.group(2).strip(" ,.")
        parsed = split_officers(meaning)
        real_posts = [p for p in parsed.posts if is_post_title(p)]
        name = parsed.names[0] if len(parsed.names) == 1 else None
        if real_posts and len(real_posts) == len(parsed.posts):
            out.append((abbr, name, " / ".join(real_posts)))
        elif name and not parsed.posts and _initials_of(name) == abbr.replace(".", "").upper():
            out.append((abbr, name, None))
    return out


def document_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a document defines: 'Director of Customer and Community Services (DCCS)' -> {'DCCS': ...},
    and keys of initials: 'Key: AP = Head of Finance; JS = Head of Housing'."""
    found: dict[str, str] = {}
    for abbr, _name, post in key_entries(text):
        if post:
            found.setdefault(abbr, post)
    for abbr, expansion in definitions(text).items():
        found.setdefault(abbr, expansion)
    return found


def definitions(text: str) -> dict[str, str]:
    """'Director of Customer and Community Services (DCCS)' -> {'DCCS': 'Director of Customer and ...'}:
    the words before the brackets whose initials spell the abbreviation."""
    found: dict[str, str] = {}
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

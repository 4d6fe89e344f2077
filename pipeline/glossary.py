"""What one document defines for its lead-officer cells: abbreviations, initials and people.

Papers explain their shorthand in many places: a key table (Initials | Name | Post, Abbreviation
| Meaning, in any column order, with or without headings), lines such as "AP = Head of Finance",
a definition in brackets ("Director of Customer and Community Services (DCCS)"), a list or a
footnote. Everything found is used only within that document, so one council's "AP" never
expands another's. Lead cells are then read by pipeline/normalise/officers.py.
"""

from __future__ import annotations

import csv
import re
import zipfile
from functools import cache

from extractors.model import Document, Table

from .normalise.officers import (
    definitions,
    is_post_title,
    key_cache_key,
    key_entries,
    looks_like_name,
    name_keys,
    split_officers,
)
from .normalise.text import cell_text, collapse_ws
from .vocabulary import VOCAB_DIR, fold

_KEY_TOKEN = r"[A-Z][A-Za-z&]{0,5}(?:-[A-Z]{1,5})?\d{0,3}"
# "CO-PCC", "ECO P&G" (a code in two parts), "DCE (ECOD)" (a code qualified in brackets), "J.S."
_KEY_CELL = re.compile(
    rf"^(?=(?:.*[A-Z]){{2}})(?:{_KEY_TOKEN}|[A-Z][A-Z&]{{1,5}}\s[A-Z][A-Z&]{{0,5}}|{_KEY_TOKEN}\s?\([A-Z][A-Z&]{{1,7}}\)"
    r"|(?:[A-Z]\.){2,4})$"
)  # capitals only in a code of two parts: "Alice Patel" is a name


class Glossary(dict):
    """abbreviation or initials -> meaning (a post, or words a post may contain), as a dict;
    `people`: initials or a folded name -> (personal name, post or None)."""

    def __init__(self) -> None:
        super().__init__()
        self.people: dict[str, tuple[str | None, str | None]] = {}
        self.statuses: dict[str, tuple[str, str | None]] = {}  # a status key's code ('2', '✓') -> (status, rag)
        self.timescales: dict[str, str] = {}  # a timescale key's folded term ('short term') -> its deadline text
        self._key = None

    def add(self, key: str, name: str | None = None, meaning: str | None = None) -> None:
        key = key.strip()
        if not key:
            return
        self._key = None
        if meaning:
            self.setdefault(key, meaning)
            if "." in key:
                self.setdefault(key.replace(".", ""), meaning)
        if name:
            post = meaning if meaning and is_post_title(meaning.split(" / ")[0]) else None
            self.people.setdefault(key, (name, post))
            if "." in key:
                self.people.setdefault(key.replace(".", ""), (name, post))
            self.add_person(name, post)

    def add_person(self, name: str, post: str | None) -> None:
        self._key = None
        for k in name_keys(name):
            self.people.setdefault(k, (name, post))

    @property
    def cache_key(self):
        if self._key is None:
            self._key = key_cache_key(self, self.people)
        return self._key


TEXT_CHARS = 20_000
FULL_TEXT_CHARS = 2_000_000


@cache
def _heading_roles() -> dict[str, str]:
    with open(VOCAB_DIR / "glossary_headings.csv", encoding="utf-8", newline="") as fh:
        return {fold(r["heading"]): r["role"] for r in csv.DictReader(fh)}


def document_glossary(doc: Document) -> Glossary:
    """Every key, definition and list of people the document gives, tables first."""
    glossary = Glossary()
    for table in doc.tables:
        _table_key(table, glossary)
        _status_key(table, glossary)
    # a key line or a definition is short: a run-on block (a text export with no line breaks) is read
    # only as far as TEXT_CHARS, so a 50 MB single line costs no more than a long report
    texts = [b.text[:TEXT_CHARS] for b in doc.blocks]
    texts += [c.text for t in doc.tables for r in t.rows for c in r.cells if "=" in c.text or ":" in c.text]
    if doc.file_format == "docx":
        texts += _docx_notes(doc)
    for text in texts:
        for abbr, name, post in key_entries(text):
            glossary.add(abbr, name, post)
    for text in texts:
        _person_line(text, glossary)
        _timescale_line(text, glossary)
    for table in doc.tables:
        for row in table.rows:
            cells = [cell_text(c.text).strip() for c in row.cells if not c.merged and c.text.strip()]
            if len(cells) == 2:
                _timescale_entry(cells[0], cells[1], glossary)
    for abbr, expansion in definitions(doc.full_text()[:FULL_TEXT_CHARS]).items():
        glossary.add(abbr, None, expansion)
    return glossary


def text_glossary(text: str) -> Glossary:
    """The glossary of running text alone (key lines and bracketed definitions)."""
    glossary = Glossary()
    for abbr, name, post in key_entries(text):
        glossary.add(abbr, name, post)
    for abbr, expansion in definitions(text).items():
        glossary.add(abbr, None, expansion)
    return glossary


def _person_line(text: str, glossary: Glossary) -> None:
    """A line of a list or footnote naming one person and one post: 'Tom Webb - Head of Housing'."""
    for line in text.split("\n"):
        line = collapse_ws(line.lstrip("\u2022*-\u2013 0123456789.)"))
        if not line or len(line) > 120 or not re.search(r"\s[-\u2013\u2014]\s|[,(:]", line):
            continue
        parsed = split_officers(line)
        if len(parsed.names) == 1 and len(parsed.posts) == 1 and is_post_title(parsed.posts[0]):
            glossary.add_person(parsed.names[0], parsed.posts[0])


def _table_key(table: Table, glossary: Glossary) -> None:
    """A key table, told by its headings or by its cells: one column of initials or abbreviations
    beside a column of posts, meanings or names; or a column of names beside a column of posts."""
    rows = [[cell_text(c.text) for c in r.cells] for r in table.rows if any(c.text.strip() for c in r.cells)]
    # a key printed inside a wider grid (a PDF's plan and key in one table): its empty columns and the
    # caption rows above its heading ("Key to officers") are not part of it
    used = sorted({i for r in rows for i, t in enumerate(r) if t.strip()})
    rows = [[r[i] if i < len(r) else "" for i in used] for r in rows]
    while len(rows) > 2 and sum(1 for t in rows[0] if t.strip()) == 1:
        rows = rows[1:]
    if not rows or not 2 <= max(len(r) for r in rows) <= 5:
        return
    if any(len(t) > 160 for r in rows for t in r):
        return  # prose: an action plan or a report table, not a key
    n_cols = max(len(r) for r in rows)
    roles = {i: _heading_roles().get(fold(t)) for i, t in enumerate(rows[0])}
    headed = sum(1 for r in roles.values() if r) >= 2
    body = rows[1:] if headed or any(roles.values()) else rows
    if not body:
        return

    def column(i: int) -> list[str]:
        return [r[i] for r in body if i < len(r) and r[i].strip()]

    def share(i: int, test) -> float:
        cells = column(i)
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    key_col = next(
        (i for i in range(n_cols) if share(i, lambda c: bool(_KEY_CELL.match(c.strip()))) >= 0.6), None
    )
    # a heading such as "Owner" may head the initials or the posts: the cells decide
    if key_col is not None and roles.get(key_col) not in (None, "key", "post"):
        key_col = None
    others = [i for i in range(n_cols) if i != key_col]
    name_col = next(
        (i for i in others if roles.get(i) == "name" or (not roles.get(i) and share(i, _is_name) >= 0.6)),
        None,
    )
    post_col = next(
        (
            i
            for i in others
            if i != name_col
            and (roles.get(i) in ("post", "meaning") or (not roles.get(i) and share(i, _has_post) >= 0.6))
        ),
        None,
    )
    if key_col is None and not (name_col is not None and post_col is not None):
        return
    if key_col is not None and name_col is None and post_col is None:
        return
    if not headed and len(body) < 2:
        return
    for r in body:
        key, name_text, meaning = (
            r[i].strip() if i is not None and i < len(r) else "" for i in (key_col, name_col, post_col)
        )
        # a column headed "Name" holds names, even one that is also a word ("Ruth Green")
        headed_name = roles.get(name_col) == "name" and len(name_text.split()) <= 5
        name = collapse_ws(name_text) if name_text and (_is_name(name_text) or headed_name) else None
        post = None
        if meaning:
            parsed = split_officers(meaning)
            posts = [p for p in parsed.posts if is_post_title(p)]
            if roles.get(post_col) == "meaning" and _title_words(meaning) and not parsed.names:
                # under "Meaning" / "Organisation" a name is printed whole: "Office of the Police and
                # Crime Commissioner" is one body, whatever posts its words could make
                post = collapse_ws(meaning)
            elif posts and len(posts) == len(parsed.posts):
                post = " / ".join(posts)
            elif not parsed.posts and len(parsed.names) == 1 and name is None:
                name = parsed.names[0]
            elif roles.get(post_col) in ("meaning", "post") and _title_words(meaning):
                # words a post may hold: 'CCS' = 'Customer and Community Services'
                post = collapse_ws(meaning)
            if parsed.names and name is None and len(parsed.names) == 1:
                name = parsed.names[0]
        if key and _KEY_CELL.match(key):
            glossary.add(key, name, post)
        elif name and post:
            glossary.add_person(name, post)


_TERM_LINE = re.compile(r"^\s*([A-Za-z][\w'/ -]{1,40}?)\s*(?:[-\u2013\u2014:=]|\s\()\s*(.+?)\)?\s*$")


def _timescale_line(text: str, glossary: Glossary) -> None:
    """Lines of a timescale key ('Short Term – By 31 March 2021', 'Medium term: by May 2023')."""
    for line in text.split("\n"):
        line = collapse_ws(line.lstrip("\u2022*- "))
        if len(line) <= 100 and (m := _TERM_LINE.match(line)):
            _timescale_entry(m.group(1), m.group(2), glossary)


def _timescale_entry(term: str, meaning: str, glossary: Glossary) -> None:
    """A term of a few words defined by a deadline: the plan's due cells that print only the term
    ("Short term") are read through it (records.normalise_action). A definition without a date
    ("within six months") or open-ended ("beyond May 2023") sets no deadline and is not kept."""
    from .normalise.dates import find_dates
    from .vocabulary import table_kind_pattern

    term, meaning = collapse_ws(term), collapse_ws(meaning)
    if not (1 <= len(term.split()) <= 4) or find_dates(term) or len(meaning) > 80 or not find_dates(meaning):
        return
    if table_kind_pattern("open_ended").match(meaning) or not term[:1].isalpha():
        return
    glossary.timescales.setdefault(fold(term), meaning)


_STATUS_CODE = re.compile(r"^\s*(\d{1,2}|[A-Z]|[^\w\s])[.):]?(?:\s+(.+))?$", re.S)


def _status_key(table: Table, glossary: Glossary) -> None:
    """A key of status codes ('1 Achieved (Fully)', '✓ | Action complete', '3 | Slipped'): each code
    with the meaning printed beside it, when two codes or more read as different statuses. A plan
    that marks its rows with the codes is read through it (records.normalise_action)."""
    from .normalise.status import gravest_phrase

    found: dict[str, str] = {}
    for row in table.rows:
        cells = [cell_text(c.text).strip() for c in row.cells if not c.merged and c.text.strip()]
        if not cells or len(cells) > 3:
            continue
        m = _STATUS_CODE.match(cells[0])
        if not m:
            continue
        code = m.group(1)
        # the name printed with the code says it ("2 On Track"); else the description beside it does
        for meaning in (m.group(2) or "", cells[1] if len(cells) > 1 else ""):
            meaning = collapse_ws(meaning)
            if meaning and len(meaning) <= 200 and (hit := gravest_phrase(meaning)) and code not in found:
                found[code] = hit
    if len(found) >= 2 and len({status for status, _ in found.values()}) >= 2:
        for code, hit in found.items():
            glossary.statuses.setdefault(code, hit)


def _is_name(text: str) -> bool:
    return looks_like_name(text, strict=False)


def _has_post(text: str) -> bool:
    parsed = split_officers(text)
    return bool(parsed.posts) and all(is_post_title(p) for p in parsed.posts)


def _title_words(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\-]*", text)
    small = {"and", "of", "the", "for", "to", "in", "on", "&"}
    return bool(words) and len(words) <= 10 and all(w[0].isupper() or w.lower() in small for w in words)


def _docx_notes(doc: Document) -> list[str]:
    """Footnotes and endnotes of a Word file, which the document model does not carry."""
    out: list[str] = []
    try:
        with zipfile.ZipFile(doc.source) as zf:
            for part in ("word/footnotes.xml", "word/endnotes.xml"):
                if part not in zf.namelist():
                    continue
                xml = zf.read(part).decode("utf-8", "replace")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
                    if text.strip():
                        out.append(_unescape(text))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return out
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)

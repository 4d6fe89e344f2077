"""Loads the vocabularies in pipeline/vocab once per process.

Every wording-dependent rule reads its words from here, so extending the pipeline to a new
council's phrasing means adding a CSV row, not a branch.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent / "vocab"
LA_DIR = VOCAB_DIR / "uk-local-authorities"


def _rows(name: str) -> list[dict[str, str]]:
    with open(VOCAB_DIR / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def fold(text: str) -> str:
    """Lower-case, fold punctuation to spaces and collapse whitespace: the key vocabularies match on."""
    text = text.casefold().replace("\u2019", "'").replace("&", " and ")
    text = re.sub(r"[^\w%#'/?]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def header_roles() -> dict[str, str]:
    """Folded heading phrase -> role."""
    return {fold(r["phrase"]): r["role"] for r in _rows("header_roles.csv")}


@dataclass(frozen=True)
class StatusPhrase:
    phrase: str
    status: str
    rag: str | None


@cache
def status_phrases() -> tuple[StatusPhrase, ...]:
    out = [
        StatusPhrase(fold(r["phrase"]), r["status"], r["rag"] or None) for r in _rows("status_phrases.csv")
    ]
    return tuple(sorted(out, key=lambda p: -len(p.phrase)))


@cache
def recurrence_phrases() -> tuple[tuple[str, str], ...]:
    out = [(r["phrase"].lower(), r["recurrence"]) for r in _rows("recurrence.csv")]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@cache
def officer_words() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for r in _rows("officer_titles.csv"):
        kinds.setdefault(r["kind"], []).append(r["phrase"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    expansion: str
    kind: str  # body, post (a post on its own) or word (expands inside a post)


@cache
def abbreviations() -> dict[str, Abbreviation]:
    return {
        r["abbreviation"]: Abbreviation(r["abbreviation"], r["expansion"], r["kind"])
        for r in _rows("abbreviations.csv")
    }


@cache
def theme_placeholder_words() -> frozenset[str]:
    """Words a theme heading may hold without naming a subject: labels and placeholders."""
    return frozenset(fold(r["word"]) for r in _rows("theme_placeholder_words.csv"))


@cache
def theme_keywords() -> tuple[tuple[str, str, bool], ...]:
    """(keyword, category, case_sensitive), longest first. Keywords written in capitals in the
    file ("IT", "HR") match only in capitals, so the pronoun "it" is not Information Technology."""
    out = []
    for r in _rows("theme_categories.csv"):
        kw = r["keyword"]
        sensitive = kw.isupper()
        out.append((kw if sensitive else fold(kw), r["category"], sensitive))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@dataclass(frozen=True)
class Authority:
    code: str  # mySociety's three-letter code
    name: str  # official name, e.g. "East Hertfordshire District Council"
    nice_name: str
    gss: str | None
    current: bool
    county: str | None  # the county's three-letter code, for districts in two-tier areas


@cache
def authorities() -> dict[str, Authority]:
    out: dict[str, Authority] = {}
    with open(LA_DIR / "uk_local_authorities.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[r["local-authority-code"]] = Authority(
                code=r["local-authority-code"],
                name=r["official-name"],
                nice_name=r["nice-name"],
                gss=r["gss-code"] or None,
                current=not r["end-date"],
                county=r["county-la"] or None,
            )
    return out


@cache
def council_names() -> tuple[tuple[str, str], ...]:
    """Every name variant we recognise -> three-letter code: mySociety's lookup plus our short forms."""
    pairs: dict[str, str] = {}
    las = authorities()
    with open(LA_DIR / "lookup_name_to_registry.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            name, code = r["la-name"].strip(), r["local-authority-code"].strip()
            if not name or code not in las:
                continue
            prior = pairs.get(name.lower())
            # a name shared by a former and a current authority means the current one
            if prior is None or (not las[prior].current and las[code].current):
                pairs[name.lower()] = code
    for a in las.values():
        for name in (a.name, a.nice_name):
            key = name.lower()
            if key not in pairs or (not las[pairs[key]].current and a.current):
                pairs[key] = a.code
    for r in _rows("council_short_forms.csv"):
        pairs[r["short_form"].lower()] = r["local-authority-code"]
    return tuple(sorted(pairs.items()))


@cache
def label_alternation(kind: str) -> str:
    """A regex alternation of the report_labels.csv phrases of one kind, longest first
    (spaces match any whitespace): the words metadata reading recognises lines by."""
    phrases = sorted(
        {r["phrase"] for r in _rows("report_labels.csv") if r["kind"] == kind}, key=len, reverse=True
    )
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@cache
def table_kind_pattern(kind: str) -> re.Pattern:
    """Whole-word phrases of vocab/table_kinds.csv of one kind (key, contents, risk): headings that
    say a table is a key, a contents list or a risk register rather than a plan."""
    phrases = sorted({r["phrase"] for r in _rows("table_kinds.csv") if r["kind"] == kind}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.I)

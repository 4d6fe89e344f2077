"""Which council a paper belongs to, from its text, with mySociety's names and ONS GSS codes.

Names are found with a spaCy PhraseMatcher over a blank English pipeline (no model needed).
Multi-word names match in any case ("EAST HERTS COUNCIL"); one-word names ("Melton",
"Reading") only capitalised, so ordinary words are not councils.

The council of a paper is its publisher, not the council it mentions most: `rank_publishers`
weighs each mention by where it stands. The letterhead (a council's name opening one of the
first lines, or repeated as a footer on most pages) and the committee ("Report to Kent County
Council's Cabinet", "Meeting of the X Council", "X Council – Cabinet") count a hundred times a
mention in the body (a partner, a neighbour, the county a district sits in, a visiting peer's
council). A bare place name in an address ("County Hall, Maidstone, ME14 1XQ") counts nothing.
`detect_council` keeps the older plain-text ranking for a text without layout: a tie is broken
towards a district over its county, and an unbroken tie gives no council at all.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..vocabulary import VOCAB_DIR, Authority, authorities, council_names, label_alternation

HEAD_CHARS = 2500
MAX_CHARS = 300_000
_EXPLICIT_AFTER = re.compile(
    r"^\s*(?:(?:district|borough|county|city|metropolitan borough|metropolitan district)\s+)?council\b", re.I
)


@dataclass(frozen=True)
class Council:
    name: str
    gss: str | None
    code: str


@cache
def _matchers():
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    multi: dict[str, list] = {}
    single: dict[str, list] = {}
    for name, code in council_names():
        doc = nlp.make_doc(name)
        if len(doc) > 1:
            multi.setdefault(code, []).append(doc)
        elif name[:1].isalpha():
            for form in {name.title(), name.upper(), name[:1].upper() + name[1:]}:
                single.setdefault(code, []).append(nlp.make_doc(form))
    for code, docs in multi.items():
        lower.add(code, docs)
    for code, docs in single.items():
        exact.add(code, docs)
    return nlp, lower, exact


def _authority(code: str) -> Authority | None:
    return authorities().get(code)


def _mentions(text: str) -> list[tuple[str, int, int, bool]]:
    """(code, start, end, explicit) of every council name in the text, in order. Explicit: named
    as a council ("Kent County Council", "EAST HERTS COUNCIL", an acronym such as "KCC")."""
    if not text or not text.strip():
        return []
    from spacy.util import filter_spans

    nlp, lower, exact = _matchers()
    doc = nlp.make_doc(text[:MAX_CHARS])
    spans = []
    for matcher in (lower, exact):
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            span.label_ = nlp.vocab.strings[match_id]
            spans.append(span)
    out = []
    for span in sorted(filter_spans(spans), key=lambda sp: sp.start_char):
        end = span.end_char
        suffix = _EXPLICIT_AFTER.match(text[end : end + 40])
        if suffix:
            end += suffix.end()  # "Kent" + " Council": the mention is the whole name
        explicit = "council" in span.text.lower() or bool(suffix) or _is_acronym(span.text)
        out.append((span.label_, span.start_char, end, explicit))
    return out


def _is_acronym(name: str) -> bool:
    """'KCC', 'RBWM': one of our short forms written as capitals, which names the council, not a place."""
    return name.isupper() and " " not in name and 2 <= len(name) <= 6 and name.lower() in _short_forms()


@cache
def _short_forms() -> frozenset[str]:
    with open(VOCAB_DIR / "council_short_forms.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["short_form"].strip().lower() for r in csv.DictReader(fh))


def rank_councils(text: str | None) -> list[tuple[str, float]]:
    """(three-letter code, score) of every council the text names, best first (plain text, no layout)."""
    scores: dict[str, float] = {}
    for code, start, _end, explicit in _mentions(text or ""):
        weight = 3.0 if explicit else 1.0
        if start < HEAD_CHARS:
            weight *= 2
        scores[code] = scores.get(code, 0) + weight
    return sorted(scores.items(), key=lambda kv: -kv[1])


# --- the publisher: mentions weighed by where they stand --------------------------------------

EVIDENCE_WEIGHT = {"letterhead": 100.0, "committee": 100.0, "title": 10.0, "web_domain": 3.0, "body_text": 1.0}
STRONG_EVIDENCE = ("letterhead", "committee")  # the paper says whose it is
PARTNER_WEIGHT = 0.3  # a council named as a partner ("with", "alongside", "shared with") in the body
BARE_WEIGHT = 0.1  # a place name without "Council": the county a district sits in, a town
LETTERHEAD_LINES = 8  # the first lines of a paper, where its council's name stands
COMMITTEE_LINES = 40


@cache
def _evidence_words() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    with open(VOCAB_DIR / "council_evidence.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            kinds.setdefault(r["kind"].strip(), []).append(r["phrase"].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def _alternation(kind: str) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _evidence_words().get(kind, ()))


@cache
def _patterns() -> dict[str, re.Pattern]:
    return {
        # "Marsham Street", "County Hall", "SESSIONS HOUSE": a building or street, so the line is an address
        "address": re.compile(
            r"(?i)\b[A-Z][\w'\-]*\s+(?:" + _alternation("address_word") + r")\b|\b(?:po\s+box)\b"
        ),
        "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
        "before": re.compile(r"(?i)\b(?:" + _alternation("committee_before") + r")\s+(?:the\s+)?$"),
        "after": re.compile(
            r"(?i)^(?:'s)?\s*(?:[-\u2013\u2014:,]\s*)?(?:the\s+)?(?:"
            + label_alternation("body_word")
            + r")\b"
        ),
        "partner": re.compile(r"(?i)\b(?:" + _alternation("partner_before") + r")\b[^.;\n]{0,25}$"),
        "own_label": re.compile(r"(?i)^\W*(?:" + _alternation("own_label") + r")\s*[:\-\u2013]"),
        "skip": re.compile(r"(?i)^\W*(?:" + _alternation("head_skip_label") + r")\s*[:\-\u2013]"),
    }


def is_address_line(line: str) -> bool:
    """'County Hall, Maidstone, Kent ME14 1XQ', '2 Marsham Street': a line that gives an address."""
    pats = _patterns()
    return bool(pats["postcode"].search(line)) or (
        len(line.split()) <= 12 and bool(pats["address"].search(line))
    )


def _address_lines(lines: list[str]) -> set[int]:
    """Address lines, and the short lines of the same address block ('SESSIONS HOUSE' / 'MAIDSTONE')."""
    found = {i for i, ln in enumerate(lines) if is_address_line(ln)}
    for i in sorted(found):
        for j in (i - 1, i + 1, i + 2):
            if (
                0 <= j < len(lines)
                and j not in found
                and len(lines[j].split()) <= 3
                and not lines[j].endswith(".")
                and not any(explicit for *_, explicit in _mentions(lines[j]))  # the letterhead over it
            ):
                found.add(j)
    return found


def _in_address(line: str, start: int, end: int) -> bool:
    """A mention inside the address part of a longer line ('... held at County Hall, Maidstone, ME14 1XQ')."""
    pats = _patterns()
    window = line[max(0, start - 60) : end + 60]
    lo = max(0, start - 60)
    for m in (*pats["postcode"].finditer(window), *pats["address"].finditer(window)):
        a, b = lo + m.start(), lo + m.end()
        between = line[min(b, start) : max(a, end)]
        if ". " not in between and len(between) < 45:
            return True
    return False


_DOMAIN = re.compile(r"(?i)(?:@|\bwww\.|https?://)([a-z0-9\-]+)\.gov\.uk\b")
_DOMAIN_SUFFIX = re.compile(r"(?:bc|dc|cc|mbc|bcouncil|council|gov|city|-dc|-bc|-cc)$")


@cache
def _domain_index() -> dict[str, str]:
    """Folded name -> code of current authorities, the keys an address such as
    'rossendalebc.gov.uk' or 'www.southhams.gov.uk' is matched on."""
    from ..vocabulary import authorities

    out: dict[str, str] = {}
    for a in authorities().values():
        if a.current:
            out.setdefault(re.sub(r"[^a-z]", "", a.nice_name.lower()), a.code)
    return out


def domain_councils(text: str) -> list[str]:
    """Councils whose own web or email address the text gives ('sarah.pickup@rossendalebc.gov.uk')."""
    index, out = _domain_index(), []
    for m in _DOMAIN.finditer(text):
        stem = m.group(1).lower()
        for key in (stem, _DOMAIN_SUFFIX.sub("", stem), stem.replace("-", "")):
            code = index.get(key.replace("-", ""))
            if code:
                out.append(code)
                break
    return out


def rank_publishers(
    head: list[str], body_lines: list[str], footers: list[str] = (), page_tops: list[str] = ()
) -> list[tuple[str, float, str]]:
    """(code, score, strongest kind of evidence) of every council a paper names, best first.

    `head` is the paper's opening lines in order, `body_lines` all of its lines (the head
    included), `footers` lines repeated on most pages (logo text, footers), `page_tops` the
    first lines of later pages (the letterhead of a report bound into a supplementary pack).
    """
    scores: dict[str, float] = {}
    kinds: dict[str, str] = {}
    order = {k: i for i, k in enumerate(("letterhead", "committee", "title", "web_domain", "body_text"))}
    as_partner: set[str] = set()  # councils named as partners: evidence against being the author

    def add(code: str, weight: float, kind: str, partner: bool = False) -> None:
        scores[code] = scores.get(code, 0.0) + weight
        if partner:
            as_partner.add(code)
            return
        if code not in kinds or order[kind] < order[kinds[code]]:
            kinds[code] = kind

    pats = _patterns()
    head_text = [ln for ln in head if ln.strip()][:COMMITTEE_LINES]
    head_addr = _address_lines(head_text)
    for i, line in enumerate(head_text):
        if i in head_addr:
            continue
        for code, start, end, explicit in _mentions(line):
            if not explicit:
                # the bare name opening the paper's title: "Kirklees Children's Improvement Plan"
                if i < LETTERHEAD_LINES and not line[:start].strip(_DECORATION) and _title_after(line[end:]):
                    add(code, EVIDENCE_WEIGHT["title"], "title")
                continue
            before, after = line[:start], line[end:]
            words = len(line.split())  # a heading or a label, not a sentence about some meeting
            if (pats["before"].search(before) and words <= 12) or (
                pats["after"].match(after) and words <= 15
            ):
                add(code, EVIDENCE_WEIGHT["committee"], "committee")
            elif i < LETTERHEAD_LINES and not pats["skip"].match(line) and _stands_alone(line, before):
                add(code, EVIDENCE_WEIGHT["letterhead"], "letterhead")
            elif pats["own_label"].match(line) and words <= 15:
                # a front-sheet field naming the paper's own people ("Portfolio Area: Cllr X – Leader, Y Council")
                add(code, EVIDENCE_WEIGHT["committee"], "committee")
    for line in page_tops:
        for code, start, _end, explicit in _mentions(line)[:1]:
            if explicit and not line[:start].strip(_DECORATION) and len(line.split()) <= 12:
                add(code, EVIDENCE_WEIGHT["letterhead"], "letterhead")
    for line in footers:
        for code, _s, _e, explicit in _mentions(line):
            if explicit:
                add(code, EVIDENCE_WEIGHT["letterhead"], "letterhead")
    lines = [ln for ln in body_lines if ln.strip()]
    for code in set(domain_councils("\n".join(lines))):  # a contact's address on the council's domain
        add(code, EVIDENCE_WEIGHT["web_domain"], "web_domain")
    addr = _address_lines(lines)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    text = "\n".join(lines)
    for code, start, end, explicit in _mentions(text):
        if explicit:
            # "working with Lancashire County Council", "shared with West Devon": a partner, not the author
            partner = pats["partner"].search(text[max(0, start - 40) : start])
            add(code, PARTNER_WEIGHT if partner else EVIDENCE_WEIGHT["body_text"], "body_text", bool(partner))
            continue
        i = bisect_right(starts, start) - 1
        if i not in addr and not _in_address(lines[i], start - starts[i], end - starts[i]):
            add(code, BARE_WEIGHT, "body_text")
    # a council the paper names only as a partner ("in partnership with Leeds City Council") is not its author
    return sorted(((c, s, kinds[c]) for c, s in scores.items() if c in kinds), key=lambda t: -t[1])


_TITLE_AFTER = re.compile(r"^(?:['\u2019]s?\s+|\s+(?:and\s+[A-Z]\w+\s+)?[A-Z][\w\u2019']*)")


def _title_after(after: str) -> bool:
    """What follows a bare name that opens a title: a possessive or a capitalised title word, on a
    short line ("'s Children's Improvement Plan", " Climate Change Action Plan"), not a sentence."""
    return bool(_TITLE_AFTER.match(after)) and len(after.split()) <= 10 and not after.rstrip().endswith(".")


_DECORATION = " \t|*#-\u2013\u2014\u2022"


def _stands_alone(line: str, before: str) -> bool:
    """A letterhead: the name opens a short line ('KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION');
    not a sentence ('Leicestershire County Council will fund ...') or a column heading."""
    if before.strip(_DECORATION) or len(line.split()) > 12:
        return False
    rest = line[len(before) :].split()[1:]
    return not any(re.fullmatch(r"[a-z]{3,}", w) and w not in ("and", "the", "for", "with") for w in rest)


def decide_publisher(
    ranked: list[tuple[str, float, str]], prefer: str | None = None, strong_only: bool = False
) -> tuple[Council | None, str | None]:
    """The council a publisher ranking points to, and the kind of its evidence (see decide)."""
    if strong_only:
        ranked = [r for r in ranked if r[2] in STRONG_EVIDENCE]
    council = decide([(c, s) for c, s, _k in ranked], prefer)
    if council is None:
        return None, None
    kind = next(k for c, _s, k in ranked if c == council.code)
    return council, kind


def detect_council(text: str | None, prefer: str | None = None) -> Council | None:
    """The council a text is about, or None when it does not say clearly.

    `prefer` (a three-letter code, from the folder a paper sits in) settles a close call
    between councils the text itself names.

    >>> detect_council("EAST HERTS COUNCIL\\nEXECUTIVE - 4 JUNE 2013").name
    'East Hertfordshire District Council'
    """
    return decide(rank_councils(text), prefer)


def decide(ranked: list[tuple[str, float]], prefer: str | None = None) -> Council | None:
    """The council a ranking points to (see detect_council)."""
    if not ranked:
        return None
    scores = dict(ranked)
    if prefer in scores and (len(ranked) == 1 or scores[prefer] * 1.5 >= ranked[0][1]):
        a = _authority(prefer)
        return Council(a.name, a.gss, a.code) if a else None
    top = ranked[0][1]
    tied = [c for c, s in scores.items() if s == top]
    if len(tied) > 1:
        counties = {a.county for c in tied if (a := _authority(c)) and a.county}
        tied = [c for c in tied if c not in counties]
    if len(tied) != 1:
        return None
    a = _authority(tied[0])
    return Council(a.name, a.gss, a.code) if a else None


def council_by_name(name: str | None) -> Council | None:
    """A council named in a manifest or folder name ('kent-county-council', 'East Herts')."""
    if not name:
        return None
    text = re.sub(r"[_\-]+", " ", name).strip()
    key = text.lower()
    for variant, code in council_names():
        if variant == key and (a := _authority(code)):
            return Council(a.name, a.gss, a.code)
    return detect_council(text)

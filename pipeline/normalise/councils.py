"""Which council a paper belongs to, from its text, with mySociety's names and ONS GSS codes.

Names are found with a spaCy PhraseMatcher over a blank English pipeline (no model needed).
Multi-word names match in any case ("EAST HERTS COUNCIL"); one-word names ("Melton",
"Reading") only capitalised, so ordinary words are not councils. Each mention scores more
when it is explicit ("... Council") and when it stands in the paper's opening; a tie is
broken towards a district over the county it sits in (papers name their county as a place),
and an unbroken tie (a list of visiting peers' councils) gives no council at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..vocabulary import Authority, authorities, council_names

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


def rank_councils(text: str | None) -> list[tuple[str, float]]:
    """(three-letter code, score) of every council the text names, best first."""
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
    scores: dict[str, float] = {}
    for span in filter_spans(spans):
        code = span.label_
        explicit = "council" in span.text.lower() or bool(
            _EXPLICIT_AFTER.match(text[span.end_char : span.end_char + 40])
        )
        weight = 3.0 if explicit else 1.0
        if span.start_char < HEAD_CHARS:
            weight *= 2
        scores[code] = scores.get(code, 0) + weight
    return sorted(scores.items(), key=lambda kv: -kv[1])


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

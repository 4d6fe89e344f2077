"""Role families of lead officers, so councils' differently named posts compare.

Families, most specific first: management_team (CMT, SMT, "Heads of Service" as a group),
chief_executive, director (chief officers and statutory officers), head_of_service,
member_body (leaders, portfolio holders, cabinets, committees), manager (other officers).
The words are in vocab/role_families.csv.
"""

from __future__ import annotations

import re
from functools import cache

from ..vocabulary import VOCAB_DIR, fold

FAMILIES = ("management_team", "chief_executive", "director", "head_of_service", "member_body", "manager")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    import csv

    by_family: dict[str, list[str]] = {}
    with open(VOCAB_DIR / "role_families.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_family.setdefault(row["family"], []).append(fold(row["phrase"]))
    out = []
    for family in FAMILIES:
        phrases = sorted(by_family.get(family, []), key=len, reverse=True)
        out.append((family, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")))
    return tuple(out)


def role_family(post: str) -> str | None:
    """'Head of Legal and Democratic Services' -> 'head_of_service'; 'Corporate Management Team' -> 'management_team'."""
    folded = fold(post)
    for family, pattern in _patterns():
        if pattern.search(folded):
            return family
    return None


def role_families(posts: list[str]) -> list[str]:
    """The families of an action's posts, once each, in the order of FAMILIES."""
    found = {f for p in posts if (f := role_family(p))}
    return [f for f in FAMILIES if f in found]

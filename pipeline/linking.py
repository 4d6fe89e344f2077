"""Links the same action across successive progress reports of one plan: the `action_key` column.

The key is council + plan + action number. An action joins an earlier key of the same council
and number when their texts are similar (the tie-break when a council has several plans that
reuse numbers); otherwise it opens a key of its own, named after the plan's report title. Keys
depend on the whole run, so they are given as the dataset is written, never cached per file.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

SIMILAR = 60  # rapidfuzz ratio (0-100) above which two action texts are the same action


def _slug(text: str | None) -> str:
    text = re.sub(
        r"\b(update|progress|report|monitoring|\d[\d/\-]*|january|february|march|april|may|june|july|"
        r"august|september|october|november|december|q[1-4])\b",
        " ",
        (text or "").lower(),
    )
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40] or "plan"


class ActionLinker:
    def __init__(self) -> None:
        self.index: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (council, ref) -> [(key, text)]

    def assign(self, document: dict, actions: list[dict]) -> None:
        """Set `action_key` on each action of one document."""
        council = document.get("council_code") or document.get("council") or f"doc-{document['document_id']}"
        plan = _slug(
            document.get("report_title") or document["source_file"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        )
        used: set[str] = set()
        for action in actions:
            ref = action["action_ref"]
            text = action.get("action") or ""
            candidates = self.index.setdefault((council, ref), [])
            best = max(
                (
                    (fuzz.ratio(text.lower(), seen.lower()), key)
                    for key, seen in candidates
                    if key not in used
                ),
                default=(0, None),
            )
            key = best[1] if best[0] >= SIMILAR else None
            if key is None:
                key = f"{council}:{plan}:{ref}"
                suffix = 2
                while any(k == key for k, _ in candidates) or key in used:
                    key = f"{council}:{plan}-{suffix}:{ref}"
                    suffix += 1
                candidates.append((key, text))
            used.add(key)
            action["action_key"] = key

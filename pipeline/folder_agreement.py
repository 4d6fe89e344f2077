"""Papers of one meeting agree: a batch step between the per-file results and the writers.

A meeting's pack sits in one folder (frontsheet, covering reports, appendices, minutes). An
appendix or an impact assessment seldom prints whose it is, or names only partners; the
frontsheet and the covering reports beside it do. So a paper whose council came from a
folder's name or from nothing, or (in a meeting's folder, whose papers agree on one meeting
date) only from mentions in its body, takes the council that the folder's papers state of
themselves (letterhead, committee, manifest) when they agree; and a
paper that prints no body or meeting date takes the folder's when its papers agree on one
(the frontsheet's, else what most papers print). A paper that states its own council, body
or date keeps it.

Each file's own evidence stays in the incremental state; this step is recomputed from it on
every run, after all results are in, so a changed paper can change its neighbours, and local,
`--workers` and Dask runs give the same tables.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .normalise.councils import STRONG_EVIDENCE

SELF_STATED = (*STRONG_EVIDENCE, "manifest")  # the paper says whose it is
KEPT = ("council", "council_code", "council_evidence", "body", "meeting_date", "doc_subkind")


@dataclass
class _Folder:
    councils: Counter = field(default_factory=Counter)  # (name, code) -> papers stating it
    council_dates: dict = field(default_factory=lambda: defaultdict(set))  # (name, code) -> their dates
    bodies: Counter = field(default_factory=Counter)
    dates: Counter = field(default_factory=Counter)
    frontsheet_bodies: set = field(default_factory=set)
    frontsheet_dates: set = field(default_factory=set)
    papers: int = 0


def _folder(rel: str) -> str:
    return PurePosixPath(rel).parent.as_posix()


def _agreed(counts: Counter, frontsheet: set, papers: int):
    """The frontsheet's value when it gives one; else a value most of the folder's papers print."""
    if len(frontsheet) == 1:
        return next(iter(frontsheet))
    if len(frontsheet) > 1 or not counts:
        return None
    (value, n), *rest = counts.most_common(2) + [(None, 0)]
    return value if n >= 2 and n > rest[0][1] and n * 2 > sum(counts.values()) else None


def _unique_top(counts: Counter):
    """The council the folder's papers agree on: the only one they state, or one stated by three
    in four of them. A folder holding several councils' papers (a scraper's folder by date, a
    sample folder by producer) lends none."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    value, n = top[0]
    if len(top) == 2 and n < 0.75 * sum(counts.values()):
        return None
    return value


class FolderAgreement:
    """What each folder's papers agree on, and the changes that makes to each paper's row."""

    def __init__(self, documents: dict[str, dict]) -> None:
        folders: dict[str, _Folder] = defaultdict(_Folder)
        for rel in sorted(documents):
            doc = documents[rel]
            f = folders[_folder(rel)]
            f.papers += 1
            if doc.get("council_evidence") in SELF_STATED and doc.get("council"):
                f.councils[(doc["council"], doc.get("council_code"))] += 1
                f.council_dates[(doc["council"], doc.get("council_code"))].add(doc.get("meeting_date"))
            if doc.get("body"):
                f.bodies[doc["body"]] += 1
            if doc.get("meeting_date"):
                f.dates[doc["meeting_date"]] += 1
            if doc.get("doc_subkind") == "agenda_frontsheet":
                if doc.get("body"):
                    f.frontsheet_bodies.add(doc["body"])
                if doc.get("meeting_date"):
                    f.frontsheet_dates.add(doc["meeting_date"])
        self.agreed: dict[str, dict] = {}
        self.folders = folders
        for name, f in folders.items():
            self.agreed[name] = {
                "council": _unique_top(f.councils),
                "body": _agreed(f.bodies, f.frontsheet_bodies, f.papers),
                "meeting_date": _agreed(f.dates, f.frontsheet_dates, f.papers),
            }
        self.patches: dict[str, dict] = {}
        for rel in sorted(documents):
            patch = self._patch(rel, documents[rel])
            if patch:
                self.patches[rel] = patch

    @classmethod
    def from_state(cls, state, rels) -> FolderAgreement:
        """From each file's stored result (a result that cannot be read takes no part)."""
        documents = {}
        for rel in rels:
            try:
                doc = state.load(rel).document
            except (OSError, ValueError, KeyError):
                continue
            if doc.get("parse_status") != "failed":
                documents[rel] = {k: doc.get(k) for k in KEPT}
        return cls(documents)

    def _value(self, rel: str, key: str):
        """The folder's agreed value, else its parent folder's (a 'public_packs/' folder inside a meeting's)."""
        folder = _folder(rel)
        for name in (folder, PurePosixPath(folder).parent.as_posix() if folder != "." else None):
            if name is not None and (value := self.agreed.get(name, {}).get(key)) is not None:
                return value
        return None

    def _same_meeting(self, rel: str, doc: dict, council) -> bool:
        """A paper that prints its own meeting date is of the stating papers' meeting only when one of
        them prints the same date: a folder of unrelated papers (a scraper's folder by month, a sample
        folder by producer) holding one paper that names its council lends it to no other meeting's."""
        own = doc.get("meeting_date")
        if not own:
            return True
        folder = _folder(rel)
        for name in (folder, PurePosixPath(folder).parent.as_posix() if folder != "." else None):
            f = self.folders.get(name) if name is not None else None
            if f is not None and council in f.councils:
                return own in f.council_dates[council]
        return True

    def _patch(self, rel: str, doc: dict) -> dict:
        patch: dict = {}
        council = self._value(rel, "council")
        evidence = doc.get("council_evidence")
        # mentions in the body yield only in a meeting's folder (its papers agree on a meeting date); a
        # folder of unrelated papers lends its council only to papers that name none
        yields = evidence in (None, "folder_name") or (
            evidence == "body_text" and self._value(rel, "meeting_date") is not None
        )
        if council and yields and not self._same_meeting(rel, doc, council):
            yields = False
        if council and yields and council[0] != doc.get("council"):
            patch.update(
                council=council[0], council_code=council[1], council_source="folder",
                council_evidence="meeting_folder",
            )  # fmt: skip
        for key in ("body", "meeting_date"):
            if not doc.get(key) and (value := self._value(rel, key)) is not None:
                patch[key] = value
        return patch

    def apply(self, result) -> None:
        """Put the folder's agreement into one file's rows (document and actions), in place."""
        patch = self.patches.get(result.document.get("source_file"))
        if not patch:
            return
        result.document.update(patch)
        if "council" in patch:
            for action in result.actions:
                action["council"], action["council_code"] = patch["council"], patch["council_code"]

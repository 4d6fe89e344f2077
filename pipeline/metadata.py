"""Report metadata from a paper's opening lines: council, meeting body, meeting date, title, kind.

Covering reports open with a council name, the body and date of the meeting ("EXECUTIVE – 4
JUNE 2013", or a "Report to: Cabinet  Date: 12 February 2020" box), who reports, then the
title, often with its agenda number. What is read from the text can be overridden by a
manifest, and the council can fall back to the folder a paper sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.model import Block, Document, Table

from .normalise.councils import Council, decide, detect_council
from .normalise.dates import find_dates
from .normalise.text import collapse_ws, strip_markup, title_case_if_shouting
from .vocabulary import label_alternation

HEAD_LINES = 40
_BODY_WORDS = label_alternation("body_word")  # words a meeting body's name ends with
_BODY_LINE = re.compile(r"^(?:the\s+)?((?:[A-Za-z,&'\-]+\s+){0,9}(?:" + _BODY_WORDS + r"))\s*$", re.I)
_LABELS_DATE = re.compile(r"\b(?:date\s+of\s+meeting|meeting\s+date|date)\s*[:\-]?\s*(.+)$", re.I)
# lines that open with these words are labels, contact details or section heads, never the title
_NOT_TITLE = re.compile(r"^(?:" + label_alternation("not_title") + r")(?![a-z])", re.I)
# a title comes before the report's first section ("1.0 Purpose of report")
_STOP_TITLE = re.compile(r"^(?:\d+(?:\.\d+)?\s+)?(?:" + label_alternation("title_stop") + r")\b", re.I)
_AGENDA_NO = re.compile(r"^\s*(?:(?:agenda\s+)?item\s*(?:no\.?)?\s*)?\(?\d{1,3}[a-z]?[.)]?\s+(?=\S)", re.I)
_REPORT_FOR = re.compile(r"^.*?\breport\s+(?:for|on|re|regarding)\s*:?\s+", re.I)
_SUBJECT_LABEL = re.compile(r"^(?:subject|title|report title)\s*[:\-]\s*", re.I)
_SUBJECT_LINE = re.compile(
    r"^(?:subject(?:\s+matter)?(?:\s*/\s*title\s+of\s+decision)?|report\s+title|title\s+of\s+(?:report|decision))\s*:?\s*(.{4,})$",
    re.I,
)
_TO_LINE = re.compile(r"^\s*(?:to|report\s+to|meeting|committee|decision\s+maker)\s*:\s*(.+)$", re.I)


@dataclass
class Metadata:
    council: Council | None = None
    body: str | None = None
    meeting_date: date | None = None
    report_title: str | None = None
    as_of: date | None = None


def _lines(doc: Document, limit: int = HEAD_LINES) -> list[str]:
    out: list[str] = []
    for item in doc.items:
        if isinstance(item, Block):
            out.append(collapse_ws(strip_markup(item.text)))
        elif isinstance(item, Table) and not _is_plan_piece(item):
            for row in item.rows:  # a details box ("Report to: Cabinet  Date: ...") or a layout table
                filled = [c for c in row.cells if c.text.strip()]
                if len(filled) == 1:
                    out.append(collapse_ws(filled[0].text))
                elif filled:
                    out.append(" \t ".join(collapse_ws(c.text) for c in filled))
        if len(out) >= limit:
            break
    return [ln for ln in out if ln]


def _is_plan_piece(table: Table) -> bool:
    from .assembly import map_header

    return any(map_header(row) for row in table.rows[:2])


def _date_in(text: str) -> date | None:
    atoms = [a for a in find_dates(text) if a.precision == "day"]
    return atoms[0].value if atoms else None


def _clean_body(text: str) -> str | None:
    text = re.sub(r"(?i)^\s*(?:report\s+)?to\s*:?\s+", "", text)
    text = re.sub(r"(?i)^\s*(?:all\s+)?(?:members|councillors)\s+of\s+(?:the\s+)?", "", text)  # a summons
    text = re.split(r"\s+[-\u2013\u2014,]\s+|\t|\s{3,}|,\s+(?=\d)|\s+date\s*:", text.strip(), flags=re.I)[0]
    text = re.sub(r"\b(?:on|held on|meeting on)\s*$", "", text, flags=re.I).strip(" :-\u2013,")
    if not text or len(text.split()) > 10 or find_dates(text) or not re.match(r"(?:the\s+)?[A-Z]", text):
        return None  # a body is a proper name: "Cabinet", "POLICY ... COMMITTEE", never "the authority"
    return title_case_if_shouting(text)


def _is_council_line(line: str) -> bool:
    """'EAST HERTS COUNCIL': a line that is only a council's name (not '6. East Herts Improvement Plan')."""
    return (
        bool(re.fullmatch(r"(?i)[\w\s'&,.\-]*\bcouncil", line.strip()))
        and len(line.split()) <= 7
        and (detect_council(line) is not None or len(line.split()) <= 3)
    )


def read_metadata(doc: Document, full_text: str, ranked: list | None = None) -> Metadata:
    meta = Metadata(council=decide(ranked) if ranked is not None else detect_council(full_text))
    lines = _lines(doc)
    body_index = None
    for i, line in enumerate(lines[:25]):  # "To: Cabinet – 30 January 2025"
        m = _TO_LINE.match(line)
        if m and (body := _clean_body(m.group(1))) and re.search(r"(?i)\b(?:" + _BODY_WORDS + r")\b", body):
            meta.body, body_index = body, i
            meta.meeting_date = _date_in(m.group(1))
            break
    for i, line in enumerate(lines[:12] if meta.body is None else []):
        if _is_council_line(line) or len(line) > 160 or re.match(r"(?i)(cllr|councillor)\b", line):
            continue
        head = re.split(r"\s+[-\u2013\u2014]\s+|\s*\t\s*|\s{3,}|,\s+(?=\d)", line)[0]
        if _BODY_LINE.match(head) and not _NOT_TITLE.match(line) and not _is_council_line(head):
            body = _clean_body(head)
            if body and not re.match(r"(?i)^(the\s+)?council$", body) or body and i < 3:
                meta.body, body_index = body, i
                meta.meeting_date = _date_in(line) or next(
                    (d for ln in lines[i + 1 : i + 3] if (d := _date_in(ln)) and len(ln) < 60), None
                )
                break
    for line in _all_lines(doc):  # "Report to: Cabinet   Date: 12 February 2020", wherever it is
        m = re.search(r"(?i)(?:^|\t)\s*(?:report\s+to|meeting)\s*(?::|\t)\s*(.+)", line)
        if m:
            if meta.body is None:
                meta.body = _clean_body(re.split(r"(?i)\s*\t\s*|\bdate\b", m.group(1))[0].strip(" :\t"))
            if meta.meeting_date is None:
                dm = _LABELS_DATE.search(m.group(1))
                meta.meeting_date = _date_in(dm.group(1)) if dm else None
            break
    if meta.meeting_date is None:
        for line in lines[:15]:
            if (
                len(line) < 60
                and (d := _date_in(line))
                and not re.search(r"(?i)\b(report|prepared|published)\b", line)
            ):
                meta.meeting_date = d
                break
    meta.report_title = _title(lines, meta, body_index)
    return meta


def _all_lines(doc: Document) -> list[str]:
    out: list[str] = []
    for item in doc.items:
        if isinstance(item, Block):
            out.append(item.text)
        else:
            out.extend("\t".join(c.text.replace("\n", " ") for c in r.cells) for r in item.rows[:10])
    return out


def _title(lines: list[str], meta: Metadata, body_index: int | None) -> str | None:
    for line in lines[:30]:  # a labelled title wins: "Subject: English Devolution White Paper"
        m = _SUBJECT_LINE.match(collapse_ws(line.replace("\t", " ")))
        if m and re.search(r"[A-Za-z]{3}", m.group(1)) and not m.group(1).lstrip().startswith("/"):
            return title_case_if_shouting(m.group(1).strip(" :-\u2013"))
    for i, line in enumerate(lines[:25]):
        text = collapse_ws(line.replace("\t", " "))
        if _STOP_TITLE.match(text):
            break
        if i == body_index or _is_council_line(text) or _NOT_TITLE.match(text):
            continue
        if len(text) > 150 or len(text.split()) < 1 or text.endswith((",", ";")):
            continue
        if find_dates(text) and len(text.split()) <= 5:
            continue
        if meta.body and text.lower() == meta.body.lower():
            continue
        text = _SUBJECT_LABEL.sub("", text)
        text = _REPORT_FOR.sub("", text)
        text = _AGENDA_NO.sub("", text).strip(" :-\u2013")
        if re.search(r"[A-Za-z]{3}", text) and len(text.split()) <= 20:
            return title_case_if_shouting(text)
    return None


def doc_kind(doc: Document, n_actions: int, meta: Metadata) -> str:
    """covering_report (a report to a meeting), action_plan (mainly an action table) or other."""
    prose = sum(len(b.text) for b in doc.blocks)
    table_text = sum(len(c.text) for t in doc.tables for r in t.rows for c in r.cells)
    report_markers = bool(meta.body or meta.meeting_date) or bool(
        re.search(
            r"(?im)^\W*(?:\d+(?:\.\d+)?\s+)?(?:purpose of (?:the )?report|recommendations?\b|report (?:of|by|to)\b)",
            doc.full_text()[:20000],
        )
    )
    if n_actions and table_text >= prose:
        return "action_plan"
    if report_markers:
        return "covering_report"
    if n_actions:
        return "action_plan"
    return "other"

"""Report metadata from a paper's opening lines: council, meeting body, meeting date, title, kind.

Covering reports open with a council name, the body and date of the meeting ("EXECUTIVE – 4
JUNE 2013", or a "Report to: Cabinet  Date: 12 February 2020" box), who reports, then the
title, often with its agenda number. A meeting's pack also holds papers that are not reports:
an agenda frontsheet (its title names the meeting, "Cabinet – 30 January 2025"), minutes, a
record of decision, impact assessments, appendices (their title is their first heading,
"Appendix J – Details of Core Grants ...") and supplementary packs (a dispatch letter, then
the papers it encloses). What is read from the text can be overridden by a manifest, and the
council can fall back to the folder a paper sits in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from extractors.model import Block, Document, Table

from .normalise.councils import Council, decide_publisher, detect_council, rank_publishers
from .normalise.dates import find_dates
from .normalise.text import collapse_ws, strip_markup, title_case_if_shouting
from .vocabulary import label_alternation

HEAD_LINES = 40
# a letterhead, committee or title line is short: the rest of a run-on block (a text export with no
# line breaks) is never read for metadata, so a 50 MB single line costs no more than a page
LINE_CHARS = 4000
LABEL_LINES = 90  # a labelled title may sit after a supplementary pack's dispatch letter
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
# "Subject: X", "Subject Matter / Title of Decision: X", "EQIA Title X"; the value may be on the next line
_TITLE_WORDS = label_alternation("title_label")
_TITLE_PHRASES = "|".join(
    p for p in _TITLE_WORDS.split("|") if r"\s+" in p
)  # "EQIA Title X": no colon needed
_TITLE_LABEL = re.compile(
    r"^\W*(?:(?:" + _TITLE_WORDS + r")\s*(?::|\t)|(?:" + _TITLE_PHRASES + r")(?=\s+[A-Z0-9]))\s*(.*)$", re.I
)
_TITLE_LABEL_ALONE = re.compile(r"^\W*(?:" + label_alternation("title_label") + r")\s*:?\s*$", re.I)
_TO_LINE = re.compile(r"^\s*(?:" + label_alternation("to_label") + r")\s*(?::\s*|\s+)(.+)$", re.I)
_ANY_LABEL = re.compile(r"^\s*[A-Z][\w()/'\u2019 ,&\-]{1,45}?\s?:(?:\s|$)")  # "Classification: Unrestricted"
# boilerplate: a whole line ("AGENDA", "DRAFT", "Section A") or a line that opens so ("Minutes of the ...")
_BOILERPLATE = re.compile(
    r"^\W*(?:(?:"
    + label_alternation("boilerplate")
    + r")(?:\s+[A-Z0-9]{1,2})?\W*$|(?:"
    + label_alternation("boilerplate_start")
    + r")(?![a-z]))",
    re.I,
)
_APPENDIX = re.compile(r"^\s*(?:" + label_alternation("appendix_word") + r")\s+[A-Z0-9]{1,3}\b", re.I)
_APPENDIX_ALONE = re.compile(
    r"^\s*(?:" + label_alternation("appendix_word") + r")\s+[A-Z0-9]{1,3}\s*[:.]?\s*$", re.I
)
_MEETING_ON = re.compile(r"(?i)\bmeeting\b[^.;]{0,200}?\bon\s+(.{6,60})")
_ORDINAL_SPACE = re.compile(r"(?<=\d) (st|nd|rd|th)\b")  # "9 th January 2025", as some PDFs print it
_DECISION_NO = re.compile(r"\s+\d{2,4}/\d{2,6}\s*$")
_BREADCRUMB = re.compile(r"(?:\s[>\u203a\u00bb]\s.*){2,}")  # "Home > Housing > Strategies": a web page's path


@dataclass
class Metadata:
    council: Council | None = None
    body: str | None = None
    meeting_date: date | None = None
    report_title: str | None = None
    as_of: date | None = None
    subkind: str | None = None


def _lines(doc: Document, limit: int = HEAD_LINES) -> list[str]:
    return [text for text, _whole in _line_items(doc, limit)]


def _line_items(doc: Document, limit: int = HEAD_LINES) -> list[tuple[str, bool]]:
    """(text, whole) of the opening lines; `whole` when the text is a whole paragraph or cell (a page
    laid out in paragraphs), not one printed line of a page read line by line."""
    out: list[tuple[str, bool]] = []
    for item in doc.items:
        if isinstance(item, Block):
            out.append((collapse_ws(strip_markup(item.text[:LINE_CHARS])), item.bbox is not None))
        elif isinstance(item, Table) and not _is_plan_piece(item):
            for row in item.rows:  # a details box ("Report to: Cabinet  Date: ...") or a layout table
                filled = [c for c in row.cells if c.text.strip()]
                if len(filled) == 1:
                    out.append((collapse_ws(filled[0].text[:LINE_CHARS]), True))
                elif filled:
                    out.append((" \t ".join(collapse_ws(c.text[:LINE_CHARS]) for c in filled), True))
        if len(out) >= limit:
            break
    return [(text, whole) for text, whole in out if text]


def _is_plan_piece(table: Table) -> bool:
    from .assembly import map_header

    return any(map_header(row) for row in table.rows[:2])


def _date_in(text: str) -> date | None:
    atoms = [a for a in find_dates(_ORDINAL_SPACE.sub(r"\1", text)) if a.precision == "day"]
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


def _names_council(line: str) -> bool:
    """'KENT COUNTY COUNCIL' names a council; 'COUNTY COUNCIL' under it is the meeting body."""
    return detect_council(line) is not None


# --- the publisher -------------------------------------------------------------------------------


def publisher_ranking(doc: Document) -> list[tuple[str, float, str]]:
    """Councils the paper names, weighed by where they stand (see councils.rank_publishers)."""
    head = _lines(doc, HEAD_LINES)
    body: list[str] = []
    by_page: dict[int, list[str]] = defaultdict(list)
    for item in doc.items:
        if isinstance(item, Block):
            text = collapse_ws(strip_markup(item.text[:LINE_CHARS]))
            body.append(text)
            if item.page is not None and text:
                by_page[item.page].append(text)
        else:
            body.extend(" \t ".join(collapse_ws(c.text[:LINE_CHARS]) for c in r.cells) for r in item.rows)
    pages = sorted(by_page)
    page_tops = [ln for p in pages[1:12] for ln in by_page[p][:2]]
    return rank_publishers(head, body, _repeated_lines(by_page), page_tops)


def _repeated_lines(by_page: dict[int, list[str]]) -> list[str]:
    """Footer and logo text: a short line printed on most pages (page numbers aside)."""
    if len(by_page) < 3:
        return []
    seen: dict[str, set[int]] = defaultdict(set)
    for page, lines in by_page.items():
        for ln in lines[:3] + lines[-3:]:
            if len(ln) <= 80:
                seen[re.sub(r"\d+", "#", ln.lower())].add(page)
    need = max(3, 0.5 * len(by_page))
    samples = {re.sub(r"\d+", "#", ln.lower()): ln for lines in by_page.values() for ln in lines}
    return [samples[k] for k, pages in seen.items() if len(pages) >= need]


# --- body, date, title ---------------------------------------------------------------------------


def read_metadata(doc: Document, full_text: str, ranked: list | None = None) -> Metadata:
    ranked = publisher_ranking(doc) if ranked is None else ranked
    meta = Metadata(council=decide_publisher(ranked)[0])
    lines = _lines(doc)
    body_index = None
    for i, line in enumerate(lines[:60]):  # "To: Cabinet – 30 January 2025", "DECISION TO BE TAKEN BY: ..."
        m = _TO_LINE.match(line)
        if not m or (i >= 25 and not re.match(r"(?i)[^:\t]*(?::|\t)|\s*(?:report|circulated)\s+to\b", line)):
            continue  # past the opening, only a labelled cell ("Circulated to | Cabinet") counts
        value = m.group(1)
        if lm := re.match(r"(?i)\s*decision\s+(?:no|number)\b\.?\s*:?\s*", value):
            # a labels row over a values row: "DECISION TO BE TAKEN BY: DECISION NO:" / "Cabinet 24/00108"
            value = value[lm.end() :] or (lines[i + 1] if i + 1 < len(lines) else "")
        body = _clean_body(_DECISION_NO.sub("", value))
        if body and re.search(r"(?i)\b(?:" + _BODY_WORDS + r")\b", body):
            meta.body, body_index = body, i
            meta.meeting_date = _date_in(value)
            break
    for i, line in enumerate(lines[:12] if meta.body is None else []):
        council_line = _is_council_line(line)
        if (council_line and (i == 0 or _names_council(line))) or len(line) > 160:
            continue
        if re.match(r"(?i)(cllr|councillor)\b", line):
            continue
        head = re.split(r"\s+[-\u2013\u2014]\s+|\s*\t\s*|\s{3,}|,\s+(?=\d)", line)[0]
        if (
            _BODY_LINE.match(head)
            and not _NOT_TITLE.match(line)
            and not (_is_council_line(head) and _names_council(head))
        ):
            body = _clean_body(head)
            if body and not re.match(r"(?i)^(the\s+)?council$", body) or body and i < 3:
                meta.body, body_index = body, i
                meta.meeting_date = _date_in(line) or next(
                    (
                        d
                        for ln in lines[i + 1 : i + 3]
                        if (d := _date_in(ln)) and (len(ln) < 60 or _date_in(ln[:45]) == d)
                    ),
                    None,
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
    if meta.meeting_date is None:  # "Meeting on Thursday, 9th January, 2025", "a meeting ... held ... on ..."
        joined = " ".join(lines[:30])
        for m in _MEETING_ON.finditer(joined):
            if d := _date_in(m.group(1)):
                meta.meeting_date = d
                break
    if meta.meeting_date is None:
        for line in lines[:15]:
            if (
                len(line) < 60
                and (d := _date_in(line))
                and not re.search(r"(?i)\b(report|prepared|published)\b", line)
                # "Letter dated 16 May 2018", "Short term – by 31 March 2021": another date than the meeting's
                and not re.search(r"(?i)\b(?:dated|letter|by|until|before|deadline|due|term|since)\b", line)
            ):
                meta.meeting_date = d
                break
    meta.subkind = _subkind(doc, lines)
    meta.report_title = _title(doc, lines, meta, body_index)
    return meta


def _all_lines(doc: Document) -> list[str]:
    out: list[str] = []
    for item in doc.items:
        if isinstance(item, Block):
            out.append(item.text)
        else:
            out.extend("\t".join(c.text.replace("\n", " ") for c in r.cells) for r in item.rows[:10])
    return out


def _long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _title(doc: Document, lines: list[str], meta: Metadata, body_index: int | None) -> str | None:
    if meta.subkind in ("agenda_frontsheet", "minutes") and meta.body and meta.meeting_date:
        what = meta.body if meta.subkind == "agenda_frontsheet" else f"{meta.body} minutes"
        return f"{what} \u2013 {_long_date(meta.meeting_date)}"  # the paper's own title names the meeting
    labelled = _labelled_title(_line_items(doc, LABEL_LINES))
    if labelled:
        return labelled
    # a paper that opens with its council and meeting ("EAST HERTS COUNCIL" / "EXECUTIVE – 4 JUNE 2013")
    # names its title in the lines after them; others open with it as a heading
    heading = _first_heading(doc) if body_index is None or body_index > 3 else None
    if heading:
        return heading
    return _title_from_lines(lines, meta, body_index)


def _labelled_title(items: list[tuple[str, bool]]) -> str | None:
    """The value after 'Subject:' and its like, with the printed lines it wraps onto."""
    # a details box's row "Subject | Planning Advisory Service ..." reads as "Subject: ..."
    lines = [collapse_ws(text.replace(" \t ", ": ").replace("\t", " ")) for text, _whole in items]
    for i, line in enumerate(lines):
        m = _TITLE_LABEL.match(line)
        value = m.group(1).strip(" :-\u2013") if m else ""
        if not value and _TITLE_LABEL_ALONE.match(line) and i + 1 < len(lines):  # "EQIA Title" / the title
            i, value = i + 1, lines[i + 1]
            if _ANY_LABEL.match(value) or _TITLE_LABEL.match(value) or _TITLE_LABEL_ALONE.match(value):
                continue
            m = m or _TITLE_LABEL_ALONE.match(line)
        if not m or not re.search(r"[A-Za-z]{3}", value) or value.startswith("/"):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if items[i][1] and re.match(r"[a-z0-9(]", nxt) and len(nxt) <= 60 and not _ANY_LABEL.match(nxt):
            value = f"{value} {nxt}"  # a paragraph cut in two: "... Capital Programme" / "2025-35 and ..."
        elif not items[i][1]:  # a page read line by line: the title wraps onto the next printed lines
            for j in range(i + 1, min(i + 4, len(lines))):
                nxt = lines[j]
                if items[j][1] or _ANY_LABEL.match(nxt) or _NOT_TITLE.match(nxt) or len(nxt) > 90:
                    break
                if value.endswith((".", ":", ";")) or len(value) < 40:
                    break
                value = f"{value} {nxt}"
        return title_case_if_shouting(value.strip(" :-\u2013"))
    return None


def _first_heading(doc: Document) -> str | None:
    """An appendix's or a standalone paper's title: its first heading on the first page, the bold lines of
    one size that open it ('Draft Revenue Budget 2025-26 and 2025-28 MTFP,' / 'and Draft Capital ...'),
    after an 'Appendix J' label line; never boilerplate, a column heading or a row of amounts."""
    blocks = [b for b in doc.items[:12] if isinstance(b, Block)]
    if not blocks or blocks[0].page not in (None, 1, 0) or blocks[0].bbox is None:
        return None  # only a first page laid out in paragraphs shows which lines are headings
    first_page = [b for b in blocks if b.page == blocks[0].page][:8]
    label, parts, size = None, [], None
    for b in first_page:
        text = collapse_ws(strip_markup(b.text))
        if not text:
            continue
        height = round(b.bbox[3] - b.bbox[1], 1) if b.bbox else None
        if label is None and not parts and _APPENDIX_ALONE.match(text):
            label = text.rstrip(":. ")
            continue
        if (_BOILERPLATE.match(text) and not _APPENDIX.match(text)) or _BREADCRUMB.search(text):
            if parts:
                break
            continue
        if not parts:
            if not (b.bold or label) or not _heading_like(text):
                if label:
                    break
                return None
            parts, size = [text], height
            continue
        if b.bold and height == size and _heading_like(text) and len(" ".join(parts)) < 120:
            parts.append(text)
            continue
        break
    if not parts and label:
        return title_case_if_shouting(label)
    if not parts:
        return None
    title = _appendix_letter(title_case_if_shouting(" ".join(parts).strip(" ,:-\u2013")))
    return f"{_appendix_letter(title_case_if_shouting(label))} \u2013 {title}" if label else title


def _appendix_letter(text: str) -> str:
    """'Appendix a - Capital ...' (title-cased from capitals) -> 'Appendix A - Capital ...'."""
    return re.sub(
        r"(?i)\b(appendix|annexe?)\s+([a-z])\b", lambda m: f"{m.group(1)} {m.group(2).upper()}", text
    )


def _heading_like(text: str) -> bool:
    """A heading, not a sentence, a column heading or a row of amounts."""
    words = text.split()
    if not 1 <= len(words) <= 20 or len(text) > 150 or text.endswith((".", ";", ",")) and len(words) > 8:
        return False
    if _APPENDIX.search(text) or re.search(r"(?i)\b(?:appendix|annex)\s+[A-Z0-9]{1,3}$", text):
        return True  # "2025-26 APPENDIX E"
    digits = sum(ch.isdigit() for ch in text)
    return digits <= 0.35 * len(text.replace(" ", "")) and not re.search(r"[£$]\s?\d|\d,\d{3}", text)


def _title_from_lines(lines: list[str], meta: Metadata, body_index: int | None) -> str | None:
    for i, line in enumerate(lines[:25]):
        text = collapse_ws(line.replace("\t", " "))
        if _STOP_TITLE.match(text):
            break
        if i == body_index or _is_council_line(text) or _NOT_TITLE.match(text) or _BOILERPLATE.match(text):
            continue
        if _BREADCRUMB.search(text):
            continue
        if len(text) > 150 or len(text.split()) < 1 or text.endswith((",", ";")):
            continue
        atoms = find_dates(text)
        if atoms and len(text.split()) <= 5 and sum(len(a.text) for a in atoms) >= 0.4 * len(text):
            continue  # a date line ("5 SEPTEMBER 2023"), not a title naming its year ("Climate Change Update 2022/23")
        if meta.body and text.lower() == meta.body.lower():
            continue
        text = _SUBJECT_LABEL.sub("", text)
        text = _REPORT_FOR.sub("", text)
        text = _AGENDA_NO.sub("", text).strip(" :-\u2013")
        if re.search(r"[A-Za-z]{3}", text) and len(text.split()) <= 20:
            return title_case_if_shouting(text)
    return None


# --- kind ----------------------------------------------------------------------------------------


def _starts(kind: str, text: str) -> bool:
    return bool(re.match(r"^\W*(?:" + label_alternation(kind) + r")(?![a-z])", text, re.I))


def _subkind(doc: Document, lines: list[str]) -> str | None:
    """What a meeting's paper is, from its opening lines (the words are in report_labels.csv)."""
    head = [collapse_ws(ln.replace("\t", " ")) for ln in lines[:15]]
    opening = " ".join(head).lower()
    if re.search(r"(?:" + label_alternation("pack_phrase") + r")", opening, re.I):
        return "supplementary_pack"
    if any(_starts("minutes_line", ln) for ln in head[:6]):
        return "minutes"
    if any(_starts("decision_line", ln) or re.search(r"(?i)\brecord of decision\b", ln) for ln in head[:3]):
        return "decision"
    if any(re.search(r"(?i)\b(?:" + label_alternation("assessment_line") + r")\b", ln) for ln in head[:3]):
        return "impact_assessment"
    frontsheet = any(
        re.fullmatch(r"(?i)(?:" + label_alternation("frontsheet_line") + r")", ln) for ln in head
    )
    if frontsheet or any(
        _starts("frontsheet_line", ln) and not re.match(r"(?i)agenda\s+item", ln) for ln in head[:3]
    ):
        return "agenda_frontsheet"
    if any(_APPENDIX.match(ln) for ln in head[:3]):
        return "appendix"
    if any(_starts("letter_line", ln) for ln in head[:12]):
        return "letter"
    return None


_REPORT_MARKERS = re.compile(
    r"(?im)^\W*(?:\d+(?:\.\d+)?\s+)?(?:purpose of (?:the )?report|recommendations?\b|report (?:of|by|to)\b)"
)
_COVERING_HEAD = re.compile(r"(?im)^\s*(?:from|to|subject)\s*:")


# the sections of a report to a meeting, as headings of their own ("2. RECOMMENDATIONS", "Purpose of
# the report", "Report of: Deputy Chief Executive"); a plan's "Recommendation" column heading is not one
_REPORT_SECTION = re.compile(
    r"(?im)^\W*(?:\d+(?:\.\d+)?\.?\s+)?(?:purpose of (?:the |this )?report|recommendations(?:\s+(?:to|for)\s+[^.\n]{0,60})?"
    r"\s*:?|recommendation\s+(?:to|for)\s+[^.\n]{0,60}|report (?:of|by|to|author)\b[^\n]{0,80}|"
    r"reasons? for (?:the )?recommendations?)\s*$"
)
_REPORT_LABEL = re.compile(
    r"(?im)^\W*(?:purpose of (?:the |this )?report|report (?:of|by|to|author)\b[^\n]{0,80}|reasons? for (?:the )?recommendations?)\s*$"
)


def _reads_as_report(doc: Document) -> bool:
    """The paper is laid out as a report to a meeting: a section heading of one in its text, or a
    front-sheet label of one in its short table cells (Report to | Cabinet)."""
    blocks = "\n".join(b.text for b in doc.blocks)[:30000]
    labels = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells if len(c.text) < 80)[:20000]
    return bool(_REPORT_SECTION.search(blocks) or _REPORT_LABEL.search(labels))


def _table_dominant(doc: Document) -> bool:
    prose = sum(len(b.text) for b in doc.blocks)
    table_text = sum(len(c.text) for t in doc.tables for r in t.rows for c in r.cells)
    return table_text >= prose


def doc_kind(doc: Document, n_actions: int, meta: Metadata) -> str:
    """covering_report (a report to a meeting), action_plan (mainly an action table) or other.

    Frontsheets, minutes, records of decision, impact assessments, letters and appendices are
    `other` (their kind is in doc_subkind) unless they are mainly an action plan; a supplementary
    pack is the kind of the report it encloses.
    """
    subkind = meta.subkind
    if subkind in (None, "covering_report") and (meta.body or meta.meeting_date) and _reads_as_report(doc):
        return "covering_report"  # a report to a meeting, however long the plan appended to it
    if n_actions and _table_dominant(doc):
        return "action_plan"
    if subkind == "supplementary_pack":
        return "covering_report" if len(_COVERING_HEAD.findall(doc.full_text()[:30000])) >= 2 else "other"
    if subkind in ("agenda_frontsheet", "minutes", "decision", "impact_assessment", "appendix", "letter"):
        return "other"
    report_markers = bool(meta.body or meta.meeting_date) or bool(
        _REPORT_MARKERS.search(doc.full_text()[:20000])
    )
    if report_markers:
        return "covering_report"
    if n_actions:
        return "action_plan"
    return "other"


def doc_subkind(doc: Document, n_actions: int, meta: Metadata) -> str:
    """The kind within doc_kind: agenda_frontsheet, minutes, decision, impact_assessment, appendix,
    supplementary_pack, letter, covering_report, action_plan or other."""
    if meta.subkind:
        return meta.subkind
    kind = doc_kind(doc, n_actions, meta)
    return kind if kind != "other" else "other"

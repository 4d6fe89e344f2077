"""Column roles from evidence: a column's heading and its cells, decided jointly for the table.

A vocabulary of headings can never be complete ("Key deliverables", "Accountable", "By when?"),
so every column is scored for every role from
  (a) its heading: a phrase of vocab/header_roles.csv, else the role words it holds
      (vocab/header_words.csv, singular and plural alike: "Key tasks", "Activity planned");
  (b) its cells: the share that read as dates (through the date normaliser), percentages, RAG
      words or fills, status phrases, post titles or initials, reference numbers, long
      instructions ("Develop a ...", "To review ...") or long narrative ("has been", "was agreed").
Roles are then given to columns as one decision (each role at most once, best total score,
scipy's linear_sum_assignment), and every score is kept, so a wrong answer can be traced in the
`tables` output and by `committee-papers explain`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .normalise.dates import MONTHS, SEASON_END, find_dates, recurrence
from .normalise.status import match_phrase
from .normalise.text import cell_text
from .vocabulary import VOCAB_DIR, fold, header_roles, officer_words, table_kind_pattern

ROLES = (
    "ref", "rec_ref", "theme", "area", "action", "priority", "due", "revised_due", "completed_date", "start",
    "lead", "progress", "status", "rag", "percent", "outcome_measure",
)  # fmt: skip
DETAIL_ROLES = ("due", "lead", "status", "progress", "rag", "percent", "revised_due", "completed_date")
MIN_SCORE = 1.0  # a column takes a role only when its evidence for it is at least this

_PERCENT = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*%\s*(?:complete[d]?)?\s*$", re.I)
_RAG_WORD = re.compile(
    r"^\s*(?:r|a|g|b|ga|ag|ar|ra|red|amber|green|blue|grey|gray|black|purple|"
    r"red/amber|amber/green|amber/red|green/amber)\s*\.?\s*$",
    re.I,
)
_RAG_FILL_HUES = ("red", "amber", "green", "blue")
_REF = re.compile(
    r"^\s*(?:[A-Z]{1,5}[\s\-]?)?\d{1,4}(?:[.\-/]\d{1,3}){0,3}[a-z]?[.)]?\s*$|^\s*[A-Z][.)]\s*$|"
    r"^\s*\(?[ivx]{1,5}\)\s*$|^\s*[a-z][.)]\s*$"
)
_INITIALS = re.compile(r"^\s*[A-Z]{2,4}(?:\s*(?:[/,&;]|and)\s*[A-Z]{2,4})*\s*$")
_AMOUNT = re.compile(r"^\s*[-(]?\s*£?\s*[\d,]+(?:\.\d+)?\s*[km]?\s*\)?\s*$", re.I)
_COMMITMENT = re.compile(r"\b(?:will|shall|is to be|are to be)\b", re.I)
_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:been|now|also|already)?\s*\w+|\b(?:was|were)\s+\w+|"
    r"\b(?:agreed|approved|completed|held|launched|published|undertaken|received|appointed|introduced|"
    r"established|reviewed|adopted|delivered|implemented|presented|reported|circulated|produced|achieved)\b",
    re.I,
)
_NOT_IMPERATIVE = {
    "the", "a", "an", "this", "that", "these", "those", "we", "it", "there", "our", "all", "no", "not", "work",
    "council", "councils", "officers", "members", "report", "each", "some", "new", "i", "they", "he", "she",
    "progress", "update", "plan", "see", "on", "in", "at", "by", "for", "of", "as", "following",
}  # fmt: skip


@cache
def header_words() -> dict[str, dict[str, float]]:
    """Role word (folded, singular) -> {role: weight}, from vocab/header_words.csv."""
    out: dict[str, dict[str, float]] = {}
    with open(VOCAB_DIR / "header_words.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["word"].strip().casefold(), {})[row["role"].strip()] = float(row["weight"])
    return out


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        return word[:-1]
    return word


# roles whose word, last in a heading, says what kind of value the column holds whatever comes before
_VALUE_ROLES = frozenset({"due", "revised_due", "start", "completed_date", "rag", "status", "percent", "lead"})
_HEAD_NOUN_ROLES = frozenset({"rag", "status", "percent", "lead"})  # not dates: "New target date" is a revision


@lru_cache(maxsize=65536)
def heading_vocab_role(text: str) -> str | None:
    """Role of a heading by the phrase vocabulary: 'Completion Date' -> 'due'; None when unknown."""
    folded = fold(cell_text(text))
    if not folded or len(folded) > 80:
        return None
    roles = header_roles()
    if folded in roles:
        return roles[folded]
    stripped = re.sub(r"\b\d[\d/.\-]*\b", " ", folded)
    stripped = re.sub(r"\b(?:q[1-4]|quarter \w+|19|20)\b", " ", stripped)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    if stripped in roles:
        return roles[stripped]
    if len(stripped.split()) > 7:
        return None
    words = stripped.split()
    last = (roles.get(words[-1]) or roles.get(_singular(words[-1]))) if len(words) >= 2 else None
    m = _prefix_pattern().match(stripped)
    first = roles[m.group(0)] if m else None
    if last in _HEAD_NOUN_ROLES and first not in _VALUE_ROLES:
        # the head noun names what the cells hold: "Progress RAG", "Outcome RAG", "Action status"; two
        # kinds of value run together ("Deadline RAG", two headings a PDF merged) keep the first
        return last
    m = _prefix_pattern().match(stripped)  # the longest heading phrase the cell starts with
    if m and not (" " not in m.group(0) and len(words) >= 3 and roles[m.group(0)] == "area"):
        return roles[m.group(0)]  # ("What" heads a column; "What people will notice" is not that column)
    single = " ".join(_singular(w) for w in stripped.split())  # "Priorities", "Target dates"
    if single != stripped:
        if single in roles:
            return roles[single]
        m = _prefix_pattern().match(single)
        return roles[m.group(0)] if m else None
    return None


@cache
def _prefix_pattern() -> re.Pattern:
    phrases = sorted((p for p in header_roles() if len(p) >= 3), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


@lru_cache(maxsize=65536)
def heading_word_roles(text: str) -> tuple[tuple[str, float], ...]:
    """Role weights from the role words a heading holds; the first and last words (head nouns) count most."""
    words = [_singular(w) for w in fold(cell_text(text)).replace("/", " ").split()]
    if not words or len(words) > 12:
        return ()
    best: dict[str, float] = {}
    lexicon = header_words()
    for i, w in enumerate(words):
        for role, weight in lexicon.get(w, {}).items():
            position = 1.0 if i in (0, len(words) - 1) else 0.8
            best[role] = max(best.get(role, 0.0), weight * position)
    return tuple(sorted(best.items()))


@cache
def _post_pattern() -> re.Pattern:
    words = officer_words()
    # a one-word starter ("Council", "Cabinet") opens a post; inside a phrase it is only a noun
    # ("Keeping the Council financially sustainable"); "Head of" names a post wherever it stands
    single = [re.escape(s) for s in words.get("starter", ()) if " " not in s]
    starters = [re.escape(s) for s in words.get("starter", ()) if " " in s]
    suffixes = [re.escape(s) for s in words.get("suffix", ())]
    return re.compile(
        r"^\W*(?:" + "|".join(single) + r")(?!\w)|(?:^|\W)(?:" + "|".join(starters) + r")(?!\w)"
        r"|(?<!\w)(?:" + "|".join(suffixes) + r")(?:s)?(?!\w)",
        re.I,
    )


_LEADING_NUMBER = re.compile(r"^\s*(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?[.):]?|\(?[a-z]\))\s+")


def looks_like_post(text: str) -> bool:
    """A cell naming posts or people's initials ('Head of Finance / JS', 'Corporate Director')."""
    text = text.strip()
    words = text.split()
    if not text or len(words) > 16:
        return False
    if _INITIALS.match(text):
        return True
    if len(words) >= 3 and _instruction(_LEADING_NUMBER.sub("", text)):
        return False  # an instruction ("12. Work with the Police to ...") names a post, it is not one
    # a lead cell names its post first ("Head of Housing (supported by ...)"); an action may name a
    # post further in ("Refresh the offer with partner landlords"), which does not make it a lead
    return bool(_post_pattern().search(text if len(words) <= 6 else " ".join(words[:5])))


def _is_rag_fill(fill: str | None) -> bool:
    from .normalise.status import rag_from_colour

    return rag_from_colour(fill) in _RAG_FILL_HUES


@cache
def action_verbs() -> frozenset[str]:
    """Verbs plans open their actions with (vocab/action_verbs.csv)."""
    with open(VOCAB_DIR / "action_verbs.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["verb"].strip().casefold() for r in csv.DictReader(fh))


def _instruction(text: str) -> bool:
    """An instruction's opening: 'Develop ...', 'To review ...', 'Agree and publish ...'.

    The first word must be a known plan verb, or read as one by its ending ('Digitalise',
    'Rationalize', 'Diversify'): a capitalised noun ('Consultation closes ...') is not an instruction.
    """
    words = re.findall(r"[A-Za-z'\-]+", _LEADING_NUMBER.sub("", text)[:60])
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].casefold()
    if first == "work" and len(words) > 1:  # "Work with partners to ..." is one; "Work has started" is not
        return words[1].casefold() in ("with", "together", "alongside", "closely", "across", "jointly")
    if first == "to" and len(words) > 1:
        return words[1].casefold() in action_verbs() or _verb_ending(words[1].casefold())
    return first not in _NOT_IMPERATIVE and (first in action_verbs() or _verb_ending(first))


def _verb_ending(word: str) -> bool:
    return len(word) >= 6 and word.endswith(("ise", "ize", "ify"))


@dataclass
class ColumnEvidence:
    """What one column's heading and cells say; the numbers behind its role."""

    col: int
    header: str
    vocab_role: str | None = None
    vocab_exact: bool = False  # the whole heading is a phrase of the vocabulary, not only its start
    word_roles: dict[str, float] = field(default_factory=dict)
    n: int = 0  # body cells with text
    filled: float = 0.0
    words: float = 0.0
    long: float = 0.0
    dates: float = 0.0
    percent: float = 0.0
    rag: float = 0.0
    status: float = 0.0
    officer: float = 0.0
    ref: float = 0.0
    amounts: float = 0.0
    narrative: float = 0.0
    commitment: float = 0.0  # sentences saying what will be done ("... will be reported quarterly")
    instruction: float = 0.0
    repeats: float = 0.0
    ratings: float = 0.0  # one-word ratings (High, Medium, Low): an audit priority, not a council's
    labelled: float = 0.0  # cells that open with a field label ('Decision: ...'): a form
    scores: dict[str, float] = field(default_factory=dict)

    def best(self) -> tuple[str | None, float]:
        if not self.scores:
            return None, 0.0
        role = max(self.scores, key=self.scores.get)
        return role, self.scores[role]


def column_evidence(col: int, header: str, cells: list) -> ColumnEvidence:
    """Features of one column from its heading and its body cells (extractors.model.Cell)."""
    ev = ColumnEvidence(col=col, header=" ".join(header.split()) if header else "")
    # stacked header rows ("Response" over "Target date"): the lowest row names the column, the
    # spanning row above it only the group ("Improvement action" over "Ref"), so the column's own
    # row is tried first, then the whole heading, then the rows above
    parts = [p for p in (header or "").split("\u2028") if p.strip()]
    tries = [parts[-1], ev.header, *parts[-2::-1]] if len(parts) > 1 else [ev.header]
    if len(parts) > 1 and table_kind_pattern("generic_subheading").fullmatch(parts[-1].strip()):
        tries = [ev.header, *parts[-2::-1]]  # "Governance Issue" over "Description": the group says what it is
    for text in tries:
        ev.vocab_role = ev.vocab_role or heading_vocab_role(text)
    ev.vocab_exact = any(fold(cell_text(t)) in header_roles() for t in tries)
    for text in tries:
        if not ev.word_roles:
            ev.word_roles = dict(heading_word_roles(text))
    texts = [cell_text(c.text) if not c.merged else "" for c in cells]
    filled = [t for t in texts if t.strip()]
    coloured = [c for c in cells if not c.merged and not c.text.strip() and _is_rag_fill(c.fill)]
    ev.n = len(filled)
    total = max(1, len(cells))
    ev.filled = (len(filled) + len(coloured)) / total
    if filled:
        n = len(filled)
        word_counts = [len(t.split()) for t in filled]
        ev.words = sum(word_counts) / n
        ev.long = sum(w >= 6 for w in word_counts) / n
        short = [t for t, w in zip(filled, word_counts, strict=True) if w <= 12]
        # a date cell is mostly its date: "Quarterly" or "31 March 2024", not an action that
        # mentions one ("Introduce quarterly budget clinics for budget holders")
        # a date cell is mostly its date ("31 March 2024", "By end of Q3"); a short cell naming one
        # among other words ("Plant 500 trees by March 2026", "Payroll Review 2023/24") counts half
        ev.dates = sum(_date_cell_weight(t) for t in filled) / n
        ev.percent = sum(1 for t in filled if _PERCENT.match(t)) / n
        ev.status = sum(1 for t in short if len(t.split()) <= 6 and match_phrase(t)) / n
        ev.officer = sum(1 for t in filled if looks_like_post(t)) / n
        ev.ref = sum(1 for t in filled if _REF.match(t)) / n
        figures = [t for t in filled if _AMOUNT.match(t)]
        # a form's cells open with different field labels ("Decision:", "Key decision:"); a plan's
        # may repeat one ("Recommendation 1:", "Recommendation 2:"), which is numbering, not a form
        labels = [re.sub(r"[\d\s.]+", " ", m.group(1)).strip().lower() for t in filled if (m := _FIELD_LABEL.match(t))]
        if len(labels) >= 2 and len(set(labels)) >= 0.8 * len(labels):
            ev.labelled = len(labels) / n
        if _sums_of_money(figures) or (figures and _figures_heading(ev.header)):  # "250.0", "-100.0", "0.0" are figures, never action numbers
            ev.amounts = len(figures) / n
            ev.ref = sum(1 for t in filled if _REF.match(t) and t not in figures) / n
        else:
            ev.amounts = sum(1 for t in figures if not _REF.match(t)) / n
        ev.narrative = sum(1 for t in filled if len(t.split()) >= 5 and _PAST.search(t)) / n
        ev.instruction = sum(1 for t in filled if len(t.split()) >= 3 and _instruction(t)) / n
        ev.commitment = sum(1 for t in filled if len(t.split()) >= 5 and _COMMITMENT.search(t)) / n
        rating = table_kind_pattern("rating")
        ev.ratings = sum(1 for t in filled if len(t.split()) <= 3 and rating.fullmatch(t.strip(" .*"))) / n
        same = sum(1 for a, b in zip(texts, texts[1:], strict=False) if b.strip() and a == b)
        ev.repeats = same / n
    rag_cells = sum(1 for t in filled if _RAG_WORD.match(t)) + len(coloured)
    ev.rag = rag_cells / max(1, len(filled) + len(coloured))
    ev.scores = _scores(ev)
    return ev


def _date_cell_weight(text: str) -> float:
    words = len(text.split())
    if (words <= 3 and recurrence(text)) or _dated_milestones(text):
        return 1.0
    if words > 8:
        return 0.0
    kind = _dated(text)
    return 1.0 if kind == "date" else 0.5 if kind == "dated" else 0.0


_MILESTONE_TAIL = re.compile(r"[\u2013\u2014\-:(]\s*([^\u2013\u2014\-:(]{1,25}?)\)?\s*\.?$")


def _dated_milestones(text: str) -> bool:
    """'Scheme agreed – Winter; bid submitted – Spring 2020': every milestone ends in its date."""
    segments = [seg.strip() for seg in re.split(r";|\n", text) if seg.strip()]
    if not segments:
        return False
    for seg in segments:
        m = _MILESTONE_TAIL.search(seg)
        tail = m.group(1).strip() if m else ""
        bare = tail.lower().rstrip(".")  # "Winter", "March": a month or season without its year
        if not tail or not (find_dates(tail) or bare in MONTHS or bare in SEASON_END or recurrence(tail)):
            return False
    return True


_FIELD_LABEL = re.compile(r"^\s*([A-Z][\w()/',\- ]{0,40})\??:\s*\S")
# a column headed by a period or a money word ("2024/25 forecast", "Budget £m") holds figures
_YEAR_HEADING = re.compile(r"\b(?:19|20)\d\d(?:\s*[/\-]\s*\d{2,4})?\b|£")


def _figures_heading(header: str) -> bool:
    return bool(_YEAR_HEADING.search(header) or table_kind_pattern("figures_heading").search(header))

_MONEY_SIGN = re.compile(r"[-(£,]|\d\s*[km]\s*$", re.I)


def _sums_of_money(figures: list[str]) -> bool:
    """A column of figures, not of reference numbers: signs, thousands, zeros or repeated values."""
    if len(figures) < 2:
        return False
    values = [t.strip().rstrip(".)") for t in figures]
    zeros = sum(1 for v in values if re.fullmatch(r"[-(]?\s*£?\s*0+(?:\.0+)?", v))
    signed = sum(1 for t in figures if _MONEY_SIGN.search(t))
    return signed + zeros >= max(1, len(figures) // 4) or len(set(values)) < 0.8 * len(values)


def _scores(ev: ColumnEvidence) -> dict[str, float]:
    """Every role's score for one column: heading evidence plus cell evidence."""
    head = dict.fromkeys(ROLES, 0.0)
    if ev.vocab_role in head:
        # "Action" names the column; "What we will do and when" only begins with a name of one
        head[ev.vocab_role] = 3.0 if ev.vocab_exact else 2.3
        if ev.vocab_role == "area":  # a recommendation is what is acted on when no action column exists
            head["action"] = max(head["action"], 1.2)
        if ev.vocab_role == "ref":
            head["rec_ref"] = 1.5
        if ev.vocab_role == "rec_ref":
            head["ref"] = 1.5
        if ev.vocab_role == "due" and ev.word_roles.get("revised_due", 0) >= 0.9:
            head["revised_due"] = 3.2  # "Target Date" over "Revised": the column's own row says which
        if ev.vocab_role == "action" and ev.word_roles.get("area", 0) >= 0.9:
            # "Task Group Recommendation" heads the actions of a tracker with none, else the area
            head["area"] = max(head["area"], 2.0)
    else:
        for role, weight in ev.word_roles.items():
            if role in head:
                head[role] = max(head[role], 2.2 * weight)
    if not ev.n and ev.rag == 0:
        return {r: round(head[r] * 0.5, 3) for r in ROLES}  # an empty column: only its heading speaks
    reliability = min(1.0, 0.5 + 0.25 * ev.n)  # one or two cells say less than ten
    text_penalty = 2.5 * ev.dates + 2.5 * ev.ref + 2.0 * ev.officer + 2.0 * ev.status + 2.5 * ev.percent
    text_penalty += 2.5 * ev.rag + 2.0 * ev.amounts
    content = {
        "ref": 2.6 * ev.ref - 2.0 * ev.long - 1.5 * ev.dates,
        "rec_ref": 2.2 * ev.ref - 2.0 * ev.long - 1.5 * ev.dates,
        "action": 1.8 * ev.long + 1.0 * ev.instruction - 1.2 * ev.narrative - text_penalty,
        "area": 1.3 * ev.long + 0.6 * ev.repeats + 0.4 * (1 - ev.filled) - text_penalty - 0.8 * ev.narrative,
        "progress": 1.4 * ev.long + 1.6 * ev.narrative - 0.9 * ev.instruction + 0.6 * ev.status
        - 2.5 * ev.dates - 2.5 * ev.ref - 2.0 * ev.officer - 2.5 * ev.percent - 2.0 * ev.amounts,
        # a date or a post is never a sum of money ("Forecast Target" over "-621.0")
        "due": 3.0 * ev.dates - 1.5 * ev.long - 1.5 * ev.officer - 2.5 * ev.amounts,
        "revised_due": 0.6 * ev.dates - ev.long,
        "completed_date": 0.6 * ev.dates - ev.long,
        "start": 0.5 * ev.dates - ev.long,
        "lead": 3.0 * ev.officer - 1.2 * ev.long - 2.0 * ev.dates - ev.ref - 2.5 * ev.amounts,
        "status": 3.0 * ev.status - 1.5 * ev.long - 2.0 * ev.dates + 0.8 * ev.rag,  # codes "1"-"4" may look like sums
        "rag": 3.2 * ev.rag - 1.5 * ev.long,
        "percent": 3.5 * ev.percent,
        "theme": 0.8 * ev.repeats + 0.4 * (1 - ev.filled) - 1.5 * ev.dates - 1.5 * ev.officer - 1.5 * ev.ref,
        "priority": -0.5 * ev.long - 4.0 * ev.ratings,  # "High"/"Low" rates a finding; it links to no priority
        "outcome_measure": 0.0,
    }
    named = ev.vocab_role is not None or bool(ev.word_roles)
    if not named:  # an unheaded column of instructions is more steps of the action than what it acts on
        content["area"] -= 0.5 * ev.instruction
    out = {}
    for role in ROLES:
        c = content[role] * reliability
        if named and head[role] == 0 and c > 0:
            c *= 0.5  # a heading naming another role is trusted unless the cells plainly say otherwise
        if ev.vocab_role == role and not (role == "priority" and ev.ratings >= 0.8):
            c = max(c, -1.5)  # ... and a heading naming this one is not outvoted by a few odd cells
        # (but "Priority" over High/Medium/Low in every row is a finding's rating: no plan role)
        out[role] = round(head[role] + c, 3)
    return out


@dataclass
class RoleDecision:
    roles: dict[int, str]  # column -> role
    evidence: list[ColumnEvidence]
    is_plan: bool
    confidence: float
    reason: str | None  # why it is not a plan


def assign_roles(evidence: list[ColumnEvidence]) -> dict[int, str]:
    """Each role at most once, best total score (Hungarian algorithm); weak columns take no role."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not evidence:
        return {}
    n = len(evidence)
    gain = np.full((n, len(ROLES) + n), 0.0)
    for i, ev in enumerate(evidence):
        for j, role in enumerate(ROLES):
            s = ev.scores.get(role, 0.0)
            gain[i, j] = s - MIN_SCORE if s >= MIN_SCORE else -1e6
    rows, cols = linear_sum_assignment(gain, maximize=True)
    roles: dict[int, str] = {}
    for i, j in zip(rows, cols, strict=True):
        if j < len(ROLES) and gain[i, j] > -1e5:
            roles[evidence[i].col] = ROLES[j]
    return _settle_refs(roles, evidence)


def _settle_refs(roles: dict[int, str], evidence: list[ColumnEvidence]) -> dict[int, str]:
    """With two number columns, the action's own number is the one nearest before the action text."""
    refs = [c for c, r in roles.items() if r in ("ref", "rec_ref")]
    action = next((c for c, r in roles.items() if r == "action"), None)
    if len(refs) == 2 and action is not None:
        before = [c for c in refs if c < action]
        own = max(before) if before else min(refs)
        for c in refs:
            roles[c] = "ref" if c == own else "rec_ref"
    elif len(refs) == 1 and roles[refs[0]] == "rec_ref":
        roles[refs[0]] = "ref"
    return roles


def _progress_by_place(roles: dict[int, str], evidence: list[ColumnEvidence], action_col: int) -> None:
    """A column of sentences right of the actions, with no role of its own, reports on them: plans put
    their progress there under headings no vocabulary holds ("Where we are", "Position statement")."""
    free = [
        e for e in evidence
        if e.col > action_col and e.col not in roles and e.n >= 2 and e.words >= 3
        and e.long >= 0.5  # reports are sentences; "Citizens Advice; housing associations" names partners
        and max(e.dates, e.ref, e.officer, e.percent, e.amounts, e.rag) < 0.3
        and e.repeats < 0.5  # one sentence down several rows is an outcome or a theme, not reports
        and not any(w >= 0.5 for r, w in e.word_roles.items() if r != "progress")  # "Joint Plan Outcome"
    ]  # fmt: skip
    if free:
        roles[max(free, key=lambda e: (e.words, -e.col)).col] = "progress"


def _says_something_per_row(evidence: list[ColumnEvidence], col: int) -> bool:
    """A theme column by a heading that may also name outcomes ("Outcome"), over a different
    sentence on every row: results, not groups. A heading that says theme ("Workplan theme") keeps it."""
    ev = next(e for e in evidence if e.col == col)
    words = dict(ev.word_roles)
    return (
        "outcome_measure" in words and words.get("theme", 0) < 0.9
        and ev.n >= 3 and ev.filled >= 0.9 and ev.repeats < 0.1 and ev.long >= 0.5
    )  # fmt: skip


def _grouping_column(evidence: list[ColumnEvidence], roles: dict[int, str]) -> int | None:
    """A first column with no role, short names printed on some rows only and blank under each (a
    tracker naming each audit or review once over its actions): the actions' theme."""
    for ev in evidence[:2]:
        if ev.col in roles or ev.vocab_role or ev.n < 2:
            continue
        if ev.filled <= 0.6 and ev.long < 0.5 and max(ev.ref, ev.officer, ev.status, ev.percent, ev.amounts) < 0.3:
            return ev.col
    return None


def _response_to(evidence: list[ColumnEvidence], roles: dict[int, str], action_col: int) -> int | None:
    """The column answering a column of recommendations with what the council will do.

    A scrutiny or audit tracker prints the recommendation, then the executive's response ("Agreed.
    The figure will be reported quarterly"). When the recommendation holds the action role, a
    column with no role right after it, of sentences most of which commit to something, is the
    action; the recommendation is what it answers."""
    ev = {e.col: e for e in evidence}
    rec = ev[action_col]
    if not (rec.vocab_role == "area" or rec.word_roles.get("area", 0) >= 0.9):
        return None
    after = ev.get(action_col + 1)
    if after is None or after.n < 2 or not (after.long >= 0.6 and after.commitment >= 0.5):
        return None
    if after.col not in roles:
        return after.col
    if roles[after.col] != "progress":
        return None
    # "Management response" took the progress role: an update column that names itself so takes it back
    update = [e for e in evidence if e.col not in roles and e.col != action_col and e.n
              and (e.vocab_role == "progress" or e.word_roles.get("progress", 0) >= 0.9)]  # fmt: skip
    if not update:
        return None
    roles[update[0].col] = "progress"
    return after.col


def _plainly_actions(evidence: list[ColumnEvidence], col: int) -> bool:
    """Most cells instructions, most of them sentences, none repeated down the column (a theme is
    short or runs down several rows)."""
    ev = next(e for e in evidence if e.col == col)
    return ev.n >= 2 and ev.instruction >= 0.6 and ev.long >= 0.6 and ev.repeats < 0.2


def decide(evidence: list[ColumnEvidence], has_header: bool) -> RoleDecision:
    """Roles for a table's columns and whether the table is an action plan, with a confidence and a reason."""
    roles = assign_roles(evidence)
    by_role = {r: c for c, r in roles.items()}
    if "action" not in by_role and "area" in by_role:  # a recommendations tracker
        roles[by_role.pop("area")] = "action"
        by_role = {r: c for c, r in roles.items()}
    if "action" not in by_role and "theme" in by_role and _plainly_actions(evidence, by_role["theme"]):
        # a heading naming themes ("Work stream") over a different instruction in every row, and no
        # other column of actions: the plan's actions, whatever the heading calls them
        roles[by_role.pop("theme")] = "action"
        by_role = {r: c for c, r in roles.items()}
    if "action" in by_role and "theme" not in by_role and (group := _grouping_column(evidence, roles)) is not None:
        roles[group] = "theme"  # "Audit" printed once over each audit's rows, blank below
        by_role = {r: c for c, r in roles.items()}
    if "action" in by_role and "area" not in by_role and (answer := _response_to(evidence, roles, by_role["action"])):
        # "Panel recommendation | Cabinet response": the response says what the council will do
        roles[by_role["action"]], roles[answer] = "area", "action"
        by_role = {r: c for c, r in roles.items()}
    if "action" in by_role and "theme" in by_role and _says_something_per_row(evidence, by_role["theme"]):
        # "Outcome" over a different sentence on every row: what each action achieves, not the theme
        # that groups them (the plan's themes are its banner rows or the heading above)
        col = by_role["theme"]
        del roles[col]
        if "outcome_measure" not in by_role:
            roles[col] = "outcome_measure"
        by_role = {r: c for c, r in roles.items()}
    evidenced = [r for r in DETAIL_ROLES if r in by_role]
    if "action" in by_role and "progress" not in by_role and evidenced:  # never a plan's only detail
        _progress_by_place(roles, evidence, by_role["action"])
        by_role = {r: c for c, r in roles.items()}
    details = [r for r in DETAIL_ROLES if r in by_role]
    anchors = [r for r in ("ref", "area", "theme") if r in by_role]
    reason = _not_a_plan_reason(evidence, by_role, details, anchors)
    confidence = 0.0
    if "action" in by_role:
        ev = {e.col: e for e in evidence}
        action_score = ev[by_role["action"]].scores["action"]
        detail_scores = sorted((ev[by_role[r]].scores[r] for r in details), reverse=True)[:3]
        strength = min(1.0, action_score / 3.5)
        support = min(1.0, sum(min(1.0, s / 3.0) for s in detail_scores) / 3.0 + 0.15 * len(anchors))
        confidence = round(strength * (0.4 + 0.6 * support) * (1.0 if has_header else 0.85), 3)
    if reason is None and not has_header and confidence < HEADERLESS_MIN_CONFIDENCE:
        reason = f"no heading row, and the columns read as a plan only weakly ({confidence:.2f})"
    return RoleDecision(roles, evidence, reason is None, confidence, reason)


HEADERLESS_MIN_CONFIDENCE = 0.5  # a table with no heading row of its own must read plainly as a plan


# tables that had a column of actions and too little beside it (the trail warns of them)
NO_DETAILS = "no dates, leads, status or progress beside the actions"
ONE_DETAIL = "only one of dates, leads, status or progress beside the actions"


def _not_a_plan_reason(evidence, by_role, details, anchors) -> str | None:
    headers = " ".join(e.header for e in evidence)
    if len(evidence) < 2:
        return "a single column: a list or a text box"
    used = [e for e in evidence if e.n or e.header]  # a key printed in a wider grid leaves columns empty
    if table_kind_pattern("key").search(headers) and len(used) <= 4 and "action" not in by_role:
        return "a key or legend"
    money = sum(e.amounts >= 0.5 for e in evidence)
    timed = [r for r in details if r not in ("lead", "progress")]  # dates, status, RAG, percent
    if money >= max(2, len(evidence) // 2) or (money >= 2 and money > len(timed)):
        return "a financial or numeric table"
    core = {m.group(0).lower() for m in table_kind_pattern("risk").finditer(headers)}
    also = {m.group(0).lower() for m in table_kind_pattern("risk_also").finditer(headers)}
    if core and len(core | also) >= 2:
        return "a risk register (likelihood, impact, consequence columns)"
    last = evidence[-1]
    if table_kind_pattern("contents").search(last.header) and last.ref >= 0.6 and "action" not in by_role:
        return "a contents list"
    content = [e for e in evidence if e.n]
    roleless = [e for e in content if e.col not in {c for c in by_role.values()}]
    if len(content) >= 6 and len(roleless) > len(content) / 2:
        return f"{len(roleless)} of {len(content)} columns fit no role of a plan: figures or a form"
    if "action" not in by_role:
        return "no column of actions or recommendations"
    action = next(e for e in evidence if e.col == by_role["action"])
    if action.labelled >= 0.5 and len(details) < 2:
        return "a form: its cells are labelled fields ('Decision: ...'), not actions"
    if len(details) >= 2 or (anchors and details):
        return None
    # a heading that names the column as actions ("Action", "Key deliverables") beside another column
    # of the plan (its milestones, its measure, what residents will see): a plan that reports no leads
    others = [r for r in (*details, "area", "outcome_measure") if r in by_role]
    named = action.vocab_role in ("action", None) and action.word_roles.get("action", 0) >= 0.9
    if named and action.n >= 2 and others and not money:
        return None
    return NO_DETAILS if not details else ONE_DETAIL


def summarise(decision: RoleDecision) -> list[str]:
    """'col:role:score' per column, the form kept in the `tables` output."""
    out = []
    for ev in decision.evidence:
        role = decision.roles.get(ev.col)
        score = ev.scores.get(role, 0.0) if role else ev.best()[1]
        out.append(f"{ev.col}:{role or '-'}:{score:.2f}")
    return out


_FIGURE = re.compile(r"(?<![\w/])-?£?\d[\d,]*\.\d+\b|(?<![\w/])-?£?\d{1,3}(?:,\d{3})+\b")
_YEAR_SPAN = re.compile(r"\b20\d\d[-/]\d\d\b")


_BARE_YEARS = re.compile(r"^(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?$")


_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")


def _dated(text: str) -> str | None:
    """'date' for a line that is a date cell's: short, or mostly its date ('By end of March 2025');
    'dated' for a line naming a date among other words: a milestone ('Draft vision to Cabinet –
    Autumn 2019'), or a budget's line ('Pension strain from July 2026'). A bare year is neither."""
    atoms = [a for a in find_dates(text) if not _BARE_YEAR.match(a.text)]  # a budget's year column
    if not atoms:
        return None
    dated = sum(len(a.text.replace(" ", "")) for a in atoms)
    return "date" if dated >= 0.4 * len(text.replace(" ", "")) else "dated"


@lru_cache(maxsize=20000)
def _cell_kinds_of(raw: str) -> frozenset[str]:
    """The kinds of plan cell one printed line may be (see `_plan_cell_kinds`); cached, because
    running headers, footers and a plan's repeated words come back on every page."""
    from .normalise.officers import is_ditto, is_post_title

    text = " ".join(raw.split())
    n = len(text.split())
    if not text or n > 12 or len(_FIGURE.findall(text)) >= 2 or len(_YEAR_SPAN.findall(text)) >= 2:
        return frozenset()
    kinds = set()
    if dated := _dated(text):
        kinds.add(dated)
    if n <= 8 and is_ditto(text) or n <= 6 and is_post_title(text):
        kinds.add("post")
    elif n <= 8 and looks_like_post(text):
        kinds.add("lead")
    if n <= 6 and (len(text) > 1 or text.isupper()) and match_phrase(" ".join(text.split()[:4])):
        kinds.add("status")  # a RAG letter is a capital; 'a' on its own is a sentence's article
    return frozenset(kinds)


def _plan_cell_kinds(runs: list) -> list[tuple[object, frozenset[str]]]:
    """Each printed run (extractors.model.TextRun) that reads like one of a plan's cells: a date
    ('date', or 'dated' for a line naming one), a post title or ditto ('post'), anything else that may
    name a lead, initials included ('lead'), a status phrase ('status'). A run is a cell's line,
    so sentences of prose, rows of figures and a budget's year headings ('2025-26 | 2026-27') are
    not cells of a plan."""
    found = []
    for run in runs[:800]:
        kinds = _cell_kinds_of(run.text)
        if kinds:
            found.append((run, kinds))
    year_heads: dict[int, int] = {}
    for run, _ in found:
        if _BARE_YEARS.match(run.text.strip()):
            year_heads[round(run.top)] = year_heads.get(round(run.top), 0) + 1
    out = []
    for run, kinds in found:
        if _BARE_YEARS.match(run.text.strip()) and year_heads[round(run.top)] >= 2:
            kinds = kinds - {"date"}  # a row of bare years heads a budget's columns
        if kinds:
            out.append((run, frozenset(kinds)))
    return out


def plan_rows_printed(runs: list) -> int:
    """How many printed rows hold two of a plan's cells side by side: a date beside a lead or a
    status, a lead beside a status, in different columns on one line (within a line's height, so
    a row whose cells are top- or bottom-aligned both count). Whatever a plan's headings say, its
    rows look like this; minutes and reports name dates and posts inside sentences, and budgets
    and registers rarely put a date beside a post."""
    cells = sorted(_plan_cell_kinds(runs), key=lambda c: c[0].top)
    rows: set[int] = set()
    for i, (run, kinds) in enumerate(cells):
        height = max(run.bottom - run.top, 6.0)
        for other, other_kinds in cells[i + 1 :]:
            if other.top - run.top > 1.5 * height:
                break
            if abs(run.x0 - other.x0) > 20 and _side_by_side(kinds, other_kinds) and _apart(run, other, height):
                rows.add(round(run.top / height))
                break
    return len(rows)


_SAME_KIND = {"dated": "date", "post": "lead"}


def _side_by_side(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two cells that make a plan's row: two different kinds of cell (a date beside a lead, a lead
    beside a status). A line merely naming a date counts only beside a post or a status: a budget's
    line beside a directorate's code ('CHB') is no plan's row."""
    kinds = {_SAME_KIND.get(k, k) for k in a | b}
    if len(kinds) < 2:
        return False
    if "date" not in a | b:  # the only date is a line naming one
        return bool((a | b) & {"post", "status"})
    return True


def _apart(a, b, height: float) -> bool:
    """Two runs of one line in different cells: a cell's padding and its rules stand between them.
    A sentence's words set apart by justification or a change of font are closer than half a line."""
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    if left.x1 is None:
        return True
    return right.x0 - left.x1 >= 0.5 * height


def reads_like_plan_rows(runs: list) -> bool:
    """A page whose printed rows read like a plan's (two rows or more, see `plan_rows_printed`). The
    PDF extractor's triage parses a page that holds a heading line of known roles or passes this."""
    return plan_rows_printed(runs) >= 2


def holds_plan_cells(runs: list) -> bool:
    """Any run that reads like a plan's date, lead or status: the least a page continuing a plan
    table shows (the triage follows a plan over ruled pages only while they do)."""
    return bool(_plan_cell_kinds(runs))


def _run_heading_role(text: str) -> str | None:
    """The role a printed heading cell's line names, by the phrase vocabulary or a strong role word."""
    text = " ".join(text.split())
    if not text or len(text.split()) > 8:
        return None
    if role := heading_vocab_role(text):
        return role
    words = [(w, r) for r, w in heading_word_roles(text)]
    best = max(words, default=(0.0, None))
    return best[1] if best[0] >= 0.7 else None


def _vocabulary_heading(text: str) -> bool:
    """A run that is, whole, a heading of the vocabulary ('Actions', 'Area for improvement')."""
    return fold(cell_text(text)) in header_roles()


def _short_heading(text: str) -> bool:
    """A run that may be a column's heading whose words the vocabulary does not know: a few words, no figures."""
    words = text.split()
    return 1 <= len(words) <= 4 and not any(ch.isdigit() for ch in text) and not text.strip().endswith(".")


def heading_row_printed(runs: list) -> bool:
    """A printed row of column headings naming three roles or more, one of them the action or the area
    it answers (or both the lead and the due date), in different columns of one line (a wrapped
    heading's first or last line is enough): the page may hold a plan. A third heading the vocabulary
    does not know counts beside the action's and another's. The vocabulary is table assembly's."""
    named = sorted(
        ((run, role) for run in runs[:800] if (role := _run_heading_role(run.text))), key=lambda x: x[0].top
    )
    for i, (run, role) in enumerate(named):
        height = max(run.bottom - run.top, 6.0)
        roles, xs = {role}, [run.x0]
        for other, other_role in named[i + 1 :]:
            if other.top - run.top > 1.5 * height:
                break
            if all(abs(other.x0 - x) > 20 for x in xs):
                roles.add(other_role)
                xs.append(other.x0)
        if role in ("action", "area") and _vocabulary_heading(run.text) and len(roles) == 2 and roles - {"ref", "theme"}:
            # "Action | Measure | Milestones": the action's own heading, a detail's and a third heading
            xs += [o.x0 for o in runs[:800] if _short_heading(o.text) and abs(o.top - run.top) <= 0.5 * height]
            roles.add("?") if len({round(x / 20) for x in xs}) >= 3 else None
        if len(roles) >= 3 and (roles & {"action", "area"} or {"lead", "due"} <= roles):
            return True  # an action column's heading is the plan's own wording; who and when are not
    return False

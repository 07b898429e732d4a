"""The day a course of conduct began, where the complaint tells it as running since then.

"Since March 2025 he has been calling me", "he keeps messaging me since 4 July",
"04.02.2025 से लगातार धमकी भरे फोन आ रहे हैं", "10 March se lagataar peecha kar raha hai",
"from January onwards she was harassed": the conduct opened on that day and ran on to the
incident the complaint dates, so that day opens the occurrence window (IF-1 item 3). A
"since" of the complainant's own life ("living here since 1998", "worked with us since
2015", "not coming to work since Monday") tells no conduct and opens nothing: the clause
must name one of the acts of the phrase list ``times.conduct``, and neither a word of
``times.own_life`` nor a negation ("not answering calls since January").
"""

from __future__ import annotations

import re
from datetime import date

from afirgen.pipeline.extraction.dates import MONTH_PATTERN, MONTHS, DateMention
from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.phrases import phrase_pattern, stem_pattern

__all__ = ["conduct_began"]

_CONDUCT = re.compile(stem_pattern("times", "conduct"), re.IGNORECASE)
_OWN_LIFE = re.compile(phrase_pattern("times", "own_life"), re.IGNORECASE)
# "not answering calls since January", "tab se koi phone nahi aaya": an absence, not conduct
_NEGATION = re.compile(
    r"\b(?:not|never|no)\b|n't\b|(?<![\w\u0900-\u097f])(?:nahi|nahin|नहीं|नही)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# "... se lagataar", "... से लगातार": Hindi tells "since" after the day
_RUNNING_AFTER = re.compile(
    r"\s*(?:se|से)\s+(?:(?:hi|ही)\s+)?(?:lagataa?r|lagata?r|लगातार)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# "since July", "since March 2025", "सितंबर 2025 से लगातार": a month, the first of it
_MONTH_ALONE = re.compile(
    rf"(?<![\w\u0900-\u097f\d])({MONTH_PATTERN})\.?,?(?:\s+(\d{{4}}))?(?![\w\u0900-\u097f])"
    r"(?!\s*\d)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|and\s+then|lekin|par|magar)\b|लेकिन|मगर", re.I)


def conduct_began(doc: Complaint, dates: list[DateMention], reference: date | None) -> date | None:
    """The earliest day a told course of conduct ran from, if the complaint tells one."""
    starts = [
        value
        for start, end, value in [*_dated_starts(dates), *_month_starts(doc, reference)]
        if value is not None and _opens_a_run(doc, start, end) and _tells_conduct(doc, start)
    ]
    return min(starts, default=None)


def _dated_starts(dates: list[DateMention]) -> list[tuple[int, int, date | None]]:
    return [(d.start, d.end, d.value) for d in dates if d.kind == "explicit" and not d.span_to]


def _month_starts(doc: Complaint, reference: date | None) -> list[tuple[int, int, date | None]]:
    found: list[tuple[int, int, date | None]] = []
    for m in _MONTH_ALONE.finditer(doc.folded, doc.body_start):
        month = MONTHS[m[1].casefold()]
        if m[2]:
            year: int | None = int(m[2])
        elif reference is not None:
            year = reference.year - (month > reference.month)
        else:
            year = None
        found.append((m.start(), m.end(), date(year, month, 1) if year else None))
    return found


def _opens_a_run(doc: Complaint, start: int, end: int) -> bool:
    """ "since <day>" before it, or "se lagataar" / "onwards" / "till date" after it."""
    since = _SINCE_BEFORE.search(doc.folded, max(0, start - 12), start)
    return bool(since or _RUNNING_AFTER.match(doc.folded, end))


def _tells_conduct(doc: Complaint, at: int) -> bool:
    """The clause of the day names an act of harassment, threat, demand or contact."""
    sentence = doc.sentences[doc.sentence_index(at)]
    text = doc.folded[sentence.start : sentence.end]
    offset = at - sentence.start
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    opened = max((b for b in breaks if b < offset), default=0)
    closed = min((b for b in breaks if b > offset), default=len(text))
    if _OWN_LIFE.search(text, opened, closed) or _NEGATION.search(text, opened, closed):
        return False
    return bool(_CONDUCT.search(text, opened, closed))

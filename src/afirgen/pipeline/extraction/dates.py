"""Dates in a complaint (IF-1 item 3); clock times are in :mod:`times`.

Finds absolute dates ("14/03/2025", "14 March 2025", "March 14th", "5 जून 2025")
and dates relative to the day the complaint is made ("yesterday", "kal raat",
"परसों", "3 din pehle", "last Sunday", "15 tareekh"). A relative date with no
reference date stays unknown: it is never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from afirgen.pipeline.extraction.document import Complaint
from afirgen.text.numbers import number_from_word, number_word_pattern

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvari जनवरी",
        "february feb farvari फरवरी फ़रवरी",
        "march मार्च",
        "april apr aprail अप्रैल अप्रेल",
        "may मई",
        "june jun जून",
        "july jul julai जुलाई",
        "august aug agast अगस्त",
        "september sept sep sitambar सितंबर सितम्बर",
        "october oct aktubar अक्टूबर अक्तूबर",
        "november nov navambar नवंबर नवम्बर",
        "december dec disambar दिसंबर दिसम्बर",
    ],
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# month names (English, Hinglish, Devanagari) and their numbers, for readers of a month alone
MONTHS = _MONTHS
MONTH_PATTERN = _MONTH
_ORD = r"(?:st|nd|rd|th)?"

_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH})(?![\w\u0900-\u097f])\.?,?(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![\w\u0900-\u097f])({_MONTH})\.?\s+(\d{{1,2}}){_ORD}(?!\d)(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# "12-13 March ki raat", "5 से 7 जून", "28, 29 and 30 November": days of one month.
_DAY_SPAN = re.compile(
    rf"(?<![\d/.-])(\d{{1,2}}){_ORD}(?:\s*,\s*\d{{1,2}}{_ORD})*\s*(?:-|–|to|se|से|and|aur|और)\s*"
    rf"(\d{{1,2}}){_ORD}\s+({_MONTH})"
    rf"(?![\w\u0900-\u097f])\.?,?(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# "from March 2024 to January 2025", "February se April tak", "नवंबर 2024 से 15 मार्च 2025":
# a period told by months; it opens on the first of its first month
_MONTH_SPAN = re.compile(
    rf"(?<![\w\u0900-\u097f])({_MONTH})\.?,?(?:\s+(\d{{4}}))?\s*(?:-|–|to|till|until|and|se|से)\s+"
    rf"(?:(\d{{1,2}}){_ORD}\s+)?({_MONTH})(?![\w\u0900-\u097f])\.?,?(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_ORD}\s*(?:tareekh|tarikh|तारीख़?|of\s+this\s+month)", re.IGNORECASE
)
# "between 10 pm on the 3rd and 6 am on the 4th": a day of the month with no month; only
# where a pause, a link or a part of the day follows ("the 3rd floor", "the 2nd and 3rd
# accused" are no dates)
_ORDINAL_DAY = re.compile(
    r"(?<![\w])the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$)|\s+(?:at|night|morning|evening|"
    r"afternoon|ko|ki|se)\b|\s+(?:को|की|से)|\s+and\s+(?!\d{1,2}(?:st|nd|rd|th)\s+[a-z]))",
    re.IGNORECASE,
)
_DAYS_AGO = re.compile(
    rf"(?<![\w])(\d{{1,2}}|{number_word_pattern()})\s+(?:days?|din|दिन)\s+"
    r"(?:ago|back|before|pehle|pahle|पहले)",
    re.IGNORECASE,
)
_RELATIVE_WORDS: list[tuple[str, int]] = [
    (r"day\s+before\s+yesterday", -2),
    (r"parso[n]?|परसों", -2),
    # "beeti raat", "बीती रात", "पिछली रात": the night just gone
    (
        r"yesterday|last\s+night|kal|कल|(?:beeti|biti|pichhli|pichli)\s+raat|(?:बीती|पिछली)\s+रात",
        -1,
    ),
    (r"today|tonight|this\s+(?:morning|afternoon|evening)|aaj|आज", 0),
]
_RELATIVE = re.compile(
    "|".join(rf"(?P<r{i}>(?<![\w\u0900-\u097f])(?:{p})(?![\w\u0900-\u097f]))"
             for i, (p, _) in enumerate(_RELATIVE_WORDS)),
    re.IGNORECASE,
)  # fmt: skip
_WEEKDAYS = [
    "monday somvar सोमवार",
    "tuesday mangalvar मंगलवार",
    "wednesday budhvar बुधवार",
    "thursday guruvar गुरुवार",
    "friday shukravar शुक्रवार",
    "saturday shanivar शनिवार",
    "sunday ravivar itvaar इतवार रविवार",
]
_WEEKDAY_INDEX = {name: i for i, names in enumerate(_WEEKDAYS) for name in names.split()}
_WEEKDAY = re.compile(
    rf"(?<![\w\u0900-\u097f])({'|'.join(_WEEKDAY_INDEX)})(?![\w\u0900-\u097f])", re.IGNORECASE
)
# What may stand between a weekday and the date it qualifies.
_BESIDE = re.compile(
    r"[\s,()\-]*(?:(?:the|on|ko|को|dated|date|dinank|दिनांक|tarikh|तारीख़?)[\s,():\-]*)*",
    re.IGNORECASE,
)
# A date next to these words is not the occurrence (wedding day, birthday).
_NOT_OCCURRENCE = re.compile(
    r"marri|marriage|shadi|shaadi|शादी|विवाह|vivah|born|birth|dob|जन्म|janm|paida|पैदा",
    re.IGNORECASE,
)

# The date of a paper, not of a deed ("agreement dated 02.08.2023", "dissolution deed dated
# 31 March", "अनुबंध दिनांक"), and the date a statement was taken down ("statement recorded
# by SI ..., 03.06.2025").
_DATE_OF_A_PAPER = re.compile(
    r"(?:agreement|deed|lease|contract|invoice|receipt|notice|letter|order|anubandh|अनुबंध|"
    r"इकरारनामा)\s+(?:[\w-]+\s+){0,3}?(?:dated|dt\.?|दिनांक|dinank)\s*$"
    r"|statement\s+(?:of\s+\w+\s+)?recorded|recorded\s+by\b|बयान\s+दर्ज",
    re.IGNORECASE,
)

# A date alone on its line ("12/11/2025", "Date: 12.11.2025", "दिनांक 12.11.2025") among
# the letter's last lines is the day it was written and signed, not of the occurrence.
_DATE_LINE_LABEL = re.compile(r"^\s*(?:date[d:.]?|dt[.:]?|दिनांक|दि\.|dinank)?\s*[:.-]?\s*$", re.I)
_LAST_LINES = 4
_SIGN_OFF_WORDS = 8  # a longer line after it is more of the complaint, not the sign-off


def _signed_on(doc: Complaint, mention: DateMention) -> bool:
    line_start = doc.folded.rfind("\n", 0, mention.start) + 1
    line_end = doc.folded.find("\n", mention.end)
    line_end = len(doc.folded) if line_end < 0 else line_end
    if not _DATE_LINE_LABEL.match(doc.folded[line_start : mention.start]):
        return False
    if doc.folded[mention.end : line_end].strip(" .,"):
        return False
    rest = [line for line in doc.folded[line_end:].split("\n") if line.strip()]
    return len(rest) < _LAST_LINES and all(len(line.split()) <= _SIGN_OFF_WORDS for line in rest)


Kind = Literal["explicit", "relative", "today"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None  # None when it is relative and no reference date was given
    # "explicit": a calendar date or "18 tarikh"; "relative": yesterday, parso, last
    # Sunday, 3 din pehle; "today": aaj / today, often the day of reporting, not of the act
    kind: Kind = "explicit"
    weekday_stated: int | None = None  # "Monday, 16 June": the weekday written beside it
    span_to: date | None = None  # "27-28 November": the last day of a span of days


def find_dates(doc: Complaint, reference: date | None) -> list[DateMention]:
    """Every date mention in the text, in reading order, overlapping matches dropped."""
    found = [
        *_absolute_dates(doc.folded, reference),
        *_relative_dates(doc.folded, reference),
        *_day_of_month_dates(doc.folded, reference),
    ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return _attach_weekdays(doc.folded, kept)


def _attach_weekdays(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A weekday written right beside a calendar date qualifies it ("Monday, 16.06.2025",
    "16 June (Monday)", "सोमवार दिनांक 16"): it is kept as the stated weekday, not as a
    second date, so that a weekday that does not match the date can be shown as a doubt."""
    skip: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in skip or mention.kind != "explicit":
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(mentions) or other in skip:
                continue
            weekday = _WEEKDAY.fullmatch(text[mentions[other].start : mentions[other].end])
            lo, hi = sorted((mentions[other], mention), key=lambda m: m.start)
            if weekday and _BESIDE.fullmatch(text[lo.end : hi.start]):
                skip.add(other)
                mentions[index] = replace(
                    mention, weekday_stated=_WEEKDAY_INDEX[weekday[1].casefold()]
                )
                break
    return [m for i, m in enumerate(mentions) if i not in skip]


def weekday_mismatch(mention: DateMention) -> bool:
    """True when the weekday written beside a date is not that date's weekday."""
    return (
        mention.value is not None
        and mention.weekday_stated is not None
        and mention.value.weekday() != mention.weekday_stated
    )


def _absolute_dates(text: str, reference: date | None) -> list[DateMention]:
    found = []
    for m in _NUMERIC_DATE.finditer(text):
        found.append(DateMention(m.start(), m.end(), _make_date(m[4], m[3], m[1])))
    for m in _DAY_MONTH.finditer(text):
        value = _dated(m[3], _MONTHS[m[2].casefold()], int(m[1]), reference)
        found.append(DateMention(m.start(), m.end(), value))
    for m in _DAY_SPAN.finditer(text):
        month = _MONTHS[m[3].casefold()]
        first = _dated(m[4], month, int(m[1]), reference)
        found.append(
            DateMention(
                m.start(), m.end(), first, span_to=_dated(m[4], month, int(m[2]), reference)
            )
        )
    for m in _MONTH_SPAN.finditer(text):
        if not _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            found.append(_month_span(m, reference))
    for m in _MONTH_DAY.finditer(text):
        value = _dated(m[3], _MONTHS[m[1].casefold()], int(m[2]), reference)
        found.append(DateMention(m.start(), m.end(), value))
    return found


def _month_span(m: re.Match[str], reference: date | None) -> DateMention:
    """A period of months: from the first day of the first month to the day given, else to
    the last day of the last month (never after the day of reporting). A year left out is
    the end's year, else the latest one that puts the period before the reference."""
    first, last = _MONTHS[m[1].casefold()], _MONTHS[m[4].casefold()]
    end_year = int(m[5] or m[2] or 0) or None
    if end_year is None and reference is not None:
        end_year = reference.year - (last > reference.month)
    start_year = int(m[2]) if m[2] else (end_year - (first > last) if end_year else None)
    if start_year is None or end_year is None:
        return DateMention(m.start(), m.end(), None)
    end_day = int(m[3]) if m[3] else calendar.monthrange(end_year, last)[1]
    to = _make_date(str(end_year), str(last), str(end_day))
    if to and reference and to > reference and not m[3]:
        to = reference
    return DateMention(m.start(), m.end(), date(start_year, first, 1), span_to=to)


def _make_date(year: str, month: str, day: str) -> date | None:
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        return date(full_year, int(month), int(day))
    except ValueError:
        return None


def _dated(year: str | None, month: int, day: int, reference: date | None) -> date | None:
    """A day and month, with the year given or else the latest one not after the reference."""
    if year:
        return _make_date(year, str(month), str(day))
    if reference is None:
        return None
    candidate = _make_date(str(reference.year), str(month), str(day))
    if candidate and candidate > reference:
        candidate = _make_date(str(reference.year - 1), str(month), str(day))
    return candidate


def _relative_dates(text: str, reference: date | None) -> list[DateMention]:
    found = []
    for m in _RELATIVE.finditer(text):
        offset = next(_RELATIVE_WORDS[int(k[1:])][1] for k, v in m.groupdict().items() if v)
        kind: Kind = "today" if offset == 0 else "relative"
        found.append(DateMention(m.start(), m.end(), _shift(reference, offset), kind))
    for m in _DAYS_AGO.finditer(text):
        days = number_from_word(m[1])
        found.append(
            DateMention(m.start(), m.end(), _shift(reference, -int(days or 0)), "relative")
        )
    for m in _WEEKDAY.finditer(text):
        found.append(DateMention(m.start(), m.end(), _last_weekday(reference, m[1]), "relative"))
    return found


def _day_of_month_dates(text: str, reference: date | None) -> list[DateMention]:
    return [
        DateMention(m.start(), m.end(), _day_of_month(reference, int(m[1])))
        for pattern in (_DAY_OF_MONTH, _ORDINAL_DAY)
        for m in pattern.finditer(text)
    ]


def _shift(reference: date | None, days: int) -> date | None:
    return reference + timedelta(days=days) if reference else None


def _last_weekday(reference: date | None, name: str) -> date | None:
    """The latest such weekday before the reference date ("on Sunday", "last Sunday")."""
    if reference is None:
        return None
    back = (reference.weekday() - _WEEKDAY_INDEX[name.casefold()]) % 7 or 7
    return reference - timedelta(days=back)


def _day_of_month(reference: date | None, day: int) -> date | None:
    """ "15 tareekh": that day of the reference month, or of the month before if still ahead."""
    if reference is None:
        return None
    candidate = _make_date(str(reference.year), str(reference.month), str(day))
    if candidate and candidate <= reference:
        return candidate
    previous = reference.replace(day=1) - timedelta(days=1)
    return _make_date(str(previous.year), str(previous.month), str(day))


def is_occurrence_date(doc: Complaint, mention: DateMention, reference: date | None = None) -> bool:
    """False for dates of a wedding or a birth, of a paper ("agreement dated ...") or of a
    statement taken down, dates in the letter's header, and dates after the day of reporting
    (a house number such as "10-3-45" read as a date)."""
    if doc.body_start and mention.start < doc.body_start:
        return False
    if reference and mention.value and mention.value > reference:
        return False
    sentence = doc.sentences[doc.sentence_index(mention.start)]
    if sentence.is_subject:
        return False
    before = doc.folded[max(sentence.start, mention.start - 40) : mention.start]
    after = doc.folded[mention.end : min(sentence.end, mention.end + 25)]
    if _DATE_OF_A_PAPER.search(doc.folded[max(0, mention.start - 60) : mention.start]):
        return False
    if _signed_on(doc, mention):
        return False
    return not (_NOT_OCCURRENCE.search(before) or _NOT_OCCURRENCE.search(after))

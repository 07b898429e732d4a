"""Clock times in a complaint, with the part of the day taken from nearby words.

"9:30 pm", "21:30 hrs", "raat 10 baje", "सुबह 8 बजे", "साढ़े नौ बजे", "सात बजकर दस मिनट",
"8 in the morning", "quarter past 8 in the evening". "raat 10 baje" becomes 22:00;
a bare "8:40" with no hint stays 08:40.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from afirgen.pipeline.extraction.document import Complaint
from afirgen.text.numbers import (
    FRACTION_PREFIXES,
    number_from_word,
    number_word_pattern,
)

_NUM = rf"(?:\d{{1,2}}|{number_word_pattern()})"
_FRACTION = "|".join(FRACTION_PREFIXES)
_MERIDIEM = r"(?P<mer>[ap])\.?\s?m\b\.?"
# "baje" and the Punjabi "vaje": o'clock.
_BAJE = r"(?:baje|vaje|बजे|o['’]?\s?clock)"
_WORD_START = r"(?<![\w\u0900-\u097f])"
_PATTERNS = [
    # 9:30 pm, 21:30 hrs, 7.45 am, 8:30 baje
    rf"(?<![\d.,:/])(?<![Rr]s\.\s)(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\.?\d)"
    rf"(?:\s*(?:{_MERIDIEM}|hrs?\b|hours\b|baje\b|बजे))?",
    # 2130 hrs
    r"(?<![\d,.])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs?|hours)\b",
    # 9 pm
    rf"(?<![\d.,:])(?P<h>\d{{1,2}})\s*{_MERIDIEM}",
    # "saat baj ke das minute", "7 bajkar 20 min", "सात बजकर दस मिनट": hour and minutes in words
    rf"{_WORD_START}(?P<hw>{_NUM})\s*(?:baj|बज)\s*(?:ke|kar|के|कर)\s*(?P<mw>{_NUM})\s*"
    r"(?:minutes?|minat|mins?|मिनट)",
    # raat 10 baje, साढ़े नौ बजे, 6 o'clock
    rf"{_WORD_START}(?:(?P<frac>{_FRACTION})\s+)?(?P<hw>{_NUM})\s*{_BAJE}",
    # "5 se 7 baje", "saade gyarah, baarah baje", "ek-sawa baje": two hours told together, the
    # first is when it began (a second "7 baje" is read on its own as the window's end)
    rf"{_WORD_START}(?:(?P<frac>{_FRACTION})\s+)?(?P<hw>{_NUM})(?=\s*(?:-|–|,|/|se|से|to|ya|or|या)"
    rf"\s*(?:(?:{_FRACTION})(?:\s*{_NUM})?|{_NUM})\s*{_BAJE})",
    # 8 in the morning
    r"(?<![\d.,:])(?P<h>\d{1,2})\s+(?=in\s+the\s+(?:morning|afternoon|evening|night))",
    # "early morning around 5 a man ...", "raat ko lagbhag 11, jab ...": an hour told after a
    # word for the part of the day and "around", before a pause or the next clause
    r"\b(?:morning|evening|night|afternoon|subah|shaam|raat)(?:\s+ko)?\s+(?P<at>(?:at\s+)?"
    r"(?:around|about|approx\.?|approximately|lagbhag|kareeb|qareeb)\s+(?P<h>\d{1,2}))"
    r"(?=\s*(?:[,;]|\.(?!\d)|$)|\s+(?:a|an|the|i|we|he|she|they|my|our|when|while|"
    r"someone|somebody|jab|ek|do|teen|koi|kuch|\w+ing)\b)",
    # quarter past 9
    rf"(?P<rel>quarter\s+past|half\s+past|quarter\s+to)\s+(?P<hw>{_NUM})",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
_DAY_PARTS = [
    ("morning", r"morning|subah|subeh|सुबह|सवेरे|savere"),
    ("noon", r"afternoon|noon|dopahar|dopehar|दोपहर"),
    ("evening", r"evening|shaam|sham|शाम"),
    ("night", r"night|raat|rat|रात|tonight"),
]
# "6.20 acres", "1.26 hectare", "2.5 kg": a measure, not a clock time
_NOT_A_TIME_AFTER = re.compile(
    r"\s*(?:lakh|lac|crore|hazaar|thousand|%|percent|kg|gm|km|acres?|hectares?|bigha|kanal|"
    r"marla|decimals?|cents?|quintals?|litres?|liters?|ltrs?|met(?:re|er)s?|feet|ft|inch\w*|"
    r"tola|grams?|tons?|एकड़|हेक्टेयर|बीघा|क्विंटल|लीटर|मीटर|किलो|ग्राम)",
    re.I,
)
# "[03/11/24, 7:45 PM] Name:": the time a chat message was sent, not of the occurrence
_CHAT_STAMP = re.compile(r"\[\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s*$")


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: time


def find_times(doc: Complaint) -> list[TimeMention]:
    """Every clock time in reading order."""
    found = []
    for pattern in _COMPILED:
        for match in pattern.finditer(doc.folded):
            if _NOT_A_TIME_AFTER.match(doc.folded, match.end()) or _CHAT_STAMP.search(
                doc.folded, max(0, match.start() - 14), match.start()
            ):
                continue
            # the word for the part of the day may open the match ("morning around 5")
            start = match.start("at") if match.groupdict().get("at") else match.start()
            value = _to_time(match, _day_part(doc, start, match.end()))
            if value is not None:
                found.append(TimeMention(match.start(), match.end(), value))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TimeMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _day_part(doc: Complaint, start: int, end: int) -> str | None:
    """Morning/noon/evening/night from words just before or after, within the sentence."""
    sentence = doc.sentences[doc.sentence_index(start)]
    before = doc.folded[max(sentence.start, start - 60) : start]
    after = doc.folded[end : min(sentence.end, end + 25)]
    if re.match(r"\s*(?:at|in)\b", after, re.IGNORECASE):  # "8 in the morning"
        hits = _day_part_hits(after[:20])
        if hits:
            return hits[0][1]
    hits = _day_part_hits(before)
    if hits:
        return hits[-1][1]  # the nearest word before the time
    hits = _day_part_hits(after)
    return hits[0][1] if hits else None


def _day_part_hits(window: str) -> list[tuple[int, str]]:
    hits = [
        (m.start(), part)
        for part, pattern in _DAY_PARTS
        for m in re.finditer(
            rf"(?<![\w\u0900-\u097f])(?:{pattern})(?![\w\u0900-\u097f])", window, re.IGNORECASE
        )
    ]
    return sorted(hits)


def _to_time(match: re.Match[str], part: str | None) -> time | None:
    groups = match.groupdict()
    hour_text = groups.get("h") or groups.get("hw")
    hour = number_from_word(hour_text) if hour_text else None
    if hour is None or hour > 23:
        return None
    # "dhai baje": a word that is itself a fraction of an hour
    minute = int(groups["m"]) if groups.get("m") else round(hour % 1 * 60)
    if groups.get("mw"):
        minute = int(number_from_word(groups["mw"]) or 0)
        if minute > 59:
            return None
    if groups.get("frac"):
        shift = FRACTION_PREFIXES[groups["frac"].casefold()]
        hour, minute = (hour - 1, 45) if shift < 0 else (hour, int(shift * 60))
    if groups.get("rel"):
        rel = groups["rel"].casefold()
        hour, minute = (hour - 1, 45) if rel.endswith("to") else (hour, 30 if "half" in rel else 15)
    return _apply_day_part(int(hour), minute, groups.get("mer"), part)


def _apply_day_part(hour: int, minute: int, meridiem: str | None, part: str | None) -> time | None:
    if meridiem:
        if hour > 12:
            return time(hour, minute)
        hour = hour % 12 + (12 if meridiem.casefold() == "p" else 0)
    elif hour < 12 and part in ("noon", "evening"):
        hour = hour + 12 if part == "evening" or hour < 8 else hour
    elif hour <= 12 and part == "night":
        hour = 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    if not 0 <= hour <= 23:
        return None
    return time(hour, minute)

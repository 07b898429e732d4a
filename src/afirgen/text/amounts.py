"""Money amounts in rupees: "Rs. 25,000", "₹1.5 lakh", "25 hazaar", "पच्चीस हजार".

Indian digit grouping ("1,20,000"), lakh/crore/thousand multipliers in English,
Hinglish and Hindi, Devanagari digits and Hindi number words are understood.
Comma-grouped numbers without a currency word ("First 5,000 then 20,000") are
taken as rupees too: in a complaint nothing else is written that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.text.numbers import fold_digits, number_from_word, number_word_pattern

_MULTIPLIERS: dict[str, float] = {
    **dict.fromkeys(["lakh", "lakhs", "lac", "lacs", "laakh", "लाख"], 1e5),
    **dict.fromkeys(["crore", "crores", "karod", "करोड़", "करोड"], 1e7),
    **dict.fromkeys(["thousand", "hazaar", "hazar", "hajar", "हजार", "हज़ार", "k"], 1e3),
}
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBER = number_word_pattern()
_BEFORE = r"(?:\brs\b\.?|\binr\b|₹|रु\.?|रुपये)\s*"
_AFTER = r"(?:/-|\s*(?:rupees|rupee|rupaye|rupaiye|rupay|rs\b\.?|रुपये|रुपए|रुपया|रु\b))"
_END = r"(?![\w\u0900-\u097f])"
# A number with no currency word that counts things ("48,000 followers", "38k members",
# "71,000 km", "1,200 strips", "2,600 kg", "3,000 लोग") is a count or a measure, not money.
_COUNTED = (
    r"(?!\s*(?:members?|followers?|friends|subscribers?|views|likes|records|entries|people|"
    r"persons|km|kms|kilomet\w*|miles|met(?:re|er)s|feet|ft|sq|square|acres?|strips|tablets|"
    r"bottles|packets|cartons|pieces|pcs|units|votes|voters|students|workers|labourers|messages|"
    r"calls|photos|videos|kg|kgs|kilos?|kilograms?|grams?|gms?|quintals?|tonnes?|tons?|litres?|"
    r"liters?|ltrs?|bags|sacks|boxes|bori|log|लोग|सदस्य|फॉलोअर्स|किलोमीटर|फीट|एकड़|किलो|ग्राम|"
    r"क्विंटल|टन|लीटर|बोरी|बोरियां|बोरियाँ)(?![\w\u0900-\u097f]))"
)

_PATTERNS = [
    rf"{_BEFORE}(?P<n>{_NUMBER})(?:\s*(?P<m>{_MULT}){_END})?",
    rf"(?<![\w.,])(?P<n>{_NUMBER})\s*(?P<m>{_MULT}){_END}(?:{_AFTER})?{_COUNTED}",
    rf"(?<![\w.,])(?P<n>{_NUMBER}){_AFTER}",
    rf"(?<![\w\u0900-\u097f])(?P<w>{_WORD_NUMBER})\s+(?P<m>{_MULT}){_END}(?:{_AFTER})?",
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{2,3}})+)(?!\d|,\d){_COUNTED}",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float


def find_amounts(text: str) -> list[Amount]:
    """Every rupee amount in reading order; the longest reading of overlapping text wins."""
    folded = fold_digits(text)
    found = [
        amount
        for pattern in _COMPILED
        for match in pattern.finditer(folded)
        if (amount := _to_amount(match)) is not None
    ]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Amount] = []
    for amount in found:
        if not kept or amount.start >= kept[-1].end:
            kept.append(amount)
    return _joined_compounds(folded, kept)


# "1 lakh 20 thousand", "2 लाख 40 हजार रुपये", "5 lakh 20 hazaar": one sum told in two parts,
# the larger unit first and the smaller part after it with nothing but a space between.
_LARGER_UNIT = re.compile(rf"(?:{_MULT}){_END}$", re.IGNORECASE)
_SMALLER_PART = re.compile(rf"\S+\s*(?P<m>{_MULT}){_END}", re.IGNORECASE)


def _joined_compounds(text: str, amounts: list[Amount]) -> list[Amount]:
    joined: list[Amount] = []
    for amount in amounts:
        if joined and _continues(text, joined[-1], amount):
            last = joined.pop()
            amount = Amount(last.start, amount.end, round(last.value + amount.value, 2))
        joined.append(amount)
    return joined


def _continues(text: str, larger: Amount, smaller: Amount) -> bool:
    """ "20 thousand" right after "1 lakh" is the rest of the same sum."""
    if text[larger.end : smaller.start].strip():
        return False
    unit = _LARGER_UNIT.search(text, larger.start, larger.end)
    part = _SMALLER_PART.match(text, smaller.start, smaller.end)
    if unit is None or part is None:
        return False
    big = _MULTIPLIERS[unit[0].casefold()]
    return _MULTIPLIERS[part["m"].casefold()] < big and smaller.value < big


def parse_amount(text: str) -> float | None:
    """The rupee value of a short text such as "Rs 1.5 lakh", or ``None``."""
    amounts = find_amounts(text)
    return amounts[0].value if amounts else None


def _to_amount(match: re.Match[str]) -> Amount | None:
    groups = match.groupdict()
    if groups.get("n"):
        base: float | None = float(groups["n"].replace(",", ""))
    else:
        base = number_from_word(groups["w"])
    if base is None:
        return None
    multiplier = _MULTIPLIERS.get((groups.get("m") or "").casefold(), 1.0)
    value = round(base * multiplier, 2)
    return Amount(match.start(), match.end(), value) if value > 0 else None


def indian_grouping(value: float) -> str:
    """A sum as Indian documents write it: 163000 -> "1,63,000", 1250.5 -> "1,250.50"."""
    whole, paise = divmod(round(value * 100), 100)
    digits = str(whole)
    head, tail = digits[:-3], digits[-3:]
    groups = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
    grouped = ",".join([*groups, tail]) if head else tail
    return grouped + (f".{paise:02d}" if paise else "")

"""Indian mobile numbers, and which of them is the complainant's own.

A number written after "his number", "call from", "customer care" and the like
belongs to someone else (usually the accused) and is never taken as the
complainant's contact number.
"""

from __future__ import annotations

import re

from afirgen.text.numbers import fold_digits

# Ten digits from 6-9, written whole or grouped 5-5, 4-3-3 or 3-3-4 ("7007 312 844").
_MOBILE = re.compile(
    r"(?<![\d+])(?:\+?91[\s-]?|0)?"
    r"([6-9]\d{4}[\s-]?\d{5}|[6-9]\d{3}[\s-]\d{3}[\s-]\d{3}|[6-9]\d{2}[\s-]\d{3}[\s-]\d{4})(?!\d)"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:his|her|their|its|uska|uske|unka|caller|customer\s+care|call(?:ed|s)?\s+from|"
    r"received\s+a\s+call|got\s+a\s+call|call\s+kiya|called(?:\s+on)?(?:\s+the)?\s+number|"
    r"calling|from\s+(?:mobile\s+)?number|number\s+was|fraudster|accused)\b|कॉल|उसका|उसके",
    re.IGNORECASE,
)
_OWN = re.compile(
    r"\b(?:my|mera|meri|mob|mobile|ph|phone|contact|cell|call\s+my|reach\s+me)\b|मोबाइल|मो\.|फोन",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:my|mera|meri|mere)\b|मेरा|मेरी|मेरे", re.IGNORECASE)
_LOOK_BACK = 45


def find_mobile_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ten digits) for every Indian mobile number."""
    folded = fold_digits(text)
    return [(m.start(), m.end(), re.sub(r"\D", "", m[1])) for m in _MOBILE.finditer(folded)]


def extract_complainant_phone(text: str) -> str | None:
    """The complainant's own mobile number: one not tied to someone else, labelled first."""
    folded = fold_digits(text)
    own: list[str] = []
    unlabelled: list[str] = []
    for start, _, number in find_mobile_numbers(text):
        before = folded[max(0, start - _LOOK_BACK) : start]
        clause = re.split(r"[.।\n,;]", before)[-1]
        other = list(_SOMEONE_ELSE.finditer(clause))
        # "uska phone band hai, mera mobile ...": the complainant's own label, nearest the
        # number, outweighs someone else's named before it.
        if other and not _FIRST_PERSON.search(clause, other[-1].end()):
            continue
        (own if _OWN.search(clause) else unlabelled).append(number)
    candidates = own or unlabelled
    return candidates[0] if candidates else None

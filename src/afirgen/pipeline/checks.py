"""Guards on model output: a value the complaint does not contain is rejected."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d[\d,.:/]*")


def occurs_in(value: str, text: str) -> bool:
    """True when ``value`` appears in ``text``, ignoring case and spacing."""
    needle = " ".join(value.split()).casefold()
    return bool(needle) and needle in " ".join(text.split()).casefold()


def numbers_in(text: str) -> set[str]:
    return {m.group().strip(",.:/").replace(",", "") for m in _DIGITS.finditer(text)}


def invents_numbers(output: str, *sources: str) -> bool:
    """True when the output holds a number that none of the sources holds."""
    allowed: set[str] = set()
    for source in sources:
        allowed |= numbers_in(source)
    return not numbers_in(output) <= allowed

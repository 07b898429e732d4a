"""Indian vehicle registration numbers ("DL 3C AB 1234", "MH12AB1234", "UP-16-BX-4521").

Numbers are returned compact and upper-case ("DL3CAB1234"), the form the
national vehicle register uses, so the same plate written two ways is one plate.
"""

from __future__ import annotations

import re

_STATES = [
    "AN", "AP", "AR", "AS", "BR", "CH", "CG", "DD", "DL", "DN", "GA", "GJ", "HP", "HR", "JH",
    "JK", "KA", "KL", "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY",
    "RJ", "SK", "TN", "TR", "TS", "UK", "UA", "UP", "WB"
]  # fmt: skip
_PLATE = re.compile(
    rf"(?<![A-Za-z0-9])({'|'.join(_STATES)})[\s-]?(\d{{1,2}})[\s-]?([A-Z]{{1,3}})?[\s-]?"
    r"([A-Z]{1,3})?[\s-]?(\d{1,4})(?![A-Za-z0-9])"
)


def compact_plate(number: str) -> str:
    """ "DL 3C-AB 1234" -> "DL3CAB1234": no spaces or hyphens, upper case."""
    return re.sub(r"[\s-]", "", number).upper()


def find_vehicle_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, compact number) for every registration number, in reading order."""
    found = []
    for match in _PLATE.finditer(text):
        compact = compact_plate(match[0])
        if match[3] or match[4] or len(match[5]) == 4:
            found.append((match.start(), match.end(), compact))
    return found


def extract_vehicles(text: str) -> list[str]:
    """Distinct registration numbers in the order they first appear."""
    numbers: list[str] = []
    for _, _, compact in find_vehicle_numbers(text):
        if compact not in numbers:
            numbers.append(compact)
    return numbers

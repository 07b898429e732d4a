"""Weapons named in a complaint, in the complainant's own words.

"knife", "lathi", "iron rod", "katta", "चाकू", "लाठी-डंडों" (both), in the order
they appear; the longest name wins ("iron rod" rather than "rod").
"""

from __future__ import annotations

import re

_WEAPONS = [
    "knife", "knives", "chaaku", "chaku", "chakoo", "chhura", "churi", "lathi", "lathis", "danda",
    "dande", "dandas", "stick", "sticks", "rod", "rods", "pistol", "pistols", "revolver", "gun",
    "guns", "katta", "tamancha", "sword", "swords", "talwar", "kirpan", "axe", "kulhadi", "farsa",
    "hockey", "belt", "blade", "acid", "brick", "bricks", "sickle", "hasiya", "daranti",
    "screwdriver", "bhala", "spear",
    "iron rod", "iron rods", "hockey stick", "hockey sticks", "baseball bat", "cricket bat",
    "sharp-edged weapon", "sharp edged weapon", "sharp weapon", "sharp weapons",
    "country-made pistol", "country made pistol", "desi katta",
    "चाकू", "छुरा", "छुरी", "लाठी", "लाठियों", "लाठियां", "डंडा", "डंडे", "डंडों", "रॉड",
    "लोहे की रॉड", "पिस्तौल", "तमंचा", "कट्टा", "बंदूक", "तलवार", "कुल्हाड़ी", "फरसा",
    "हॉकी", "धारदार हथियार", "बेल्ट", "ईंट", "हंसिया", "भाला", "तेजाब",
]  # fmt: skip
_WEAPON = re.compile(
    r"(?<![\w\u0900-\u097f])("
    + "|".join(re.escape(w) for w in sorted(_WEAPONS, key=len, reverse=True))
    + r")(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)


def extract_weapons(text: str) -> list[str]:
    """Distinct weapon names as written, in reading order."""
    found: list[str] = []
    for match in _WEAPON.finditer(text):
        if match[1].casefold() not in (w.casefold() for w in found):
            found.append(match[1])
    return found

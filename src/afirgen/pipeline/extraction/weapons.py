"""Weapons named in a complaint, in the complainant's own words.

"knife", "lathi", "iron rod", "katta", "चाकू", "लाठी-डंडों" (both), in the order
they appear; the longest name wins ("iron rod" rather than "rod"). A weapon word
counts only where the words around it speak of using, holding or showing it
("hit me with a rod", "lathi lekar aaye", "चाकू दिखाकर"), and not where the complaint
denies one ("no weapon", "bina kisi hathiyar"): a "seat belt" or a "brick wall" is
not a weapon.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.phrases import phrase_pattern
from afirgen.text.sentences import sentence_start

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


_USED = re.compile(
    r"\b(?:hit\w*|beat\w*|attack\w*|struck|strike|stab\w*|slash\w*|threat\w*|point\w*|"
    r"brandish\w*|show\w*|wav\w*|hold\w*|held|armed|carr\w+|with|swung|blows?|assault\w*|"
    r"thr[eo]w\w*|shot|fired|injur\w*|maar\w*|mara|hamla|vaar|waar|lekar|le\s+kar|liye|"
    r"dikha\w*|se|chala\w*|ghop\w*|pheka|phenka)\b|मार|हमला|वार|लेकर|लिए|दिखा|से|चला|घोंप|फेंक|लैस",
    re.IGNORECASE,
)
_NOT_A_WEAPON_AFTER = re.compile(
    r"\s*(?:wall|kiln|bhatt[ae]|factory|shop|house|building|road|loop|buckle|wala|seller|"
    r"udyog|pathai|भट्ठ[ाेों]|भट्ट[ाे]|उद्योग|पाथ|दीवार)",
    re.IGNORECASE,
)
_NOT_A_WEAPON_BEFORE = re.compile(r"(?:seat|safety|conveyor|selfie|walking)\s*$", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no|without|unarmed|bina|koi)\s*$|बिना\s*$|कोई\s*$", re.IGNORECASE)
_CONTEXT = 40  # characters each side in which the use of a weapon is described


# A stick the neighbours or passers-by came with ("पड़ोसियों ने डंडे से कुत्ते को भगाया",
# "villagers came running with lathis and he fled") is theirs, not the accused's.
_HELPERS = re.compile(
    rf"(?:{phrase_pattern('weapons', 'helpers')})(?:\s+(?:ne|ने))?[^.!?।\n]{{0,25}}$", re.I
)


def extract_weapons(text: str) -> list[str]:
    """Distinct weapon names as written, in reading order, where the complaint says one was used."""
    found: list[str] = []
    for match in _WEAPON.finditer(text):
        if not _used(text, match.start(), match.end()) or _held_by_helpers(text, match):
            continue
        if match[1].casefold() not in (w.casefold() for w in found):
            found.append(match[1])
    return found


def _held_by_helpers(text: str, match: re.Match[str]) -> bool:
    return bool(_HELPERS.search(text, sentence_start(text, match.start()), match.start()))


def _used(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    if _NOT_A_WEAPON_AFTER.match(after) or _NOT_A_WEAPON_BEFORE.search(before):
        return False
    if _DENIED.search(before[-25:].rsplit(".", 1)[-1].replace("any ", "").replace("kisi ", "")):
        return False
    return bool(_USED.search(before) or _USED.search(after))

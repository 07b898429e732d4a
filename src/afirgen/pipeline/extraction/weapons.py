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

from afirgen.pipeline.extraction.phrases import phrase_pattern, stem_pattern
from afirgen.text.sentences import sentence_end, sentence_start

_WEAPONS = [
    "knife", "knives", "chaaku", "chaku", "chakoo", "chhura", "churi", "lathi", "lathis", "danda",
    "dande", "dandas", "stick", "sticks", "rod", "rods", "pistol", "pistols", "revolver", "gun",
    "guns", "katta", "tamancha", "sword", "swords", "talwar", "kirpan", "axe", "kulhadi", "farsa",
    "hockey", "belt", "blade", "acid", "brick", "bricks", "sickle", "hasiya", "daranti",
    "screwdriver", "bhala", "spear", "lathiyan", "lathiyon", "lathiya", "dandon", "dando",
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
    r"dikha\w*|se|chala\w*|ghop\w*|pheka|phenka|haath|hath)\b|मार|हमला|वार|लेकर|लिए|दिखा|चला|"
    # "से" (with) is a word of its own: the same letters open "सेफ्टी" and close "ऐसे"
    r"(?<![\u0900-\u097f])से(?![\u0900-\u097f])|घोंप|फेंक|लैस|हाथ\s+में",
    re.IGNORECASE,
)
# "a knife emoji", "stick-shaped lumps", "a hockey academy": the word names no arm
_NOT_A_WEAPON_AFTER = re.compile(
    r"\s*(?:wall|kiln|bhatt[ae]|factory|shop|house|building|road|loop|buckle|wala|seller|"
    r"udyog|pathai|emoji|academy|coach|-?shaped|भट्ठ[ाेों]|भट्ट[ाे]|उद्योग|पाथ|दीवार|इमोजी)",
    re.IGNORECASE,
)
# "bura bhala kaha" is abuse, not a spear; "सेफ्टी बेल्ट" is a safety belt
_NOT_A_WEAPON_BEFORE = re.compile(
    r"(?:seat|safety|conveyor|selfie|walking|\bbura|सेफ्टी|सीट)[\s-]*$", re.IGNORECASE
)
_DENIED = re.compile(r"\b(?:no|without|unarmed|bina|koi)\s*$|बिना\s*$|कोई\s*$", re.IGNORECASE)
# A clause that says nobody used or showed one ("they did not show any knife", "nobody hit me
# or showed a knife", "no one had a stick", "koi lathi danda nahi tha", "कोई हथियार नहीं था").
_CLAUSE_END = re.compile(r"[.;!?।\n]|\b(?:but|par|lekin|magar|then|phir)\b|लेकिन|पर\s|फिर", re.I)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|nobody|no\s+one|none|neither|nor|didn'?t|did\s+not)\b", re.IGNORECASE
)
_NEGATED_AFTER = re.compile(
    r"^[\w\s,/-]{0,20}?(?<![\w\u0900-\u097f])(?:nahi|nahin|nahi\s+tha|नहीं|नही)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# A weapon only named in a threat of what will be done ("he will throw acid on your face",
# "threatened to throw acid", "tezaab daal dega") was not used.
_THREATENED = re.compile(
    r"\b(?:will|would|shall|['’]ll|going\s+to|threaten\w*\s+to|dhamki\s+di\s+ki)\b|धमकी\s+दी\s+कि",
    re.IGNORECASE,
)
# A rod set in a broken bone ("rod daal ke haddi jodi", "a rod fixed in the operation"), the rail
# a standing passenger holds ("standing near the door holding the rod"), or building
# material carried or lifted ("carrying iron rods up the stairs", "a stack of iron rods").
_NOT_A_ROD = re.compile(
    r"(?:(?:operation|surgery|surgical|implant)\b[^.]{0,25}|standing\b[^.]{0,50}holding\s+the\s*|"
    r"\b(?:carry\w*|lift\w*|unload\w*|(?:bundle|stack|load|pile)\s+of(?:\s+(?:steel|iron))?)\s*)$",
    re.IGNORECASE,
)
_RODS = frozenset(["rod", "rods", "iron rod", "iron rods", "रॉड", "लोहे की रॉड"])
# A brick is a weapon only where it was thrown or struck with ("ईंट फेंकी", "hit him with a
# brick"); else it is building material, a load or a gold brick of a swindle.
_BRICKS = frozenset(["brick", "bricks", "ईंट"])
_STRUCK = re.compile(
    r"\b(?:hit\w*|attack\w*|struck|strike|thr[eo]w\w*|hurl\w*|pelt\w*|smash\w*|injur\w*|"
    r"maar\w*|mara|mari|phe?n?k\w*|chala\w*|hamla|vaar|waar)\b|"
    r"(?<![\u0900-\u097f])(?:मार|फेंक|फैंक|हमला|वार|चला|चोट)",
    re.IGNORECASE,
)
# A tool a lock, a shutter, a box or a door was forced with ("the lock was broken with a
# rod", "latch screwdriver se ukhada", "रॉड से शटर उठाकर") was used on property, not on a
# person: it is no weapon.
_FORCED = (
    r"(?:broke\w*|broken|cut|forced|pried|prised|levered|tod\w*|kaat\w*|ukhad\w*|"
    r"uthak\w*|khol\w*)"
)
_LOCKED_THING = (
    r"(?:locks?|padlocks?|locker|shutter|grill|latch|almirah|almari|hundi|taala|tala|door|"
    r"darwaz\w*|window|khidki)"
)
_ON_A_LOCK = re.compile(
    rf"\b{_LOCKED_THING}\b[^.;!?।]{{0,40}}\b{_FORCED}\b|\b{_FORCED}\b[^.;!?।]{{0,30}}"
    rf"\b{_LOCKED_THING}\b|"
    r"(?:ताला|ताले|तालों|लॉकर|शटर|ग्रिल|अलमारी|दरवाज)[^.;!?।]{0,40}(?:तोड़|काट|उठा|उखाड़)|"
    r"(?:तोड़|काट|उखाड़)[^.;!?।]{0,30}(?:ताला|ताले|लॉकर|शटर|ग्रिल|अलमारी|दरवाज)",
    re.IGNORECASE,
)
# ... unless it is also held against people ("breaking the door, a knife in his hand")
_HELD = re.compile(
    r"\b(?:haath\s+m[ae]i?n?|hath\s+m[ae]i?n?|in\s+(?:his|her|their)\s+hands?|holding|armed|"
    r"brandish\w*|showed|dikha\w*|threat\w*)\b|हाथ\s+में|दिखा",
    re.IGNORECASE,
)


def _forced_a_lock(words: str) -> bool:
    return bool(_ON_A_LOCK.search(words)) and not _HELD.search(words)


# "my knee hit the rod of the seat", "a pipe from the scaffolding struck my back" (a fall, a
# crash, a load that slipped), "pankhe ki belt tod di": a thing the body struck, or a thing
# broken, is no arm anyone used.
_BODY = f"(?:{phrase_pattern('body', 'parts')})"
_STRUCK_BY_THE_BODY = re.compile(
    rf"\b(?:my|his|her|mera|meri|uska|uski)\s+(?:\w+\s+)?{_BODY}\s+(?:hit|struck|banged|smashed)"
    r"\s+(?:on\s+|into\s+|against\s+)?(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_HIT_BY_A_LOAD = re.compile(
    rf"^\s*(?:hit|struck|fell\s+on)\s+(?:me\s+on\s+)?(?:my|his|her)\s+(?:\w+\s+)?{_BODY}",
    re.IGNORECASE,
)
_LOAD_BEFORE = re.compile(r"\b(?:one|a|the)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BROKEN_AFTER = re.compile(
    r"^\s*(?:(?:tod|tor)(?:\s+(?:di|diya|diye|dali|dala)|a|i|e)?\b|(?:was\s+|got\s+)?broken?\b|"
    r"तोड़)",
    re.IGNORECASE,
)


def _struck_not_wielded(before: str, after: str) -> bool:
    """The body struck the thing, a load of them fell on someone, or the thing was broken."""
    return bool(
        _STRUCK_BY_THE_BODY.search(before)
        or (_HIT_BY_A_LOAD.match(after) and _LOAD_BEFORE.search(before))
        or _BROKEN_AFTER.match(after)
    )


_SET_IN_A_BONE = re.compile(r"^\s*(?:daali|dali|dala|padi|pari|dal\w*|डाली|डाला|पड़ी)\b", re.I)
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
        if _stem(match[1]) not in (_stem(w) for w in found):
            found.append(match[1])
    return found


# One weapon told in several forms is one weapon: "lathiyan ... lathiyon se", "डंडे ... डंडों".
_INFLECTION = re.compile(r"(?:iyan|iyon|iya|yan|yon|es|s|on|an|a|e|i|o|ियों|ियां|ियाँ|ों|ें|ी|ा|े)$")


def _stem(weapon: str) -> str:
    return _INFLECTION.sub("", weapon.casefold())


# "his cross-complaint says I struck him with a rod", "mujh par danda
# se maarne ka jhootha case": a charge laid against the complainant, retold, is no weapon
# the accused used.
_ALLEGED = re.compile(stem_pattern("property", "alleged"), re.IGNORECASE)


# "the guard drove the dog off with a danda", "chased it away with sticks", "कुत्ते को
# डंडे से भगाया": a stick turned on an animal to save the victim is no arm of the accused.
_ANIMAL = re.compile(
    r"\b(?:dogs?|kutt[aeo]n?|bulls?|saand|cow|gaay|monkeys?|bandar)\b|"
    r"\b(?:beat|drove|chased|pulled)\s+it\s+(?:off|away)\b|"
    r"कुत्त|सांड|साँड|बंदर",
    re.IGNORECASE,
)
_DRIVEN_OFF = re.compile(
    r"\b(?:off|away|hata\w*|bhaga\w*|chhuda\w*|chhura\w*)\b|हटा|भगा|छुड़ा",
    re.IGNORECASE,
)
_ANIMAL_REACH = 60


# "he beat me with a cable last year and that case is in court", "mere bhai ko lathi se
# maarne ka case hai", "डंडे से मारा था, उसका मुकदमा पहले से दर्ज है": an earlier attack already before a
# court or a police station is told as background; it is not this complaint's weapon.
_EARLIER_CASE = re.compile(
    r"\b(?:case|fir|mukadma|mukadama|complaint)\s+(?:\S+\s+){0,3}?(?:daala|dala|darj|registered|"
    r"filed|lodged|pending|chal\s+raha)\b|\b(?:ka|ki|its|an?)\s+(?:case|fir)\s+(?:hai|is|was)\b|"
    r"\b(?:filed|lodged)\s+(?:\S+\s+){0,2}?(?:case|fir|complaint)\b|"
    r"\b(?:mamla|maamla)\s+(?:\S+\s+){0,2}?(?:darj|chal\s+raha)\b|"
    r"(?:केस|मुकदमा|मुक़दमा|मामला|एफआईआर|FIR)\s*(?:\S+\s+){0,4}?(?:दर्ज|है|चल|डाला)",
    re.IGNORECASE,
)
# ... but not the case this complaint asks for ("please register a case against him")
_CASE_ASKED = re.compile(
    r"\b(?:want|request\w*|please|kindly|pray|karein|kijiye|chahta|chahti)\b|कृपया|करें|चाहता|चाहती",
    re.IGNORECASE,
)


def _held_by_helpers(text: str, match: re.Match[str]) -> bool:
    before = text[sentence_start(text, match.start()) : match.start()]
    return bool(
        _HELPERS.search(before)
        or _ALLEGED.search(before)
        or _drove_off_an_animal(text, match)
        or _told_of_an_earlier_case(text, match)
    )


def _told_of_an_earlier_case(text: str, match: re.Match[str]) -> bool:
    rest = text[match.end() : sentence_end(text, match.end())]
    return bool(_EARLIER_CASE.search(rest) and not _CASE_ASKED.search(rest))


def _drove_off_an_animal(text: str, match: re.Match[str]) -> bool:
    start = max(sentence_start(text, match.start()), match.start() - _ANIMAL_REACH)
    words = text[start : match.end() + _ANIMAL_REACH]
    words = _CLAUSE_END.split(words[: match.start() - start])[-1] + words[match.start() - start :]
    return bool(_ANIMAL.search(words) and _DRIVEN_OFF.search(words))


def _used(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    if _NOT_A_WEAPON_AFTER.match(after) or _NOT_A_WEAPON_BEFORE.search(before):
        return False
    if _DENIED.search(before[-25:].rsplit(".", 1)[-1].replace("any ", "").replace("kisi ", "")):
        return False
    clause = _CLAUSE_END.split(before)[-1]
    if _NEGATED_BEFORE.search(clause) or _NEGATED_AFTER.match(after):
        return False
    # the threat word may stand further back in the clause than the context reaches
    said = _CLAUSE_END.split(text[sentence_start(text, start) : start])[-1]
    said = re.split(r"[\"”)]", said)[-1]  # a threat quoted before the blow is not this clause
    if _THREATENED.search(said) or _forced_a_lock(clause + text[start:end] + after[:30]):
        return False
    if _struck_not_wielded(before, after):
        return False
    name = text[start:end].casefold()
    in_sentence = text[sentence_start(text, start) : start]
    if name in _RODS and (_NOT_A_ROD.search(in_sentence) or _SET_IN_A_BONE.match(after)):
        return False
    if name in _BRICKS:
        return bool(_STRUCK.search(in_sentence) or _STRUCK.search(after))
    return bool(_USED.search(before) or _USED.search(after))

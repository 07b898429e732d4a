"""The complainant's own shop, clinic or office, as the complaint describes it.

A shopkeeper tells the scene as "the shop" or "dukaan pe" and names the shop once,
where they say they run it: "..., "Bansal Kirana Store", Shastri Nagar, Meerut
chalata hoon", "Meri dukaan hai "Goyal Hardware" Bhopa Road pe", "I run a garment
shop named Agrawal Vastra Bhandar at Sadar Bazar, Agra", "मेरी दुकान राधे मोबाइल्स,
सदर बाजार, झांसी का शटर". The place of occurrence is then that description.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.names import is_devanagari
from afirgen.pipeline.extraction.phrases import phrase_list
from afirgen.text.sentences import sentence_end, sentence_start

PREMISES = phrase_list("places", "own_premises")
# "..., Shastri Nagar, Meerut chalata hoon" / "... चलाता हूँ": read back from the verb
_RUN_BACK = re.compile(
    r"\s+(?:chala(?:ta|ti|te)\s+(?:hoon|hu|hun)|चला(?:ता|ती|ते)\s+(?:हूँ|हूं))", re.IGNORECASE
)
# A part holding these is a clause ("Aliganj mein ek ... ki dukaan"), not a name or a place
_CLAUSE_WORDS = frozenset(
    ["mein", "me", "ke", "ki", "ka", "se", "pe", "par", "aur", "ek", "naam", "dukaan", "dukan",
     "में", "पर", "से", "का", "की", "के", "और", "एक", "है", "हूँ", "नाम", "दुकान"]
)  # fmt: skip
# "Meri dukaan hai ...", "मेरी दुकान ... का शटर": read on from the words
_MY_SHOP_IS = re.compile(
    r"\b(?:meri|hamari|apni)\s+(?:dukaan|dukan|shop|clinic)\s+hai\s+"
    r"|(?:मेरी|हमारी)\s+दुकान\s+(?!(?:का|की|के|में|पर|से|को|है|भी|तो)(?![\u0900-\u097f]))"
    r"(?=[\u0900-\u097f\"“])",
    re.IGNORECASE,
)
_RUN_A_SHOP = re.compile(
    r"\b(?:run|own|have|running)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:shop|store|clinic|business|"
    r"outlet|showroom|office)\b[^.;]*?\bat\s+",
    re.IGNORECASE,
)
_DEVANAGARI_END = re.compile(r"\s+(?:का|की|के|में|पर|से|है|हैं)(?![\u0900-\u097f])")
_FIRST_PERSON = re.compile(r"^(?:sir\s+)?(?:main|mai|I|मैं)\s+", re.IGNORECASE)
_NOT_PART = re.compile(r"\(|\d+\s*(?:saal|sal|years?|yrs|varsh|वर्ष)\b|\b(?:umar|age|aged)\b", re.I)


def own_premises(text: str) -> str | None:
    """Where the complainant says their shop or clinic is, as written; ``None`` if nowhere."""
    for match in _RUN_BACK.finditer(text):
        found = _read_back(text, match.start())
        if found:
            return found
    for match in _MY_SHOP_IS.finditer(text):
        found = _read_on(text, match.end())
        if found:
            return found
    for match in _RUN_A_SHOP.finditer(text):
        found = _read_named(text, match.end())
        if found:
            return found
    return None


def _read_back(text: str, pos: int) -> str | None:
    """Comma-separated parts before "chalata hoon", back to the business name or particulars."""
    taken: list[str] = []
    for part in reversed(text[sentence_start(text, pos) : pos].split(",")):
        part = part.strip()
        subject = _FIRST_PERSON.match(part)
        if subject:
            part = part[subject.end() :]
        if not part or _NOT_PART.search(part) or not _starts_name(part):
            break
        if _CLAUSE_WORDS.intersection(part.casefold().split()):
            break
        taken.insert(0, part)
        if subject or part[0] in '"“':
            break
    return ", ".join(taken) or None


def _read_on(text: str, pos: int) -> str | None:
    """ "Meri dukaan hai X, Y ke mod par." to the sentence end; "मेरी दुकान X, Y का" to "का"."""
    end = sentence_end(text, pos)
    stop = _DEVANAGARI_END.search(text, pos, end)
    if stop and is_devanagari(text[pos : pos + 1] or " "):
        end = stop.start()
    found = text[pos:end].strip(" .,;।")
    if not found or not _starts_name(found):
        return None
    devanagari_clause = is_devanagari(found[0]) and _CLAUSE_WORDS.intersection(found.split())
    return None if devanagari_clause else found


def _read_named(text: str, pos: int) -> str | None:
    """ "at Lal Kothi Chowk, Jaipur." : capitalised words and numbers, across commas."""
    words: list[str] = []
    for token in text[pos : sentence_end(text, pos)].split():
        bare = token.strip(",.")
        if not bare or not (bare[0].isupper() or bare[0].isdigit()):
            break
        words.append(token)
        if token.endswith("."):
            break
    return " ".join(words).strip(" ,.") or None


def _starts_name(part: str) -> bool:
    first = part[0]
    return first.isupper() or first.isdigit() or first in '"“' or is_devanagari(first)

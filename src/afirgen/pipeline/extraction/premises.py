"""The complainant's own shop, clinic or office, as the complaint describes it.

A shopkeeper tells the scene as "the shop" or "dukaan pe" and names the shop once,
where they say they run it: "..., "Saini Sweets", Civil Lines, Rampur chalata
hoon", "Meri dukaan hai "Jain Paints" station road pe", "I run a chemist's shop named
Lakshmi Medicos at Ghanta Ghar, Mirzapur", "मेरी दुकान शिव इलेक्ट्रिकल्स, गांधी चौक,
बांदा का शटर". The place of occurrence is then that description.

A complainant who writes for a business gives it with their particulars: "I, ..., proprietor
of "Verma Cloth House", Sadar Bazar, Agra", "Complainant: ..., Branch Manager, Canara Bank,
Civil Lines", "owner of a tyre shop, Station Road". An offence told with no scene of its own
(a cashier's theft, a cheque that bounced) happened at that business.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.names import is_devanagari
from afirgen.pipeline.extraction.phrases import phrase_list
from afirgen.text.sentences import sentence_end, sentence_start

PREMISES = phrase_list("places", "own_premises")
_SHOP_NAMES = phrase_list("places", "shop_names")
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


# "proprietor of M/s ...", "Branch Manager, Canara Bank, ...": the business a complainant's
# particulars name; only in a sentence where the complainant speaks of themselves
_BUSINESS_ROLE = re.compile(
    r"\b(?:(?i:owner|proprietor|proprietress|(?:managing\s+)?partner)\s+of\s+(?:the\s+)?"
    r"|(?:Owner|Proprietor|Proprietress|(?:Managing\s+)?Partner|(?i:(?:branch|store|hub|shift|"
    r"general|floor|sales)\s+manager)|(?i:cashier|priest|pujari|branch\s+head|manager|"
    r"in-?charge|trustee|mutawalli|caretaker|accountant|archaka|archak|principal|headmaster|"
    r"warden|granthi|sevadar))(?:\s*\([^()]{1,25}\))?"
    r"\s*(?:,|\s+of)\s*(?:the\s+)?)"
    r"(?=M/s|[\"“A-Z0-9]|(?i:an?)\s+[a-z])"
)
_SPEAKS = re.compile(
    r"(?:^|[\s,(])(?:I|I\s+am|this\s+is|[Ss]tatement\s+of|[Cc]omplainant|[Oo]ccupation|[Mm]ain|Name|"
    r"[Bb]ayan)(?=[\s,:])|मैं"
)
# A part that opens with these is the complainant's particulars again, not the business
_NOT_BUSINESS = re.compile(
    r"(?i:ph|phone|mob|mobile|cell|tel|no)\b\.?\s*[:\-]?\s*[\d+x]"
    r"|(?i:age|aged|date|s/o|d/o|w/o|r/o|residing|resident|mr|mrs|ms|shri|smt)\b|I\s"
    # the police station of the address ("PS Salipur", "thana Sadar") is no part of a business
    r"|(?i:p\.?\s?s\.?|thana|police\s+station)\s|थाना"
)
# "..., shop no. 12, ...", "..., first floor, ...", "..., village Rampur": a part of the
# business's address told in lower case
_UNIT = re.compile(
    r"(?:shop|plot|office|unit|stall|gala|booth|counter|block|sector|ward|village|gram|mauza)"
    r"\s+(?:no\.?\s*)?\S|(?:ground|first|second|third|fourth|\d+(?:st|nd|rd|th))\s+floor\b",
    re.IGNORECASE,
)
_BUSINESS_WORDS = 6  # a part longer than this is a clause of the account
# The account goes back to the premises ("cash from our counter", "came to the shop"): a
# supplier's unpaid bill or a buyer's short delivery names the business, not a scene.
_AT_BUSINESS = re.compile(
    r"\b(?:my|our|the|this|hamari|hamare|meri|mere)\s+(?:[\w-]+\s+)?(?:shop|store|office|branch|"
    r"counter|showroom|godown|warehouse|outlet|premises|hub|plaza|cabin|drawer|locker|workshop|"
    r"dukaan|dukan|temple|mandir|gurdwara|gurudwara|masjid|mosque|church|pump|hotel|school|"
    r"college|hostel)\b|(?:दुकान|शोरूम|काउंटर|गोदाम|ऑफिस)(?![\u0900-\u097f])",
    re.IGNORECASE,
)


def business_premises(text: str) -> str | None:
    """The business whose owner, partner or manager writes the complaint, as they give it."""
    for match in _BUSINESS_ROLE.finditer(text):
        start = sentence_start(text, match.start())
        if not _SPEAKS.search(text[start : match.start()]):
            continue
        found, end = _read_business(text, match.end())
        if found and _AT_BUSINESS.search(text, end):
            return found
    return _staff_premises(text)


_ROLES = "|".join(re.escape(w) for w in sorted(phrase_list("places", "staff_roles"), key=len))
# (the danda "।" closing a Hindi sentence lies in the Devanagari block: not a letter)
_AM = r"(?:\s*\([^()]{1,25}\))?\s+(?:hoon|hu|hun|hoo|हूँ|हूं)(?![\w\u0900-\u0963])"
# "Chauhan Petrol Pump pe manager hoon", "श्री शिव मंदिर, गांधी चौक का पुजारी हूँ": read back
_ROLE_AFTER = re.compile(
    rf"\s+(?:pe|par|mein|me|ka|ki|ke|में|पर|का|की|के)\s+(?:{_ROLES}){_AM}", re.IGNORECASE
)
# "peon hoon Tehsil office, Sadar mein": read on from the post to the postposition
_ROLE_BEFORE = re.compile(
    rf"(?:^|[\s,])(?:{_ROLES}){_AM}\s+(?P<place>[^.;!?।\n]{{3,80}}?)\s+(?:mein|me|pe|par|में|पर)"
    r"(?![\w\u0900-\u0963])",
    re.IGNORECASE,
)
# "प्रार्थी रमेश चंद ..., उम्र 50 वर्ष, ...": the complainant, told of in the third person
_APPLICANT = re.compile(r"प्रार्थी|प्रार्थिनी|\bprarthi\b", re.IGNORECASE)
# the account goes back to a workplace: "office ke andar tha", "पंप पर आए", "counter se"
_WORKPLACE = re.compile(
    r"\b(?:office|daftar|counter|cabin|pump|station|shop|dukaan|dukan|mandir|temple|hospital|"
    r"clinic|nursing\s+home|school|godown|dhaba|hotel|branch)\b"
    r"|(?:ऑफिस|दफ्तर|दफ़्तर|काउंटर|पंप|स्टेशन|दुकान|मंदिर|अस्पताल|क्लिनिक|स्कूल|विद्यालय|गोदाम|ढाबा|"
    r"होटल|शाखा|नर्सिंग\s+होम)(?![\u0900-\u0963])",
    re.IGNORECASE,
)


def _staff_premises(text: str) -> str | None:
    """The workplace a complainant names with their post, in Hindi or Hinglish ("..., "Shiv
    Fuels", Station Road ka manager hoon", "peon hoon Tehsil office mein"), where the account
    goes back to a workplace."""
    for match in _ROLE_AFTER.finditer(text):
        found = _read_workplace_back(text, match.start())
        if found and _WORKPLACE.search(text, match.end()):
            return found
    for match in _ROLE_BEFORE.finditer(text):
        start = sentence_start(text, match.start())
        part = match["place"].strip(" ,")
        speaks = _SPEAKS.search(text[start : match.start() + 1])
        if speaks and _names_workplace(part) and _WORKPLACE.search(text, match.end()):
            return part
    return None


def _read_workplace_back(text: str, pos: int) -> str | None:
    """Comma parts before the post, back to the complainant's own particulars, in a sentence
    where the complainant speaks of themselves."""
    start = sentence_start(text, pos)
    if not (_SPEAKS.search(text[start:pos]) or _APPLICANT.search(text[start:pos])):
        return None
    taken: list[str] = []
    for raw in reversed(text[start:pos].split(",")):
        part = re.sub(r"\([^()]*\)", "", raw).strip()
        speaks = _SPEAKS.search(part) or _APPLICANT.search(part)
        if speaks or _NOT_PART.search(part) or _NOT_BUSINESS.match(part):
            break
        if not _names_workplace(part):
            break
        taken.insert(0, part)
        if part[0] in '"“':
            break
    return ", ".join(taken) or None


def _names_workplace(part: str) -> bool:
    """ "Chauhan Filling Station", "Tehsil office, Sadar": a name of a few words,
    not a clause ("yahan do saal se")."""
    words = part.split()
    clause = _CLAUSE_WORDS.intersection(w.casefold() for w in words)
    return bool(part) and _starts_name(part) and len(words) <= _BUSINESS_WORDS and not clause


def _read_business(text: str, pos: int) -> tuple[str | None, int]:
    """ ""Verma Cloth House", Sadar Bazar, Agra (ph ...)": comma parts that name a place; and
    where the reading stopped."""
    parts: list[str] = []
    for raw in re.split(r",(?!\d)", text[pos : sentence_end(text, pos)]):
        part, bracket, _ = raw.partition("(")
        part = re.sub(r"^(?i:an?)\s+", "", part.strip()) if not parts else part.strip()
        named = _starts_name(part) or bool(parts and _UNIT.match(part))
        if not part or not (named or not parts) or _NOT_BUSINESS.match(part):
            break
        if _NOT_PART.search(part) or len(part.split()) > _BUSINESS_WORDS:
            break
        words = part.split()
        # "..., Chandni Chowk Delhi ka hoon": the sentence goes on in Hindi
        kept = next((i for i, w in enumerate(words) if w.casefold() in _CLAUSE_WORDS), None)
        parts.append(" ".join(words[:kept]).strip(" .;:–-"))
        pos += len(raw) + 1
        if bracket or kept is not None:
            break
    return ", ".join(p for p in parts if p) or None, pos


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


def premises_address(address: str | None) -> str | None:
    """ "Address: Verma Kirana Stores, Station Road": the complainant gives their business as
    their address."""
    words = {w.casefold().strip(".,\"'“”") for w in (address or "").split()}
    clause = words & (_CLAUSE_WORDS - PREMISES)  # "Gangashahar mein kapde ki dukaan"
    return address if words & (PREMISES | _SHOP_NAMES) and not clause else None


def goes_back_to_business(text: str) -> bool:
    """The account goes back to the premises ("came to my shop", "cash from our counter")."""
    return bool(_AT_BUSINESS.search(text))

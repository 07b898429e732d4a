"""The complainant's address (IF-1 item 6(e)), as the complainant wrote it.

Read forward after a marker ("R/o", "resident of", "I live at", "Address:",
"निवासी", "पता:") up to where the address ends (a phone label, a verb, the end
of the sentence), or backward before a residence phrase ("... mein rehta hoon",
"... का निवासी हूँ"). An address that follows an accused person's name is the
accused's, not the complainant's.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.names import NameSpan
from afirgen.text.sentences import sentence_end, sentence_start

_FORWARD = re.compile(
    r"\b(?:r/o|resident\s+of|residing\s+at|presently\s+residing\s+at|(?:i|we)\s+(?:live|stay|reside)"
    r"(?:\s+alone)?\s+(?:at|in)|living\s+at|staying\s+at|(?:i\s+am|i'm|we\s+are)\s+(?:staying|living)"
    r"\s+(?:at|in)|tenants?\s+at|(?:present\s+|permanent\s+)?address\s*[:\-–]?|nivasi|pata|"
    # "vaasi", Marathi "rahnar", a form's "Niwas:" or "Ghar:"
    r"vaasi|vasi|rahnar|(?:niwas|nivas|ghar)\s*:)\s*[:\-–]?\s*"
    r"|(?:हाल\s+)?(?:निवासी|रहवासी)\s*[:\-–]?\s*|पता\s*[:\-–]\s*",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    r"\s+(?:mein|me)\s+(?:rehta|rehti|rehte|rahta|rahti|rahte)\s+(?:hoon|hu|hun|hain|hai)\b"
    r"|\s+(?:ka|ki)\s+(?:rehne|rahne)\s+(?:wala|wali|vala|vali)\b"
    r"|\s+se\s*(?=[.।])"
    r"|\s+में\s+(?:रहता|रहती|रहते)\s+(?:हूँ|हूं|हैं|है)|\s+(?:का|की)\s+(?:निवासी|रहने\s+वाला|"
    r"रहने\s+वाली)\s+(?:हूँ|हूं)|\s+(?:mein|me|में)\s+(?:hai|है)(?=\s*[.।])",
    re.IGNORECASE,
)
# Lower-case words that may stand inside an address segment.
_ADDRESS_WORDS = (
    r"village|vill|gaon|tehsil|teh|district|distt|post|gali|near|sector|mohalla|house|flat|plot|"
    r"ward|block|road|lane|street|colony|nagar|thana|ps|no|number|phase|room|opp|behind|"
    r"opposite|main|cross|layout|extension|gram|janpad|zila|jila|kasba|qasba|makaan|makan|pind|"
    r"taluka|tola|basti"
)
_STOP = re.compile(
    r"\s*:(?:\s|$)"  # "..., Karnal, Mahila Thana me darj: ...": the statement goes on
    r"|\s*(?:,\s*)?(?:\(|\b(?:mob(?:ile)?|ph(?:one)?|contact|cell|tel|email|aged?|umar)\b|"
    r"मोबाइल|मो\.|फोन|उम्र|आयु)|\s+(?:की|का|के)\s+(?:रहने|(?:स्थायी\s+)?निवासी|हूँ|हूं|है|हैं|मालिक|किसान)|(?:^|\s+)(?:हूँ|हूं)"
    r"|\s+निवेदन|\s+(?:mein|me)\s+(?:reh|rah)|\s+(?:हाल\s+)?निवासी(?![\u0900-\u097f])"
    # "..., Jodhpur ka hoon", "... hi ka rehne wala hoon", "... di rehan wali haan"
    r"|\s+(?:hi\s+)?(?:ka|ki|ke|da|di|de)\s+(?:hoon|hu|hun|hai|hain|haan|rehne|rahne|rehan|"
    r"sthayi|nivasi|malik)\b|\s+(?:hoon|hun|hai|hain|haan)\b",
    re.IGNORECASE,
)
# Words that make a Devanagari segment a clause of its own, not part of the address:
# "..., अजमेर, एक निजी अस्पताल में नर्स हूँ", "..., इंदौर, आपको अवगत कराना चाहती हूँ".
_CLAUSE_WORDS = frozenset(
    ["में", "आपको", "एक", "करता", "करती", "करते", "करना", "चाहता", "चाहती", "काम", "है", "हैं"]
)
_SEGMENT_START = re.compile(rf"\s*(?:[A-Z0-9\u0900-\u097f]|(?i:{_ADDRESS_WORDS})\b)")
_SENTENCE_END = re.compile(r"[.।\n](?=\s|$)")
_PHONE = re.compile(r"\+?(?:91[\s-]?)?\d[\dxX]{9}")  # "98200xxxxx" masked as written
_RELATION_END = re.compile(
    r"\s*,\s*(?:(?:from|of)\s+|(?=\d|(?:h\.?\s?no|house|flat|plot|village|gaon|ग्राम|मकान)\b))", re.I
)
# "I, Anil Sharma, of 22 Civil Lines, Meerut", "I, Anil Sharma, aged 45, of Mohalla Qazi
# Wara": after the complainant's particulars, ", of" opens the address.
_OF_AFTER_NAME = re.compile(r",\s*of\s+(?=\d|[A-Z])")
_PARTICULARS_REACH = 80
# What follows a complainant's name before the address: a relative, an age.
_PARTICULAR = re.compile(
    r"(?:[swd]/o|son\s+of|daughter\s+of|wife\s+of|pita|pati|patni|baap|father|husband|putra|"
    r"putri|age|aged|umar|umra|umr|vay|aayu|jati|jaati|caste|जाति|\d{1,3}(?:\s*(?:saal|sal|years?|yrs|varsh|वर्ष|साल))?\s*$|पिता|पति|पत्नी|"
    r"पुत्र|पुत्री|उम्र|आयु)",
    re.IGNORECASE,
)  # characters after the complainant's name that may hold ", of ..."
_LEADING_SUBJECT = re.compile(r"^(?:main|mai|hum(?:\s+log)?|ghar|मैं|हम(?:\s+लोग)?)\s+", re.I)
_STOP_BACKWARD = re.compile(
    r"\b(?:umar|umra|aged?|hoon|hu|ka\s+beta|ki\s+patni|ki\s+biwi|bol\s+raha|s/o|d/o|w/o)\b|"
    r"पुत्र|पुत्री|पत्नी|उम्र|\d+\s*(?:saal|years|वर्ष)|"
    # "video mere phone mein hai", "beta usi ke ghar mein hai", "2021 se": a thing's or another
    # person's whereabouts, or a year, not where the complainant lives
    r"\b(?:mere|meri|mera|uske|uski|usi|unke|unki|dono|wo|woh|yeh|ye)\b|"
    r"(?<![\u0900-\u097f])(?:मेरे|मेरा|मेरी|उसके|उसकी|उसी|उनके|दोनों)(?![\u0900-\u097f])|"
    r"^\s*(?:19|20)\d\d\s*$",
    re.IGNORECASE,
)
_ADDRESS_REACH = 60  # an address marker this close after an accused name is the accused's
# "naam pata poochha to ... nivasi Rampura bataya", "अपना पता कटियारी बताया": the address
# someone caught or questioned gave for himself, not the complainant's.
_GIVEN_BY_ANOTHER = re.compile(
    r"\b(?:bataya|batayi|batai|bataye|batata|batati|bata\s+raha|gave\s+(?:his|her|their)\s+"
    r"address)\b|बताया|बताई|बताए|बताता|बताती",
    re.IGNORECASE,
)


def extract_address(
    text: str, complainant: NameSpan | None, accused: list[NameSpan], relation_end: int | None
) -> str | None:
    """The complainant's address as written, or ``None`` when the complaint gives none."""
    for match in _FORWARD.finditer(text):
        # "I live in ...", "we reside at ..." is the complainant's, whoever was named before
        own = match[0][:2].casefold() in ("i ", "we")
        if not own and _belongs_to_accused(match.start(), complainant, accused):
            continue
        if not own and _GIVEN_BY_ANOTHER.search(text, match.end(), sentence_end(text, match.end())):
            continue
        address = _read_forward(text, match.end())
        if address:
            return address
    backward = _read_backward(text, complainant)
    if backward:
        return backward
    return (
        _after_relation(text, relation_end)
        or _after_name(text, complainant)
        or _after_particulars(text, _particulars_start(text, complainant, relation_end))
    )


def _belongs_to_accused(pos: int, complainant: NameSpan | None, accused: list[NameSpan]) -> bool:
    """True when the nearest name before the marker is an accused's, not the complainant's."""
    owners = [s for s in accused if 0 <= pos - s.end <= _ADDRESS_REACH]
    if not owners:
        return False
    owner = max(owners, key=lambda s: s.end)
    return not (complainant and owner.end <= complainant.start < pos)


def _read_forward(text: str, pos: int) -> str | None:
    """Comma-separated address segments from ``pos`` until a segment stops looking like one."""
    chunk = text[pos : sentence_end(text, pos)]
    stop = _STOP.search(chunk)
    chunk = chunk[: stop.start()] if stop else chunk
    segments: list[str] = []
    for segment in re.split(r",(?!\d)", chunk):
        if not segment.strip() or not _SEGMENT_START.match(segment):
            break
        if _CLAUSE_WORDS.intersection(segment.split()) or _PHONE.fullmatch(segment.strip()):
            break
        segments.append(segment.strip())
    if segments:
        # "..., Rajpura, Punjab ka (rehne wala hoon)": the genitive belongs to what follows
        segments[-1] = _TRAILING_GENITIVE.sub("", segments[-1])
    return _joined(_without_age(segments))


_TRAILING_GENITIVE = re.compile(r"\s+(?:ka|ki|ke|का|की|के)\s*$", re.IGNORECASE)


def _without_age(segments: list[str]) -> list[str]:
    """ "29 yrs, Tulsipur", "50, village Lehragaga": an age read before the address, not a
    house number (a bare number is one before a street, not before a village)."""
    while len(segments) > 1 and (
        _AGE.fullmatch(segments[0]) or (segments[0].isdigit() and _VILLAGE.match(segments[1]))
    ):
        segments = segments[1:]
    return segments


_VILLAGE = re.compile(
    r"(?:village|vill|gaon|gram|pind|mohalla|kasba|qasba)\b|ग्राम|गाँव|गांव|मोहल्ला|कस्बा", re.I
)


def _read_backward(text: str, complainant: NameSpan | None) -> str | None:
    """The segments before "... mein rehta hoon" / "... का निवासी हूँ", back to the subject
    or to the complainant's name ("Sir, main Raju Verma, gaon Rampur ka rehne wala hoon")."""
    for match in _BACKWARD.finditer(text):
        start = sentence_start(text, match.start())
        segments: list[str] = []
        end = match.start()
        for segment in reversed(re.split(r",(?!\d)", text[start:end])):
            end -= len(segment) + 1  # where this segment starts, less its comma
            if complainant and end < complainant.end and complainant.start < end + len(segment) + 1:
                break  # the segment holds the complainant's name
            segment = segment.strip()
            if not segment or _STOP_BACKWARD.search(segment):
                break
            subject = _LEADING_SUBJECT.match(segment)
            if subject:
                segments.insert(0, segment[subject.end() :])
                break
            if not _SEGMENT_START.match(segment):
                break
            segments.insert(0, segment)
        address = _joined(segments)
        if address:
            return address
    return None


def _after_relation(text: str, relation_end: int | None) -> str | None:
    """ "s/o Sh. Ram Avtar, 14, Civil Lines, Agra": an address straight after the relative."""
    if relation_end is None:
        return None
    link = _RELATION_END.match(text, relation_end)
    return _read_forward(text, link.end()) if link else None


def _after_name(text: str, complainant: NameSpan | None) -> str | None:
    if complainant is None:
        return None
    end = min(sentence_end(text, complainant.end), complainant.end + _PARTICULARS_REACH)
    link = _OF_AFTER_NAME.search(text, complainant.end, end)
    return _read_forward(text, link.end()) if link else None


def _particulars_start(
    text: str, complainant: NameSpan | None, relation_end: int | None
) -> int | None:
    """Where the particulars after the complainant's name open with a comma: after the name
    ("Arun Pillai, 41, ..."), the relative told right after it ("Rajpal s/o Hukam Singh, umar
    60, ...") or a "hai" ("mera naam Rohit hai, 23, ...")."""
    if complainant is None:
        return None
    pos = complainant.end
    # only a relative told right after the name, not "my husband Ravi" later on
    if (
        relation_end is not None
        and 0 <= relation_end - pos <= _PARTICULARS_REACH
        and _RELATIVE_NEXT.match(text, pos)
        and sentence_end(text, pos) >= relation_end
    ):
        pos = relation_end
    verb = _NAME_VERB.match(text, pos)
    pos = verb.end() if verb else pos
    return pos if text.startswith(",", pos) else None


_RELATIVE_NEXT = re.compile(
    r"\s*,?\s*(?:[swd]/o|son\s+of|daughter\s+of|wife\s+of|putra|putri|pati|patni|pita|पुत्र|पुत्री|"
    r"पति|पत्नी|पिता)",
    re.IGNORECASE,
)
# "mera naam Rohit Kale hai, 23, Kothrud": the verb that closes the name
_NAME_VERB = re.compile(r"\s+(?:hai|hoon|hu|hun|here|है|हूँ|हूं)(?=,)", re.IGNORECASE)
# "..., aged 50, of village Rampara, PS Domkal", "..., umar 52, rehne wala Bhaktinagar":
# these open the address
_OF = re.compile(r"(?:of|from|पता|(?:rehne|rahne)\s+wal[aie])\s+", re.IGNORECASE)


def _after_particulars(text: str, pos: int | None) -> str | None:
    """ "Main Arun Pillai, 41, Station Road, Kollam.", "I am Meena, Anna Nagar Madurai,
    98...": with no marker, the address is what follows the name, relation and age."""
    if pos is None:
        return None
    end = sentence_end(text, pos)
    colon = text.find(":", pos, end)  # "Statement of ..., 27: yesterday ...": the account
    end = colon if colon >= 0 else end
    for piece in re.finditer(r",\s*([^,]*)", text[pos:end]):
        if _CLAUSE_OPENING.match(piece[1]):
            return None  # "Kamala Rao, I am 74 years old, ...": the sentence goes on, no address
        if not _PARTICULAR.match(piece[1]) and not _is_trade(piece[1]):
            # "Ravindra Verma, Avar Abhiyanta (JE), ...": a post with its short form, no address
            designation = "(" in piece[1]
            start = pos + piece.start(1)
            if _TRADE.match(piece[1]):
                return None  # "..., Sarpanch Gram Panchayat X, ...": the post held, not a home
            marker = _OF.match(text, start) or _FORWARD.match(text, start)
            address = (
                None if designation else _read_forward(text, marker.end() if marker else start)
            )
            # unmarked, an address is a few words a segment; a longer run is the account
            if address is None or _is_workplace(address):
                return None
            fits = max(len(s.split()) for s in address.split(",")) <= _SEGMENT_WORDS
            return _without_trade(address) if fits else None
    return None


_SEGMENT_WORDS = 6
_CLAUSE_OPENING = re.compile(r"(?:I|main|mai|hum|मैं|हम)\s", re.IGNORECASE)
_TRADE_WORDS = 3  # "Branch Manager", "किराना दुकानदार", "retired bank clerk"


# "BA second year ki student hoon", "ek factory mein kaam karta hoon": the trade told as a clause
_SAID_OF_ONESELF = re.compile(
    r"(?:\b(?:hoon|hu|hun|hai|hain)|(?<![\u0900-\u097f])(?:हूँ|हूं|है|हैं))\s*$", re.IGNORECASE
)


_VILLAGE_WORD = re.compile(rf"(?<![\w\u0900-\u097f])(?:{_VILLAGE.pattern})", re.IGNORECASE)


def _is_trade(piece: str) -> bool:
    """A particular of its own: the complainant's trade, not a place ("गाँव पलाई का किसान हूँ"
    tells the village with the trade)."""
    clause = bool(_SAID_OF_ONESELF.search(piece)) and not _VILLAGE_WORD.search(piece)
    return (len(piece.split()) <= _TRADE_WORDS or clause) and bool(_TRADE.search(piece))


# With no marker, what follows the name, relation and age may be the complainant's trade
# ("..., 49, किसान।", "..., Branch Manager, ..."), a particular like the age, not an address.
_TRADE = re.compile(
    r"\b(?:farmer|teacher|student|driver|tailor|manager|clerk|engineer|doctor|housewife|"
    r"labou?rer|shopkeeper|businessman|trader|retired|unemployed|cashier|conductor|salesman|"
    r"director|secretary|president|principal|superintendent|trustee|founder|aspirant|worker|"
    r"employee|officer|kisan|kisaan|kaam|karta|karti|karte|padhta|padhti|chalata|chalati|sarpanch|"
    r"pradhan|owner|proprietor|malik|adhikari|head|controller|in-?charge)\b|"
    r"(?<![\u0900-\u097f])(?:किसान|शिक्षक|शिक्षिका|अध्यापक|छात्र|छात्रा|ड्राइवर|दर्ज़ी|दर्जी|"
    r"व्यापारी|दुकानदार|मजदूर|मज़दूर|गृहिणी|बेरोजगार|सेवानिवृत्त|रिटायर्ड|कामगार|कर्मचारी|सेल्समैन|"
    r"बालिग|विधवा|सरपंच|प्रधान|मालिक|अधिकारी|प्रहरी)(?![\u0900-\u097f])",
    re.IGNORECASE,
)


# "Report of HC Rekha Rao, Traffic Wing, Pune, 04.03.2025", "Sub-Inspector Anil, 9 Battalion,
# Camp Ranchi", "Accounts Officer, Nagpur Cooperative Bank", "मैं सीमा, बालिग हूँ": with no marker
# of residence, what follows an officer's or an employee's name may be the unit or the bank
# they write from, or the dateline of a report, and a lone word of status is no place. (A
# police station after an officer's name is left alone: it is often given as the address.)
_WORKPLACE = re.compile(
    r"(?<!near\s)(?<!opp\s)(?<!opposite\s)(?<!behind\s)\b(?:camp|bn|battalion|bank|courts?|"
    r"department|dept|cgst|gst|vibhag)\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)


def _is_workplace(address: str) -> bool:
    return bool(_WORKPLACE.search(address))


def _without_trade(address: str) -> str | None:
    """The address less a last segment that is the complainant's trade or status ("ग्राम
    Rampur, किसान" -> "ग्राम Rampur"); ``None`` when nothing else is left."""
    segments = address.split(", ")
    while segments and (_is_trade(segments[-1]) or _AGE.fullmatch(segments[-1])):
        segments.pop()
    return _joined(segments)


# "Jwalapur, Haridwar, 32 saal": the age told after the address
_AGE = re.compile(r"\d{1,3}\s*(?:saal|sal|years?|yrs|varsh|वर्ष|साल)\.?", re.IGNORECASE)


def _joined(segments: list[str]) -> str | None:
    address = ", ".join(s for s in segments if s).strip(" ,.;:-")
    return address or None

"""The complainant (IF-1 item 6): name, father's or husband's name, age, gender.

The name comes from the complainant's own introduction ("I, Ramesh Kumar S/o
...", "My name is ...", "मेरा नाम ... है", "main ... hoon", "Complainant: ..."),
else from the signature under "Yours faithfully". The relative is read from
the relation marker that follows the name (S/o, D/o, W/o, "son of", पुत्र,
पत्नी, "... ki patni", "pita ka naam ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.domain.fields import Person, Relation
from afirgen.pipeline.extraction.names import NameSpan, clean_name, read_name, read_name_before
from afirgen.pipeline.extraction.phrases import phrase_pattern

# "pita ka naam", "his name is", "usne apna naam ... bataya": someone else's name
_NOT_AFTER_POSSESSIVE = (
    r"(?<!\bka )(?<!\bki )(?<!का )(?<!की )(?<!'s )(?<!’s )(?<!\bhis )(?<!\bher )(?<!\bapna )"
    r"(?<!\buska )(?<!\bunka )(?<!\bjiska )(?<!अपना )(?<!उसका )(?<!जिसका )"
)
# What must follow a name read after a weak introduction ("main", "hum", "this is"): a
# comma, a relation, an age, "hoon", the end of the sentence. "main Delhi gaya" is no name.
_FOLLOWS_INTRO = re.compile(
    r"\s*(?:,|[sdw]/o\b|son\b|daughter\b|wife\b|widow\b|hoon\b|hu\b|bol\b|aged?\b|umar\b|"
    r"putra\b|puttar\b|putar\b|putri\b|patni\b|pita\b|pati\b|from\b|here\b|hain\b|"
    r"\d{1,3}\s*(?:years?|yrs?|saal|sal|varsh|वर्ष|साल|from)\b|\.(?!\w)|।|"
    r"पुत्र|पुत्री|पत्नी|पिता|पति|हूँ|हूं|उम्र|निवासी|\()",
    re.IGNORECASE,
)
# "Sir, Ravi Menon here": a name a greeting introduces, told by the "here" after it
_HERE = re.compile(r"\s+here\b", re.IGNORECASE)
# "Sir, Ravi Menon, 47, ...", "Ravi Menon (47) ...": a message that opens with a name and age
_AGED = re.compile(r"\s*(?:,\s*\d{1,3}\b(?!\s*[/.:-]\s*\d)|\(\s*\d{1,3}\s*\))")
_SELF = (
    r"\bmain|\bmai|\bhum|\bami|(?-i:\b[MH]ein|\bMi|\b[Hh]u)|\bI\s+am|\bI['’]m|\bthis\s+is|\bmyself"
)
# Introductions, surest tier first: (marker, what must follow the name, or None).
_INTRODUCTIONS: list[list[tuple[str, re.Pattern[str] | None]]] = [
    [
        # a label: "Complainant: ...", "Name - ...", "Informant ..."; "owner" and "name" only
        # with the colon ("the owner Mr. Gupta" is someone else)
        (r"\b(?:complainant|applicant|petitioner|informant|prarthi|prarthini)\b\s*[:\-–]?\s*",
         None),
        (rf"{_NOT_AFTER_POSSESSIVE}\b(?:name|naam|owner)\s*[:\-–]\s*", None),
        (r"(?:नाम|प्रार्थी|प्रार्थिनी|प्रार्थिया|शिकायतकर्ता|आवेदक|आवेदिका)\s*[:\-–]\s*", None),
        (r"\bmy\s+name\s+is\s+|\bmera\s+naam\s+|मेरा\s+नाम\s+", None),
        (r"\bI\s*,\s*", None),
        (r"\bI\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*,?\s+[sdwSDW]/[oO])", None),
        # an oral statement's heading: "Statement of ...", "Bayan ...", "Fardbeyan ...", "बयान ..."
        (r"\b(?:statement\s+of|(?:fard\s*)?ba?ya[ae]?n(?:\s+of)?|fardbeyan|jabab|tehrir|rukka|tkr\."
         r"|(?:own\s+)?report\s+(?:of|by))\b\s*[:\-–]?\s*|(?:बयान|ब्यान)\s*[:\-–]?\s*", None),
        # a letter's or a form's sender: "From: ...", "प्रेषक: ...", "Signed: ..."
        (r"^\s*(?:from|signed|sender|प्रेषक)\s*:\s*|मुख्य\s+शिकायतकर्ता\s+", None),
    ],
    [
        (rf"(?:{_SELF})\s+", _FOLLOWS_INTRO),
        (rf"{_NOT_AFTER_POSSESSIVE}\b(?:name|naam)\s+", _FOLLOWS_INTRO),
        # "प्रार्थी रमेश पुत्र ...", and the signature "प्रार्थी, रमेश प्रसाद, निवासी ..."
        (r"मैं\s+|(?:प्रार्थी|प्रार्थिनी|प्रार्थिया|आवेदक|आवेदिका)\s*,?\s+|\b(?:prarthi|prarthini)\s*,\s*",
         _FOLLOWS_INTRO),
        (r"(?:^|\b(?:sir|madam|ma['’]?am|hello|hi|namaste|namaskar)\b[,!.]?\s*)", _HERE),
        (r"\A\s*(?:(?:sir|madam|ma['’]?am|hello|hi|namaste|namaskar)\b[,!.]?\s*)?", _AGED),
    ],
    [
        (r"(?:yours\s+(?:faithfully|sincerely|truly)|thanking\s+you|regards|प्रार्थी|प्रार्थिनी"
         r"|भवदीय|भवदीया)\s*,?\s*\n\s*", None),
        # a message signed at its foot: "... please help. - Ravi" (the last lines only)
        (r"(?:^|(?<=[.?!।]))\s*[-–—]\s*(?=\S[^\n]{0,40}\Z)", None),
        # or signed by the name alone as its last sentence: "... Please help. Ravi Kant Joshi."
        (r"(?-i:(?:^|(?<=[a-z][a-z][.?!])|(?<=।))\s*(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"
         r"(?:,\s*[A-Z][^\n.]{0,30})?\.?\s*\Z))", None),
        # or on a last line of its own, with the village or the phone after a comma:
        # "... कार्रवाई करें।\nरेखा साहू, 94508xxxxx"
        (r"\n\s*(?=[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,2}\s*,[^\n]{1,60}\Z)", None),
    ],
]  # fmt: skip
_COMPILED = [
    [(re.compile(p, re.IGNORECASE | re.MULTILINE), follows) for p, follows in tier]
    for tier in _INTRODUCTIONS
]
# "main Karol Bagh mein rehta hoon", "main Rampur, Bareilly mein rehti hoon": a place, not a
# name; but after a name and a comma, "..., Lisari Gate ka rehne wala hoon" tells where the
# named complainant lives
_LIVES_AT = re.compile(
    r"\s+(?:mein|me|ka|ki|में|का|की)\s+(?:reh|rah|niwasi|nivasi|रह|निवासी)"
    r"|,[^,.।]{1,40}\s+(?:mein|me|में)\s+(?:reh|rah|रह)",
    re.IGNORECASE,
)
_PLACE_WORDS = re.compile(r"(?:gaon|village|sector|mohalla|ग्राम|गांव|गाँव|मोहल्ला|सेक्टर)\b", re.I)


@dataclass(frozen=True)
class Complainant:
    person: Person
    span: NameSpan | None  # where the complainant's name stands in the text
    relation_end: int | None = None  # where "S/o Mohan Lal" (or "... ka beta") ends


def find_complainant_name(text: str) -> NameSpan | None:
    """The complainant's name from the surest introduction found.

    The complainant introduces themself at the start: an introduction there ("main Ravi
    Verma, umar 40") outweighs a surer-looking label further down ("owner Mr. Gupta").
    Within the opening, and failing it everywhere, the surest tier wins, then the earliest.
    """
    tiers = [
        [span for pattern, follows in tier for span in _names_after(text, pattern, follows)]
        for tier in _COMPILED
    ]
    for found in (
        *([s for s in tier if s.start < _INTRODUCTION] for tier in tiers[:2]),
        *tiers,
    ):
        if found:
            return min(found, key=lambda s: s.start)
    return None


def _names_after(
    text: str, pattern: re.Pattern[str], follows: re.Pattern[str] | None
) -> list[NameSpan]:
    spans = []
    for match in pattern.finditer(text):
        span = read_name(text, match.end())
        if span is None or _PLACE_WORDS.match(span.name) or _LIVES_AT.match(text, span.end):
            continue
        if follows is not None and not follows.match(text, span.end):
            continue
        spans.append(span)
    return spans


_Relation = tuple[re.Pattern[str], Relation, str | None]  # (marker, relation, gender)


def _marker(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_RELATIONS_AFTER: list[_Relation] = [
    (_marker(r"\b[Ss]/[Oo]\b\.?\s*:?\s*|\bson\s+of\s+|पुत्र\s+|\bputra\s+|\bput+a?r\s+"), "father",
     "male"),
    (_marker(r"\b[Dd]/[Oo]\b\.?\s*:?\s*|\bdaughter\s+of\s+|पुत्री\s+|\bputri\s+"), "father",
     "female"),
    (_marker(r"\b[Ww]/[Oo]\b\.?\s*:?\s*|\b(?:wife|widow)\s+of\s+|पत्नी\s+|\bpatni\s+"), "husband",
     "female"),
    (_marker(r"पिता\s*(?:जी\s*)?(?:का\s+नाम)?\s*[:\-–]?\s*|\bpita\s*(?:ji\s+)?(?:(?:ka|da)\s+naam\s+)?"
             r"|\bfather['’]?s?\s+name\s*(?:is\s+|[:\-–]\s*)"
             r"|\bfather\s*/\s*husband['’]?s?\s+name\s*[:\-–]\s*"), "father", None),
    (_marker(r"पति\s*(?:का\s+नाम\s*|[:\-–]\s*)|\bpati\s+ka\s+naam\s+"
             r"|पति\s+(?=(?:श्री|स्व\.|स्वर्गीय))|\bpati\s+(?=(?:shri|sh|sri|late|swargiya)\b)"
             r"|\bhusband['’]s\s+name\s*(?:is\s+|[:\-–]\s*)"), "husband", "female"),
]  # fmt: skip
_RELATIONS_BEFORE: list[_Relation] = [
    (_marker(r"\s+(?:ki\s+(?:patni|biwi|wife)|की\s+पत्नी)\b"), "husband", "female"),
    (_marker(r"\s+(?:ka\s+(?:beta|ladka|putra)|का\s+(?:बेटा|पुत्र))\b"), "father", "male"),
    (_marker(r"\s+(?:ki\s+(?:beti|ladki)|की\s+(?:बेटी|पुत्री))\b"), "father", "female"),
]
_MY_HUSBAND = re.compile(r"\bmy\s+husband\s+(?=[A-Z])", re.IGNORECASE)
_RELATION_WINDOW = 160
_AGE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\baged?\s*[:\-]?\s*(?:about\s+|around\s+)?(\d{1,3})(?!\s*-\s*\d)\b",
        r"\b(?:umar|umra|umr)\s*[:\-]?\s*(?:lagbhag\s+|karib\s+|kareeb\s+|meri\s+|mera\s+)?"
        r"(\d{1,3})\b",
        r"(?:उम्र|आयु)\s*[:\-–]?\s*(?:लगभग\s+|करीब\s+|मेरी\s+)?(\d{1,3})(?!\d)",
        r"^\s*\(\s*(\d{1,3})\s*\)",
        r"^\s*,\s*(\d{1,3})\s*(?:years?|yrs?\.?|saal|varsh|varas|वर्ष)?\s*(?:old\s*)?[,.]",
        r"\bI\s+am\s+(\d{1,3})\b|\bI['’]m\s+(\d{1,3})\b",
        r"\b(\d{1,3})\s*(?:years?|yrs?)\s+old\b",
        # "..., son of X, 52 years, living at ...": the age set off by commas in the particulars
        r",\s*(\d{1,3})\s*(?:years?|yrs?\.?|saal|varsh|वर्ष)\s*,",
    )
]
_AGE_WINDOW = 200
# "my daughter Anjali, aged 15", "मेरी बेटी कुमारी अंजलि, उम्र 15 वर्ष": the age of someone of the
# complainant's own people, told in the same clause, is not the complainant's
_KIN_BEFORE_AGE = re.compile(
    r"(?:\b(?:my|our|mere|meri|mera|hamare|hamara|hamari)|मेरे|मेरी|मेरा|हमारे|हमारी|हमारा)\s+"
    rf"(?:\S+\s+)?(?:{phrase_pattern('accused', 'own_people')})[^.।\n]{{0,40}}$",
    re.IGNORECASE,
)
_LABELLED_AGES = 3  # the first patterns name the age ("aged", "umar", "उम्र")
_INTRODUCTION = 400  # the complainant introduces themself at the start
_FEMALE = re.compile(r"\b(?:smt|mrs|ms|miss)\b\.?\s*$|श्रीमती\s*$|कुमारी\s*$", re.IGNORECASE)
_MALE = re.compile(r"\b(?:shri|mr|sh)\b\.?\s*$|श्री\s*$", re.IGNORECASE)
# "... mein rehti hoon", "... ki rehne wali hoon", "निवासी ... की रहने वाली हूँ": where the
# complainant lives, told with the verb's gender
# Any verb of the complainant's own in the first person tells it too: "e-rickshaw chalata
# hoon", "सिलाई का काम करती हूँ", and "Jajmau ka rehne wala" at the end of the introduction.
_FEMALE_SELF = re.compile(
    r"\b(?:rehne|rahne)\s+wali(?:\s+(?:hoon|hu|hun)\b|\s*[,.।])|\b\w+ti\s+(?:hoon|hu|hun)\b|"
    r"रहने\s+वाली\s*(?:हूँ|हूं|[,.।])|[\u0900-\u097f]+ती\s+(?:हूँ|हूं)",
    re.I,
)
_MALE_SELF = re.compile(
    r"\b(?:rehne|rahne)\s+wala(?:\s+(?:hoon|hu|hun)\b|\s*[,.।])|\b\w+ta\s+(?:hoon|hu|hun)\b|"
    r"रहने\s+वाला\s*(?:हूँ|हूं|[,.।])|[\u0900-\u097f]+ता\s+(?:हूँ|हूं)",
    re.I,
)


def extract_complainant(text: str, folded: str) -> Complainant:
    """Name, relative, age and gender of the complainant; what is not written stays None."""
    span = find_complainant_name(text)
    person = Person(name=clean_name(span.name) if span else None)
    relation = _find_relation(text, span)
    relation_end = None
    if relation:
        person.relation, person.relative_name, gender, relation_end = relation
        person.gender = gender  # type: ignore[assignment]
    person.age = _find_age(folded, span)
    person.gender = person.gender or _gender_from_words(text, span)  # type: ignore[assignment]
    return Complainant(person=person, span=span, relation_end=relation_end)


_Found = tuple[Relation, str, str | None, int]  # relation, relative's name, gender, end offset


def _find_relation(text: str, span: NameSpan | None) -> _Found | None:
    """The relation marker nearest after the complainant's name, else a labelled one."""
    if span is None:
        return _labelled_relation(text)
    limit = min(len(text), span.end + _RELATION_WINDOW)
    found = [*_relatives_after(text, span, limit), *_relatives_before(text, span, limit)]
    if not found:
        return _labelled_relation(text)
    return min(found, key=lambda f: f[0])[1]


def _relatives_after(text: str, span: NameSpan, limit: int) -> list[tuple[int, _Found]]:
    """ "S/o Shri Mohan Lal", "पुत्र श्री हरि प्रसाद": the relative's name after the marker."""
    found = []
    for pattern, relation, gender in _RELATIONS_AFTER:
        for m in pattern.finditer(text[span.end : limit]):
            name = read_name(text, span.end + m.end())
            if name:
                found.append((m.start(), (relation, clean_name(name.name), gender, name.end)))
    return found


def _relatives_before(text: str, span: NameSpan, limit: int) -> list[tuple[int, _Found]]:
    """ "Rohit Sharma ki patni": the relative's name before the marker."""
    found = []
    for pattern, relation, gender in _RELATIONS_BEFORE:
        for m in pattern.finditer(text[span.end : limit]):
            name = read_name_before(text, span.end + m.start())
            if name and name.start >= span.end:
                end = span.end + m.end()
                found.append((m.start(), (relation, clean_name(name.name), gender, end)))
    return found


def _labelled_relation(text: str) -> _Found | None:
    """ "pita ka naam ...", "my father's name is ...", "my husband X" anywhere in the text."""
    for pattern, relation, gender in _RELATIONS_AFTER[3:]:
        match = pattern.search(text)
        name = read_name(text, match.end()) if match else None
        if name:
            return relation, clean_name(name.name), gender, name.end
    match = _MY_HUSBAND.search(text)
    name = read_name(text, match.end()) if match else None
    return ("husband", clean_name(name.name), "female", name.end) if name else None


def _find_age(folded: str, span: NameSpan | None) -> int | None:
    start = span.end if span else 0
    age = _first_age(folded[start : start + _AGE_WINDOW], _AGE_PATTERNS)
    if age is not None or (span and span.end <= _INTRODUCTION):
        return age
    # The name was not found in the introduction: an age labelled there is still theirs.
    return _first_age(folded[:_INTRODUCTION], _AGE_PATTERNS[:_LABELLED_AGES])


def _first_age(window: str, patterns: list[re.Pattern[str]]) -> int | None:
    hits = [(m.start(), m) for p in patterns for m in p.finditer(window)]
    for start, match in sorted(hits, key=lambda h: h[0]):
        if _KIN_BEFORE_AGE.search(window[max(0, start - 80) : start]):
            continue
        age = int(next(g for g in match.groups() if g))
        if 0 < age < 110:
            return age
    return None


def _gender_from_words(text: str, span: NameSpan | None) -> str | None:
    if span:
        before = text[max(0, span.start - 12) : span.start]
        if _FEMALE.search(before):
            return "female"
        if _MALE.search(before):
            return "male"
    told = [
        (m.start(), g)
        for g, p in (("female", _FEMALE_SELF), ("male", _MALE_SELF))
        if (m := p.search(text))
    ]
    if told:
        return min(told)[1]  # the first the complaint tells
    if "प्रार्थिनी" in text:  # "the applicant" in the feminine
        return "female"
    return "male" if "प्रार्थी" in text else None

"""The person a complaint is about, where no words of a deed name the accused.

Complainants often tell of the one they complain of without a word of violence or taking
after the name: a debtor who "said he would pay", a tenant who "refused to vacate", a
receptionist who "kept the money", a caller who "gave his name as Vinod". When nothing
else names or counts the accused, the person the complaint keeps coming back to, shown to
be a person by an honorific ("Mr. Sethi", "श्री रावत"), by doing or saying something
("Vinod ne ...", "Sunil said", "Kamla boli"), by the complaint giving the name ("naam Ramu
bataya", "Bittu naam ka ladka") or going on about them ("... Vinod Rana. He said"), is the
one it is made against.

Left out: the complainant and their named relative, anyone brought in as the
complainant's own ("my son Aman", "mere bhai Ravi"), an official or a witness, whoever
only saw, told or helped, and a word the complaint also writes in lower case ("Doctor"
beside "the doctor" is a word, not a name). A complaint that says it does not know who
did it ("unknown persons", "kisi par shak nahi") names no one this way, unless it singles
one person out (an honorific or their work before the name, or "X ne") and tells of them
again: "pata nahi" or "someone" is then said of a detail, not of who did it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.names import (
    NameSpan,
    clean_name,
    is_devanagari,
    read_name,
    read_name_before,
    same_person,
)
from afirgen.pipeline.extraction.phrases import phrase_list, phrase_pattern
from afirgen.pipeline.extraction.witnesses import saw_incident

__all__ = ["complained_of", "names_a_place_or_body"]

_CAPITAL = re.compile(r"(?<![\w.@/])(?=[A-Z][a-z])")
# A Devanagari name is read only before "ने" or after "श्री": any run of Devanagari reads as one.
_DEVANAGARI_ROLES = "|".join(
    w for w in phrase_list("accused", "roles_before_a_name") if is_devanagari(w[0])
)
_DEVANAGARI_NAME_AT = re.compile(
    r"(?P<doer>(?<=[\u0900-\u097f])\s+ने(?![\u0900-\u097f]))|श्री\s+"
    rf"|(?<![\u0900-\u097f])(?:{_DEVANAGARI_ROLES})\s+(?=[\u0900-\u097f])"
)
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:mr|mrs|ms|shri|sri|sh|smt)\b\.?\s*|श्री\s*)$", re.I)
# "Vinod ne", "Sunil said", "Kamla boli", "Ravi, aged 30", "Ravi (30)": a person, by a deed or
# by words only a person is given (these last not after one word opening a sentence: "Caption
# says"); a phone number or a price in brackets ("Nashik (98220...)", "Kindle (10k)") is no age.
_SHOWN_AFTER = re.compile(
    r"(?P<doer>(?:\s+(?:ji|jee|जी|sahab|saheb|साहब|bhai))?\s+(?:ne|ने)(?![\w\u0900-\u097f]))"
    r"|\s*,?\s*(?:s/o|d/o|w/o|son\s+of|aged?\b|\(\d{1,2}(?!\d|[,.]\d|\s*k\b)|who\b|jo\s|जो\s)"
    # the doer with an aside between ("Rahul Meena (employee ID 44) ne", "Sonu (22) ne")
    r"|(?P<aside_doer>\s*\([^()\n]{1,40}\)\s*(?:ne|ने)(?![\w\u0900-\u097f]))"
    # an age told about ("Kunal (about 24)", "Hemant (umar kareeb 40", ", about 18,"):
    # only a person is given one
    r"|\s*\(\s*(?:age|aged|about|approx|approximately|around|umar|umra|उम्र|आयु)(?![\w\u0900-\u097f])"
    r"|\s*,\s*(?:about|approx\.?|approximately|around|lagbhag|karib|kareeb|लगभग|करीब)\s+\d{1,2}"
    r"(?![\d,.])"
    r"|\s+(?:(?:also|then|had|has|later|"
    rf"again|never)\s+)?(?:{phrase_pattern('accused', 'person_verbs')}|is\s+my|was\s+my)",
    re.IGNORECASE,
)
# "my son Aman", "my elder sister, Mrs. Rita", "मेरी बेटी पूजा", "S/o Ramesh", "SI Yadav",
# "I, Rakesh", "main Rakesh": the complainant, their own people, an official, a witness.
_MY = r"\b(?:my|our|mere|meri|mera|hamare|hamara|hamari|apne|apni)|मेरे|मेरी|मेरा|हमारे"
_NOT_ACCUSED_BEFORE = re.compile(
    rf"(?:(?:{_MY})\s+(?:[\w-]+\s+)?(?:{phrase_pattern('accused', 'own_people')})[\s,]+"
    rf"|{phrase_pattern('accused', 'not_accused_titles')}\s*[:\-]?\s*"
    rf"|{phrase_pattern('accused', 'self_before')}\s*,?\s*)"
    r"(?:(?:mr|mrs|ms|shri|sri|sh|smt)\.?\s*|श्री\s+)?(?:(?-i:[A-Z])\.\s*){0,3}$",
    re.IGNORECASE,
)  # initials are part of the name: "I, H. S. Rao" is the complainant
_ORGANISATION = (
    phrase_list("accused", "organisation_words") | phrase_list("places", "place_nouns")
) - phrase_list("places", "name_like_place_nouns")
_NEXT_CAPITALISED = re.compile(r"\s+((?-i:[A-Z])\w+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?।\n])\s*$")
_UNKNOWN_DOER = re.compile(phrase_pattern("accused", "unknown_doer"), re.IGNORECASE)
_OBLIQUE_PLURAL = re.compile(r"[\u0900-\u097f]+ों")  # "डॉक्टरों ने": people, not a name
_LOOK_BACK = 40
# "naam Ramu bataya", "driver name Tilak Raj", "Pooja naam ki ladki", "Bittu naam ka banda",
# "a buyer named 'Biju'", "told his name as Biju", "known as Sunny": the complaint gives the
# name of someone it tells of.
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:naam|name|naav|named|name\s+as|known\s+as)|नाम)\s*(?:is\s+|was\s+|hai\s+|tha\s+|:\s*|-\s*)?"
    r"[\"'“]?$",
    re.IGNORECASE,
)
_NAMED_AFTER = re.compile(
    r"[\"'”]?\s+(?:naam|नाम)\s+(?:ka|ki|ke|का|की|के)(?![\w\u0900-\u097f])"
    # ... not a business ("Sai Telecom naam ki dukaan", "X नाम की कंपनी")
    r"(?!\s+(?:ek\s+|एक\s+)?(?:dukaan|dukan|shop|store|company|firm|hotel|dhaba|agency|school|"
    r"app|website|site|group|factory|godown|office|sanstha|society|bank|showroom|दुकान|कंपनी|"
    r"फर्म|होटल|ढाबा|संस्था|दफ्तर|कार्यालय|स्कूल|ऐप|वेबसाइट|ग्रुप|फैक्ट्री|शोरूम)"
    r"(?![\w\u0900-\u097f]))",
    re.IGNORECASE,
)
# "... bought it off Rajesh Bhagat. He had kept ...", "... Vinod Rana, usne bola": the next
# sentence or clause goes on about the one just named (not a town: "back from Barmer. He").
_TOLD_OF_NEXT = re.compile(
    r"[.!?।,]\s+(?:(?:and|aur|par|but|lekin|phir)\s+)?"
    r"(?-i:He|She|he|she|Usne|usne|Unhone|unhone)\s|[.!?।,]\s*(?:उसने|उन्होंने)\s",
)
_AT_A_PLACE = re.compile(r"\b(?:at|in|from|near|to|of)\s+$", re.IGNORECASE)
# "labourer Ramesh Yadav", "trader Ramesh Agarwal of Adilabad", "Store vala Bittu", "the cook
# Ramu": a person's work or side of a deal put before the name shows a person.
_ROLES = phrase_list("accused", "roles_before_a_name")
# Not after a comma ("Rajeevan, driver, Thalassery" tells the complainant's work and town)
# nor after "my"/"our" ("my staff Ramesh", "hamare purane driver Manish": their own side).
_ROLE = phrase_pattern("accused", "roles_before_a_name")
_ROLE_BEFORE = re.compile(
    rf"(?<!,\s)(?<![\w-]){_ROLE}\s*(?:\s|\(|[\"'“‘])\s*(?:(?:mr|mrs|ms|shri|sri|sh|smt)\b\.?\s*)?$",
    re.IGNORECASE,
)
_OUR_ROLE_BEFORE = re.compile(
    rf"(?:{_MY})\s+(?:[\w-]+\s+)?{_ROLE}\s+(?:(?:mr|mrs|ms|shri|sri|sh|smt)\b\.?\s*)?$",
    re.IGNORECASE,
)


@dataclass
class _Person:
    name: str
    first: int
    mentions: int = 0
    shown: bool = False  # an honorific, a deed or words of a person next to the name
    excluded: bool = False
    singled_out: bool = False  # an honorific or their work before the name, or a deed after it
    spans: list[NameSpan] = field(default_factory=list)


def complained_of(
    doc: Complaint,
    others: list[str],
    not_accused: Callable[[str, NameSpan], bool],
) -> NameSpan | None:
    """The person most told of, shown to be one and not among ``others`` (the complainant
    and their named relative) nor ``not_accused`` (a word for people, an informant, a helper);
    ``None`` where the complaint does not know who did it."""
    unsure = bool(_UNKNOWN_DOER.search(doc.text, doc.body_start))
    people: list[_Person] = []
    for span in _mentions(doc):
        name = clean_name(span.name)
        if len(name) < 3 or names_a_place_or_body(doc.text, span):
            continue
        if any(o and same_person(name, o) for o in others):
            continue
        person = _person_for(people, name, span.start)
        person.mentions += 1
        person.spans.append(span)
        person.shown = person.shown or _shown_a_person(doc.text, span)
        person.singled_out = person.singled_out or _singled_out(doc.text, span)
        person.excluded = person.excluded or _not_accused(doc.text, span, not_accused)
    kept = [p for p in people if p.shown and not p.excluded and not _a_word(doc.text, p.name)]
    if unsure:
        kept = [p for p in kept if p.singled_out and p.mentions > 1]
    if not kept:
        return None
    best = min(kept, key=lambda p: (-p.mentions, p.first))
    return max(best.spans, key=lambda s: len(s.name))


def _mentions(doc: Complaint) -> list[NameSpan]:
    """Every name in the body: Latin capitals, and Devanagari ones before "ने" or after "श्री"."""
    text, spans = doc.text, list[NameSpan]()
    for match in _CAPITAL.finditer(text, doc.body_start):
        span = read_name(text, match.start())
        if span and span.name.endswith(" I"):  # "After I did", "Bapi Sahoo I think": the pronoun
            span = NameSpan(span.name[:-2], span.start, span.end - 2)
        if span is None or span.start != match.start():
            continue
        if " " in span.name and span.name.split()[0].casefold() in _ROLES:
            cut = len(span.name.split()[0]) + 1  # "Labourer Ramesh Yadav" is Ramesh Yadav
            span = NameSpan(span.name[cut:], span.start + cut, span.end)
        if not (spans and span.start < spans[-1].end):
            spans.append(span)
    for match in _DEVANAGARI_NAME_AT.finditer(text, doc.body_start):
        if match["doer"]:
            span = read_name_before(text, match.start())
            if span and span.end == match.start() and not _OBLIQUE_PLURAL.fullmatch(span.name):
                spans.append(span)
        elif (span := read_name(text, match.end())) and is_devanagari(span.name[0]):
            if not match[0].startswith("श्री"):  # after a role: a given name and a surname
                words = span.name.split()[:_ROLE_NAME_WORDS]
                if len(words) < _ROLE_NAME_WORDS:
                    continue  # "व्यापारी मंडी में": one word after a role is as often a thing
                span = NameSpan(" ".join(words), span.start, span.start + len(" ".join(words)))
            spans.append(span)
    return spans


# "सुपरवाइजर संजीव यादव कई दिन से": any run of Devanagari reads as a name, so one brought in
# by their work is read as a given name and a surname, two words
_ROLE_NAME_WORDS = 2


def names_a_place_or_body(text: str, span: NameSpan) -> bool:
    """ "Shree Ganesh Traders", "Shri Ram Mandir" (read as "Ram", the capitalised noun after
    one word): a word of a body, a business or a place in the name or just after it ("Aman
    Tiwari Station Road par" is a full name before a place)."""
    after = " " not in span.name and _NEXT_CAPITALISED.match(text, span.end)
    words = {*span.name.casefold().split(), *([after[1].casefold()] if after else [])}
    return bool(_ORGANISATION & words)


def _person_for(people: list[_Person], name: str, start: int) -> _Person:
    for person in people:
        if same_person(person.name, name):
            person.name = max(person.name, name, key=len)
            return person
    people.append(_Person(name, start))
    return people[-1]


def _shown_a_person(text: str, span: NameSpan) -> bool:
    """An honorific before the name, a deed after it, the complaint giving the name ("naam
    Ramu bataya", "Pooja naam ki ladki") or going on about the one just named ("... Vinod
    Rana. He said"); words of a person after one word that opens a sentence ("Caption says
    ...") show no person."""
    before = text[max(0, span.start - _LOOK_BACK) : span.start]
    shown = _SHOWN_AFTER.match(text, span.end)
    if _HONORIFIC_BEFORE.search(before) or (shown and (shown["doer"] or shown["aside_doer"])):
        return True
    if _ROLE_BEFORE.search(before) and not _OUR_ROLE_BEFORE.search(before):
        return True
    if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(text, span.end):
        return True
    if _TOLD_OF_NEXT.match(text, span.end) and not _AT_A_PLACE.search(before):
        return True
    opens = " " not in span.name and _SENTENCE_START.search(before)
    return bool(shown and not opens)


def _singled_out(text: str, span: NameSpan) -> bool:
    """Brought in as a particular person ("Mr. Tarun Gill", "prop. Shri Om Bansal", "wale
    Naresh Gupta") or as the doer ("Farid ne"): still the one complained of where the
    complaint also says "someone" or "pata nahi" of a detail."""
    before = text[max(0, span.start - _LOOK_BACK) : span.start]
    shown = _SHOWN_AFTER.match(text, span.end)
    if _HONORIFIC_BEFORE.search(before) or (shown and shown["doer"]):
        return True
    return bool(_ROLE_BEFORE.search(before) and not _OUR_ROLE_BEFORE.search(before))


def _not_accused(text: str, span: NameSpan, not_accused: Callable[[str, NameSpan], bool]) -> bool:
    before = text[max(0, span.start - _LOOK_BACK) : span.start]
    return bool(
        _NOT_ACCUSED_BEFORE.search(before)
        or saw_incident(text, span.end)
        or not_accused(text, span)
    )


def _a_word(text: str, name: str) -> bool:
    """A one-word "name" the complaint also writes in lower case ("Doctor", "Between")."""
    if " " in name or is_devanagari(name[0]):
        return False
    return re.search(rf"(?<![\w]){re.escape(name.lower())}(?![\w])", text) is not None

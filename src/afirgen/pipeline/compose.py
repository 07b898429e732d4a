"""The summary and the FIR narrative, written from extracted fields only.

Both are English prose in the third person. Every name, place and figure in
them comes from :class:`FirFields` (which holds only what the complaint says);
a fact that is missing is left out, or written as "on a date not stated",
never filled in. Names and places in Devanagari stay in Devanagari.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time

from afirgen.domain.fields import Accused, FirFields, Person
from afirgen.legal.facts import Fact, detect_facts
from afirgen.pipeline.extraction import (
    assault_victim,
    detect_incidents,
    harassment_deeds,
    kidnapped,
    role_in_english,
)
from afirgen.pipeline.extraction.document import prepare
from afirgen.text.amounts import indian_grouping
from afirgen.text.numbers import ENGLISH_NUMBER_WORDS
from afirgen.text.postpositions import english_relation
from afirgen.text.sentences import split_sentences

_PREPOSITION = re.compile(
    r"^(?:near|outside|opposite|behind|beside|next\s+to|in\s+front\s+of|between|on|in|at|inside)\b",
    re.IGNORECASE,
)
_PERSON_NOUN = re.compile(
    r"\b(?:men|boys|youths|persons|people|guys|man|boy|person|woman|girl|driver|caller|buyer|"
    r"miscreants|assailants|youth)\b",
    re.IGNORECASE,
)
_KIND_PHRASES = {
    "snatching": "a snatching",
    "theft": "a theft",
    "house-breaking": "a house-breaking",
    "vehicle theft": "a vehicle theft",
    "robbery": "a robbery",
    "dowry harassment": "dowry harassment",
    "kidnapping": "a kidnapping",
    "road accident": "a road accident",
    "sexual harassment": "sexual harassment",
    "cheating": "cheating",
    "forgery": "forgery",
    "criminal trespass": "criminal trespass",
    "assault": "an assault",
    "criminal intimidation": "criminal intimidation",
    "mischief by fire": "mischief by fire",
    "mischief": "mischief",
}
_PARTICIPLES = {
    "house-breaking": "stolen",
    "snatching": "snatched",
    "theft": "stolen",
    "vehicle theft": "stolen",
    "robbery": "robbed",
    "cheating": "obtained by cheating",
}
_PAST = {
    "house-breaking": "broke in and stole",
    "snatching": "snatched",
    "theft": "stole",
    "vehicle theft": "stole",
    "robbery": "robbed the complainant of",
    "cheating": "cheated the complainant of",
}
# The kinds of taking the sections of law decide between, by (Act, section).
_TAKINGS = {"theft", "vehicle theft", "snatching", "robbery"}
_SECTION_KINDS: dict[str, set[str]] = {
    "robbery": {"BNS 309", "BNS 310", "BNS 311", "BNS 312", "BNS 313", "IPC 392", "IPC 393",
                "IPC 394", "IPC 395", "IPC 396", "IPC 397", "IPC 398"},
    "snatching": {"BNS 304"},
    "theft": {"BNS 303", "BNS 305", "BNS 306", "BNS 307", "IPC 379", "IPC 380", "IPC 381",
              "IPC 382"},
}  # fmt: skip
_SECTION_LABEL = re.compile(r"Section\s+(\d+[A-Z]*)\S*\s+(BNS|IPC)\b")
_FIRST_PERSON_POSSESSIVE = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:me|I)\b")
_DRIVER = re.compile(r"driver|\bwala\b|चालक", re.IGNORECASE)
_TRAILING_LABEL = re.compile(r"\s*\((?=[^)]*[A-Za-z])[^()]*\)\s*$")


def compose_summary(fields: FirFields, text: str) -> str:
    """Two to four sentences: who reports what, when and where, by whom, what was lost."""
    kinds = _told_kinds(text)
    what = _join([_KIND_PHRASES[k] for k in kinds[:2]]) or "an incident"
    who = _display_name(fields.complainant) or "The complainant"
    sentences = [f"{who} reports {what}{_when(fields)}{_where(fields)}."]
    actors = _actors(fields)
    sentences.append(f"Accused: {actors}." if actors else "The accused are not identified.")
    loss = _loss(fields)
    if loss:
        sentences.append(loss)
    if fields.weapons:
        sentences.append(f"Weapons mentioned: {_join(fields.weapons)}.")
    doubts = [f"To confirm: {doubt}" for doubt in fields.doubts]
    return " ".join([*sentences[:4], *doubts])


def compose_narrative(fields: FirFields, text: str, sections: Sequence[str]) -> str:
    """The FIR contents paragraph a station writer composes, ending with the sections."""
    opening = f"{_introduction(fields.complainant, text)} reported that"
    told = _told_kinds(text)
    if sections:
        act = _act(fields, _registered_kinds(told, sections), text)
    else:  # no offence registered: the prose alleges no deed ("cheated", "stole")
        act = _in_their_words(fields, text) or "the matter set out in the complaint arose"
    parts = [f"{opening}{_when(fields)}{_where(fields)}, {act}."]
    cheating = bool(sections) and ("cheating" in told or bool(_cited(sections) & _CHEATING))
    manner = _manner(text, act) if cheating else None
    if manner:
        parts.append(f'The complainant states how it was done: "{manner}".')
    parts += _particulars(fields, act)
    parts.append(_registration(sections))
    return " ".join(parts)


def _told_kinds(text: str) -> list[str]:
    """The kinds of incident the complaint's words name, a taking by force told as robbery.

    A complaint rarely says "robbery": it says they showed a knife and took the wallet. A
    theft or snatching told beside a threat or an assault is read with the legal reading
    of force used to take (:func:`afirgen.legal.facts.detect_facts`), only then; so is a
    thing handed over at a weapon's point ("chaaku dikha kar ... maine bag de diya"), which
    names no taking at all.
    """
    kinds = detect_incidents(text)
    if "robbery" in kinds:
        return kinds
    violent = {"criminal intimidation", "assault"} & set(kinds)
    if kinds and not violent:  # a theft or a fraud told without force: no reading needed
        return kinds
    facts = detect_facts(text)
    forced = bool(violent and _TAKINGS & set(kinds)) and facts.has(Fact.FORCE_IN_TAKING)
    if not forced and not facts.has(Fact.DELIVERED_AT_WEAPON_POINT):
        return kinds
    return ["robbery", *(k for k in kinds if k not in _TAKINGS and k not in violent)]


def _registered_kinds(kinds: list[str], sections: Sequence[str]) -> list[str]:
    """The kind of taking the narrative tells is the one the registered sections name.

    The officer has reviewed the sections by the time the narrative is written: where they
    register robbery, the prose does not say "stole"; where they register only theft or
    snatching, a loose "loot" in the complaint does not make the prose say "robbed".
    """
    cited = _cited(sections)
    registered = [kind for kind, codes in _SECTION_KINDS.items() if codes & cited]
    if not registered:
        return kinds
    kept = [k for k in kinds if k not in _TAKINGS or k in registered or k == "vehicle theft"]
    if "vehicle theft" in kept and "theft" not in registered:
        kept.remove("vehicle theft")
    missing = [
        k for k in registered if k not in kept and not (k == "theft" and "vehicle theft" in kept)
    ]
    return [*missing[:1], *kept]


def _cited(sections: Sequence[str]) -> set[str]:
    """ "BNS 318", "IPC 420": the sections the labels register, by Act and number."""
    return {" ".join(m.group(2, 1)) for m in map(_SECTION_LABEL.search, sections) if m}


def _introduction(person: Person, text: str) -> str:
    """ "The complainant, Shri Arun Pal S/o Shri Jagdish Pal, aged 47 years, R/o ...,"."""
    name, relation = _titled(person), _relation(person, text)
    joiner = " " if relation and relation[1:3] == "/o" else ", "
    details = [joiner.join(d for d in (name, relation) if d)]
    if person.age is not None:
        details.append(f"aged {person.age} years")
    if person.address:
        details.append(f"R/o {person.address}")
    if person.phone:
        details.append(f"mobile no. {person.phone}")
    joined = ", ".join(d for d in details if d)
    return f"The complainant, {joined}," if joined else "The complainant"


def _titled(person: Person) -> str | None:
    if not person.name:
        return None
    return f"{_honorific(person)}{person.name}"


def _honorific(person: Person) -> str:
    if person.gender == "male":
        return "Shri "
    if person.gender == "female":
        return "Smt. " if person.relation == "husband" else "Ms. "
    return ""


def _relation(person: Person, text: str) -> str | None:
    """ "S/o Shri Mohan Lal", "W/o Late Shri Ram Niwas" (Late only when the complaint says so)."""
    if not person.relative_name:
        return None
    late = re.search(
        r"(?:\blate|स्व\.|स्वर्गीय)\s*(?:shri\s+|sh\.?\s+|श्री\s+)?" + re.escape(person.relative_name),
        text,
        re.IGNORECASE,
    )
    title = "Late Shri" if late else "Shri"
    if person.relation == "husband":
        return f"W/o {title} {person.relative_name}"
    marker = {"male": "S/o", "female": "D/o"}.get(person.gender or "", "father's name")
    return f"{marker} {title} {person.relative_name}"


def _display_name(person: Person) -> str | None:
    if not person.name:
        return None
    relation = f" ({_relation(person, '')})" if person.relative_name else ""
    return f"{person.name}{relation}"


def _when(fields: FirFields) -> str:
    """ " on 14.03.2025 at about 21:30 hrs", " on 14.03.2025 between about 01:00 hrs and
    04:00 hrs", or " on a date not stated". Across several days the hours are told only when
    both ends have one: a single hour in a course of conduct ("since September ... on the
    5th at 9 pm") belongs to one incident, not to the day the course began."""
    occurrence = fields.occurrence
    day = _day(occurrence.date_from) if occurrence.date_from else "a date not stated"
    start = day + _clock(occurrence.time_from)
    if occurrence.date_to:
        if not occurrence.time_to:
            return f" between {day} and {_day(occurrence.date_to)}"
        return f" between {start} and {_day(occurrence.date_to)}{_clock(occurrence.time_to)}"
    if occurrence.time_from and occurrence.time_to:  # a span within the one day
        return (
            f" on {day} between about {_hrs(occurrence.time_from)} and {_hrs(occurrence.time_to)}"
        )
    return f" on {start}"


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _clock(value: time | None) -> str:
    return f" at about {_hrs(value)}" if value else ""


def _hrs(value: time) -> str:
    return f"{value.strftime('%H:%M')} hrs"


def _where(fields: FirFields) -> str:
    place = _third_person((fields.place or "").strip().rstrip(".।"))
    if not place:
        return ""
    if _PREPOSITION.match(place):  # "Near the Bata showroom" opened its sentence
        return f" {place[0].lower()}{place[1:]}"
    related = english_relation(place)
    if related:  # "Basharatpur chauraha ke paas" -> "near Basharatpur chauraha"
        return f" {related[0]} {related[1]}"
    case = _CASE_WORD.search(place)
    if case:  # "sabzi mandi mein" -> "in sabzi mandi"
        return f" {'in' if case['in'] else 'at'} {place[: case.start()]}"
    return f" at {place}"


# A place closed by the Hindi case word for "in" or "at"
_CASE_WORD = re.compile(r"\s+(?:(?P<in>mein|में)|par|pe|पर)$", re.IGNORECASE)


def _actors(fields: FirFields) -> str:
    """ "Vikas Singh, Kamla Devi and the mother-in-law", "two unknown men on a motorcycle"."""
    named = [a.name for a in fields.accused if a.name]
    roles = [
        _role(a.description) for a in fields.accused if a.known and not a.name and a.description
    ]
    unknown = [_unknown(a, fields.accused_count) for a in fields.accused if not a.known]
    people = [*named, *roles, *unknown]
    others = (fields.accused_count or 0) - len(named) - len(roles)
    if people and not unknown and others > 0:
        people.append(f"{_count_word(others)} other person{'s' if others > 1 else ''}")
    return _join(people)


def _role(words: str) -> str:
    role = role_in_english(words)
    return f"the {role}" if role else f'the person described as "{words}"'


def _unknown(accused: Accused, count: int | None) -> str:
    description = accused.description or ""
    if _DRIVER.search(description):
        return "the driver of the offending vehicle"
    if description.isascii() and _PERSON_NOUN.search(description):
        return description[0].lower() + description[1:]
    persons = (
        f"{_count_word(count)} unknown persons" if count and count > 1 else "an unknown person"
    )
    return f'{persons} (described as "{description}")' if description else persons


def _act(fields: FirFields, kinds: list[str], text: str) -> str:
    """What happened, with the accused as subject where the complaint names or describes them.

    Where no kind of incident is recognised, the complainant's own sentence about the
    accused says what they did; a phrase such as "committed the acts complained of" tells
    the reader nothing.
    """
    actors = _actors(fields)
    items = _items(fields)
    first = kinds[0] if kinds else None
    if first in _PAST and items:
        if actors:
            return f"{actors} {_PAST[first]} {items}"
        return f"{items} {'was' if len(fields.property) <= 1 else 'were'} {_PARTICIPLES[first]}"
    if first == "road accident":
        return f"{actors} caused a road accident" if actors else "a road accident took place"
    if not kinds and items:
        were = "was" if len(fields.property) <= 1 else "were"
        return f"{actors} took {items}" if actors else f"{items} {were} taken"
    if not kinds:
        return _in_their_words(fields, text) or "the incident took place"
    if actors:
        return f"{actors} {_join([d for k in kinds[:3] for d in _deeds(k, fields, text)])}"
    taken = kidnapped(text) if first == "kidnapping" else None
    if taken:  # "the complainant's daughter was taken away"
        return f"{taken} was taken away"
    return f"{_join([_KIND_PHRASES[k] for k in kinds[:3]])} took place"


# What the accused did, told as a deed ("attacked with a lathi", "issued threats") rather than
# the name of an offence; who was hurt or threatened is left to the complaint's own words.
_DEEDS = {
    "criminal intimidation": "issued threats",
    "criminal trespass": "trespassed",
    "forgery": "forged documents",
    "mischief": "damaged property",
    "mischief by fire": "set property on fire",
    "dowry harassment": "harassed for dowry",
}


def _deeds(kind: str, fields: FirFields, text: str) -> list[str]:
    if kind == "assault":
        whom = assault_victim(text)
        deed = f"attacked {whom}" if whom else "attacked"
        return [f"{deed} with {_join(fields.weapons)}" if fields.weapons else deed]
    if kind == "kidnapping":
        return [f"took away {kidnapped(text) or 'the victim'}"]
    if kind == "sexual harassment":
        return harassment_deeds(text) or ["sexually harassed the complainant"]
    return [_DEEDS.get(kind, f"committed {kind}")]


def _in_their_words(fields: FirFields, text: str) -> str | None:
    said = _sentence_about(fields, text) or _first_told(fields, text)
    return f'in the complainant\'s words, "{said}"' if said else None


_QUOTED_WORDS = 60  # the most words quoted where no one is named


def _first_told(fields: FirFields, text: str) -> str | None:
    """The first two sentences of the body after the complainant's introduction, as written
    ("I let a room to him in April. He has not paid the rent for eight months."), where the
    complaint names no one it is against; one sentence where two run long."""
    own = [w for w in (fields.complainant.name, fields.complainant.phone) if w]
    told = [
        sentence
        for _, sentence in prepare(text).body_sentences()
        if not any(w in sentence.text for w in own) and len(sentence.text.split()) > 3
    ][:2]
    if not told:
        return None
    quoted = text[told[0].start : told[-1].end]
    if len(quoted.split()) > _QUOTED_WORDS:
        quoted = told[0].text
    return " ".join(quoted.split()).rstrip(".।")


# How a fraud was done is its substance: the pretence ("said he was from the bank"), or what
# the caller said. A call or message told, then a sentence of what was said.
_CONTACT = re.compile(
    r"\b(?:call\w*|phone\w*|message\w*|whats\s?app|sms|link|app|website|online|e-?mail)\b|"
    r"कॉल|फोन|फ़ोन|मैसेज|संदेश|लिंक|व्हाट्सएप",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"\b(?:said|says|told|asked|claimed|promised|offered|kaha|kahaa|bola|boli|bole|bataya|"
    r"batayi|kehkar|keh\s+kar)\b|कहा|बोला|बोली|बोले|बताया|कहकर",
    re.IGNORECASE,
)
# Cheating registered, by (Act, section): the narrative then tells how it was done.
_CHEATING = {"BNS 318", "BNS 319", "IPC 415", "IPC 417", "IPC 419", "IPC 420"}


def _manner(text: str, act: str) -> str | None:
    """The complaint's own sentence telling how the complainant was deceived, unless the
    narrative already quotes it."""
    cues = [
        " ".join(c.split()) for c in detect_facts(text).evidence(Fact.IMPERSONATION, Fact.DECEPTION)
    ]
    contacted = False
    for _, sentence in prepare(text).body_sentences():
        words = " ".join(sentence.text.split())
        told = any(cue and cue in words for cue in cues) or (contacted and _SAID.search(words))
        if told and len(words.split()) <= _QUOTED_WORDS and words.rstrip(".।") not in act:
            return words.rstrip(".।")
        contacted = contacted or bool(_CONTACT.search(words))
    return None


def _sentence_about(fields: FirFields, text: str) -> str | None:
    """The first sentence of the complaint naming or describing an accused, as written."""
    mentions = [a.name or a.description for a in fields.accused]
    for sentence in split_sentences(text):
        words = sentence.text.strip()
        if any(m and m in words for m in mentions):
            return words.rstrip(".।")
    return None


def _items(fields: FirFields) -> str:
    parts = [
        _item(item.description, item.value_inr)
        if item.value_inr
        else _third_person(item.description)
        for item in fields.property
    ]
    total = fields.total_property_value_inr
    if not parts and total:  # "kul 1,85,000 bheje", no thing named
        return f"property valued at {_rupees(total)}"
    # sums alone that fall short of the stated total ("paid Rs 10 ... kul 1,42,000 nikal
    # gaye"): the total is what was lost
    sums_only = all(_SUM_ONLY.fullmatch(i.description.strip()) for i in fields.property)
    if total and sums_only and total > sum(i.value_inr or 0 for i in fields.property):
        return _rupees(total)
    return _join(parts)


# "Rs 84,500", "12 lakh rupaye", "₹ 4,000": a sum as written, with no thing named
_SUM_ONLY = re.compile(
    r"(?:rs\.?|inr|₹)?\s*[\d,.]+\s*(?:k|lakh|lac|crore|thousand|rupees?|rupaye|rupay|"
    r"रुपये|रुपए|लाख|करोड़)?\s*(?:/-)?",
    re.IGNORECASE,
)


def _item(description: str, value: float) -> str:
    """ "gold chain valued at Rs. 45,000"; a sum of money is its value alone ("Rs. 84,500")."""
    if _SUM_ONLY.fullmatch(description.strip()):
        return _rupees(value)
    return f"{_third_person(description)} valued at {_rupees(value)}"


def _third_person(words: str) -> str:
    """The complainant's "my building" becomes "the complainant's building" in the prose."""
    words = _FIRST_PERSON_POSSESSIVE.sub("the complainant's", words)
    return _FIRST_PERSON.sub("the complainant", words)


def _loss(fields: FirFields) -> str | None:
    if fields.total_property_value_inr is None:
        return None
    return f"Property worth {_rupees(fields.total_property_value_inr)} is reported lost."


def _particulars(fields: FirFields, act: str) -> list[str]:
    """Sentences for the facts that follow the ``act``: total, weapons (unless the act
    told them), injuries, vehicles, ..."""
    sentences = []
    if len(fields.property) > 1 and fields.total_property_value_inr:
        sentences.append(
            f"The total value of the property is {_rupees(fields.total_property_value_inr)}."
        )
    if fields.weapons and not all(weapon in act for weapon in fields.weapons):
        sentences.append(f"Weapons mentioned: {_join(fields.weapons)}.")
    if fields.injuries:
        quoted = "; ".join(f'"{injury}"' for injury in fields.injuries)
        sentences.append(f"Injuries are reported ({quoted}).")
    if fields.vehicles:
        plural = "s" if len(fields.vehicles) > 1 else ""
        sentences.append(
            f"Vehicle registration number{plural} mentioned: {_join(fields.vehicles)}."
        )
    witnesses = [w.name for w in fields.witnesses if w.name]
    if witnesses:
        noun = "witnesses" if len(witnesses) > 1 else "witness"
        sentences.append(f"The complainant names {_join(witnesses)} as {noun}.")
    if fields.cleared:
        sentences.append(f"The complainant makes no allegation against {_join(fields.cleared)}.")
    if fields.delay_reason:
        sentences.append(
            f'The complainant explains the delay in reporting: "{fields.delay_reason}"'
        )
    return sentences


def _registration(sections: Sequence[str]) -> str:
    """ "On the basis of the complaint, a case under Section 304(2) BNS is registered ..."."""
    labels = [_TRAILING_LABEL.sub("", label).strip() for label in sections if label.strip()]
    if not labels:
        return "The sections of law applicable are to be determined on the basis of the complaint."
    return (
        f"On the basis of the complaint, a case under {_join(labels)} is registered "
        "and investigation taken up."
    )


def _rupees(value: float) -> str:
    """Indian grouping: 163000 -> "Rs. 1,63,000"."""
    return f"Rs. {indian_grouping(value)}"


def _count_word(count: int | None) -> str:
    if count is None:
        return "some"
    if count == 0:
        return "no"
    return ENGLISH_NUMBER_WORDS[count] if count < len(ENGLISH_NUMBER_WORDS) else str(count)


def _join(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"

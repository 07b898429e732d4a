"""Legally relevant facts found in a complaint, each with the words that show it.

The detectors are phrase patterns in English, Hinglish (Hindi in Latin letters)
and Devanagari. They answer the questions the offence definitions ask (was
property taken, by force, by how many, with what weapon, what hurt resulted...)
so that section choice can be checked against the ingredients of each offence.

A phrase preceded by a negation in the same clause ("did not hit", "no weapon",
"maara nahi") does not count. Evidence is the matched phrase from the complaint
itself, short by construction, so an officer can see why a fact was assumed.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, Field

from afirgen.legal.kb import KnowledgeBase
from afirgen.legal.lexicon import (
    LAND_WORDS,
    PATTERNS,
    PERSON_NOUN,
    PERSON_NOUN_HI,
    SECTION_FACTS,
    Fact,
    phrase_book_patterns,
)
from afirgen.legal.phrases import ingredient_stems, ingredient_words
from afirgen.text.amounts import find_amounts
from afirgen.text.negation import negated
from afirgen.text.numbers import NUMBER_WORDS
from afirgen.text.sentences import split_sentences

__all__ = ["Fact", "FactLexicon", "Facts", "detect_facts", "lexicon_from_kb"]

FactLexicon = dict[Fact, tuple[re.Pattern[str], ...]]


@functools.cache
def _compiled() -> dict[Fact, tuple[re.Pattern[str], ...]]:
    # Compiled on first use, not at import: a few hundred patterns take ~50 ms.
    books = phrase_book_patterns()
    return {
        fact: tuple(re.compile(p) for p in (*patterns, *books.get(fact, ())))
        for fact, patterns in PATTERNS.items()
    }


# Wordings where an offence word keeps no legal sense (``phrases/senses.json``): "deeply
# hurt", "beat constable", "heart beat", "told the police". A match inside one is no fact.
_OTHER_SENSE_LISTS: dict[Fact, str] = {
    Fact.HURT: "hurt_not_bodily",
    Fact.THREAT: "threat_not_intimidation",
    Fact.ABUSE: "abuse_not_insult",
    Fact.PUBLIC_SERVANT: "public_servant_as_recourse",
}


@functools.cache
def _other_senses() -> dict[Fact, re.Pattern[str]]:
    return {
        fact: re.compile(ingredient_words("senses", name))
        for fact, name in _OTHER_SENSE_LISTS.items()
    }


def _other_sense_spans(fact: Fact, lowered: str) -> list[tuple[int, int]]:
    pattern = _other_senses().get(fact)
    spans = [m.span() for m in pattern.finditer(lowered)] if pattern else []
    if fact in (Fact.PROPERTY_TAKEN, Fact.SNATCHING):
        spans += _snatched_to_destroy(lowered) + _taking_nothing(lowered)
    return spans


_TOOK = re.compile(r"\b(?:took|taken|take|takes|taking)\b")


@functools.cache
def _taking_senses() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    clause = r"(?:[^.;!?\u0964\n]|(?<=\d)\.(?=\d)){0,160}"  # "on 12.02.2025" ends no clause
    return (
        re.compile(ingredient_stems("senses", "taking_figurative")),
        re.compile(ingredient_words("senses", "taking_alleged") + clause),
        re.compile(ingredient_words("senses", "borrowing")),
        re.compile(_TOOK.pattern + r"(?: away)? " + ingredient_words("senses", "own_things")),
    )


def _taking_nothing(lowered: str) -> list[tuple[int, int]]:
    """Where a word of taking takes nothing (``phrases/senses.json``).

    An idiom ("izzat lut gayi", "pita ka saya chheena", "chori-chhupe"), an accusation or
    case label to the end of its clause ("ilzaam lagaya ki ... churaye"), the taker's own
    things, and "took" / "taken" in a sentence about a loan ("my brother borrowed two lakh
    from the sahukar on monthly interest"): money borrowed is no property taken away.
    """
    figurative, alleged, borrowing, own = _taking_senses()
    spans = [m.span() for p in (figurative, alleged, own) for m in p.finditer(lowered)]
    for sentence in split_sentences(lowered):
        if borrowing.search(sentence.text):
            spans += [
                (sentence.start + m.start(), sentence.start + m.end())
                for m in _TOOK.finditer(sentence.text)
            ]
    return spans


@functools.cache
def _destroyed_after() -> re.Pattern[str]:
    # "chheenkar zameen par patak diya", "snatched the register and tore it": a thing
    # snatched only to be destroyed or thrown down was not taken dishonestly.
    took = r"(?:chheen|chhin|cheen|snatch|grabb|छीन)[\w\u0900-\u097f]*"
    then = ingredient_words("senses", "destroyed_after_taking")
    return re.compile(rf"{took}(?:[ ]+[^\s.;!?\u0964,]+){{0,4}}?[ ]+{then}")


def _snatched_to_destroy(lowered: str) -> list[tuple[int, int]]:
    return [m.span() for m in _destroyed_after().finditer(lowered)]


# "I am not sure whether he had a knife", "shayad", "पता नहीं कि": told as a doubt, not a fact.
_HEDGE_BEFORE = re.compile(
    r"(?:not sure|unsure|no idea|don't know|do not know|pata nahi|pata nahin|shayad|"
    r"पता नहीं|शायद)\b[^.;!?\u0964\n]{0,40}$"
)
# "could have killed", "tried to break": what did not happen is not a fact of what did.
_HYPOTHETICAL_BEFORE = re.compile(
    r"(?:could|would|might|may|will|shall|can|should) (?:have )?(?:been |be )?$"
    r"|(?:almost|nearly|about to|going to|threat\w* to|tried to|try to|wanted to|wants to) $"
)
# "called me a thief", "chor kaha": an insult names an offence that did not happen.
_NAME_CALLING_BEFORE = re.compile(
    r"(?:\bcalled|\bcalling|\bbranded|\blabell?ed) (?:me|him|her|us|them|my \w+) (?:a |an |as )?$"
)
_NAME_CALLING_FACTS = frozenset({"property_taken", "deception"})
_HYPOTHETICAL_FACTS = frozenset(
    {
        "death",
        "hurt",
        "grievous_hurt",
        "property_taken",
        "snatching",
        "damage",
        "weapon",
        "dangerous_weapon",
    }
)
# "Q: Has anyone attacked you?", "kya usne aapko maara?": a question asks, it tells nothing.
_QUESTION = re.compile(
    r"(?:^|[.!?\u0964\n])\s*(?:q(?:uestion)?\s*[:.)-]\s*)?"
    r"(?:has|have|had|did|do|does|was|were|is|are|will|would|could|can|kya|क्या)\b"
    r"[^.!?\u0964\n]*$"
)
# "chheenne ki koshish ki", "छीनने का प्रयास": the attempt told after the verb; "maarne ki
# dhamki", "मारने-पीटने की (कोई) बात": a threat of the act, or talk of it.
_ATTEMPT_AFTER = re.compile(
    r"\S*\s+(?:ne\s+)?(?:ki|ka|ke|की|का|के)\s+(?:koi\s+|कोई\s+)?(?:koshish|koshis|kosis|prayas"
    r"|prayaas|कोशिश|प्रयास|dhamki|dhamkee|dhamkiyan|baat|धमकी|धमकियां|धमकियाँ|बात)"
)
# "maar denge", "peet dalunga", "सिर फोड़ देंगे": the act promised, in the future tense (the
# rest of the word and the next word, ending as a Hindi future does)
_FUTURE_AFTER = re.compile(
    r"[\w\u0900-\u0963\u0966-\u097f]*(?:\s+[\w\u0900-\u0963\u0966-\u097f]+)?"
)
_FUTURE_ENDING = re.compile(r"(?:enge|engi|unga|ungi|ega|egi|oge|ेंगे|ेंगी|ूंगा|ूँगा|ूंगी|ूँगी|ेगा|ेगी|ोगे)$")


def _promised(lowered: str, end: int) -> bool:
    after = _FUTURE_AFTER.match(lowered, end)
    return bool(after and _FUTURE_ENDING.search(after.group(0)))


# In a defamation complaint, "posted that I am a fraud who looted lakhs" reports the
# imputation, and "my reputation was damaged" harms no property: neither is an event.
_IMPUTED = re.compile(
    r'"[^"\n]{1,400}"|\u201c[^\u201d\n]{1,400}\u201d|'
    r"(?:\bposted|\bwrote|\bwritten|\bpublished|\bprinted|\bcirculated|\bspread|\balleg\w*|"
    r"\baccus\w*|\breputation|\bimage|\bizzat|\bbadn?aam\w*|लिखा|छाप|फैला|आरोप|प्रतिष्ठा|"
    r"छवि|इज्जत|बदनाम)[^.!?\u0964\n]*"
)
_IMPUTED_FACTS = frozenset({Fact.PROPERTY_TAKEN, Fact.MISAPPROPRIATED, Fact.DECEPTION, Fact.DAMAGE})

# Counting words the shared numerals leave out: spelling variants and vague counts.
_COUNT_EXTRAS: dict[str, int] = {
    "dozen": 12, "a dozen": 12, "darjan": 12, "several": 3, "many": 3,
    "tin": 3, "che": 6, "sat": 7,
}  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {**NUMBER_WORDS, **_COUNT_EXTRAS}
_COUNT_WORD = (
    r"(\d{1,2}(?:\s*(?:-|to|or|se)\s*\d{1,2})?|"
    + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_OFFENDERS = re.compile(
    r"(?<![\d.,/:-])"
    + _COUNT_WORD
    + r"(?:\s*(?:-|to|or|se)\s*"
    + _COUNT_WORD
    + r")?\s+(?:(?:unknown|unidentified|masked|armed|other|more|young|अन्य|aur|और|of|"
    r"bike-?borne|motorcycle-?borne|armed|drunk|agyat|ajnabi|nakabposh|hathiyarband|अज्ञात|नकाबपोश|हथियारबंद)\s+){0,2}"
    r"(?:" + PERSON_NOUN + r"|" + PERSON_NOUN_HI + r"|them|those)"
)
_IN_NUMBER = re.compile(
    r"(?:about|around|nearly|approximately|some)?\s*" + _COUNT_WORD + r"\s+in number"
)
_NUMBERED_ACCUSED = re.compile(r"\baccused (?:no\.?|number) ?(\d{1,2})\b|\ba-?(\d{1,2})\b(?= )")
# Ages in words ("aged about nine years", "a six-year-old boy"): the age that
# decides the child grades (under 12, under 16) is often written out in judgments.
_AGE_WORDS: dict[str, int] = {word: n for word, n in NUMBER_WORDS.items() if 0 < n < 20}
_AGE_WORD = "(" + "|".join(sorted(_AGE_WORDS, key=len, reverse=True)) + ")"
_AGE = re.compile(
    rf"aged? (?:about |around |nearly )?{_AGE_WORD}[- ]years?|{_AGE_WORD}[- ]years?[- ]old|"
    r"[a-z] \((\d{1,2})(?: ?(?:yrs?|years?))?\)|"
    r"(\d{1,2})[- ]?(?:years?|yrs?|yr)[- ]?(?:old|of age)|aged? (?:about )?(\d{1,2})\b"
    r"|(\d{1,2})\s*(?:वर्षीय|साल की|साल का|वर्ष की|वर्ष का|varshiya)"
    r"|(\d{1,2}) (?:saal|sal|varsh|वर्ष|साल) (?:ki|ka|ke|की|का|के|आयु|उम्र)"
    r"|(?:age|aayu|umar|umr|उम्र|आयु)\s*(?:of|is|was|:|-)?\s*(?:about )?(\d{1,2})\b"
)
_CLOCK_NIGHT = re.compile(
    r"\b(?:at|around|about|approx\.?|approximately|by|baje|करीब)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|hrs|hours|baje|बजे)"
)
_WEIGHT = re.compile(r"(\d+(?:\.\d+)?)\s*(kgs?|kilo(?:grams?)?|grams?|gms?|g|ग्राम|किलो)\b")
_MARRIAGE_YEARS = re.compile(
    r"(?:married|marriage|shaadi|shadi|vivah|विवाह|शादी)\D{0,40}?(\d{1,2})\s*(years?|months?|saal|sal|mahine|महीने|साल|वर्ष)"
)


class Facts(BaseModel):
    """What the complaint says, fact by fact; ``findings`` holds the supporting words."""

    findings: dict[Fact, list[str]] = Field(default_factory=dict)
    offenders: int | None = None  # how many acted, when the complaint says
    offenders_evidence: list[str] = Field(default_factory=list)
    victim_age: int | None = None
    amount_inr: float | None = None  # largest sum of money mentioned
    marriage_years: float | None = None
    drug_grams: float | None = None  # weight of a seized substance, when stated

    def has(self, *facts: Fact) -> bool:
        """True when every one of ``facts`` was found."""
        return all(f in self.findings for f in facts)

    def any(self, *facts: Fact) -> bool:
        return any(f in self.findings for f in facts)

    def evidence(self, *facts: Fact) -> list[str]:
        """Supporting phrases of ``facts``, in order, without repeats."""
        seen: dict[str, None] = {}
        for fact in facts:
            for phrase in self.findings.get(fact, []):
                seen.setdefault(phrase, None)
        return list(seen)

    @property
    def two_or_more(self) -> bool:
        # "one man and his chela", "ek aadmi aur uska saathi": the one counted is not alone.
        return (self.offenders or 0) >= 2 or (
            (self.offenders or 1) == 1 and Fact.GROUP in self.findings
        )

    @property
    def five_or_more(self) -> bool:
        return (self.offenders or 0) >= 5

    @property
    def child(self) -> bool:
        return (
            self.victim_age is not None and self.victim_age < 18
        ) or Fact.CHILD_VICTIM in self.findings


def lexicon_from_kb(kb: KnowledgeBase) -> FactLexicon:
    """Patterns for the knowledge base's everyday names of each section, keyed by fact."""
    phrases: dict[Fact, set[str]] = {}
    for (act, number), facts in SECTION_FACTS.items():
        section = kb.get(act, number)
        if section is None:
            continue
        names = [*section.synonyms.en, *section.synonyms.hinglish, *section.synonyms.hi]
        for name in names:
            name = unicodedata.normalize("NFC", name).lower().strip()
            if len(name) < 4:
                continue
            land = (act, number) == ("BNS", "329") and any(w in name for w in LAND_WORDS)
            for fact in (Fact.LAND_ENTRY,) if land else facts:
                phrases.setdefault(fact, set()).add(name)
    return {fact: (phrase_pattern(names),) for fact, names in phrases.items()}


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, spaces and hyphens alike.

    A single alternation scans the text once; a pattern per phrase would scan it
    a thousand times.
    """
    edge = r"\w\u0900-\u097f"
    bodies = sorted(
        {r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p) if w) for p in phrases},
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<![{edge}])(?:" + "|".join(bodies) + rf")(?![{edge}])")


def detect_facts(text: str, max_evidence: int = 3, lexicon: FactLexicon | None = None) -> Facts:
    """Find every :class:`Fact` in ``text`` with up to ``max_evidence`` supporting phrases each.

    ``lexicon`` adds phrases from the knowledge base (see :func:`lexicon_from_kb`).
    """
    original = unicodedata.normalize("NFC", text)
    lowered = original.lower()
    source = original if len(original) == len(lowered) else lowered
    findings: dict[Fact, list[str]] = {}
    extra = lexicon or {}
    for fact, patterns in _compiled().items():
        realis = fact.value in _HYPOTHETICAL_FACTS
        phrases = _find(
            patterns + extra.get(fact, ()),
            lowered,
            source,
            max_evidence,
            realis,
            _other_sense_spans(fact, lowered),
        )
        if fact.value in _NAME_CALLING_FACTS:
            phrases = [p for p in phrases if not _name_calling(lowered, p)]
        if phrases:
            findings[fact] = phrases
    if Fact.DEFAMATION in findings:
        _drop_imputed(lowered, findings)
    findings.update(_clock_night(lowered, source))
    findings.update(_hold_in_an_advance(lowered, source, findings))
    findings.update(_armed_hurt(lowered, source, findings))
    findings.update(_death_by_attack(lowered, source, findings))
    findings.update(_force_in_taking(lowered, source, findings, extra))
    findings.update(_delivered_at_weapon_point(lowered, source, findings, extra))
    _drop_threats_of_another_occasion(lowered, source, findings, extra)
    offenders, offender_evidence = _count_offenders(lowered, source)
    return Facts(
        findings=findings,
        offenders=offenders,
        offenders_evidence=offender_evidence,
        victim_age=_youngest_age(lowered),
        amount_inr=max((a.value for a in find_amounts(original)), default=None),
        marriage_years=_marriage_years(lowered),
        drug_grams=_largest_weight(lowered),
    )


def _find(
    patterns: Iterable[re.Pattern[str]],
    lowered: str,
    source: str,
    limit: int,
    realis: bool,
    other_sense: list[tuple[int, int]],
) -> list[str]:
    phrases: list[str] = []
    for start, end in _spans(patterns, lowered, realis, other_sense):
        phrase = _phrase(source, start, end)
        if phrase and phrase not in phrases:
            phrases.append(phrase)
            if len(phrases) >= limit:
                return phrases
    return phrases


def _spans(
    patterns: Iterable[re.Pattern[str]],
    lowered: str,
    realis: bool,
    other_sense: list[tuple[int, int]],
) -> Iterator[tuple[int, int]]:
    """Each match of ``patterns`` told as a fact: not in another sense, negated or unreal."""
    for pattern in patterns:
        for match in pattern.finditer(lowered):
            if any(a < match.end() and match.start() < b for a, b in other_sense):
                continue
            if negated(lowered, match.start(), match.end()):
                continue
            if realis and _unreal(lowered, match.start(), match.end()):
                continue
            yield match.start(), match.end()


def _unreal(lowered: str, start: int, end: int) -> bool:
    """A hypothetical ("could have killed"), a doubt ("not sure if he hit"), an attempt, a
    threat ("maarne ki dhamki") or a promise ("maar denge")."""
    before = lowered[max(0, start - 50) : start]
    return bool(
        _HYPOTHETICAL_BEFORE.search(before[-30:])
        or _HEDGE_BEFORE.search(before)
        or _ATTEMPT_AFTER.match(lowered, end)
        or _promised(lowered, end)
        or _asked(lowered, start, end)
    )


def _asked(lowered: str, start: int, end: int) -> bool:
    """The match stands in a yes-or-no question ("Has anyone attacked you?")."""
    after = re.match(r"[^.!?\u0964\n]*[.!?\u0964\n]?", lowered[end : end + 200])
    if after is None or not after.group(0).endswith("?"):
        return False
    return bool(_QUESTION.search(lowered[max(0, start - 200) : start]))


@functools.cache
def _hold() -> re.Pattern[str]:
    return re.compile(ingredient_words("sexual", "hold"))


_ADVANCE = (Fact.STALKING, Fact.SEXUAL_REMARK)


def _hold_in_an_advance(
    lowered: str, source: str, findings: dict[Fact, list[str]]
) -> dict[Fact, list[str]]:
    """A hand laid on her wrist or arm is criminal force that outrages her modesty where the
    complaint tells a sexual advance, remark or stalking; in a quarrel it is force alone."""
    if Fact.SEXUAL_TOUCH in findings or not set(_ADVANCE) & findings.keys():
        return {}
    for match in _hold().finditer(lowered):
        if not negated(lowered, match.start(), match.end()):
            return {Fact.SEXUAL_TOUCH: [_phrase(source, match.start(), match.end())]}
    return {}


def _armed_hurt(
    lowered: str, source: str, findings: dict[Fact, list[str]]
) -> dict[Fact, list[str]]:
    """A weapon and an injury in one sentence: the weapon was used to cause the hurt."""
    if Fact.WEAPON not in findings or not ({Fact.HURT, Fact.GRIEVOUS_HURT} & findings.keys()):
        return {}
    compiled = _compiled()
    sentences = [s.end for s in split_sentences(source)]
    weapons = _starts(compiled[Fact.WEAPON], lowered, sentences)
    hurts = _starts(compiled[Fact.HURT] + compiled[Fact.GRIEVOUS_HURT], lowered, sentences)
    threats = _starts(compiled[Fact.THREAT], lowered, sentences)
    for index in sorted(weapons.keys() & hurts.keys()):
        weapon, hurt = weapons[index], hurts[index]
        # "hit me, then threatened me with a sword": that weapon belongs to the threat.
        if index in threats and weapon[0] > threats[index][0]:
            continue
        return {Fact.ARMED_HURT: [_phrase(source, *weapon), _phrase(source, *hurt)]}
    return {}


_ATTACK = (Fact.HURT, Fact.GRIEVOUS_HURT, Fact.WEAPON, Fact.DANGEROUS_WEAPON, Fact.ATTEMPT_TO_KILL)
_DEATH_REACH = 2  # sentences between an attack and the death it caused


def _death_by_attack(
    lowered: str, source: str, findings: dict[Fact, list[str]]
) -> dict[Fact, list[str]]:
    """A death told within two sentences of an attack: the attack caused it.

    A death mentioned elsewhere (a parent who died years ago, a post-mortem of another
    matter) does not make the beating in the complaint a homicide.
    """
    if Fact.DEATH not in findings or not set(_ATTACK) & findings.keys():
        return {}
    compiled = _compiled()
    sentences = [s.end for s in split_sentences(source)]
    deaths = _starts(compiled[Fact.DEATH], lowered, sentences)
    attacks = _starts([p for f in _ATTACK for p in compiled[f]], lowered, sentences)
    pair = _told_near(deaths, attacks, _DEATH_REACH, 0)
    return {Fact.DEATH_BY_ATTACK: [_phrase(source, *s) for s in pair]} if pair else {}


def _told_near(
    anchors: dict[int, tuple[int, int]],
    others: dict[int, tuple[int, int]],
    before: int,
    after: int,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first (other, anchor) spans told within ``before``/``after`` sentences."""
    for index in sorted(anchors):
        near = [i for i in range(index - before, index + after + 1) if i in others]
        if near:
            return others[near[0]], anchors[index]
    return None


_TAKING = (Fact.PROPERTY_TAKEN, Fact.SNATCHING)
_FORCE_OF_ROBBERY = (Fact.THREAT, Fact.HURT, Fact.CRIMINAL_FORCE)
_ROBBERY_REACH = 3  # sentences between the taking and the hurt or threat used for it


def _force_in_taking(
    lowered: str, source: str, findings: dict[Fact, list[str]], extra: FactLexicon
) -> dict[Fact, list[str]]:
    """Hurt or a threat told within three sentences of the taking: used to take it.

    Theft is robbery only when the hurt or fear is caused "in order to the committing of
    the theft, or in committing the theft, or in carrying away" (s. 309(2)); a slap over a
    debt weeks earlier, or a threat in another part of the account, is not. Force shown
    (knife-point, tied up) and a deadly weapon carried are the manner of the whole
    episode and need no such nearness (:func:`offences.common.violent_taking`).
    """
    if not set(_TAKING) & findings.keys() or not set(_FORCE_OF_ROBBERY) & findings.keys():
        return {}
    split = split_sentences(source)
    sentences = [s.end for s in split]
    takings = _indexed_spans(_TAKING, lowered, sentences, extra)
    forces = _indexed_spans(_FORCE_OF_ROBBERY, lowered, sentences, extra)
    for index in [i for i in forces if i not in takings and i < len(split)]:
        if _another_occasion().search(split[index].text.casefold()):
            del forces[index]  # "last year he threatened me": not the force of this taking
    pair = _told_near(takings, forces, _ROBBERY_REACH, _ROBBERY_REACH)
    return {Fact.FORCE_IN_TAKING: [_phrase(source, *s) for s in pair]} if pair else {}


_WEAPON_POINT_REACH = 1  # the arm held out in the sentence of the handing over or the one before


@functools.cache
def _robbery_words(name: str) -> re.Pattern[str]:
    """A list of ``phrases/robbery.json``: "arms_held", "levy"."""
    return re.compile(ingredient_words("robbery", name))


def _delivered_at_weapon_point(
    lowered: str, source: str, findings: dict[Fact, list[str]], extra: FactLexicon
) -> dict[Fact, list[str]]:
    """Property handed over with a knife or a gun told in that sentence or the one before.

    Extortion is robbery when the offender, present, puts the victim in fear of instant
    death or hurt and the thing is delivered then and there (s. 309(3)): "showed a knife,
    I gave him my purse", "पिस्तौल तानकर ... मैंने रुपये दे दिए". The victim's own hand
    gives the thing, so no word of taking is told. A levy or protection money demanded
    (``phrases/robbery.json``) is paid in fear of harm to come: extortion, not robbery.
    """
    if Fact.PROPERTY_DELIVERED not in findings or _robbery_words("levy").search(lowered):
        return {}
    sentences = [s.end for s in split_sentences(source)]
    deliveries = _indexed_spans((Fact.PROPERTY_DELIVERED,), lowered, sentences, extra)
    arms = _starts((_robbery_words("arms_held"),), lowered, sentences)
    pair = _told_near(deliveries, arms, _WEAPON_POINT_REACH, 0)
    return {Fact.DELIVERED_AT_WEAPON_POINT: [_phrase(source, *s) for s in pair]} if pair else {}


_THREATS = (Fact.THREAT, Fact.THREAT_TO_KILL)


def _drop_threats_of_another_occasion(
    lowered: str, source: str, findings: dict[Fact, list[str]], extra: FactLexicon
) -> None:
    """A threat told only on another occasion ("he had threatened me last year", "pichle
    mahine bhi dhamki di thi") is background to the matter reported, not its intimidation."""
    if not set(_THREATS) & findings.keys():
        return
    split = split_sentences(source)
    threats = _indexed_spans(_THREATS, lowered, [s.end for s in split], extra)
    if threats and all(
        i < len(split) and _another_occasion().search(split[i].text.casefold()) for i in threats
    ):
        for fact in _THREATS:
            findings.pop(fact, None)


@functools.cache
def _another_occasion() -> re.Pattern[str]:
    return re.compile(ingredient_words("occasion", "another_occasion"))


def _indexed_spans(
    facts: Iterable[Fact], lowered: str, sentence_ends: list[int], extra: FactLexicon
) -> dict[int, tuple[int, int]]:
    """First span per sentence index of any of ``facts``, read as :func:`detect_facts` does."""
    compiled = _compiled()
    first: dict[int, tuple[int, int]] = {}
    for fact in facts:
        patterns = compiled[fact] + extra.get(fact, ())
        spans = _spans(
            patterns, lowered, fact.value in _HYPOTHETICAL_FACTS, _other_sense_spans(fact, lowered)
        )
        for start, end in spans:
            index = bisect.bisect_right(sentence_ends, start)
            if index not in first or start < first[index][0]:
                first[index] = (start, end)
    return first


def _starts(
    patterns: Iterable[re.Pattern[str]], lowered: str, sentence_ends: list[int]
) -> dict[int, tuple[int, int]]:
    """First un-negated match per sentence index, as (start, end)."""
    first: dict[int, tuple[int, int]] = {}
    for pattern in patterns:
        for match in pattern.finditer(lowered):
            if negated(lowered, match.start(), match.end()):
                continue
            index = bisect.bisect_right(sentence_ends, match.start())
            if index not in first or match.start() < first[index][0]:
                first[index] = (match.start(), match.end())
    return first


def _name_calling(lowered: str, phrase: str) -> bool:
    """True when every occurrence of ``phrase`` is an epithet ("called me a thief")."""
    starts = [m.start() for m in re.finditer(re.escape(phrase.lower()), lowered)]
    return bool(starts) and all(
        _NAME_CALLING_BEFORE.search(lowered[max(0, s - 30) : s]) for s in starts
    )


def _drop_imputed(lowered: str, findings: dict[Fact, list[str]]) -> None:
    """Drop property and deceit facts whose every mention lies in the published imputation."""
    spans = [m.span() for m in _IMPUTED.finditer(lowered)]
    for fact in _IMPUTED_FACTS & findings.keys():
        kept = [p for p in findings[fact] if not _all_within(lowered, p, spans)]
        if kept:
            findings[fact] = kept
        else:
            del findings[fact]


def _all_within(lowered: str, phrase: str, spans: list[tuple[int, int]]) -> bool:
    starts = [m.start() for m in re.finditer(re.escape(phrase.lower()), lowered)]
    return bool(starts) and all(any(a <= s < b for a, b in spans) for s in starts)


def _phrase(source: str, start: int, end: int, max_chars: int = 80) -> str:
    """The matched words, widened to whole words and trimmed to ``max_chars``."""
    while start > 0 and not source[start - 1].isspace() and start > end - max_chars:
        start -= 1
    while end < len(source) and not source[end].isspace() and source[end] not in ".,;:!?\u0964":
        end += 1
    return " ".join(source[start:end].split())[:max_chars]


def _count_value(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    range_match = re.match(r"(\d{1,2})\s*(?:-|to|or|se)\s*\d{1,2}", token)
    if range_match:
        return int(range_match.group(1))
    return _NUMBER_WORDS.get(token)


# "bahut log jama ho gaye", "20-25 people gathered", "कई लोग इकट्ठा हो गए": the crowd
# that gathered, not the people who acted.
_ONLOOKERS_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:gathered|collected|assembled|came running|rushed to help|"
    r"jama\s+ho|ikat+h?[ae]\s+ho|daud\w*\s+(?:kar\s+)?aaye|bachane|"
    r"(?:[\u0900-\u097f]+\s+){0,2}?(?:इकट्ठा|इकट्ठे|जमा)\s+हो|बचाने)"
)


def _count_offenders(lowered: str, source: str) -> tuple[int | None, list[str]]:
    best: int | None = None
    evidence: list[str] = []
    for match in _OFFENDERS.finditer(lowered):
        value = _count_value(match.group(1))
        if (
            value is None
            or value < 1
            or value > 200
            or negated(lowered, match.start(), match.end())
        ):
            continue
        if _is_victim_count(lowered, match.end()) or _is_own_party(lowered, match.start()):
            continue
        if _ONLOOKERS_AFTER.match(lowered, match.end()):
            continue
        if re.search(r"\b(?:other|others|more|aur)\b|अन्य|और", match.group(0)):
            # "... and three other men", "5-6 aur log": at least one named accused besides them
            value += 1
        if best is None or value > best:
            best, evidence = value, [_phrase(source, match.start(), match.end())]
    for match in _IN_NUMBER.finditer(lowered):
        value = _count_value(match.group(1))
        if value is not None and value > (best or 0):
            best, evidence = value, [_phrase(source, match.start(), match.end())]
    named = _named_offenders(source)
    if named and named[0] > (best or 0):
        best, evidence = named
    numbered = [int(a or b) for a, b in _NUMBERED_ACCUSED.findall(lowered)]
    # Accused are numbered from one ("A-1 ... A-2"); "A34" alone is a phone model.
    if numbered and 1 in numbered and max(numbered) > (best or 0):
        best, evidence = max(numbered), [f"accused no. {max(numbered)}"]
    return best, evidence


_NAME = r"[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?"
_ACT_VERB = (
    r"(?:came|come|entered|attacked|beat|assaulted|hit|abused|threatened|snatched|started|caught|dragged|forced|sold|took|"
    r"surrounded|stopped|pushed|kicked|slapped|harassed|demanded|threw|ne|both|together)"
)
# A Hinglish verb in the plural has the whole list for its subject, however far it comes
# after the names: "X aur uska bhai Y tractor lekar khet mein ghus aaye", "... maarne lage".
# A habit told in the plural ("gaaliyan dete the", "dhamkate the") is theirs together too.
_PLURAL_VERB = r"(?:aaye|aye|aae|ghuse|lage|\w+te the)"
_GROUP_ACTED = rf"(?:(?: [\w-]+){{0,3}}?,? {_ACT_VERB}|(?: [\w-]+){{0,8}}? {_PLURAL_VERB})\b"
# One of several accused told by his tie to the one before: "his brother Alamgir", "uski
# maa Santosh Devi"; the last may be "one Kalu".
_KIN_OF = r"(?:his|her|their|uska|uski|uske|unka|unki|unke) (?:\w+ ){1,2}?"
_MEMBER = rf"(?:{_KIN_OF})?{_NAME}"
# "and" as FIRs write it, the Urdu "wa" / "va" of the thana register included
_AND = r"(?:and|aur|&|wa|va|evam|tatha)"
_NAMED_GROUP = re.compile(
    rf"\b({_NAME}(?:, {_MEMBER})*),? {_AND} (?:{_KIN_OF}|one )?({_NAME})\b{_GROUP_ACTED}"
)
_NAMED_WITH_KIN = re.compile(
    rf"\b{_NAME},? (?:and|aur|&) (?:his|her|their|uske|uska|uski|unke|apne) (?:\w+ )?"
    r"(?:brothers?|sons?|father|nephews?|friends?|bhai|beta|bete|baap|dost|saathi|bhatij[ae])\b"
    + _GROUP_ACTED
)
_NAMED_GROUP_HI = re.compile(r"(\S+?)(?:, (\S+?))? (?:और|व) (?:उसके |उसका |उनका )?(?:\S+ )?(\S+) ने")
# "सोनू, उसके पिता भोला और माँ शांति ... मांग करने लगे": a list whose members are told by
# their tie to the first, then a verb in the plural (or "चारों", all four) for all of them.
_KIN_HI = ingredient_words("people", "kin")
_NAMED_LIST_HI = re.compile(
    r"(?<!\S)[^\s,]+((?:, (?:उसके|उसका|उसकी|उनके|उनका|उनकी) (?:\S+ )?" + _KIN_HI + r" [^\s,]+"
    r"(?: [^\s,]+)?)+(?:, [^,।\n]{1,40}?)*),? (?:और|व) [^।\n]{0,120}? "
    r"(?:ने|लगे|आए|आये|घुसे|पहुंचे|पहुँचे|चारों|तीनों|दोनों)(?![^\s,.।!?])"
)


# "पति राकेश, सास गीता और जेठ मुकेश ... ताना देते थे": each member told by the kin word
# that says who he is to the victim, then a verb in the plural for all of them.
_KIN_NAMED_HI = r"(?:(?:बड़े|बड़ा|छोटे|छोटा|चचेरे|चचेरा|ममेरे|फुफेरे|मौसेरे) )?" + _KIN_HI + r" [^\s,।]+"
_KIN_LIST_HI = re.compile(
    rf"(?<!\S){_KIN_NAMED_HI}((?:, {_KIN_NAMED_HI})*) (?:और|व) {_KIN_NAMED_HI}(?: [^\s,।]+)?"
    r"(?: [^।\n]{0,80}?)? (?:\S*ते (?:थे|हैं)|\S*ने लगे|आए|आये|घुसे|पहुंचे|पहुँचे|ने)(?![^\s,.।!?])"
)


# Hinglish/Hindi complaints name each attacker in turn: "Pankaj ne thappad maare, saas ne
# baal pakad ke kheecha"; two different people doing hostile acts are acting together.
_HOSTILE_HI = (
    r"(?:maar|maara|maare|mara|peet|pit|dhakka|dhakel|kheech|kheench|gaali|dhamki|chheen|"
    r"tod|jala|pakad|ghasit|laat|मार|पीट|धक्का|गाली|धमकी|छीन|तोड़|जला|पकड़|घसीट|लात)"
)
_ACTOR_NE = re.compile(
    r"(?<![\w\u0900-\u097f])([A-Z][a-z]{2,}|saas|sasur|nanad|devar|jeth|jethani|pati|"
    r"सास|ससुर|ननद|देवर|जेठ|जेठानी|पति|[\u0900-\u097f]{2,})\s+(?:ne|ने)\s+"
    r"(?:\S+\s+){0,5}?" + _HOSTILE_HI
)
# English accounts do the same: "Ravinder slapped me and his mother kicked me", "my husband
# hit her and my sister-in-law taunted her"; pronouns and sentence openers are no names.
_ACTOR_EN = re.compile(
    r"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )"
    r"([A-Z][a-z]{2,}(?: [A-Z][a-z]+)?|[MmHh](?:y|er) (?:husband|mother-in-law|father-in-law|"
    r"sister-in-law|brother-in-law)|[Hh]is (?:mother|father|brother|son|wife|sister|friend|"
    r"uncle|cousin|nephew))(?: also| then| again)? (?:beat|hit|slapped|"
    r"kicked|punched|pushed|abused|threatened|snatched|grabbed|dragged|stabbed|attacked|"
    r"assaulted|struck|tore|smashed|taunted|started (?:beating|abusing|hitting))\b"
)
_NOT_ACTORS_EN = frozenset(
    {"i", "we", "he", "she", "they", "then", "when", "after", "the", "one", "police", "someone",
     "nobody", "it", "this", "that", "sir", "madam", "later", "also", "mr", "mrs", "ms", "shri",
     "smt", "somebody", "everyone", "who", "which", "there", "suddenly"}
)  # fmt: skip
# The complainant, and those who only came, caught the culprit, called or looked on
# ("logon ne use pakad liya", "पुलिस ने पकड़ा", "padosi ne bachaya"): they did not act with him.
_NOT_ACTORS = frozenset(
    {
        "मैंने", "हमने", "मैं", "हम", "जिस", "किसी",
        "police", "log", "logon", "logo", "padosi", "padosiyon", "padosion", "gaonwalon",
        "public", "bheed", "maine", "humne", "hamne", "mummy", "papa", "maa", "bhai",
        "पुलिस", "लोग", "लोगों", "पड़ोसी", "पड़ोसियों", "ग्रामीणों", "गांववालों", "भीड़",
    }
)  # fmt: skip


def _named_offenders(source: str) -> tuple[int, list[str]] | None:
    """'Vinay and Sanjay came ...' / 'विजय, संजय और मुन्ना ने': named people acting together."""
    match = _NAMED_GROUP.search(source)
    if match is not None and _helpers(source, match.start(), match.end()):
        match = None
    if match is not None:
        count = match.group(1).count(",") + 2
        return count, [_phrase(source, match.start(), match.end())]
    kin = _NAMED_WITH_KIN.search(source)
    if kin is not None:
        return 2, [_phrase(source, kin.start(), kin.end())]
    listed = _NAMED_LIST_HI.search(source)
    if listed is not None and not _helpers(source, listed.start(), listed.end()):
        return listed.group(1).count(",") + 2, [_phrase(source, listed.start(), listed.end())]
    kin_list = _KIN_LIST_HI.search(source)
    if kin_list is not None and not _CAME_TO_HELP.search(source.lower(), *kin_list.span()):
        return kin_list.group(1).count(",") + 2, [_phrase(source, *kin_list.span())]
    for hindi in _NAMED_GROUP_HI.finditer(source):
        if hindi.group(1) in _NOT_NAMES_HI or _helpers(source, hindi.start(), hindi.end()):
            continue
        count = 3 if hindi.group(2) else 2
        return count, [_phrase(source, hindi.start(), hindi.end())]
    return _actors_in_turn(source)


# Words that end a clause before "और": "... देखा था और असलम ने" joins a verb, not two names.
_NOT_NAMES_HI = frozenset(
    {"था", "थी", "थे", "थीं", "है", "हैं", "हूँ", "हूं", "गया", "गई", "गए", "गईं", "गये", "गयी",
     "गयीं", "हुआ", "हुई", "हुए", "किया", "की", "कीं", "का", "के", "को", "में", "से", "ने", "भी",
     "तो", "दिया", "दी", "दीं", "दिए", "लिया", "ली", "लीं", "लिए", "रहा", "रही", "रहे"}
)  # fmt: skip


# "my neighbours Ravi and Sunil came running": people who came to help are no accused.
_CAME_TO_HELP = re.compile(
    r"\b(?:came|come|rushed|ran)\s+(?:running|to (?:help|rescue|save|my rescue|our rescue)|"
    r"there)\b|\b(?:bachane|bachaya|chhudaya|hataya|alag kiya|hospital le ga\w*|intervened|"
    r"separated|beech[- ]?bachao|beech[- ]?bachav|bich[- ]?bachao|bich[- ]?bachav)\b|"
    r"(?:बचाया|छुड़ाया|हटाया|अलग किया|अस्पताल ले ग|बीच-बचाव|बीच बचाव|बचाव किया)"
    # witnesses: "X and Y saw it", "X aur Y ne dekha", "X और Y ने देखा / सुना"
    r"|\b(?:saw|witnessed|watched) (?:it|this|the incident|everything|the whole)\b"
    r"|\b(?:ne dekha|ne suna|dekh rahe)\b|(?:ने देखा|ने सुना|देख रहे)"
    # who helped the complainant or saw it: "X and Y helped me", "X और Y ने घटना देखी / मदद की"
    r"|\b(?:helped|are witnesses|ki madad|ne madad|ne dekhi)\b|(?:ने (?:\S+ )?देखी|मदद की|शोर सुना)"
)


def _helpers(source: str, start: int, end: int) -> bool:
    lowered = source.lower()
    return _is_own_party(lowered, start) or bool(_CAME_TO_HELP.search(lowered, start, end + 20))


def _actors_in_turn(source: str) -> tuple[int, list[str]] | None:
    actors: dict[str, str] = {}
    for match in _ACTOR_NE.finditer(source):
        name = match.group(1).lower()
        if name not in _NOT_ACTORS:
            actors.setdefault(name, _phrase(source, match.start(), match.end()))
    for match in _ACTOR_EN.finditer(source):
        name = match.group(1).lower()
        if name.split()[0] not in _NOT_ACTORS_EN:
            actors.setdefault(name, _phrase(source, match.start(), match.end()))
    if len(actors) < 2:
        return None
    return len(actors), list(actors.values())[:2]


def _is_victim_count(lowered: str, end: int) -> bool:
    # "two persons were injured" counts victims, not offenders.
    # "several neighbours ... saw it happen" counts onlookers.
    after = lowered[end : end + 60]
    return bool(
        # "do aur ladkon se bhi paise liye", "दो लोगों को धमकाया": those acted on
        re.match(
            r"[\w\u0900-\u097f]*\s+(?:ko|se|को|से)(?![\w\u0900-\u097f])(?!\s+(?:mil|मिल))", after
        )
        # "teen chaar logon ka bhi sona le gaya", "दो लोगों की जमीन": whose things were taken,
        # not who took them ("do logon ke saath aaya", "तीन लोगों के खिलाफ" still count)
        or re.match(
            r"[\w\u0900-\u097f]*\s+(?:ka|ki|ke|का|की|के)(?![\w\u0900-\u097f])(?!\s+(?:saath|sath|"
            r"khilaf|khilaaf|dwara|haath|kehne|साथ|खिलाफ|ख़िलाफ़|विरुद्ध|द्वारा|हाथ|कहने))",
            after,
        )
        or re.match(
            r"\s+(?:[\w-]+\s+){0,4}?(?:were|are|have been|got|had been)\s+(?:also\s+)?"
            r"(?:injured|hurt|killed|robbed|attacked|beaten|cheated|duped|defrauded|threatened)",
            after,
        )
        or re.match(
            r"(?:,[^,!?\n]{0,60},)?\s+(?:saw|witnessed|watched|gathered|were (?:present|watching)"
            r"|were standing|stood|dekh rahe|dekhte rahe|jama ho|khade|खड़े|मौजूद|देख रहे"
            r"|(?:also\s+)?complained|participated|come and go|are witnesses|gawah|गवाह)",
            after,
        )
    )


def _is_own_party(lowered: str, start: int) -> bool:
    # "my two friends", "in front of three neighbours": the complainant's side or witnesses.
    before = lowered[max(0, start - 25) : start]
    return bool(
        re.search(
            r"(?:\b(?:my|our|mere|meri|hamare|humare)|in front of|presence of|witness\w*|saamne"
            # "we have two sons", "took six boys of our village": family, or those acted on
            r"|\b(?:i|we) (?:have|had)"
            r"|\b(?:took|lured|cheated|duped|kidnapped|trafficked)"
            r"|मेरे|हमारे|सामने)\s+(?:\w+\s+)?$",
            before,
        )
        # "in front of the shopkeeper and four other customers": still onlookers.
        or re.search(
            r"(?:in front of|presence of|saamne|सामने)\s+(?:[\w-]+\s+){0,3}(?:and|aur|और)\s+$",
            lowered[max(0, start - 50) : start],
        )
        # "I and two villagers carried him", "we, 27 students of ...", "मैंने और गाँव के 23
        # और लोगों ने जमा किए": those who stand with the complainant, not with the accused.
        or _WITH_THE_COMPLAINANT.search(lowered, max(0, start - 40), start) is not None
    )


_WITH_THE_COMPLAINANT = re.compile(
    r"(?:\b(?:i|me|maine|main|mai)|मैंने|मैं|मुझे)\s+(?:and|aur|&|along with|और|व)\s+(?:\S+\s+){0,2}$"
    r"|(?:\bwe|(?<!\S)हम|(?<!\S)हमने),?\s+(?:all\s+|सब\s+)?$"
    # "I and my people (my wife, my two sons)": the family the complainant lists
    r"|\b(?:my|our|mere|meri|hamare|humare)\s+\w+\s*\([^()]{0,30}?\s$"
)


def _youngest_age(lowered: str) -> int | None:
    ages = [_age_value(next(g for g in m.groups() if g)) for m in _AGE.finditer(lowered)]
    plausible = [a for a in ages if 0 < a < 100]
    return min(plausible) if plausible else None


def _age_value(token: str) -> int:
    return int(token) if token.isdigit() else _AGE_WORDS[token]


def _largest_weight(lowered: str) -> float | None:
    grams = [
        float(m.group(1)) * (1000.0 if m.group(2).startswith(("k", "कि")) else 1.0)
        for m in _WEIGHT.finditer(lowered)
    ]
    return max(grams) if grams else None


def _marriage_years(lowered: str) -> float | None:
    match = _MARRIAGE_YEARS.search(lowered)
    if match is None:
        return None
    value = float(match.group(1))
    return value / 12 if match.group(2).startswith(("month", "mahine", "महीने")) else value


# "dopahar 2 baje" is two in the afternoon, "shaam 7 baje" seven in the evening: the part of
# the day said before an hour in Hindi sets it, where "2 baje" alone is read as the clock says.
_AFTER_NOON = re.compile(
    r"(?:dopahar|dopahr|dupahar|shaam|sham|din\s+(?:mein|me|ke)|दोपहर|शाम|दिन\s+(?:में|के))\s*"
    r"(?:ko\s*|को\s*)?(?:(?:lagbhag|karib|kareeb|takreeban|लगभग|करीब|तकरीबन)\s*)?$"
)


def _by_part_of_day(before: str, hour: int) -> int:
    return hour + 12 if hour < 12 and _AFTER_NOON.search(before) else hour


def _clock_night(lowered: str, source: str) -> dict[Fact, list[str]]:
    """Times between 7 pm and 5 am count as night (after sunset, before sunrise)."""
    for match in _CLOCK_NIGHT.finditer(lowered):
        hour = int(match.group(1))
        marker = match.group(3).replace(".", "")
        if marker in ("baje", "बजे"):
            hour = _by_part_of_day(lowered[max(0, match.start() - 20) : match.start()], hour)
        if marker == "pm" and hour != 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
        if hour <= 24 and (hour >= 19 or hour < 5):
            return {Fact.NIGHT: [_phrase(source, match.start(), match.end())]}
    return {}

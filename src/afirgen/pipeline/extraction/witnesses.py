"""Witnesses (IF-1 item 12 annex): people the complaint says saw the incident or were present.

A witness is found two ways: by the words before the name ("my friend X", "a passer-by,
Mr. X", "मौके पर मौजूद X") followed by a word of seeing, or by the words after the name
alone when they say so plainly ("X, who runs a tea stall there, saw everything", "X ne sab
dekha", "X इस घटना के गवाह हैं"). The phrases are in ``phrases/witnesses.json``.
"""

from __future__ import annotations

import re

from afirgen.domain.fields import Person
from afirgen.pipeline.extraction.incident import detect_incidents
from afirgen.pipeline.extraction.names import (
    NameSpan,
    clean_name,
    read_name,
    read_name_before,
    same_person,
)
from afirgen.pipeline.extraction.phrases import phrase_pattern

_NAME_AHEAD = r"\s*,?\s*(?=[A-Z\u0900-\u097f])"
_INTRO = re.compile(
    r"\b(?i:my|meri|mera|mere|our|hamare)\s+(?i:friend|neighbou?r|wife|husband|brother|sister|"
    r"son|daughter|saheli|dost|bhai|behen|colleague|cousin|employee|helper|beta|beti|bete|"
    r"bhatija|bhatiji|bhanja|bhanji|patni|pati|chacha|mama|jija|bahu)\s+(?=[A-Z])"
    r"|\b(?i:witness(?:es)?)\s*[:\-]?\s*(?=[A-Z])"
    r"|(?:मेरी|मेरा|मेरे|हमारे)\s+(?:सहेली|दोस्त|पड़ोसी|पत्नी|पति|भाई|बहन|बेटा|बेटी)\s+"
    r"|गवाह\s*[:\-]?\s*"
    # "Mere saath Ramesh tha", "मेरे साथ दिनेश था", "with me was Ramesh": present at the scene
    r"|\b(?i:mere|hamare)\s+(?i:saath|sath)\s+(?=[A-Z])|(?:मेरे|हमारे)\s+साथ\s+"
    r"|\b(?i:with\s+me\s+was)\s+(?=[A-Z])"
    # "a passer-by, Mr. Suresh Meena, saw", "राहगीर सुरेश ने देखा"
    rf"|(?i:{phrase_pattern('witnesses', 'bystanders')}){_NAME_AHEAD}"
    # "मौके पर मौजूद सुरेश", "mauke par maujood Suresh": the words already place them there
    rf"|(?P<there>(?i:{phrase_pattern('witnesses', 'at_the_spot')})){_NAME_AHEAD}",
)
_SAW = re.compile(
    r"\b(?:saw|seen|witness\w*|eye-?witness|was\s+with\s+me|was\s+present|saath\s+th[ia]|"
    r"dekha|gawah|gavah|chashmdeed|maujood|mauzood)\b|साथ\s+थ|देखा|गवाह|चश्मदीद|मौजूद",
    re.IGNORECASE,
)
_FILLERS = phrase_pattern("witnesses", "fillers")
_SAW_IT = phrase_pattern("witnesses", "saw_it")
_ATTESTED = re.compile(
    rf"{_SAW_IT}|(?P<present>{phrase_pattern('witnesses', 'present')})", re.IGNORECASE
)
# What may stand between the name and the words that attest it, read backwards from them:
# "Ramesh bhi wahan", "Mohan Lal, who runs a tea stall there,".
_FILLERS_BEFORE = re.compile(rf"(?:\s+(?:{_FILLERS}))*\s*$", re.IGNORECASE)
# "X was present at the spot." ends there; "X was present there with two labourers" goes on to
# what X was doing, often the accused's own part.
_CLAUSE_ENDS = re.compile(rf"(?:\s+(?:{_FILLERS}))*\s*(?:[,.;।\n]|$|(?:and|aur|और)\b)", re.I)
_CLAUSE_BEFORE = re.compile(r",[^,.।\n]{1,60},\s*$")
_JOINED_BEFORE = re.compile(rf"\s+(?i:{phrase_pattern('witnesses', 'joined')})\s*$")
_SENTENCE_END = re.compile(r"[.।\n]")
# "Mohan bhi wahan maujood tha aur usne bhi mujhe maara": present, and one of those who did it.
_AND_THEN = re.compile(r"\s*,?\s*(?:and|aur|और)\b", re.IGNORECASE)
_SAW_WINDOW = 60  # characters after a name in which "saw"/"was with me" marks a witness
# A neighbour or a passer-by introduced as such who saw others at it tells it at length: "my
# neighbour X saw two boys jumping over our wall", "पड़ोसी X ने रात में दो लड़कों को दीवार
# कूदकर भागते हुए देखा". What they saw is not the complainant ("ne mujhe akela dekha" tells
# what one who then acted saw).
_SAW_OTHERS_WINDOW = 140
_SEEN_SELF = re.compile(
    r"\b(?:me|us|mujhe|mujhko|humein|hamein|hume|hame)\b|मुझे|मुझको|हमें|हमको", re.IGNORECASE
)
_LABELLED = re.compile(r"witness|गवाह", re.IGNORECASE)


def saw_incident(text: str, end: int) -> bool:
    """Whether the words right after a name (ending at ``end``) say the person saw it or was there.

    "Kavita saw the theft", "Ramesh was with me", "राजू ने देखा": a witness, not an accused.
    """
    after = _SENTENCE_END.split(text[end : end + _SAW_WINDOW], maxsplit=1)[0]
    return bool(_SAW.search(after))


def extract_witnesses(text: str, complainant: str | None = None) -> list[Person]:
    """Named witnesses, each once (the fullest spelling), in reading order.

    The complainant is never their own witness ("I, Ramesh Kumar, witnessed ...").
    """
    found = sorted(_introduced(text) + _attested(text), key=lambda span: span.start)
    names: list[str] = []
    for span in found:
        name = clean_name(span.name)
        if not (complainant and same_person(name, complainant)):
            _add_name(names, name)
    return [Person(name=name) for name in names]


def _saw_others(text: str, end: int) -> bool:
    """Whether the sentence after a name (ending at ``end``) says the person saw it, or others
    at it, and did nothing of it themselves ("... saw me alone and took my phone")."""
    after = _SENTENCE_END.split(text[end : end + _SAW_OTHERS_WINDOW], maxsplit=1)[0]
    seen = _SAW.search(after)
    if seen is None or _SEEN_SELF.search(after, 0, seen.start()):
        return False
    return not _did_it_too(text, end + seen.end())


def _introduced(text: str) -> list[NameSpan]:
    """Names after "my friend", "witness:", "a passer-by," who saw it or were there."""
    spans: list[NameSpan] = []
    for match in _INTRO.finditer(text):
        span = read_name(text, match.end())
        if span is None:
            continue
        told = bool(match["there"] or _LABELLED.match(match[0]))
        if told or _saw_others(text, span.end):
            spans.append(span)
    return spans


def _attested(text: str) -> list[NameSpan]:
    """Names followed by words that say plainly the person saw it or was present."""
    spans: list[NameSpan] = []
    for match in _ATTESTED.finditer(text):
        if _did_it_too(text, match.end()):
            continue
        if match["present"] and not _CLAUSE_ENDS.match(text, match.end()):
            continue
        fillers = _FILLERS_BEFORE.search(text, 0, match.start())
        span = _name_ending(text, fillers.start() if fillers else match.start())
        while span is not None:
            spans.append(span)
            joined = _JOINED_BEFORE.search(text[: span.start])
            span = read_name_before(text, joined.start()) if joined else None
    return spans


def _did_it_too(text: str, end: int) -> bool:
    """Whether the sentence goes on to tell an offence by the one present ("... and beat me")."""
    rest = _SENTENCE_END.split(text[end:], maxsplit=1)[0]
    return bool(_AND_THEN.match(rest) and detect_incidents(rest))


def _name_ending(text: str, end: int) -> NameSpan | None:
    """The name that ends at ``end``, or the one before a clause set off by commas."""
    head = text[:end].rstrip(" ,")
    span = read_name_before(text, len(head))
    if span is not None and span.end == len(head):
        return span
    clause = _CLAUSE_BEFORE.search(text, 0, end)
    if clause is None:
        return None
    span = read_name_before(text, clause.start())
    return span if span is not None and span.end == clause.start() else None


def _add_name(names: list[str], name: str) -> None:
    """Add ``name`` unless it is someone already listed; keep the longer of two spellings."""
    for i, known in enumerate(names):
        if same_person(known, name):
            names[i] = max(known, name, key=len)
            return
    names.append(name)

"""Witnesses (IF-1 item 12 annex): people the complaint says saw the incident or were present."""

from __future__ import annotations

import re

from afirgen.domain.fields import Person
from afirgen.pipeline.extraction.names import clean_name, read_name, same_person

_INTRO = re.compile(
    r"\b(?i:my|meri|mera|mere|our|hamare)\s+(?i:friend|neighbou?r|wife|husband|brother|sister|"
    r"son|daughter|saheli|dost|bhai|behen|colleague|cousin|employee|helper)\s+(?=[A-Z])"
    r"|\b(?i:witness(?:es)?)\s*[:\-]?\s*(?=[A-Z])"
    r"|(?:मेरी|मेरा|मेरे|हमारे)\s+(?:सहेली|दोस्त|पड़ोसी|पत्नी|पति|भाई|बहन|बेटा|बेटी)\s+"
    r"|गवाह\s*[:\-]?\s*"
    # "Mere saath Ramesh tha", "मेरे साथ दिनेश था", "with me was Ramesh": present at the scene
    r"|\b(?i:mere|hamare)\s+(?i:saath|sath)\s+(?=[A-Z])|(?:मेरे|हमारे)\s+साथ\s+"
    r"|\b(?i:with\s+me\s+was)\s+(?=[A-Z])",
)
_SAW = re.compile(
    r"\b(?:saw|seen|witness\w*|eye-?witness|was\s+with\s+me|was\s+present|saath\s+th[ia]|"
    r"dekha|gawah|gavah|chashmdeed|maujood|mauzood)\b|साथ\s+थ|देखा|गवाह|चश्मदीद|मौजूद",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.।\n]")
_SAW_WINDOW = 60  # characters after a name in which "saw"/"was with me" marks a witness
_LABELLED = re.compile(r"witness|गवाह", re.IGNORECASE)


def saw_incident(text: str, end: int) -> bool:
    """Whether the words right after a name (ending at ``end``) say the person saw it or was there.

    "Kavita saw the theft", "Ramesh was with me", "राजू ने देखा": a witness, not an accused.
    """
    after = _SENTENCE_END.split(text[end : end + _SAW_WINDOW], maxsplit=1)[0]
    return bool(_SAW.search(after))


def extract_witnesses(text: str) -> list[Person]:
    """Named witnesses, each once (the fullest spelling), in reading order."""
    names: list[str] = []
    for match in _INTRO.finditer(text):
        span = read_name(text, match.end())
        if span is None:
            continue
        if not (_LABELLED.match(match[0]) or saw_incident(text, span.end)):
            continue
        _add_name(names, clean_name(span.name))
    return [Person(name=name) for name in names]


def _add_name(names: list[str], name: str) -> None:
    """Add ``name`` unless it is someone already listed; keep the longer of two spellings."""
    for i, known in enumerate(names):
        if same_person(known, name):
            names[i] = max(known, name, key=len)
            return
    names.append(name)

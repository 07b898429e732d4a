"""Witnesses (IF-1 item 12 annex): people the complaint says saw the incident or were present."""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.names import clean_name, read_name
from afirgen.pipeline.fields import Person

_INTRO = re.compile(
    r"\b(?i:my|meri|mera|mere|our|hamare)\s+(?i:friend|neighbou?r|wife|husband|brother|sister|"
    r"son|daughter|saheli|dost|bhai|behen|colleague|cousin|employee|helper)\s+(?=[A-Z])"
    r"|\b(?i:witness(?:es)?)\s*[:\-]?\s*(?=[A-Z])"
    r"|(?:मेरी|मेरा|मेरे|हमारे)\s+(?:सहेली|दोस्त|पड़ोसी|पत्नी|पति|भाई|बहन|बेटा|बेटी)\s+"
    r"|गवाह\s*[:\-]?\s*",
)
_SAW = re.compile(
    r"^[^.।\n]{0,40}?\b(?:saw|seen|witness\w*|was\s+with\s+me|was\s+present|saath\s+th[ia]|"
    r"dekha)\b|^[^.।\n]{0,40}?(?:साथ\s+थ|ने\s+देखा|गवाह)",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"witness|गवाह", re.IGNORECASE)


def extract_witnesses(text: str) -> list[Person]:
    """Named witnesses, each once, in reading order."""
    witnesses: list[Person] = []
    for match in _INTRO.finditer(text):
        span = read_name(text, match.end())
        if span is None:
            continue
        if not (_LABELLED.match(match[0]) or _SAW.search(text[span.end :])):
            continue
        name = clean_name(span.name)
        if all(w.name != name for w in witnesses):
            witnesses.append(Person(name=name))
    return witnesses

"""Injuries the complaint reports, as the clauses that describe them."""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.document import Complaint

_INJURY = re.compile(
    r"\b(?:injur\w*|fracture\w*|bleed\w*|stitch\w*|wound\w*|swelling|bruise\w*|hurt|"
    r"cut\s+on|lip\s+is\s+cut|chot|ghayal|khoon)\b|चोट|घायल|खून|फ्रैक्चर|सिर\s+फट|"
    r"टांके|सूजन",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"[;]|,\s+(?=(?:and|but|then|aur|और|तथा)\b)|\s+but\s+")


def extract_injuries(doc: Complaint) -> list[str]:
    """Each clause of the body that mentions an injury, trimmed, in reading order."""
    found: list[str] = []
    for _, sentence in doc.body_sentences():
        for clause in _CLAUSE_SPLIT.split(sentence.text):
            clause = clause.strip(" ,.।\n")
            if _INJURY.search(clause) and clause not in found:
                found.append(clause)
    return found

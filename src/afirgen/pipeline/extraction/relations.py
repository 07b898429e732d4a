"""Each accused's relation to the victim, as the draft records it.

Relations ("husband", "mother-in-law", "employer", "neighbour") are recorded on the
accused because sections depend on them (cruelty by a husband or his relatives,
theft by a servant or clerk).
"""

from __future__ import annotations

import re

# Relation words and the English name the draft records for them.
_RELATIONS: list[tuple[str, str]] = [
    ("husband", r"\bhusband\b|\bpati\b|पति"),
    ("mother-in-law", r"mother-in-law|\bsaa?s\b|सास"),
    ("father-in-law", r"father-in-law|\bsasur\b|ससुर"),
    ("brother-in-law", r"brother-in-law|\bdevar\b|\bjeth\b|देवर|जेठ"),
    ("sister-in-law", r"sister-in-law|\bnanad\b|ननद"),
    ("neighbour", r"neighbou?r|padosi|पड़ोसी"),
    ("landlord", r"landlord|landlady|makaan\s+malik|मकान\s+मालिक"),
    ("tenant", r"\btenant|kirayedar|किरायेदार"),
    ("employer", r"\bemployer|\bboss\b|\bseth\b|सेठ|\bmalik\b|मालिक"),
    ("employee", r"\bemployee|\bservant|\bmaid\b|\bnaukar|नौकर|caretaker|watchman|driver|ड्राइवर"),
    ("colleague", r"colleague"),
]  # fmt: skip
_COMPILED_RELATIONS = [(name, re.compile(p, re.IGNORECASE)) for name, p in _RELATIONS]


def relation_in(words: str) -> str | None:
    """The relation a role phrase names: "my neighbour" -> "neighbour", "सास" -> "mother-in-law"."""
    for name, pattern in _COMPILED_RELATIONS:
        if pattern.search(words):
            return name
    return None

"""Phrase books of the fact extractors: everyday words per reading, as data.

Each ``<book>.json`` beside this module maps a list name to ``{"note": what the
words mean to the reader, "words": [...]}`` in English, Hinglish and Devanagari.
Entries are general words that occur in many complaints; a list never holds a
phrase that exists for one complaint.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

__all__ = ["phrase_list", "phrase_pattern", "stem_pattern"]

_FOLDER = Path(__file__).parent


@cache
def _book(name: str) -> dict[str, object]:
    data = json.loads((_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"phrase book {name} is not an object")
    return data


def phrase_list(book: str, name: str) -> frozenset[str]:
    """The words of list ``name`` in phrase book ``book`` (a missing list is an error)."""
    entry = _book(book)[name]
    if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
        raise ValueError(f"phrase list {book}.{name} has no words")
    return frozenset(str(word) for word in entry["words"])


_EDGE = r"[\w\u0900-\u097f]"


def phrase_pattern(book: str, name: str) -> str:
    """A regex alternation of the list's words as whole words (Devanagari marks included)."""
    words = sorted(phrase_list(book, name), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return rf"(?<!{_EDGE})(?:{body})(?!{_EDGE})"


def stem_pattern(book: str, name: str) -> str:
    """A regex alternation of words that begin with one of the list's stems ("maar" -> "maara")."""
    stems = sorted(phrase_list(book, name), key=len, reverse=True)
    body = "|".join(map(re.escape, stems))
    return rf"(?<!{_EDGE})(?:{body}){_EDGE}*"

"""Phrase books: everyday words per reading, kept as data beside the code that reads them.

A book is ``<name>.json`` in a folder: ``{"about": ..., "<list>": {"note": what the words
mean to the reader, "words": [...]}}``, in English, Hinglish and Devanagari. Entries are
general words that occur in many complaints; a list never holds a phrase that exists for
one complaint. The fact pipeline and the legal domain each keep their own books.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

__all__ = ["book_words", "endings_regex", "stems_regex", "words_regex"]

# A word edge that also knows Devanagari vowel signs, which are not ``\w``; the danda and
# double danda (U+0964-0965) end a sentence, as a full stop does, and are no part of a word.
_EDGE = r"[\w\u0900-\u0963\u0966-\u097f]"


@cache
def _book(folder: Path, name: str) -> dict[str, object]:
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"phrase book {name} is not an object")
    return data


def book_words(folder: Path, book: str, name: str) -> frozenset[str]:
    """The words of list ``name`` in ``folder/book.json`` (a missing list is an error)."""
    entry = _book(folder, book)[name]
    if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
        raise ValueError(f"phrase list {book}.{name} has no words")
    return frozenset(str(word) for word in entry["words"])


def words_regex(words: frozenset[str]) -> str:
    """An alternation of ``words`` as whole words (spaces match any run of spaces)."""
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return rf"(?<!{_EDGE})(?:{body})(?!{_EDGE})"


def stems_regex(stems: frozenset[str]) -> str:
    """An alternation of words that begin with one of ``stems`` ("maar" -> "maara")."""
    body = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return rf"(?<!{_EDGE})(?:{body}){_EDGE}*"


def endings_regex(endings: frozenset[str]) -> str:
    """A word that ends in one of ``endings`` ("karunga", "लूँगा" for "unga", "ूँगा")."""
    body = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    return rf"{_EDGE}*(?:{body})(?!{_EDGE})"

"""Phrase books of the legal reading: everyday words per statutory ingredient, as data.

Each ``<ingredient>.json`` beside this module maps a list name to ``{"note": what the
words mean for the ingredient, "words": [...]}`` (see :mod:`afirgen.text.phrasebook`).
``wordings.json`` is the one book of whole wordings: per fact, regular expressions in
Latin script (English, Hinglish) and in Devanagari, read by :func:`fact_wordings`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from afirgen.text.phrasebook import book_words, endings_regex, stems_regex, words_regex

__all__ = ["fact_wordings", "ingredient_endings", "ingredient_stems", "ingredient_words"]

_FOLDER = Path(__file__).parent


def ingredient_words(book: str, name: str) -> str:
    """A regex alternation of the list's words as whole words."""
    return words_regex(book_words(_FOLDER, book, name))


def ingredient_stems(book: str, name: str) -> str:
    """A regex alternation of words beginning with one of the list's stems."""
    return stems_regex(book_words(_FOLDER, book, name))


def ingredient_endings(book: str, name: str) -> str:
    """A regex for a word ending in one of the list's endings."""
    return endings_regex(book_words(_FOLDER, book, name))


@cache
def fact_wordings() -> dict[str, tuple[list[str], list[str]]]:
    """Per fact value, its (Latin-script, Devanagari) wordings from ``wordings.json``."""
    book = json.loads((_FOLDER / "wordings.json").read_text(encoding="utf-8"))
    return {
        fact: (list(entry.get("en", [])), list(entry.get("hi", [])))
        for fact, entry in book.items()
        if fact != "about"
    }

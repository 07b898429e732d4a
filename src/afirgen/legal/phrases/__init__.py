"""Phrase books of the legal reading: everyday words per statutory ingredient, as data.

Each ``<ingredient>.json`` beside this module maps a list name to ``{"note": what the
words mean for the ingredient, "words": [...]}`` (see :mod:`afirgen.text.phrasebook`).
"""

from __future__ import annotations

from pathlib import Path

from afirgen.text.phrasebook import book_words, endings_regex, stems_regex, words_regex

__all__ = ["ingredient_endings", "ingredient_stems", "ingredient_words"]

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

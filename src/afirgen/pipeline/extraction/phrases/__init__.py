"""Phrase books of the fact extractors: everyday words per reading, as data.

Each ``<book>.json`` beside this module maps a list name to ``{"note": what the
words mean to the reader, "words": [...]}`` (see :mod:`afirgen.text.phrasebook`).
"""

from __future__ import annotations

from pathlib import Path

from afirgen.text.phrasebook import book_words, stems_regex, words_regex

__all__ = ["phrase_list", "phrase_pattern", "stem_pattern"]

_FOLDER = Path(__file__).parent


def phrase_list(book: str, name: str) -> frozenset[str]:
    """The words of list ``name`` in phrase book ``book``."""
    return book_words(_FOLDER, book, name)


def phrase_pattern(book: str, name: str) -> str:
    """A regex alternation of the list's words as whole words."""
    return words_regex(phrase_list(book, name))


def stem_pattern(book: str, name: str) -> str:
    """A regex alternation of words beginning with one of the list's stems."""
    return stems_regex(phrase_list(book, name))

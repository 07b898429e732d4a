"""Sentences of a complaint: newlines, dandas, ?/! and periods that end one.

A period after an abbreviation ("Rs. 500", "H.No. 4", "श्री.") or inside "6 p.m. on"
does not end a sentence. Shared by fact extraction and section identification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A period after one of these does not end a sentence ("Rs. 500", "H.No. 4").
_ABBREVIATIONS = frozenset(
    {"no", "nos", "rs", "mob", "ph", "smt", "shri", "sh", "mr", "mrs", "ms", "dr", "st", "rd"}
    | {"vill", "distt", "dist", "teh", "approx", "regn", "sr", "jr", "km", "late", "sri", "pvt"}
    | {"स्व", "श्री", "मो", "नं", "डॉ", "कु"}
)
_SUBJECT = re.compile(r"^\s*(?:subject|sub|विषय)\s*[:.-]", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_subject: bool = False


def split_sentences(text: str) -> list[Sentence]:
    """Split on newlines, dandas, ?/! and periods that do not close an abbreviation."""
    sentences: list[Sentence] = []
    start = 0
    for pos, char in enumerate(text):
        if _ends_sentence(text, pos, char):
            _append_sentence(sentences, text, start, pos + 1)
            start = pos + 1
    _append_sentence(sentences, text, start, len(text))
    return sentences


def sentence_end(text: str, pos: int) -> int:
    """Index just past the end of the sentence running at ``pos`` (its closing mark excluded)."""
    for index in range(pos, len(text)):
        if _ends_sentence(text, index, text[index]):
            return index
    return len(text)


def sentence_start(text: str, pos: int) -> int:
    """Index where the sentence holding ``pos`` begins."""
    for index in range(pos - 1, -1, -1):
        if _ends_sentence(text, index, text[index]):
            return index + 1
    return 0


def _ends_sentence(text: str, pos: int, char: str) -> bool:
    if char in "\n।?!":
        return True
    if char != "." or (pos + 1 < len(text) and not text[pos + 1].isspace()):
        return False
    word = re.split(r"[\s.(]", text[max(0, pos - 12) : pos])[-1]
    letters = "".join(c for c in word if c.isalpha() or "\u0900" <= c <= "\u097f")
    if not letters:
        return True
    if letters.casefold() in ("am", "pm"):  # "at 6 pm. When I returned" ends; "6 p.m. on" not
        following = text[pos + 1 :].lstrip()
        return bool(following) and (following[0].isupper() or "\u0900" <= following[0] <= "\u097f")
    if letters.casefold() in _ABBREVIATIONS or len(letters) == 1:
        return False
    # "No.", "Sh.", "मो." are abbreviations; "me." and "it." end a sentence.
    short_title = len(letters) == 2 and (letters[0].isupper() or "\u0900" <= letters[0] <= "\u097f")
    return not short_title


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if not chunk.strip():
        return
    sentences.append(Sentence(start, end, chunk, is_subject=bool(_SUBJECT.match(chunk))))

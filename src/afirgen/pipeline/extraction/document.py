"""The complaint text prepared once for every extractor.

Extractors search ``folded`` (Devanagari digits turned into ASCII digits, same
length as the original) and slice values out of ``text``, so offsets agree and
Devanagari words reach the draft exactly as the complainant wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from afirgen.pipeline.extraction.numerals import fold_digits

# A period after one of these does not end a sentence ("Rs. 500", "H.No. 4").
_ABBREVIATIONS = frozenset(
    {"no", "nos", "rs", "mob", "ph", "smt", "shri", "sh", "mr", "mrs", "ms", "dr", "st", "rd"}
    | {"vill", "distt", "dist", "teh", "approx", "regn", "sr", "jr", "km", "late", "sri"}
    | {"स्व", "श्री", "मो", "नं", "डॉ", "कु"}
)
_SALUTATION = re.compile(
    r"(?:\b(?:respected\s+)?(?:sir|madam|sir/madam)|महोदय|महोदया)\s*[,:]", re.IGNORECASE
)
_SUBJECT = re.compile(r"^\s*(?:subject|sub|विषय)\s*[:.-]", re.IGNORECASE)
_HEADER_WINDOW = 400  # a salutation further in than this is part of the body


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_subject: bool = False


@dataclass
class Complaint:
    """Original text, its digit-folded twin, where the body starts, and its sentences."""

    text: str
    folded: str
    body_start: int
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (the last one if past the end)."""
        for index, sentence in enumerate(self.sentences):
            if pos < sentence.end:
                return index
        return len(self.sentences) - 1

    def body_sentences(self) -> list[tuple[int, Sentence]]:
        """Sentences of the body, subject lines left out, with their indexes."""
        return [
            (index, s)
            for index, s in enumerate(self.sentences)
            if s.end > self.body_start and not s.is_subject
        ]


def prepare(text: str) -> Complaint:
    """Fold digits, find the body start and split sentences."""
    folded = fold_digits(text)
    complaint = Complaint(text=text, folded=folded, body_start=_find_body_start(text))
    complaint.sentences = split_sentences(text)
    return complaint


def _find_body_start(text: str) -> int:
    """End of the last salutation ("Sir,", "महोदय,") near the top, else 0."""
    start = 0
    for match in _SALUTATION.finditer(text[:_HEADER_WINDOW]):
        start = match.end()
    return start


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

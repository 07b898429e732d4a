"""The complaint text prepared once for every extractor.

Extractors search ``folded`` (Devanagari digits turned into ASCII digits, same
length as the original) and slice values out of ``text``, so offsets agree and
Devanagari words reach the draft exactly as the complainant wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from afirgen.text.numbers import fold_digits
from afirgen.text.sentences import Sentence, split_sentences

_SALUTATION = re.compile(
    r"(?:\b(?:respected\s+)?(?:sir|madam|sir/madam)|महोदय|महोदया)\s*[,:]", re.IGNORECASE
)
_HEADER_WINDOW = 400  # a salutation further in than this is part of the body


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

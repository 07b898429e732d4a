"""Words the officer should check before approving a transcript.

Marked: words the recogniser itself doubted (confidence below a threshold), every
number and date, because a misread digit changes a fact of the case (a measured
OCR case read 12 as 22) while looking perfectly plausible, and every stretch of a
recording that was heard as speech but not recognised (``unrecognised``).
"""

from __future__ import annotations

import re
from typing import Any

from afirgen.media.results import Recognition, Segment, Word, layout

DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
DIGIT = re.compile(r"\d")  # \d covers Devanagari digits too


def mark_uncertain(recognition: Recognition, min_confidence: float) -> list[dict[str, Any]]:
    """One entry per word to check: text, character offset in the text, and why."""
    marks: list[dict[str, Any]] = []
    _, starts = layout(recognition.kind, recognition.segments)
    for segment, offset in starts:
        if segment.unrecognised:
            marks.append(_mark(segment.text.strip(), offset, segment, None, ["unrecognised"]))
        elif segment.words:
            marks += _word_marks(segment, offset, min_confidence)
        elif segment.confidence < min_confidence:
            marks.append(_mark(segment.text.strip(), offset, segment, None, ["low_confidence"]))
    return marks


def reasons_for(word: Word, min_confidence: float) -> list[str]:
    text = word.text.strip()
    reasons = []
    if DATE.search(text):
        reasons.append("date")
    elif DIGIT.search(text):
        reasons.append("number")
    if word.confidence < min_confidence:
        reasons.append("low_confidence")
    return reasons


def _word_marks(segment: Segment, offset: int, min_confidence: float) -> list[dict[str, Any]]:
    marks = []
    position = offset
    for word in segment.words:
        text = word.text.strip()
        if not text:
            continue
        reasons = reasons_for(word, min_confidence)
        if reasons:
            marks.append(_mark(text, position, segment, word, reasons))
        position += len(text) + 1
    return marks


def _mark(
    text: str, offset: int, segment: Segment, word: Word | None, reasons: list[str]
) -> dict[str, Any]:
    where = word or segment
    mark: dict[str, Any] = {
        "text": text,
        "offset": offset,
        "length": len(text),
        "reasons": reasons,
        "confidence": round(where.confidence, 3),
    }
    if where.start is not None:
        mark |= {"start": where.start, "end": where.end}
    if segment.page is not None:
        mark |= {"page": segment.page, "line": segment.line}
    return mark

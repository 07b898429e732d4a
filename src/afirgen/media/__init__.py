"""Complaints that arrive as recordings or as images of letters: format detection,
decoding, page preparation, recognition results and what the officer must check."""

from afirgen.media.formats import SUPPORTED, MediaFormat, MediaKind, describe_unknown, detect_format
from afirgen.media.results import Recognition, Segment, Word, layout
from afirgen.media.review import mark_uncertain

__all__ = [
    "SUPPORTED",
    "MediaFormat",
    "MediaKind",
    "Recognition",
    "Segment",
    "Word",
    "describe_unknown",
    "detect_format",
    "layout",
    "mark_uncertain",
]

"""What a recogniser hands back: words with confidence and where they were.

The same shape for speech (times in seconds) and for text in images (page and
line numbers, boxes), so review marking and storage treat both alike. The text
is always laid out from the words by :func:`layout`, so character offsets of
uncertain words can be computed again from the segments alone.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from afirgen.media.formats import MediaKind

BBox = tuple[int, int, int, int]  # left, top, right, bottom in page pixels


class Word(BaseModel):
    text: str
    confidence: float = Field(ge=0, le=1)
    start: float | None = None  # seconds into the recording
    end: float | None = None
    bbox: BBox | None = None


class Segment(BaseModel):
    """A stretch of speech, or one line of text on a page."""

    text: str
    confidence: float = Field(ge=0, le=1)
    start: float | None = None
    end: float | None = None
    page: int | None = None  # 1-based
    line: int | None = None  # 1-based within the page
    bbox: BBox | None = None
    words: list[Word] = Field(default_factory=list)
    # speech the recogniser heard but could not turn into words: the text is a marker
    # with the times, and the officer is asked to listen to that stretch
    unrecognised: bool = False


class Recognition(BaseModel):
    kind: MediaKind
    text: str
    language: str | None = None
    engine: str
    segments: list[Segment] = Field(default_factory=list)
    duration_s: float | None = None  # recordings
    pages: int | None = None  # images and PDFs
    seconds: float = 0.0  # time the recogniser took

    @classmethod
    def build(cls, kind: MediaKind, segments: list[Segment], **fields: object) -> Recognition:
        text, _ = layout(kind, segments)
        return cls.model_validate({"kind": kind, "text": text, "segments": segments, **fields})


def segment_text(segment: Segment) -> str:
    if segment.words:
        return " ".join(w.text.strip() for w in segment.words if w.text.strip())
    return segment.text.strip()


def layout(kind: MediaKind, segments: list[Segment]) -> tuple[str, list[tuple[Segment, int]]]:
    """The text of ``segments`` and the character offset where each segment starts.

    Speech segments are joined by spaces; lines of text by newlines, pages by a
    blank line.
    """
    parts: list[str] = []
    starts: list[tuple[Segment, int]] = []
    length, previous_page = 0, None
    for segment in segments:
        text = segment_text(segment)
        if not text:
            continue
        if parts:
            separator = " " if kind == "audio" else "\n"
            if kind == "image" and segment.page != previous_page:
                separator = "\n\n"
            parts.append(separator)
            length += len(separator)
        starts.append((segment, length))
        parts.append(text)
        length += len(text)
        previous_page = segment.page
    return "".join(parts), starts

"""Text recognition in-process: Tesseract 5 through tesserocr.

Language data comes from Debian's ``tesseract-ocr-eng`` and ``tesseract-ocr-hin``
packages (plus ``osd`` for orientation and script detection). With languages
``auto`` each page's script is detected first: Devanagari pages are read with
``eng+hin`` (which, measured, reads digits inside Hindi text better than ``hin``
alone), Latin pages with ``eng``.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import structlog
from PIL import Image

from afirgen.errors import RecognitionUnavailable
from afirgen.media.pages import prepare_page
from afirgen.media.results import Recognition, Segment, Word

log = structlog.get_logger(__name__)

TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
DEBIAN_PACKAGES = {
    "eng": "tesseract-ocr-eng",
    "hin": "tesseract-ocr-hin",
    "osd": "tesseract-ocr-osd",
}
SCRIPT_LANGUAGES = {"Devanagari": "eng+hin", "Latin": "eng"}
ISO_639_1 = {"eng": "en", "hin": "hi"}
MIN_ORIENTATION_CONFIDENCE = 0.5  # a proposal only: a turned page is read both ways
MIN_SCRIPT_CONFIDENCE = 1.0
POOR_PAGE_CONFIDENCE = 0.45  # below this mean word confidence, try the other ways up


def find_tessdata(configured: Path | None) -> Path:
    """The folder with ``*.traineddata``: the setting, TESSDATA_PREFIX, then Debian's."""
    candidates = [str(configured)] if configured else []
    candidates += [os.environ["TESSDATA_PREFIX"]] if os.environ.get("TESSDATA_PREFIX") else []
    for candidate in [*candidates, *TESSDATA_CANDIDATES]:
        if Path(candidate, "eng.traineddata").exists():
            return Path(candidate)
    raise RecognitionUnavailable(
        "Tesseract language data not found: install the Debian packages "
        "tesseract-ocr-eng and tesseract-ocr-hin (apt-get install tesseract-ocr-eng "
        "tesseract-ocr-hin) or set AFIRGEN_TESSDATA_DIR"
    )


class TesseractEngine:
    """A pool of Tesseract instances per language, one per page being read at once."""

    def __init__(self, tessdata: Path, *, languages: str) -> None:
        import tesserocr

        self._tesserocr = tesserocr
        self.tessdata = tessdata
        self.languages = languages
        self._pools: dict[str, queue.LifoQueue[Any]] = {}
        self._guard = threading.Lock()
        self.name = f"tesseract:{tesserocr.tesseract_version().split()[1]}"
        self._check_languages()

    def recognize(self, pages: list[Image.Image], languages: str | None = None) -> Recognition:
        """Greyscale pages (``load_pages``) -> prepared, oriented, read; lines with
        per-word confidence."""
        started = time.perf_counter()
        segments: list[Segment] = []
        used: list[str] = []
        for number, page in enumerate(pages, start=1):
            lines, lang = self._read_page(page, languages or self.languages, number)
            used.append(lang)
            segments += lines
        return Recognition.build(
            "image",
            segments,
            language=_iso(used),
            engine=self.name,
            pages=len(pages),
            seconds=round(time.perf_counter() - started, 3),
        )

    def _read_page(
        self, page: Image.Image, languages: str, number: int
    ) -> tuple[list[Segment], str]:
        """Read the page the way up that reads best.

        OSD proposes an orientation and a script, but on short or unusual text it
        guesses (a clean page in a handwriting font read as Arabic turned 270
        degrees), so a proposed turn is checked by reading both ways; a page
        that still reads badly is tried the other ways up too.
        """
        found = self._detect(page) or {}
        if languages == "auto":
            languages = _languages_for(found)
        turns = [0]
        if found.get("orient_deg") and found["orient_conf"] >= MIN_ORIENTATION_CONFIDENCE:
            turns.insert(0, int(found["orient_deg"]))
        best = max((self._read_turned(page, t, languages, number) for t in turns), key=_score)
        if _mean_confidence(best) < POOR_PAGE_CONFIDENCE:
            others = [t for t in (0, 90, 180, 270) if t not in turns]
            tried = (self._read_turned(page, t, languages, number) for t in others)
            best = max([best, *tried], key=_score)
        return best, languages

    def _read_turned(
        self, page: Image.Image, turn: int, languages: str, number: int
    ) -> list[Segment]:
        upright = page.rotate(turn, expand=True, fillcolor=255) if turn else page
        return self._read(prepare_page(upright), languages, number)

    def close(self) -> None:
        for pool in self._pools.values():
            while not pool.empty():
                pool.get_nowait().End()

    def _check_languages(self) -> None:
        _, available = self._tesserocr.get_languages(str(self.tessdata) + os.sep)
        wanted = (
            {"eng", "hin", "osd"} if self.languages == "auto" else set(self.languages.split("+"))
        )
        missing = sorted(wanted - set(available))
        if missing:
            packages = " ".join(DEBIAN_PACKAGES.get(m, f"tesseract-ocr-{m}") for m in missing)
            raise RecognitionUnavailable(
                f"Tesseract language data missing in {self.tessdata}: {', '.join(missing)} "
                f"(apt-get install {packages})"
            )

    def _detect(self, page: Image.Image) -> dict[str, Any] | None:
        small = page.copy()
        small.thumbnail((2000, 2000))
        with self._api("osd") as api:
            api.SetImage(small)
            try:
                found = api.DetectOrientationScript()
            except RuntimeError:  # too little text to tell
                return None
        return dict(found) if found else None

    def _read(self, page: Image.Image, languages: str, number: int) -> list[Segment]:
        with self._api(languages) as api:
            api.SetImage(page)
            api.Recognize()
            return list(self._lines(api, number))

    def _lines(self, api: Any, page_number: int) -> Iterator[Segment]:
        ril = self._tesserocr.RIL
        iterator = api.GetIterator()
        if iterator is None:
            return
        words: list[Word] = []
        line_box: tuple[int, int, int, int] | None = None
        line_no = 0
        for item in self._tesserocr.iterate_level(iterator, ril.WORD):
            if item.IsAtBeginningOf(ril.TEXTLINE) and words:
                line_no += 1
                yield _line(words, page_number, line_no, line_box)
                words = []
            if not words:
                line_box = item.BoundingBox(ril.TEXTLINE)
            text = _word_text(item, ril.WORD)
            if text:
                words.append(_word(text, item.Confidence(ril.WORD), item.BoundingBox(ril.WORD)))
        if words:
            yield _line(words, page_number, line_no + 1, line_box)

    @contextmanager
    def _api(self, languages: str) -> Iterator[Any]:
        pool = self._pool(languages)
        try:
            api = pool.get_nowait()
        except queue.Empty:
            api = self._new_api(languages)
        try:
            yield api
        finally:
            api.Clear()
            pool.put(api)

    def _pool(self, languages: str) -> queue.LifoQueue[Any]:
        with self._guard:
            return self._pools.setdefault(languages, queue.LifoQueue())

    def _new_api(self, languages: str) -> Any:
        tesserocr = self._tesserocr
        osd = languages == "osd"  # orientation detection needs the legacy engine
        started = time.perf_counter()
        api = tesserocr.PyTessBaseAPI(
            path=str(self.tessdata) + os.sep,
            lang=languages,
            psm=tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.AUTO,
            oem=tesserocr.OEM.DEFAULT if osd else tesserocr.OEM.LSTM_ONLY,
        )
        log.info("ocr.loaded", languages=languages, seconds=round(time.perf_counter() - started, 2))
        return api


def _word_text(item: Any, level: Any) -> str:
    try:
        return str(item.GetUTF8Text(level) or "").strip()
    except RuntimeError:  # tesserocr raises for an empty word box
        return ""


def _word(text: str, confidence: float, box: Any) -> Word:
    return Word(
        text=text.strip(),
        confidence=round(min(100.0, max(0.0, confidence)) / 100, 4),
        bbox=tuple(box) if box else None,
    )


def _line(
    words: list[Word], page: int, line: int, box: tuple[int, int, int, int] | None
) -> Segment:
    confidence = sum(w.confidence for w in words) / len(words)
    text = " ".join(w.text for w in words)
    return Segment(
        text=text, confidence=round(confidence, 4), page=page, line=line, bbox=box, words=words
    )


def _languages_for(found: dict[str, Any]) -> str:
    if found.get("script_conf", 0.0) < MIN_SCRIPT_CONFIDENCE:
        return "eng+hin"
    return SCRIPT_LANGUAGES.get(found.get("script_name", ""), "eng+hin")


def _score(lines: list[Segment]) -> float:
    """Characters read with confidence: a page read the wrong way up scores low."""
    return sum(len(w.text) * w.confidence for s in lines for w in s.words if w.confidence >= 0.6)


def _mean_confidence(lines: list[Segment]) -> float:
    words = [w for s in lines for w in s.words]
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _iso(used: list[str]) -> str | None:
    codes = {ISO_639_1.get(code, code) for lang in used for code in lang.split("+")}
    if not codes:
        return None
    return "hi" if "hi" in codes else sorted(codes)[0]

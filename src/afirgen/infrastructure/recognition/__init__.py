"""Speech and text recognition behind one interface (:class:`Recognizer`):
in-process models, or ``afirgen model-server`` over HTTP."""

from __future__ import annotations

from afirgen.config import Settings
from afirgen.infrastructure.recognition.base import Recognizer


def create_recognizer(settings: Settings) -> Recognizer:
    """Remote when ``AFIRGEN_ASR_OCR_URL`` (or the model server URL) is set, else embedded."""
    from afirgen.infrastructure.recognition.embedded import EmbeddedRecognizer

    if not settings.asr_ocr_url:
        return EmbeddedRecognizer(settings)
    from afirgen.infrastructure.recognition.remote import RemoteRecognizer

    remote = RemoteRecognizer(settings)
    if not settings.recognition_fallback:
        return remote
    from afirgen.infrastructure.recognition.fallback import FallbackRecognizer

    return FallbackRecognizer(remote, EmbeddedRecognizer(settings))


__all__ = ["Recognizer", "create_recognizer"]

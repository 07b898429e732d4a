"""Text recognition of one document in a child process with a memory and time limit.

A hostile image can still cost more than it should (Tesseract on a huge page,
a decoder bug). Reading it in a child process bounded by ``RLIMIT_AS`` and a
deadline means such an upload fails its own session with a clear error, while
the API process keeps its memory and its event loop.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from afirgen.errors import AppError, CorruptMedia, MediaTooLarge, RecognitionUnavailable
from afirgen.infrastructure.child_processes import end_with_parent
from afirgen.media.formats import SUPPORTED, MediaFormat
from afirgen.media.pages import load_pages
from afirgen.media.results import Recognition

ERRORS: dict[str, type[AppError]] = {
    cls.__name__: cls for cls in (CorruptMedia, MediaTooLarge, RecognitionUnavailable)
}


class RecognitionLimitExceeded(MediaTooLarge):
    code = "recognition_limit_exceeded"


def read_in_child(
    path: Path,
    fmt: MediaFormat,
    *,
    tessdata: Path,
    languages: str,
    max_pages: int,
    memory_mb: int,
    timeout_s: float,
) -> Recognition:
    """Load and read the pages in a fresh process; blocking (call it in a thread)."""
    context = multiprocessing.get_context("forkserver")
    receiver, sender = context.Pipe(duplex=False)
    job = (str(path), fmt.name, str(tessdata), languages, max_pages, memory_mb)
    child = context.Process(target=_child, args=(sender, job), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise RecognitionLimitExceeded(
                f"reading the document took longer than {timeout_s:g} s; it was stopped"
            )
        outcome, name, payload = receiver.recv()
    except EOFError as exc:  # the child died without a word: killed for its memory
        raise RecognitionLimitExceeded(
            f"reading the document needed more than {memory_mb} MB; it was stopped"
        ) from exc
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    return _result(outcome, name, payload, memory_mb)


def _result(outcome: str, name: str, payload: Any, memory_mb: int) -> Recognition:
    if outcome == "ok":
        return Recognition.model_validate(payload)
    if outcome == "memory":
        raise RecognitionLimitExceeded(
            f"reading the document needed more than {memory_mb} MB; it was stopped"
        )
    raise ERRORS.get(name, CorruptMedia)(str(payload))


def _child(sender: Connection, job: tuple[str, str, str, str, int, int]) -> None:
    end_with_parent()  # the parent keeps the deadline: once it is gone, nothing would
    path, fmt_name, tessdata, languages, max_pages, memory_mb = job
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        from afirgen.infrastructure.recognition.ocr import TesseractEngine

        fmt = next(f for f in SUPPORTED if f.name == fmt_name)
        pages = load_pages(Path(path), fmt, max_pages)
        engine = TesseractEngine(Path(tessdata), languages=languages)
        try:
            result = engine.recognize(pages)
        finally:
            engine.close()
        sender.send(("ok", "", result.model_dump(mode="json")))
    except MemoryError:
        sender.send(("memory", "", ""))
    except AppError as exc:
        sender.send(("error", type(exc).__name__, exc.message))
    except Exception as exc:  # reported to the parent, which fails this document only
        sender.send(("error", type(exc).__name__, f"the document could not be read: {exc}"))
    finally:
        sender.close()
        sys.stdin.close()  # multiprocessing's /dev/null, else a ResourceWarning at exit

"""Machine-readable command output: stdout carries the result and nothing else.

Commands that promise JSON on stdout (``generate --json``, ``cleanup``, the key of
``apikey create``) run their work inside :func:`result_stdout`. While it runs,
``sys.stdout`` and file descriptor 1 both point at stderr, so log lines, progress
and whatever C libraries print (Tesseract, CTranslate2, llama.cpp) land on stderr;
the result is then written through the stream it yields, to the real stdout.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from afirgen.config import Settings
from afirgen.infrastructure.logging import configure_logging


@contextmanager
def result_stdout(settings: Settings) -> Iterator[TextIO]:
    """Everything but the result goes to stderr until the block ends."""
    configure_logging(settings)  # structlog's unconfigured default prints to stdout
    result = sys.stdout
    sys.stdout.flush()
    saved_fd = os.dup(1) if _is_fd_1(result) else None
    if saved_fd is not None:
        os.dup2(2, 1)
        result = os.fdopen(os.dup(saved_fd), "w", encoding="utf-8")
    original, sys.stdout = sys.stdout, sys.stderr
    try:
        yield result
    finally:
        result.flush()
        sys.stdout = original
        if saved_fd is not None:
            result.close()
            os.dup2(saved_fd, 1)
            os.close(saved_fd)


def write_json(stream: TextIO, value: Any) -> None:
    """One JSON object on one line."""
    stream.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")


def _is_fd_1(stream: TextIO) -> bool:
    """Whether ``stream`` writes to the process's file descriptor 1 (not a test capture)."""
    try:
        return stream.fileno() == 1
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return False

"""structlog set-up: JSON in production, console in development, always on stderr
(stdout belongs to the output of commands such as ``afirgen generate --json``).

The correlation id is bound with ``structlog.contextvars`` by the middleware,
so every event logged while serving a request carries it.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO, cast

import structlog

from afirgen.config import Settings


def configure_logging(settings: Settings) -> None:
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if settings.json_logs
        else structlog.dev.ConsoleRenderer()
    )
    level = logging.getLevelNamesMapping().get(settings.log_level.upper(), logging.INFO)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _add_service(settings.service_name),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=cast(TextIO, _Stderr())),
        cache_logger_on_first_use=False,
    )


def _add_service(name: str) -> structlog.types.Processor:
    def processor(
        _logger: object, _method: str, event: structlog.types.EventDict
    ) -> structlog.types.EventDict:
        event.setdefault("service", name)
        return event

    return processor


class _Stderr:
    """Whatever ``sys.stderr`` is when a line is written, not when logging was set up
    (a stream swapped in since, by a test runner for one, may be closed by now)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()

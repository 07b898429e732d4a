"""What a task handler receives: the few services tasks use, as narrow protocols.

A handler sees these and nothing else (no settings, no dispatcher, no runner),
so a task cannot reach into the wiring; :class:`afirgen.tasks.wiring.Tasks`
provides them. A module adding tasks (``AFIRGEN_TASK_MODULES``) gets the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from afirgen.infrastructure.database import Database


class PdfMaker(Protocol):
    async def ensure_pdf(self, fir_number: str) -> Path: ...


class Notifier(Protocol):
    async def send_fir_copy(self, fir_number: str, message_id: str) -> dict[str, Any]: ...

    async def scan_overdue_reviews(self) -> dict[str, Any]: ...

    async def send_review_overdue(
        self, session_id: str, waiting_since: str, message_id: str
    ) -> dict[str, Any]: ...


class DashboardRefresher(Protocol):
    async def refresh(self, days: int) -> dict[str, Any]: ...


class Sweeper(Protocol):
    async def run(self) -> dict[str, Any]: ...


class TaskContext(Protocol):
    """Everything a handler may use."""

    @property
    def database(self) -> Database: ...

    @property
    def mail_from(self) -> str | None: ...

    @property
    def reports(self) -> PdfMaker: ...

    @property
    def notifications(self) -> Notifier: ...

    @property
    def stats(self) -> DashboardRefresher: ...

    @property
    def cleanup(self) -> Sweeper: ...

"""FIR PDFs and the FIR register.

Rules held here:
- only a finalized FIR gets a PDF, rendered from the record as signed
  (``signing.as_signed``: the values the signature covers, nothing else), so
  the PDF shows what was signed, corrections made before finalizing included;
- it is made once and kept under
  ``data_dir/reports/{CODE}/{signature[:16]}/{fir_number}.pdf``: a file made
  from any other state of the record is never served for this one;
- an officer gets the PDF and the register of the stations they can read
  (a supervisor's district), and each download is on the audit trail;
- the PDF is made by the ``reports.fir_pdf`` task, one task id per FIR: asked
  for again while it runs, the same task answers; asked for after its file
  went missing, the same task runs once more;
- asked for over HTTP, a PDF still being made is waited for a bounded time
  (``pdf_wait_s``) so that a plain download gets the PDF, not a task;
- a PDF whose task failed (its retries spent, or its worker lost too often)
  answers that failure (503 ``report_failed`` with ``Retry-After``) until
  ``pdf_retry_after_s`` after it, then is made once more: never "being made"
  for ever;
- a register covers at most ``MAX_REGISTER_DAYS`` days.
"""

from __future__ import annotations

import asyncio
import math
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_start
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.domain import FirStatus
from afirgen.domain.station_details import fir_as_given
from afirgen.errors import BadInput, FirNotFinalized, FirNotFound, ReportFailed
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.tables import AuditEvent, utcnow
from afirgen.reports import (
    MEDIA_TYPES,
    FontSet,
    RegisterFormat,
    RegisterPart,
    audit_csv,
    find_fonts,
    register_bytes,
    render_fir_pdf,
)
from afirgen.repositories import audit as audit_queries
from afirgen.repositories import reports as report_queries
from afirgen.repositories.firs import FirRepository, record_to_dict
from afirgen.repositories.tasks import TaskRepository
from afirgen.services.access import (
    Action,
    Actor,
    can,
    require,
    station_named,
    stations_in_scope,
)
from afirgen.services.audit_trail import AuditTrail, Target
from afirgen.services.signing import as_signed, signed_by
from afirgen.tasks.names import PDF_TASK
from afirgen.tasks.service import TaskService, task_key

log = structlog.get_logger(__name__)

MAX_REGISTER_DAYS = 366
REGISTER_AUDIT_LIMIT = 100_000


@dataclass(frozen=True)
class PdfReady:
    path: Path


@dataclass(frozen=True)
class PdfPending:
    task_id: str
    path: Path  # where the task writes it


@dataclass(frozen=True)
class RegisterFile:
    content: bytes
    media_type: str
    filename: str
    rows: int


def pdf_task_id(fir_number: str) -> str:
    return task_key(PDF_TASK, fir_number)


def write_pdf(record: dict[str, Any], fonts: FontSet, path: Path) -> int:
    """Render the FIR's PDF and put it at ``path`` at once (atomic replace); its size."""
    content = render_fir_pdf(record, fonts)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(content)


class ReportService:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        cache: Cache,
        tasks: TaskService,
        audit: AuditTrail,
        compute: ComputePool[Any],
    ) -> None:
        self.audit = audit
        self.compute = compute  # rendering is CPU-heavy: off the event loop
        self.database = database
        self.cache = cache
        self.tasks = tasks
        self.directory = settings.data_dir / "reports"
        self.wait_s = settings.pdf_wait_s
        self.retry_after = timedelta(seconds=settings.pdf_retry_after_s)
        self._font_dir = settings.report_font_dir
        self._fonts: FontSet | None = None

    def pdf_path(self, record: dict[str, Any]) -> Path:
        """Where the PDF of the record as signed is kept (``fir_ref`` is ``CODE/NUMBER``)."""
        code, number = str(record["fir_ref"]).split("/", 1)
        return self.directory / code / str(record["signature"])[:16] / f"{number}.pdf"

    def fonts(self) -> FontSet:
        """The report fonts, looked up once; raises ReportUnavailable when missing."""
        if self._fonts is None:
            self._fonts = find_fonts(self._font_dir)
        return self._fonts

    async def request_pdf(self, db: AsyncSession, fir_ref: str, station_id: int) -> str:
        """Ask for the FIR's PDF (after ``db`` commits); returns the task id."""
        return await self.tasks.enqueue(
            db,
            PDF_TASK,
            {"fir_number": fir_ref},
            task_id=pdf_task_id(fir_ref),
            rerun_finished=True,
            station_id=station_id,
        )

    async def pdf_or_task(
        self, db: AsyncSession, actor: Actor, fir_number: str, station: str | None = None
    ) -> PdfReady | PdfPending:
        """The finalized FIR's PDF when it exists, else the task making it."""
        require(actor, Action.READ)
        station_id, code = await station_named(db, actor, station)
        ref = f"{code}/{fir_number}"
        record = await self._finalized(db, ref)
        self.fonts()  # no font: 503 now rather than a task that cannot succeed
        target = Target("fir", ref, station_id, code)
        await self.audit.record(db, actor, "fir.pdf_downloaded", target)
        path = self.pdf_path(record)
        if path.is_file():
            return PdfReady(path)
        await self._refuse_recently_failed(db, ref)
        return PdfPending(await self.request_pdf(db, ref, station_id), path)

    async def _refuse_recently_failed(self, db: AsyncSession, fir_ref: str) -> None:
        task = await TaskRepository(db).get(pdf_task_id(fir_ref))
        if task is None or task.status != "failed" or task.completed_at is None:
            return
        again_at = task.completed_at + self.retry_after
        wait = (again_at - utcnow()).total_seconds()
        if wait > 0:
            raise ReportFailed(
                f"the PDF of {fir_ref} could not be made: {task.error}; "
                f"it is made again when asked for after {math.ceil(wait)} s",
                retry_after_s=math.ceil(wait),
                task_id=task.task_id,
            )

    async def pdf_or_task_waiting(
        self, actor: Actor, fir_number: str, station: str | None = None
    ) -> PdfReady | PdfPending:
        """``pdf_or_task`` in its own transaction, then up to ``wait_s`` for the file.

        The task is dispatched only once its transaction commits, so the wait
        comes after the commit, not inside the request's transaction.
        """
        async with self.database.transaction() as db:
            found = await self.pdf_or_task(db, actor, fir_number, station)
        deadline = time.monotonic() + self.wait_s
        while isinstance(found, PdfPending) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
            if found.path.is_file():
                return PdfReady(found.path)
        return found

    async def ensure_pdf(self, fir_number: str) -> Path:
        """Make the PDF of the record as signed unless it exists; safe to run twice
        (atomic replace)."""
        async with self.database.transaction(write=False) as db:
            record = await self._finalized(db, fir_number)
        path = self.pdf_path(record)
        if path.is_file():
            return path
        started = time.perf_counter()
        size = await self.compute.run(write_pdf, as_signed(record), self.fonts(), path)
        ms = round((time.perf_counter() - started) * 1000, 1)
        log.info("report.generated", fir_number=fir_number, bytes=size, ms=ms)
        return path

    async def register(
        self,
        db: AsyncSession,
        actor: Actor,
        first: date,
        last: date,
        fmt: RegisterFormat,
        station: str | None = None,
        part: RegisterPart = "firs",
    ) -> RegisterFile:
        """The FIR register for ``first``..``last`` (inclusive, UTC days) of the officer's
        stations (or the one named); in CSV, ``part="audit"`` is the period's audit trail,
        which the workbook holds as its second sheet."""
        ids = await stations_in_scope(db, actor, station)
        start, end = _period(first, last)
        days = f"{first.isoformat()}-{last.isoformat()}"
        if part == "audit":
            return await self._audit_file(db, actor, ids, (start, end), fmt, days)
        found = await report_queries.register_rows(db, ids, start, end)
        rows = [fir_as_given(r) | {"signed_by": signed_by(r)} for r in found]
        trail = await self._audit_rows(db, actor, ids, start, end)
        detail = f"{days} {len(rows)} rows"
        await self.audit.record(db, actor, "register.exported", detail=detail)
        content = await self.compute.run(register_bytes, rows, fmt, trail)
        log.info("report.register", first=str(first), last=str(last), rows=len(rows), format=fmt)
        filename = f"fir-register-{days}.{fmt}"
        return RegisterFile(content, MEDIA_TYPES[fmt], filename, len(rows))

    async def _audit_file(
        self,
        db: AsyncSession,
        actor: Actor,
        stations: list[int],
        period: tuple[datetime, datetime],
        fmt: RegisterFormat,
        days: str,
    ) -> RegisterFile:
        if fmt != "csv":
            raise BadInput("part=audit is a CSV file; the workbook's second sheet holds it")
        require(actor, Action.READ_AUDIT)
        trail = await self._audit_rows(db, actor, stations, *period) or []
        detail = f"{days} audit trail, {len(trail)} events"
        await self.audit.record(db, actor, "register.exported", detail=detail)
        content = await asyncio.to_thread(audit_csv, trail)
        filename = f"fir-register-{days}-audit.csv"
        return RegisterFile(content, MEDIA_TYPES["csv"], filename, len(trail))

    @staticmethod
    async def _audit_rows(
        db: AsyncSession, actor: Actor, stations: list[int], start: datetime, end: datetime
    ) -> list[dict[str, Any]] | None:
        """The period's audit events, for those who may read the audit trail."""
        if not can(actor, Action.READ_AUDIT):
            return None
        events = await audit_queries.in_period(db, stations, start, end, REGISTER_AUDIT_LIMIT)
        columns = sa.inspect(AuditEvent).columns
        return [{c.key: getattr(e, c.key) for c in columns} for e in events]

    async def _finalized(self, db: AsyncSession, fir_ref: str) -> dict[str, Any]:
        fir_number = fir_ref.rsplit("/", 1)[-1]
        record = await FirRepository(db, self.cache).get_record(fir_ref)
        if record is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        if record.status != FirStatus.FINALIZED:
            raise FirNotFinalized(
                f"{fir_number} is not finalized yet; its PDF is made once it is",
                fir_number=fir_number,
            )
        return record_to_dict(record)


def _period(first: date, last: date) -> tuple[datetime, datetime]:
    """``first``..``last`` (inclusive UTC days) as a half-open range of instants."""
    if last < first:
        raise BadInput("'to' is before 'from'")
    if (last - first).days >= MAX_REGISTER_DAYS:
        raise BadInput(f"a register covers at most {MAX_REGISTER_DAYS} days")
    start = datetime.combine(first, day_start(0), tzinfo=UTC)
    try:
        return start, start + timedelta(days=(last - first).days + 1)
    except OverflowError as exc:
        raise BadInput("the date range ends past the last representable day") from exc

"""Mail: the complainant's copy of the FIR, and notices of reviews left waiting.

Rules held here:
- the informant is entitled to a free copy of the FIR (section 173(2) BNSS):
  once finalized, it is mailed, with the PDF attached, to the complainant's
  email recorded in the FIR, once per FIR;
- no address recorded (or one that is not an address): no copy is sent and
  the task's result says why; an address is never guessed;
- a session waiting for the officer longer than ``review_overdue_minutes`` is
  notified to the station's email, once per waiting period.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.domain import SessionStatus, Step
from afirgen.errors import FirNotFound
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.mailer import Mailer
from afirgen.infrastructure.tables import FirRecord, SessionRecord, utcnow
from afirgen.repositories.firs import FirRepository
from afirgen.repositories.sessions import SessionRepository
from afirgen.repositories.stations import station_by_id
from afirgen.tasks.names import COPY_TASK, OVERDUE_TASK
from afirgen.tasks.reports import ReportService
from afirgen.tasks.service import TaskService, task_key

log = structlog.get_logger(__name__)

EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
NOT_CONFIGURED = "mail is not configured on this server (AFIRGEN_SMTP_HOST, AFIRGEN_MAIL_FROM)"


class NotificationService:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        cache: Cache,
        tasks: TaskService,
        reports: ReportService,
        mailer: Mailer | None,
    ) -> None:
        self.database = database
        self.cache = cache
        self.tasks = tasks
        self.reports = reports
        self.mailer = mailer
        self.station_email = settings.station_email
        self.overdue_after = timedelta(minutes=settings.review_overdue_minutes)
        self.session_ttl = timedelta(hours=settings.session_ttl_hours)

    async def request_fir_copy(
        self, db: AsyncSession, fir_number: str, station_id: int | None = None
    ) -> str:
        """Ask for the complainant's copy (after ``db`` commits), once per FIR."""
        params = {"fir_number": fir_number}
        return await self.tasks.enqueue(
            db, COPY_TASK, params, task_id=task_key(COPY_TASK, fir_number), station_id=station_id
        )

    async def send_fir_copy(self, fir_number: str, message_id: str) -> dict[str, Any]:
        async with self.database.transaction(write=False) as db:
            record = await FirRepository(db, self.cache).get_record(fir_number)
        if record is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        address = complainant_email(record.fields_json)
        if address is None:
            return _not_sent("no email address of the complainant is recorded in the FIR")
        if not EMAIL.match(address):
            return _not_sent(f"the recorded email address is not valid: {address!r}")
        if self.mailer is None:
            return _not_sent(NOT_CONFIGURED, to=address)
        pdf = await self.reports.ensure_pdf(fir_number)
        content = await asyncio.to_thread(pdf.read_bytes)
        message = fir_copy_message(
            record, self.mailer.sender, address, pdf.name, content, message_id
        )
        await self.mailer.send(message)
        log.info("mail.fir_copy_sent", fir_number=fir_number, domain=address.rsplit("@", 1)[1])
        return {"sent": True, "to": address, "attachment": pdf.name, "message_id": message_id}

    async def scan_overdue_reviews(self) -> dict[str, Any]:
        """Ask for one notice per session waiting too long (deduplicated by task id)."""
        now = utcnow()
        async with self.database.transaction() as db:
            waiting = await SessionRepository(db, self.cache).awaiting_since(
                now - self.overdue_after, now - self.session_ttl
            )
            for session in waiting:
                await self._request_notice(db, session)
        return {"overdue_sessions": len(waiting)}

    async def _request_notice(self, db: AsyncSession, session: SessionRecord) -> None:
        since = session.updated_at.isoformat()
        params = {"session_id": session.session_id, "waiting_since": since}
        key = task_key(OVERDUE_TASK, session.session_id, since)
        await self.tasks.enqueue(
            db, OVERDUE_TASK, params, task_id=key, station_id=session.station_id
        )

    async def send_review_overdue(
        self, session_id: str, waiting_since: str, message_id: str
    ) -> dict[str, Any]:
        async with self.database.transaction(write=False) as db:
            session = await SessionRepository(db, self.cache).get(session_id)
            station = await station_by_id(db, session.station_id) if session else None
        if session is None or session.status != SessionStatus.AWAITING_VALIDATION:
            return _not_sent("the session is no longer waiting for review")
        if session.updated_at.isoformat() != waiting_since:
            return _not_sent("the session was acted on after the notice was asked for")
        to = (station.email if station else None) or self.station_email
        if not to:
            return _not_sent("the station has no contact email (afirgen station add --email)")
        if self.mailer is None:
            return _not_sent(NOT_CONFIGURED, to=to)
        message = overdue_message(session, self.mailer.sender, to, message_id)
        await self.mailer.send(message)
        log.info("mail.review_overdue_sent", session_id=session_id)
        return {"sent": True, "to": to, "message_id": message_id}


def complainant_email(draft: dict[str, Any] | None) -> str | None:
    complainant = (draft or {}).get("complainant") or {}
    value = complainant.get("email")
    return value.strip() if isinstance(value, str) and value.strip() else None


def fir_copy_message(
    record: FirRecord, sender: str, to: str, pdf_name: str, pdf: bytes, msg_id: str
) -> EmailMessage:
    draft = record.fields_json or {}
    name = (draft.get("complainant") or {}).get("name")
    station = record.station or draft.get("police_station")
    where = f" at {station} police station" if station else ""
    registered = record.created_at.strftime("%d/%m/%Y")
    message = _message(sender, to, f"Your copy of FIR {record.fir_number}", msg_id)
    message.set_content(
        f"Dear {name or 'Sir/Madam'},\n\n"
        f"The First Information Report on your complaint was registered{where} "
        f"as {record.fir_number} on {registered}. Your copy is attached as a PDF, free "
        "of cost, as the law entitles the informant to (section 173(2) BNSS).\n\n"
        f"Sections of law: {record.acts_sections or 'none recorded'}\n\n"
        f"Please quote {record.fir_number} when you contact the police station.\n"
    )
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message


def overdue_message(session: SessionRecord, sender: str, to: str, msg_id: str) -> EmailMessage:
    data = session.data or {}
    step = Step(session.current_step).value.replace("_", " ")
    waited = utcnow() - session.updated_at
    minutes = int(waited.total_seconds() // 60)
    subject = f"Review waiting {minutes} min: complaint {session.session_id[:8]} ({step})"
    message = _message(sender, to, subject, msg_id)
    message.set_content(
        f"A complaint is waiting for an officer's review at the {step} step.\n\n"
        f"Session: {session.session_id}\n"
        f"Station: {data.get('station') or 'not recorded'}\n"
        f"Waiting since: {_local(session.updated_at)} ({minutes} minutes)\n"
        f"Status: /api/v1/session/{session.session_id}/status\n"
    )
    return message


def _message(sender: str, to: str, subject: str, msg_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = msg_id
    return message


def _local(at: datetime) -> str:
    return at.strftime("%d/%m/%Y %H:%M UTC")


def _not_sent(reason: str, **extra: Any) -> dict[str, Any]:
    log.info("mail.not_sent", reason=reason)
    return {"sent": False, "reason": reason, **extra}

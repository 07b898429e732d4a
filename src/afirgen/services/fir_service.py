"""FIR registration, numbering, corrections and finalization.

Rules held here:
- a number is assigned only when the officer approves the final review, as
  ``FIR-YYYY-NNNNNN`` (``NCR-...`` for a non-cognizable report), from a counter
  row incremented under its lock, so numbers are consecutive without gaps;
- the report type is decided here: a FIR when a cognizable offence is made
  out (section 173 BNSS), an NCR when only non-cognizable ones are (section 174);
  the draft's ``report_type`` and ``action_taken`` (IF-1 item 14) say so;
- a registered FIR is never deleted; while ``pending`` the officer may correct
  it, once ``finalized`` it is signed and immutable.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.domain import FirStatus, SessionData
from afirgen.errors import BadInput, FirLocked, FirNotFound
from afirgen.infrastructure import metrics
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.database import Database, after_commit
from afirgen.infrastructure.tables import FirRecord
from afirgen.pipeline.assemble import cite
from afirgen.repositories import counters
from afirgen.repositories.firs import FirRepository, record_to_dict

log = structlog.get_logger(__name__)

FinalizedHook = Callable[[str], Awaitable[None]]
# runs inside the finalizing transaction (e.g. to record follow-up tasks with it)
FinalizingHook = Callable[[AsyncSession, str], Awaitable[None]]
EDITABLE = frozenset({"fir_content", "summary", "place", "station", "district"})


def format_number(scope: str, year: int, sequence: int) -> str:
    return f"{scope}-{year}-{sequence:06d}"


def report_type(identification: dict[str, Any] | None) -> str:
    """FIR for a cognizable offence; NCR when only non-cognizable offences are made out."""
    ident = identification or {}
    if ident.get("sections") and ident.get("cognizable") is False:
        return "NCR"
    return "FIR"


def action_taken(identification: dict[str, Any] | None) -> str:
    """IF-1 item 14: how the information is registered."""
    cited = ", ".join(cite(s) for s in (identification or {}).get("sections", []))
    if not cited:
        return (
            "No offence is made out on the facts stated; the officer is to decide further action."
        )
    if report_type(identification) == "NCR":
        return (
            f"The information discloses only non-cognizable offence(s) under {cited}; it is "
            "entered in the non-cognizable register under section 174 BNSS and the informant "
            "is referred to the Magistrate."
        )
    return (
        f"As the information discloses cognizable offence(s) under {cited}, a case is "
        "registered under section 173 BNSS and investigation is taken up."
    )


def registration_terms(identification: dict[str, Any] | None) -> dict[str, str]:
    """What registration will record in the draft: its type and the action taken."""
    return {
        "report_type": report_type(identification),
        "action_taken": action_taken(identification),
    }


def history_entry(status: str, by: str, note: str | None = None) -> dict[str, Any]:
    return {"status": status, "by": by, "at": datetime.now(UTC).isoformat(), "note": note}


class FirService:
    def __init__(self, database: Database, cache: Cache, secret_key: str) -> None:
        self.database = database
        self.cache = cache
        self._secret = secret_key.encode()
        self.on_finalized: list[FinalizedHook] = []
        self.on_finalizing: list[FinalizingHook] = []

    async def register(self, db: AsyncSession, session_id: str, data: SessionData, by: str) -> str:
        """Number and store the draft of an approved session; returns the FIR number."""
        ident = data.identification or {}
        if not ident.get("sections"):
            raise BadInput(
                "no section of law is recorded: a matter with no offence gets no FIR; "
                "add sections at violations_review or close the session"
            )
        scope, year = report_type(ident), data.reported_at.year
        await counters.ensure_counter(db, self.database.engine, scope, year)
        sequence = await counters.next_value(db, scope, year)
        number = format_number(scope, year, sequence)
        data.fir_number = number
        await FirRepository(db, self.cache).add(self._record(session_id, data, number, by))
        after_commit(db, self._count_registration)
        log.info("fir.registered", fir_number=number, session_id=session_id, by=by)
        return number

    async def finalize(self, db: AsyncSession, fir_number: str, by: str) -> dict[str, Any]:
        """Sign and lock a pending FIR; returns it as read."""
        repo = FirRepository(db, self.cache)
        record = await self._editable(repo, fir_number)
        record.status = FirStatus.FINALIZED
        record.finalized_at = datetime.now(UTC)
        record.finalized_by = by
        record.signature = self.sign(record)
        record.status_history = _appended(record.status_history, history_entry("finalized", by))
        await db.flush()
        repo.invalidate_after_commit(fir_number)
        for hook in self.on_finalized:
            after_commit(db, lambda hook=hook: hook(fir_number))  # type: ignore[misc]
        for finalizing in self.on_finalizing:
            await finalizing(db, fir_number)
        log.info("fir.finalized", fir_number=fir_number, by=by)
        return record_to_dict(record)

    async def correct(
        self, db: AsyncSession, fir_number: str, changes: dict[str, Any], by: str
    ) -> dict[str, Any]:
        """Officer's corrections to a pending FIR; a finalized FIR answers 409."""
        if not changes:
            raise BadInput("nothing to change")
        unknown = set(changes) - EDITABLE
        if unknown:
            raise BadInput(f"these fields cannot be edited: {sorted(unknown)}")
        repo = FirRepository(db, self.cache)
        record = await self._editable(repo, fir_number)
        for name, value in changes.items():
            setattr(record, name, value)
        note = "corrected: " + ", ".join(sorted(changes))
        record.status_history = _appended(record.status_history, history_entry("pending", by, note))
        await db.flush()
        repo.invalidate_after_commit(fir_number)
        return record_to_dict(record)

    async def get(self, db: AsyncSession, fir_number: str) -> dict[str, Any]:
        found = await FirRepository(db, self.cache).get(fir_number)
        if found is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        return found

    async def list_page(
        self,
        db: AsyncSession,
        *,
        status: FirStatus | None,
        created_from: date | None,
        created_to: date | None,
        cursor: str | None,
        limit: int,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first, registered from ``created_from`` to ``created_to`` (UTC days,
        inclusive); a cursor that is not one this service gave answers 400."""
        try:
            return await FirRepository(db, self.cache).list_page(
                status=status,
                created_from=_day_start(created_from),
                created_to=_day_start(created_to + timedelta(days=1)) if created_to else None,
                cursor=cursor,
                limit=limit,
            )
        except ValueError as exc:
            raise BadInput(str(exc)) from exc

    async def search(self, db: AsyncSession, query: str, limit: int) -> list[dict[str, Any]]:
        if not re.search(r"\w", query):
            raise BadInput("the search needs at least one word")
        return await FirRepository(db, self.cache).search(query, limit)

    def sign(self, record: FirRecord) -> str:
        """HMAC over the content that the finalized FIR locks."""
        content = {
            "fir_number": record.fir_number,
            "complaint_text": record.complaint_text,
            "fir_content": record.fir_content,
            "fields": record.fields_json,
            "violations": record.violations_json,
            "finalized_at": record.finalized_at.isoformat() if record.finalized_at else None,
        }
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
        return hmac.new(self._secret, canonical.encode(), hashlib.sha256).hexdigest()

    async def _editable(self, repo: FirRepository, fir_number: str) -> FirRecord:
        record = await repo.get_record(fir_number, for_update=True)
        if record is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        if record.status == FirStatus.FINALIZED:
            raise FirLocked(f"{fir_number} is finalized and can no longer change")
        return record

    def _record(self, session_id: str, data: SessionData, number: str, by: str) -> FirRecord:
        draft = data.draft or {}
        fields = data.fields
        ident = data.identification or {}
        occurred = fields.occurrence if fields else None
        return FirRecord(
            fir_number=number,
            year=data.reported_at.year,
            sequence=int(number.rsplit("-", 1)[1]),
            session_id=session_id,
            user_id=by,
            station=data.station,
            district=data.district,
            status=FirStatus.PENDING,
            law=ident.get("law") or "BNS",
            acts_sections=", ".join(cite(s) for s in ident.get("sections", []))[:1000],
            complainant_name=fields.complainant.name if fields else None,
            place=(fields.place or "")[:500] or None if fields else None,
            occurred_from=_at(occurred.date_from, occurred.time_from) if occurred else None,
            occurred_to=_at(occurred.date_to, occurred.time_to) if occurred else None,
            complaint_text=data.source.text,
            summary=data.summary or "",
            fir_content=data.narrative or "",
            fields_json={**draft, "fir_number": number, **registration_terms(ident)},
            violations_json=ident,
            missing_fields={"fields": data.missing_fields},
            status_history={"entries": [history_entry("pending", by, "registered")]},
            degraded=data.degraded,
        )

    async def _count_registration(self) -> None:
        metrics.FIRS_REGISTERED.inc()


def _appended(history: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    return {"entries": [*history.get("entries", []), entry]}


def _day_start(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0, 0), tzinfo=UTC) if day else None


def _at(day: Any, at: Any) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, at or time(0, 0), tzinfo=UTC)

"""FIR registration, numbering, reads, corrections and finalization, per station.

Rules held here:
- a number is assigned only when the SHO approves the final review, as
  ``FIR-YYYY-NNNNNN`` (``NCR-...`` for a non-cognizable report) within the
  registering officer's police station, from a counter row per station and
  year incremented under its lock, so numbers are consecutive without gaps;
  ``CODE/FIR-YYYY-NNNNNN`` names the FIR across the deployment;
- the report type is decided here: a FIR when a cognizable offence is made
  out (section 173 BNSS), an NCR when only non-cognizable ones are (section 174);
  the draft's ``report_type`` and ``action_taken`` (IF-1 item 14) say so;
- a FIR is registered only with every IF-1 mandatory item of
  :data:`MANDATORY_ITEMS` filled and its station's name, district and state
  given (``domain.station_details``); the refusal names the empty ones and
  where each is given;
- the FIR's station and district come from the station record, never from
  the complaint or the request;
- an officer reads only their station's FIRs (a supervisor their district,
  naming the station with ``station``); any other answers 404; every read of
  one FIR is on the audit trail (buffered: see ``services.audit_trail``);
- a FIR is served from the cache as the API answers it, its signature checked
  once against the stored record when it is cached; a correction or
  finalization drops it before it commits and again once committed, and a read
  that raced it does not store what it read (``cache_guard``), so no read
  answers a version older than the last committed change, nor a check made on
  other data; a change whose copies cannot be dropped (Redis down) answers 503;
- a registered FIR is never deleted; while ``pending`` a duty officer or the
  SHO may correct the items of :data:`CORRECTABLE`; once the SHO finalizes it,
  it is signed (every field) and immutable, and the audit trail keeps it so
  even if its status is set back in the database; it is signed by the SHO as
  an officer signs, by the full name and rank of their officer record;
- every change of a FIR (a correction, the finalization) is made on the version
  the officer read: it is written with ``UPDATE ... WHERE version = :seen`` and
  moves the FIR to the next version, so of concurrent changes on one version
  (on any instance) one is applied and the others answer 412 with the version
  now; a correction that names no version answers 428;
- a corrected item is written to its column and to the draft alike, and the
  history keeps each correction: the items, their values before and after, the
  officer, the time and the version it made.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.domain import IST, FirStatus, SessionData
from afirgen.domain.station_details import how_to_give, missing_details
from afirgen.domain.versions import etag_of
from afirgen.errors import (
    BadInput,
    FirLocked,
    FirNotFound,
    IncompleteReport,
    PreconditionRequired,
    VersionMismatch,
)
from afirgen.infrastructure import metrics
from afirgen.infrastructure.cache import FIR_RECORD_TTL, Cache
from afirgen.infrastructure.database import Database, after_commit
from afirgen.infrastructure.tables import FirRecord, utcnow
from afirgen.pipeline.assemble import cite
from afirgen.repositories import audit as audit_repo
from afirgen.repositories import counters, stations
from afirgen.repositories.firs import FirRepository, fir_guard, fir_view_key, record_to_dict
from afirgen.services.access import (
    Action,
    Actor,
    require,
    station_named,
    stations_in_scope,
)
from afirgen.services.audit_trail import AuditTrail, Target
from afirgen.services.signing import SIGNATURE_FORMAT, FirSigner, Integrity, canonical
from afirgen.text_rules import NAME_CHARS, clean_text

log = structlog.get_logger(__name__)

FinalizedHook = Callable[[str], Awaitable[None]]
Render = Callable[[dict[str, Any]], str]  # a FIR with its integrity, as the API answers it
# runs inside the finalizing transaction (e.g. to record follow-up tasks with it)
FinalizingHook = Callable[[AsyncSession, FirRecord], Awaitable[None]]


@dataclass(frozen=True)
class RenderedFir:
    body: str
    version: int  # answered as the ETag


@dataclass(frozen=True)
class Correctable:
    """An item of a pending FIR an officer may correct, and where the record holds it."""

    column: str | None  # the record's own column, when it has one
    draft: tuple[str, ...]  # its place in the draft (``fields_json``), which the PDF prints


CORRECTABLE: dict[str, Correctable] = {
    "fir_content": Correctable("fir_content", ("fir_contents",)),  # IF-1 item 12
    "summary": Correctable("summary", ()),  # not part of form IF-1
    "place": Correctable("place", ("place", "address")),  # item 5(b)
    "distance_from_station": Correctable(None, ("place", "distance_from_station")),  # 5(a)
}


@dataclass(frozen=True)
class MandatoryItem:
    label: str  # as form IF-1 names it
    value: Callable[[SessionData], Any]
    given_at: str  # where the officer supplies it


MANDATORY_ITEMS: tuple[MandatoryItem, ...] = (
    MandatoryItem(
        "complainant's name",
        lambda d: d.fields and d.fields.complainant.name,
        "summary_review fields.complainant.name",
    ),
    MandatoryItem(
        "date of occurrence",
        lambda d: d.fields and d.fields.occurrence.date_from,
        "summary_review fields.occurrence.date_from",
    ),
    MandatoryItem(
        "place of occurrence", lambda d: d.fields and d.fields.place, "summary_review fields.place"
    ),
    MandatoryItem("FIR contents", lambda d: d.narrative, "narrative_review"),
)


def missing_items(data: SessionData) -> list[MandatoryItem]:
    """The IF-1 mandatory items ``data`` leaves empty."""
    return [item for item in MANDATORY_ITEMS if not _filled(item.value(data))]


def ensure_registrable(data: SessionData, actor: Actor) -> None:
    """A draft with sections and every IF-1 mandatory item, at a station whose record
    names it (else 422 naming what to give and where)."""
    if not (data.identification or {}).get("sections"):
        raise BadInput(
            "no section of law is recorded: a matter with no offence gets no FIR; "
            "add sections at violations_review or close the session"
        )
    missing = missing_items(data)
    station = missing_details(actor.station_name, actor.district, actor.state)
    named = [f"{m.label} (give it at {m.given_at})" for m in missing]
    if station:
        labels = ", ".join(d.label for d in station)
        named.append(f"{labels} (an admin gives them: {how_to_give(actor.station_code, station)})")
    if named:
        raise IncompleteReport(
            "form IF-1 cannot be registered without: " + "; ".join(named),
            missing=[m.label for m in missing] + [d.label for d in station],
        )


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def format_number(scope: str, year: int, sequence: int) -> str:
    return f"{scope}-{year}-{sequence:06d}"


def fir_ref(station_code: str, fir_number: str) -> str:
    return f"{station_code}/{fir_number}"


def view_key(station_code: str, fir_number: str) -> str:
    """The cache key of the FIR as the API answers it (``FirService.read``)."""
    return fir_view_key(fir_ref(station_code, fir_number))


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


def corrected_values(record: dict[str, Any], changes: dict[str, str]) -> dict[str, Any]:
    """The columns that ``changes`` set: each item in its column and in the draft alike,
    so the record never holds an old copy of a corrected value."""
    values: dict[str, Any] = {}
    draft = copy.deepcopy(record["fields_json"] or {})
    for name, value in changes.items():
        item = CORRECTABLE[name]
        if item.column:
            values[item.column] = value
        if item.draft:
            *parents, leaf = item.draft
            holder = draft
            for key in parents:
                if not isinstance(holder.get(key), dict):
                    holder[key] = {}
                holder = holder[key]
            holder[leaf] = value
    if draft != record["fields_json"]:
        values["fields_json"] = draft
    return values


def changed_items(record: dict[str, Any], changes: dict[str, str]) -> list[dict[str, Any]]:
    """For the history: each corrected item with its value before and after."""
    return [
        {"field": name, "before": _current(record, CORRECTABLE[name]), "after": value}
        for name, value in changes.items()
    ]


def _current(record: dict[str, Any], item: Correctable) -> Any:
    if item.column:
        return record[item.column]
    value: Any = record["fields_json"] or {}
    for key in item.draft:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def history_entry(status: str, by: str, note: str | None = None) -> dict[str, Any]:
    return {"status": status, "by": by, "at": datetime.now(UTC).isoformat(), "note": note}


class FirService:
    def __init__(
        self,
        database: Database,
        cache: Cache,
        signer: FirSigner,
        audit: AuditTrail,
        text_limit: int = 50_000,
    ) -> None:
        self.database = database
        self.text_limit = text_limit
        self.cache = cache
        self.signer = signer
        self.audit = audit
        self.on_finalized: list[FinalizedHook] = []
        self.on_finalizing: list[FinalizingHook] = []

    async def register(
        self, db: AsyncSession, session_id: str, data: SessionData, actor: Actor
    ) -> str:
        """Number and store the draft of an approved session in the SHO's station."""
        require(actor, Action.REGISTER)
        ensure_registrable(data, actor)
        ident = data.identification or {}
        kind, year = report_type(ident), data.reported_on.year
        scope = f"{actor.station_code}/{kind}"
        await counters.ensure_counter(db, self.database.engine, scope, year)
        number = format_number(kind, year, await counters.next_value(db, scope, year))
        data.fir_number = number
        record = self._record(session_id, data, number, actor)
        await FirRepository(db, self.cache).add(record)
        await self.audit.record(
            db,
            actor,
            "fir.registered",
            self._target(record),
            after=canonical(record_to_dict(record)),
        )
        after_commit(db, self._count_registration)
        log.info("fir.registered", fir=record.fir_ref, session_id=session_id, by=actor.username)
        return number

    async def get(
        self, db: AsyncSession, actor: Actor, fir_number: str, station: str | None = None
    ) -> dict[str, Any]:
        """One FIR of a station the officer can read, checked against its signature."""
        require(actor, Action.READ)
        ref = fir_ref((await station_named(db, actor, station))[1], fir_number)
        found = await FirRepository(db, self.cache).get(ref)
        if found is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        integrity = self.signer.check(found)
        target = self._target_of(found)
        await self.audit.record(db, actor, "fir.viewed", target, detail=integrity.value)
        return {**found, "integrity": integrity.value}

    async def read(
        self,
        actor: Actor,
        fir_number: str,
        render: Render,
        station: str | None = None,
        prefetched: Mapping[str, str | None] | None = None,
    ) -> RenderedFir:
        """One FIR of a station the officer can read, as ``render`` writes it: from the
        cache, else from the database with its signature checked; the read is audited.
        A cache hit on the officer's own station opens no database session at all.

        ``prefetched``: texts the cache held for this request, by cache key (read with
        its rate count); the FIR's ``view_key`` is read here unless it is among them."""
        require(actor, Action.READ)
        code = actor.station_code
        if station not in (None, code):  # only a supervisor may name another station
            async with self.database.transaction(write=False) as db:
                code = (await station_named(db, actor, station))[1]
        ref, key = fir_ref(code, fir_number), view_key(code, fir_number)
        if prefetched is not None and key in prefetched:
            view = prefetched[key]
        else:
            view = await self.cache.get_text(key)
        if view is None:
            view = await self._view(ref, fir_number, render)
        head, _, body = view.partition("\n")
        station_id, integrity, version = head.split(" ")
        target = Target("fir", ref, int(station_id), code)
        self.audit.note(actor, "fir.viewed", target, detail=integrity)
        return RenderedFir(body, int(version))

    async def _view(self, ref: str, fir_number: str, render: Render) -> str:
        """The FIR as the API answers it, with its signature checked, now cached: a line
        ``STATION_ID INTEGRITY VERSION``, then the body as the API sends it."""
        ticket = await self.cache.ticket(fir_guard(ref))
        async with self.database.transaction(write=False) as db:
            record = await FirRepository(db, self.cache).get_record(ref)
        if record is None:
            raise FirNotFound(f"no FIR numbered {fir_number}", fir_number=fir_number)
        found = record_to_dict(record)
        integrity = self.signer.check(found).value
        head = f"{record.station_id} {integrity} {record.version}"
        view = f"{head}\n{render({**found, 'integrity': integrity})}"
        await self.cache.set_text_if_unchanged(ticket, fir_view_key(ref), view, FIR_RECORD_TTL)
        return view

    async def verify(
        self, db: AsyncSession, actor: Actor, fir_number: str, station: str | None = None
    ) -> dict[str, Any]:
        """The FIR's signature against its stored content, and what the audit trail says."""
        return await self.verification(db, await self.get(db, actor, fir_number, station))

    async def verification(self, db: AsyncSession, found: dict[str, Any]) -> dict[str, Any]:
        """What the signature and the audit trail say of a FIR already read with ``get``
        (so a page that shows the FIR and its check audits one read, not two)."""
        finalized = await audit_repo.events_for(db, "fir", found["fir_ref"], "fir.finalized")
        problems = []
        if finalized and found["status"] != FirStatus.FINALIZED:
            problems.append("the audit trail shows it finalized, but it is no longer")
        if finalized > 1:
            problems.append(f"finalized {finalized} times on the audit trail")
        if found["integrity"] == Integrity.ALTERED:
            problems.append("its stored content no longer matches its signature")
        return {
            "fir_number": found["fir_number"],
            "fir_ref": found["fir_ref"],
            "integrity": found["integrity"],
            "signature_key_id": found.get("signature_key_id"),
            "finalized_events": finalized,
            "problems": problems,
            "valid": not problems and found["integrity"] == Integrity.VALID,
        }

    async def finalize(
        self, db: AsyncSession, actor: Actor, fir_number: str, seen: int | None = None
    ) -> dict[str, Any]:
        """Sign and lock a pending FIR of the SHO's station (at version ``seen`` when
        named); returns it as read."""
        require(actor, Action.FINALIZE)
        repo = FirRepository(db, self.cache)
        record = await self._editable(db, repo, fir_ref(actor.station_code, fir_number))
        if seen is not None:
            _expect_version(record, seen, "finalizing")
        entry = history_entry("finalized", actor.username)
        values: dict[str, Any] = {
            "status": FirStatus.FINALIZED,
            "finalized_at": utcnow().replace(microsecond=0),  # what every database stores
            "finalized_by": actor.username,
            **await _signing_officer(db, actor),
            "signature_format": SIGNATURE_FORMAT,
            "status_history": _appended(record.status_history, entry),
        }
        values["signature_key_id"], values["signature"] = self.signer.sign(
            record_to_dict(record) | values
        )
        await self._write(repo, record, values)
        for hook in self.on_finalized:
            after_commit(db, lambda hook=hook: hook(record.fir_ref))  # type: ignore[misc]
        for finalizing in self.on_finalizing:
            await finalizing(db, record)
        content = canonical(record_to_dict(record))
        await self.audit.record(db, actor, "fir.finalized", self._target(record), after=content)
        log.info("fir.finalized", fir=record.fir_ref, by=actor.username)
        return {**record_to_dict(record), "integrity": Integrity.VALID.value}

    async def correct(
        self,
        db: AsyncSession,
        actor: Actor,
        fir_number: str,
        changes: dict[str, Any],
        seen: int | None,
    ) -> dict[str, Any]:
        """Corrections to a pending FIR of the officer's station, made on version ``seen``:
        none named answers 428, an older one 412; a finalized FIR answers 409."""
        require(actor, Action.DRAFT)
        if not changes:
            raise BadInput("nothing to change")
        unknown = set(changes) - set(CORRECTABLE)
        if unknown:
            raise BadInput(f"these fields cannot be edited: {sorted(unknown)}")
        repo = FirRepository(db, self.cache)
        record = await self._editable(db, repo, fir_ref(actor.station_code, fir_number))
        _expect_version(record, seen, "a correction")
        before = record_to_dict(record)
        cleaned = {n: clean_text(v, n, self.text_limit) for n, v in sorted(changes.items())}
        cleaned = {n: v for n, v in cleaned.items() if v != _current(before, CORRECTABLE[n])}
        if not cleaned:  # the FIR already says this: no new version, nothing to record
            return before
        values = corrected_values(before, cleaned)
        entry = history_entry("pending", actor.username, "corrected: " + ", ".join(cleaned))
        entry |= {"version": record.version + 1, "changes": changed_items(before, cleaned)}
        values["status_history"] = _appended(record.status_history, entry)
        await self._write(repo, record, values)
        after = canonical(record_to_dict(record))
        await self.audit.record(
            db, actor, "fir.corrected", self._target(record), before=canonical(before), after=after
        )
        return record_to_dict(record)

    async def list_page(
        self,
        db: AsyncSession,
        actor: Actor,
        station: str | None,
        *,
        status: FirStatus | None,
        created_from: date | None,
        created_to: date | None,
        cursor: str | None,
        limit: int,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first, registered from ``created_from`` to ``created_to`` (UTC days,
        inclusive), of the officer's stations; a cursor this service did not give answers 422."""
        ids = await stations_in_scope(db, actor, station)
        try:
            return await FirRepository(db, self.cache).list_page(
                station_ids=ids,
                status=status,
                created_from=_day_start(created_from),
                created_to=_day_after(created_to),
                cursor=cursor,
                limit=limit,
            )
        except ValueError as exc:
            raise BadInput(str(exc)) from exc

    async def search(
        self, db: AsyncSession, actor: Actor, query: str, limit: int, station: str | None = None
    ) -> list[dict[str, Any]]:
        if not re.search(r"\w", query):
            raise BadInput("the search needs at least one word")
        ids = await stations_in_scope(db, actor, station)
        return await FirRepository(db, self.cache).search(query, ids, limit)

    async def integrity_problems(self, db: AsyncSession, station_id: int | None) -> list[str]:
        """Finalized FIRs whose stored content no longer matches their signature, and FIRs
        the audit trail shows finalized (once) that are no longer so."""
        problems: list[str] = []
        async for record in FirRepository(db, self.cache).signed_records(station_id):
            integrity = self.signer.check(record)
            if integrity != Integrity.VALID:
                problems.append(f"FIR {record['fir_ref']}: signature check says {integrity.value}")
        finalized = await audit_repo.finalized_objects(db)
        states = await FirRepository(db, self.cache).statuses(list(finalized), station_id)
        for ref, status in states.items():
            if status != FirStatus.FINALIZED:
                problems.append(f"FIR {ref}: finalized on the audit trail but now {status}")
            if finalized[ref] > 1:
                problems.append(f"FIR {ref}: finalized {finalized[ref]} times on the audit trail")
        return problems

    @staticmethod
    async def _write(repo: FirRepository, record: FirRecord, values: dict[str, Any]) -> None:
        """``values`` written as the next version of ``record`` (compare-and-set), else 412."""
        seen = record.version
        if not await repo.compare_and_set(record, seen, values):
            raise _mismatch(record, seen, await repo.current_version(record.id))

    async def _editable(self, db: AsyncSession, repo: FirRepository, ref: str) -> FirRecord:
        record = await repo.get_record(ref, for_update=True)
        if record is None:
            raise FirNotFound(f"no FIR numbered {ref.split('/')[-1]}", fir_number=ref)
        if record.status == FirStatus.FINALIZED:
            raise FirLocked(f"{record.fir_number} is finalized and can no longer change")
        if await audit_repo.events_for(db, "fir", ref, "fir.finalized"):
            raise FirLocked(
                f"{record.fir_number} was finalized (the audit trail records it) and its status "
                "has since been set back: it stays locked"
            )
        return record

    @staticmethod
    def _target(record: FirRecord) -> Target:
        code = record.fir_ref.split("/", 1)[0]
        return Target("fir", record.fir_ref, record.station_id, code)

    @staticmethod
    def _target_of(found: dict[str, Any]) -> Target:
        ref = str(found["fir_ref"])
        return Target("fir", ref, int(found["station_id"]), ref.split("/", 1)[0])

    def _record(self, session_id: str, data: SessionData, number: str, actor: Actor) -> FirRecord:
        draft = data.draft or {}
        fields = data.fields
        ident = data.identification or {}
        occurred = fields.occurrence if fields else None
        registered = {  # IF-1 item 1 as the registering station gives it
            "police_station": actor.station_name,
            "district": actor.district,
            "missing_fields": [f for f in data.missing_fields if f not in _STATION_ITEMS],
        }
        return FirRecord(
            fir_number=number,
            fir_ref=fir_ref(actor.station_code, number),
            station_id=actor.station_id,
            year=data.reported_on.year,
            sequence=int(number.rsplit("-", 1)[1]),
            session_id=session_id,
            user_id=actor.username,
            station=actor.station_name,
            district=actor.district,
            status=FirStatus.PENDING,
            law=ident.get("law") or "BNS",
            acts_sections=", ".join(cite(s) for s in ident.get("sections", []))[:1000],
            complainant_name=_column(fields.complainant.name) if fields else None,
            place=(fields.place or "")[:500] or None if fields else None,
            occurred_from=_at(occurred.date_from, occurred.time_from) if occurred else None,
            occurred_to=_at(occurred.date_to, occurred.time_to) if occurred else None,
            complaint_text=data.source.text,
            summary=data.summary or "",
            fir_content=data.narrative or "",
            fields_json={**draft, **registered, "fir_number": number} | registration_terms(ident),
            violations_json=ident,
            missing_fields={"fields": registered["missing_fields"]},
            status_history={"entries": [history_entry("pending", actor.username, "registered")]},
            degraded=data.degraded,
            created_at=utcnow(),
            updated_at=utcnow(),
        )

    async def _count_registration(self) -> None:
        metrics.FIRS_REGISTERED.inc()


# IF-1 item 1: a draft has none of it; the registering station's record gives it
_STATION_ITEMS = ("police_station", "district")


def _expect_version(record: FirRecord, seen: int | None, change: str) -> None:
    if seen is None:
        raise PreconditionRequired(
            f"{change} must name the version of {record.fir_number} it was made on: send "
            "If-Match with the ETag the FIR was read with (GET /api/v1/fir/{n})"
        )
    if seen != record.version:
        raise _mismatch(record, seen, record.version)


def _mismatch(record: FirRecord, seen: int, current: int) -> VersionMismatch:
    return VersionMismatch(
        f"{record.fir_number} has changed since version {seen} (it is at version {current}): "
        "read it again and make the change on what it says now",
        etag=etag_of(current),
        version=current,
    )


async def _signing_officer(db: AsyncSession, actor: Actor) -> dict[str, Any]:
    """The SHO as they sign the FIR: full name and rank from their officer record."""
    found = await stations.officer_with_station(db, actor.officer_id)
    officer = found[0] if found else None
    return {
        "finalized_by_name": officer.full_name if officer else actor.full_name,
        "finalized_by_rank": officer.rank if officer else None,
    }


def _appended(history: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    return {"entries": [*history.get("entries", []), entry]}


def _day_start(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0, 0), tzinfo=UTC) if day else None


def _day_after(day: date | None) -> datetime | None:
    """The end of ``day`` as an exclusive bound; the last representable day has none."""
    return _day_start(day + timedelta(days=1)) if day and day < date.max else None


def _column(name: str | None) -> str | None:
    """A name cut to its column: extraction may find a longer one than an officer may type."""
    return name[:NAME_CHARS] if name else None


def _at(day: Any, at: Any) -> datetime | None:
    """The stated local date and time (IST) as the UTC instant the columns hold."""
    if day is None:
        return None
    return datetime.combine(day, at or time(0, 0), tzinfo=IST).astimezone(UTC)

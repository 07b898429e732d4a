"""The tamper-evident audit trail: who did what to which record, and when.

Rules held here:
- an event is written in the same transaction as the change it records, so a
  change that rolls back leaves no event and an event never lacks its change;
  refusals (401/403/404) are written on their own once the request has rolled
  back (:meth:`AuditTrail.record_apart`);
- each event's hash covers its content and the previous event's hash, one
  chain per station (``-`` for deployment-wide events), so stations do not
  contend on one lock; timestamps are kept to the second, the precision every
  database here stores;
- :meth:`AuditTrail.verify` walks the chains and names the first event that
  was altered, deleted or inserted out of order;
- reads (an officer viewing a FIR) change nothing, so their events are not
  written in the request: :meth:`AuditTrail.note` takes the event with its
  time, officer, client and correlation id into a buffer that one background
  transaction appends every ``FLUSH_INTERVAL_S`` or ``FLUSH_EVENTS`` events,
  in the order noted, each chained (seq, hash) at that moment; closing the
  trail, reading it and verifying it flush first. The trade-off: a crash of
  the process loses at most the read events of the last flush window; every
  change is still recorded in its own transaction, and a read is never
  answered without its event being in the buffer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.database import Database
from afirgen.infrastructure.tables import AuditEvent, utcnow
from afirgen.repositories import audit as repo
from afirgen.services.access import Action, Actor, Origin, stations_in_scope

log = structlog.get_logger(__name__)

DEPLOYMENT_CHAIN = "-"
FLUSH_INTERVAL_S = 1.0
FLUSH_EVENTS = 1000
HASHED = (
    "chain",
    "seq",
    "at",
    "officer",
    "role",
    "station_id",
    "action",
    "object_type",
    "object_id",
    "before_digest",
    "after_digest",
    "detail",
    "correlation_id",
    "client",
    "prev_hash",
)


def digest(content: Any) -> str:
    """SHA-256 of ``content``: bytes as they are, anything else as canonical JSON."""
    if not isinstance(content, bytes):
        content = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode()
    return hashlib.sha256(content).hexdigest()


def event_hash(event: AuditEvent) -> str:
    return row_hash({name: getattr(event, name) for name in HASHED})


def row_hash(row: dict[str, Any]) -> str:
    """The hash of an event given as its column values (``HASHED`` at least)."""
    content = {name: row[name] for name in HASHED}
    at: datetime = row["at"]
    content["at"] = at.astimezone(UTC).replace(microsecond=0).isoformat()
    return digest(content)


@dataclass(frozen=True)
class Target:
    """What an event is about, and whose chain it goes on."""

    object_type: str | None = None
    object_id: str | None = None
    station_id: int | None = None
    station_code: str | None = None


class Noted(NamedTuple):
    """A read event waiting in the buffer, with the time it happened (epoch seconds: a
    tuple and a clock read are what a read can afford; the flush makes the datetime)."""

    actor: Actor
    action: str
    target: Target
    detail: str | None
    at: float


@dataclass(frozen=True)
class ChainReport:
    chain: str
    events: int
    problem: str | None = None


class AuditTrail:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._noted: list[Noted] = []
        self._wake = asyncio.Event()
        self._flusher: asyncio.Task[None] | None = None
        self._flushing = asyncio.Lock()

    async def record(
        self,
        db: AsyncSession,
        actor: Actor | None,
        action: str,
        target: Target | None = None,
        *,
        before: Any = None,
        after: Any = None,
        detail: str | None = None,
        origin: Origin | None = None,
        at: datetime | None = None,
    ) -> AuditEvent:
        """Append an event inside the caller's transaction (its chain head stays locked)."""
        target = target or Target()
        origin = origin or (Origin(actor.client, actor.correlation_id) if actor else Origin())
        event = _event(actor, action, target, origin, at or utcnow().replace(microsecond=0))
        event.before_digest = digest(before) if before is not None else None
        event.after_digest = digest(after) if after is not None else None
        event.detail = detail[:500] if detail else None
        await repo.ensure_head(db, self.database.engine, event.chain)
        event.seq, event.prev_hash = await repo.lock_head(db, event.chain)
        event.hash = event_hash(event)
        await repo.append(db, event)
        return event

    async def record_apart(
        self, actor: Actor | None, action: str, target: Target | None = None, **extra: Any
    ) -> None:
        """Record in a transaction of its own: for refusals, whose request rolls back."""
        async with self.database.transaction() as db:
            await self.record(db, actor, action, target, **extra)

    def note(self, actor: Actor, action: str, target: Target, detail: str | None = None) -> None:
        """Buffer the event of a read; the background flush appends it (see the docstring)."""
        self._noted.append(Noted(actor, action, target, detail, time.time()))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush_loop())
        if len(self._noted) >= FLUSH_EVENTS:
            self._wake.set()

    async def flush(self) -> int:
        """Append every buffered event, in order, in one transaction; returns how many."""
        async with self._flushing:
            noted, self._noted = self._noted, []
            if not noted:
                return 0
            try:
                async with self.database.transaction() as db:
                    await self._append_noted(db, noted)
            except BaseException:
                self._noted[:0] = noted  # kept, in order, for the next flush
                raise
            return len(noted)

    async def _append_noted(self, db: AsyncSession, noted: list[Noted]) -> None:
        """Each chain's head is locked once and its events chained in the order noted,
        then inserted in one statement: rows, not ORM objects (a read event is never
        read back in the transaction that writes it)."""
        chains: dict[str, list[dict[str, Any]]] = {}
        for n in noted:
            row = _noted_row(n)
            chains.setdefault(row["chain"], []).append(row)
        for chain, rows in chains.items():
            await repo.ensure_head(db, self.database.engine, chain)
            seq, prev_hash = await repo.reserve(db, chain, len(rows))
            for offset, row in enumerate(rows):
                row["seq"], row["prev_hash"] = seq + offset, prev_hash
                row["hash"] = prev_hash = row_hash(row)
            await repo.append_rows(db, chain, rows)

    async def _flush_loop(self) -> None:
        while self._noted:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), FLUSH_INTERVAL_S)
            self._wake.clear()
            try:
                await self.flush()
            except Exception:
                log.exception("audit.flush_failed", waiting=len(self._noted))

    async def close(self) -> None:
        """Stop the background flush and write what is still buffered."""
        if self._flusher is not None:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
            self._flusher = None
        await self.flush()

    async def page(
        self,
        db: AsyncSession,
        actor: Actor,
        station: str | None,
        filters: dict[str, Any],
        cursor: int | None,
        limit: int,
    ) -> tuple[list[AuditEvent], int | None]:
        """Events of the SHO's station (a supervisor's district), newest first."""
        await self.flush()  # before this request's transaction takes SQLite's write lock
        stations = await stations_in_scope(db, actor, station, Action.READ_AUDIT)
        events = await repo.page(db, stations, filters, cursor, limit)
        more = len(events) > limit
        events = events[:limit]
        return events, events[-1].id if more else None

    async def verify(self, db: AsyncSession, chain: str | None = None) -> list[ChainReport]:
        """Every chain (or one), each with the first problem found in it."""
        await self.flush()
        heads = await repo.heads(db, chain)
        chains = sorted(set(heads) | set(await repo.chains_with_events(db)))
        if chain is not None:
            chains = [c for c in chains if c == chain]
        return [await self._verify_chain(db, c, heads.get(c)) for c in chains]

    async def _verify_chain(
        self, db: AsyncSession, chain: str, head: tuple[int, str] | None
    ) -> ChainReport:
        expected, prev_hash, count = 1, repo.GENESIS, 0
        async for event in repo.chain_events(db, chain):
            problem = _link_problem(event, expected, prev_hash)
            if problem:
                return ChainReport(chain, count, problem)
            expected, prev_hash, count = expected + 1, event.hash, count + 1
        return ChainReport(chain, count, _head_problem(chain, head, count, prev_hash))


def _event(
    actor: Actor | None, action: str, target: Target, origin: Origin, at: datetime
) -> AuditEvent:
    """An event before it is chained (``seq``, ``prev_hash`` and ``hash`` come last)."""
    return AuditEvent(
        chain=target.station_code or (actor.station_code if actor else DEPLOYMENT_CHAIN),
        at=at,
        officer=actor.username if actor else None,
        role=actor.role.value if actor else None,
        station_id=target.station_id or (actor.station_id if actor else None),
        action=action,
        object_type=target.object_type,
        object_id=target.object_id,
        before_digest=None,
        after_digest=None,
        detail=None,
        correlation_id=origin.correlation_id,
        client=origin.client,
    )


def _noted_row(noted: Noted) -> dict[str, Any]:
    """A buffered read event as the columns of its row, before it is chained."""
    actor, target = noted.actor, noted.target
    return {
        "chain": target.station_code or actor.station_code,
        "at": datetime.fromtimestamp(int(noted.at), UTC),  # to the second, as stored
        "officer": actor.username,
        "role": actor.role.value,
        "station_id": target.station_id or actor.station_id,
        "action": noted.action,
        "object_type": target.object_type,
        "object_id": target.object_id,
        "before_digest": None,
        "after_digest": None,
        "detail": noted.detail[:500] if noted.detail else None,
        "correlation_id": actor.correlation_id,
        "client": actor.client,
    }


def _link_problem(event: AuditEvent, expected: int, prev_hash: str) -> str | None:
    where = f"event {event.chain}#{event.seq} (id {event.id}, {event.action})"
    if event.seq != expected:
        return f"event {event.chain}#{expected} is missing: found {where} in its place"
    if event.prev_hash != prev_hash:
        return f"{where} does not follow the event before it (inserted or reordered)"
    if event.hash != event_hash(event):
        return f"{where} was altered: its content no longer matches its hash"
    return None


def _head_problem(
    chain: str, head: tuple[int, str] | None, count: int, last_hash: str
) -> str | None:
    if head is None:
        return f"chain {chain} has events but no head"
    if head != (count, last_hash):
        return f"chain {chain} ends at #{count} but its head records #{head[0]}: events deleted"
    return None

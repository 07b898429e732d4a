"""FIR records: registration, cache-aside reads, cursor pages and full-text search.

Search uses the engine's own index: MySQL/MariaDB ``FULLTEXT`` over the
station-scoped words of ``search_words`` (kept in step on every write by the
mapper events below), SQLite an FTS5 table kept in step by triggers and joined
on ``station_id``. Both answer the matches newest first, as the register lists
them (``NEWEST_FIRST``), not by relevance: every word of a search is required,
and an officer looks for the recent case.

Every registration and change guards the cached copies (``cache_guard``): the
FIR's own (its record and its answer) and every list page, so no read that
raced a change stores what it read after the change committed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.cache import FIR_RECORD_TTL, Cache, cache_key
from afirgen.infrastructure.tables import FirRecord, utcnow
from afirgen.repositories.cache_guard import guard_write
from afirgen.text.search_words import query_words, station_match, station_words

LIST_COLUMNS = (
    FirRecord.id,
    FirRecord.fir_number,
    FirRecord.fir_ref,
    FirRecord.status,
    FirRecord.station,
    FirRecord.district,
    FirRecord.law,
    FirRecord.acts_sections,
    FirRecord.complainant_name,
    FirRecord.place,
    FirRecord.occurred_from,
    FirRecord.created_at,
    FirRecord.finalized_at,
)


# the register's order, for its pages and its searches: the (created_at, id) cursor
NEWEST_FIRST = (FirRecord.created_at.desc(), FirRecord.id.desc())
MAX_ROW_ID = 2**63
LIST_GUARD = "fir:list"  # its generation is part of every list page's key
LIST_PAGE_TTL = 60


def fir_cache_key(fir_ref: str) -> str:
    return cache_key("fir", "record", fir_ref)


def fir_view_key(fir_ref: str) -> str:
    """The FIR as the API answers it, with its signature check (see ``FirService.read``)."""
    return cache_key("fir", "answer", fir_ref)  # text; "view" held JSON before


def fir_guard(fir_ref: str) -> str:
    return f"fir:{fir_ref}"


WORDS_FROM = ("station_id", "complaint_text", "fir_content")
# derived for the search index: never read back, signed, cached or exported
INDEX_ONLY = frozenset({"search_words"})
RECORD_COLUMNS = tuple(c.key for c in sa.inspect(FirRecord).columns if c.key not in INDEX_ONLY)


def record_to_dict(record: FirRecord) -> dict[str, Any]:
    return {key: getattr(record, key) for key in RECORD_COLUMNS}


def encode_cursor(created_at: datetime, row_id: int) -> str:
    raw = json.dumps([created_at.isoformat(), row_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """Raises ``ValueError`` for a cursor this API did not issue."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created, row_id = json.loads(base64.urlsafe_b64decode(padded))
        at = datetime.fromisoformat(created)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValueError("invalid cursor") from exc
    # a row id is a positive BIGINT: 1e300, Infinity or 2**63 never came from this API
    if type(row_id) is not int or not 0 <= row_id < MAX_ROW_ID:
        raise ValueError("invalid cursor")
    return at, row_id


def fts5_query(text: str) -> str:
    """Quote each word so user input cannot inject FTS5 syntax."""
    return " ".join(f'"{w}"' for w in query_words(text))


def fulltext_search(
    query: str, station_ids: list[int], limit: int
) -> sa.Select[*tuple[Any, ...]] | None:
    """MariaDB/MySQL: the newest matches among the stations' FIRs, found in the
    station-scoped words alone (see ``afirgen.text.search_words``); the station test
    on each matching row guards what the words already scope."""
    against = station_match(query, station_ids)
    if not against:
        return None
    match = mysql.match(FirRecord.__table__.c.search_words, against=against).in_boolean_mode()
    return (
        sa.select(*LIST_COLUMNS)
        .where(match, FirRecord.station_id.in_(station_ids))
        .order_by(*NEWEST_FIRST)
        .limit(limit)
    )


@sa.event.listens_for(FirRecord, "before_insert")
@sa.event.listens_for(FirRecord, "before_update")
def _index_words(_mapper: Any, _connection: Any, record: FirRecord) -> None:
    """The station-scoped words follow the text on every write, whoever writes it."""
    state = sa.inspect(record)
    if state.persistent and not any(state.attrs[name].history.has_changes() for name in WORDS_FROM):
        return
    words = station_words(record.station_id, record.complaint_text, record.fir_content)
    record.search_words = words


class FirRepository:
    def __init__(self, db: AsyncSession, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    async def add(self, record: FirRecord) -> None:
        """A new FIR: no copy of it exists, but every list page changes."""
        await guard_write(self.db, self.cache, [LIST_GUARD])
        self.db.add(record)
        await self.db.flush()

    async def get_record(self, fir_ref: str, *, for_update: bool = False) -> FirRecord | None:
        """By the global reference ``CODE/FIR-YYYY-NNNNNN``."""
        stmt = sa.select(FirRecord).where(FirRecord.fir_ref == fir_ref)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.db.execute(stmt)).scalar_one_or_none()

    async def compare_and_set(self, record: FirRecord, seen: int, values: dict[str, Any]) -> bool:
        """Write ``values`` to the FIR only if it is still at version ``seen``, and move it
        to the next version; False when another transaction changed it first.

        The check is in the UPDATE itself (``WHERE version = :seen``), so it holds
        between instances whatever each one read before. ``record`` is reloaded.
        """
        if set(values) & set(WORDS_FROM):  # an UPDATE statement runs no mapper event
            text = {name: values.get(name, getattr(record, name)) for name in WORDS_FROM}
            values = values | {"search_words": station_words(*text.values())}
        ref = record.fir_ref
        copies = [fir_cache_key(ref), fir_view_key(ref)]
        await guard_write(self.db, self.cache, [fir_guard(ref), LIST_GUARD], copies)
        stmt = (
            sa.update(FirRecord)
            .where(FirRecord.id == record.id, FirRecord.version == seen)
            .values(**values, version=seen + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        result = await self.db.execute(stmt)
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return False
        await self.db.refresh(record)
        return True

    async def current_version(self, record_id: int) -> int:
        """The committed version (a locking read: a snapshot could answer an older one)."""
        stmt = sa.select(FirRecord.version).where(FirRecord.id == record_id).with_for_update()
        return int((await self.db.execute(stmt)).scalar_one())

    async def get(self, fir_ref: str) -> dict[str, Any] | None:
        """Cache-aside read of one FIR as a plain dict."""
        key = fir_cache_key(fir_ref)
        cached = await self.cache.get(key)
        if cached is not None:
            return dict(cached)
        ticket = await self.cache.ticket(fir_guard(fir_ref))
        record = await self.get_record(fir_ref)
        if record is None:
            return None
        data = record_to_dict(record)
        await self.cache.set_if_unchanged(ticket, key, data, FIR_RECORD_TTL)
        return data

    async def list_page(self, **filters: Any) -> tuple[list[dict[str, Any]], str | None]:
        """Cache-aside list pages, keyed by the list guard's generation and the filters
        (a registration or change moves the generation: older pages are unreachable)."""
        ticket = await self.cache.ticket(LIST_GUARD)
        if ticket.generation is None:  # a change in flight: read, keep nothing
            return await self._query_page(**filters)
        digest = hashlib.sha256(json.dumps(filters, default=str).encode()).hexdigest()[:24]
        key = cache_key("fir", "list", f"{ticket.generation}:{digest}")
        cached = await self.cache.get(key)
        if cached is not None:
            return list(cached[0]), cached[1]
        rows, next_cursor = await self._query_page(**filters)
        await self.cache.set_if_unchanged(ticket, key, [rows, next_cursor], LIST_PAGE_TTL)
        return rows, next_cursor

    async def _query_page(
        self,
        *,
        station_ids: list[int],
        status: str | None,
        created_from: datetime | None,
        created_to: datetime | None,
        cursor: str | None,
        limit: int,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first; the cursor is the (created_at, id) of the last row seen."""
        stmt = (
            sa.select(*LIST_COLUMNS)
            .where(FirRecord.station_id.in_(station_ids))
            .order_by(*NEWEST_FIRST)
        )
        if status:
            stmt = stmt.where(FirRecord.status == status)
        if created_from:
            stmt = stmt.where(FirRecord.created_at >= created_from)
        if created_to:
            stmt = stmt.where(FirRecord.created_at < created_to)
        if cursor:
            at, row_id = decode_cursor(cursor)
            stmt = stmt.where(
                sa.or_(
                    FirRecord.created_at < at,
                    sa.and_(FirRecord.created_at == at, FirRecord.id < row_id),
                )
            )
        rows = [dict(r._mapping) for r in (await self.db.execute(stmt.limit(limit + 1))).all()]
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = encode_cursor(rows[-1]["created_at"], rows[-1]["id"])
        return rows, next_cursor

    async def signed_records(self, station_id: int | None) -> AsyncIterator[dict[str, Any]]:
        """Every finalized or signed FIR (of one station), in batches of whole rows."""
        after = 0
        while True:
            stmt = (
                sa.select(FirRecord)
                .where(
                    FirRecord.id > after,
                    sa.or_(FirRecord.status == "finalized", FirRecord.signature.is_not(None)),
                )
                .order_by(FirRecord.id)
                .limit(1000)
            )
            if station_id is not None:
                stmt = stmt.where(FirRecord.station_id == station_id)
            batch = list((await self.db.execute(stmt)).scalars())
            for record in batch:
                yield record_to_dict(record)
            if len(batch) < 1000:
                return
            after = batch[-1].id
            self.db.expunge_all()

    async def statuses(self, refs: list[str], station_id: int | None) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(refs), 1000):
            stmt = sa.select(FirRecord.fir_ref, FirRecord.status).where(
                FirRecord.fir_ref.in_(refs[start : start + 1000])
            )
            if station_id is not None:
                stmt = stmt.where(FirRecord.station_id == station_id)
            found |= {str(r): str(s) for r, s in (await self.db.execute(stmt)).all()}
        return found

    async def search(self, query: str, station_ids: list[int], limit: int) -> list[dict[str, Any]]:
        if self.db.get_bind().dialect.name == "sqlite":
            return await self._search_fts5(query, station_ids, limit)
        return await self._search_fulltext(query, station_ids, limit)

    async def _search_fts5(
        self, query: str, station_ids: list[int], limit: int
    ) -> list[dict[str, Any]]:
        match = fts5_query(query)
        if not match:
            return []
        fts = sa.table("fir_records_fts", sa.column("rowid", sa.Integer))
        stmt = (
            sa.select(*LIST_COLUMNS)
            .join(fts, FirRecord.id == fts.c.rowid)
            .where(sa.text("fir_records_fts MATCH :q"), FirRecord.station_id.in_(station_ids))
            .order_by(*NEWEST_FIRST)
            .limit(limit)
        )
        return [dict(r._mapping) for r in (await self.db.execute(stmt, {"q": match})).all()]

    async def _search_fulltext(
        self, query: str, station_ids: list[int], limit: int
    ) -> list[dict[str, Any]]:
        stmt = fulltext_search(query, station_ids, limit)
        if stmt is None:
            return []
        return [dict(r._mapping) for r in (await self.db.execute(stmt)).all()]

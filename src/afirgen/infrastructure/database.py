"""Async engine, sessions and the request-owned transaction.

SQLite (the embedded default) runs in WAL mode with a busy timeout, and write
transactions start with ``BEGIN IMMEDIATE`` so that concurrent writers queue
on the lock instead of failing on a read-to-write upgrade. MySQL/MariaDB use
the pool sizes and timeouts from settings.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from afirgen.config import Settings
from afirgen.infrastructure import metrics
from afirgen.infrastructure.tracing import get_tracer

tracer = get_tracer(__name__)
AfterCommit = Callable[[], Awaitable[None]]
_AFTER_COMMIT = "after_commit"
_AFTER_END = "after_end"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def create_engine(settings: Settings) -> AsyncEngine:
    url = settings.resolved_database_url
    if url.startswith("sqlite"):
        database = make_url(url).database
        folder = Path(database).parent if database else settings.data_dir
        folder.mkdir(parents=True, exist_ok=True)  # the URL's folder, not only data_dir
        engine = create_async_engine(
            url, json_serializer=_dumps, connect_args={"timeout": settings.db_pool_timeout_s}
        )
        _configure_sqlite(engine, settings.sqlite_busy_timeout_ms)
    else:
        engine = create_async_engine(
            url,
            json_serializer=_dumps,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            pool_timeout=settings.db_pool_timeout_s,
            pool_recycle=settings.db_pool_recycle_s,
            pool_pre_ping=True,
            # every transaction ends in a COMMIT or ROLLBACK before its connection goes
            # back (a session, or a connection closed with its transaction open, ends it
            # itself); the pool's own ROLLBACK after a COMMIT was a fourth round trip
            # on each request: ping, statement, COMMIT, ROLLBACK
            pool_reset_on_return=None,
        )
    _time_queries(engine)
    return engine


def _configure_sqlite(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _time_queries(engine: AsyncEngine) -> None:
    """A histogram sample and a tracing span for every statement."""
    system = engine.dialect.name

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _start(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        operation = statement.lstrip().split(" ", 1)[0].upper()
        span = tracer.start_span(
            f"db.{operation.lower()}", attributes={"db.system": system, "db.operation": operation}
        )
        conn.info.setdefault("query_start", []).append((time.perf_counter(), operation, span))

    @event.listens_for(engine.sync_engine, "after_cursor_execute")
    def _stop(conn: Connection, *_: Any) -> None:
        started, operation, span = conn.info["query_start"].pop()
        span.end()
        metrics.DB_QUERY_DURATION.labels(operation=operation).observe(time.perf_counter() - started)

    @event.listens_for(engine.sync_engine, "handle_error")
    def _failed(context: Any) -> None:
        pending = context.connection.info.get("query_start") if context.connection else None
        if pending:
            pending.pop()[2].end()


class Database:
    """Owns the engine; hands out sessions whose transaction the caller owns."""

    def __init__(self, settings: Settings) -> None:
        self.engine = create_engine(settings)
        self.is_sqlite = settings.is_sqlite
        writer = self.engine.execution_options(sqlite_immediate=True)
        self._readers = async_sessionmaker(self.engine, expire_on_commit=False)
        self._writers = async_sessionmaker(writer, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self, *, write: bool = True) -> AsyncIterator[AsyncSession]:
        """Commit on success, roll back on error; run after-commit hooks once committed,
        and after-end hooks once it ended either way."""
        maker = self._writers if write else self._readers
        async with maker() as session:
            try:
                yield session
                if session.in_transaction():  # a cache hit never touched the database
                    await session.commit()
            except BaseException:
                try:
                    await session.rollback()
                finally:
                    session.info.pop(_AFTER_COMMIT, None)
                    await _run_hooks(session, _AFTER_END)
                raise
            await _run_hooks(session, _AFTER_END)
            await _run_hooks(session, _AFTER_COMMIT)

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()


@asynccontextmanager
async def standalone_transaction(
    settings: Settings, *, write: bool = True
) -> AsyncIterator[AsyncSession]:
    """One transaction on a short-lived engine, for commands and start-up reads."""
    database = Database(settings)
    try:
        async with database.transaction(write=write) as session:
            yield session
    finally:
        await database.dispose()


def after_commit(session: AsyncSession, hook: AfterCommit) -> None:
    """Run ``hook`` once the session's transaction commits; drop it on rollback."""
    session.info.setdefault(_AFTER_COMMIT, []).append(hook)


def after_end(session: AsyncSession, hook: AfterCommit) -> None:
    """Run ``hook`` once the session's transaction has ended, committed or rolled back
    (before the after-commit hooks); the hook must not raise."""
    session.info.setdefault(_AFTER_END, []).append(hook)


async def _run_hooks(session: AsyncSession, name: str) -> None:
    for hook in session.info.pop(name, []):
        await hook()

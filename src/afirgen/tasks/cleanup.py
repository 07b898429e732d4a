"""Clean-up: what is left behind by time.

- open sessions idle past their TTL become ``expired`` (their cached copies go);
- uploaded recordings and scans older than the session TTL are removed from
  ``data_dir/uploads`` (their session has expired by then);
- cache entries past their TTL are dropped;
- background tasks nobody holds (``tasks/takeover.py``; the lease sweep does
  this every few seconds too) are taken over, and finished ones past
  ``task_retention_days`` are deleted.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import structlog

from afirgen.config import Settings
from afirgen.domain import SessionStatus
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.tables import utcnow
from afirgen.repositories.sessions import SessionRepository
from afirgen.repositories.tasks import TaskRepository
from afirgen.tasks.takeover import TaskTakeover

log = structlog.get_logger(__name__)

OPEN = (SessionStatus.PROCESSING.value, SessionStatus.AWAITING_VALIDATION.value)


class CleanupService:
    def __init__(
        self, settings: Settings, database: Database, cache: Cache, takeover: TaskTakeover
    ) -> None:
        self.database = database
        self.cache = cache
        self.takeover = takeover
        self.session_ttl = timedelta(hours=settings.session_ttl_hours)
        self.uploads = settings.data_dir / "uploads"
        self.retention = timedelta(days=settings.task_retention_days)

    async def run(self) -> dict[str, Any]:
        result = {
            "sessions_expired": await self.expire_sessions(),
            "uploads_removed": await asyncio.to_thread(
                remove_older_than, self.uploads, time.time() - self.session_ttl.total_seconds()
            ),
            "cache_entries_purged": await self.cache.purge_expired(),
            "tasks_redispatched": await self.takeover.run(),
            "tasks_deleted": await self.delete_old_tasks(),
        }
        log.info("cleanup.done", **result)
        return result

    async def expire_sessions(self) -> int:
        hours = self.session_ttl.total_seconds() / 3600
        note = f"expired after {hours:g} h without activity"
        async with self.database.transaction() as db:
            repo = SessionRepository(db, self.cache)
            expired = await repo.expire_idle(OPEN, utcnow() - self.session_ttl, note)
        return len(expired)

    async def delete_old_tasks(self) -> int:
        async with self.database.transaction() as db:
            return await TaskRepository(db).delete_finished_before(utcnow() - self.retention)


def remove_older_than(folder: Path, cutoff: float) -> int:
    """Delete files under ``folder`` last modified before ``cutoff``, then empty folders."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
        elif path.is_dir() and path.stat().st_mtime < cutoff and not any(path.iterdir()):
            path.rmdir()
    return removed

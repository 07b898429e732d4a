"""Clean-up (idle sessions, old uploads, cache, stalled tasks) and overdue-review notices."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import BackgroundTask, SessionRecord
from afirgen.repositories.tasks import TaskRepository
from tests.jobs.conftest import ROOT, STATION_EMAIL, Mailbox, mail_settings, to_env
from tests.jobs.factories import create_session


async def test_idle_sessions_expire_and_old_uploads_go(
    services: Services, client: httpx.AsyncClient
) -> None:
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        idle = await create_session(db, "awaiting_validation", now - timedelta(hours=25))
        fresh = await create_session(db, "awaiting_validation", now - timedelta(hours=1))
        done = await create_session(db, "completed", now - timedelta(days=3))
    uploads = services.settings.data_dir / "uploads" / "2025"
    uploads.mkdir(parents=True)
    old, new = uploads / "old.wav", uploads / "new.jpg"
    old.write_bytes(b"RIFF")
    new.write_bytes(b"\xff\xd8")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))

    result = await services.tasks.cleanup.run()

    assert result["sessions_expired"] == 1
    assert result["uploads_removed"] == 1
    assert not old.exists() and new.exists()
    statuses = {}
    async with services.database.transaction(write=False) as db:
        for session in (idle, fresh, done):
            row = await db.get(SessionRecord, session.session_id, populate_existing=True)
            statuses[session.session_id] = row.status if row else None
    assert statuses == {
        idle.session_id: "expired",
        fresh.session_id: "awaiting_validation",
        done.session_id: "completed",
    }
    shown = await client.get(f"/api/v1/session/{idle.session_id}/status")
    assert shown.json()["status"] == "expired"


async def test_stalled_pending_task_is_dispatched_again(services: Services) -> None:
    """A task recorded while the broker was down runs once the sweep finds it."""
    async with services.database.transaction() as db:
        await TaskRepository(db).insert_if_absent(
            task_id="stalled-1", name="analytics.dashboard", priority=6, params={"days": 7}
        )
        row = await db.get(BackgroundTask, "stalled-1")
        assert row is not None
        row.created_at = datetime.now(UTC) - timedelta(minutes=30)

    result = await services.tasks.cleanup.run()
    await services.tasks.dispatcher.drain(10)

    assert result["tasks_redispatched"] == 1
    async with services.database.transaction(write=False) as db:
        row = await db.get(BackgroundTask, "stalled-1", populate_existing=True)
    assert row is not None and row.status == "success"
    assert row.result == {"days": 7, "firs": 0}


async def test_overdue_review_is_notified_to_the_station_once(
    services_factory: object, smtp: tuple[Mailbox, int], mailbox: Mailbox
) -> None:
    services: Services = await services_factory(**mail_settings(smtp[1]))  # type: ignore[operator]
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        waiting = await create_session(db, "awaiting_validation", now - timedelta(hours=3))
        await create_session(db, "awaiting_validation", now - timedelta(minutes=10))

    notices = services.tasks.notifications
    assert await notices.scan_overdue_reviews() == {"overdue_sessions": 1}
    await services.tasks.dispatcher.drain(10)
    assert await notices.scan_overdue_reviews() == {"overdue_sessions": 1}
    await services.tasks.dispatcher.drain(10)

    [notice] = await mailbox.wait_for(1)
    assert notice.recipients == [STATION_EMAIL]
    assert waiting.session_id in notice.message.get_content()
    assert "summary review" in notice.message["Subject"]
    assert len(mailbox.received) == 1


async def test_cleanup_command_runs_and_records_the_task(services: Services) -> None:
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        await create_session(db, "processing", now - timedelta(days=2))
    values = {
        "environment": "test",
        "data_dir": services.settings.data_dir,
        "database_url": services.settings.resolved_database_url,
        "redis_url": services.settings.redis_url or "",
        "llm_backend": "none",
        "log_level": "WARNING",
    }
    if not values["redis_url"]:
        del values["redis_url"]

    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "afirgen", "cleanup"],
        env=to_env(values),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout.strip().splitlines()[-1])
    assert printed["state"] == "success"
    assert printed["sessions_expired"] == 1
    async with services.database.transaction(write=False) as db:
        row = await db.get(BackgroundTask, printed["task_id"])
    assert row is not None and row.task_name == "cleanup.run" and row.status == "success"

"""The embedded default: no broker, tasks run in-process on the event loop,
through the same runner as a Celery worker."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from afirgen.config import Settings
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import BackgroundTask
from afirgen.infrastructure.task_queue import InProcessDispatcher
from afirgen.repositories.tasks import TaskRepository
from afirgen.tasks import Tasks, build_tasks
from afirgen.tasks.names import COPY_TASK
from tests.jobs.conftest import Mailbox, job_settings, mail_settings
from tests.jobs.factories import create_fir


@pytest.fixture
async def embedded(
    tmp_path: Path, smtp: tuple[Mailbox, int], mailbox: Mailbox
) -> AsyncIterator[Tasks]:
    settings = Settings(**job_settings(tmp_path / "data", **mail_settings(smtp[1])))
    settings.data_dir.mkdir(parents=True)
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    database = Database(settings)
    tasks = build_tasks(settings, database, MemoryCache(1000))
    assert tasks.embedded
    yield tasks
    await tasks.close()
    await database.dispose()


async def enqueue(tasks: Tasks, name: str, params: dict[str, Any]) -> str:
    async with tasks.database.transaction() as db:
        return await tasks.service.enqueue(db, name, params)


async def task_row(tasks: Tasks, task_id: str) -> BackgroundTask | None:
    async with tasks.database.transaction(write=False) as db:
        return await db.get(BackgroundTask, task_id)


async def test_a_task_runs_without_blocking_the_loop(embedded: Tasks, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    asked = time.monotonic()
    task_id = await enqueue(embedded, "probe.sleep", {"seconds": 1.0, "mark": str(mark)})

    # dispatched, not run inside the caller's request (as Celery's eager mode would)
    assert time.monotonic() - asked < 0.5
    assert not mark.exists()
    ticks = 0
    started = time.monotonic()
    while time.monotonic() - started < 0.4:  # the loop stays free while the task runs
        await asyncio.sleep(0.01)
        ticks += 1
    assert ticks > 20
    running = await task_row(embedded, task_id)
    assert running is not None and running.status == "running"  # the ticks overlapped it
    assert not mark.exists()

    await embedded.dispatcher.drain(5)
    row = await task_row(embedded, task_id)
    assert row is not None and row.status == "success"
    assert mark.read_text().split()[0] == task_id


async def test_copy_is_retried_then_sent(embedded: Tasks, mailbox: Mailbox) -> None:
    mailbox.defer = 2
    async with embedded.database.transaction() as db:
        number = (await create_fir(db, 1)).fir_ref
        task_id = await embedded.notifications.request_fir_copy(db, number)

    await embedded.dispatcher.drain(15)
    row = await task_row(embedded, task_id)
    assert row is not None and row.status == "success", row and row.error
    assert row.retry_count == 2
    [received] = await mailbox.wait_for(1)
    assert [a.get_filename() for a in received.message.iter_attachments()] == [
        f"{number.split('/')[1]}.pdf"
    ]


async def test_the_same_task_id_is_asked_for_once(embedded: Tasks, mailbox: Mailbox) -> None:
    async with embedded.database.transaction() as db:
        number = (await create_fir(db, 2)).fir_ref
        first = await embedded.notifications.request_fir_copy(db, number)
    dispatcher = embedded.dispatcher
    assert isinstance(dispatcher, InProcessDispatcher)
    await dispatcher.drain(10)
    assert dispatcher.pending == 0

    async with embedded.database.transaction() as db:
        second = await embedded.notifications.request_fir_copy(db, number)

    assert first == second
    # the commit dispatches synchronously: a second dispatch would be queued now
    assert dispatcher.pending == 0
    await dispatcher.drain(10)
    await asyncio.sleep(0.2)
    assert len(mailbox.received) == 1


async def test_a_finished_task_delivered_again_is_skipped(embedded: Tasks, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    params = {"seconds": 0, "mark": str(mark)}
    task_id = await enqueue(embedded, "probe.sleep", params)
    await embedded.dispatcher.drain(5)

    again = await embedded.runner.execute(task_id, "probe.sleep", params)

    assert again.state == "skipped"
    assert again.result is not None and again.result["slept_s"] == 0
    assert mark.read_text().count(task_id) == 1


async def test_rolled_back_transaction_runs_nothing(embedded: Tasks, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    with pytest.raises(ValueError):
        async with embedded.database.transaction() as db:
            task_id = await embedded.service.enqueue(
                db, "probe.sleep", {"seconds": 0, "mark": str(mark)}
            )
            raise ValueError("rolled back")

    await embedded.dispatcher.drain(2)
    assert await task_row(embedded, task_id) is None
    assert not mark.exists()


async def test_time_limit_in_process(embedded: Tasks, tmp_path: Path) -> None:
    task_id = await enqueue(
        embedded, "probe.sleep_limited", {"seconds": 20, "mark": str(tmp_path / "m")}
    )
    await embedded.dispatcher.drain(5)
    row = await task_row(embedded, task_id)
    assert row is not None and row.status == "failed"
    assert row.error == "exceeded its time limit of 1 s"


async def test_unknown_fir_fails_without_retry(embedded: Tasks) -> None:
    task_id = await enqueue(embedded, COPY_TASK, {"fir_number": "FIR-2025-999999"})
    await embedded.dispatcher.drain(5)
    row = await task_row(embedded, task_id)
    assert row is not None and row.status == "failed"
    assert row.retry_count == 0
    assert row.error == "no FIR numbered FIR-2025-999999"


async def test_start_resumes_tasks_a_stopped_process_left(embedded: Tasks, tmp_path: Path) -> None:
    """Recorded, but the process stopped before running it: the next start runs it."""
    mark = tmp_path / "marks"
    async with embedded.database.transaction() as db:
        await TaskRepository(db).insert_if_absent(
            task_id="left-behind",
            name="probe.sleep",
            priority=3,
            params={"seconds": 0, "mark": str(mark)},
        )

    await embedded.start()
    await embedded.dispatcher.drain(5)

    row = await task_row(embedded, "left-behind")
    assert row is not None and row.status == "success"
    assert mark.read_text().split()[0] == "left-behind"
    assert sorted(t.get_name() for t in embedded.periodic) == [
        "analytics.dashboard",
        "cleanup.run",
        "email.review_overdue_scan",
    ]

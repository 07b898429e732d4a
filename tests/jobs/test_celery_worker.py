"""Tasks through a real Celery worker on Redis: retries, time limits, the
enqueue-after-commit rule, and the complainant's copy arriving by SMTP."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import redis
from celery.result import AsyncResult

from afirgen.infrastructure.celery_app import QUEUES
from afirgen.infrastructure.tables import BackgroundTask
from tests.jobs.conftest import BROKER_URL, MAIL_FROM, CeleryStack, Mailbox, stack_per_backend
from tests.jobs.factories import create_fir

stack = stack_per_backend("celery", worker_concurrency=2)


async def finalized_fir(stack: CeleryStack, sequence: int, **options: object) -> str:
    async with stack.tasks.database.transaction() as db:
        record = await create_fir(db, sequence, **options)  # type: ignore[arg-type]
        return record.fir_ref


async def ask_for_copy(stack: CeleryStack, fir_number: str) -> str:
    async with stack.tasks.database.transaction() as db:
        return await stack.tasks.notifications.request_fir_copy(db, fir_number)


async def test_copy_is_mailed_with_the_pdf(stack: CeleryStack, mailbox: Mailbox) -> None:
    number = await finalized_fir(stack, 1)
    task_id = await ask_for_copy(stack, number)

    row = await stack.wait_task(task_id)
    assert row.status == "success", row.error
    assert row.result == {
        "sent": True,
        "to": "ramesh@example.org",
        "attachment": f"{number.split('/')[1]}.pdf",
        "message_id": f"<{task_id}@kotwali.police.example>",
    }
    [received] = await mailbox.wait_for(1)
    assert received.recipients == ["ramesh@example.org"]
    assert received.message["From"] == MAIL_FROM
    assert number.split("/")[1] in received.message["Subject"]
    [attachment] = list(received.message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{number.split('/')[1]}.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert row.started_at and row.completed_at and row.started_at <= row.completed_at


async def test_deferred_mail_is_retried_with_backoff(stack: CeleryStack, mailbox: Mailbox) -> None:
    mailbox.defer = 1  # the server answers 451 once
    number = await finalized_fir(stack, 2)
    task_id = await ask_for_copy(stack, number)

    row = await stack.wait_task(task_id)
    assert row.status == "success", row.error
    assert row.retry_count == 1
    assert mailbox.refused == 1
    assert len(await mailbox.wait_for(1)) == 1


async def test_retries_stop_at_the_limit(stack: CeleryStack, mailbox: Mailbox) -> None:
    mailbox.defer = 100
    number = await finalized_fir(stack, 3)
    task_id = await ask_for_copy(stack, number)

    row = await stack.wait_task(task_id)
    assert row.status == "failed"
    assert row.retry_count == 3  # the email queue's limit
    assert mailbox.refused == 4  # the first try and three retries
    assert "451" in (row.error or "")
    assert AsyncResult(task_id, app=stack.tasks.dispatcher.app).state == "FAILURE"  # type: ignore[attr-defined]


async def test_rejected_mail_is_not_retried(stack: CeleryStack, mailbox: Mailbox) -> None:
    mailbox.reject = True
    number = await finalized_fir(stack, 4)
    task_id = await ask_for_copy(stack, number)

    row = await stack.wait_task(task_id)
    assert row.status == "failed"
    assert row.retry_count == 0
    assert "550" in (row.error or "")


async def test_no_email_recorded_no_copy_sent(stack: CeleryStack, mailbox: Mailbox) -> None:
    number = await finalized_fir(stack, 5, email=None)
    task_id = await ask_for_copy(stack, number)

    row = await stack.wait_task(task_id)
    assert row.status == "success"
    assert row.result == {
        "sent": False,
        "reason": "no email address of the complainant is recorded in the FIR",
    }
    await asyncio.sleep(0.3)
    assert mailbox.received == []


async def test_task_past_its_time_limit_fails(stack: CeleryStack, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    async with stack.tasks.database.transaction() as db:
        task_id = await stack.tasks.service.enqueue(
            db, "probe.sleep_limited", {"seconds": 30, "mark": str(mark)}
        )

    row = await stack.wait_task(task_id, limit_s=10)
    assert row.status == "failed"
    assert row.error == "exceeded its time limit of 1 s"
    assert row.retry_count == 0
    assert row.completed_at is not None and row.started_at is not None
    assert (row.completed_at - row.started_at).total_seconds() < 3
    assert not mark.exists()


async def test_rolled_back_transaction_enqueues_nothing(stack: CeleryStack, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    task_id = None
    with pytest.raises(RuntimeError):
        async with stack.tasks.database.transaction() as db:
            task_id = await stack.tasks.service.enqueue(
                db, "probe.sleep", {"seconds": 0, "mark": str(mark)}
            )
            raise RuntimeError("the request failed after asking for the task")

    assert task_id is not None
    assert await stack.task(task_id) is None
    broker = redis.Redis.from_url(BROKER_URL)
    try:
        queued = sum(broker.llen(key) for key in broker.scan_iter() if _is_queue(key))
    finally:
        broker.close()
    assert queued == 0
    await asyncio.sleep(0.5)
    assert not mark.exists()


async def test_committed_transaction_enqueues(stack: CeleryStack, tmp_path: Path) -> None:
    mark = tmp_path / "marks"
    async with stack.tasks.database.transaction() as db:
        task_id = await stack.tasks.service.enqueue(
            db, "probe.sleep", {"seconds": 0, "mark": str(mark)}
        )
        assert await db.get(BackgroundTask, task_id) is not None  # recorded, not yet sent

    row = await stack.wait_task(task_id)
    assert row.status == "success"
    assert mark.read_text().split()[0] == task_id


def _is_queue(key: bytes) -> bool:
    name = key.decode()
    return any(name == q or name.startswith(q + "\x06\x16") for q in QUEUES)

"""Work whose process stopped (issue 12, item 9): its lease lapses and the sweep
takes it over, or fails it once its attempts are spent; `/pdf` then answers the
failure instead of 202 for ever.

Rows are left as an instance killed mid-work leaves them: ``processing`` or
``running``, held by a process that no longer renews its lease. A holder that
ran on this machine and has ended is taken over at once, its lease unlapsed; one
of another machine (or named before owners named their process, as ``KILLED``)
is waited for until its lease lapses. The kill itself, of real server processes,
is in ``tests/hostile/test_lost_instance.py`` and ``test_restarted_instance.py``.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from afirgen.bootstrap import Services
from afirgen.infrastructure.leases import new_owner
from afirgen.infrastructure.tables import BackgroundTask, SessionRecord
from afirgen.repositories.sessions import SessionRepository
from afirgen.repositories.tasks import TaskRepository
from afirgen.tasks.names import PDF_TASK
from afirgen.tasks.reports import pdf_task_id
from tests.conftest import client_for
from tests.factories import officer_key, start_session, wait_for
from tests.jobs.factories import create_fir, create_session

REPORT_RETRIES = 3  # the reports queue's policy
KILLED = "instance-killed:4242:0badf00d"  # a holder that no longer renews


LAPSED = timedelta(seconds=-5)
TEN_MINUTES_LEFT = timedelta(minutes=10)


async def ended_holder() -> str:
    """The lease owner of a process that ran on this machine and has ended."""
    code = "from afirgen.infrastructure.leases import new_owner; print(new_owner())"
    command = [sys.executable, "-c", code]
    ended = await asyncio.to_thread(subprocess.run, command, capture_output=True, check=True)
    return ended.stdout.decode().strip()


def elsewhere(owner: str) -> str:
    """The same owner on another machine (or in another container): ``host:pid:started:
    node:nonce`` with another node."""
    host, pid, started, _node, nonce = owner.split(":")
    return f"{host}:{pid}:{started}:{'0' * 12}:{nonce}"


async def strand_generation(
    services: Services, takeovers: int = 0, holder: str = KILLED, lease_left: timedelta = LAPSED
) -> str:
    """A session whose first step a killed instance was generating."""
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        record = await create_session(db, "processing", now, step="transcript_review")
        record.lease_owner, record.takeovers = holder, takeovers
        record.lease_expires_at = now + lease_left
    return record.session_id


async def session_row(services: Services, session_id: str) -> SessionRecord:
    async with services.database.transaction(write=False) as db:
        row = await SessionRepository(db, services.cache).get(session_id)
    assert row is not None
    return row


async def test_lapsed_generation_is_taken_over_and_done(services: Services) -> None:
    session_id = await strand_generation(services)

    taken = await services.sweep.run_once()
    await services.jobs.drain()

    assert taken == {"generations": 1, "tasks": 0}
    row = await session_row(services, session_id)
    assert row.status == "awaiting_validation", row.error
    assert row.lease_owner is None and row.takeovers == 0
    assert row.data["transcript"]  # the step was generated


async def test_generation_of_an_ended_holder_here_is_taken_over_before_its_lease_lapses(
    services: Services,
) -> None:
    """An instance restarted after a crash resumes its own work at its first sweep."""
    session_id = await strand_generation(services, 0, await ended_holder(), TEN_MINUTES_LEFT)

    taken = await services.sweep.run_once()
    await services.jobs.drain()

    assert taken == {"generations": 1, "tasks": 0}
    row = await session_row(services, session_id)
    assert row.status == "awaiting_validation", row.error
    assert row.lease_owner is None and row.data["transcript"]


async def test_generation_of_a_live_or_distant_holder_waits_for_its_lease(
    services: Services,
) -> None:
    """A holder still running, or one on another machine or in another container (its
    pids are not ours to read), keeps its lease until it lapses."""
    holders = [new_owner(), elsewhere(await ended_holder())]
    sessions = [await strand_generation(services, 0, h, TEN_MINUTES_LEFT) for h in holders]

    assert await services.sweep.run_once() == {"generations": 0, "tasks": 0}

    for session_id, holder in zip(sessions, holders, strict=True):
        row = await session_row(services, session_id)
        assert row.status == "processing" and row.lease_owner == holder


async def test_generation_stopped_too_often_fails_the_session(
    services: Services, client: httpx.AsyncClient
) -> None:
    """Work that stops every instance it runs on ends failed, not passed on for ever."""
    session_id = await strand_generation(services, takeovers=2)  # the default limit

    await services.sweep.run_once()
    await services.jobs.drain()

    status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert status["status"] == "failed"
    assert status["error"] == (
        "generating transcript_review stopped 3 times with the instance running it; "
        "submit the complaint again"
    )


async def test_a_held_generation_is_left_to_its_holder(services: Services) -> None:
    session_id = await strand_generation(services)
    async with services.database.transaction() as db:
        record = await SessionRepository(db, services.cache).get(session_id)
        assert record is not None
        record.lease_expires_at = datetime.now(UTC) + timedelta(seconds=30)  # renewed

    assert await services.sweep.run_once() == {"generations": 0, "tasks": 0}
    await services.generator.generate(session_id, "someone-else:1:feed")  # not the holder

    row = await session_row(services, session_id)
    assert row.status == "processing" and row.lease_owner == KILLED


async def test_a_generation_taken_over_meanwhile_is_not_saved(services_factory: Any) -> None:
    """The instance that lost its lease (a loop stalled past it) keeps out of the way."""
    services: Services = await services_factory(test_stage_delay_s=1.0)
    key = await officer_key(services, "sho", "sho")
    async with await client_for(services, key) as client:
        session_id = await start_session(client)
        await asyncio.sleep(0.3)  # generating, under this instance's lease
        async with services.database.transaction() as db:
            record = await SessionRepository(db, services.cache).get(session_id)
            assert record is not None and record.lease_owner is not None
            record.lease_owner = KILLED  # as if another instance had taken it over
        await services.jobs.drain()

        row = await session_row(services, session_id)
        assert row.status == "processing" and row.version == 0  # nothing of the old holder's
        async with services.database.transaction() as db:
            held = await SessionRepository(db, services.cache).get(session_id)
            assert held is not None
            held.lease_expires_at = datetime.now(UTC) - timedelta(seconds=1)  # it stopped too
        await services.sweep.run_once()  # taken over here, and generated
        await wait_for(client, session_id, "transcript_review")


async def strand_pdf_task(
    services: Services,
    sequence: int,
    retries: int = 0,
    holder: str = KILLED,
    lease_left: timedelta = timedelta(minutes=-10, seconds=-50),
) -> str:
    """A finalized FIR whose PDF task a killed instance left ``running`` 11 minutes ago."""
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        record = await create_fir(db, sequence)
        repo = TaskRepository(db)
        task_id = pdf_task_id(record.fir_ref)
        params = {"fir_number": record.fir_ref}
        await repo.insert_if_absent(task_id=task_id, name=PDF_TASK, priority=3, params=params)
        await repo.update(
            task_id,
            status="running",
            station_id=record.station_id,
            started_at=now - timedelta(minutes=11),
            retry_count=retries,
            lease_owner=holder,
            lease_expires_at=now + lease_left,
        )
    return record.fir_number


async def task_row(services: Services, task_id: str) -> BackgroundTask:
    async with services.database.transaction(write=False) as db:
        row = await TaskRepository(db).get(task_id)
    assert row is not None
    return row


async def test_stuck_pdf_task_is_taken_over_and_made(services_factory: Any) -> None:
    services: Services = await services_factory(pdf_wait_s=0)
    number = await strand_pdf_task(services, 21)
    key = await officer_key(services, "sho", "sho")
    async with await client_for(services, key) as client:
        assert (await client.get(f"/api/v1/fir/{number}/pdf")).status_code == 202

        taken = await services.sweep.run_once()  # what every instance does each few seconds
        await services.tasks.dispatcher.drain(20)

        assert taken == {"generations": 0, "tasks": 1}
        row = await task_row(services, pdf_task_id(f"LOCAL-001/{number}"))
        assert row.status == "success", row.error
        assert row.retry_count == 1  # the lost run counted as an attempt
        assert row.lease_owner is None and row.lease_expires_at is None
        pdf = await client.get(f"/api/v1/fir/{number}/pdf")
        assert pdf.status_code == 200
        assert pdf.headers["content-type"] == "application/pdf"


async def test_task_of_an_ended_holder_here_is_run_again_before_its_lease_lapses(
    services_factory: Any,
) -> None:
    services: Services = await services_factory(pdf_wait_s=0)
    holders = {24: await ended_holder(), 25: new_owner()}  # ended; still running (this one)
    numbers = {
        n: await strand_pdf_task(services, n, 0, h, TEN_MINUTES_LEFT) for n, h in holders.items()
    }

    taken = await services.sweep.run_once()
    await services.tasks.dispatcher.drain(20)

    assert taken == {"generations": 0, "tasks": 1}
    ended = await task_row(services, pdf_task_id(f"LOCAL-001/{numbers[24]}"))
    assert ended.status == "success" and ended.retry_count == 1  # the lost run counted
    running = await task_row(services, pdf_task_id(f"LOCAL-001/{numbers[25]}"))
    assert running.status == "running" and running.lease_owner == holders[25]


async def test_pdf_task_lost_too_often_fails_and_pdf_says_so(services_factory: Any) -> None:
    services: Services = await services_factory(pdf_wait_s=0, pdf_retry_after_s=2)
    number = await strand_pdf_task(services, 22, retries=REPORT_RETRIES)
    task_id = pdf_task_id(f"LOCAL-001/{number}")
    key = await officer_key(services, "sho", "sho")
    async with await client_for(services, key) as client:
        await services.sweep.run_once()
        row = await task_row(services, task_id)
        assert row.status == "failed"
        assert row.error == "the worker was lost during the task 4 times"

        refused = await client.get(f"/api/v1/fir/{number}/pdf")
        assert refused.status_code == 503
        body = refused.json()
        assert body["error"] == "report_failed"
        assert "the worker was lost during the task 4 times" in body["message"]
        assert 1 <= int(refused.headers["retry-after"]) <= 2
        assert (await task_row(services, task_id)).status == "failed"  # not re-armed

        failed_at = datetime.now(UTC) - timedelta(seconds=3)  # as if the wait were over
        async with services.database.transaction() as db:
            await TaskRepository(db).update(task_id, completed_at=failed_at)
        again = await client.get(f"/api/v1/fir/{number}/pdf")
        assert again.status_code in (200, 202)  # asked again after the wait: made once more
        await services.tasks.dispatcher.drain(20)
        assert (await task_row(services, task_id)).status == "success"


async def test_only_one_sweeper_takes_a_task_over(services_factory: Any) -> None:
    """Two instances sweeping the same lapsed task: one sends it, the other finds it held."""
    first: Services = await services_factory()
    second: Services = await services_factory()
    number = await strand_pdf_task(first, 23)

    rounds = await asyncio.gather(first.tasks.takeover.run(), second.tasks.takeover.run())
    await first.tasks.dispatcher.drain(20)
    await second.tasks.dispatcher.drain(20)

    assert sorted(rounds) == [0, 1]
    row = await task_row(first, pdf_task_id(f"LOCAL-001/{number}"))
    assert row.status == "success" and row.retry_count == 1

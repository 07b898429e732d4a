"""CPU-heavy work runs in worker processes, off the event loop (issue 12, item 6).

A stage that ran on the event loop held ``/health`` and every other complaint
with it (42 s for a 2-million-character transcript; 4.5-6 s per 200,000-character
``/kb/identify``). These tests hold the only worker busy and check the order of
events: the loop answers while heavy work waits for a worker, and that work
goes on once the worker is free.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from afirgen.infrastructure.compute import ComputePool, WorkerLost
from tests.conftest import client_for
from tests.factories import approve, officer_key, register_fir, start_session, wait_for
from tests.hostile.helpers import THEFT


def hold_worker(started: Path, release: Path) -> int:
    """Keep a worker busy until the test releases it (a long identification's stand-in)."""
    started.write_text(str(os.getpid()))
    while not release.exists():
        time.sleep(0.01)
    return os.getpid()


async def until(condition: Callable[[], bool], what: str) -> None:
    for _ in range(6_000):  # a guard against a hang, not a measure of speed
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


async def test_health_answers_while_heavy_work_waits_for_the_worker(
    services_factory: Any, tmp_path: Path
) -> None:
    services = await services_factory(compute_mode="processes", compute_workers=1)
    key = await officer_key(services, "heavy-work")
    started, release = tmp_path / "started", tmp_path / "release"
    async with await client_for(services, key) as http:
        held = asyncio.ensure_future(services.compute.run(hold_worker, started, release))
        try:
            await until(started.exists, "the worker took the blocking call")
            session_id = await start_session(http, THEFT)
            await wait_for(http, session_id, "transcript_review")
            await approve(http, session_id)  # the summary stage reads the fields next
            body = {"text": THEFT}
            identify = asyncio.ensure_future(http.post("/api/v1/kb/identify", json=body))
            await until(lambda: services.compute.in_flight == 3, "summary and identify queued")

            health = await http.get("/health")
            status = (await http.get(f"/api/v1/session/{session_id}/status")).json()
            assert health.status_code == 200
            assert status["status"] == "processing"  # its fields wait for the worker
            assert not identify.done()
        finally:
            release.touch()
        answer = await identify
        assert answer.status_code == 200, answer.text
        assert answer.json()["sections"]
        await wait_for(http, session_id, "summary_review")
        assert await held != os.getpid()


async def test_a_complaint_reaches_its_pdf_and_register_through_worker_processes(
    services_factory: Any,
) -> None:
    services = await services_factory(compute_mode="processes", pdf_wait_s=60)
    key = await officer_key(services, "worker-sho")
    async with await client_for(services, key) as http:
        number = await register_fir(http)
        assert (await http.post(f"/api/v1/fir/{number}/finalize")).status_code == 200
        pdf = await http.get(f"/api/v1/fir/{number}/pdf")
        today = date.today().isoformat()
        register = await http.get(
            "/api/v1/reports/register", params={"from": today, "to": today, "format": "csv"}
        )
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert register.status_code == 200 and number in register.text


async def test_identify_has_the_complaint_limit(services_factory: Any) -> None:
    services = await services_factory(max_text_chars=1_000)
    key = await officer_key(services, "kb-reader")
    async with await client_for(services, key) as http:
        over = await http.post("/api/v1/kb/identify", json={"text": "chori " * 200})
        within = await http.post("/api/v1/kb/identify", json={"text": THEFT})
    assert over.status_code == 413, over.text
    assert over.json()["error"] == "text_too_long"
    assert "1000 characters" in over.json()["message"]
    assert within.status_code == 200


async def test_a_lost_worker_fails_its_own_call_only(tmp_path: Path) -> None:
    pool: ComputePool[None] = ComputePool("processes", 1, None)
    started, release = tmp_path / "started", tmp_path / "release"
    held = asyncio.ensure_future(pool.run(hold_worker, started, release))
    try:
        await until(started.exists, "the worker took the blocking call")
        os.kill(int(started.read_text()), signal.SIGKILL)
        with pytest.raises(WorkerLost):
            await held
        assert await pool.run(abs, -3) == 3  # a fresh pool answers the next call
    finally:
        release.touch()
        await pool.close()

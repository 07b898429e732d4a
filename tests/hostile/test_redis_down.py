"""Redis down, hung or refusing writes (issue 12, item 8, and item 4's failed
invalidation): reads are answered from the database, writes that must invalidate a
cached copy answer 503 with ``Retry-After`` and commit nothing, rate limits fail
open, a down Redis costs one quick failure rather than a timeout per request, and
the first requests after it returns succeed.

Each test runs its own ``redis-server`` on a free port (never the shared one),
stopped with ``SHUTDOWN SAVE`` and started again on its dump, so the copies cached
before the outage are still there when it returns: what is served then must not
be older than what was committed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from redis.exceptions import ConnectionError as RedisConnectionError

from afirgen.bootstrap import Services
from afirgen.infrastructure.cache import RedisCache
from tests.conftest import client_for
from tests.factories import STEPS, officer_key, register_fir, seen, start_session, wait_for
from tests.hostile.own_redis import OwnRedis

OUTAGE_SETTINGS = {
    "redis_timeout_s": 0.25,
    "redis_retries": 1,
    "redis_breaker_failures": 3,
    "redis_breaker_recovery_s": 1.0,
}


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        if server.process is not None:
            server.resume()
        server.stop()


@pytest.fixture
async def outage(services_factory: Any, own_redis: OwnRedis) -> AsyncIterator[Services]:
    yield await services_factory(redis_url=own_redis.url, **OUTAGE_SETTINGS)


@pytest.fixture
async def http(outage: Services) -> AsyncIterator[httpx.AsyncClient]:
    key = await officer_key(outage, "test-officer", "sho")
    async with await client_for(outage, key) as client:
        yield client


async def stored_version(services: Services, table: str, column: str, value: str) -> int:
    async with services.database.transaction(write=False) as db:
        found = await db.scalar(
            sa.text(f"SELECT version FROM {table} WHERE {column} = :v"), {"v": value}
        )
    return int(found)


def assert_refused_for_now(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["error"] == "cache_unavailable"
    assert int(response.headers["retry-after"]) >= 1
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-correlation-id"]


async def test_redis_down_reads_from_the_database_and_refuses_writes_until_it_returns(
    outage: Services, own_redis: OwnRedis, http: httpx.AsyncClient
) -> None:
    number = await register_fir(http)
    fir = (await http.get(f"/api/v1/fir/{number}")).json()  # cached
    session_id = await start_session(http)
    await wait_for(http, session_id, STEPS[0])
    basis = await seen(http, session_id)  # cached
    assert (await http.get("/api/v1/firs")).status_code == 200

    own_redis.stop()
    started = time.monotonic()
    reads = [
        await http.get(path)
        for path in [f"/api/v1/fir/{number}", f"/api/v1/session/{session_id}/status"] * 10
        + ["/api/v1/firs", "/health"]
    ]
    elapsed = time.monotonic() - started
    assert [r.status_code for r in reads if r.status_code != 200] == []
    assert reads[0].json()["fir_content"] == fir["fir_content"]
    assert reads[1].json()["version"] == basis["version"]
    assert elapsed < 10, f"22 reads with Redis down took {elapsed:.1f} s"

    decided = await http.post(
        "/api/v1/validate", json={"session_id": session_id, "approved": True} | basis
    )
    assert_refused_for_now(decided)
    text = "Corrected while the cache was down."
    corrected = await http.patch(
        f"/api/v1/fir/{number}",
        json={"fir_content": text},
        headers={"If-Match": reads[0].headers["etag"]},
    )
    assert_refused_for_now(corrected)
    assert await stored_version(outage, "sessions", "session_id", session_id) == basis["version"]
    assert await stored_version(outage, "fir_records", "fir_number", number) == fir["version"]

    own_redis.start()  # with the copies cached before it stopped
    await asyncio.sleep(OUTAGE_SETTINGS["redis_breaker_recovery_s"])
    back = await asyncio.gather(
        *(http.get(f"/api/v1/session/{session_id}/status") for _ in range(8))
    )
    assert [r.status_code for r in back] == [200] * 8, [r.text for r in back]
    decided = await http.post(
        "/api/v1/validate", json={"session_id": session_id, "approved": True} | basis
    )
    assert decided.status_code == 200, decided.text
    after = (await http.get(f"/api/v1/session/{session_id}/status")).json()
    assert after["version"] > basis["version"]
    corrected = await http.patch(
        f"/api/v1/fir/{number}",
        json={"fir_content": text},
        headers={"If-Match": reads[0].headers["etag"]},
    )
    assert corrected.status_code == 200, corrected.text
    assert (await http.get(f"/api/v1/fir/{number}")).json()["fir_content"] == text


async def test_a_write_redis_refuses_is_not_committed(
    outage: Services, own_redis: OwnRedis, http: httpx.AsyncClient
) -> None:
    """Item 4: a failed invalidation is a failed write (before: a 200, and the cached
    copy the DEL did not drop served for up to an hour)."""
    number = await register_fir(http)
    first = await http.get(f"/api/v1/fir/{number}")  # cached
    own_redis.command("config", "set", "maxmemory", "1")  # every write refused (OOM)
    finalize = await http.post(
        f"/api/v1/fir/{number}/finalize", headers={"If-Match": first.headers["etag"]}
    )
    assert_refused_for_now(finalize)
    again = (await http.get(f"/api/v1/fir/{number}")).json()
    assert again["status"] == "pending" and again["version"] == first.json()["version"]

    own_redis.command("config", "set", "maxmemory", "0")
    await asyncio.sleep(OUTAGE_SETTINGS["redis_breaker_recovery_s"])
    finalize = await http.post(
        f"/api/v1/fir/{number}/finalize", headers={"If-Match": first.headers["etag"]}
    )
    assert finalize.status_code == 200, finalize.text
    now = (await http.get(f"/api/v1/fir/{number}")).json()
    assert now["status"] == "finalized" and now["signature"]


async def test_a_draft_generated_while_redis_is_down_is_saved_when_it_returns(
    outage: Services, own_redis: OwnRedis, http: httpx.AsyncClient
) -> None:
    own_redis.stop()
    session_id = await start_session(http)  # a new session: nothing cached to drop
    await asyncio.sleep(2)
    waiting = await http.get(f"/api/v1/session/{session_id}/status")
    assert waiting.status_code == 200 and waiting.json()["status"] == "processing"
    own_redis.start()
    await wait_for(http, session_id, STEPS[0], limit_s=30)


async def test_a_hung_redis_costs_one_quick_failure_not_a_timeout_per_request(
    outage: Services, own_redis: OwnRedis, http: httpx.AsyncClient
) -> None:
    number = await register_fir(http)
    own_redis.pause()  # SIGSTOP: connections open, nothing answered
    timings = []
    for _ in range(20):
        started = time.monotonic()
        response = await http.get(f"/api/v1/fir/{number}")
        timings.append(time.monotonic() - started)
        assert response.status_code == 200, response.text
    own_redis.resume()
    slow = [round(t, 2) for t in timings if t > OUTAGE_SETTINGS["redis_timeout_s"]]
    assert len(slow) <= 2, f"requests slower than one Redis timeout: {slow}"


async def test_rate_limits_fail_open_while_redis_is_down(
    services_factory: Any, own_redis: OwnRedis
) -> None:
    services = await services_factory(
        redis_url=own_redis.url, rate_limit_per_minute=3, **OUTAGE_SETTINGS
    )
    key = await officer_key(services, "test-officer", "sho")
    async with await client_for(services, key) as http:
        own_redis.stop()
        answers = [(await http.get("/api/v1/firs")).status_code for _ in range(6)]
        own_redis.start()
    assert answers == [200] * 6  # the limit (3 a minute) is not counted while Redis is down


async def test_ready_reports_the_cache_down_as_degraded(
    outage: Services, own_redis: OwnRedis
) -> None:
    async with await client_for(outage, None) as http:
        own_redis.stop()
        ready = await http.get("/ready")
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["checks"]["cache"].startswith("error")


async def test_every_pooled_connection_works_at_once_when_redis_returns(
    outage: Services, own_redis: OwnRedis
) -> None:
    """Each pooled connection's first command after a restart meets a closed socket:
    redis-py's retry reconnects it (the control, with no retries, shows the failure)."""
    assert isinstance(outage.cache, RedisCache)
    control = RedisCache(own_redis.url, retries=0)
    try:
        for cache in (outage.cache, control):  # eight connections in each pool
            await asyncio.gather(*(cache.client.blpop(["nothing"], 0.05) for _ in range(8)))
        own_redis.stop()
        own_redis.start()

        served = await asyncio.gather(
            *(outage.cache.client.get("afirgen:probe") for _ in range(8)), return_exceptions=True
        )
        failed = await asyncio.gather(
            *(control.client.get("afirgen:probe") for _ in range(8)), return_exceptions=True
        )
    finally:
        await control.close()
    assert [r for r in served if isinstance(r, Exception)] == []
    assert any(isinstance(r, RedisConnectionError) for r in failed)

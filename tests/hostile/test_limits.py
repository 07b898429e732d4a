"""Rate limits and key revocation (issue 12, items 13-14)."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from afirgen.bootstrap import Services
from afirgen.cli import app as cli
from afirgen.infrastructure.rate_limits import MemoryWindowCounter, RedisWindowCounter
from afirgen.main import create_app
from tests.factories import officer_key


def client_from(services: Services, address: str, key: str | None) -> httpx.AsyncClient:
    app = create_app(services=services)
    app.state.services = services
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    headers = {"X-API-Key": key} if key else {}
    return httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers)


def freeze_window(services: Services) -> Services:
    """Keep the test inside one rate-limit window, however slowly it runs."""
    start = time.time()
    frozen = start - start % 60 + 30
    if isinstance(services.limits, RedisWindowCounter):
        services.limits = RedisWindowCounter(services.limits.cache, clock=lambda: frozen)
    else:
        services.limits = MemoryWindowCounter(clock=lambda: frozen)
    return services


async def new_key(services: Services, name: str = "limited") -> str:
    return await officer_key(services, name)


async def test_retrying_after_429_does_not_extend_the_lockout() -> None:
    now = [6000.0]  # the start of a minute
    counter = MemoryWindowCounter(clock=lambda: now[0])
    counts = []
    for _ in range(300):  # a client retrying every 0.1 s for 30 s after its limit
        counts.append((await counter.hit("key:a"))[0])
        now[0] += 0.1
    assert counts[-1] == 300
    now[0] = 6060.0  # the next minute: served again
    count, reset = await counter.hit("key:a")
    assert (count, reset) == (1, 60)


async def test_a_redis_window_counts_and_expires_with_its_window(services: Services) -> None:
    if not isinstance(services.limits, RedisWindowCounter):
        pytest.skip("the in-process counter drops a past window whole")
    counter = RedisWindowCounter(services.limits.cache, clock=lambda: 6030.0)
    name = f"probe-{uuid.uuid4().hex}"
    assert [await counter.hit(name) for _ in range(3)] == [(1, 30), (2, 30), (3, 30)]
    ttl = await services.limits.cache.client.ttl(f"ratelimit:{name}:100")
    assert 0 < ttl <= 61  # the window's length and a second: no counter outlives it


async def test_junk_keys_do_not_evict_counters(services_factory: Any) -> None:
    services = freeze_window(
        await services_factory(rate_limit_per_minute=3, failed_auth_per_address=1_000)
    )
    key = await new_key(services)
    async with client_from(services, "10.0.0.1", key) as officer:
        assert [(await officer.get("/api/v1/firs")).status_code for _ in range(3)] == [200] * 3
    async with client_from(services, "10.0.0.2", None) as junk:
        for _ in range(100):
            wrong = {"X-API-Key": f"afg_{uuid.uuid4().hex}"}
            assert (await junk.get("/api/v1/firs", headers=wrong)).status_code == 401
    async with client_from(services, "10.0.0.1", key) as officer:
        assert (await officer.get("/api/v1/firs")).status_code == 429


async def test_forwarded_address_counts_only_from_a_trusted_proxy(services_factory: Any) -> None:
    services = freeze_window(
        await services_factory(rate_limit_per_minute=2, trusted_proxies=["10.0.0.9"])
    )
    async with client_from(services, "10.0.0.9", None) as proxy:
        for client_address in ("198.51.100.1", "198.51.100.2"):
            headers = {"X-Forwarded-For": client_address}
            got = [(await proxy.get("/api/v1/firs", headers=headers)).status_code for _ in range(3)]
            assert got == [401, 401, 429]  # one budget per real client behind the proxy
    async with client_from(services, "10.0.0.8", None) as direct:
        forged = [
            (await direct.get("/api/v1/firs", headers={"X-Forwarded-For": f"203.0.113.{i}"}))
            for i in range(3)
        ]
        assert [r.status_code for r in forged] == [401, 401, 429]  # not believed


def freeze_failures(services: Services) -> list[float]:
    """The failed-authentication window on a clock the test moves (mid-window to start)."""
    limit = services.officers.failures
    window = limit.counter.window_s
    now = [time.time() // window * window + window / 2]
    if isinstance(limit.counter, RedisWindowCounter):
        limit.counter = RedisWindowCounter(limit.counter.cache, window, clock=lambda: now[0])
    else:
        limit.counter = MemoryWindowCounter(window, clock=lambda: now[0])
    return now


async def test_guessed_keys_are_limited_per_address(services_factory: Any) -> None:
    services = await services_factory(failed_auth_per_address=3, failed_auth_window_minutes=10)
    now = freeze_failures(services)
    at_work, waiting = await new_key(services, "at-work"), await new_key(services, "waiting")
    async with client_from(services, "10.0.1.1", at_work) as officer:
        assert (await officer.get("/api/v1/firs")).status_code == 200  # checked and cached
    async with client_from(services, "10.0.1.1", None) as guesser:
        guesses = [
            await guesser.get("/api/v1/firs", headers={"X-API-Key": f"afg_{uuid.uuid4().hex}"})
            for _ in range(4)
        ]
        right_key = await guesser.get("/api/v1/firs", headers={"X-API-Key": waiting})
    assert [g.status_code for g in guesses] == [401, 401, 401, 429]
    refused = guesses[-1]
    assert refused.json()["error"] == "too_many_failed_auth"
    assert refused.headers["retry-after"] == "300"  # the rest of the 10-minute window
    assert refused.headers["x-content-type-options"] == "nosniff"
    assert refused.headers["x-correlation-id"]
    assert right_key.status_code == 429  # over the limit, no key is checked at all
    async with client_from(services, "10.0.1.1", at_work) as officer:
        assert (await officer.get("/api/v1/firs")).status_code == 200  # known a moment ago
    async with client_from(services, "10.0.1.2", waiting) as elsewhere:
        assert (await elsewhere.get("/api/v1/firs")).status_code == 200
    now[0] += 300  # the next window
    async with client_from(services, "10.0.1.1", waiting) as later:
        assert (await later.get("/api/v1/firs")).status_code == 200


async def test_failed_sign_ins_count_against_the_address(services_factory: Any) -> None:
    services = await services_factory(failed_auth_per_address=3, trusted_proxies=["10.0.0.9"])
    freeze_failures(services)
    await officer_key(services, "signing-in", password="correct horse battery")
    wrong = {"username": "signing-in", "password": "not the password"}
    right = {"username": "signing-in", "password": "correct horse battery"}
    behind_proxy = {"X-Forwarded-For": "198.51.100.7"}
    async with client_from(services, "10.0.0.9", None) as proxy:
        api = [
            (await proxy.post("/api/v1/auth/login", json=wrong, headers=behind_proxy)).status_code
            for _ in range(2)
        ]
        console = await proxy.post("/login", data=wrong, headers=behind_proxy)
        refused = await proxy.post("/api/v1/auth/login", json=right, headers=behind_proxy)
        page = await proxy.post("/login", data=right, headers=behind_proxy)
        other = await proxy.post(
            "/api/v1/auth/login", json=right, headers={"X-Forwarded-For": "198.51.100.8"}
        )
    assert api == [401, 401] and console.status_code == 401
    assert refused.status_code == 429 and refused.json()["error"] == "too_many_failed_auth"
    assert int(refused.headers["retry-after"]) > 0
    assert page.status_code == 429 and "Too many failed sign-ins" in page.text
    assert page.headers["retry-after"] == refused.headers["retry-after"]
    assert other.status_code == 200  # another client behind the same proxy


async def test_429_carries_the_security_headers(services_factory: Any) -> None:
    services = freeze_window(await services_factory(rate_limit_per_minute=1))
    key = await new_key(services)
    async with client_from(services, "10.0.0.5", key) as officer:
        await officer.get("/api/v1/firs")
        refused = await officer.get("/api/v1/firs")
    assert refused.status_code == 429
    assert refused.headers["x-content-type-options"] == "nosniff"
    assert refused.headers["x-correlation-id"]


async def test_revoked_key_is_refused_at_once(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = await new_key(services, "leaving-officer")
    async with client_from(services, "10.0.0.6", key) as officer:
        assert (await officer.get("/api/v1/firs")).status_code == 200
        monkeypatch.setenv("AFIRGEN_DATA_DIR", str(services.settings.data_dir))
        monkeypatch.setenv("AFIRGEN_DATABASE_URL", services.settings.resolved_database_url)
        if services.settings.redis_url:
            monkeypatch.setenv("AFIRGEN_REDIS_URL", services.settings.redis_url)
        result = await asyncio.to_thread(CliRunner().invoke, cli, ["apikey", "revoke", key[:12]])
        assert result.exit_code == 0, result.output
        assert (await officer.get("/api/v1/firs")).status_code == 401


async def test_polling_does_not_starve_writes(services_factory: Any) -> None:
    services = freeze_window(await services_factory(rate_limit_per_minute=3))
    key = await new_key(services)
    async with client_from(services, "10.0.0.7", key) as officer:
        polls = [(await officer.get("/api/v1/firs")).status_code for _ in range(4)]
        decision = {"session_id": "x", "approved": True, "step": "transcript_review", "version": 0}
        write = await officer.post("/api/v1/validate", json=decision)
    assert polls == [200, 200, 200, 429]
    assert write.status_code == 404  # reached the service: its own budget was untouched

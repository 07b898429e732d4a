"""Read-your-writes through the cache: a read that missed the cache, read the
database and stores its copy after a writer's commit never replaces (or puts back)
the newer state, on the in-process cache and on Redis (issue 12, item 4).

The race is made deterministic with the real cache paused at the store: the
reader has read the database and waits there while the writer commits; then it
stores, and the next read must show the writer's state. Then many
validate-then-read and process-then-poll pairs run at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import httpx

from afirgen.bootstrap import Services
from afirgen.infrastructure.cache import Cache, Ticket
from afirgen.repositories.firs import fir_view_key
from afirgen.repositories.sessions import SessionRepository, session_cache_key
from tests.factories import STEPS, register_fir, seen, start_session, wait_for


class PausedStore:
    """The services' own cache, with the first store of one key held until released
    (the reader has read the database by then)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.backend, self.shared = cache.backend, cache.shared
        self.key: str | None = None
        self.reached = asyncio.Event()
        self.released = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.cache, name)

    def arm(self, key: str) -> None:
        self.key = key

    async def _hold(self, key: str) -> None:
        if key == self.key:
            self.key = None
            self.reached.set()
            await self.released.wait()

    async def set(self, key: str, value: Any, ttl: int) -> None:
        await self._hold(key)
        await self.cache.set(key, value, ttl)

    async def set_text(self, key: str, text: str, ttl: int) -> None:
        await self._hold(key)
        await self.cache.set_text(key, text, ttl)

    async def set_if_unchanged(self, ticket: Ticket, key: str, value: Any, ttl: int) -> bool:
        await self._hold(key)
        return await self.cache.set_if_unchanged(ticket, key, value, ttl)

    async def set_text_if_unchanged(self, ticket: Ticket, key: str, text: str, ttl: int) -> bool:
        await self._hold(key)
        return await self.cache.set_text_if_unchanged(ticket, key, text, ttl)

    async def begin_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        await self.cache.begin_write(guards, keys)

    async def end_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        await self.cache.end_write(guards, keys)


def paused(services: Services) -> PausedStore:
    store = PausedStore(services.cache)
    services.sessions.cache = store  # type: ignore[assignment]
    services.firs.cache = store  # type: ignore[assignment]
    return store


async def status(client: httpx.AsyncClient, session_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/session/{session_id}/status")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_status_read_before_a_decision_never_lands_after_it(
    services: Services, client: httpx.AsyncClient
) -> None:
    session_id = await start_session(client)
    await wait_for(client, session_id, STEPS[0])
    basis = await seen(client, session_id)
    store = paused(services)
    await services.cache.delete(session_cache_key(session_id))  # the next read misses
    store.arm(session_cache_key(session_id))

    reader = asyncio.create_task(status(client, session_id))
    await asyncio.wait_for(store.reached.wait(), 10)  # it has read the database
    body = {"session_id": session_id, "approved": True} | basis
    decided = await client.post("/api/v1/validate", json=body)
    assert decided.status_code == 200, decided.text
    store.released.set()
    assert (await reader)["version"] == basis["version"]  # what it read, before the decision

    after = await status(client, session_id)
    assert after["version"] > basis["version"], "the older snapshot replaced the decision"
    assert after["current_step"] == STEPS[1]
    assert (await status(client, session_id))["version"] >= after["version"]  # and it stays


async def test_a_fir_read_before_a_correction_never_lands_after_it(
    services: Services, client: httpx.AsyncClient
) -> None:
    number = await register_fir(client)
    first = await client.get(f"/api/v1/fir/{number}")
    ref = str(first.json()["fir_ref"])
    store = paused(services)
    await services.cache.delete(fir_view_key(ref))
    store.arm(fir_view_key(ref))

    reader = asyncio.create_task(client.get(f"/api/v1/fir/{number}"))
    await asyncio.wait_for(store.reached.wait(), 10)
    text = "Corrected while another officer's read was on its way to the cache."
    headers = {"If-Match": first.headers["etag"]}
    corrected = await client.patch(
        f"/api/v1/fir/{number}", json={"fir_content": text}, headers=headers
    )
    assert corrected.status_code == 200, corrected.text
    store.released.set()
    assert (await reader).json()["version"] == first.json()["version"]

    for _ in range(2):  # a miss, then whatever the cache now holds
        now = (await client.get(f"/api/v1/fir/{number}")).json()
        assert now["fir_content"] == text, "the older FIR replaced the correction"
        assert now["version"] == first.json()["version"] + 1


async def test_a_poll_before_the_draft_is_saved_never_hides_it(
    services: Services, client: httpx.AsyncClient
) -> None:
    """process-then-poll: the poll read ``processing``, the generation saved the step,
    then the poll stored what it read. On a fast host a short draft can be saved before
    the poll reads at all; such a try shows nothing, so the race is tried on new
    sessions until the poll did read ``processing`` first."""
    store = paused(services)
    for _ in range(5):
        store.reached.clear()
        store.released.clear()
        session_id = await start_session(client)
        store.arm(session_cache_key(session_id))
        reader = asyncio.create_task(status(client, session_id))
        await asyncio.wait_for(store.reached.wait(), 10)
        for _ in range(600):  # the generation saves its step while the poll is held
            async with services.database.transaction(write=False) as db:
                record = await SessionRepository(db, services.cache).get(session_id)
            if record is not None and record.status != "processing":
                break
            await asyncio.sleep(0.05)
        store.released.set()
        if (await reader)["status"] == "processing":
            assert (await status(client, session_id))["status"] == "awaiting_validation"
            return
    raise AssertionError("every draft was saved before the poll read: the race was not run")


async def test_many_validate_then_read_and_process_then_poll_pairs(
    client: httpx.AsyncClient,
) -> None:
    """Twelve complaints at once, each polled from its submission and read straight
    after each decision, while other clients poll the same sessions."""

    async def poll_until_ready(session_id: str) -> None:
        for _ in range(1200):
            if (await status(client, session_id))["status"] == "awaiting_validation":
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"{session_id} still processing after its draft was made")

    async def walk() -> list[str]:
        stale: list[str] = []
        session_id = await start_session(client)
        await poll_until_ready(session_id)
        for step in STEPS[:-1]:
            basis = await seen(client, session_id)
            assert basis["step"] == step
            body = {"session_id": session_id, "approved": True} | basis
            answer = await client.post("/api/v1/validate", json=body)
            assert answer.status_code == 200, answer.text
            read = await status(client, session_id)  # straight after the decision
            if read["version"] <= basis["version"]:
                stale.append(f"{session_id} {step}: read version {read['version']}")
            await poll_until_ready(session_id)
        return stale

    results = await asyncio.gather(*(walk() for _ in range(12)))
    assert [s for found in results for s in found] == []

"""The cached read of one FIR keeps every guarantee of a read from the database: it is
audited (written by the buffered flush, chained), scoped to the officer's station,
refused at once for a revoked key or a disabled officer, and never older than the last
committed change."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
import sqlalchemy as sa

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import AuditEvent
from tests.api.test_numbering import approved_draft
from tests.conftest import client_for
from tests.factories import actor_for, correct_fir, officer_key


@dataclass
class Registered:
    services: Services
    key: str
    client: httpx.AsyncClient
    number: str


@pytest.fixture
async def registered(services: Services) -> AsyncIterator[Registered]:
    """A pending FIR of the default station, read once by its SHO (so it is cached)."""
    key = await officer_key(services, "sho-reader", "sho")
    sho = await actor_for(services, key)
    async with services.database.transaction() as db:
        number = await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)
    async with await client_for(services, key) as http:
        assert (await http.get(f"/api/v1/fir/{number}")).status_code == 200
        yield Registered(services, key, http, number)


async def viewed(services: Services) -> list[AuditEvent]:
    async with services.database.transaction(write=False) as db:
        stmt = sa.select(AuditEvent).where(AuditEvent.action == "fir.viewed")
        return list((await db.execute(stmt.order_by(AuditEvent.id))).scalars())


async def test_each_cached_read_is_audited_once_flushed_and_the_chain_verifies(
    registered: Registered,
) -> None:
    services, http = registered.services, registered.client
    for n in range(3):
        headers = {"X-Correlation-ID": f"read-{n}"}
        response = await http.get(f"/api/v1/fir/{registered.number}", headers=headers)
        assert response.status_code == 200 and response.json()["fir_number"] == registered.number
    await services.audit.flush()
    events = await viewed(services)
    assert len(events) == 4  # the fixture's read and these three
    assert [e.correlation_id for e in events[1:]] == ["read-0", "read-1", "read-2"]
    assert {e.officer for e in events} == {"sho-reader"}
    assert {e.object_id for e in events} == {f"LOCAL-001/{registered.number}"}
    assert all(e.client and e.at for e in events)
    async with services.database.transaction(write=False) as db:
        reports = await services.audit.verify(db)
    assert [r.problem for r in reports if r.problem] == []


async def test_a_flush_appends_a_chains_reads_with_one_insert(registered: Registered) -> None:
    """The buffered reads go in as one multi-row statement per chain, not a row each (the
    flush shares the event loop with every request: per-row inserts made it half the
    cost of a cached read), still chained in the order read."""
    services, http = registered.services, registered.client
    await services.audit.flush()
    for n in range(20):
        headers = {"X-Correlation-ID": f"burst-{n}"}
        assert (await http.get(f"/api/v1/fir/{registered.number}", headers=headers)).is_success
    inserts: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENTS"):
            inserts.append(statement)

    engine = services.database.engine.sync_engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        assert await services.audit.flush() == 20
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(inserts) == 1
    events = (await viewed(services))[-20:]
    assert [e.correlation_id for e in events] == [f"burst-{n}" for n in range(20)]
    assert [e.seq for e in events] == list(range(events[0].seq, events[0].seq + 20))
    async with services.database.transaction(write=False) as db:
        assert [r.problem for r in await services.audit.verify(db) if r.problem] == []


async def test_buffered_reads_are_written_when_the_service_closes(services: Services) -> None:
    key = await officer_key(services, "sho-closing", "sho")
    sho = await actor_for(services, key)
    async with services.database.transaction() as db:
        number = await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)
    async with await client_for(services, key) as http:
        assert (await http.get(f"/api/v1/fir/{number}")).status_code == 200
    await services.audit.close()
    assert len(await viewed(services)) == 1


async def test_a_revoked_key_or_disabled_officer_is_refused_at_once(
    registered: Registered,
) -> None:
    services = registered.services
    other = await officer_key(services, "duty-leaver", "duty_officer")
    async with await client_for(services, other) as leaver:
        assert (await leaver.get(f"/api/v1/fir/{registered.number}")).status_code == 200
        async with services.database.transaction() as db:
            await services.officers.revoke_api_key(db, registered.key[:12])
            await services.officers.disable_officer(db, "duty-leaver")
        revoked = await registered.client.get(f"/api/v1/fir/{registered.number}")
        disabled = await leaver.get(f"/api/v1/fir/{registered.number}")
    assert revoked.status_code == 401 and "revoked" in revoked.json()["message"]
    assert disabled.status_code == 401


async def test_a_cached_fir_of_another_station_answers_404(registered: Registered) -> None:
    services = registered.services
    stranger = await officer_key(services, "sho-elsewhere", "sho", "OTHER-001")
    async with await client_for(services, stranger) as http:
        response = await http.get(f"/api/v1/fir/{registered.number}")
        named = await http.get(f"/api/v1/fir/{registered.number}?station=LOCAL-001")
    assert response.status_code == 404 and named.status_code == 404


async def test_the_cached_fir_follows_corrections_and_finalization(
    registered: Registered,
) -> None:
    http, url = registered.client, f"/api/v1/fir/{registered.number}"
    corrected = await correct_fir(
        http, registered.number, summary="Phone taken from the bus stand."
    )
    assert corrected.status_code == 200, corrected.text
    assert (await http.get(url)).json()["summary"] == "Phone taken from the bus stand."
    assert (await http.post(f"{url}/finalize")).status_code == 200
    fir = (await http.get(url)).json()
    assert fir["status"] == "finalized" and fir["integrity"] == "valid"
    assert fir["finalized_by"] == "sho-reader"

"""Corrections of a pending FIR are made on the version the officer read (ETag and
If-Match): of concurrent corrections of one version one is applied and every other
is told (412), none is lost without a word, and the history keeps each change."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from afirgen.bootstrap import Services
from afirgen.repositories.firs import FirRepository
from tests.factories import correct_fir, register_fir


async def patch(
    client: httpx.AsyncClient, number: str, etag: str | None, **changes: str
) -> httpx.Response:
    headers = {"If-Match": etag} if etag is not None else {}
    return await client.patch(f"/api/v1/fir/{number}", json=changes, headers=headers)


async def read(client: httpx.AsyncClient, number: str) -> httpx.Response:
    response = await client.get(f"/api/v1/fir/{number}")
    assert response.status_code == 200, response.text
    return response


def corrections(fir: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry for entry in fir["status_history"] if entry.get("changes")]


async def test_twenty_concurrent_corrections_of_one_version_apply_exactly_one(
    client: httpx.AsyncClient,
) -> None:
    number = await register_fir(client)
    first = await read(client, number)
    etag, original = first.headers["etag"], first.json()["fir_content"]
    texts = [
        f"Corrected contents, version by officer {n}: the chain was snatched." for n in range(20)
    ]

    answers = await asyncio.gather(*(patch(client, number, etag, fir_content=t) for t in texts))

    codes = sorted(a.status_code for a in answers)
    assert codes == [200] + [412] * 19, codes
    [won] = [a for a in answers if a.status_code == 200]
    for refused in (a for a in answers if a.status_code == 412):
        assert refused.json()["error"] == "version_mismatch" and refused.json()["message"]
        assert refused.headers["etag"] == won.headers["etag"] != etag
        assert refused.json()["details"]["etag"] == won.headers["etag"]
    fir = (await read(client, number)).json()
    assert fir["fir_content"] == won.json()["fir_content"]
    assert fir["version"] == first.json()["version"] + 1
    [entry] = corrections(fir)
    after = won.json()["fir_content"]
    assert entry["changes"] == [{"field": "fir_content", "before": original, "after": after}]
    assert entry["by"] == "test-officer" and entry["at"] and entry["version"] == fir["version"]


async def test_refused_officers_retry_on_the_new_version_and_nothing_is_lost(
    client: httpx.AsyncClient,
) -> None:
    number = await register_fir(client)
    etag = (await read(client, number)).headers["etag"]
    places = [f"Gate {n}, Ajmeri Gate market, Jaipur" for n in range(6)]
    answers = await asyncio.gather(*(patch(client, number, etag, place=p) for p in places))
    applied = [p for p, a in zip(places, answers, strict=True) if a.status_code == 200]
    retried = [p for p, a in zip(places, answers, strict=True) if a.status_code == 412]
    assert len(applied) == 1 and len(retried) == 5

    for place in retried:  # each officer reads what it says now and corrects that
        assert (await correct_fir(client, number, place=place)).status_code == 200

    fir = (await read(client, number)).json()
    history = corrections(fir)
    assert [e["changes"][0]["after"] for e in history] == applied + retried
    befores = [e["changes"][0]["before"] for e in history[1:]]
    assert befores == [e["changes"][0]["after"] for e in history[:-1]]  # a chain, no gap
    assert fir["place"] == retried[-1]
    audit = await client.get("/api/v1/audit", params={"action": "fir.corrected", "limit": 50})
    assert audit.status_code == 200, audit.text
    assert len(audit.json()["items"]) == len(places)


async def test_a_correction_without_if_match_is_refused_with_428(
    client: httpx.AsyncClient,
) -> None:
    number = await register_fir(client)
    before = (await read(client, number)).json()

    refused = await patch(client, number, None, place="Johari Bazaar")

    assert refused.status_code == 428
    assert refused.json()["error"] == "precondition_required"
    assert "If-Match" in refused.json()["message"]
    assert (await read(client, number)).json() == before


async def test_a_stale_etag_is_refused_with_the_current_one(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    old = (await read(client, number)).headers["etag"]
    assert (await patch(client, number, old, place="Johari Bazaar")).status_code == 200
    now = await read(client, number)

    stale = await patch(client, number, old, place="Tripolia Bazaar")

    assert stale.status_code == 412
    assert stale.headers["etag"] == now.headers["etag"] != old
    assert stale.json()["details"]["version"] == now.json()["version"]
    assert (await read(client, number)).json()["place"] == "Johari Bazaar"


async def test_if_match_must_be_an_etag_this_service_gave(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    version = (await read(client, number)).json()["version"]
    for value in ("*", f'W/"{version}"', str(version), '"1", "2"', '"99999999999999"'):
        answer = await patch(client, number, value, place="Johari Bazaar")
        assert answer.status_code == 422, (value, answer.text)
        assert "If-Match" in answer.json()["message"]


async def test_finalizing_a_version_that_changed_is_refused(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    seen = (await read(client, number)).headers["etag"]
    assert (await correct_fir(client, number, place="Johari Bazaar")).status_code == 200

    stale = await client.post(f"/api/v1/fir/{number}/finalize", headers={"If-Match": seen})
    assert stale.status_code == 412
    current = (await read(client, number)).headers["etag"]
    done = await client.post(f"/api/v1/fir/{number}/finalize", headers={"If-Match": current})
    assert done.status_code == 200 and done.json()["place"] == "Johari Bazaar"
    assert done.headers["etag"] != current
    assert (await read(client, number)).headers["etag"] == done.headers["etag"]


async def test_a_correction_that_changes_nothing_makes_no_version(
    client: httpx.AsyncClient,
) -> None:
    number = await register_fir(client)
    first = await read(client, number)
    same = await patch(client, number, first.headers["etag"], summary=first.json()["summary"])
    assert same.status_code == 200 and same.headers["etag"] == first.headers["etag"]
    assert corrections((await read(client, number)).json()) == []


async def test_the_database_update_compares_the_version_itself(
    services: Services, client: httpx.AsyncClient
) -> None:
    """A writer that read version 1 (on another instance, say) cannot write over 2."""
    number = await register_fir(client)
    ref = f"LOCAL-001/{number}"
    async with services.database.transaction() as db:
        record = await FirRepository(db, services.cache).get_record(ref)
    assert record is not None and record.version == 1
    assert (await correct_fir(client, number, place="Johari Bazaar")).status_code == 200

    async with services.database.transaction() as db:
        repo = FirRepository(db, services.cache)
        written = await repo.compare_and_set(record, 1, {"place": "Tripolia Bazaar"})
        assert not written
        assert await repo.current_version(record.id) == 2
    assert (await read(client, number)).json()["place"] == "Johari Bazaar"

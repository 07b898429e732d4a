"""FIR numbers: consecutive per station and year, no gaps, no duplicates, under concurrency."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime

from afirgen.bootstrap import Services
from afirgen.domain import SessionData, Source
from afirgen.domain.fields import FirFields, Occurrence, Person
from afirgen.services.access import Actor
from tests.factories import actor_for, officer_key


def approved_draft(year: int = 2025) -> SessionData:
    """A draft with every IF-1 mandatory item, as the final review approves it."""
    return SessionData(
        source=Source(text="My phone was stolen at the bus stand."),
        reported_at=datetime(year, 5, 1, 10, 0, tzinfo=UTC),
        station="Kotwali",
        district="Jaipur",
        fields=FirFields(
            complainant=Person(name="Asha Verma"),
            occurrence=Occurrence(date_from=date(year, 4, 30)),
            place="the bus stand",
        ),
        narrative="The complainant reported the theft of a mobile phone.",
        identification={
            "law": "BNS",
            "cognizable": True,
            "sections": [{"act": "BNS", "section": "303", "subsection": "2", "title": "Theft"}],
        },
    )


async def sho(services: Services, station: str = "LOCAL-001") -> Actor:
    key = await officer_key(services, f"sho-{station.lower()}", "sho", station)
    return await actor_for(services, key)  # type: ignore[no-any-return]


async def register_one(services: Services, actor: Actor) -> str:
    async with services.database.transaction() as db:
        return await services.firs.register(db, str(uuid.uuid4()), approved_draft(), actor)


async def test_200_concurrent_registrations_across_5_stations(services: Services) -> None:
    stations = [await sho(services, f"ST-{i}") for i in range(5)]
    refs = await asyncio.gather(*(registered_ref(services, stations[n % 5]) for n in range(200)))
    assert len(set(refs)) == 200
    for actor in stations:
        numbers = sorted(r.split("/")[1] for r in refs if r.startswith(f"{actor.station_code}/"))
        assert numbers == [f"FIR-2025-{n:06d}" for n in range(1, 41)]


async def registered_ref(services: Services, actor: Actor) -> str:
    return f"{actor.station_code}/{await register_one(services, actor)}"


async def test_rolled_back_registration_leaves_no_gap(services: Services) -> None:
    actor = await sho(services)
    first = await register_one(services, actor)
    try:
        async with services.database.transaction() as db:
            await services.firs.register(db, "s", approved_draft(), actor)
            raise RuntimeError("the request failed after numbering")
    except RuntimeError:
        pass
    second = await register_one(services, actor)
    assert (first, second) == ("FIR-2025-000001", "FIR-2025-000002")


async def test_sequence_restarts_each_year(services: Services) -> None:
    actor = await sho(services)
    async with services.database.transaction() as db:
        old = await services.firs.register(db, "a", approved_draft(2024), actor)
    assert old == "FIR-2024-000001"
    assert await register_one(services, actor) == "FIR-2025-000001"


async def test_each_station_numbers_from_one(services: Services) -> None:
    first, second = await sho(services, "ST-A"), await sho(services, "ST-B")
    assert await register_one(services, first) == "FIR-2025-000001"
    assert await register_one(services, second) == "FIR-2025-000001"
    assert await register_one(services, first) == "FIR-2025-000002"


async def test_registration_decides_fir_or_ncr_and_records_it(services: Services) -> None:
    actor = await sho(services)
    petty = approved_draft()
    petty.identification = {
        "law": "BNS",
        "cognizable": False,
        "sections": [{"act": "BNS", "section": "115", "subsection": "2", "title": "Hurt"}],
    }
    async with services.database.transaction() as db:
        ncr = await services.firs.register(db, "n", petty, actor)
    fir = await register_one(services, actor)
    assert (ncr, fir) == ("NCR-2025-000001", "FIR-2025-000001")
    async with services.database.transaction() as db:
        ncr_draft = (await services.firs.get(db, actor, ncr))["fields_json"]
        fir_draft = (await services.firs.get(db, actor, fir))["fields_json"]
    assert ncr_draft["report_type"] == "NCR"
    assert "section 174 BNSS" in ncr_draft["action_taken"]
    assert fir_draft["report_type"] == "FIR"
    assert "section 173 BNSS" in fir_draft["action_taken"]

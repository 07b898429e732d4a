"""FIR numbers: consecutive per year, no gaps, no duplicates, under concurrency."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from afirgen.bootstrap import Services
from afirgen.domain import SessionData, Source


def approved_draft(year: int = 2025) -> SessionData:
    return SessionData(
        source=Source(text="My phone was stolen at the bus stand."),
        reported_at=datetime(year, 5, 1, 10, 0, tzinfo=UTC),
        narrative="The complainant reported the theft of a mobile phone.",
        identification={
            "law": "BNS",
            "cognizable": True,
            "sections": [{"act": "BNS", "section": "303", "subsection": "2", "title": "Theft"}],
        },
    )


async def register_one(services: Services) -> str:
    async with services.database.transaction() as db:
        return await services.firs.register(db, str(uuid.uuid4()), approved_draft(), "officer")


async def test_200_concurrent_registrations_are_consecutive(services: Services) -> None:
    numbers = await asyncio.gather(*(register_one(services) for _ in range(200)))
    assert len(set(numbers)) == 200
    assert sorted(numbers) == [f"FIR-2025-{n:06d}" for n in range(1, 201)]


async def test_rolled_back_registration_leaves_no_gap(services: Services) -> None:
    first = await register_one(services)
    try:
        async with services.database.transaction() as db:
            await services.firs.register(db, "s", approved_draft(), "officer")
            raise RuntimeError("the request failed after numbering")
    except RuntimeError:
        pass
    second = await register_one(services)
    assert (first, second) == ("FIR-2025-000001", "FIR-2025-000002")


async def test_sequence_restarts_each_year(services: Services) -> None:
    async with services.database.transaction() as db:
        old = await services.firs.register(db, "a", approved_draft(2024), "officer")
    assert old == "FIR-2024-000001"
    assert await register_one(services) == "FIR-2025-000001"


async def test_registration_decides_fir_or_ncr_and_records_it(services: Services) -> None:
    petty = approved_draft()
    petty.identification = {
        "law": "BNS",
        "cognizable": False,
        "sections": [{"act": "BNS", "section": "115", "subsection": "2", "title": "Hurt"}],
    }
    async with services.database.transaction() as db:
        ncr = await services.firs.register(db, "n", petty, "officer")
    fir = await register_one(services)
    assert (ncr, fir) == ("NCR-2025-000001", "FIR-2025-000001")
    async with services.database.transaction(write=False) as db:
        ncr_draft = (await services.firs.get(db, ncr))["fields_json"]
        fir_draft = (await services.firs.get(db, fir))["fields_json"]
    assert ncr_draft["report_type"] == "NCR"
    assert "section 174 BNSS" in ncr_draft["action_taken"]
    assert fir_draft["report_type"] == "FIR"
    assert "section 173 BNSS" in fir_draft["action_taken"]

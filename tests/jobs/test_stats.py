"""Dashboard statistics: computed by the database, cached for five minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from afirgen.bootstrap import Services
from afirgen.services.stats_service import dashboard_key
from tests.factories import actor_for
from tests.jobs.factories import SNATCHING, THEFT_IN_HOUSE, create_fir, create_session


async def seed(services: Services) -> datetime:
    """Three finalized FIRs and one pending, over two days, plus two open sessions."""
    today = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0)
    yesterday = today - timedelta(days=1)
    async with services.database.transaction() as db:
        await create_fir(db, 1, complaint_at=yesterday)
        await create_fir(db, 2, complaint_at=yesterday, sections=[SNATCHING, THEFT_IN_HOUSE])
        await create_fir(
            db,
            3,
            complaint_at=today,
            sections=[THEFT_IN_HOUSE],
            registered_after=timedelta(minutes=90),
            finalized_after=timedelta(minutes=30),
        )
        await create_fir(db, 4, complaint_at=today, status="pending", sections=[SNATCHING])
        await create_fir(db, 5, complaint_at=today - timedelta(days=90))  # outside 30 days
        await create_session(db, "awaiting_validation", today)
        await create_session(db, "expired", today)
    return today


async def test_dashboard_numbers_match_the_data(
    services: Services, client: httpx.AsyncClient
) -> None:
    today = await seed(services)

    response = await client.get("/api/v1/stats/dashboard", params={"days": 30})
    assert response.status_code == 200, response.text
    stats = response.json()

    assert stats["firs_by_status"] == {"finalized": 3, "pending": 1}
    assert stats["sessions_by_status"] == {"completed": 4, "awaiting_validation": 1, "expired": 1}
    assert stats["firs_by_section"] == [
        {"section": "304(2) BNS", "count": 3},
        {"section": "305(a) BNS", "count": 2},
    ]
    yesterday = (today - timedelta(days=1)).date().isoformat()
    assert stats["firs_by_day"] == [
        {"day": yesterday, "count": 2},
        {"day": today.date().isoformat(), "count": 2},
    ]
    # registered 30, 30, 90, 30 minutes after the complaint; finalized 60, 60, 30 after that
    assert stats["avg_seconds_complaint_to_registration"] == 2700.0
    assert stats["avg_seconds_complaint_to_finalization"] == 6000.0


async def test_dashboard_is_cached_for_five_minutes(
    services: Services, client: httpx.AsyncClient
) -> None:
    await seed(services)
    first = (await client.get("/api/v1/stats/dashboard")).json()
    async with services.database.transaction() as db:
        await create_fir(db, 6)

    cached = (await client.get("/api/v1/stats/dashboard")).json()
    assert cached == first
    station = (await actor_for(services, client.headers["X-API-Key"])).station_id
    assert await services.cache.get(dashboard_key([station], 30)) is not None

    refreshed = await services.tasks.stats.refresh(30)
    assert refreshed == {"days": 30, "firs": 5}
    after = (await client.get("/api/v1/stats/dashboard")).json()
    assert after["firs_by_status"] == {"finalized": 4, "pending": 1}


async def test_dashboard_window_is_checked(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/stats/dashboard", params={"days": 0})
    assert response.status_code == 422

"""Prepare a database for the browser tests: migrated, emptied, two stations' officers.

Run as ``python -m tests.e2e.seed`` with the server's AFIRGEN_* environment, in
its own process so the test process keeps no event loop of its own.
"""

from __future__ import annotations

import asyncio

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import Officer
from tests.conftest import reset_database
from tests.factories import ensure_station

PASSWORD = "Correct-Horse-42"
OTHER_STATION = "OTHER-002"
OFFICERS = (  # username, role, station
    ("duty1", "duty_officer", "LOCAL-001"),
    ("sho1", "sho", "LOCAL-001"),
    ("admin1", "admin", "LOCAL-001"),
    ("duty2", "duty_officer", OTHER_STATION),
    ("duty3", "duty_officer", "LOCAL-001"),  # chooses Hindi in the language test
)


async def seed() -> None:
    settings = Settings()
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    services = build_services(settings)
    try:
        await reset_database(services)
        await ensure_station(services, "LOCAL-001")
        await ensure_station(services, OTHER_STATION, district="Ajmer")
        async with services.database.transaction() as db:
            for username, role, station in OFFICERS:
                officer = Officer(username=username, full_name=username.title(), role=role)
                await services.officers.add_officer(db, officer, station, PASSWORD)
    finally:
        await services.close()


if __name__ == "__main__":
    asyncio.run(seed())

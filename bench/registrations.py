"""200 concurrent FIR registrations: distinct consecutive numbers, and time taken.

python bench/registrations.py [--mysql URL]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.api.test_numbering import approved_draft
from tests.conftest import reset_database
from tests.factories import actor_for, officer_key

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from bench.common import machine


async def run(settings: Settings, count: int) -> None:
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    services = build_services(settings)
    await reset_database(services)

    sho = await actor_for(services, await officer_key(services, "bench-sho", "sho"))

    async def register() -> str:
        async with services.database.transaction() as db:
            return await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)

    started = time.perf_counter()
    numbers = await asyncio.gather(*(register() for _ in range(count)))
    elapsed = time.perf_counter() - started
    expected = [f"FIR-2025-{n:06d}" for n in range(1, count + 1)]
    ok = sorted(numbers) == expected and len(set(numbers)) == count
    engine = "MariaDB" if settings.database_url else "SQLite"
    print(
        f"{engine}: {count} concurrent registrations in {elapsed:.2f} s "
        f"({count / elapsed:.0f}/s); distinct and consecutive: {ok}"
    )
    await services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", default="mysql+asyncmy://root@127.0.0.1:3306/afirgen_bench")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    print(machine())
    base = {"environment": "test", "llm_backend": "none", "log_level": "ERROR"}
    sqlite = Settings(**base, data_dir=Path(tempfile.mkdtemp()))
    asyncio.run(run(sqlite, args.count))
    mysql = Settings(
        **base,
        data_dir=Path(tempfile.mkdtemp()),
        database_url=args.mysql,
        db_pool_size=20,
        db_max_overflow=40,
    )
    asyncio.run(run(mysql, args.count))


if __name__ == "__main__":
    main()

"""`make test` creates its own MariaDB test database instead of skipping every variant."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from tests.conftest import MYSQL_URL, ensure_database, mysql_reachable


async def test_a_missing_test_database_is_created() -> None:
    if await mysql_reachable():
        pytest.skip("no MariaDB server on this machine")
    fresh = sa.make_url(MYSQL_URL).set(database=f"afirgen_fresh_{uuid.uuid4().hex[:8]}")
    url = fresh.render_as_string(hide_password=False)
    await ensure_database(url)
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(sa.text("SELECT DATABASE()"))).scalar() == fresh.database
            await conn.execute(sa.text(f"DROP DATABASE `{fresh.database}`"))
    finally:
        await engine.dispose()

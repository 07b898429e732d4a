"""A pooled MariaDB connection goes back to the pool with its transaction ended.

The pool sends no ROLLBACK of its own on return (``pool_reset_on_return=None``,
one round trip fewer a request), so each way of using a connection must end its
transaction itself; one left open would pin the next request on that connection
to an old snapshot (REPEATABLE READ) and hold its locks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from afirgen.infrastructure.database import Database
from tests.conftest import MYSQL_URL

MYSQL_ONLY = pytest.mark.parametrize("backend", ["mysql"], indirect=True)
NAME = sa.text("SELECT name FROM police_stations WHERE code = 'ST-POOL'")


async def read_and_commit(database: Database) -> None:
    async with database.transaction(write=False) as db:
        await db.execute(NAME)


async def read_and_fail(database: Database) -> None:
    with pytest.raises(sa.exc.DBAPIError):
        async with database.transaction(write=False) as db:
            await db.execute(NAME)
            await db.execute(sa.text("SELECT no_such_column FROM police_stations"))


async def read_on_a_bare_connection(database: Database) -> None:
    async with database.engine.connect() as conn:
        await conn.execute(NAME)


@MYSQL_ONLY
@pytest.mark.parametrize("use", [read_and_commit, read_and_fail, read_on_a_bare_connection])
async def test_the_next_request_on_a_connection_sees_what_was_committed_since(
    services_factory: Any, use: Callable[[Database], Awaitable[None]]
) -> None:
    services = await services_factory(db_pool_size=1, db_max_overflow=0)  # one connection
    database = services.database
    async with database.transaction() as db:
        await db.execute(
            sa.text(
                "INSERT INTO police_stations (code, name, created_at) "
                "VALUES ('ST-POOL', 'old', NOW())"
            )
        )
    await use(database)  # leaves the one pooled connection as that way of using it does
    elsewhere = create_async_engine(MYSQL_URL)
    try:
        async with elsewhere.begin() as conn:
            await conn.execute(
                sa.text("UPDATE police_stations SET name = 'new' WHERE code = 'ST-POOL'")
            )
    finally:
        await elsewhere.dispose()

    async with database.transaction(write=False) as db:
        assert (await db.execute(sa.text("SELECT @@in_transaction"))).scalar() == 0
        assert (await db.execute(NAME)).scalar() == "new"

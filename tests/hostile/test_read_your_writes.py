"""Read-your-writes: a decision's transaction commits (and its cache refresh runs)
before the answer leaves, so a status read sent on receipt of the answer never shows
the step the officer has just approved.

The check reads the database from a second connection at the moment the answer's
first byte is sent, which is exactly when a fast client could ask again.
"""

from __future__ import annotations

from typing import Any

import httpx
import sqlalchemy as sa

from afirgen.bootstrap import Services
from afirgen.main import create_app
from tests.factories import STEPS, seen, start_session, wait_for


async def test_a_decision_is_committed_before_its_answer_is_sent(
    services: Services, api_key: str
) -> None:
    app = create_app(services=services)
    app.state.services = services
    committed: list[tuple[int, int]] = []  # (version the officer saw, version stored)
    seen_version: dict[str, int] = {}

    async def observed(scope: Any, receive: Any, send: Any) -> None:
        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and scope["path"].endswith("/validate"):
                async with services.database.transaction(write=False) as db:
                    stored = await db.scalar(
                        sa.text("SELECT version FROM sessions WHERE session_id = :id"),
                        {"id": seen_version["id"]},
                    )
                committed.append((seen_version["version"], int(stored)))
            await send(message)

        await app(scope, receive, watch)

    transport = httpx.ASGITransport(app=observed)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://test", headers={"X-API-Key": api_key}
    ) as http:
        session_id = await start_session(http)
        for step in STEPS[:-1]:
            await wait_for(http, session_id, step)
            basis = await seen(http, session_id)
            seen_version.update(id=session_id, version=basis["version"])
            body = {"session_id": session_id, "approved": True} | basis
            answer = await http.post("/api/v1/validate", json=body)
            assert answer.status_code == 200, answer.text

    assert len(committed) == len(STEPS) - 1
    stale = [pair for pair in committed if pair[1] <= pair[0]]
    assert stale == [], f"answers sent before their decision was committed: {stale}"

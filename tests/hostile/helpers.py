"""Walk a complaint to the review step an attack needs."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

from tests.factories import STEPS, approve, seen, start_session, wait_for


async def session_at(
    client: httpx.AsyncClient, step: str, edits: dict[str, Any] | None = None, text: str = ""
) -> str:
    """A session awaiting review at ``step``; earlier steps approved with ``edits``."""
    session_id = await start_session(client, text) if text else await start_session(client)
    for earlier in STEPS[: STEPS.index(step)]:
        await wait_for(client, session_id, earlier)
        await approve(client, session_id, (edits or {}).get(earlier))
    await wait_for(client, session_id, step)
    return session_id


async def validate(client: httpx.AsyncClient, session_id: str, user_input: Any) -> httpx.Response:
    body = {"session_id": session_id, "approved": True, "user_input": user_input}
    return await client.post("/api/v1/validate", json=body | await seen(client, session_id))


def cursor_of(raw: str) -> str:
    """A /firs cursor around hand-written JSON (the API issues base64 of JSON)."""
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def is_json_error(response: httpx.Response) -> bool:
    return response.headers["content-type"].startswith("application/json") and bool(
        json.loads(response.text).get("error")
    )


THEFT = (
    "At about 9:30 pm on 14/03/2025 two unknown men riding a black motorcycle snatched my "
    "gold chain worth Rs. 60,000 near Ajmeri Gate market, Jaipur. I am Ramesh Kumar "
    "S/o Mohan Lal, 12 Gandhi Nagar, Jaipur, mobile 9876543210."
)

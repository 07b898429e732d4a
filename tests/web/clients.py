"""A browser-like HTTP client signed in to the console (cookies, CSRF token)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from afirgen.bootstrap import Services
from afirgen.main import create_app
from afirgen.web.i18n import LANGUAGE_COOKIE
from tests.factories import officer_key

PASSWORD = "Correct-Horse-42"


@asynccontextmanager
async def console_client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services=services)
    app.state.services = services
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def sign_in(client: httpx.AsyncClient, username: str, language: str | None = None) -> None:
    """Sign in as a browser would: the sign-in page's language choice rides in its cookie."""
    if language is not None:
        client.cookies.set(LANGUAGE_COOKIE, language)
    answer = await client.post("/login", data={"username": username, "password": PASSWORD})
    assert answer.status_code == 303, answer.text


@asynccontextmanager
async def signed_in(
    services: Services, username: str, role: str
) -> AsyncIterator[httpx.AsyncClient]:
    """A new officer of ``role``, signed in."""
    await officer_key(services, username, role, password=PASSWORD)
    async with console_client(services) as client:
        await sign_in(client, username)
        yield client

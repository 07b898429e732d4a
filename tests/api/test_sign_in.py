"""Signing in and the attacks of issue 9: each gets its 401/403/404 with a JSON
message, goes on the audit trail, and changes nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import sqlalchemy as sa

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import ApiKey, AuditEvent, utcnow
from tests.conftest import client_for
from tests.factories import officer_key

PASSWORD = "correct horse battery"


@pytest.fixture
async def browser(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    await officer_key(services, "asha", "sho", password=PASSWORD)
    async with await client_for(services, None) as http:
        yield http


async def actions(services: Services) -> list[str]:
    async with services.database.transaction(write=False) as db:
        stmt = sa.select(AuditEvent.action).order_by(AuditEvent.id)
        return [str(a) for a in (await db.execute(stmt)).scalars()]


async def sign_in(http: httpx.AsyncClient, password: str = PASSWORD) -> httpx.Response:
    return await http.post("/api/v1/auth/login", json={"username": "asha", "password": password})


async def test_sign_in_sets_a_strict_httponly_cookie_and_me_answers(
    services: Services, browser: httpx.AsyncClient
) -> None:
    response = await sign_in(browser)
    assert response.status_code == 200, response.text
    cookie = response.headers.get_list("set-cookie")[0]
    assert cookie.startswith("afirgen_session=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    me = (await browser.get("/api/v1/me")).json()
    assert (me["username"], me["role"], me["via"]) == ("asha", "sho", "sign_in")
    assert me["station_code"] == "LOCAL-001"
    assert "login" in await actions(services)


async def test_wrong_password_then_lockout(services: Services, browser: httpx.AsyncClient) -> None:
    for _ in range(services.settings.max_failed_logins):
        refused = await sign_in(browser, "wrong password!")
        assert refused.status_code == 401 and refused.json()["error"] == "unauthorized"
    locked = await sign_in(browser)  # the right password, but locked out now
    assert locked.status_code == 401
    assert (await browser.get("/api/v1/me")).status_code == 401
    assert (await actions(services)).count("login_failed") == 6


async def test_a_forged_or_replayed_cookie_is_refused(
    services: Services, browser: httpx.AsyncClient
) -> None:
    browser.cookies.set("afirgen_session", "forged-token")
    assert (await browser.get("/api/v1/me")).status_code == 401
    browser.cookies.clear()
    signed_in = await sign_in(browser)
    token = browser.cookies["afirgen_session"]
    csrf = signed_in.json()["csrf_token"]
    out = await browser.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf})
    assert out.status_code == 204
    browser.cookies.set("afirgen_session", token)  # replayed after logout
    replayed = await browser.get("/api/v1/me")
    assert replayed.status_code == 401 and "sign in again" in replayed.json()["message"]
    assert (await actions(services)).count("auth.sign_in_rejected") == 2


async def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(
    services: Services, browser: httpx.AsyncClient
) -> None:
    csrf = (await sign_in(browser)).json()["csrf_token"]
    complaint = {"text": "Someone stole my scooter from outside the temple yesterday."}
    refused = await browser.post("/api/v1/process", data=complaint)
    assert refused.status_code == 403 and refused.json()["error"] == "csrf_rejected"
    wrong = await browser.post("/api/v1/process", data=complaint, headers={"X-CSRF-Token": "x"})
    assert wrong.status_code == 403
    assert "complaint.submitted" not in await actions(services)
    accepted = await browser.post("/api/v1/process", data=complaint, headers={"X-CSRF-Token": csrf})
    assert accepted.status_code == 202, accepted.text
    assert (await actions(services)).count("auth.csrf_rejected") == 2


async def test_expired_revoked_and_disabled_keys_are_refused(services: Services) -> None:
    expired = await officer_key(services, "old-key-owner", "sho")
    revoked = await officer_key(services, "revoked-key-owner", "sho")
    disabled = await officer_key(services, "leaver", "duty_officer")
    async with services.database.transaction() as db:
        past = utcnow().replace(year=2020)
        await db.execute(
            sa.update(ApiKey).where(ApiKey.prefix == expired[:12]).values(expires_at=past)
        )
        assert await services.officers.revoke_api_key(db, revoked[:12]) == 1
        await services.officers.disable_officer(db, "leaver")
    for key, reason in ((expired, "expired"), (revoked, "revoked"), (disabled, "revoked")):
        async with await client_for(services, key) as http:
            response = await http.get("/api/v1/firs")
        assert response.status_code == 401
        assert reason in response.json()["message"]
    assert (await actions(services)).count("auth.key_rejected") == 3

"""Signing in and out of the console, and who the caller is.

The sign-in cookie is HttpOnly, SameSite=Strict and Secure when served over
TLS; the CSRF token comes back in the body (and a readable cookie) and must be
sent as ``X-CSRF-Token`` with every state-changing request.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from afirgen.api.dependencies import (
    CSRF_COOKIE,
    SIGN_IN_COOKIE,
    AppServices,
    CurrentOfficer,
    DbSession,
    origin_of,
)
from afirgen.api.schemas import LoginRequest, LoginResult, OfficerRead
from afirgen.services.officers import NewSignIn

router = APIRouter(prefix="/auth", tags=["auth"])
me_router = APIRouter(tags=["auth"])


@router.post("/login", response_model=LoginResult)
async def login(
    body: LoginRequest, request: Request, response: Response, services: AppServices
) -> LoginResult:
    """Check the password (locked out after repeated failures) and set the sign-in cookie."""
    opened = await services.officers.sign_in(body.username, body.password, origin_of(request))
    set_sign_in_cookies(request, response, opened, services.settings.sign_in_hours)
    return LoginResult(
        officer=OfficerRead.of(opened.actor),
        csrf_token=opened.csrf_token,
        expires_at=opened.expires_at,
    )


def set_sign_in_cookies(
    request: Request, response: Response, opened: NewSignIn, hours: float
) -> None:
    """The sign-in cookie (HttpOnly) and the CSRF cookie (readable) for a new sign-in."""
    secure = request.url.scheme == "https"
    max_age = int(hours * 3600)
    for name, value, httponly in (
        (SIGN_IN_COOKIE, opened.token, True),
        (CSRF_COOKIE, opened.csrf_token, False),  # the console reads it to echo the header
    ):
        response.set_cookie(
            name, value, max_age, path="/", secure=secure, httponly=httponly, samesite="strict"
        )


def clear_sign_in_cookies(response: Response) -> None:
    response.delete_cookie(SIGN_IN_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")


@router.post("/logout", status_code=204, response_class=Response)
async def logout(
    request: Request, db: DbSession, services: AppServices, officer: CurrentOfficer
) -> Response:
    """End this sign-in; its cookie no longer works, even if replayed."""
    token = request.cookies.get(SIGN_IN_COOKIE)
    await services.officers.sign_out(db, token, officer)
    response = Response(status_code=204)
    clear_sign_in_cookies(response)
    return response


@me_router.get("/me", response_model=OfficerRead)
async def me(officer: CurrentOfficer) -> OfficerRead:
    """The signed-in officer (or the API key's owner), role and station."""
    return OfficerRead.of(officer)

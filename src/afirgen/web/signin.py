"""Who is at the console: the sign-in cookie, the CSRF token of a form, and errors as pages.

A page request without a live sign-in goes to ``/login`` (saying so when the
sign-in expired); a form must carry the CSRF token (field ``csrf_token``, or
the ``X-CSRF-Token`` header HTMX sends). Domain errors, and forms refused by
request validation before the page runs, become a page in the officer's
language with what to do next, not JSON (the API's routes keep their JSON).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute

from afirgen.api.dependencies import (
    CSRF_HEADER,
    SIGN_IN_COOKIE,
    AppServices,
    origin_of,
)
from afirgen.api.errors import audit_refusal
from afirgen.errors import (
    AppError,
    AuthenticationFailed,
    CsrfRejected,
    Forbidden,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    StaleReview,
    VersionMismatch,
)
from afirgen.services.access import Actor
from afirgen.web.form_errors import describe
from afirgen.web.i18n import LANGUAGE_COOKIE, page_language, translate
from afirgen.web.render import render

# the first kind an error is an instance of gives the advice, so the narrower come first
ERROR_ADVICE: dict[type[AppError], str] = {
    StaleReview: "This page was out of date: the work moved on since it was shown. "
    "Reload the page, check what it shows now and try again.",
    SessionExpired: "This session has expired. Start the complaint again.",
    CsrfRejected: "This form was out of date or did not come from this console. "
    "Reload the page and send the form again.",
    RateLimited: "Too many requests in a short time. Wait a minute and try again.",
    ServiceUnavailable: "A service the console needs is not answering. Try again in a few "
    "minutes; if it goes on, tell the administrator.",
    NotFound: "Page not found, or not one you may see.",
    Forbidden: "Your role does not allow this.",
    VersionMismatch: "The FIR changed after you opened it: open it again and check it.",
    AppError: "Go back, check what you entered and try again. If it happens again, "
    "tell the administrator.",
}


class SignInNeeded(Exception):
    def __init__(self, expired: bool) -> None:
        super().__init__("sign in")
        self.expired = expired


async def console_officer(request: Request, services: AppServices) -> Actor:
    """The signed-in officer; a form post must carry the sign-in's CSRF token."""
    token = request.cookies.get(SIGN_IN_COOKIE)
    if not token:
        raise SignInNeeded(expired=False)
    csrf = request.headers.get(CSRF_HEADER)
    if request.method == "POST" and csrf is None:
        form = await request.form()
        value = form.get("csrf_token")
        csrf = value if isinstance(value, str) else None
    try:
        actor = await services.officers.actor_for_sign_in(
            token, request.method, csrf, origin_of(request)
        )
    except CsrfRejected:
        raise
    except AuthenticationFailed as exc:
        raise SignInNeeded(expired=True) from exc
    request.state.actor = actor
    return actor


ConsoleOfficer = Annotated[Actor, Depends(console_officer)]


class ConsoleError(Exception):
    """A domain error raised by a console page: answered as a page, not JSON."""

    def __init__(self, error: AppError) -> None:
        super().__init__(error.message)
        self.error = error


class ConsoleFormRefused(Exception):
    """A console form or query refused by request validation (the API's 422)."""

    def __init__(self, error: RequestValidationError) -> None:
        super().__init__("form refused")
        self.errors = list(error.errors())


class ConsoleRoute(APIRoute):
    """Marks a domain error or a refused form of a console page so that it is
    answered as a page.

    The error is answered by :func:`install_error_pages`' handlers, which run once
    the request's transaction has rolled back (the refusal is audited apart).
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except AppError as exc:
                raise ConsoleError(exc) from exc
            except RequestValidationError as exc:
                raise ConsoleFormRefused(exc) from exc

        return route


async def sign_in_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SignInNeeded)
    target = "/login?expired=1" if exc.expired else "/login"
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


async def console_error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleError)
    await audit_refusal(request, exc.error)
    return error_page(request, exc.error)


async def form_refused_page(request: Request, exc: Exception) -> Response:
    """422 as a page: each refused field by its label, what it needs, and a way back."""
    assert isinstance(exc, ConsoleFormRefused)
    actor = getattr(request.state, "actor", None)
    language = page_language(actor, request.cookies.get(LANGUAGE_COOKIE))
    problems = describe(exc.errors, lambda text: translate(language, text))
    return render(
        request,
        "form_refused.html",
        actor,
        status_code=422,
        problems=problems,
        back=_same_site_path(request.headers.get("referer", ""), request),
    )


def _same_site_path(referer: str, request: Request) -> str:
    """The page the form was on, when it is one of ours; else the home page."""
    origin = f"{request.url.scheme}://{request.url.netloc}"
    if referer.startswith(origin + "/"):
        return referer.removeprefix(origin)
    return "/"


def install_error_pages(app: FastAPI) -> None:
    app.add_exception_handler(SignInNeeded, sign_in_page)
    app.add_exception_handler(ConsoleError, console_error_page)
    app.add_exception_handler(ConsoleFormRefused, form_refused_page)


def error_page(request: Request, exc: AppError) -> Response:
    advice = next(text for kind, text in ERROR_ADVICE.items() if isinstance(exc, kind))
    actor = getattr(request.state, "actor", None)
    back = _same_site_path(request.headers.get("referer", ""), request)
    return render(
        request,
        "error.html",
        actor,
        status_code=exc.status_code,
        message=exc.message,
        advice=advice,
        back=back if back not in ("/", request.url.path) else None,
    )

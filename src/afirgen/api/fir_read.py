"""The hot read, ``GET /api/v1/fir/{n}``, answered below FastAPI's router.

A cached read is the API's most frequent request, and FastAPI's routing and
parameter solving were half its CPU (``docs/PERFORMANCE.md``). The layer inside
compression answers a well-formed read itself, with the steps of the route: the
rate limit (``count_request``), the officer from ``get_officer`` (API key or
sign-in, revocation, the identity prefetched with the rate count), the answer
from ``answer_read`` (station scope, signature check, audit, ``ETag``), a refusal
from the app's own error handler. Every other request goes on to FastAPI unchanged,
so its answer is the framework's as before: a malformed number or station (422),
another query parameter, HEAD, a trailing slash. The route in ``routes/firs.py``
stays the documented one (OpenAPI, API-key security).
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from afirgen.api.dependencies import get_officer
from afirgen.api.errors import handle_app_error
from afirgen.api.middleware import count_request, request_header, services_of
from afirgen.api.routes.firs import FIR_NUMBER, STATION_CODE, answer_read
from afirgen.errors import AppError
from afirgen.services.fir_service import view_key
from afirgen.services.officers import hash_key

PATH = "/api/v1/fir/{fir_number}"  # the route's template, for the request metrics
MAX_REMEMBERED_KEYS = 10_000
# the route's own patterns (without their anchors): what they refuse is passed on
_READ_PATH = re.compile(f"/api/v1/fir/({FIR_NUMBER[1:-1]})")
_STATION_QUERY = re.compile(f"station=({STATION_CODE[1:-1]})".encode())


def wanted_read(scope: Scope) -> tuple[str, str | None] | None:
    """The FIR number and station (``?station=``) of a read answered here; None for
    any request FastAPI should answer."""
    if scope["method"] != "GET":
        return None
    path = _READ_PATH.fullmatch(scope["path"])
    if path is None:
        return None
    query = scope["query_string"]
    if not query:
        return path[1], None
    station = _STATION_QUERY.fullmatch(query)
    return (path[1], station[1].decode()) if station else None


class _Route:
    """What the request metrics read from ``scope["route"]``."""

    path = PATH


class FirReadShortcut:
    """Answers ``wanted_read`` requests, counting them against the rate limit itself
    (``count_request``: it sits outside ``RateLimitMiddleware``); passes every other
    request on.

    Where the rate counters share the cache (Redis), the FIR comes back with the count
    in the same round trip, read under the station this key's officer last read from
    (a guess, remembered per key digest): ``FirService.read`` uses it only when the
    officer still belongs to that station, and reads the FIR itself otherwise.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._stations: dict[str, str] = {}  # key digest -> its officer's station code

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        wanted = wanted_read(scope) if scope["type"] == "http" else None
        if wanted is None:
            return await self.app(scope, receive, send)
        number, station = wanted
        key = request_header(scope, b"x-api-key")
        guessing = bool(key) and station is None and services_of(scope).cache.shared
        digest = hash_key(key) if guessing else ""
        guess = self._stations.get(digest) if guessing else None
        if not await count_request(scope, send, (view_key(guess, number),) if guess else ()):
            return
        scope["route"] = _Route
        request = Request(scope, receive)
        try:
            officer = await get_officer(request)
            response = await answer_read(request, officer, number, station)
        except AppError as refused:
            response = await handle_app_error(request, refused)
        else:
            if guessing and guess != officer.station_code:
                self._remember(digest, officer.station_code)
        await response(scope, receive, send)

    def _remember(self, digest: str, station_code: str) -> None:
        if len(self._stations) >= MAX_REMEMBERED_KEYS:  # keys are few; a flood starts afresh
            self._stations.clear()
        self._stations[digest] = station_code

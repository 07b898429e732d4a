"""The middleware stack as pure ASGI middleware (safe for streaming/SSE).

Outermost first: the envelope (correlation id, security headers, a JSON 500 for
an unexpected error, request log line and metrics), CORS (Starlette's, when
configured), request checks (allowed hosts, body limit), compression (Starlette's
gzip when asked for), rate limiting. Few layers, and one wrapper around ``send``
that writes every header the API promises: each layer is a call and a closure on
every request, the largest cost of a cached read. Authentication is a dependency of the routes
(``api.dependencies.get_officer``), so the OpenAPI document shows it and the
services get the officer. Every answer made here is JSON with the security
headers and the correlation id, a 500 included.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Sequence
from typing import Any, cast

import structlog
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from afirgen.api.addresses import client_address
from afirgen.bootstrap import Services
from afirgen.infrastructure import metrics
from afirgen.services.officers import hash_key, identity_keys

log = structlog.get_logger("afirgen.http")

# /metrics is not public: it takes an API key like the API
PUBLIC_PATHS = frozenset({"/health", "/ready", "/docs", "/redoc", "/openapi.json"})
PUBLIC_PREFIX = "/docs/static/"  # the docs pages' scripts and styles
PROBE_PATHS = frozenset({"/health", "/ready"})  # answered whatever the Host header says
MULTIPART_SLACK = 64 * 1024  # form fields and part headers around an upload
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "x-xss-protection": "1; mode=block",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "content-security-policy": "default-src 'self'",
}


_SECURITY_RAW = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
_NO_STORE = (b"cache-control", b"no-store")
_VARY = (b"vary", b"Accept-Encoding")


def set_headers(message: Message, headers: list[tuple[bytes, bytes]]) -> None:
    """Set response headers (lower-case names, as ASGI sends them) in one pass over the
    message's list; ``MutableHeaders`` scans the whole list once per header set."""
    names = {name for name, _ in headers}
    kept = [item for item in message.get("headers", ()) if item[0] not in names]
    message["headers"] = kept + headers


def is_public(path: str) -> bool:
    """Paths served without an API key or a rate limit: probes and the docs."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIX)


_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_ANSWER_HEADERS = "answer_headers"
# what the cache held under the request's keys, read with its rate count where the
# counters share the cache (Redis: in the same round trip): cache key -> text, None if
# absent; the API key's identity (``identity_keys``) and whatever ``count_request`` was
# also asked to read
PREFETCHED = "prefetched"


def request_header(scope: Scope, name: bytes) -> str:
    """One request header (``name`` in lower case), '' when absent: a scan of the raw
    list, where ``Headers(scope=scope)`` would build an object for one look-up."""
    for key, value in scope["headers"]:
        if key == name:
            return cast(bytes, value).decode("latin-1")
    return ""


def add_answer_headers(scope: Scope, headers: list[tuple[bytes, bytes]]) -> None:
    """Headers for the answer, written by ``EnvelopeMiddleware`` with its own in one pass
    (an inner layer need not wrap ``send`` again for them)."""
    scope["state"][_ANSWER_HEADERS].extend(headers)


async def send_json(send: Send, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]
    raw += [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


def services_of(scope: Scope) -> Services:
    return scope["app"].state.services  # type: ignore[no-any-return]


def route_template(scope: Scope) -> str:
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class EnvelopeMiddleware:
    """What every answer gets, in one layer and one wrapper around ``send``: the correlation
    id (``X-Correlation-ID`` accepted or made, bound to logs, returned), the security
    headers and ``Cache-Control: no-store`` on the API (``secure``), the headers inner
    layers asked for (``add_answer_headers``), a JSON 500 for an unexpected error, one log
    line and the request metrics.

    These were five layers, each wrapping ``send`` again and copying the header list: a
    third of the middleware's cost on a cached read.
    """

    def __init__(self, app: ASGIApp, secure: bool = True) -> None:
        self.app = app
        self.secure = secure
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        given = request_header(scope, b"x-correlation-id")
        correlation_id = given if _SAFE_ID.match(given) else str(uuid.uuid4())
        extra = [(b"x-correlation-id", correlation_id.encode())]
        state = scope.setdefault("state", {})
        state["correlation_id"], state[_ANSWER_HEADERS] = correlation_id, extra
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(correlation_id=correlation_id)
        path = scope["path"]
        secure = self.secure
        api = secure and (path.startswith("/api/") or path == "/metrics")
        status = 0

        async def send_enveloped(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = _SECURITY_RAW + extra if secure else extra
                set_headers(message, headers)
                # FIRs and sessions are personal: no cache keeps them unless a route says
                if api and not any(name == b"cache-control" for name, _ in message["headers"]):
                    message["headers"].append(_NO_STORE)
            await send(message)

        try:
            await self.app(scope, receive, send_enveloped)
        except Exception:
            log.exception("http.unhandled", method=scope["method"], endpoint=path)
            metrics.ERRORS.labels(code="internal_error").inc()
            if status:  # the answer has begun: nothing more can be said
                raise
            body = {
                "error": "internal_error",
                "message": "the server failed to answer this request; it has been logged",
                "correlation_id": correlation_id,
            }
            await send_json(send_enveloped, 500, body, {"cache-control": "no-store"})
        finally:
            self._record(scope, status or 500, started)

    def _record(self, scope: Scope, status: int, started: float) -> None:
        """One log line and the request's metrics."""
        elapsed = time.perf_counter() - started
        log.info(
            "http.request",
            method=scope["method"],
            endpoint=scope["path"],
            status=status,
            duration_ms=round(elapsed * 1000, 2),
            user_id=getattr(scope["state"].get("actor"), "username", None),
        )
        count, duration = self._metrics(scope["method"], route_template(scope), status)
        count.inc()
        duration.observe(elapsed)

    def _metrics(self, method: str, endpoint: str, status: int) -> tuple[Any, Any]:
        """The request's counter and histogram, looked up once per label set (route
        templates and statuses are few; ``labels`` checks and locks on every call)."""
        labels = (method, endpoint, status)
        found = self._series.get(labels)
        if found is None:
            found = self._series[labels] = (
                metrics.REQUESTS.labels(method=method, endpoint=endpoint, status=str(status)),
                metrics.REQUEST_DURATION.labels(method=method, endpoint=endpoint),
            )
        return found


class _StatusRecorder:
    """Wraps ``send`` to remember whether the answer has begun."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.status = 0

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        await self.send(message)


class BodyTooLarge(HTTPException):
    """Raised while the body is read; FastAPI passes HTTP exceptions through unchanged."""

    def __init__(self, refusal: dict[str, Any]) -> None:
        super().__init__(413, refusal["message"])
        self.code = refusal["error"]


class RequestChecksMiddleware:
    """Refuses what no route should see, in one layer.

    - A ``Host`` not configured (400): a forged one never reaches a URL the API builds
      (``status_url``); probes answer whatever the Host says.
    - A body over its limit (413), from ``Content-Length`` before reading it, or as soon
      as a body without one passes the limit (uploads: the upload limit; anything else:
      ``max_json_body_kb``).
    """

    def __init__(self, app: ASGIApp, allowed_hosts: list[str]) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.allowed = {h.lower().strip("[]") for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not (self.any_host or scope["path"] in PROBE_PATHS or self._host_allowed(scope)):
            body = {"error": "invalid_host", "message": "this server does not answer that Host"}
            return await send_json(send, 400, body, {})
        limit, refusal = self._limit(scope)
        declared = request_header(scope, b"content-length")
        if declared.isdigit() and int(declared) > limit:
            return await send_json(send, 413, refusal, {"connection": "close"})
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(refusal)
            return message

        recorder = _StatusRecorder(send)
        try:
            await self.app(scope, counted, recorder)
        except BodyTooLarge:
            if recorder.status:
                raise
            await send_json(send, 413, refusal, {"connection": "close"})

    def _host_allowed(self, scope: Scope) -> bool:
        host = request_header(scope, b"host").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]") in self.allowed

    @staticmethod
    def _limit(scope: Scope) -> tuple[int, dict[str, Any]]:
        settings = services_of(scope).settings
        if request_header(scope, b"content-type").startswith("multipart/form-data"):
            limit_mb = settings.max_upload_mb
            message = f"the file is larger than the limit of {limit_mb:g} MB"
            refusal = {"error": "media_too_large", "message": message}
            return settings.max_upload_bytes + MULTIPART_SLACK, refusal
        limit = settings.max_json_body_bytes
        message = f"the request body is larger than {limit // 1024} KB"
        return limit, {"error": "body_too_large", "message": message}


class CompressionMiddleware:
    """Starlette's gzip for a client that accepts it; any other answer goes straight
    through with ``Vary: Accept-Encoding`` (Starlette's pass-through responder parsed
    the answer's headers twice per request to decide to do nothing)."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if "gzip" in request_header(scope, b"accept-encoding"):
            return await self.gzip(scope, receive, send)
        add_answer_headers(scope, [_VARY])
        await self.app(scope, receive, send)


def _limit_headers(limit: int, count: int, reset: int) -> dict[str, str]:
    return {
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(max(0, limit - count)),
        "x-ratelimit-reset": str(reset),
    }


def _raw(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.encode(), v.encode()) for k, v in headers.items()]


async def _refuse_rate(send: Send, message: str, headers: dict[str, str], reset: int) -> None:
    metrics.RATE_LIMITED.inc()
    body = {"error": "rate_limited", "message": message}
    await send_json(send, 429, body, {**headers, "retry-after": str(reset)})


class RateLimitMiddleware:
    """Fixed one-minute windows per API key (per client address without one), reads and
    writes counted apart (``count_request``).

    Counters live in ``services.limits`` (Redis when configured: one limit across
    instances), never in the cache, so no traffic can evict them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            return await self.app(scope, receive, send)
        if await count_request(scope, send):
            await self.app(scope, receive, send)


async def count_request(scope: Scope, send: Send, also_read: Sequence[str] = ()) -> bool:
    """Count the request in its client's window; False once it has been refused (429 sent).

    The key's cached identity, and the cache keys ``also_read``, come back with the count
    where the counters share the cache (``PREFETCHED``: one round trip, not several)."""
    services = services_of(scope)
    limit = services.settings.rate_limit_per_minute
    key = request_header(scope, b"x-api-key")
    digest = hash_key(key) if key else ""
    client = f"key:{digest[:16]}" if key else f"addr:{_address(scope, services)}"
    # reads and writes have budgets of their own: polling never starves an officer's edits
    budget = "read" if scope["method"] in ("GET", "HEAD") else "write"
    reads = (*identity_keys(digest), *also_read) if key else ()
    count, reset, found = await services.limits.hit_and_read(f"{client}:{budget}", reads)
    if found is not None and key:
        scope["state"][PREFETCHED] = dict(zip(reads, found, strict=True))
    headers = _limit_headers(limit, count, reset)
    if count > limit:
        await _refuse_rate(send, f"more than {limit} requests a minute", headers, reset)
        return False
    add_answer_headers(scope, _raw(headers))
    return True


def _address(scope: Scope, services: Services) -> str:
    return client_address(scope, frozenset(services.settings.trusted_proxies))

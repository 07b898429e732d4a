"""The middleware stack as pure ASGI middleware (safe for streaming/SSE).

Outermost first: correlation id, last-resort error answer, security headers,
request logging, metrics, allowed hosts, CORS (Starlette's), body limit, gzip
(Starlette's), rate limiting. Authentication is a dependency of the routes
(``api.dependencies.get_officer``), so the OpenAPI document shows it and the
services get the officer. Every answer made here is JSON with the security
headers and the correlation id, a 500 included.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

import structlog
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from afirgen.api.addresses import client_address
from afirgen.bootstrap import Services
from afirgen.infrastructure import metrics
from afirgen.services.officers import hash_key

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


class CorrelationIdMiddleware:
    """Accepts ``X-Correlation-ID`` (or makes one), binds it to logs, returns it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = Headers(scope=scope).get("x-correlation-id", "")
        correlation_id = given if _SAFE_ID.match(given) else str(uuid.uuid4())
        scope.setdefault("state", {})["correlation_id"] = correlation_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(correlation_id=correlation_id)

        header = [(b"x-correlation-id", correlation_id.encode())]

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                set_headers(message, header)
            await send(message)

        await self.app(scope, receive, send_with_id)


class LastResortMiddleware:
    """An unexpected error still answers JSON 500, with the security headers and the
    correlation id (added outside), instead of a plain-text 500 and a closed connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        recorder = _StatusRecorder(send)
        recorder.status = 0
        try:
            await self.app(scope, receive, recorder)
        except Exception:
            log.exception("http.unhandled", method=scope["method"], endpoint=scope["path"])
            metrics.ERRORS.labels(code="internal_error").inc()
            if recorder.status:  # the answer has begun: nothing more can be said
                raise
            correlation_id = scope.get("state", {}).get("correlation_id")
            body = {
                "error": "internal_error",
                "message": "the server failed to answer this request; it has been logged",
                "correlation_id": correlation_id,
            }
            await send_json(send, 500, body, {**SECURITY_HEADERS, "cache-control": "no-store"})


class _StatusRecorder:
    """Wraps ``send`` to remember the response status for logging and metrics."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.status = 500  # what the client sees if the app fails before answering

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        await self.send(message)


class RequestLoggingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        recorder = _StatusRecorder(send)
        try:
            await self.app(scope, receive, recorder)
        finally:
            log.info(
                "http.request",
                method=scope["method"],
                endpoint=scope["path"],
                status=recorder.status,
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
                user_id=getattr(scope.get("state", {}).get("actor"), "username", None),
            )


class MetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        recorder = _StatusRecorder(send)
        try:
            await self.app(scope, receive, recorder)
        finally:
            count, duration = self._series(scope["method"], route_template(scope), recorder.status)
            count.inc()
            duration.observe(time.perf_counter() - started)

    def _series(self, method: str, endpoint: str, status: int) -> tuple[Any, Any]:
        """The request's counter and histogram, looked up once per label set (route
        templates and statuses are few; ``labels`` checks and locks on every call)."""
        labels = (method, endpoint, status)
        found = self._children.get(labels)
        if found is None:
            found = self._children[labels] = (
                metrics.REQUESTS.labels(method=method, endpoint=endpoint, status=str(status)),
                metrics.REQUEST_DURATION.labels(method=method, endpoint=endpoint),
            )
        return found


class AllowedHostsMiddleware:
    """Answers only the configured ``Host`` names, so a forged one never reaches a URL
    the API builds (``status_url``)."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.any_host = "*" in allowed
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.any_host or scope["path"] in PROBE_PATHS:
            return await self.app(scope, receive, send)
        host = Headers(scope=scope).get("host", "").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name.strip("[]") not in {h.strip("[]") for h in self.allowed}:
            body = {"error": "invalid_host", "message": "this server does not answer that Host"}
            return await send_json(send, 400, body, {})
        await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    """Raised while the body is read; FastAPI passes HTTP exceptions through unchanged."""

    def __init__(self, refusal: dict[str, Any]) -> None:
        super().__init__(413, refusal["message"])
        self.code = refusal["error"]


class BodyLimitMiddleware:
    """Refuses a body over its limit from ``Content-Length`` before reading it, and stops
    reading a body without one as soon as it passes the limit (uploads: the upload
    limit; anything else: ``max_json_body_kb``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit, refusal = self._limit(scope)
        declared = Headers(scope=scope).get("content-length", "")
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
        recorder.status = 0
        try:
            await self.app(scope, counted, recorder)
        except BodyTooLarge:
            if recorder.status:
                raise
            await send_json(send, 413, refusal, {"connection": "close"})

    @staticmethod
    def _limit(scope: Scope) -> tuple[int, dict[str, Any]]:
        settings = services_of(scope).settings
        content_type = Headers(scope=scope).get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            limit_mb = settings.max_upload_mb
            message = f"the file is larger than the limit of {limit_mb:g} MB"
            refusal = {"error": "media_too_large", "message": message}
            return settings.max_upload_bytes + MULTIPART_SLACK, refusal
        limit = settings.max_json_body_bytes
        message = f"the request body is larger than {limit // 1024} KB"
        return limit, {"error": "body_too_large", "message": message}


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
    writes counted apart.

    Runs after authentication, so only a valid key gets a counter of its own;
    counters live in ``services.limits`` (Redis when configured: one limit across
    instances), never in the cache, so no traffic can evict them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            return await self.app(scope, receive, send)
        services = services_of(scope)
        limit = services.settings.rate_limit_per_minute
        key = Headers(scope=scope).get("x-api-key")
        client = f"key:{hash_key(key)[:16]}" if key else f"addr:{_address(scope, services)}"
        # reads and writes have budgets of their own: polling never starves an officer's edits
        budget = "read" if scope["method"] in ("GET", "HEAD") else "write"
        count, reset = await services.limits.hit(f"{client}:{budget}")
        headers = _limit_headers(limit, count, reset)
        if count > limit:
            message = f"more than {limit} requests a minute"
            return await _refuse_rate(send, message, headers, reset)

        raw = _raw(headers)

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                set_headers(message, raw)
            await send(message)

        await self.app(scope, receive, add_headers)


def _address(scope: Scope, services: Services) -> str:
    return client_address(scope, frozenset(services.settings.trusted_proxies))


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        api = scope["path"].startswith("/api/") or scope["path"] == "/metrics"

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                set_headers(message, _SECURITY_RAW)
                # FIRs and sessions are personal: no cache keeps them unless a route says
                if api and not any(name == b"cache-control" for name, _ in message["headers"]):
                    message["headers"].append(_NO_STORE)
            await send(message)

        await self.app(scope, receive, add_headers)

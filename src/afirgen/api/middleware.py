"""The seed's middleware stack as pure ASGI middleware (safe for streaming/SSE).

Outermost first: correlation id, request logging, metrics, gzip (Starlette's),
rate limiting, security headers. Authentication is a dependency of the routes
(``api.dependencies.get_officer``), so the OpenAPI document shows it and the
services get the officer. Errors raised here come back as JSON 4xx bodies,
never as 500s.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

import structlog
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from afirgen.bootstrap import Services
from afirgen.infrastructure import metrics
from afirgen.services.officers import hash_key

log = structlog.get_logger("afirgen.http")

PUBLIC_PATHS = frozenset({"/health", "/ready", "/metrics", "/docs", "/redoc", "/openapi.json"})
PUBLIC_PREFIX = "/docs/static/"  # the docs pages' scripts and styles
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "x-xss-protection": "1; mode=block",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "content-security-policy": "default-src 'self'",
}


def is_public(path: str) -> bool:
    """Paths served without an API key or a rate limit: probes, metrics, the docs."""
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

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["x-correlation-id"] = correlation_id
            await send(message)

        await self.app(scope, receive, send_with_id)


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

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        recorder = _StatusRecorder(send)
        try:
            await self.app(scope, receive, recorder)
        finally:
            endpoint, method = route_template(scope), scope["method"]
            status = str(recorder.status)
            metrics.REQUESTS.labels(method=method, endpoint=endpoint, status=status).inc()
            metrics.REQUEST_DURATION.labels(method=method, endpoint=endpoint).observe(
                time.perf_counter() - started
            )


class RateLimitMiddleware:
    """Fixed one-minute window per API key (per client address without one).

    The counter lives in the cache: Redis when configured, so the limit holds
    across API instances.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            return await self.app(scope, receive, send)
        services = services_of(scope)
        limit = services.settings.rate_limit_per_minute
        key = Headers(scope=scope).get("x-api-key")
        client = hash_key(key)[:16] if key else (scope.get("client") or ("anon",))[0]
        count, reset = await services.cache.hit_window(f"ratelimit:client:{client}", 60)
        headers = {
            "x-ratelimit-limit": str(limit),
            "x-ratelimit-remaining": str(max(0, limit - count)),
            "x-ratelimit-reset": str(reset),
        }
        if count > limit:
            metrics.RATE_LIMITED.inc()
            body = {"error": "rate_limited", "message": f"more than {limit} requests a minute"}
            return await send_json(send, 429, body, {**headers, "retry-after": str(reset)})

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(headers)
            await send(message)

        await self.app(scope, receive, add_headers)


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, add_headers)

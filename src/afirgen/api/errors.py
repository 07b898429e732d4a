"""One handler turns domain errors (and request validation errors) into JSON."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from afirgen.api.dependencies import origin_of
from afirgen.errors import AppError
from afirgen.infrastructure import metrics

log = structlog.get_logger(__name__)


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"error": code, "message": message}
    if details:
        body["details"] = details
    return body


AUDITED_REFUSALS = {401: "auth.rejected", 403: "access.denied", 404: "access.not_found"}


async def audit_refusal(request: Request, exc: AppError) -> None:
    """A refusal goes on the audit trail on its own, once the request has rolled back."""
    action = AUDITED_REFUSALS.get(exc.status_code)
    if action is None or getattr(exc, "audited", False):
        return
    services = getattr(request.app.state, "services", None)
    actor = getattr(request.state, "actor", None)
    if services is None or (actor is None and exc.status_code != 401):
        return
    detail = f"{request.method} {request.url.path}: {exc.message}"
    origin = origin_of(request)
    await services.audit.record_apart(actor, action, detail=detail, origin=origin)


async def handle_app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    metrics.ERRORS.labels(code=exc.code).inc()
    await audit_refusal(request, exc)
    if exc.status_code >= 500:
        log.error("request.failed", error=exc.code, message=exc.message)
    details = {k: v for k, v in exc.details.items() if _plain(v)}
    return JSONResponse(
        error_body(exc.code, exc.message, **details),
        status_code=exc.status_code,
        headers=exc.headers,
    )


def _plain(value: Any) -> bool:
    """Scalars and lists of scalars reach the body; anything else stays server-side."""
    if isinstance(value, list):
        return all(_plain(item) and not isinstance(item, list) for item in value)
    return isinstance(value, str | int | float | bool)


async def handle_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"field": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in exc.errors()
    ]
    metrics.ERRORS.labels(code="validation_error").inc()
    message = "; ".join(f"{p['field']}: {p['problem']}" for p in problems) or "invalid request"
    return JSONResponse(error_body("validation_error", message, problems=problems), 422)


async def handle_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
    code = getattr(exc, "code", None) or codes.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, handle_app_error)
    app.add_exception_handler(RequestValidationError, handle_validation)
    app.add_exception_handler(StarletteHTTPException, handle_http)

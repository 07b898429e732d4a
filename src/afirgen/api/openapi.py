"""The OpenAPI document declares the ``X-API-Key`` scheme the middleware enforces.

Declared in the document rather than as a route dependency: the key is checked
once, in ``ApiKeyMiddleware``, and a dependency would cost every request a
resolution step for nothing. With it, ``/docs`` shows an Authorize button and
"Try it out" sends the key.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from afirgen.api.middleware import PUBLIC_PATHS

SCHEME = "ApiKey"
NO_KEY = PUBLIC_PATHS | {"/api/v1/login"}  # signing in is how one gets a session
API_KEY_SCHEME = {
    "type": "apiKey",
    "in": "header",
    "name": "X-API-Key",
    "description": "A key made with `afirgen apikey create --name NAME`.",
}


def declare_api_key(app: FastAPI) -> None:
    """Make ``app.openapi()`` name the scheme on every operation that needs a key."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = with_api_key(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def with_api_key(schema: dict[str, Any]) -> dict[str, Any]:
    schema.setdefault("components", {}).setdefault("securitySchemes", {})[SCHEME] = API_KEY_SCHEME
    for path, operations in schema.get("paths", {}).items():
        if path in NO_KEY:
            continue
        for operation in operations.values():
            operation["security"] = [{SCHEME: []}]
    return schema

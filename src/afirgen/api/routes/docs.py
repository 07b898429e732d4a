"""The API's documentation pages, served from this process alone.

Swagger UI (``/docs``) and ReDoc (``/redoc``) load their scripts and styles
from ``/docs/static/``: the files ``fastapi-offline`` ships, plus Swagger's
start-up script as a file of our own (``api/static/swagger-init.js``). No CDN
and no inline script, so the pages work on a station LAN and under the same
``Content-Security-Policy: default-src 'self'`` as every other response.
"""

from __future__ import annotations

from html import escape
from typing import TypedDict

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)

ASSETS_PATH = "/docs/static"


class FastApiDocsOff(TypedDict):
    """FastAPI's own /docs and /redoc load from a CDN: an app passes these to turn them off."""

    docs_url: None
    redoc_url: None
    swagger_ui_oauth2_redirect_url: None


NO_CDN_DOCS: FastApiDocsOff = {
    "docs_url": None,
    "redoc_url": None,
    "swagger_ui_oauth2_redirect_url": None,
}


def install_docs(app: FastAPI) -> None:
    """Serve /docs, /redoc and their files (our start-up script first, then the
    packaged Swagger UI and ReDoc files) from this process."""
    app.include_router(router)
    assets = StaticFiles(packages=[("afirgen.api", "static"), ("fastapi_offline", "static")])
    app.mount(ASSETS_PATH, assets, name="docs-assets")


def _page(title: str, head: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n{head}</head>\n<body>\n{body}</body>\n</html>\n"
    )


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    assets = escape(root + ASSETS_PATH)
    head = (
        f'<link rel="stylesheet" href="{assets}/swagger-ui.css">\n'
        f'<link rel="icon" type="image/png" href="{assets}/favicon.png">\n'
    )
    body = (
        f'<div id="swagger-ui" data-openapi-url="{escape(root + request.app.openapi_url)}">'
        "</div>\n"
        f'<script src="{assets}/swagger-ui-bundle.js"></script>\n'
        f'<script src="{assets}/swagger-init.js"></script>\n'
    )
    return _page(f"{request.app.title} - Swagger UI", head, body)


@router.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    assets = escape(root + ASSETS_PATH)
    head = f'<link rel="icon" type="image/png" href="{assets}/favicon.png">\n'
    body = (
        f'<redoc spec-url="{escape(root + request.app.openapi_url)}"></redoc>\n'
        f'<script src="{assets}/redoc.standalone.js"></script>\n'
    )
    return _page(f"{request.app.title} - ReDoc", head, body)

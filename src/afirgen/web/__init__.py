"""The officer's console: server-rendered pages (Jinja2, HTMX) over the API's services.

Pages live under ``/`` (``/login``, ``/complaints``, ``/firs``, ``/dashboard``,
``/admin``); their scripts and styles are files of this package served from
``/static`` (HTMX and its SSE extension vendored with their licences), so the
console works on a station LAN under ``Content-Security-Policy: default-src 'self'``.
No rule lives here: every decision is a service call, as in ``afirgen.api``.
"""

from fastapi import FastAPI

from afirgen.web import admin, pages, register
from afirgen.web.pages import STATIC_PATH, static_files
from afirgen.web.signin import install_error_pages


def install(app: FastAPI) -> None:
    """The console's pages, its static files and its error pages on ``app``."""
    app.include_router(pages.router)
    app.include_router(register.router)
    app.include_router(admin.router)
    app.mount(STATIC_PATH, static_files(), name="console-static")
    install_error_pages(app)


__all__ = ["install"]

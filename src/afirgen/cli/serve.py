"""``afirgen serve``: migrate the embedded database if needed and run the API."""

from __future__ import annotations

import typer
import uvicorn

from afirgen.config import get_settings
from afirgen.infrastructure.migrate import upgrade


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, help="Port to listen on"),
    workers: int = typer.Option(1, help="Worker processes"),
) -> None:
    """Serve the API (migrates the embedded SQLite database first)."""
    settings = get_settings()
    if settings.is_sqlite:
        upgrade(settings.resolved_database_url)
    typer.echo(f"AFIRGen API on http://{host}:{port}  (docs: http://{host}:{port}/docs)", err=True)
    uvicorn.run(
        "afirgen.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        proxy_headers=False,  # X-Forwarded-For is read by the app, from trusted proxies only
        server_header=False,
    )

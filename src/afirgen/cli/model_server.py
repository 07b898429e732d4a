"""``afirgen model-server``: serve the embedded models over HTTP."""

from __future__ import annotations

import os

import typer
import uvicorn


def model_server(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8001, help="Port to listen on"),
) -> None:
    """Serve /v1/chat/completions, /v1/completions, /v1/audio/transcriptions, /v1/ocr."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    typer.echo(f"AFIRGen model server on http://{host}:{port}  (docs: /docs)", err=True)
    uvicorn.run(
        "afirgen.model_server:create_model_server",
        factory=True,
        host=host,
        port=port,
        workers=1,  # one copy of the models; concurrency is bounded per model inside
        log_level="warning",
    )

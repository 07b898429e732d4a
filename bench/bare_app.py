"""The yardstick for ``bench/read_overhead.py``: a bare FastAPI app, no middleware.

``GET /body`` returns the JSON object stored in ``$BENCH_BODY_FILE`` through
FastAPI's ordinary path (a dict, encoded by the framework on every request).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI


def create_bare_app() -> FastAPI:
    body = json.loads(Path(os.environ["BENCH_BODY_FILE"]).read_bytes())
    app = FastAPI()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/body")
    async def read_body() -> dict[str, Any]:
        return body  # type: ignore[no-any-return]

    return app

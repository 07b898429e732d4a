"""Dependencies of the model server routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from afirgen.model_server.engines import ModelEngines


def get_engines(request: Request) -> ModelEngines:
    return request.app.state.engines  # type: ignore[no-any-return]


Engines = Annotated[ModelEngines, Depends(get_engines)]

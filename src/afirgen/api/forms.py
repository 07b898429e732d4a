"""Form bodies read strictly: a text field that is not UTF-8 is refused, not guessed.

Starlette decodes an undecodable form field as Latin-1, which turns a Hindi
complaint with one bad byte into mojibake that would then be drafted and
registered. Routes built with :class:`StrictFormRoute` answer 400 naming the
field instead (FastAPI's documented custom ``Request``/``APIRoute`` pattern).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from contextlib import aclosing
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser

MULTIPART = "multipart/form-data"
FORM_TYPES = (MULTIPART, "application/x-www-form-urlencoded")


class StrictMultiPartParser(MultiPartParser):
    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is None:
            try:
                part.data.decode("utf-8")
            except UnicodeDecodeError:
                name = part.field_name or "a form field"
                raise MultiPartException(f"form field '{name}' is not valid UTF-8") from None
        super().on_part_end()


class StrictFormRequest(Request):
    async def _get_form(
        self,
        *,
        max_files: int | float = 1000,
        max_fields: int | float = 1000,
        max_part_size: int = 1024 * 1024,
    ) -> FormData:
        if self._form is None and self.headers.get("content-type", "").startswith(MULTIPART):
            try:
                async with aclosing(self.stream()) as stream:
                    parser = StrictMultiPartParser(
                        self.headers,
                        stream,
                        max_files=max_files,
                        max_fields=max_fields,
                        max_part_size=max_part_size,
                    )
                    self._form = await parser.parse()
            except MultiPartException as exc:
                raise HTTPException(status_code=400, detail=exc.message) from exc
        return await super()._get_form(
            max_files=max_files, max_fields=max_fields, max_part_size=max_part_size
        )


class StrictFormRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictFormRequest(request.scope, request.receive))

        return strict

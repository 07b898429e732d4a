"""The legal knowledge base and section identification."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from afirgen.api.dependencies import AppServices, Kb
from afirgen.api.schemas import IdentifyRequest
from afirgen.errors import SectionNotFound

router = APIRouter(prefix="/kb", tags=["knowledge base"])


@router.get("/sections")
async def list_sections(
    services: AppServices,
    q: str | None = Query(None, max_length=500),
    act: str | None = Query(None, max_length=64),
    limit: int = Query(20, ge=1, le=400),
) -> list[dict[str, Any]]:
    """Sections of an act, or those best matching ``q``."""
    if q and q.strip():
        return await services.kb_search.search(q, act, limit)
    return services.kb_search.sections(act, limit)


@router.get("/sections/{act}/{number}")
async def read_section(act: str, number: str, kb: Kb) -> dict[str, Any]:
    section = kb.get(act, number)
    if section is None:
        raise SectionNotFound(f"{act} section {number} is not in the knowledge base")
    return section.model_dump()


@router.post("/identify")
async def identify_sections(body: IdentifyRequest, services: AppServices) -> dict[str, Any]:
    """Sections of law the facts make out, with evidence and reasons (413 for a text over
    ``AFIRGEN_MAX_TEXT_CHARS``, as for a complaint)."""
    result = await services.kb_search.identify(body.text, body.occurred_on)
    return result.model_dump(mode="json")

"""Where a language model may help, and the checks that keep it honest.

Only capable models are used: they fill gaps the deterministic extractor left
in the fields and polish the summary and narrative prose (the tiny embedded
model is not used by the pipeline). Every value a model proposes is kept only
if it occurs in the complaint (or, for prose, if it introduces no number the
facts do not hold).
"""

from __future__ import annotations

import structlog
from pydantic import BaseModel

from afirgen.domain.fields import Accused, FirFields
from afirgen.errors import ModelUnavailable
from afirgen.infrastructure.llm import LLMClient
from afirgen.pipeline import prompts
from afirgen.pipeline.checks import invents_numbers, occurs_in

log = structlog.get_logger(__name__)


class ModelFacts(BaseModel):
    """The small schema the model fills; constrained decoding keeps it valid JSON."""

    complainant_name: str | None = None
    complainant_relative_name: str | None = None
    complainant_address: str | None = None
    complainant_phone: str | None = None
    place_of_occurrence: str | None = None
    accused_names: list[str] = []


async def fill_field_gaps(llm: LLMClient, text: str, fields: FirFields) -> list[str]:
    """Fill empty fields from the model's reading; returns the names it filled."""
    facts = await llm.complete_json(
        prompts.FIELDS_SYSTEM, prompts.FIELDS_USER.format(text=text), ModelFacts, max_tokens=160
    )
    filled = []
    person = fields.complainant
    for attr, value in (
        ("name", facts.complainant_name),
        ("relative_name", facts.complainant_relative_name),
        ("address", facts.complainant_address),
        ("phone", facts.complainant_phone),
    ):
        if getattr(person, attr) is None and value and occurs_in(value, text):
            setattr(person, attr, value.strip())
            filled.append(f"complainant.{attr}")
    place = facts.place_of_occurrence
    if fields.place is None and place and occurs_in(place, text):
        fields.place = place.strip()
        filled.append("place")
    if not fields.accused:
        names = [n.strip() for n in facts.accused_names if n and occurs_in(n, text)]
        fields.accused = [Accused(name=n, known=True) for n in names if n != person.name]
        filled += ["accused"] if fields.accused else []
    return filled


async def polish_prose(
    llm: LLMClient, system: str, user: str, draft: str, *sources: str
) -> tuple[str, str | None]:
    """Ask a capable model to rewrite ``draft``; keep the draft if the result fails checks.

    Returns the text to use and, when the model was not used, why.
    """
    try:
        text = (await llm.complete_text(system, user, max_tokens=600)).strip()
    except ModelUnavailable as exc:
        return draft, f"language model unavailable: {exc.message}"
    if len(text) < 40 or invents_numbers(text, draft, *sources):
        log.warning("llm.output_rejected", reason="too short or invents numbers")
        return draft, "model output rejected by the fact check"
    return text, None

"""The stages of one draft: transcript, summary and fields, sections, narrative, the
assembled IF-1 draft. Each stage reads and writes :class:`SessionData`; which step
runs which stage is the table in ``steps.py``."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

import structlog

from afirgen.domain import SessionData, Step
from afirgen.domain.fields import FirFields
from afirgen.errors import ModelUnavailable, RecognitionUnavailable
from afirgen.infrastructure.cache import VIOLATION_CHECK_TTL, Cache, cache_key
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.llm import LLMClient
from afirgen.legal import SectionIdentifier
from afirgen.pipeline import prompts
from afirgen.pipeline.assemble import assemble_draft, section_labels
from afirgen.pipeline.compose import compose_narrative, compose_summary
from afirgen.pipeline.edits import edit_fields
from afirgen.pipeline.extraction import extract_fields
from afirgen.pipeline.llm_assist import fill_field_gaps, polish_prose
from afirgen.pipeline.notes import note_facts
from afirgen.pipeline.recognition import SourceReader

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class PipelineDeps:
    """What the stages need from outside: a model (maybe none), a cache, and the compute
    pool that runs CPU-heavy work off the event loop, with the section identifier."""

    llm: LLMClient | None
    compute: ComputePool[SectionIdentifier]
    cache: Cache
    reader: SourceReader | None = None  # recordings and images; None: text only
    # how registration will word the action taken (the FIR service's rule), for the
    # narrative's closing sentence; None: the narrative closes without it
    action_taken: Callable[[dict[str, Any] | None], str] | None = None

    @property
    def identifier(self) -> SectionIdentifier:
        return self.compute.resident


Stage = Callable[[SessionData, PipelineDeps, Sequence[str]], Awaitable[None]]


async def transcript_stage(data: SessionData, deps: PipelineDeps, notes: Sequence[str]) -> None:
    if data.source.kind != "text" and not data.source.recognized:
        if deps.reader is None:
            raise RecognitionUnavailable("speech and text recognition are not configured here")
        data.source = await deps.reader.read(data.source)
    data.transcript = data.source.text


async def summary_stage(data: SessionData, deps: PipelineDeps, notes: Sequence[str]) -> None:
    text = data.transcript or data.source.text
    corrections = data.corrections_for(Step.SUMMARY_REVIEW)
    fields = await deps.compute.run(read_fields, text, data.reported_on, corrections)
    if deps.llm is not None and deps.llm.capable:
        try:
            filled = await fill_field_gaps(deps.llm, text, fields)
            log.info("pipeline.model_filled", fields=filled)
        except ModelUnavailable as exc:
            data.mark_degraded(f"language model unavailable for field extraction: {exc.message}")
    data.fields = fields
    data.refresh_missing_fields()
    summary = await deps.compute.run(compose_summary, fields, text)
    if deps.llm is not None and deps.llm.capable:
        user = prompts.SUMMARY_USER.format(
            text=text,
            facts=fields.model_dump_json(exclude_none=True),
            note=prompts.correction(notes),
        )
        summary, reason = await polish_prose(deps.llm, prompts.SUMMARY_SYSTEM, user, summary, text)
        if reason:
            data.mark_degraded(reason)
    data.summary = summary


async def violations_stage(data: SessionData, deps: PipelineDeps, notes: Sequence[str]) -> None:
    # The identifier reads past the clauses that clear someone (legal.identify).
    text = "\n".join([data.transcript or data.source.text, *notes])
    fields = data.fields or FirFields()
    occurred = fields.occurrence.date_from
    counted = "accused_count" in fields.corrected or bool(fields.cleared)
    offenders = fields.accused_count if counted else None
    value = (
        fields.total_property_value_inr if "total_property_value_inr" in fields.corrected else None
    )
    key = cache_key("violation", "check", _digest(f"{occurred}|{offenders}|{value}|{text}"))
    cached = await deps.cache.get(key)
    if cached is None:
        identify = partial(SectionIdentifier.identify, offenders=offenders, amount_inr=value)
        result = await deps.compute.run_on_resident(identify, text, occurred)
        cached = result.model_dump(mode="json")
        await deps.cache.set(key, cached, VIOLATION_CHECK_TTL)
    data.identification = cached


async def narrative_stage(data: SessionData, deps: PipelineDeps, notes: Sequence[str]) -> None:
    text = data.transcript or data.source.text
    fields = data.fields or FirFields()
    labels = section_labels(data.identification)
    narrative = await deps.compute.run(compose_narrative, fields, text, labels)
    if deps.llm is not None and deps.llm.capable:
        user = prompts.NARRATIVE_USER.format(
            text=text,
            facts=fields.model_dump_json(exclude_none=True),
            registration=deps.action_taken(data.identification) if deps.action_taken else "",
            note=prompts.correction(notes),
        )
        narrative, reason = await polish_prose(
            deps.llm, prompts.NARRATIVE_SYSTEM, user, narrative, text, " ".join(labels)
        )
        if reason:
            data.mark_degraded(reason)
    data.narrative = narrative


async def final_stage(data: SessionData, deps: PipelineDeps, notes: Sequence[str]) -> None:
    data.draft = assemble_draft(data)


def read_fields(
    text: str, reported_on: date, corrections: Sequence[str | dict[str, Any]]
) -> FirFields:
    """The complaint's fields with the officer's notes and approved field edits laid
    over them, oldest first, so a later one wins where two disagree (CPU-heavy: in the
    compute pool)."""
    fields = extract_fields(text, reported_on)
    for correction in corrections:
        if isinstance(correction, str):
            fields = merge_fields(note_facts(correction, reported_on), fields)
        else:
            fields = edit_fields(fields, correction)
    return fields


def merge_fields(preferred: FirFields, fallback: FirFields) -> FirFields:
    """Officer's correction first; the complaint fills what the correction leaves out."""
    merged: dict[str, Any] = fallback.model_dump()
    for name, value in preferred.model_dump(exclude_defaults=True).items():
        if isinstance(value, dict):
            merged[name] = {**merged[name], **{k: v for k, v in value.items() if v is not None}}
        else:
            merged[name] = value
    return FirFields.model_validate(merged)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]

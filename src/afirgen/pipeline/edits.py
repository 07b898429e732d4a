"""What an officer may send as edited content at each review step, and how it applies.

One parser per step (the table in ``steps.py`` says which); each raises
``BadInput`` with what the step takes when the content does not fit.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from afirgen.domain import SessionData, Step
from afirgen.domain.fields import SECTION_FACTS, FirFields, field_value
from afirgen.errors import BadInput, UnknownSection
from afirgen.legal import KnowledgeBase
from afirgen.legal.kb import heading
from afirgen.text_rules import NAME_CHARS

UserInput = str | dict[str, Any] | list[Any] | None


class FinalEdit(BaseModel):
    """What the officer may set at final review; names fit their database columns."""

    model_config = ConfigDict(extra="forbid", strict=True)

    station: str | None = Field(None, max_length=NAME_CHARS)
    district: str | None = Field(None, max_length=NAME_CHARS)
    delay_reason: str | None = Field(None, max_length=5000)
    distance_from_station: str | None = Field(None, max_length=NAME_CHARS)


class SectionChoice(BaseModel):
    act: str
    section: str
    subsection: str | None = None


def edit_transcript(data: SessionData, edit: UserInput, kb: KnowledgeBase) -> None:
    data.transcript = _text(Step.TRANSCRIPT_REVIEW, edit)


def edit_narrative(data: SessionData, edit: UserInput, kb: KnowledgeBase) -> None:
    data.narrative = _text(Step.NARRATIVE_REVIEW, edit)


def _text(step: Step, edit: UserInput) -> str:
    if not isinstance(edit, str) or not edit.strip():
        raise BadInput(f"{step.value} takes the corrected text as a non-empty string")
    return edit.strip()


def edit_summary(data: SessionData, edit: UserInput, kb: KnowledgeBase) -> None:
    if isinstance(edit, str):
        data.summary = edit.strip()
        return
    if not isinstance(edit, dict) or not set(edit) <= {"summary", "fields"}:
        raise BadInput("summary_review takes a string, or an object with 'summary' and 'fields'")
    if isinstance(edit.get("summary"), str) and edit["summary"].strip():
        data.summary = edit["summary"].strip()
    if edit.get("fields") is not None:
        data.fields = edit_fields(data.fields or FirFields(), edit["fields"])
        data.refresh_missing_fields()


def edit_fields(before: FirFields, patch: Any) -> FirFields:
    """``before`` with the officer's edited fields laid over it; the facts that decide
    a section which it changes are marked as the officer's."""
    try:
        after = FirFields.model_validate(_deep_merge(before.model_dump(mode="json"), patch))
    except (ValidationError, TypeError) as exc:
        raise BadInput(f"invalid fields: {exc}") from exc
    if len(after.complainant.name or "") > NAME_CHARS:
        raise BadInput(f"the complainant's name is longer than {NAME_CHARS} characters")
    changed = [f for f in SECTION_FACTS if field_value(after, f) != field_value(before, f)]
    after.corrected = sorted({*before.corrected, *changed})
    return after


def edited_fields(step: Step, edit: UserInput) -> dict[str, Any] | None:
    """The fields an approved edit of ``step`` set, kept to replay when the step is
    made again (a prose edit is not: making the step again rewrites the prose)."""
    if step is Step.SUMMARY_REVIEW and isinstance(edit, dict):
        fields = edit.get("fields")
        return fields if isinstance(fields, dict) and fields else None
    return None


def edit_sections(data: SessionData, edit: UserInput, kb: KnowledgeBase) -> None:
    raw = edit.get("sections") if isinstance(edit, dict) else edit
    if not isinstance(raw, list):
        raise BadInput("violations_review takes a list of {act, section, subsection}")
    try:
        choices = [SectionChoice.model_validate(item) for item in raw]
    except ValidationError as exc:
        raise BadInput(f"invalid section list: {exc}") from exc
    ident = dict(data.identification or {})
    previous = {(s["act"], s["section"], s.get("subsection")): s for s in ident.get("sections", [])}
    ident["sections"] = [_chosen(c, previous, kb) for c in choices]
    ident["cognizable"] = any(s.get("cognizable") for s in ident["sections"]) if raw else None
    ident["no_offence"] = not raw
    ident["edited_by_officer"] = True
    data.identification = ident


def _chosen(choice: SectionChoice, previous: dict[Any, Any], kb: KnowledgeBase) -> dict[str, Any]:
    kept = previous.get((choice.act, choice.section, choice.subsection))
    if kept:
        return dict(kept)
    section = kb.get(choice.act, choice.section)
    if section is None:
        raise UnknownSection(f"{choice.act} section {choice.section} is not in the knowledge base")
    klass = section.classification
    return {
        "act": section.act,
        "section": section.number,
        "subsection": choice.subsection,
        "title": heading(section, choice.subsection),
        "score": 1.0,
        "evidence": [],
        "reason": "added by the reviewing officer",
        "cognizable": klass.cognizable if klass else None,
        "classification": klass.model_dump() if klass else None,
    }


def edit_final(data: SessionData, edit: UserInput, kb: KnowledgeBase) -> None:
    allowed = sorted(FinalEdit.model_fields)
    if not isinstance(edit, dict):
        raise BadInput(f"final_review takes an object with any of {allowed}")
    try:
        final = FinalEdit.model_validate(edit)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise BadInput(f"final_review takes an object with any of {allowed}: {problems}") from exc
    given = final.model_fields_set
    data.station = final.station if "station" in given else data.station
    data.district = final.district if "district" in given else data.district
    fields = data.fields or FirFields()
    if "delay_reason" in given:
        fields.delay_reason = final.delay_reason
    if "distance_from_station" in given:
        fields.distance_from_station = final.distance_from_station
    data.fields = fields


def _deep_merge(base: dict[str, Any], patch: Any) -> dict[str, Any]:
    if not isinstance(patch, dict):
        raise TypeError("fields must be an object")
    merged = dict(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged

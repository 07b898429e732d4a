"""Review forms: the step's content as form fields, and the posted form back as the
edited content the session service takes (the same shapes the API's ``user_input`` has).

Only shape work happens here (flattening and parsing fields); what an edit means
is decided by the step's edit parser in ``pipeline/edits.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel
from starlette.datastructures import FormData

from afirgen.domain import Step
from afirgen.domain.fields import Accused, Person, PropertyItem
from afirgen.errors import BadInput
from afirgen.pipeline.edits import UserInput
from afirgen.web.i18n import BAD_DATE, format_date, parse_date

ROWS = ("accused", "witnesses", "property")  # lists of records: one blank row to add
ROW_MODELS: dict[str, type[BaseModel]] = {
    "accused": Accused,
    "witnesses": Person,
    "property": PropertyItem,
}
# shown apart (doubts) or kept by the edit parser itself (which facts the officer corrected)
READ_ONLY = ("doubts", "corrected")
PREFIX = "fields."

LABELS = {
    "complainant": "Complainant",
    "accused": "Accused",
    "witnesses": "Witness",
    "property": "Property",
    "occurrence": "Occurrence",
}


@dataclass(frozen=True)
class FieldInput:
    name: str  # dotted, as posted: fields.complainant.name
    path: str  # dotted field name as missing_fields lists it: complainant.name
    group: str
    row: int | None
    leaf: str
    value: str
    kind: str  # text | number | date | time | bool | list


def field_inputs(fields: dict[str, Any]) -> list[FieldInput]:
    """Every editable leaf of the IF-1 fields, lists of records with one blank row."""
    out: list[FieldInput] = []
    for key, value in fields.items():
        if key in READ_ONLY:
            continue
        if key in ROWS:
            rows = list(value or [])
            template = {k: None for k in (rows[0] if rows else _blank_row(key))}
            for index, row in enumerate([*rows, template]):
                for leaf, leaf_value in row.items():
                    out.append(_input(f"{key}.{index}.{leaf}", key, key, index, leaf, leaf_value))
        elif isinstance(value, dict):
            for leaf, leaf_value in value.items():
                out.append(_input(f"{key}.{leaf}", f"{key}.{leaf}", key, None, leaf, leaf_value))
        else:
            out.append(_input(key, key, "", None, key, value))
    return out


def _blank_row(key: str) -> dict[str, None]:
    return dict.fromkeys(ROW_MODELS[key].model_fields)


def _input(name: str, path: str, group: str, row: int | None, leaf: str, value: Any) -> FieldInput:
    kind = "text"
    if isinstance(value, bool) or leaf == "known":
        kind = "bool"
    elif isinstance(value, list):
        kind, value = "list", "; ".join(str(v) for v in value)
    elif leaf.startswith("date_"):
        kind, value = "date", format_date(value) if value else value
    elif leaf.startswith("time_"):
        kind, value = "time", (value or "")[:5] if isinstance(value, str) else value
    elif isinstance(value, int | float) or leaf in ("age", "value_inr", "accused_count"):
        kind = "number"
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # Rs 60000, not 60000.0
    text = "" if value is None else str(value).lower() if kind == "bool" else str(value)
    return FieldInput(PREFIX + name, path, group, row, leaf, text, kind)


def fields_from_form(form: FormData, current: dict[str, Any]) -> dict[str, Any]:
    """The posted field values laid over the current fields (blank rows dropped)."""
    kinds = {f.name: f.kind for f in field_inputs(current)}
    merged: dict[str, Any] = {k: v for k, v in current.items() if k not in ROWS}
    rows: dict[str, dict[int, dict[str, Any]]] = {k: {} for k in ROWS}
    for name, kind in kinds.items():
        raw = form.get(name)
        value = _parse(raw if isinstance(raw, str) else "", kind)
        parts = name.removeprefix(PREFIX).split(".")
        if parts[0] in ROWS:
            rows[parts[0]].setdefault(int(parts[1]), {})[parts[2]] = value
        elif len(parts) == 2:
            merged[parts[0]] = {**(merged.get(parts[0]) or {}), parts[1]: value}
        else:
            merged[parts[0]] = value
    for key, by_index in rows.items():
        merged[key] = [r for _, r in sorted(by_index.items()) if _filled(r)]
    return merged


def _parse(raw: str, kind: str) -> Any:
    text = raw.strip()
    if kind == "list":
        return [p.strip() for p in text.split(";") if p.strip()]
    if kind == "bool":
        return text == "true"
    if kind == "date" and text:
        return read_date(text).isoformat()
    return text or None


def read_date(text: str) -> date:
    """A date typed in a console form; refused in words when it is not DD/MM/YYYY."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise BadInput(BAD_DATE) from exc


def _filled(row: dict[str, Any]) -> bool:
    return any(v not in (None, "", False) for v in row.values())


def step_input(step: Step, form: FormData, content: Any) -> UserInput:
    """The officer's edited content for ``step`` from the posted review form."""
    if step in (Step.TRANSCRIPT_REVIEW, Step.NARRATIVE_REVIEW):
        text = form.get("text")
        return text if isinstance(text, str) and text.strip() != (content or "").strip() else None
    if step is Step.SUMMARY_REVIEW:
        summary = form.get("summary")
        current = (content or {}).get("fields") or {}
        return {
            "summary": summary if isinstance(summary, str) else "",
            "fields": fields_from_form(form, current),
        }
    if step is Step.VIOLATIONS_REVIEW:
        return [_section(v) for v in form.getlist("section") if isinstance(v, str)]
    return None


def _section(value: str) -> dict[str, Any]:
    act, _, rest = value.partition("|")
    section, _, subsection = rest.partition("|")
    return {"act": act, "section": section, "subsection": subsection or None}


def section_value(section: dict[str, Any]) -> str:
    return f"{section['act']}|{section['section']}|{section.get('subsection') or ''}"

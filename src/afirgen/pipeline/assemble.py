"""Assemble the IF-1 draft (items 1-15 of the national form) from a session's stages.

The report type (FIR or NCR) and the action taken are registration's decision:
``services/fir_service.py`` adds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afirgen.domain.fields import FirFields

if TYPE_CHECKING:
    from afirgen.domain import SessionData


def cite(section: dict[str, Any]) -> str:
    """``{"act": "BNS", "section": "303", "subsection": "2"}`` -> ``"303(2) BNS"``."""
    sub = section.get("subsection")
    number = f"{section['section']}({sub})" if sub else str(section["section"])
    return f"{number} {section['act']}"


def section_labels(identification: dict[str, Any] | None) -> list[str]:
    sections = (identification or {}).get("sections", [])
    return [f"Section {cite(s)} ({s.get('title', '')})".replace(" ()", "") for s in sections]


def assemble_draft(data: SessionData) -> dict[str, Any]:
    fields = data.fields or FirFields()
    ident = data.identification or {}
    occurrence = fields.occurrence.model_dump(mode="json")
    if fields.occurrence.date_from:
        occurrence["day"] = fields.occurrence.date_from.strftime("%A")
    return {
        "district": data.district,
        "police_station": data.station,
        "year": data.reported_on.year,
        "fir_number": data.fir_number,
        "date": data.reported_on.isoformat(),
        "law": ident.get("law"),
        "acts_and_sections": [
            {k: s.get(k) for k in ("act", "section", "subsection", "title")}
            for s in ident.get("sections", [])
        ],
        "occurrence": occurrence,
        "information_received_at": data.reported_at.isoformat(),
        "type_of_information": "oral" if data.source.kind == "audio" else "written",
        "place": {"address": fields.place, "distance_from_station": fields.distance_from_station},
        "complainant": fields.complainant.model_dump(mode="json"),
        "accused": [a.model_dump(mode="json") for a in fields.accused],
        "accused_count": fields.accused_count,
        "delay_reason": fields.delay_reason,
        "property": [p.model_dump(mode="json") for p in fields.property],
        "total_property_value_inr": fields.total_property_value_inr,
        "witnesses": [w.model_dump(mode="json") for w in fields.witnesses],
        "inquest_report": None,
        "fir_contents": data.narrative,
        "complainant_statement": data.source.text,
        "missing_fields": data.missing_fields,
        "degraded": data.degraded,
        "degraded_reasons": data.degraded_reasons,
    }

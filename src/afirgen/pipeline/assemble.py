"""Assemble the IF-1 draft (items 1-15 of the national form) from a session's stages."""

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


def report_type(identification: dict[str, Any] | None) -> str:
    """FIR for a cognizable offence; NCR when only non-cognizable offences are made out."""
    ident = identification or {}
    if ident.get("sections") and ident.get("cognizable") is False:
        return "NCR"
    return "FIR"


def registration_sentence(identification: dict[str, Any] | None) -> str:
    cited = ", ".join(cite(s) for s in (identification or {}).get("sections", []))
    if not cited:
        return (
            "No offence is made out on the facts stated; the officer is to decide further action."
        )
    if report_type(identification) == "NCR":
        return (
            f"The information discloses only non-cognizable offence(s) under {cited}; it is "
            "entered in the non-cognizable register under section 174 BNSS and the informant "
            "is referred to the Magistrate."
        )
    return (
        f"As the information discloses cognizable offence(s) under {cited}, a case is "
        "registered under section 173 BNSS and investigation is taken up."
    )


def assemble_draft(data: SessionData) -> dict[str, Any]:
    fields = data.fields or FirFields()
    ident = data.identification or {}
    occurrence = fields.occurrence.model_dump(mode="json")
    if fields.occurrence.date_from:
        occurrence["day"] = fields.occurrence.date_from.strftime("%A")
    return {
        "district": data.district,
        "police_station": data.station,
        "year": data.reported_at.year,
        "fir_number": data.fir_number,
        "date": data.reported_at.date().isoformat(),
        "report_type": report_type(ident),
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
        "action_taken": registration_sentence(ident),
        "missing_fields": data.missing_fields,
        "degraded": data.degraded,
        "degraded_reasons": data.degraded_reasons,
    }

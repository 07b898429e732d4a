"""What a police station's record must give before its FIRs can be registered.

Form IF-1 names the district and the police station, and the register the
state; the station record is their only source. A station whose name, district
or state is missing (the default station that migration 0002 made from
settings that did not give them) registers nothing until they are given:
``afirgen station edit CODE --name ... --district ... --state ...``, or for
the default station the settings ``AFIRGEN_STATION``, ``AFIRGEN_DISTRICT`` and
``AFIRGEN_STATE``, which fill whatever is missing when the app or
``afirgen station list`` starts. Nothing stands in for a missing detail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StationDetail:
    field: str  # the station record's attribute, and the option of `afirgen station edit`
    label: str  # as the refusal names it
    setting: str  # fills it on the default station


STATION_DETAILS: tuple[StationDetail, ...] = (
    StationDetail("name", "name of the police station", "AFIRGEN_STATION"),
    StationDetail("district", "district of the police station", "AFIRGEN_DISTRICT"),
    StationDetail("state", "state of the police station", "AFIRGEN_STATE"),
)


def missing_details(
    name: str | None, district: str | None, state: str | None
) -> list[StationDetail]:
    given = {"name": name, "district": district, "state": state}
    return [d for d in STATION_DETAILS if not (given[d.field] or "").strip()]


def how_to_give(code: str, missing: list[StationDetail]) -> str:
    options = " ".join(f"--{d.field} {d.field.upper()}" for d in missing)
    return f"afirgen station edit {code} {options}"


def placeholders(code: str) -> frozenset[str]:
    """What migration 0002 wrote where the settings gave nothing. A FIR registered
    before migration 0008 copied them into its own record (a finalized one is signed
    with them), so documents show them as missing, never as data."""
    return frozenset({f"Police station {code}", "unspecified district", "unspecified state"})


def as_given(value: str | None, code: str) -> str | None:
    """``value``, or None where it is empty or one of the station's placeholders."""
    if value is None or not value.strip() or value.strip() in placeholders(code):
        return None
    return value


def fir_as_given(fir: Mapping[str, Any]) -> dict[str, Any]:
    """A FIR row whose station and district are shown only where they were given."""
    code = str(fir.get("fir_ref") or "").split("/", 1)[0]
    given = {k: as_given(fir.get(k), code) for k in ("station", "district") if k in fir}
    return {**fir, **given}

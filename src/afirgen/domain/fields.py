"""The IF-1 fields a draft FIR is built from.

Every field is optional: a value the complaint does not give stays ``None`` (or
an empty list) and is reported by :func:`missing_fields`, never filled with a
placeholder.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any, Literal

from pydantic import BaseModel, Field

Relation = Literal["father", "husband", "mother", "guardian"]


class Person(BaseModel):
    """Complainant or witness, as item 6 of the IF-1 form describes them."""

    name: str | None = None
    relation: Relation | None = None  # S/o, D/o -> father; W/o -> husband
    relative_name: str | None = None
    age: int | None = None
    gender: Literal["male", "female", "other"] | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None  # set by the officer at review; where the FIR copy is sent
    occupation: str | None = None


class Accused(BaseModel):
    """One accused person; unknown accused carry a description instead of a name."""

    name: str | None = None
    known: bool = False
    relation: Relation | None = None
    relative_name: str | None = None
    address: str | None = None
    description: str | None = None  # "two men on a black motorcycle, about 25"
    # How the accused stands to the victim (husband, mother-in-law, employer, neighbour):
    # several sections turn on it (cruelty by a husband or his relatives, theft by a servant).
    relation_to_victim: str | None = None


class PropertyItem(BaseModel):
    description: str
    value_inr: float | None = None


class Occurrence(BaseModel):
    """Item 3: the occurrence window (from/to date and time)."""

    date_from: date | None = None
    date_to: date | None = None
    time_from: time | None = None
    time_to: time | None = None


class FirFields(BaseModel):
    """Structured facts of one complaint (IF-1 items 3-10)."""

    complainant: Person = Field(default_factory=Person)
    accused: list[Accused] = Field(default_factory=list)
    accused_count: int | None = None  # "three unknown men" -> 3
    occurrence: Occurrence = Field(default_factory=Occurrence)
    place: str | None = None
    distance_from_station: str | None = None
    delay_reason: str | None = None
    property: list[PropertyItem] = Field(default_factory=list)
    total_property_value_inr: float | None = None
    witnesses: list[Person] = Field(default_factory=list)
    # People the complainant expressly clears ("my father-in-law never harassed me"):
    # kept apart so that nobody lists them as accused.
    cleared: list[str] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    injuries: list[str] = Field(default_factory=list)
    vehicles: list[str] = Field(default_factory=list)  # registration numbers
    # Where the complaint contradicts itself or the reading is unsure (two dates, a weekday
    # that does not match the date, an amount with two readings): shown to the officer at
    # summary review instead of a silent choice.
    doubts: list[str] = Field(default_factory=list)
    # Dotted names of the facts the officer corrected at summary review; the sections step
    # takes these from the fields rather than re-reading them from the complaint's text.
    corrected: list[str] = Field(default_factory=list)


REQUIRED_FIELDS: tuple[str, ...] = (
    "complainant.name",
    "complainant.relative_name",
    "complainant.address",
    "complainant.phone",
    "occurrence.date_from",
    "occurrence.time_from",
    "place",
    "accused",
)


# Facts on which the choice or grade of a section turns, and which an officer may correct.
SECTION_FACTS: tuple[str, ...] = (
    "occurrence.date_from",
    "accused_count",
    "total_property_value_inr",
)


LATE_AFTER_DAYS = 1  # a report made later than this after the occurrence must say why


def missing_fields(
    fields: FirFields,
    *,
    station: str | None = None,
    district: str | None = None,
    reported_on: date | None = None,
    draft_header: bool = False,
) -> list[str]:
    """Dotted names of the IF-1 fields the officer still has to fill in.

    With ``draft_header`` the police station and district of the IF-1 header are checked
    too; with ``reported_on`` a report made more than a day after the occurrence needs
    the reason for the delay.
    """
    missing = [d for d in REQUIRED_FIELDS if field_value(fields, d) in (None, "", [])]
    if draft_header:
        missing += [
            name for name, v in (("police_station", station), ("district", district)) if not v
        ]
    occurred = fields.occurrence.date_to or fields.occurrence.date_from
    late = (
        reported_on is not None
        and occurred is not None
        and (reported_on - occurred).days > LATE_AFTER_DAYS
    )
    if late and not fields.delay_reason:
        missing.append("delay_reason")
    return missing


def field_value(fields: FirFields, dotted: str) -> Any:
    """The value at a dotted field name: ``field_value(f, "complainant.name")``."""
    value: Any = fields
    for part in dotted.split("."):
        value = getattr(value, part)
    return value

"""Deterministic extraction of the IF-1 fields from a complaint's text.

Every value is read from the complaint (or is a normalisation of what it says,
such as a date); a fact the complaint does not give stays ``None`` so that
:func:`afirgen.domain.fields.missing_fields` shows it to the officer.
"""

from __future__ import annotations

import re
from datetime import date

from afirgen.domain.fields import FirFields, Person
from afirgen.pipeline.extraction.accused import AccusedFindings, accused_rows, collect_accused
from afirgen.pipeline.extraction.addresses import extract_address
from afirgen.pipeline.extraction.dates import find_dates
from afirgen.pipeline.extraction.delay import extract_delay_reason
from afirgen.pipeline.extraction.document import Complaint, prepare
from afirgen.pipeline.extraction.injuries import extract_injuries
from afirgen.pipeline.extraction.names import clean_name, same_person
from afirgen.pipeline.extraction.occurrence import extract_occurrence
from afirgen.pipeline.extraction.people import extract_complainant
from afirgen.pipeline.extraction.phones import extract_complainant_phone, find_mobile_numbers
from afirgen.pipeline.extraction.places import Span, extract_place
from afirgen.pipeline.extraction.property import read_property
from afirgen.pipeline.extraction.times import find_times
from afirgen.pipeline.extraction.vehicles import extract_vehicles, find_vehicle_numbers
from afirgen.pipeline.extraction.weapons import extract_weapons
from afirgen.pipeline.extraction.witnesses import extract_witnesses
from afirgen.text.amounts import find_amounts


def extract_fields(text: str, reference_date: date | None = None) -> FirFields:
    """The IF-1 fields of one complaint; ``reference_date`` is the day it was made.

    Without a reference date, "yesterday" or "last Sunday" cannot be dated and
    the occurrence date is left empty rather than guessed.
    """
    doc = prepare(text)
    person, findings = _parties(doc)
    reading = extract_occurrence(doc, reference_date)
    witnesses = extract_witnesses(doc.text, person.name)
    _drop_witnesses(findings, witnesses)
    accused, accused_count = accused_rows(findings)
    names = [person.name, *(a.name for a in accused), *(w.name for w in witnesses)]
    blocked = _masked_spans(doc, reference_date, person.address)
    lost = read_property(doc)
    return FirFields(
        complainant=person,
        accused=accused,
        accused_count=accused_count,
        occurrence=reading.occurrence,
        place=extract_place(
            doc, reading.sentence, blocked, person.address, {n for n in names if n}
        ),
        delay_reason=extract_delay_reason(doc),
        property=lost.items,
        total_property_value_inr=lost.total_inr,
        witnesses=witnesses,
        cleared=[clean_name(name) for name in findings.cleared],
        weapons=extract_weapons(doc.text),
        injuries=extract_injuries(doc),
        vehicles=extract_vehicles(doc.text),
        doubts=reading.doubts,
    )


def _parties(doc: Complaint) -> tuple[Person, AccusedFindings]:
    """The complainant with address and phone, and what the complaint says of the accused."""
    complainant = extract_complainant(doc.text, doc.folded)
    person = complainant.person
    findings = collect_accused(doc, complainant.span, person)
    person.address = extract_address(
        doc.text, complainant.span, findings.named, complainant.relation_end
    )
    person.phone = extract_complainant_phone(doc.text)
    return person, findings


def _drop_witnesses(findings: AccusedFindings, witnesses: list[Person]) -> None:
    """A witness is never an accused, however the complaint introduces them."""
    seen = [w.name for w in witnesses if w.name]
    findings.named = [s for s in findings.named if not any(same_person(s.name, w) for w in seen)]


def _masked_spans(doc: Complaint, reference: date | None, address: str | None) -> list[Span]:
    """Text that can never be the scene: dates, times, sums, phones, plates, the home address."""
    spans: list[Span] = [(d.start, d.end) for d in find_dates(doc, reference)]
    spans += [(t.start, t.end) for t in find_times(doc)]
    spans += [(a.start, a.end) for a in find_amounts(doc.text)]
    spans += [(start, end) for start, end, _ in find_mobile_numbers(doc.text)]
    spans += [(start, end) for start, end, _ in find_vehicle_numbers(doc.text)]
    if address:
        spans += _address_spans(doc.text, address)
    return spans


def _address_spans(text: str, address: str) -> list[Span]:
    """Where the complainant's address is told again; not where it is only part of a longer
    name ("Lalgudi" in "the Lalgudi-Pullambadi road", a scene that only passes through it)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(address)}(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]

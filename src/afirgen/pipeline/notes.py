"""What an officer's correction note changes when a step is made again.

A note sent with ``POST /regenerate/{id}`` is read by the stages in these ways:

- ``summary_review``: facts stated in the note (a date or time, an amount, the
  complainant's name, the place) replace the complaint's; a phrase such as
  "the place was Johari Bazaar" or "complainant's name is Suresh Kumar" is read
  as such a correction;
- ``violations_review``: section identification reads the note with the
  complaint;
- ``summary_review`` and ``narrative_review``: a capable language model, when
  configured, is given the note for its wording.

Anything no stage reads is only recorded in the session's history; the
response says which of the two happened.
"""

from __future__ import annotations

import re
from datetime import date

from afirgen.domain import Step
from afirgen.domain.fields import FirFields
from afirgen.pipeline.extraction import extract_fields

_NOT = r",?\s+(?:and\s+)?not\b"
_VALUE = r"\s+(?P<value>[^.,;\n]+?)\s*(?:" + _NOT + r"|[.,;\n]|$)"
# An address runs on past its commas ("Makan No. 12, Shivaji Nagar, Bhopal") to the
# end of the sentence; the full stop of an abbreviation ("No.", "Rd.") ends nothing.
_ABBREVIATED = "".join(rf"(?<!\b{word})" for word in ("No", "Nr", "St", "Rd", "H", "Opp"))
_ADDRESS = r"\s+(?P<value>[^;\n]+?)\s*(?:" + _NOT + rf"|[;\n]|{_ABBREVIATED}\.(?=\s|$)|$)"
_PLACE = re.compile(
    r"\bplace(?:\s+of\s+(?:the\s+)?(?:occurrence|incident))?(?:\s+(?:was|is)|\s*:)" + _ADDRESS, re.I
)
_NAME = re.compile(r"\b(?:complainant'?s?|my)\s+name\s+(?:was|is|:)" + _VALUE, re.I)


def note_facts(note: str, day: date) -> FirFields:
    """The IF-1 facts a note states: explicit corrections first, then what the
    complaint extractor reads in it."""
    facts = extract_fields(note, day)
    if place := _PLACE.search(note):
        facts.place = place.group("value").strip()
    if name := _NAME.search(note):
        facts.complainant = facts.complainant.model_copy(
            update={"name": name.group("value").strip()}
        )
    return facts


def note_uses(step: Step, note: str, day: date, model_reads: bool) -> list[str]:
    """What regenerating ``step`` with ``note`` will change; empty: only recorded."""
    uses: list[str] = []
    if step is Step.SUMMARY_REVIEW:
        uses += sorted(note_facts(note, day).model_dump(exclude_defaults=True))
    if step is Step.VIOLATIONS_REVIEW:
        uses.append("sections")
    if model_reads and step in (Step.SUMMARY_REVIEW, Step.NARRATIVE_REVIEW):
        uses.append("wording (language model)")
    return uses


def note_outcome(uses: list[str]) -> dict[str, object]:
    """The ``note`` part of the answer to a regeneration."""
    if uses:
        return {"recorded_only": False, "changes": uses, "message": "the note is applied"}
    return {
        "recorded_only": True,
        "changes": [],
        "message": "no stage reads this note here: it is only recorded in the history; "
        "state a date, time, amount, name or place at summary_review, or edit the "
        "content when approving",
    }

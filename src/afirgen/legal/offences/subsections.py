"""The grade (sub-section) of a section, decided from the facts whoever chose the section.

The learned model knows a section, not its grade: it proposes each at the sub-section it
saw most often in training (breach of trust at 316(2), endangering life at 125(b),
house-breaking at 331(4)). Before 1 July 2024 each grade is an IPC section of its own
(406 / 408 / 409, 337 / 338, 457 / 458), so a grade left to habit is a wrong section.
Each row below reads the grade off the statute's distinguishing ingredient; the first
row that applies wins, and a section with no row keeps the grade it came with.

=======  ===========================================================  =========
section  ingredient that decides the grade                            IPC
=======  ===========================================================  =========
316      entrusted as agent, banker or office-bearer (5); as clerk    409 / 408
         or servant (4); anyone else (2)                              / 406
125      grievous hurt caused (b); hurt caused (a)                    338 / 337
118      grievous hurt caused by the weapon (2); hurt (1)             326 / 324
331      at night after preparing to hurt, assault or restrain (6);   458 / 455
         by day so prepared (5); at night (4); by day (3)             / 457 / 454
329      land entered (3); else a building entered (4)                447 / 448
308      property handed over: in fear of death or grievous hurt      386 / 384
         (5), of other injury (2); demanded only: fear of death or    / 387 /
         grievous hurt (4), of other injury (3)                       385
=======  ===========================================================  =========
"""

from __future__ import annotations

from collections.abc import Callable

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    building_entered,
    grievous,
    tied_up,
    tool_of_break_in,
)

__all__ = ["FACT_GRADES", "graded_subsection"]

Row = tuple[Callable[[Facts], bool], str]


def _always(_: Facts) -> bool:
    return True


def _prepared_to_hurt(f: Facts) -> bool:
    """Came armed (not only with the tool that forced the lock), or held or tied someone."""
    armed = f.any(Fact.WEAPON, Fact.DANGEROUS_WEAPON) and not tool_of_break_in(f)
    return armed or f.any(Fact.CONFINEMENT, Fact.RESTRAINT) or tied_up(f)


def _delivered(f: Facts) -> bool:
    return f.has(Fact.PROPERTY_DELIVERED)


def _deadly_fear(f: Facts) -> bool:
    return f.has(Fact.THREAT_TO_KILL)


FACT_GRADES: dict[str, tuple[Row, ...]] = {
    "316": (
        (lambda f: f.has(Fact.AGENT), "5"),
        (lambda f: f.has(Fact.SERVANT), "4"),
        (_always, "2"),
    ),
    "125": ((grievous, "b"), (_always, "a")),
    "118": ((grievous, "2"), (_always, "1")),
    "331": (
        (lambda f: f.has(Fact.NIGHT) and _prepared_to_hurt(f), "6"),
        (_prepared_to_hurt, "5"),
        (lambda f: f.has(Fact.NIGHT), "4"),
        (_always, "3"),
    ),
    "329": (
        (lambda f: f.has(Fact.LAND_ENTRY), "3"),
        (building_entered, "4"),
    ),
    "308": (
        (lambda f: _delivered(f) and _deadly_fear(f), "5"),
        (_delivered, "2"),
        (_deadly_fear, "4"),
        (_always, "3"),
    ),
}


def graded_subsection(act: str, section: str, facts: Facts) -> str | None:
    """The sub-section the facts decide for a BNS ``section``, or None where no row does."""
    rows = FACT_GRADES.get(section, ()) if act == "BNS" else ()
    return next((grade for applies, grade in rows if applies(facts)), None)

"""Offences within marriage: cruelty 85, dowry demanded (DP Act 4) or given (DP Act 3), DV Act 31.

A dowry *demand* is DP Act 4; DP Act 3 (giving or taking) only where the complaint says
dowry was handed over, because it implicates whoever gave it.
"""

from __future__ import annotations

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    ruled,
)


def domestic_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    marital = f.has(Fact.HUSBAND_OR_INLAWS) or (f.has(Fact.DOWRY, Fact.MARRIED))
    if marital and (
        f.has(Fact.CRUELTY)
        or (f.has(Fact.DOWRY) and f.any(Fact.HURT, Fact.THREAT, Fact.DEATH, Fact.SUICIDE))
    ):
        ev = f.evidence(Fact.HUSBAND_OR_INLAWS, Fact.DOWRY, Fact.CRUELTY)
        sections.append(
            ruled("85", "cruelty to a woman by her husband or his relatives", ev, 0.8, "marital")
        )
    if f.has(Fact.DOWRY) and _dowry_demanded(f):
        sections.append(
            ruled(
                "4",
                "dowry demanded from the woman or her family",
                f.evidence(Fact.DOWRY),
                0.75,
                "dowry",
                act="Dowry Prohibition Act",
            )
        )
    if f.has(Fact.DOWRY_GIVEN) and marital:
        sections.append(
            ruled(
                "3",
                "dowry given or taken at the marriage",
                f.evidence(Fact.DOWRY_GIVEN),
                0.6,
                "dowry",
                act="Dowry Prohibition Act",
            )
        )
    if f.has(Fact.PROTECTION_ORDER):
        sections.append(
            ruled(
                "31",
                "breach of a protection order",
                f.evidence(Fact.PROTECTION_ORDER),
                0.75,
                "dv",
                act="DV Act",
            )
        )
    return sections


def _dowry_demanded(f: Facts) -> bool:
    return f.has(Fact.HUSBAND_OR_INLAWS) or f.has(Fact.CRUELTY) or f.has(Fact.EXTORTION)

"""Offences against liberty: kidnapping and its grades, trafficking, restraint, confinement.

Grade decisions: a minor taken from guardianship 137(2) -> for ransom 140(2); a woman or
girl taken to compel her marriage 87 (with 137(2) for a girl); an adult abducted to be
confined 140(3); trafficking 143(2)/(4);
confinement 127(2) over restraint 126(2).
"""

from __future__ import annotations

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    ruled,
    violent_taking,
)


def liberty_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    taken = f.has(Fact.KIDNAPPING) or (f.child and f.has(Fact.MISSING))
    ev = f.evidence(Fact.KIDNAPPING, Fact.MISSING, Fact.RANSOM)
    if taken and f.child:
        sections.append(
            ruled(
                "137(2)",
                "minor taken out of lawful guardianship (kidnapping)",
                ev,
                0.8,
                "kidnapping",
            )
        )
    if taken and f.has(Fact.TRAFFICKING):
        ref = "143(4)" if f.child else "143(2)"
        sections.append(
            ruled(
                ref,
                "person recruited or moved for exploitation (trafficking)",
                f.evidence(Fact.TRAFFICKING),
                0.7,
                "kidnapping",
            )
        )
    if taken and f.has(Fact.RANSOM):
        sections.append(ruled("140(2)", "kidnapped or abducted for ransom", ev, 0.85, "kidnapping"))
    elif taken and f.has(Fact.WOMAN_VICTIM) and f.has(Fact.MARRIAGE_FORCED):
        # 87 protects "any woman", a girl under eighteen too: beside 137(2) for a minor.
        sections.append(
            ruled(
                "87",
                "woman abducted to compel her marriage",
                ev + f.evidence(Fact.MARRIAGE_FORCED),
                0.75,
                "kidnapping",
            )
        )
    elif f.has(Fact.KIDNAPPING) and not f.child:
        sections.append(
            ruled(
                "140(3)", "kidnapped or abducted to be wrongfully confined", ev, 0.6, "kidnapping"
            )
        )
    if f.has(Fact.CONFINEMENT) and not f.has(Fact.KIDNAPPING) and not violent_taking(f):
        sections.append(
            ruled(
                "127(2)",
                "kept within limits against their will (wrongful confinement)",
                f.evidence(Fact.CONFINEMENT),
                0.7,
                "restraint",
            )
        )
    elif f.has(Fact.RESTRAINT) and not f.any(Fact.PROPERTY_TAKEN, Fact.KIDNAPPING):
        sections.append(
            ruled(
                "126(2)",
                "obstructed from going where they had a right to go (wrongful restraint)",
                f.evidence(Fact.RESTRAINT),
                0.6,
                "restraint",
            )
        )
    return sections

"""Which sections the facts of a complaint support, decided from each offence's ingredients.

One module per offence family; each rule reads :class:`~afirgen.legal.facts.Facts` and
returns the sections whose ingredients are shown, with the grade decided in the module:

=================  ======================================================
module             sections
=================  ======================================================
``body``           homicide 100-113, hurt 114-125, road 281 / MV Act
``property``       theft 303-313, extortion 308, 314-334 (cheating, trust,
                   mischief, trespass)
``sexual``         63-79, POCSO Act
``domestic``       cruelty 85, Dowry Prohibition Act, DV Act
``liberty``        restraint 126-127, kidnapping 137-146
``public_order``   intimidation 351-356, public servants 121-132 / 221,
                   religion 196-299, unlawful assembly 189-191, 3(5)
``documents``      forgery 335-344, IT Act, identity misuse
``special_laws``   Arms, NDPS, SC/ST, Public Gambling, State Excise Acts
=================  ======================================================

:mod:`grades` holds the neighbouring-grade and family tables; :mod:`common` the
:class:`RuledSection` value and the findings several families share.
"""

from __future__ import annotations

from collections.abc import Callable

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.body import (
    homicide_sections,
    hurt_sections,
    road_sections,
)
from afirgen.legal.offences.common import RuledSection
from afirgen.legal.offences.documents import forgery_sections, online_sections
from afirgen.legal.offences.domestic import domestic_sections
from afirgen.legal.offences.grades import (
    ALTERNATIVES,
    IPC_CHARGED_BESIDE,
    IPC_PREDECESSORS,
    RULE_FAMILIES,
    caused_by_negligence,
    family_of,
    included_in,
    ladder_of,
    supported_by,
)
from afirgen.legal.offences.liberty import liberty_sections
from afirgen.legal.offences.property import (
    cheating_sections,
    extortion_sections,
    mischief_sections,
    property_sections,
    trespass_sections,
)
from afirgen.legal.offences.public_order import (
    common_intention_possible,
    companion_sections,
    conspiracy_sections,
    intimidation_sections,
    joint_liability,
    public_servant_sections,
)
from afirgen.legal.offences.sexual import sexual_sections
from afirgen.legal.offences.special_laws import special_law_sections

__all__ = [
    "ALTERNATIVES",
    "IPC_CHARGED_BESIDE",
    "IPC_PREDECESSORS",
    "RULES",
    "RULE_FAMILIES",
    "RuledSection",
    "caused_by_negligence",
    "common_intention_possible",
    "companion_sections",
    "derive_sections",
    "family_of",
    "included_in",
    "is_civil_dispute",
    "ladder_of",
    "supported_by",
]

RULES: tuple[Callable[[Facts], list[RuledSection]], ...] = (
    homicide_sections,
    hurt_sections,
    property_sections,
    trespass_sections,
    mischief_sections,
    cheating_sections,
    forgery_sections,
    sexual_sections,
    domestic_sections,
    intimidation_sections,
    liberty_sections,
    extortion_sections,
    public_servant_sections,
    road_sections,
    online_sections,
    special_law_sections,
)


def derive_sections(facts: Facts) -> list[RuledSection]:
    """Every section whose ingredients the facts support, with joint liability added."""
    sections = [c for rule in RULES for c in rule(facts)]
    sections += joint_liability(facts, sections)
    # A conspiracy is charged with the offence agreed on, never alone.
    return sections + conspiracy_sections(facts) if sections else sections


def is_civil_dispute(facts: Facts, sections: list[RuledSection]) -> bool:
    """Money owed and unpaid, no deception at the start and no other offence: a civil matter."""
    if sections:
        return False
    return facts.any(Fact.NON_PAYMENT, Fact.CIVIL_DISPUTE, Fact.LOST)

"""Offences against property: theft and its grades, trespass, mischief, cheating, breach of trust.

Grade decisions:

- theft 303(2) -> snatching 304(2) -> robbery 309(4) (force or fear, or property handed
  over at weapon point, s. 309(3)) -> dacoity 310(2)
  (five or more conjointly); 311 with a deadly weapon or grievous hurt; theft by a servant
  306, from a dwelling 305(a), of an idol 305(d), of Government property 305(e);
- house-trespass 329(4), on land 329(3), prepared for hurt 333, house-breaking by day
  331(3) or at night 331(4);
- mischief 324(2), from Rs 20,000 324(4), from Rs 1 lakh 324(5), by fire 326(f), to an animal 325;
- cheating 318(4) needs deception *and* delivery of property (a debt simply not repaid
  is civil), by personation 319(2); breach of trust 316(2), by a servant 316(4), by an
  agent or banker 316(5); found property kept 314; stolen property received 317(2).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    TAKINGS,
    RuledSection,
    building_entered,
    deceived,
    delivered_in_fear,
    grievous,
    idol,
    only_non_payment,
    ruled,
    taken_by_deception,
    tied_up,
    violent_taking,
)


def property_sections(f: Facts) -> list[RuledSection]:
    if (
        not f.any(*TAKINGS)
        or taken_by_deception(f)
        or delivered_in_fear(f)
        or (f.has(Fact.KIDNAPPING) and not f.has(Fact.FORCE))
        or _only_found_missing(f)
    ):
        return []
    ev_take = f.evidence(Fact.SNATCHING, Fact.PROPERTY_TAKEN, Fact.DELIVERED_AT_WEAPON_POINT)
    ev_force = f.evidence(Fact.FORCE, Fact.DANGEROUS_WEAPON, Fact.WEAPON, Fact.HURT, Fact.THREAT)
    armed_attack = (f.has(Fact.HURT) and f.has(Fact.DANGEROUS_WEAPON)) or grievous(f)
    if violent_taking(f) and f.five_or_more:
        sections = [
            ruled(
                "310(2)",
                "robbery by five or more persons conjointly (dacoity)",
                f.offenders_evidence + ev_force + ev_take,
                0.9,
                "theft",
            )
        ]
        if armed_attack:
            sections.append(
                ruled(
                    "311",
                    "deadly weapon used or grievous hurt caused in the dacoity",
                    ev_force,
                    0.75,
                    "theft",
                )
            )
        return sections
    if violent_taking(f):
        sections = []
        if f.has(Fact.HURT) or grievous(f):
            sections.append(
                ruled(
                    "309(6)",
                    "hurt caused while committing robbery",
                    f.evidence(Fact.HURT, Fact.GRIEVOUS_HURT),
                    0.7,
                    "theft",
                )
            )
        if armed_attack:
            sections.append(
                ruled(
                    "311",
                    "robbery in which a deadly weapon was used or grievous hurt caused",
                    ev_force + ev_take,
                    0.8,
                    "theft",
                )
            )
        return sections or [
            ruled(
                "309(4)",
                "property taken by force or fear of instant hurt (robbery)",
                ev_force + ev_take,
                0.85,
                "theft",
            )
        ]
    if f.has(Fact.SNATCHING):
        return [
            ruled(
                "304(2)",
                "property suddenly seized from the person (snatching)",
                ev_take,
                0.85,
                "theft",
            )
        ]
    return [_simple_theft(f, ev_take)]


@dataclass(frozen=True)
class Grade:
    """One row of a grade table: when it applies, the section, why, and its evidence."""

    applies: Callable[[Facts], bool]
    ref: str
    reason: str
    evidence: tuple[Fact, ...] = ()
    strength: float = 0.8


# Theft without force, first row that applies wins (s. 306, 305 (a)(d)(e), 303(2)).
THEFT_GRADES: tuple[Grade, ...] = (
    Grade(
        lambda f: f.has(Fact.SERVANT) and not building_entered(f),
        "306", "theft by a clerk or servant of the owner's property", (Fact.SERVANT,), 0.75,
    ),
    Grade(
        lambda f: (f.has(Fact.PLACE_OF_WORSHIP) and building_entered(f)) or idol(f),
        "305(d)", "theft of an idol or icon from a place of worship", (Fact.PLACE_OF_WORSHIP,),
        0.75,
    ),
    Grade(
        lambda f: f.has(Fact.GOVERNMENT_PROPERTY),
        "305(e)", "theft of property of the Government or a local authority",
        (Fact.GOVERNMENT_PROPERTY,), 0.7,
    ),
    Grade(
        building_entered,
        "305(a)", "theft from a dwelling house or building used to keep property",
        (Fact.PREMISES_ENTRY, Fact.BREAK_IN),
    ),
    Grade(lambda f: True, "303(2)", "movable property taken dishonestly without consent (theft)"),
)  # fmt: skip

# Mischief by the loss it caused, highest first (s. 324(5), (4), (2)): (from rupees, ref, why).
MISCHIEF_GRADES: tuple[tuple[float, str, str], ...] = (
    (100_000, "324(5)", "mischief causing loss of one lakh rupees or more"),
    (20_000, "324(4)", "mischief causing loss of twenty thousand rupees or more"),
    (0, "324(2)", "property deliberately damaged or destroyed (mischief)"),
)


def _simple_theft(f: Facts, ev_take: list[str]) -> RuledSection:
    grade = next(g for g in THEFT_GRADES if g.applies(f))
    return ruled(
        grade.ref, grade.reason, ev_take + f.evidence(*grade.evidence), grade.strength, "theft"
    )


def trespass_sections(f: Facts) -> list[RuledSection]:
    if violent_taking(f) and f.five_or_more:
        return []  # dacoity absorbs the entry
    ev = f.evidence(Fact.BREAK_IN, Fact.PREMISES_ENTRY)
    night = f.has(Fact.NIGHT)
    if f.has(Fact.BREAK_IN) and building_entered(f) and not violent_taking(f):
        ref, when = ("331(4)", "at night") if night else ("331(3)", "by day")
        return [
            ruled(
                ref,
                f"house-breaking {when} to commit an offence",
                ev + f.evidence(Fact.NIGHT),
                0.8,
                "trespass",
            )
        ]
    # 333 needs preparation for hurt, assault or restraint: coming armed, or tying the
    # victim up (the rope or tape was brought along), shows it; a scuffle inside does not.
    prepared = f.any(Fact.WEAPON, Fact.DANGEROUS_WEAPON, Fact.CONFINEMENT) or tied_up(f)
    if f.has(Fact.PREMISES_ENTRY) and prepared:
        return [
            ruled(
                "333",
                "house-trespass after preparing to cause hurt, assault or restraint",
                ev + f.evidence(Fact.WEAPON, Fact.HURT, Fact.FORCE),
                0.75,
                "trespass",
            )
        ]
    if f.has(Fact.PREMISES_ENTRY) and not f.has(Fact.PROPERTY_TAKEN):
        return [
            ruled(
                "329(4)",
                "entered a dwelling or building to commit an offence or annoy (house-trespass)",
                ev,
                0.65,
                "trespass",
            )
        ]
    if f.has(Fact.LAND_ENTRY):
        return [
            ruled(
                "329(3)",
                "entered another's land to commit an offence or annoy (criminal trespass)",
                f.evidence(Fact.LAND_ENTRY),
                0.65,
                "trespass",
            )
        ]
    return []


def mischief_sections(f: Facts) -> list[RuledSection]:
    if f.has(Fact.ANIMAL_HARM):
        return [
            ruled(
                "325",
                "animal killed, poisoned or maimed (mischief)",
                f.evidence(Fact.ANIMAL_HARM),
                0.75,
                "mischief",
            )
        ]
    if (
        not f.has(Fact.DAMAGE)
        or _only_money_lost(f)
        or f.has(Fact.BREAK_IN)
        or (f.any(Fact.NON_PAYMENT, Fact.CIVIL_DISPUTE) and not f.has(Fact.FIRE))
    ):
        return []
    if (f.has(Fact.PLACE_OF_WORSHIP) and f.has(Fact.RELIGIOUS_INSULT)) or idol(f):
        return [
            ruled(
                "298",
                "place of worship or sacred object damaged to insult a religion",
                f.evidence(Fact.PLACE_OF_WORSHIP, Fact.DAMAGE),
                0.75,
                "religion",
            )
        ]
    ev = f.evidence(Fact.FIRE, Fact.DAMAGE)
    if f.has(Fact.FIRE):
        return [ruled("326(f)", "mischief by fire or explosive substance", ev, 0.75, "mischief")]
    value = None if f.any(Fact.PROPERTY_TAKEN, Fact.DECEPTION) else f.amount_inr
    for least, ref, why in MISCHIEF_GRADES:
        if (value or 0) >= least:
            return [ruled(ref, why, ev, 0.75 if least else 0.7, "mischief")]
    return []


# "purse nahi tha", "was missing": the owner found it gone, which says nothing of a taking.
_FOUND_MISSING = re.compile(
    r"gayab|missing|gone|nahi (?:thi|tha|the|mila|mili)|not there|vanished|"
    r"गायब|नहीं (?:था|थी|मिला|मिली)"
)


def _only_found_missing(f: Facts) -> bool:
    """Lost or dropped ("kho gaya", "gir gaya") and only found missing: no theft is shown."""
    taken = f.evidence(Fact.SNATCHING, Fact.PROPERTY_TAKEN)
    return f.has(Fact.LOST) and all(_FOUND_MISSING.search(w.lower()) for w in taken)


def _only_money_lost(f: Facts) -> bool:
    """'Total loss Rs 45,000' in a fraud or theft is the money taken, not property damaged."""
    words = [w.lower() for w in f.evidence(Fact.DAMAGE)]
    return all(w.startswith(("loss", "nuksan", "nuksaan", "नुकसान")) for w in words) and f.any(
        Fact.PROPERTY_DELIVERED, Fact.PROPERTY_TAKEN, Fact.DECEPTION, Fact.ONLINE
    )


def cheating_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    if f.has(Fact.ENTRUSTED, Fact.MISAPPROPRIATED):
        sections.append(_breach_of_trust(f))
    if deceived(f) and f.has(Fact.PROPERTY_DELIVERED) and not only_non_payment(f):
        ev = f.evidence(Fact.DECEPTION, Fact.IMPERSONATION, Fact.PROPERTY_DELIVERED)
        if not f.has(Fact.EXTORTION):  # paid in fear of the pretended power: extortion
            sections.append(
                ruled(
                    "318(4)",
                    "deceived into delivering money or property (cheating)",
                    ev,
                    0.8,
                    "cheating",
                )
            )
        if f.has(Fact.IMPERSONATION):
            sections.append(
                ruled(
                    "319(2)",
                    "cheated by pretending to be someone else",
                    f.evidence(Fact.IMPERSONATION),
                    0.65,
                    "cheating",
                )
            )
    if f.has(Fact.IMPERSONATION) and _impersonated_official(f):
        # Personating a public servant is an offence of its own, money paid or not.
        why = "pretended to be a public servant"
        sections.append(ruled("204", why, f.evidence(Fact.IMPERSONATION), 0.6, "public_servant"))
    if f.has(Fact.FOUND_PROPERTY) and not sections:
        sections.append(
            ruled(
                "314",
                "property found or received by mistake kept dishonestly",
                f.evidence(Fact.FOUND_PROPERTY),
                0.6,
                "misappropriation",
            )
        )
    if f.has(Fact.RECEIVING_STOLEN):
        sections.append(
            ruled(
                "317(2)",
                "stolen property dishonestly received or kept",
                f.evidence(Fact.RECEIVING_STOLEN),
                0.6,
                "stolen_property",
            )
        )
    return sections


def _breach_of_trust(f: Facts) -> RuledSection:
    ev = f.evidence(Fact.ENTRUSTED, Fact.MISAPPROPRIATED)
    if f.has(Fact.AGENT):
        return ruled(
            "316(5)",
            "breach of trust by an agent, banker or office-bearer entrusted with property",
            ev + f.evidence(Fact.AGENT),
            0.7,
            "breach_of_trust",
        )
    if f.has(Fact.SERVANT):
        return ruled(
            "316(4)",
            "breach of trust by a clerk, servant or employee",
            ev + f.evidence(Fact.SERVANT),
            0.7,
            "breach_of_trust",
        )
    return ruled(
        "316(2)",
        "property entrusted and dishonestly misappropriated (criminal breach of trust)",
        ev,
        0.75,
        "breach_of_trust",
    )


# Posts and offices of public servants (BNS 204): police, investigating agencies, customs
# and tax, courts. An electricity or telecom company's man is no public servant here.
_OFFICIAL = re.compile(
    r"\b(?:police|cbi|customs|income tax|ed|ncb|narcotics|judge|crime branch|cyber cell|"
    r"daroga|thana|thanedar|inspector|dcp|constable|digital arrest)\b|"
    r"पुलिस|सीबीआई|दरोगा|इंस्पेक्टर|थाना|थानेदार|कस्टम|डिजिटल अरेस्ट"
)


def _impersonated_official(f: Facts) -> bool:
    # "digital arrest" is a pretence of police or agency officers, told among the deceits.
    return bool(_OFFICIAL.search(" ".join(f.evidence(Fact.IMPERSONATION, Fact.DECEPTION)).lower()))


def extortion_sections(f: Facts) -> list[RuledSection]:
    """Money or property demanded by putting in fear; force or a taking makes it robbery.

    Property handed over in fear is extortion even where the complaint later says the
    accused "took" it; a dowry demand is charged under the Dowry Prohibition Act instead.
    """
    if not f.has(Fact.EXTORTION) or f.any(
        Fact.FORCE, Fact.RANSOM, Fact.DOWRY, Fact.DELIVERED_AT_WEAPON_POINT
    ):
        return []
    if f.has(Fact.PROPERTY_TAKEN) and not delivered_in_fear(f):
        return []  # taken, not handed over: theft or robbery
    why = "property or money obtained or demanded by putting in fear (extortion)"
    return [ruled("308(2)", why, f.evidence(Fact.EXTORTION), 0.7, "extortion")]

"""Offences against the body: homicide, hurt and their grades; death or hurt on the road.

Grade decisions:

- death: dowry death 80(2) (wife, dowry harassment, within seven years of marriage) ->
  abetment of suicide 108 -> death by a rash or negligent act 106(1) -> murder 103(1);
  an act meant to kill that did not: attempt to murder 109(1);
- hurt: 115(2) -> grievous 117(2) -> by dangerous weapon or means 118(1)/(2) -> acid 124(1);
  robbery, snatching, rape, homicide and road accidents absorb the hurt;
- road: rash driving 281, with hurt 125(a) or grievous hurt 125(b); drunk driving MV Act 185.
"""

from __future__ import annotations

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    bare_hands_too,
    grievous,
    is_road_accident,
    ruled,
    violent_taking,
    weapon_is_dangerous,
)


def hurt_sections(f: Facts) -> list[RuledSection]:
    """115(2) -> 117(2) -> 118(1)/(2); robbery, snatching, homicide and accidents absorb it."""
    if (
        not f.any(Fact.HURT, Fact.GRIEVOUS_HURT)
        or f.any(Fact.DEATH, Fact.ATTEMPT_TO_KILL)
        or is_road_accident(f)
    ):
        return []
    if violent_taking(f) or f.has(Fact.SNATCHING) or f.has(Fact.RAPE):
        return []
    if f.has(Fact.ACID) and f.any(Fact.GRIEVOUS_HURT, Fact.HURT):
        ev = f.evidence(Fact.ACID, Fact.GRIEVOUS_HURT)
        return [ruled("124(1)", "grievous hurt caused by throwing acid", ev, 0.85, "hurt")]
    weapon = f.has(Fact.ARMED_HURT) and (f.has(Fact.DANGEROUS_WEAPON) or weapon_is_dangerous(f))
    ev_hurt = f.evidence(Fact.GRIEVOUS_HURT, Fact.HURT)
    ev_weapon = f.evidence(Fact.DANGEROUS_WEAPON, Fact.WEAPON)
    sections: list[RuledSection] = []
    if grievous(f):
        ref, why = (
            ("118(2)", "grievous hurt caused with a dangerous weapon or means")
            if weapon
            else ("117(2)", "grievous hurt (fracture, loss of sight, disfigurement...) caused")
        )
        sections.append(ruled(ref, why, ev_weapon + ev_hurt if weapon else ev_hurt, 0.85, "hurt"))
    if weapon and (not grievous(f) or f.five_or_more):
        sections.append(
            ruled(
                "118(1)",
                "hurt caused with a dangerous weapon or means",
                ev_weapon + ev_hurt,
                0.8,
                "hurt",
            )
        )
    if not sections or (weapon and bare_hands_too(f)):
        sections.append(
            ruled(
                "115(2)",
                "voluntarily caused hurt (bodily pain) without a weapon",
                f.evidence(Fact.HURT),
                0.8,
                "hurt",
            )
        )
    return sections


def homicide_sections(f: Facts) -> list[RuledSection]:
    if f.has(Fact.ANIMAL_HARM) and not f.any(Fact.HURT, Fact.WEAPON):
        return []  # the animal died or was poisoned: mischief, not homicide
    if f.has(Fact.DEATH) or (f.has(Fact.SUICIDE) and not f.has(Fact.ATTEMPT)):
        return death_sections(f)
    if f.has(Fact.ATTEMPT_TO_KILL) and not violent_taking(f):
        ev = f.evidence(Fact.ATTEMPT_TO_KILL, Fact.DANGEROUS_WEAPON)
        return [
            ruled(
                "109(1)", "act done with intent to kill; death did not follow", ev, 0.85, "homicide"
            )
        ]
    return []


def death_sections(f: Facts) -> list[RuledSection]:
    ev_death = f.evidence(Fact.DEATH)
    marital = f.has(Fact.WOMAN_VICTIM) and (
        f.has(Fact.HUSBAND_OR_INLAWS) or (f.has(Fact.DOWRY, Fact.MARRIED))
    )
    within_seven = f.marriage_years is None or f.marriage_years < 7
    if marital and f.has(Fact.DOWRY) and within_seven:
        ev = f.evidence(Fact.DOWRY, Fact.HUSBAND_OR_INLAWS) + ev_death
        return [
            ruled(
                "80(2)",
                "death of a wife within seven years of marriage after dowry harassment",
                ev,
                0.85,
                "homicide",
            )
        ]
    if f.has(Fact.SUICIDE):
        ev = f.evidence(Fact.SUICIDE, Fact.CRUELTY, Fact.THREAT)
        if f.any(Fact.CRUELTY, Fact.THREAT, Fact.DOWRY, Fact.EXTORTION, Fact.ABUSE, Fact.HURT):
            return [
                ruled("108", "suicide abetted by harassment or instigation", ev, 0.75, "homicide")
            ]
        return []
    if is_road_accident(f) or (
        f.has(Fact.NEGLIGENCE) and not f.any(Fact.WEAPON, Fact.ATTEMPT_TO_KILL, Fact.HURT)
    ):
        ev = f.evidence(Fact.RASH_DRIVING, Fact.NEGLIGENCE, Fact.VEHICLE) + ev_death
        return [ruled("106(1)", "death caused by a rash or negligent act", ev, 0.85, "homicide")]
    if not f.has(Fact.DEATH_BY_ATTACK):
        return []
    ev = ev_death + f.evidence(Fact.DANGEROUS_WEAPON, Fact.WEAPON, Fact.HURT)
    if f.any(Fact.DANGEROUS_WEAPON, Fact.ATTEMPT_TO_KILL, Fact.THREAT_TO_KILL):
        return [ruled("103(1)", "death caused by an attack meant to kill", ev, 0.8, "homicide")]
    # Blows without a deadly weapon or a word of killing: the intention murder needs is
    # not shown, so culpable homicide not amounting to murder.
    return [
        ruled("105", "death caused by an attack not shown to be meant to kill", ev, 0.7, "homicide")
    ]


def road_sections(f: Facts) -> list[RuledSection]:
    if not f.has(Fact.VEHICLE) or not f.any(Fact.RASH_DRIVING, Fact.DRUNK):
        return []
    sections: list[RuledSection] = []
    ev = f.evidence(Fact.RASH_DRIVING, Fact.VEHICLE)
    if f.has(Fact.RASH_DRIVING) and is_road_accident(f):
        sections.append(
            ruled("281", "vehicle driven rashly or negligently on a public way", ev, 0.75, "road")
        )
        if grievous(f):
            sections.append(
                ruled(
                    "125(b)",
                    "grievous hurt caused by a rash or negligent act",
                    ev + f.evidence(Fact.GRIEVOUS_HURT),
                    0.75,
                    "road",
                )
            )
        elif not f.has(Fact.DEATH) and f.has(Fact.HURT):
            sections.append(
                ruled(
                    "125(a)",
                    "hurt caused by a rash or negligent act",
                    ev + f.evidence(Fact.HURT),
                    0.75,
                    "road",
                )
            )
    if f.has(Fact.DRUNK) and f.has(Fact.DRIVING):
        sections.append(
            ruled(
                "185",
                "driving while drunk",
                f.evidence(Fact.DRUNK),
                0.7,
                "road",
                act="Motor Vehicles Act",
            )
        )
    return sections

"""Special laws that go alongside the BNS: Arms, NDPS, SC/ST, gambling and excise Acts.

NDPS sections are graded by quantity (small / intermediate / commercial).
"""

from __future__ import annotations

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    ruled,
)


def special_law_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    if f.has(Fact.ARMS_POSSESSION):
        ev = f.evidence(Fact.ARMS_POSSESSION)
        sections.append(
            ruled(
                "25",
                "arms or ammunition held without a licence (25(1B) for a firearm)",
                ev,
                0.75,
                "arms",
                act="Arms Act",
            )
        )
    if f.has(Fact.ARMS_POSSESSION, Fact.FIREARM) and f.has(Fact.ATTEMPT_TO_KILL):
        sections.append(
            ruled(
                "27",
                "firearm used in the offence",
                f.evidence(Fact.FIREARM),
                0.6,
                "arms",
                act="Arms Act",
            )
        )
    if f.has(Fact.DRUGS):
        sections.extend(ndps_sections(f))
    if f.has(Fact.CASTE_ABUSE):
        sections.extend(caste_sections(f))
    if f.has(Fact.GAMING_HOUSE):
        ev = f.evidence(Fact.GAMING_HOUSE, Fact.GAMBLING)
        sections.append(
            ruled(
                "3",
                "keeping or running a common gaming house",
                ev,
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
        sections.append(
            ruled(
                "4",
                "found gaming in a common gaming house",
                ev,
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
    elif f.has(Fact.GAMBLING):
        sections.append(
            ruled(
                "13",
                "gaming for money in a public place",
                f.evidence(Fact.GAMBLING),
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
    if f.has(Fact.LIQUOR):
        sections.extend(excise_sections(f))
    return sections


# Liquor made or distilled: the words of the still that showed the liquor.
_DISTILLING = ("bhatti", "lahan", "distill", "manufactur", "brew", "भट्टी", "लहन")


def excise_sections(f: Facts) -> list[RuledSection]:
    """Liquor made and liquor sold are charges of their own (a still that also sells is
    charged with both); kept or carried when neither is told."""
    ev = f.evidence(Fact.LIQUOR)
    words = " ".join(ev).lower()
    excise = "State Excise Act"
    sections = []
    if any(stem in words for stem in _DISTILLING):
        why = "liquor made or distilled without a licence"
        sections.append(ruled("illicit-manufacture", why, ev, 0.6, "excise", act=excise))
    if f.has(Fact.LIQUOR_SALE):
        why = "liquor sold without a licence"
        sale = f.evidence(Fact.LIQUOR_SALE)
        sections.append(ruled("illicit-sale", why, sale, 0.6, "excise", act=excise))
    why = "liquor kept or carried without a permit"
    return sections or [ruled("illicit-possession", why, ev, 0.6, "excise", act=excise)]


def caste_sections(f: Facts) -> list[RuledSection]:
    ev = f.evidence(Fact.CASTE_ABUSE, Fact.ABUSE)
    sections: list[RuledSection] = []
    if f.any(Fact.ABUSE, Fact.THREAT, Fact.HURT, Fact.PUBLIC_PLACE):
        why = "abused or insulted by caste in public view (clauses (r) and (s) of 3(1))"
        sections.append(ruled("3(1)", why, ev, 0.65, "scst", act="SC/ST Act"))
    elif f.any(Fact.SEXUAL_TOUCH, Fact.SEXUAL_REMARK) and f.has(Fact.WOMAN_VICTIM):
        sections.append(
            ruled(
                "3(1)",
                "sexual touch, words or gestures towards a Scheduled Caste/Tribe woman (clause w)",
                ev,
                0.6,
                "scst",
                act="SC/ST Act",
            )
        )
    return sections


# Small / commercial quantities in grams (NDPS Act notification), per drug family.
_NDPS_LIMITS: dict[str, tuple[float, float]] = {
    "ganja": (1000, 20000),
    "charas": (100, 1000),
    "heroin": (5, 250),
    "psychotropic": (5, 100),
}


def ndps_sections(f: Facts) -> list[RuledSection]:
    words = " ".join(f.evidence(Fact.DRUGS)).lower()
    ev = f.evidence(Fact.DRUGS)
    if any(w in words for w in ("charas", "hashish", "चरस")):
        return [_ndps("20", "charas", f, ev, "cannabis resin (charas) possessed or sold")]
    if any(w in words for w in ("ganja", "cannabis", "marijuana", "गांजा", "गाँजा", "bhang")):
        return [_ndps("20", "ganja", f, ev, "cannabis (ganja) possessed or sold")]
    if any(
        w in words
        for w in (
            "tablet",
            "alprazolam",
            "nitrazepam",
            "tramadol",
            "psychotropic",
            "mdma",
            "ecstasy",
            "lsd",
        )
    ):
        return [_ndps("22", "psychotropic", f, ev, "psychotropic substance possessed or sold")]
    return [_ndps("21", "heroin", f, ev, "manufactured drug (heroin, smack) possessed or sold")]


def _ndps(section: str, drug: str, f: Facts, ev: list[str], reason: str) -> RuledSection:
    """Grade by quantity (small / intermediate / commercial), named in the reason."""
    small, commercial = _NDPS_LIMITS[drug]
    grams = f.drug_grams
    if grams is not None:
        grade = 0 if grams <= small else 2 if grams >= commercial else 1
        clause = f"b(ii)({'ABC'[grade]})" if section == "20" else "abc"[grade]
        size = ("small", "intermediate", "commercial")[grade]
        reason = f"{reason}; {grams:g} g is a {size} quantity, clause ({clause})"
    return RuledSection("NDPS Act", section, None, reason, tuple(ev[:4]), 0.7, "ndps")

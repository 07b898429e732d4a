"""A section the rules chose, and the findings several offence families share.

Each rule returns :class:`RuledSection` values in BNS terms (or the special Act's),
with the complaint's own words as evidence; :mod:`afirgen.legal.identify` checks them
against what retrieval found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.kb import normalise_act, split_reference


@dataclass(frozen=True)
class RuledSection:
    act: str
    section: str
    subsection: str | None
    reason: str
    evidence: tuple[str, ...]
    strength: float  # how directly the facts show every ingredient, 0-1
    family: str


def ruled(
    ref: str, reason: str, evidence: list[str], strength: float, family: str, act: str = "BNS"
) -> RuledSection:
    section, subsection = split_reference(ref)
    return RuledSection(
        normalise_act(act), section, subsection, reason, tuple(evidence[:4]), strength, family
    )


def grievous(f: Facts) -> bool:
    return f.has(Fact.GRIEVOUS_HURT)


# Property taken from the victim, or handed over by him at weapon point (s. 309(3)).
TAKINGS = (Fact.PROPERTY_TAKEN, Fact.SNATCHING, Fact.DELIVERED_AT_WEAPON_POINT)


def violent_taking(f: Facts) -> bool:
    """Theft turned robbery: force, fear of instant hurt, or hurt caused in taking property."""
    if not f.any(*TAKINGS) or taken_by_deception(f):
        return False
    if f.has(Fact.DELIVERED_AT_WEAPON_POINT):
        return True  # extortion by fear of instant hurt, then and there: robbery (s. 309(3))
    if (
        f.has(Fact.SNATCHING)
        and not f.any(Fact.FORCE, Fact.DANGEROUS_WEAPON, Fact.THREAT)
        and not _struck_to_take(f)
    ):
        return False
    return f.any(Fact.FORCE, Fact.FORCE_IN_TAKING) or (
        f.has(Fact.DANGEROUS_WEAPON) and not tool_of_break_in(f)
    )


# An injury told without the act that caused it ("bleeding", "chot", "bruised"): in a
# snatching it is most often the fall the jerk caused, not hurt the snatcher chose to cause.
_INJURY_ONLY = re.compile(
    r"(?:injur\w*|bleed\w*|bled|bruis\w*|wound\w*|hurt\w*|fractur\w*|scratch\w*|chot\w*|"
    r"ghayal|khoon|lahuluhan|चोट|घायल|खून|जख्मी|ज़ख्मी|लहूलुहान|फ्रैक्चर)"
)


def _struck_to_take(f: Facts) -> bool:
    """A snatching turned robbery: the snatcher struck, pushed or twisted the victim to get
    or keep the thing (kicked her when she held on, "dhakka dekar chheen liya"), told
    beside the taking; or a grievous injury done in taking it. A lesser injury from the
    jerk alone leaves it snatching."""
    force = f.evidence(Fact.FORCE_IN_TAKING)[:1]
    return bool(force) and (grievous(f) or not _INJURY_ONLY.fullmatch(force[0].lower()))


def tool_of_break_in(f: Facts) -> bool:
    """A rod or screwdriver in a break-in where nobody was hurt, threatened or held: the
    tool forced the lock, it put no one in fear, so the taking is theft, not robbery."""
    return f.has(Fact.BREAK_IN) and not f.any(
        Fact.HURT,
        Fact.THREAT,
        Fact.CRIMINAL_FORCE,
        Fact.RESTRAINT,
        Fact.CONFINEMENT,
        Fact.SNATCHING,
    )


# whole words: "rope" is inside "property", "bound" inside "boundary"
_TYING_WORDS = re.compile(
    r"\b(?:tied|tie|ties|bound|gag\w*|ropes?|taped?|baandh\w*|bandh\w*)\b|बांध|बाँध"
)


def tied_up(f: Facts) -> bool:
    """The victim tied or gagged: whatever was used to do it was brought along."""
    words = " ".join(f.evidence(Fact.FORCE, Fact.RESTRAINT)).lower()
    return bool(_TYING_WORDS.search(words))


def delivered_in_fear(f: Facts) -> bool:
    """Extortion, not theft: the victim handed the property over, put in fear, without force."""
    return f.has(Fact.EXTORTION, Fact.PROPERTY_DELIVERED) and not f.any(
        Fact.FORCE, Fact.SNATCHING, Fact.DANGEROUS_WEAPON
    )


def is_road_accident(f: Facts) -> bool:
    return f.has(Fact.VEHICLE, Fact.RASH_DRIVING) and not f.any(
        Fact.ATTEMPT_TO_KILL, Fact.FORCE, Fact.THREAT, Fact.SNATCHING
    )


_STRIKING_WEAPONS = (
    "lathi", "laathi", "danda", "dand", "stick", "rod", "sariya", "saria", "bat", "hockey",
    "pipe", "brick", "eent", "stone", "patthar", "pathar", "belt", "spanner", "wrench", "stump",
    "bamboo", "belan", "rolling pin", "लाठी", "डंड", "सरिया", "रॉड", "ईंट", "पत्थर", "बेल्ट",
    "बेलन", "पाइप",
)  # fmt: skip


def weapon_is_dangerous(f: Facts) -> bool:
    # Sticks, lathis, rods, bricks, stones and belts that hurt someone they struck are
    # instruments "likely to cause death used as a weapon of offence" (118(1)); a bottle or a
    # bare hand is simple hurt unless grievous injury follows.
    words = " ".join(f.evidence(Fact.WEAPON)).lower()
    return any(w in words for w in _STRIKING_WEAPONS)


def bare_hands_too(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.HURT)).lower()
    return f.two_or_more and any(
        w in words for w in ("slap", "punch", "kick", "thappad", "laat", "thapp", "थप्पड़", "fist")
    )


def deceived(f: Facts) -> bool:
    """Deception shown in words, or by the accused passing himself off as someone else."""
    return f.any(Fact.DECEPTION, Fact.IMPERSONATION)


def taken_by_deception(f: Facts) -> bool:
    # "he took Rs 50,000 promising a job" is cheating, not theft.
    return (
        deceived(f)
        and f.has(Fact.PROPERTY_DELIVERED)
        and not f.any(Fact.SNATCHING, Fact.FORCE, Fact.BREAK_IN)
    )


def building_entered(f: Facts) -> bool:
    """Entry or break-in into a building (house-trespass), not a lock cut off a parked bike."""
    return f.has(Fact.PREMISES_ENTRY) or (f.has(Fact.BREAK_IN) and f.has(Fact.DWELLING))


def idol(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.PLACE_OF_WORSHIP)).lower()
    return any(w in words for w in ("idol", "murti", "moorti", "मूर्ति"))


def only_non_payment(f: Facts) -> bool:
    """A loan or dues unpaid with no deception shown at the time money was given."""
    return (
        f.any(Fact.NON_PAYMENT, Fact.CIVIL_DISPUTE)
        and not f.any(Fact.IMPERSONATION, Fact.FORGERY, Fact.ONLINE)
        and not deception_at_start(f)
    )


def deception_at_start(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.DECEPTION)).lower()
    return any(
        w in words
        for w in (
            "fake",
            "false",
            "forged",
            "bogus",
            "pretext",
            "posing",
            "lure",
            "induc",
            "dhokh",
            "thag",
            "jhansa",
            "farzi",
            "promised",
            "cheat",
            "fraud",
            "धोख",
            "ठग",
            "झांसा",
            "फर्जी",
        )
    )

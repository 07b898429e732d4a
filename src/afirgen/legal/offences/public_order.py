"""Intimidation, insult, public servants on duty, and several people acting together.

Grade decisions:

- threat 351(2) -> threat to kill or of grievous hurt 351(3); insult to provoke 352;
  defamation 356(2); religious feelings 299, enmity between groups 196(1); criminal force
  without hurt 131; drunk in public 355;
- public servant on duty: obstruction 221 -> assault or force 132 -> hurt 121(1);
- joint liability from how the complaint describes several people acting: 3(5) for two
  or more; five or more using force are an unlawful assembly 190 with rioting 191(2)/(3);
  3(5) never beside a riot or a dacoity (which take in the group), nor beside rashness or
  negligence alone (which no intention is shared in).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.kb import join_reference
from afirgen.legal.offences.common import (
    RuledSection,
    ruled,
    violent_taking,
    weapon_is_dangerous,
)
from afirgen.legal.offences.grades import GROUP_OFFENCES, NEGLIGENT_OFFENCES

# Abuse told as part of a graver course of conduct is that offence's manner, not a
# separate insult to provoke a breach of the peace: cruelty to a wife, abetted suicide,
# a killing, caste or religious insult, or a riot (five or more).
_INSULT_ABSORBED_BY = (
    Fact.CRUELTY,
    Fact.SUICIDE,
    Fact.DEATH_BY_ATTACK,
    Fact.CASTE_ABUSE,
    Fact.RELIGIOUS_INSULT,
    Fact.ENMITY,
)


def _insult_absorbed(f: Facts) -> bool:
    return f.any(*_INSULT_ABSORBED_BY) or f.five_or_more


def intimidation_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    absorbed = (
        violent_taking(f)
        or f.has(Fact.RANSOM)
        or (f.has(Fact.EXTORTION) and not f.has(Fact.THREAT_TO_KILL))
    )
    if f.has(Fact.THREAT_TO_KILL) and not absorbed:
        sections.append(
            ruled(
                "351(3)",
                "threatened with death, grievous hurt or fire",
                f.evidence(Fact.THREAT_TO_KILL),
                0.8,
                "intimidation",
            )
        )
    elif f.has(Fact.THREAT) and not absorbed:
        sections.append(
            ruled(
                "351(2)",
                "threatened with injury to person, reputation or property",
                f.evidence(Fact.THREAT),
                0.7,
                "intimidation",
            )
        )
    if f.has(Fact.ABUSE) and not violent_taking(f) and not _insult_absorbed(f):
        sections.append(
            ruled(
                "352",
                "intentional insult likely to provoke a breach of the peace",
                f.evidence(Fact.ABUSE),
                0.6,
                "insult",
            )
        )
    if f.has(Fact.DEFAMATION):
        sections.append(
            ruled(
                "356(2)",
                "imputation harming reputation published (defamation)",
                f.evidence(Fact.DEFAMATION),
                0.6,
                "defamation",
            )
        )
    if f.has(Fact.RELIGIOUS_INSULT) and not f.has(Fact.DAMAGE):
        sections.append(
            ruled(
                "299",
                "deliberate act meant to outrage religious feelings",
                f.evidence(Fact.RELIGIOUS_INSULT),
                0.6,
                "religion",
            )
        )
    if f.has(Fact.ENMITY):
        sections.append(
            ruled(
                "196(1)", "enmity promoted between groups", f.evidence(Fact.ENMITY), 0.6, "religion"
            )
        )
    if f.has(Fact.CRIMINAL_FORCE) and not f.any(
        Fact.HURT, Fact.PROPERTY_TAKEN, Fact.SEXUAL_TOUCH, Fact.OBSTRUCTION
    ):
        sections.append(
            ruled(
                "131",
                "criminal force used (pushing, grabbing) without injury",
                f.evidence(Fact.CRIMINAL_FORCE),
                0.6,
                "force",
            )
        )
    if f.has(Fact.DRUNK) and f.has(Fact.PUBLIC_PLACE) and not f.has(Fact.DRIVING):
        sections.append(
            ruled(
                "355",
                "drunk and causing annoyance in a public place",
                f.evidence(Fact.DRUNK, Fact.PUBLIC_PLACE),
                0.55,
                "insult",
            )
        )
    return sections


def public_servant_sections(f: Facts) -> list[RuledSection]:
    if not (f.has(Fact.PUBLIC_SERVANT) and f.has(Fact.OBSTRUCTION)):
        return []
    ev = f.evidence(Fact.PUBLIC_SERVANT, Fact.OBSTRUCTION)
    if f.has(Fact.HURT):
        return [
            ruled(
                "121(1)",
                "hurt caused to deter a public servant from duty",
                ev + f.evidence(Fact.HURT),
                0.75,
                "public_servant",
            ),
            ruled(
                "132",
                "assault or criminal force on a public servant on duty",
                ev,
                0.7,
                "public_servant",
            ),
        ]
    if f.any(Fact.FORCE, Fact.CRIMINAL_FORCE, Fact.THREAT, Fact.ABUSE):
        return [
            ruled(
                "132",
                "assault or criminal force on a public servant on duty",
                ev,
                0.65,
                "public_servant",
            )
        ]
    return [
        ruled(
            "221",
            "voluntarily obstructed a public servant in public functions",
            ev,
            0.6,
            "public_servant",
        )
    ]


def joint_liability(f: Facts, sections: list[RuledSection]) -> list[RuledSection]:
    """3(5) for two or more acting together; five or more using force is an unlawful assembly."""
    penal = [c for c in sections if c.act == "BNS" and c.family not in _SOLO_FAMILIES]
    if not penal or any(c.section in {"310", "311"} and f.five_or_more for c in penal):
        return []  # dacoity already describes the group
    if not common_intention_possible(c.section for c in penal):
        return []
    if f.five_or_more and f.any(Fact.HURT, Fact.DAMAGE, Fact.FORCE, Fact.DEATH):
        ev = f.offenders_evidence + f.evidence(Fact.WEAPON)
        armed = f.any(Fact.DANGEROUS_WEAPON) or (f.has(Fact.WEAPON) and weapon_is_dangerous(f))
        rioting = ruled(
            "191(3)" if armed else "191(2)",
            "force used by an unlawful assembly of five or more"
            + (" armed with deadly weapons" if armed else ""),
            ev,
            0.7,
            "riot",
        )
        return [
            ruled(
                "190",
                "each member of an unlawful assembly is guilty of its common object",
                ev,
                0.7,
                "riot",
            ),
            rioting,
        ]
    if f.two_or_more:
        ev = f.offenders_evidence or f.evidence(Fact.GROUP)
        return [
            ruled(
                "3(5)",
                "two or more persons acted together in furtherance of a common intention",
                ev,
                0.7,
                "joint",
            )
        ]
    return []


def common_intention_possible(offences: Iterable[str]) -> bool:
    """Whether 3(5) can add to these BNS offences (section numbers): not beside an offence
    that already takes in the group (:data:`GROUP_OFFENCES`), nor where every offence is one
    of rashness or negligence (:data:`NEGLIGENT_OFFENCES`), which admits no shared intention."""
    charged = {number for number in offences if number not in {"3", "61"}}
    if charged & GROUP_OFFENCES:
        return False
    return not charged or not charged <= NEGLIGENT_OFFENCES


def conspiracy_sections(f: Facts) -> list[RuledSection]:
    """61(2): two or more agreed to commit the offence, and the complaint says so. Collusion
    ("in league with the clerk", "milibhagat", "सांठगांठ") names the second party itself;
    "a conspiracy against me" may be one man's, so it needs two or more told besides."""
    if not f.has(Fact.CONSPIRACY):
        return []
    colluded = any(not _ONE_SIDED.search(e.lower()) for e in f.evidence(Fact.CONSPIRACY))
    if not (f.two_or_more or colluded):
        return []
    why = "two or more agreed to commit the offence (criminal conspiracy)"
    return [ruled("61(2)", why, f.evidence(Fact.CONSPIRACY), 0.6, "joint")]


def companion_sections(f: Facts, sections: list[RuledSection]) -> list[tuple[str, str]]:
    """Liability sections offered beside the offence, with why: the group's own ruled_section
    (3(5) or 190/191) and, when two or more cheated with documents forged beforehand
    (the forging shows a prior agreement), criminal conspiracy 61(2). Candidates for
    the officer, never final by themselves."""
    found = [
        (join_reference(c.section, c.subsection), c.reason)
        for c in sections
        if c.family in {"joint", "riot"} and c.act == "BNS"
    ]
    planned = {"cheating", "forgery"} <= {c.family for c in sections}
    if f.two_or_more and planned:
        found.append(("61(2)", "two or more cheated with forged papers: a prior agreement"))
    return found


# Words of a plot that one person alone may be said to hatch.
_ONE_SIDED = re.compile(r"conspir|saazish|sazish|saajish|sajish|shadyantra|साजिश|साज़िश|षड्यंत्र|षडयंत्र")

# Offences that already describe the group, so 3(5) adds nothing.
_SOLO_FAMILIES = frozenset({"road", "pocso"})

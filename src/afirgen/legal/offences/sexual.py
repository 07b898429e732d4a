"""Sexual offences: rape and its grades, assault on modesty, harassment, stalking, voyeurism, POCSO.

Grade decisions: rape 64(1) -> by two or more 70(1) -> of a girl under 16 / 12 65(1)/(2)
(with POCSO 4 / 6); on a false promise of marriage 69; touch 74 (POCSO 8, or 10 under
twelve); disrobing 76; voyeurism 77, with IT Act 66E where a camera or phone captured
the image; stalking 78(2); sexual harassment 75(2) where there are advances or demands or
the complaint names the harassment (``phrases/sexual.json``),
else words or gestures 79 (POCSO 12 for a child).
"""

from __future__ import annotations

import functools
import re

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    ruled,
)
from afirgen.legal.phrases import ingredient_stems


def sexual_sections(f: Facts) -> list[RuledSection]:
    sections: list[RuledSection] = []
    child = f.child
    if f.has(Fact.RAPE):
        sections.extend(rape_sections(f))
    if f.has(Fact.SEXUAL_TOUCH) and not f.has(Fact.RAPE):
        ev = f.evidence(Fact.SEXUAL_TOUCH)
        sections.append(
            ruled(
                "74",
                "criminal force on a woman intending to outrage her modesty",
                ev,
                0.8,
                "sexual",
            )
        )
        if child:
            sections.append(_child_sexual_assault(f, ev))
    if f.has(Fact.DISROBING):
        sections.append(
            ruled("76", "assault to disrobe a woman", f.evidence(Fact.DISROBING), 0.75, "sexual")
        )
    if f.has(Fact.VOYEURISM):
        ev = f.evidence(Fact.VOYEURISM)
        sections.append(
            ruled(
                "77",
                "watching or recording a woman in a private act (voyeurism)",
                ev,
                0.75,
                "sexual",
            )
        )
        if _captured(ev):
            sections.append(
                ruled(
                    "66E",
                    "image of a private act captured or sent without consent",
                    ev,
                    0.7,
                    "it",
                    act="IT Act",
                )
            )
    if f.has(Fact.STALKING) and f.has(Fact.WOMAN_VICTIM):
        sections.append(
            ruled(
                "78(2)",
                "following or repeatedly contacting a woman despite disinterest (stalking)",
                f.evidence(Fact.STALKING),
                0.75,
                "sexual",
            )
        )
    if f.has(Fact.SEXUAL_REMARK) and not f.has(Fact.RAPE):
        ev = f.evidence(Fact.SEXUAL_REMARK)
        if child:
            sections.append(
                ruled("12", "sexual harassment of a child", ev, 0.75, "pocso", act="POCSO Act")
            )
        if _sexual_harassment(f):
            sections.append(
                ruled(
                    "75(2)",
                    "sexual advances, demands or sexually coloured remarks (sexual harassment)",
                    ev,
                    0.7,
                    "sexual",
                )
            )
        else:
            sections.append(
                ruled(
                    "79",
                    "words, sounds or gestures meant to insult a woman's modesty",
                    ev,
                    0.7,
                    "sexual",
                )
            )
    return sections


def _child_sexual_assault(f: Facts, ev: list[str]) -> RuledSection:
    """POCSO 8, or 10 where the child is under twelve (aggravated, s. 9(m))."""
    if f.victim_age is not None and f.victim_age < 12:
        return ruled(
            "10",
            "sexual assault on a child under twelve (aggravated)",
            ev,
            0.8,
            "pocso",
            act="POCSO Act",
        )
    return ruled("8", "sexual assault (touch) on a child", ev, 0.8, "pocso", act="POCSO Act")


@functools.cache
def _harassment_words() -> re.Pattern[str]:
    return re.compile(ingredient_stems("sexual", "harassment"))


@functools.cache
def _capture_words() -> re.Pattern[str]:
    return re.compile(ingredient_stems("sexual", "capture"))


def _captured(evidence: list[str]) -> bool:
    """A camera, phone or recording made the watching a captured image (IT Act 66E)."""
    return _capture_words().search(" ".join(evidence).lower()) is not None


def _sexual_harassment(f: Facts) -> bool:
    """Whether the remarks read are advances, demands or harassment named as such (75)."""
    words = " ".join(f.evidence(Fact.SEXUAL_REMARK)).lower()
    return _harassment_words().search(words) is not None


def rape_sections(f: Facts) -> list[RuledSection]:
    ev = f.evidence(Fact.RAPE, Fact.FALSE_PROMISE_MARRIAGE)
    age = f.victim_age
    if f.child and age is not None and age < 16:
        under_twelve = age < 12
        return [
            ruled(
                "65(2)" if under_twelve else "65(1)",
                f"rape of a girl under {12 if under_twelve else 16}",
                ev,
                0.8,
                "sexual",
            ),
            ruled(
                "6" if under_twelve else "4",
                "penetrative sexual assault on a child",
                ev,
                0.8,
                "pocso",
                act="POCSO Act",
            ),
        ]
    sections: list[RuledSection] = []
    if f.has(Fact.FALSE_PROMISE_MARRIAGE) and not f.child:
        sections.append(
            ruled("69", "sexual intercourse on a false promise of marriage", ev, 0.75, "sexual")
        )
    elif f.two_or_more:
        sections.append(
            ruled(
                "70(1)",
                "rape by two or more persons (gang rape)",
                ev + f.offenders_evidence,
                0.8,
                "sexual",
            )
        )
    else:
        sections.append(
            ruled("64(1)", "sexual intercourse without consent (rape)", ev, 0.8, "sexual")
        )
    if f.child:
        sections.append(
            ruled("4", "penetrative sexual assault on a child", ev, 0.8, "pocso", act="POCSO Act")
        )
    return sections

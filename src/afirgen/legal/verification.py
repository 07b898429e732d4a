"""Ingredient checks: which sections the facts of a complaint actually support.

Where the law is mechanical the choice is made here, by rules that follow the
text of the BNS:

- graded hurt: 115(2) -> 117(2) grievous -> 118(1)/(2) by dangerous weapon or means;
- theft 303(2) -> snatching 304(2) -> robbery 309(4) (force or fear) -> dacoity
  310(2) (five or more conjointly);
- robbery or dacoity in which a deadly weapon is used or grievous hurt caused: 311
  (with 309(6) for hurt caused in a robbery); hurt inside a robbery is not charged apart;
- five or more using force: unlawful assembly 190 with rioting 191(2)/(3) instead of 3(5);
- house-trespass / house-breaking by day or night (329, 331, 333);
- mischief graded by loss: 324(2), 324(4) from Rs 20,000, 324(5) from Rs 1 lakh, 326(f) by fire;
- cheating 318(4) needs deception *and* delivery of property; a debt simply not
  repaid, with no deception at the start, is a civil matter;
- common intention 3(5) wherever two or more act together;
- special laws that go alongside: IT Act for online deception, Dowry
  Prohibition Act for dowry demands, POCSO for a child victim, SC/ST Act for
  caste abuse, Arms and NDPS Acts for possession.

Each rule returns :class:`Charge` objects in BNS terms with the facts' words as
evidence; :mod:`identify` intersects them with what retrieval found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.kb import join_reference, normalise_act, split_reference


@dataclass(frozen=True)
class Charge:
    act: str
    section: str
    subsection: str | None
    reason: str
    evidence: tuple[str, ...]
    strength: float  # how directly the facts show every ingredient, 0-1
    family: str


def _charge(
    ref: str, reason: str, evidence: list[str], strength: float, family: str, act: str = "BNS"
) -> Charge:
    section, subsection = split_reference(ref)
    return Charge(
        normalise_act(act), section, subsection, reason, tuple(evidence[:4]), strength, family
    )


def _grievous(f: Facts) -> bool:
    return f.has(Fact.GRIEVOUS_HURT)


def _violent_taking(f: Facts) -> bool:
    """Theft turned robbery: force, fear of instant hurt, or hurt caused in taking property."""
    if not f.any(Fact.PROPERTY_TAKEN, Fact.SNATCHING) or _taken_by_deception(f):
        return False
    if f.has(Fact.SNATCHING) and not f.any(Fact.FORCE, Fact.DANGEROUS_WEAPON, Fact.THREAT):
        return False
    return f.any(Fact.FORCE, Fact.THREAT, Fact.HURT, Fact.DANGEROUS_WEAPON)


def _hurt_charges(f: Facts) -> list[Charge]:
    """115(2) -> 117(2) -> 118(1)/(2); robbery, snatching, homicide and accidents absorb it."""
    if (
        not f.any(Fact.HURT, Fact.GRIEVOUS_HURT)
        or f.any(Fact.DEATH, Fact.ATTEMPT_TO_KILL)
        or _is_road_accident(f)
    ):
        return []
    if _violent_taking(f) or f.has(Fact.SNATCHING) or f.has(Fact.RAPE):
        return []
    if f.has(Fact.ACID) and f.any(Fact.GRIEVOUS_HURT, Fact.HURT):
        ev = f.evidence(Fact.ACID, Fact.GRIEVOUS_HURT)
        return [_charge("124(1)", "grievous hurt caused by throwing acid", ev, 0.85, "hurt")]
    weapon = f.has(Fact.ARMED_HURT) and (f.has(Fact.DANGEROUS_WEAPON) or _weapon_is_dangerous(f))
    ev_hurt = f.evidence(Fact.GRIEVOUS_HURT, Fact.HURT)
    ev_weapon = f.evidence(Fact.DANGEROUS_WEAPON, Fact.WEAPON)
    charges: list[Charge] = []
    if _grievous(f):
        ref, why = (
            ("118(2)", "grievous hurt caused with a dangerous weapon or means")
            if weapon
            else ("117(2)", "grievous hurt (fracture, loss of sight, disfigurement...) caused")
        )
        charges.append(_charge(ref, why, ev_weapon + ev_hurt if weapon else ev_hurt, 0.85, "hurt"))
    if weapon and (not _grievous(f) or f.five_or_more):
        charges.append(
            _charge(
                "118(1)",
                "hurt caused with a dangerous weapon or means",
                ev_weapon + ev_hurt,
                0.8,
                "hurt",
            )
        )
    if not charges or (weapon and _bare_hands_too(f)):
        charges.append(
            _charge(
                "115(2)",
                "voluntarily caused hurt (bodily pain) without a weapon",
                f.evidence(Fact.HURT),
                0.8,
                "hurt",
            )
        )
    return charges


_STRIKING_WEAPONS = (
    "lathi", "laathi", "danda", "dand", "stick", "rod", "sariya", "saria", "bat", "hockey",
    "pipe", "लाठी", "डंडा", "डंडे", "सरिया", "रॉड",
)  # fmt: skip


def _weapon_is_dangerous(f: Facts) -> bool:
    # Sticks, lathis and rods are dangerous when used to strike; bare stones and bottles
    # thrown in a scuffle are treated as simple hurt unless grievous injury follows.
    words = " ".join(f.evidence(Fact.WEAPON)).lower()
    return any(w in words for w in _STRIKING_WEAPONS)


def _bare_hands_too(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.HURT)).lower()
    return f.two_or_more and any(
        w in words for w in ("slap", "punch", "kick", "thappad", "laat", "thapp", "थप्पड़", "fist")
    )


def _is_road_accident(f: Facts) -> bool:
    return f.has(Fact.VEHICLE, Fact.RASH_DRIVING) and not f.any(
        Fact.ATTEMPT_TO_KILL, Fact.FORCE, Fact.THREAT, Fact.SNATCHING
    )


def _homicide_charges(f: Facts) -> list[Charge]:
    if f.has(Fact.ANIMAL_HARM) and not f.any(Fact.HURT, Fact.WEAPON):
        return []  # the animal died or was poisoned: mischief, not homicide
    if f.has(Fact.DEATH) or (f.has(Fact.SUICIDE) and not f.has(Fact.ATTEMPT)):
        return _death_charges(f)
    if f.has(Fact.ATTEMPT_TO_KILL) and not _violent_taking(f):
        ev = f.evidence(Fact.ATTEMPT_TO_KILL, Fact.DANGEROUS_WEAPON)
        return [
            _charge(
                "109(1)", "act done with intent to kill; death did not follow", ev, 0.85, "homicide"
            )
        ]
    return []


def _death_charges(f: Facts) -> list[Charge]:
    ev_death = f.evidence(Fact.DEATH)
    marital = f.has(Fact.WOMAN_VICTIM) and (
        f.has(Fact.HUSBAND_OR_INLAWS) or (f.has(Fact.DOWRY, Fact.MARRIED))
    )
    within_seven = f.marriage_years is None or f.marriage_years < 7
    if marital and f.has(Fact.DOWRY) and within_seven:
        ev = f.evidence(Fact.DOWRY, Fact.HUSBAND_OR_INLAWS) + ev_death
        return [
            _charge(
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
                _charge("108", "suicide abetted by harassment or instigation", ev, 0.75, "homicide")
            ]
        return []
    if _is_road_accident(f) or (
        f.has(Fact.NEGLIGENCE) and not f.any(Fact.WEAPON, Fact.ATTEMPT_TO_KILL, Fact.HURT)
    ):
        ev = f.evidence(Fact.RASH_DRIVING, Fact.NEGLIGENCE, Fact.VEHICLE) + ev_death
        return [_charge("106(1)", "death caused by a rash or negligent act", ev, 0.85, "homicide")]
    if f.any(Fact.HURT, Fact.WEAPON, Fact.ATTEMPT_TO_KILL, Fact.DANGEROUS_WEAPON):
        ev = ev_death + f.evidence(Fact.DANGEROUS_WEAPON, Fact.WEAPON, Fact.HURT)
        return [_charge("103(1)", "death caused by a deliberate attack", ev, 0.8, "homicide")]
    return []


def _property_charges(f: Facts) -> list[Charge]:
    if (
        not f.any(Fact.PROPERTY_TAKEN, Fact.SNATCHING)
        or _taken_by_deception(f)
        or (f.has(Fact.KIDNAPPING) and not f.has(Fact.FORCE))
    ):
        return []
    ev_take = f.evidence(Fact.SNATCHING, Fact.PROPERTY_TAKEN)
    ev_force = f.evidence(Fact.FORCE, Fact.DANGEROUS_WEAPON, Fact.WEAPON, Fact.HURT, Fact.THREAT)
    armed_attack = (f.has(Fact.HURT) and f.has(Fact.DANGEROUS_WEAPON)) or _grievous(f)
    if _violent_taking(f) and f.five_or_more:
        charges = [
            _charge(
                "310(2)",
                "robbery by five or more persons conjointly (dacoity)",
                f.offenders_evidence + ev_force + ev_take,
                0.9,
                "theft",
            )
        ]
        if armed_attack:
            charges.append(
                _charge(
                    "311",
                    "deadly weapon used or grievous hurt caused in the dacoity",
                    ev_force,
                    0.75,
                    "theft",
                )
            )
        return charges
    if _violent_taking(f):
        if armed_attack:
            return [
                _charge(
                    "309(6)",
                    "hurt caused while committing robbery",
                    f.evidence(Fact.HURT),
                    0.7,
                    "theft",
                ),
                _charge(
                    "311",
                    "robbery in which a deadly weapon was used or grievous hurt caused",
                    ev_force + ev_take,
                    0.8,
                    "theft",
                ),
            ]
        return [
            _charge(
                "309(4)",
                "property taken by force or fear of instant hurt (robbery)",
                ev_force + ev_take,
                0.85,
                "theft",
            )
        ]
    if f.has(Fact.SNATCHING):
        return [
            _charge(
                "304(2)",
                "property suddenly seized from the person (snatching)",
                ev_take,
                0.85,
                "theft",
            )
        ]
    return [_simple_theft(f, ev_take)]


def _building_entered(f: Facts) -> bool:
    """Entry or break-in into a building (house-trespass), not a lock cut off a parked bike."""
    return f.has(Fact.PREMISES_ENTRY) or (f.has(Fact.BREAK_IN) and f.has(Fact.DWELLING))


def _simple_theft(f: Facts, ev_take: list[str]) -> Charge:
    if f.has(Fact.SERVANT) and not _building_entered(f):
        return _charge(
            "306",
            "theft by a clerk or servant of the owner's property",
            ev_take + f.evidence(Fact.SERVANT),
            0.75,
            "theft",
        )
    if (f.has(Fact.PLACE_OF_WORSHIP) and _building_entered(f)) or _idol(f):
        return _charge(
            "305(d)",
            "theft of an idol or icon from a place of worship",
            ev_take + f.evidence(Fact.PLACE_OF_WORSHIP),
            0.75,
            "theft",
        )
    if f.has(Fact.GOVERNMENT_PROPERTY):
        return _charge(
            "305(e)",
            "theft of property of the Government or a local authority",
            ev_take + f.evidence(Fact.GOVERNMENT_PROPERTY),
            0.7,
            "theft",
        )
    if _building_entered(f):
        ev = ev_take + f.evidence(Fact.PREMISES_ENTRY, Fact.BREAK_IN)
        return _charge(
            "305(a)",
            "theft from a dwelling house or building used to keep property",
            ev,
            0.8,
            "theft",
        )
    return _charge(
        "303(2)",
        "movable property taken dishonestly without consent (theft)",
        ev_take,
        0.8,
        "theft",
    )


def _idol(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.PLACE_OF_WORSHIP)).lower()
    return any(w in words for w in ("idol", "murti", "moorti", "मूर्ति"))


def _deceived(f: Facts) -> bool:
    """Deception shown in words, or by the accused passing himself off as someone else."""
    return f.any(Fact.DECEPTION, Fact.IMPERSONATION)


def _taken_by_deception(f: Facts) -> bool:
    # "he took Rs 50,000 promising a job" is cheating, not theft.
    return (
        _deceived(f)
        and f.has(Fact.PROPERTY_DELIVERED)
        and not f.any(Fact.SNATCHING, Fact.FORCE, Fact.BREAK_IN)
    )


def _trespass_charges(f: Facts) -> list[Charge]:
    if _violent_taking(f) and f.five_or_more:
        return []  # dacoity absorbs the entry
    ev = f.evidence(Fact.BREAK_IN, Fact.PREMISES_ENTRY)
    night = f.has(Fact.NIGHT)
    if f.has(Fact.BREAK_IN) and _building_entered(f) and not _violent_taking(f):
        ref, when = ("331(4)", "at night") if night else ("331(3)", "by day")
        return [
            _charge(
                ref,
                f"house-breaking {when} to commit an offence",
                ev + f.evidence(Fact.NIGHT),
                0.8,
                "trespass",
            )
        ]
    prepared = f.any(Fact.HURT, Fact.WEAPON, Fact.FORCE, Fact.CONFINEMENT)
    if f.has(Fact.PREMISES_ENTRY) and prepared:
        return [
            _charge(
                "333",
                "house-trespass after preparing to cause hurt, assault or restraint",
                ev + f.evidence(Fact.WEAPON, Fact.HURT, Fact.FORCE),
                0.75,
                "trespass",
            )
        ]
    if f.has(Fact.PREMISES_ENTRY) and not f.has(Fact.PROPERTY_TAKEN):
        return [
            _charge(
                "329(4)",
                "entered a dwelling or building to commit an offence or annoy (house-trespass)",
                ev,
                0.65,
                "trespass",
            )
        ]
    if f.has(Fact.LAND_ENTRY):
        return [
            _charge(
                "329(3)",
                "entered another's land to commit an offence or annoy (criminal trespass)",
                f.evidence(Fact.LAND_ENTRY),
                0.65,
                "trespass",
            )
        ]
    return []


def _mischief_charges(f: Facts) -> list[Charge]:
    if f.has(Fact.ANIMAL_HARM):
        return [
            _charge(
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
    if (f.has(Fact.PLACE_OF_WORSHIP) and f.has(Fact.RELIGIOUS_INSULT)) or _idol(f):
        return [
            _charge(
                "298",
                "place of worship or sacred object damaged to insult a religion",
                f.evidence(Fact.PLACE_OF_WORSHIP, Fact.DAMAGE),
                0.75,
                "religion",
            )
        ]
    ev = f.evidence(Fact.FIRE, Fact.DAMAGE)
    if f.has(Fact.FIRE):
        return [_charge("326(f)", "mischief by fire or explosive substance", ev, 0.75, "mischief")]
    value = None if f.any(Fact.PROPERTY_TAKEN, Fact.DECEPTION) else f.amount_inr
    if value is not None and value >= 100_000:
        return [
            _charge(
                "324(5)", "mischief causing loss of one lakh rupees or more", ev, 0.75, "mischief"
            )
        ]
    if value is not None and value >= 20_000:
        return [
            _charge(
                "324(4)",
                "mischief causing loss of twenty thousand rupees or more",
                ev,
                0.75,
                "mischief",
            )
        ]
    return [
        _charge(
            "324(2)", "property deliberately damaged or destroyed (mischief)", ev, 0.7, "mischief"
        )
    ]


def _only_money_lost(f: Facts) -> bool:
    """'Total loss Rs 45,000' in a fraud or theft is the money taken, not property damaged."""
    words = [w.lower() for w in f.evidence(Fact.DAMAGE)]
    return all(w.startswith(("loss", "nuksan", "nuksaan", "नुकसान")) for w in words) and f.any(
        Fact.PROPERTY_DELIVERED, Fact.PROPERTY_TAKEN, Fact.DECEPTION, Fact.ONLINE
    )


def _cheating_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    if f.has(Fact.ENTRUSTED, Fact.MISAPPROPRIATED):
        charges.append(_breach_of_trust(f))
    if _deceived(f) and f.has(Fact.PROPERTY_DELIVERED) and not _only_non_payment(f):
        ev = f.evidence(Fact.DECEPTION, Fact.IMPERSONATION, Fact.PROPERTY_DELIVERED)
        charges.append(
            _charge(
                "318(4)",
                "deceived into delivering money or property (cheating)",
                ev,
                0.8,
                "cheating",
            )
        )
        if f.has(Fact.IMPERSONATION):
            charges.append(
                _charge(
                    "319(2)",
                    "cheated by pretending to be someone else",
                    f.evidence(Fact.IMPERSONATION),
                    0.65,
                    "cheating",
                )
            )
            if f.has(Fact.PUBLIC_SERVANT) and _impersonated_official(f):
                charges.append(
                    _charge(
                        "204",
                        "pretended to be a public servant",
                        f.evidence(Fact.IMPERSONATION),
                        0.6,
                        "public_servant",
                    )
                )
    if f.has(Fact.FOUND_PROPERTY) and not charges:
        charges.append(
            _charge(
                "314",
                "property found or received by mistake kept dishonestly",
                f.evidence(Fact.FOUND_PROPERTY),
                0.6,
                "misappropriation",
            )
        )
    if f.has(Fact.RECEIVING_STOLEN):
        charges.append(
            _charge(
                "317(2)",
                "stolen property dishonestly received or kept",
                f.evidence(Fact.RECEIVING_STOLEN),
                0.6,
                "stolen_property",
            )
        )
    if f.has(Fact.FORGERY):
        charges.append(
            _charge(
                "336(3)" if f.has(Fact.DECEPTION) else "336(2)",
                "document forged (to cheat)",
                f.evidence(Fact.FORGERY),
                0.65,
                "forgery",
            )
        )
        charges.append(
            _charge(
                "340(2)",
                "forged document used as genuine",
                f.evidence(Fact.FORGERY),
                0.55,
                "forgery",
            )
        )
    return charges


def _breach_of_trust(f: Facts) -> Charge:
    ev = f.evidence(Fact.ENTRUSTED, Fact.MISAPPROPRIATED)
    if f.has(Fact.AGENT):
        return _charge(
            "316(5)",
            "breach of trust by an agent, banker or office-bearer entrusted with property",
            ev + f.evidence(Fact.AGENT),
            0.7,
            "breach_of_trust",
        )
    if f.has(Fact.SERVANT):
        return _charge(
            "316(4)",
            "breach of trust by a clerk, servant or employee",
            ev + f.evidence(Fact.SERVANT),
            0.7,
            "breach_of_trust",
        )
    return _charge(
        "316(2)",
        "property entrusted and dishonestly misappropriated (criminal breach of trust)",
        ev,
        0.75,
        "breach_of_trust",
    )


def _impersonated_official(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.IMPERSONATION)).lower()
    return any(
        w in words
        for w in (
            "police",
            "cbi",
            "officer",
            "customs",
            "income tax",
            "ed ",
            "judge",
            "पुलिस",
            "अधिकारी",
            "सीबीआई",
        )
    )


def _only_non_payment(f: Facts) -> bool:
    """A loan or dues unpaid with no deception shown at the time money was given."""
    return (
        f.any(Fact.NON_PAYMENT, Fact.CIVIL_DISPUTE)
        and not f.any(Fact.IMPERSONATION, Fact.FORGERY, Fact.ONLINE)
        and not _deception_at_start(f)
    )


def _deception_at_start(f: Facts) -> bool:
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


def _sexual_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    child = f.child
    if f.has(Fact.RAPE):
        charges.extend(_rape_charges(f))
    if f.has(Fact.SEXUAL_TOUCH) and not f.has(Fact.RAPE):
        ev = f.evidence(Fact.SEXUAL_TOUCH)
        charges.append(
            _charge(
                "74",
                "criminal force on a woman intending to outrage her modesty",
                ev,
                0.8,
                "sexual",
            )
        )
        if child:
            charges.append(_child_sexual_assault(f, ev))
    if f.has(Fact.DISROBING):
        charges.append(
            _charge("76", "assault to disrobe a woman", f.evidence(Fact.DISROBING), 0.75, "sexual")
        )
    if f.has(Fact.VOYEURISM):
        charges.append(
            _charge(
                "77",
                "watching or recording a woman in a private act (voyeurism)",
                f.evidence(Fact.VOYEURISM),
                0.75,
                "sexual",
            )
        )
    if f.has(Fact.STALKING) and f.has(Fact.WOMAN_VICTIM):
        charges.append(
            _charge(
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
            charges.append(
                _charge("12", "sexual harassment of a child", ev, 0.75, "pocso", act="POCSO Act")
            )
        if _sexual_harassment(f):
            charges.append(
                _charge(
                    "75(2)",
                    "sexual advances, demands or sexually coloured remarks (sexual harassment)",
                    ev,
                    0.7,
                    "sexual",
                )
            )
        else:
            charges.append(
                _charge(
                    "79",
                    "words, sounds or gestures meant to insult a woman's modesty",
                    ev,
                    0.7,
                    "sexual",
                )
            )
    return charges


def _child_sexual_assault(f: Facts, ev: list[str]) -> Charge:
    """POCSO 8, or 10 where the child is under twelve (aggravated, s. 9(m))."""
    if f.victim_age is not None and f.victim_age < 12:
        return _charge(
            "10",
            "sexual assault on a child under twelve (aggravated)",
            ev,
            0.8,
            "pocso",
            act="POCSO Act",
        )
    return _charge("8", "sexual assault (touch) on a child", ev, 0.8, "pocso", act="POCSO Act")


def _sexual_harassment(f: Facts) -> bool:
    words = " ".join(f.evidence(Fact.SEXUAL_REMARK)).lower()
    return any(
        w in words for w in ("favour", "favor", "advances", "sexually colo", "pornograph", "demand")
    )


def _rape_charges(f: Facts) -> list[Charge]:
    ev = f.evidence(Fact.RAPE, Fact.FALSE_PROMISE_MARRIAGE)
    age = f.victim_age
    if f.child and age is not None and age < 16:
        under_twelve = age < 12
        return [
            _charge(
                "65(2)" if under_twelve else "65(1)",
                f"rape of a girl under {12 if under_twelve else 16}",
                ev,
                0.8,
                "sexual",
            ),
            _charge(
                "6" if under_twelve else "4",
                "penetrative sexual assault on a child",
                ev,
                0.8,
                "pocso",
                act="POCSO Act",
            ),
        ]
    charges: list[Charge] = []
    if f.has(Fact.FALSE_PROMISE_MARRIAGE) and not f.child:
        charges.append(
            _charge("69", "sexual intercourse on a false promise of marriage", ev, 0.75, "sexual")
        )
    elif f.two_or_more:
        charges.append(
            _charge(
                "70(1)",
                "rape by two or more persons (gang rape)",
                ev + f.offenders_evidence,
                0.8,
                "sexual",
            )
        )
    else:
        charges.append(
            _charge("64(1)", "sexual intercourse without consent (rape)", ev, 0.8, "sexual")
        )
    if f.child:
        charges.append(
            _charge("4", "penetrative sexual assault on a child", ev, 0.8, "pocso", act="POCSO Act")
        )
    return charges


def _domestic_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    marital = f.has(Fact.HUSBAND_OR_INLAWS) or (f.has(Fact.DOWRY, Fact.MARRIED))
    if marital and (
        f.has(Fact.CRUELTY)
        or (f.has(Fact.DOWRY) and f.any(Fact.HURT, Fact.THREAT, Fact.DEATH, Fact.SUICIDE))
    ):
        ev = f.evidence(Fact.HUSBAND_OR_INLAWS, Fact.DOWRY, Fact.CRUELTY)
        charges.append(
            _charge("85", "cruelty to a woman by her husband or his relatives", ev, 0.8, "marital")
        )
    if f.has(Fact.DOWRY) and _dowry_demanded(f):
        charges.append(
            _charge(
                "4",
                "dowry demanded from the woman or her family",
                f.evidence(Fact.DOWRY),
                0.75,
                "dowry",
                act="Dowry Prohibition Act",
            )
        )
    if f.has(Fact.DOWRY_GIVEN) and marital:
        charges.append(
            _charge(
                "3",
                "dowry given or taken at the marriage",
                f.evidence(Fact.DOWRY_GIVEN),
                0.6,
                "dowry",
                act="Dowry Prohibition Act",
            )
        )
    if f.has(Fact.PROTECTION_ORDER):
        charges.append(
            _charge(
                "31",
                "breach of a protection order",
                f.evidence(Fact.PROTECTION_ORDER),
                0.75,
                "dv",
                act="DV Act",
            )
        )
    return charges


def _dowry_demanded(f: Facts) -> bool:
    return f.has(Fact.HUSBAND_OR_INLAWS) or f.has(Fact.CRUELTY) or f.has(Fact.EXTORTION)


def _intimidation_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    absorbed = (
        _violent_taking(f)
        or f.has(Fact.RANSOM)
        or (f.has(Fact.EXTORTION) and not f.has(Fact.THREAT_TO_KILL))
    )
    if f.has(Fact.THREAT_TO_KILL) and not absorbed:
        charges.append(
            _charge(
                "351(3)",
                "threatened with death, grievous hurt or fire",
                f.evidence(Fact.THREAT_TO_KILL),
                0.8,
                "intimidation",
            )
        )
    elif f.has(Fact.THREAT) and not absorbed:
        charges.append(
            _charge(
                "351(2)",
                "threatened with injury to person, reputation or property",
                f.evidence(Fact.THREAT),
                0.7,
                "intimidation",
            )
        )
    if f.has(Fact.ABUSE) and not _violent_taking(f):
        charges.append(
            _charge(
                "352",
                "intentional insult likely to provoke a breach of the peace",
                f.evidence(Fact.ABUSE),
                0.6,
                "insult",
            )
        )
    if f.has(Fact.DEFAMATION):
        charges.append(
            _charge(
                "356(2)",
                "imputation harming reputation published (defamation)",
                f.evidence(Fact.DEFAMATION),
                0.6,
                "defamation",
            )
        )
    if f.has(Fact.RELIGIOUS_INSULT) and not f.has(Fact.DAMAGE):
        charges.append(
            _charge(
                "299",
                "deliberate act meant to outrage religious feelings",
                f.evidence(Fact.RELIGIOUS_INSULT),
                0.6,
                "religion",
            )
        )
    if f.has(Fact.ENMITY):
        charges.append(
            _charge(
                "196(1)", "enmity promoted between groups", f.evidence(Fact.ENMITY), 0.6, "religion"
            )
        )
    if f.has(Fact.CRIMINAL_FORCE) and not f.any(
        Fact.HURT, Fact.PROPERTY_TAKEN, Fact.SEXUAL_TOUCH, Fact.OBSTRUCTION
    ):
        charges.append(
            _charge(
                "131",
                "criminal force used (pushing, grabbing) without injury",
                f.evidence(Fact.CRIMINAL_FORCE),
                0.6,
                "force",
            )
        )
    if f.has(Fact.DRUNK) and f.has(Fact.PUBLIC_PLACE) and not f.has(Fact.DRIVING):
        charges.append(
            _charge(
                "355",
                "drunk and causing annoyance in a public place",
                f.evidence(Fact.DRUNK, Fact.PUBLIC_PLACE),
                0.55,
                "insult",
            )
        )
    return charges


def _liberty_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    taken = f.has(Fact.KIDNAPPING) or (f.child and f.has(Fact.MISSING))
    ev = f.evidence(Fact.KIDNAPPING, Fact.MISSING, Fact.RANSOM)
    if taken and f.child:
        charges.append(
            _charge(
                "137(2)",
                "minor taken out of lawful guardianship (kidnapping)",
                ev,
                0.8,
                "kidnapping",
            )
        )
    if taken and f.has(Fact.TRAFFICKING):
        ref = "143(4)" if f.child else "143(2)"
        charges.append(
            _charge(
                ref,
                "person recruited or moved for exploitation (trafficking)",
                f.evidence(Fact.TRAFFICKING),
                0.7,
                "kidnapping",
            )
        )
    if taken and f.has(Fact.RANSOM):
        charges.append(
            _charge("140(2)", "kidnapped or abducted for ransom", ev, 0.85, "kidnapping")
        )
    elif (
        f.has(Fact.KIDNAPPING)
        and not f.child
        and f.has(Fact.WOMAN_VICTIM)
        and f.has(Fact.MARRIAGE_FORCED)
    ):
        charges.append(
            _charge(
                "87",
                "woman abducted to compel her marriage",
                ev + f.evidence(Fact.MARRIAGE_FORCED),
                0.75,
                "kidnapping",
            )
        )
    elif f.has(Fact.KIDNAPPING) and not f.child:
        charges.append(
            _charge(
                "140(3)", "kidnapped or abducted to be wrongfully confined", ev, 0.6, "kidnapping"
            )
        )
    if f.has(Fact.EXTORTION) and not f.any(Fact.FORCE, Fact.PROPERTY_TAKEN, Fact.RANSOM):
        charges.append(
            _charge(
                "308(2)",
                "property or money obtained or demanded by putting in fear (extortion)",
                f.evidence(Fact.EXTORTION),
                0.7,
                "extortion",
            )
        )
    if f.has(Fact.CONFINEMENT) and not f.has(Fact.KIDNAPPING) and not _violent_taking(f):
        charges.append(
            _charge(
                "127(2)",
                "kept within limits against their will (wrongful confinement)",
                f.evidence(Fact.CONFINEMENT),
                0.7,
                "restraint",
            )
        )
    elif f.has(Fact.RESTRAINT) and not f.any(Fact.PROPERTY_TAKEN, Fact.KIDNAPPING):
        charges.append(
            _charge(
                "126(2)",
                "obstructed from going where they had a right to go (wrongful restraint)",
                f.evidence(Fact.RESTRAINT),
                0.6,
                "restraint",
            )
        )
    return charges


def _public_servant_charges(f: Facts) -> list[Charge]:
    if not (f.has(Fact.PUBLIC_SERVANT) and f.has(Fact.OBSTRUCTION)):
        return []
    ev = f.evidence(Fact.PUBLIC_SERVANT, Fact.OBSTRUCTION)
    if f.has(Fact.HURT):
        return [
            _charge(
                "121(1)",
                "hurt caused to deter a public servant from duty",
                ev + f.evidence(Fact.HURT),
                0.75,
                "public_servant",
            ),
            _charge(
                "132",
                "assault or criminal force on a public servant on duty",
                ev,
                0.7,
                "public_servant",
            ),
        ]
    if f.any(Fact.FORCE, Fact.CRIMINAL_FORCE, Fact.THREAT, Fact.ABUSE):
        return [
            _charge(
                "132",
                "assault or criminal force on a public servant on duty",
                ev,
                0.65,
                "public_servant",
            )
        ]
    return [
        _charge(
            "221",
            "voluntarily obstructed a public servant in public functions",
            ev,
            0.6,
            "public_servant",
        )
    ]


def _road_charges(f: Facts) -> list[Charge]:
    if not f.has(Fact.VEHICLE) or not f.any(Fact.RASH_DRIVING, Fact.DRUNK):
        return []
    charges: list[Charge] = []
    ev = f.evidence(Fact.RASH_DRIVING, Fact.VEHICLE)
    if f.has(Fact.RASH_DRIVING) and _is_road_accident(f):
        charges.append(
            _charge("281", "vehicle driven rashly or negligently on a public way", ev, 0.75, "road")
        )
        if _grievous(f):
            charges.append(
                _charge(
                    "125(b)",
                    "grievous hurt caused by a rash or negligent act",
                    ev + f.evidence(Fact.GRIEVOUS_HURT),
                    0.75,
                    "road",
                )
            )
        elif not f.has(Fact.DEATH) and f.has(Fact.HURT):
            charges.append(
                _charge(
                    "125(a)",
                    "hurt caused by a rash or negligent act",
                    ev + f.evidence(Fact.HURT),
                    0.75,
                    "road",
                )
            )
    if f.has(Fact.DRUNK) and f.has(Fact.DRIVING):
        charges.append(
            _charge(
                "185",
                "driving while drunk",
                f.evidence(Fact.DRUNK),
                0.7,
                "road",
                act="Motor Vehicles Act",
            )
        )
    return charges


_IDENTITY_WORDS = ("pan", "aadhaar", "aadhar", "kyc", "identity", "in my name", "in his name",
                   "in her name", "credentials", "आधार", "पैन")  # fmt: skip


def _identity_taken(f: Facts) -> bool:
    """Someone's identity numbers or documents used to pass as them (loans, SIMs, accounts)."""
    words = " ".join(f.evidence(Fact.IDENTITY_MISUSE)).lower()
    return any(w in words for w in _IDENTITY_WORDS)


def _online_charges(f: Facts) -> list[Charge]:
    if not (f.has(Fact.ONLINE) or _identity_taken(f)):
        return []
    charges: list[Charge] = []
    if _identity_taken(f) and not f.has(Fact.IMPERSONATION):
        charges.append(
            _charge(
                "319(2)",
                "cheating by personation: the victim's identity used to obtain loans or accounts",
                f.evidence(Fact.IDENTITY_MISUSE),
                0.6,
                "cheating",
            )
        )
    if (
        _deceived(f)
        and f.any(Fact.PROPERTY_DELIVERED, Fact.IMPERSONATION)
        and not _only_non_payment(f)
    ):
        ev = f.evidence(Fact.ONLINE, Fact.IMPERSONATION, Fact.DECEPTION)
        charges.append(
            _charge(
                "66D",
                "cheating by personation using a computer resource or phone",
                ev,
                0.75,
                "it",
                act="IT Act",
            )
        )
    if f.has(Fact.IDENTITY_MISUSE):
        charges.append(
            _charge(
                "66C",
                "password, account or identity of another used dishonestly",
                f.evidence(Fact.IDENTITY_MISUSE),
                0.7,
                "it",
                act="IT Act",
            )
        )
    if f.has(Fact.PRIVATE_IMAGES):
        charges.append(
            _charge(
                "67",
                "obscene material published or sent electronically",
                f.evidence(Fact.PRIVATE_IMAGES),
                0.65,
                "it",
                act="IT Act",
            )
        )
    return charges


def _special_law_charges(f: Facts) -> list[Charge]:
    charges: list[Charge] = []
    if f.has(Fact.ARMS_POSSESSION):
        ev = f.evidence(Fact.ARMS_POSSESSION)
        charges.append(
            _charge(
                "25",
                "arms or ammunition held without a licence (25(1B) for a firearm)",
                ev,
                0.75,
                "arms",
                act="Arms Act",
            )
        )
    if f.has(Fact.ARMS_POSSESSION, Fact.FIREARM) and f.has(Fact.ATTEMPT_TO_KILL):
        charges.append(
            _charge(
                "27",
                "firearm used in the offence",
                f.evidence(Fact.FIREARM),
                0.6,
                "arms",
                act="Arms Act",
            )
        )
    if f.has(Fact.DRUGS):
        charges.extend(_ndps_charges(f))
    if f.has(Fact.CASTE_ABUSE):
        charges.extend(_caste_charges(f))
    if f.has(Fact.GAMING_HOUSE):
        ev = f.evidence(Fact.GAMING_HOUSE, Fact.GAMBLING)
        charges.append(
            _charge(
                "3",
                "keeping or running a common gaming house",
                ev,
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
        charges.append(
            _charge(
                "4",
                "found gaming in a common gaming house",
                ev,
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
    elif f.has(Fact.GAMBLING):
        charges.append(
            _charge(
                "13",
                "gaming for money in a public place",
                f.evidence(Fact.GAMBLING),
                0.6,
                "gambling",
                act="Public Gambling Act",
            )
        )
    if f.has(Fact.LIQUOR):
        words = " ".join(f.evidence(Fact.LIQUOR)).lower()
        ref = (
            "illicit-sale"
            if any(w in words for w in ("sell", "sold", "bech"))
            else "illicit-possession"
        )
        if any(w in words for w in ("bhatti", "lahan", "distill", "manufactur")):
            ref = "illicit-manufacture"
        charges.append(
            _charge(
                ref,
                "liquor made, kept, sold or carried without a permit",
                f.evidence(Fact.LIQUOR),
                0.6,
                "excise",
                act="State Excise Act",
            )
        )
    return charges


def _caste_charges(f: Facts) -> list[Charge]:
    ev = f.evidence(Fact.CASTE_ABUSE, Fact.ABUSE)
    charges: list[Charge] = []
    if f.any(Fact.ABUSE, Fact.THREAT, Fact.HURT, Fact.PUBLIC_PLACE):
        why = "abused or insulted by caste in public view (clauses (r) and (s) of 3(1))"
        charges.append(_charge("3(1)", why, ev, 0.65, "scst", act="SC/ST Act"))
    elif f.any(Fact.SEXUAL_TOUCH, Fact.SEXUAL_REMARK) and f.has(Fact.WOMAN_VICTIM):
        charges.append(
            _charge(
                "3(1)",
                "sexual touch, words or gestures towards a Scheduled Caste/Tribe woman (clause w)",
                ev,
                0.6,
                "scst",
                act="SC/ST Act",
            )
        )
    return charges


# Small / commercial quantities in grams (NDPS Act notification), per drug family.
_NDPS_LIMITS: dict[str, tuple[float, float]] = {
    "ganja": (1000, 20000),
    "charas": (100, 1000),
    "heroin": (5, 250),
    "psychotropic": (5, 100),
}


def _ndps_charges(f: Facts) -> list[Charge]:
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


def _ndps(section: str, drug: str, f: Facts, ev: list[str], reason: str) -> Charge:
    """Grade by quantity (small / intermediate / commercial), named in the reason."""
    small, commercial = _NDPS_LIMITS[drug]
    grams = f.drug_grams
    if grams is not None:
        grade = 0 if grams <= small else 2 if grams >= commercial else 1
        clause = f"b(ii)({'ABC'[grade]})" if section == "20" else "abc"[grade]
        size = ("small", "intermediate", "commercial")[grade]
        reason = f"{reason}; {grams:g} g is a {size} quantity, clause ({clause})"
    return Charge("NDPS Act", section, None, reason, tuple(ev[:4]), 0.7, "ndps")


RULES: tuple[Callable[[Facts], list[Charge]], ...] = (
    _homicide_charges,
    _hurt_charges,
    _property_charges,
    _trespass_charges,
    _mischief_charges,
    _cheating_charges,
    _sexual_charges,
    _domestic_charges,
    _intimidation_charges,
    _liberty_charges,
    _public_servant_charges,
    _road_charges,
    _online_charges,
    _special_law_charges,
)


def derive_charges(facts: Facts) -> list[Charge]:
    """Every section whose ingredients the facts support, with joint liability added."""
    charges = [c for rule in RULES for c in rule(facts)]
    return charges + _joint_liability(facts, charges)


def _joint_liability(f: Facts, charges: list[Charge]) -> list[Charge]:
    """3(5) for two or more acting together; five or more using force is an unlawful assembly."""
    penal = [c for c in charges if c.act == "BNS" and c.family not in _SOLO_FAMILIES]
    if not penal or any(c.section in {"310", "311"} and f.five_or_more for c in penal):
        return []  # dacoity already describes the group
    if f.five_or_more and f.any(Fact.HURT, Fact.DAMAGE, Fact.FORCE, Fact.DEATH):
        ev = f.offenders_evidence + f.evidence(Fact.WEAPON)
        armed = f.any(Fact.DANGEROUS_WEAPON) or (f.has(Fact.WEAPON) and _weapon_is_dangerous(f))
        rioting = _charge(
            "191(3)" if armed else "191(2)",
            "force used by an unlawful assembly of five or more"
            + (" armed with deadly weapons" if armed else ""),
            ev,
            0.7,
            "riot",
        )
        return [
            _charge(
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
            _charge(
                "3(5)",
                "two or more persons acted together in furtherance of a common intention",
                ev,
                0.7,
                "joint",
            )
        ]
    return []


def companion_sections(f: Facts, charges: list[Charge]) -> list[tuple[str, str]]:
    """Liability sections offered beside the offence, with why: the group's own charge
    (3(5) or 190/191) and, when two or more cheated with documents forged beforehand
    (the forging shows a prior agreement), criminal conspiracy 61(2). Candidates for
    the officer, never final by themselves."""
    found = [
        (join_reference(c.section, c.subsection), c.reason)
        for c in charges
        if c.family in {"joint", "riot"} and c.act == "BNS"
    ]
    planned = {"cheating", "forgery"} <= {c.family for c in charges}
    if f.two_or_more and planned:
        found.append(("61(2)", "two or more cheated with forged papers: a prior agreement"))
    return found


# Offences that already describe the group, so 3(5) adds nothing.
_SOLO_FAMILIES = frozenset({"road", "pocso"})


def is_civil_dispute(facts: Facts, charges: list[Charge]) -> bool:
    """Money owed and unpaid, no deception at the start and no other offence: a civil matter."""
    if charges:
        return False
    return facts.any(Fact.NON_PAYMENT, Fact.CIVIL_DISPUTE, Fact.LOST)


# Neighbouring grades an officer may prefer on fuller facts: shown as candidates
# (never as final sections) right after the sections the rules chose.
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "115(2)": ("118(1)", "131", "117(2)"),
    "118(1)": ("115(2)", "118(2)"),
    "117(2)": ("118(2)", "115(2)"),
    "118(2)": ("117(2)", "118(1)", "109(1)"),
    "303(2)": ("305(a)", "306", "304(2)"),
    "304(2)": ("309(4)", "303(2)"),
    "305(a)": ("331(4)", "303(2)"),
    "309(4)": ("311", "309(6)", "310(2)", "304(2)"),
    "310(2)": ("311", "309(4)"),
    "351(2)": ("351(3)", "352"),
    "351(3)": ("351(2)",),
    "352": ("351(2)", "115(2)"),
    "3(5)": ("190", "191(2)"),
    "190": ("191(2)", "191(3)", "3(5)"),
    "318(4)": ("319(2)", "316(2)"),
    "319(2)": ("318(4)",),
    "316(2)": ("316(4)", "316(5)", "318(4)"),
    "331(4)": ("331(3)", "305(a)", "329(4)"),
    "331(3)": ("331(4)", "305(a)"),
    "329(4)": ("333", "329(3)", "331(3)"),
    "329(3)": ("329(4)", "324(2)"),
    "324(2)": ("324(4)", "324(5)", "326(f)"),
    "74": ("75(2)", "79", "78(2)"),
    "79": ("75(2)", "74", "78(2)"),
    "78(2)": ("79", "351(2)"),
    "85": ("115(2)", "80(2)"),
    "103(1)": ("105", "109(1)"),
    "109(1)": ("118(2)", "103(1)"),
    "106(1)": ("281", "125(b)"),
    "281": ("125(a)", "125(b)", "106(1)"),
    "137(2)": ("140(3)", "87", "143(4)"),
    "64(1)": ("70(1)", "65(1)", "74"),
    "126(2)": ("127(2)",),
    "127(2)": ("126(2)",),
}


# Offences new in the BNS, charged before 1 July 2024 under the IPC sections that
# covered the same conduct (snatching: theft + assault to commit theft of property carried).
IPC_PREDECESSORS: dict[str, tuple[str, ...]] = {
    "304(2)": ("379", "356"),
    # The IPC had no grade above Rs 50 for mischief; loss of Rs 1 lakh and more fell under 427.
    "324(5)": ("427",),
}


# BNS sections grouped as the rules group their charges, so a retrieved neighbour
# (e.g. 303 theft) lets a rule promote the graded form the facts show (309 robbery).
_BNS_FAMILIES: tuple[tuple[int, int, str], ...] = (
    (3, 3, "joint"),
    (63, 79, "sexual"),
    (80, 80, "homicide"),
    (81, 87, "marital"),
    (100, 113, "homicide"),
    (114, 125, "hurt"),
    (126, 127, "restraint"),
    (128, 136, "public_servant"),
    (137, 146, "kidnapping"),
    (189, 197, "riot"),
    (221, 226, "public_servant"),
    (281, 282, "road"),
    (296, 296, "insult"),
    (298, 302, "religion"),
    (303, 307, "theft"),
    (308, 308, "extortion"),
    (309, 313, "theft"),
    (314, 315, "misappropriation"),
    (316, 316, "breach_of_trust"),
    (317, 317, "stolen_property"),
    (318, 323, "cheating"),
    (324, 328, "mischief"),
    (329, 334, "trespass"),
    (335, 344, "forgery"),
    (351, 351, "intimidation"),
    (352, 355, "insult"),
    (356, 356, "defamation"),
)

_FAMILY_ALIASES: dict[str, frozenset[str]] = {
    # Rules may reach across these neighbouring families from one retrieved section.
    "hurt": frozenset({"hurt", "homicide", "public_servant", "road"}),
    "homicide": frozenset({"homicide", "hurt", "marital"}),
    "theft": frozenset({"theft", "stolen_property", "trespass"}),
    "trespass": frozenset({"trespass", "theft"}),
    "cheating": frozenset({"cheating", "breach_of_trust", "forgery", "misappropriation"}),
    "breach_of_trust": frozenset({"breach_of_trust", "cheating", "misappropriation"}),
    "marital": frozenset({"marital", "homicide"}),
    "extortion": frozenset({"theft", "extortion"}),
    "insult": frozenset({"insult", "intimidation"}),
    "intimidation": frozenset({"intimidation", "insult"}),
    "restraint": frozenset({"restraint", "kidnapping"}),
    "road": frozenset({"road", "hurt", "homicide"}),
}


# Families whose sections only the rules may choose (graded offences and their neighbours).
RULE_FAMILIES: frozenset[str] = frozenset(
    {family for _, _, family in _BNS_FAMILIES}
    | {
        "Arms Act",
        "NDPS Act",
        "IT Act",
        "POCSO Act",
        "Dowry Prohibition Act",
        "SC/ST (Prevention of Atrocities) Act",
        "Domestic Violence Act",
        "Public Gambling Act",
        "State Excise Act",
    }
)


def family_of(act: str, section: str) -> str:
    """Family of a retrieved section; special-law sections group by act."""
    if act != "BNS":
        return act
    digits = "".join(ch for ch in section if ch.isdigit())
    number = int(digits) if digits else -1
    for low, high, family in _BNS_FAMILIES:
        if low <= number <= high:
            return family
    return f"bns:{section}"


def supported_by(charge: Charge, retrieved_families: set[str]) -> bool:
    """Retrieval found this section or a neighbour the rule may grade from."""
    if charge.family in {"joint", "riot"}:
        return True
    wanted = charge.act if charge.act != "BNS" else charge.family
    return bool(_FAMILY_ALIASES.get(wanted, frozenset({wanted})) & retrieved_families)

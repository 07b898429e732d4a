"""Tables over sections: neighbouring grades, IPC predecessors, and offence families.

A family groups the BNS sections one rule module grades between, so a retrieved
neighbour (303 theft) lets a rule promote the graded form the facts show (309 robbery).
"""

from __future__ import annotations

from afirgen.legal.offences.common import RuledSection

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
    # The IPC graded mischief at one line only, a loss of Rs 50: anything damaged or destroyed
    # that is worth a complaint (a door, a crop, a car) is 427 ("mischief causing damage to
    # the amount of fifty rupees"), whatever BNS grade its loss earns now; 426, mischief
    # that costs nobody Rs 50, is no charge an FIR for damage records. This table is read
    # before the correspondence table, which pairs 324(2) with 426 section by section.
    "324(2)": ("427",),
    "324(3)": ("427",),
    # The aggravated thefts of s. 305 the IPC did not single out: a vehicle, or goods taken
    # from one, was plain theft (379); an idol or other thing kept in a place of worship was
    # theft in a building used for the custody of property (380), as 305(a) is.
    "305(b)": ("379",),
    "305(c)": ("379",),
    "305(d)": ("380",),
    "324(5)": ("427",),
}
# Before 1 July 2024 an FIR for rioting armed with a deadly weapon (IPC 148) records the
# rioting itself (147) beside it: the IPC punished the two in separate sections, and police
# charge them together (in the training corpus 20 of the 37 complaints with 148 carry 147).
IPC_CHARGED_BESIDE: dict[str, tuple[str, ...]] = {"148": ("147",)}


# BNS sections grouped as the rules group their sections, so a retrieved neighbour
# (e.g. 303 theft) lets a rule promote the graded form the facts show (309 robbery).
_BNS_FAMILIES: tuple[tuple[int, int, str], ...] = (
    (3, 3, "joint"),
    (61, 61, "joint"),  # conspiracy rides with the offence agreed on
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


def supported_by(ruled_section: RuledSection, retrieved_families: set[str]) -> bool:
    """Retrieval found this section or a neighbour the rule may grade from."""
    if ruled_section.family in {"joint", "riot"}:
        return True
    wanted = ruled_section.act if ruled_section.act != "BNS" else ruled_section.family
    return bool(_FAMILY_ALIASES.get(wanted, frozenset({wanted})) & retrieved_families)


# Joint liability (3(5), common intention) adds nothing beside these, whichever engine chose
# them: offences whose own definition takes in the group (an unlawful assembly and its
# rioting, 189-191, make each member liable for the common object; dacoity, 310, is robbery
# by five or more conjointly), and offences of rashness or negligence, which no common
# intention can be shared in (death 106, endangering life 125, driving 281, navigation 282,
# poison, fire, explosives, machinery, buildings and animals 286-291).
GROUP_OFFENCES: frozenset[str] = frozenset({"189", "190", "191", "310"})
NEGLIGENT_OFFENCES: frozenset[str] = frozenset(
    {"106", "125", "281", "282", "286", "287", "288", "289", "290", "291"}
)


# Grade ladders: sections that grade ONE act, so an incident is charged on one rung only
# (murder or culpable homicide or death by negligence; snatching or robbery or dacoity;
# the trespass grades). Where the rules graded the act on its ingredients, the learned
# model may not add a second rung beside theirs; it offers it as a candidate instead.
GRADE_LADDERS: dict[str, frozenset[str]] = {
    "death": frozenset({"103", "105", "106", "109", "110"}),
    "taking": frozenset({"303", "304", "309", "310"}),
    "trespass": frozenset({"329", "330", "331", "332", "333"}),
    "grave_hurt": frozenset({"117", "118", "124"}),
}


# A lesser offence and the graver BNS offences whose ingredients take it in: hurt in an
# attempt to murder, a killing or hurt to a public servant; endangering life by a rash act
# that caused a death; restraint in a confinement or a kidnapping; criminal force in a hurt
# or an assault on a woman's modesty; that assault in a rape; an assault to take property
# carried by a person in the snatching or robbery it became. The learned model may not add
# the lesser beside the graver (it proposes both for the one act); the rules grade them.
INCLUDED_IN: dict[str, frozenset[str]] = {
    "115": frozenset({"103", "105", "109", "121"}),
    "125": frozenset({"106"}),
    "126": frozenset({"127", "137", "140"}),
    "131": frozenset({"115", "117", "118", "74", "121", "132"}),
    "134": frozenset({"304", "309", "310"}),  # the attempt on property carried, done
    "74": frozenset({"64", "65", "70"}),
}


# One harm, two states of mind: hurt caused voluntarily (115, 117, 118 need intention or
# knowledge that hurt is likely) or by an act so rash or negligent as to endanger life (125)
# or cause death (106). The rules read voluntary hurt from the injury words alone ("haddi
# toot", "hit", "attacked"); where the learned model reads the whole complaint as negligence
# (a machine, a fallen wall, a dog let loose, a vehicle), the harm is charged once, as
# negligence. In the training corpus and dev, 6 of 336 complaints charged with negligent
# harm also carry voluntary hurt.
NEGLIGENT_HARM: frozenset[str] = frozenset({"106", "125"})
VOLUNTARY_HURT: frozenset[str] = frozenset({"115", "117", "118"})


def caused_by_negligence(section: str, chosen: set[str]) -> bool:
    """Whether BNS ``section`` is voluntary hurt where the ``chosen`` sections hold the same
    harm caused by a rash or negligent act (:data:`NEGLIGENT_HARM`)."""
    return section in VOLUNTARY_HURT and bool(NEGLIGENT_HARM & chosen)


def included_in(section: str, chosen: set[str]) -> bool:
    """Whether BNS ``section`` is a lesser offence taken in by one of the ``chosen`` ones."""
    return bool(INCLUDED_IN.get(section, frozenset()) & chosen)


def ladder_of(act: str, section: str) -> str | None:
    """The grade ladder of a BNS section, or None where its act is not graded in rungs."""
    if act != "BNS":
        return None
    return next((name for name, rungs in GRADE_LADDERS.items() if section in rungs), None)

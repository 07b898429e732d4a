"""Robbery read from the taking and the force used for it, and snatching kept apart.

Every complaint here is invented. Theft is robbery when, in taking or carrying the thing
away, the offender causes or attempts hurt or restraint, or puts the victim in fear of
instant hurt (BNS 309(2)); a sudden grab with no more force than the grab is snatching (304).
"""

from datetime import date

import pytest

from afirgen.legal import SectionIdentifier
from afirgen.legal.facts import Fact, detect_facts

ROBBERY = ("BNS 309", "BNS 311")
SNATCHING = ("BNS 304",)

CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # struck, punched or pushed to get or keep the thing snatched
    (
        "Near the bus depot a boy on a scooter pulled my bag. When I held on to it he kicked me "
        "in the stomach and I fell, my elbow is bleeding. He rode off with the bag.",
        ROBBERY,
        SNATCHING,
    ),
    (
        "Mandi se lautte waqt ek ladke ne mera mobile jhapat liya. Maine uska haath pakda to "
        "usne mere munh par mukka maara, hont se khoon nikla, aur phone le kar bhaag gaya.",
        ROBBERY,
        SNATCHING,
    ),
    (
        "बाज़ार से लौटते समय एक लड़के ने मेरा पर्स छीन लिया। मैंने पर्स नहीं छोड़ा तो उसने मुझे "
        "धक्का देकर गिरा दिया और पर्स ले भागा।",
        ROBBERY,
        SNATCHING,
    ),
    # a sudden grab, or only a scratch from the jerk: snatching
    (
        "While I was walking to the temple a man on a bike pulled the chain from my neck and "
        "sped away. He did not show any weapon and nobody hurt me.",
        SNATCHING,
        ROBBERY,
    ),
    (
        "Station ke bahar ek ladke ne achanak mera phone jhapat liya aur bheed mein bhaag gaya.",
        SNATCHING,
        ROBBERY,
    ),
    (
        "A pillion rider pulled the chain off my mother's neck and they sped away. The jerk "
        "left her neck scratched.",
        SNATCHING,
        ROBBERY,
    ),
    # a weapon shown or held to the body to take the property
    (
        "Raat ko dukaan band karte waqt ek aadmi ne chaaku gardan pe rakha, phir drawer se 12,000 "
        "nikaal ke le gaya.",
        ROBBERY,
        ("BNS 303", *SNATCHING),
    ),
    (
        "Do ladkon ne rasta roka, ek ne katta taan kar kaha jo hai nikaal, aur mera purse le gaye.",
        ROBBERY,
        ("BNS 303", *SNATCHING),
    ),
    (
        "दो बदमाशों ने पिस्तौल दिखाकर मेरी चेन और मोबाइल ले लिए और भाग गए।",
        ROBBERY,
        ("BNS 303", *SNATCHING),
    ),
    (
        "Two men stopped my scooter, one held a knife to my neck and the other took my wallet.",
        ROBBERY,
        ("BNS 303", *SNATCHING),
    ),
    (
        "Three boys stopped my cycle, one showed me a knife, took my phone and cash.",
        ROBBERY,
        ("BNS 303", *SNATCHING),
    ),
    # money taken after a beating, told with a bare "took": taken, not paid over
    (
        "Late at night four youths barged into our shop, thrashed my brother with rods and "
        "took Rs 35,000 from the counter before running off.",
        ROBBERY,
        ("BNS 318",),
    ),
    (
        "Two men stopped me on the canal road, slapped me twice and then took 2,800 rupees "
        "and my watch.",
        ROBBERY,
        ("BNS 318",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_robbery_is_told_from_snatching_by_the_force_used_to_take(
    identifier: SectionIdentifier, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    result = identifier.identify(text, date(2025, 5, 10))
    charged = {f"{m.act} {m.section}" for m in result.sections}
    assert charged & set(wanted)
    assert not charged & set(unwanted)


def test_a_weapon_denied_or_a_petrol_pump_named_is_no_dangerous_weapon() -> None:
    facts = detect_facts(
        "The pillion rider pulled my chain and they left. Nobody threatened me or showed a "
        "knife. The petrol pump next to the spot has a CCTV camera."
    )
    assert Fact.DANGEROUS_WEAPON not in facts.findings
    assert Fact.WEAPON not in facts.findings


HANDED_OVER_AT_WEAPON_POINT = [
    "Outside the ATM a man came close, opened his jacket to show a knife tucked in his belt "
    "and told me to hand over the cash. I was terrified and gave him the Rs 9,000 I had "
    "just withdrawn. He walked off towards the bus stand.",
    "Godown band karte waqt do ladke aaye, ek ne katta nikal ke meri taraf kiya aur bola "
    "galle ki chaabi aur paisa. Maine darr ke 40 hazaar rupaye de diye.",
    "रात को दुकान बंद करते समय एक आदमी ने पिस्तौल दिखाकर कहा कि गल्ले का पैसा निकालो। "
    "मैंने डर के मारे 25,000 रुपये उसे दे दिए।",
]


@pytest.mark.parametrize("text", HANDED_OVER_AT_WEAPON_POINT)
def test_property_handed_over_at_weapon_point_is_robbery_not_extortion(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, date(2025, 5, 10))
    charged = {f"{m.act} {m.section}" for m in result.sections}
    assert "BNS 309" in charged
    assert "BNS 308" not in charged


def test_money_taken_as_an_advance_is_still_a_payment() -> None:
    facts = detect_facts(
        "The builder took Rs 1,50,000 as booking amount in March and has not started work."
    )
    assert Fact.PROPERTY_TAKEN not in facts.findings


def test_money_paid_with_a_knife_told_apart_is_not_handed_over_at_weapon_point() -> None:
    facts = detect_facts(
        "Last month he threatened my brother with a knife outside the tea stall. Since then we "
        "have kept away from him. Yesterday I paid the electrician Rs 2,000 for the wiring."
    )
    assert Fact.DELIVERED_AT_WEAPON_POINT not in facts.findings


def test_a_levy_paid_with_a_pistol_shown_stays_extortion(identifier: SectionIdentifier) -> None:
    text = (
        "Mohalle ka dabang Raju apne saathi ke saath dukaan par aaya aur bola har mahine "
        "das hazaar rangdari deni padegi warna dukaan jala denge. Usne pistol nikaal kar "
        "counter par rakh di. Darr ke maare maine das hazaar rupaye de diye."
    )
    charged = {
        f"{m.act} {m.section}" for m in identifier.identify(text, date(2025, 5, 10)).sections
    }
    assert "BNS 308" in charged
    assert "BNS 309" not in charged


def test_robbers_who_beat_without_a_weapon_cause_hurt_in_robbery(
    identifier: SectionIdentifier,
) -> None:
    # hurt caused in committing robbery is s. 309(6) whether or not a weapon was carried
    text = (
        "Shaam ko gali mein teen aadmiyon ne mujhe gira kar laaton se peeta, mera hoth "
        "phat gaya, aur meri jeb se 8,000 rupaye aur ghadi nikaal kar bhaag gaye."
    )
    refs = {f"{m.act} {m.reference}" for m in identifier.identify(text, date(2025, 5, 10)).sections}
    assert "BNS 309(6)" in refs
    assert not {"BNS 309(4)", "BNS 311", "BNS 115(2)"} & refs


@pytest.mark.parametrize(
    "text",
    [
        "Do ladkon ne mujhe rok kar meri jeb se purse nikaal liya aur bhaag gaye.",
        "स्टेशन के बाहर एक आदमी ने मेरी जेब से मोबाइल निकाल लिया।",
    ],
)
def test_a_thing_drawn_out_of_the_victims_pocket_is_taken(text: str) -> None:
    assert detect_facts(text).has(Fact.PROPERTY_TAKEN)


@pytest.mark.parametrize(
    "text",
    [
        "Maine apni jeb se 500 rupaye nikaal kar dukaandaar ko diye.",
        "मैंने जेब से पैसे निकाल कर किराया दिया।",
    ],
)
def test_money_drawn_out_of_ones_own_pocket_to_pay_is_no_taking(text: str) -> None:
    assert not detect_facts(text).has(Fact.PROPERTY_TAKEN)


def test_a_pocket_the_doer_did_not_draw_from_tells_no_taking() -> None:
    text = "बटुआ मुझसे गिरा था, उसने मेरी जेब से नहीं निकाला, पर मिलने के बाद रख लिया।"
    assert "मेरी जेब" not in " ".join(detect_facts(text).evidence(Fact.PROPERTY_TAKEN))

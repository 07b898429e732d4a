"""Joint liability, intimidation and hurt read from what the complaint tells of the act.

People who separated the quarrel or saw it are not two or more acting together; a threat
told only on another occasion, or denied, is no intimidation; a door beaten or a heart
attack is no hurt; collusion told as such is criminal conspiracy. Common intention adds
nothing beside a riot or a dacoity, nor to rashness; a threat of death or of fire is the
graver intimidation; a chain pulled off the neck is snatching; a relative spoken to is no
companion.
"""

from datetime import date

import pytest

from afirgen.legal import Identification, SectionIdentifier
from afirgen.legal.facts import Fact, detect_facts
from afirgen.legal.offences import common_intention_possible

AFTER_BNS = date(2025, 5, 10)


def bases(result: Identification) -> set[str]:
    return {f"{m.act} {m.section}" for m in result.sections}


@pytest.mark.parametrize(
    "text",
    [
        # People who stepped in to separate the two are not his companions.
        "Nal par line mein khadi thi tab padosi Mukesh ne mujhe thappad maara. Line mein "
        "khadi Sunita aur Reena ne beech-bachav kiya.",
        "नल पर लाइन में मुकेश ने मुझे थप्पड़ मारा। वहां खड़ी सुनीता और रीना ने बीच-बचाव किया।",
        # Neighbours who saw it are witnesses.
        "Padosi Sharma ne meri bike ka sheesha tod diya. Padosi Verma aur Gupta ne dekha hai.",
    ],
)
def test_several_people_named_but_one_doer_is_no_joint_liability(
    identifier: SectionIdentifier, text: str
) -> None:
    assert "BNS 3" not in bases(identifier.identify(text, AFTER_BNS)), text


@pytest.mark.parametrize(
    "text",
    [
        "Two men came on a red motorcycle near the mosque. The pillion rider tore the "
        "gold chain off my neck and they rode away.",
        "Raju and his brother Sonu came to my shop, held me by the collar and beat me with fists.",
        "मोहल्ले के दो लड़के आए। एक ने मेरे हाथ पकड़े और दूसरे ने मेरी जेब से पर्स निकाल लिया।",
    ],
)
def test_two_acting_together_at_the_scene_is_joint_liability(
    identifier: SectionIdentifier, text: str
) -> None:
    assert "BNS 3" in bases(identifier.identify(text, AFTER_BNS)), text


def test_a_phone_model_number_counts_no_accused() -> None:
    facts = detect_facts("My Samsung Galaxy A34 was stolen from my pocket in the bus.")
    assert facts.offenders is None
    numbered = detect_facts("A-1 Ramesh and A-2 Suresh beat me with sticks near the well.")
    assert numbered.offenders == 2


@pytest.mark.parametrize(
    "text",
    [
        # A threat denied with who and when between the word and its negation.
        "Mere saale ne do saal se udhaar nahi chukaya. Dhamki to usne kabhi nahi di, bas har "
        "baar agle mahine ka vaada karta hai.",
        # A list the negation opens.
        "The insurer has not settled my claim since March. Nobody there was rude or threatening "
        "on the phone; they only ask for more papers.",
        # A tenant who will not vacate threatens no one.
        "Kirayedar teen mahine se kiraya nahi de raha. Bolta hai ghar nahi chhodenge jab tak "
        "deposit wapas nahi milta.",
    ],
)
def test_no_threat_told_is_no_intimidation(identifier: SectionIdentifier, text: str) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.THREAT not in result.facts.findings, text
    assert "BNS 351" not in bases(result), text


def test_a_threat_told_only_on_another_occasion_is_background(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "A neighbour had threatened me last month during a parking row. On the night of 8 May "
        "someone poured petrol on my parked car and set it on fire."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 351" not in bases(result)
    again = (
        "He threatened me last month. Today he came to my shop and said he would kill me "
        "unless I took back my complaint."
    )
    assert "BNS 351" in bases(identifier.identify(again, AFTER_BNS))


@pytest.mark.parametrize(
    "text",
    [
        "Malik ko heart attack aa gaya, isliye catering nahi hui aur advance wapas nahi kiya.",
        "Raat 9 baje woh ghar aaya, darwaza peeta aur chillaya. Mere bachche dar gaye.",
        "Somebody hurled a brick at the ferry's cabin and cracked its glass. No traveller or "
        "staff member got hurt.",
        "Unhone Rekha se koi badtameezi nahi ki, na hi koi haath uthaya, bas afwaah faila "
        "rahe hain.",
    ],
)
def test_no_body_hurt_is_no_hurt(text: str) -> None:
    assert Fact.HURT not in detect_facts(text).findings, text


def test_a_threat_to_spare_no_one_is_still_a_threat() -> None:
    facts = detect_facts("Usne mujhe dhakka diya aur bola tujhe zinda nahi chhodunga.")
    assert Fact.THREAT in facts.findings
    assert Fact.THREAT in detect_facts("Jaate jaate bola tujhe nahi chhodenge.").findings


def test_abuse_of_a_body_or_a_power_is_no_insult() -> None:
    for text in (
        "The warden physically abused the children and abused his position to hide it.",
        "My husband has a problem of alcohol abuse and the bank manager committed abuse of power.",
    ):
        assert Fact.ABUSE not in detect_facts(text).findings, text
    assert Fact.ABUSE in detect_facts("He abused me in filthy language near the shop.").findings


@pytest.mark.parametrize(
    "text",
    [
        "The property dealer, in league with the sub-registrar's clerk, forged my signature on "
        "a sale deed and sold my plot to a buyer for Rs 30 lakh.",
        "दलाल और बैंक कर्मचारी की सांठगांठ से मेरे नाम पर फर्जी दस्तावेज बनाकर 5 लाख का लोन निकाल लिया गया।",
    ],
)
def test_an_agreement_told_as_such_is_criminal_conspiracy(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.CONSPIRACY in result.facts.findings, text
    assert "BNS 61" in bases(result), text


@pytest.mark.parametrize(
    ("offences", "possible"),
    [
        ({"118", "351"}, True),
        ({"318", "3"}, True),
        # an unlawful assembly and its rioting, or a dacoity, already take in the group
        ({"190", "191", "118"}, False),
        ({"310", "331"}, False),
        # rashness and negligence admit no shared intention
        ({"106", "281"}, False),
        ({"125"}, False),
        # ... unless an intentional offence is charged beside them
        ({"281", "115"}, True),
    ],
)
def test_common_intention_adds_to_intentional_offences_by_one_group(
    offences: set[str], possible: bool
) -> None:
    assert common_intention_possible(offences) is possible


def test_two_racing_drivers_share_no_intention(identifier: SectionIdentifier) -> None:
    text = (
        "Two young men were racing their motorcycles rashly on the highway at high speed. One "
        "of the motorcycles knocked down my father while he was crossing the road and he died "
        "in the hospital."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 106" in bases(result)
    assert "BNS 3" not in bases(result)


THREAT_OF_DEATH_OR_FIRE = [
    "He came to my house and said that unless I took back the complaint he would set my "
    "house on fire.",
    "The contractor threatened to burn down my shop if I complained again.",
    "Pappu bola agar paise maange to teri dukaan mein aag laga dunga.",
    "पड़ोसी सुरेश ने कहा कि शिकायत वापस नहीं ली तो तुम्हारे घर में आग लगा देंगे।",
    "Usne kaha ki zyada bola to yahin gaad denge aur tujhe zinda nahi jaane denge.",
    "They said that if we came back they would not let us go alive.",
]
PULLED_OFF_THE_PERSON = [
    "A young man came from behind near the bus stand, tore the gold chain from my neck "
    "and ran away.",
    "Main market se aa rahi thi, ek ladke ne peeche se aakar mere gale se chain kheench li "
    "aur bhaag gaya.",
    "बस स्टैंड पर एक लड़का आया और मेरे हाथ से पर्स खींच कर भाग गया।",
]


@pytest.mark.parametrize(
    ("text", "fact", "reference"),
    [(text, Fact.THREAT_TO_KILL, "BNS 351(3)") for text in THREAT_OF_DEATH_OR_FIRE]
    + [(text, Fact.SNATCHING, "BNS 304(2)") for text in PULLED_OFF_THE_PERSON],
)
def test_a_threat_of_death_or_fire_is_graver_and_a_chain_pulled_off_is_snatched(
    identifier: SectionIdentifier, text: str, fact: Fact, reference: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert fact in result.facts.findings, text
    assert reference in {f"{m.act} {m.reference}" for m in result.sections}, text


def test_a_fire_set_is_no_threat_of_fire() -> None:
    facts = detect_facts("Last night someone set my hay stack on fire and burnt it fully.")
    assert Fact.THREAT_TO_KILL not in facts.findings


@pytest.mark.parametrize(
    "text",
    [
        "Padosi Mukesh ne mujhe thappad maara. Shaam ko maine Mukesh aur uske pita se shikayat ki.",
        "राकेश ने मुझे थप्पड़ मारा। मैंने यह बात उसकी मां और उसके भाई को बताई।",
    ],
)
def test_a_relative_told_or_complained_to_is_no_companion(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.GROUP not in result.facts.findings, text
    assert "BNS 3" not in bases(result), text

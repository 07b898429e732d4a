"""Who acted together (3(5) BNS): a leader's followers named by a word of their own, and
the people a complaint counts who did not act (victims, the complainant's own family,
people who helped or saw it)."""

import pytest

from afirgen.legal.facts import detect_facts


@pytest.mark.parametrize(
    "text",
    [
        # A leader and his follower, named as such.
        "Ek baba aaya jiske saath uska chela Pintu tha, dono ne puja ke naam par zevar le liye.",
        "Ek aadmi Kallu aur uska saathi Bunty har hafte aakar dukaan se paise le jaate hain.",
        "एक बदमाश अपने गुर्गे के साथ आया और मेरी दुकान का शीशा तोड़ दिया।",
        "Sir, one man called Tiger came with his henchmen and snatched my phone.",
        # Two named, the verb after a comma.
        "Two of his boys, Mohan and Kishore, came to my cart and threw my fruit on the road.",
    ],
)
def test_a_leader_with_his_followers_is_two_or_more(text: str) -> None:
    assert detect_facts(text).two_or_more, text


@pytest.mark.parametrize(
    "text",
    [
        # Fellow victims of the same fraud.
        "The agent Raghav took my money for a visa. At least 4 other persons from my town "
        "were duped by him the same way.",
        # The complainant's own children, and boys the accused took away.
        "I have two sons aged 9 and 6. My neighbour Kamal broke my window with a stone.",
        "The contractor took six boys of our village to a factory in another state.",
        # Neighbours who saw it or helped.
        "Kundan ne mujhe dhakka diya. Several neighbours, including Mr. Pillai and Mrs. Rao, "
        "witnessed the incident.",
        "सोहन ने मुझे लाठी मारी। पड़ोसी मोहन और रीता देवी ने घटना देखी है।",
        "राकेश ने चाकू से वार किया। दुकानदार श्यामलाल और उनके नौकर ने मेरी मदद की।",
        # Those the accused took money from or threatened, marked by "se" / "ko".
        "Agent Pawan ne mujhse visa ke naam par paise liye, do aur ladkon se bhi liye.",
        "ठेकेदार रमेश ने मुझसे और तीन लोगों को नौकरी के नाम पर पैसे लेकर धोखा दिया।",
        # A "saathi" of the complainant, a colleague.
        "ड्राइवर ने मुझे मुक्का मारा। साथी सिपाही रामसिंह ने चालक को वहीं रोक लिया।",
        # Those who stand with the complainant: who carried the victim, who paid in too.
        "A lorry knocked my uncle down. I and three neighbours lifted him into a tempo.",
        "We, 40 villagers, gave our savings to the chit fund organiser Mohan, who vanished.",
        "मैंने और मोहल्ले के 12 और लोगों ने सुरेश के पास किस्तें जमा कीं, वह पैसा लेकर भाग गया।",
        # Whose things were taken, and the family the complainant lists.
        "Pata chala ki gali ke paanch chhe logon ka bhi sona wahi sunar le gaya.",
        "I and my people (my wife, our two daughters) worked at his farm; he shut them in a shed.",
        # A clause that ends in a verb, then someone who only told what he saw.
        "उसने ईंट फेंकी जिससे मेरे दो दाँत टूट गईं और डॉक्टर ने बताया कि ऑपरेशन होगा।",
    ],
)
def test_people_who_did_not_act_are_not_two_acting_together(text: str) -> None:
    assert not detect_facts(text).two_or_more, text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Each one after the first told by his tie to him, the last as "one ...".
        ("Mukund Rao, his nephew Tarak Ali and one Bhola came to our gate and threw stones.", 3),
        # Hinglish: the list acts with a verb in the plural.
        ("Dinesh, uska chhota bhai Suraj aur uski biwi Meena mujhe lathi se maarne lage.", 3),
        ("Kishan aur uska damaad Hemant tractor lekar mere khet mein ghus aaye.", 2),
        # Devanagari: the list, then "all four" or a verb in the plural.
        ("बलदेव, उसका बेटा विनोद, उसकी पत्नी सरोज और विनोद का दोस्त पवन, चारों लाठी लेकर आ धमके।", 4),
        ("हरिओम, उसके पिता रामदीन और मां गीता बहू से बार-बार पैसे की मांग करने लगे।", 3),
        # "N more" beside a named accused counts him too.
        ("Bhola Yadav aur 4-5 aur ladke lathi lekar aaye aur mere bhai ko peeta.", 5),
        ("रामसेवक और 6-7 और लोग फरसे लेकर खेत में आ गए और मेड़ काट दी।", 7),
        # Plural and regional words for the men who acted.
        ("Raat nu do munde bike te aaye te mera phone kho ke lai gaye.", 2),
        ("पेट्रोल पंप पर तीन नकाबपोश आए और कैश छीन लिया।", 3),
    ],
)
def test_how_many_acted_together_is_read_from_how_the_complaint_tells_them(
    text: str, count: int
) -> None:
    facts = detect_facts(text)
    assert facts.offenders == count, text
    assert facts.two_or_more, text


def test_a_list_of_relatives_the_accused_spoke_to_is_no_group() -> None:
    # Named by their tie, but those he turned to, not those who acted with him.
    text = "Ramdeen ne mujhe thappad maara. Maine Suresh, uske bhai Mohan aur Gita ko bataya."
    assert not detect_facts(text).two_or_more, text

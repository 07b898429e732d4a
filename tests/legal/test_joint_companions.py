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
        # A "saathi" of the complainant, a colleague.
        "ड्राइवर ने मुझे मुक्का मारा। साथी सिपाही रामसिंह ने चालक को वहीं रोक लिया।",
    ],
)
def test_people_who_did_not_act_are_not_two_acting_together(text: str) -> None:
    assert not detect_facts(text).two_or_more, text

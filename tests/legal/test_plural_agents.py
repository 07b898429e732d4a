"""Several people acting together, told by the grammar of the doers rather than a count.

A plural pronoun with an act against the complainant ("they slapped", "un logon ne ...
maara", "चारों ने"), a register-style "wa" between two named accused, a habit told in the
plural after two names, and a Devanagari list of in-laws each told by his tie to the
victim all show two or more acting; a quarrel among themselves, the complainant's own
side, and helpers who caught the culprit do not.
"""

import pytest

from afirgen.legal.facts import detect_facts


@pytest.mark.parametrize(
    "text",
    [
        "When my cousin refused to move the cart, they dragged him to the wall and kicked him.",
        "All four pinned the watchman down near the godown shutter.",
        "Kal raat un logon ne mere chhote bhai ko danday se peeta.",
        "बहस के बाद उन लोगों ने मेरे पिता को धक्का देकर गिरा दिया।",
        "Khet ki mend par chaaron ne milke mujhe gher liya. Phir charon ne lathi chalayi.",
        "मेले में तीनों ने दुकानदार का गल्ला उठाया।",
        "Tubewell par Jagpal Singh wa uska bhatija Monu aaye aur paani band kar diya.",
        "Shankar aur Dilip har hafte thele par aakar mujhse hafta maangte the.",
        "ब्याह के बाद पति दिनेश, ननद सुमन और देवर अंकित मेरी बहन को गहनों के लिए कोसते थे।",
        "मेरे ताऊ महेंद्र और चचेरे भाई गोलू ने मेरी साइकिल छीन ली।",
    ],
)
def test_a_plural_doer_is_two_or_more(text: str) -> None:
    assert detect_facts(text).two_or_more, text


@pytest.mark.parametrize(
    ("acted", "not_acted"),
    [
        # A quarrel among the two themselves.
        (
            "At the hand pump they slapped the old watchman twice.",
            "At the hand pump they quarrelled over their turn, and then they slapped each other.",
        ),
        # The complainant's own side.
        ("Teeno ne mera rasta roka.", "Hum teeno ne turant 112 par phone kiya."),
        ("तीनों ने मेरा रास्ता रोका।", "हम तीनों ने उसी वक्त पड़ोसियों को आवाज़ लगाई।"),
        # Those who caught the culprit.
        (
            "Bus mein un logon ne mujhe dhakka diya.",
            "Mele mein guard aur un logon ne jebkatre ko pakad kar police ko saunpa.",
        ),
    ],
)
def test_a_plural_doer_acts_against_the_complainant(acted: str, not_acted: str) -> None:
    assert detect_facts(acted).two_or_more, acted
    assert not detect_facts(not_acted).two_or_more, not_acted


@pytest.mark.parametrize(
    "text",
    [
        # Living, studying or meeting together is no acting together.
        "We studied together in Class 9 at the Kendriya Vidyalaya; last week he took my bike "
        "key and never returned the bike.",
        "After the get-together at the club my wallet was missing from my jacket.",
        "The three goats together are worth Rs 36,000 and were taken from the shed at night.",
        # The wife's in-laws told apart from the one who beat her.
        "My husband hit me with a steel glass. My in-laws live in Gwalior and have no part in it.",
    ],
)
def test_one_doer_beside_people_together_is_not_a_group(text: str) -> None:
    assert not detect_facts(text).two_or_more, text


@pytest.mark.parametrize(
    ("in_turn", "one_doer"),
    [
        (
            "At the bus depot Naveen punched me and his cousin kicked my knee.",
            "At the bus depot Naveen punched me and then Naveen kicked my knee.",
        ),
        (
            "My husband slapped me over the gas bill and my sister-in-law abused my parents.",
            "My husband slapped me over the gas bill and he abused my parents.",
        ),
    ],
)
def test_two_people_each_told_doing_harm_act_together(in_turn: str, one_doer: str) -> None:
    assert detect_facts(in_turn).two_or_more, in_turn
    assert not detect_facts(one_doer).two_or_more, one_doer

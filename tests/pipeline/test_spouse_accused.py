"""The one the victim was married to, named by the marriage, is an accused where the
complaint is about the marriage or blames them later; a spouse named in passing is not.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_hinglish_marriage_names_the_husband_who_beats_her() -> None:
    fields = extract(
        "Main Farzana, 29, Kareli. Meri shaadi 2019 me Javed Ansari se hui thi. Do saal se "
        "Javed roz sharab peekar mujhe maarta hai aur gaali deta hai."
    )
    assert accused_names(fields) == ["Javed Ansari"]
    assert fields.accused_count == 1


def test_an_english_marriage_names_the_son_in_law_beside_his_mother() -> None:
    fields = extract(
        "Sir, I am Kusum Lata. My daughter Ritu was married to Deepak Rawat in March 2022. "
        "Her mother-in-law Sarla keeps demanding a car and pushed her down the stairs last week."
    )
    assert set(accused_names(fields)) == {"Deepak Rawat", "Sarla"}
    assert fields.accused_count == 2


def test_a_devanagari_marriage_with_its_date_names_the_husband() -> None:
    fields = extract(
        "मैं कमला देवी, निवासी सिरसागंज। मेरी बेटी सीमा की शादी 5 मार्च 2021 को राकेश पुत्र "
        "हरिओम, निवासी टूंडला के साथ हुई थी। तभी से उसे दहेज के लिए परेशान किया जाता है।"
    )
    assert accused_names(fields) == ["राकेश"]


def test_a_marriage_told_in_passing_blames_no_spouse() -> None:
    fields = extract(
        "Main Sunita, Kalyanpur. Meri shaadi 2015 me Ramesh se hui thi, hum kiraye pe rehte "
        "hain. Kal raat padosi Kallu ne hamari gali me khadi cycle chura li."
    )
    assert "Ramesh" not in accused_names(fields)


def test_the_husband_named_by_the_marriage_is_counted_once() -> None:
    fields = extract(
        "I, Meena Joshi, was married to Anil Joshi in 2018. Since last year my husband beats "
        "me whenever he is drunk and took my salary."
    )
    assert accused_names(fields) == ["Anil Joshi"]
    assert fields.accused_count == 1


def test_a_husband_named_once_with_initials_is_one_accused() -> None:
    fields = extract(
        "I, Lavanya, married Ravichandran on 3 May 2016. My husband Mr. K. Ravichandran "
        "beats me and has thrown me out of the house."
    )
    assert accused_names(fields) == ["K. Ravichandran"]


def test_a_husband_working_far_away_is_no_name_of_a_place() -> None:
    fields = extract(
        "Main Kiran, gram Beri. Mere pati Punjab me kaam karte hain, main saas aur devar "
        "Monu ke saath rehti hoon. Kal Monu ne mera haath pakda aur dhamki di."
    )
    assert accused_names(fields) == ["Monu"]


def test_a_dewar_named_with_the_husband_is_one_more_accused() -> None:
    fields = extract(
        "Main Shalini, Morar. Pati Deepak, saas Kusum aur dewar Bittu mujhse car ki maang "
        "karte hain aur mana karne par maarte hain."
    )
    assert set(accused_names(fields)) == {"Deepak", "Kusum", "Bittu"}

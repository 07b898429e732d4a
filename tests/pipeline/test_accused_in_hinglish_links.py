"""Hinglish and English ways of telling who the accused are that read no one before.

A man "of the village" told plainly ("gaon ka Tinku", "गाँव का पप्पू, जो ...") is one the
complaint blames; "X and his partner Y", "X aur uske ladke Y" join two accused as "X and his
son Y" does; "the caller said ...", "driver fled" tell of one unnamed doer; "X s/o Y ne
maara" blames X, not his father.
Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_one_man_of_the_mohalla_told_plainly_is_the_accused() -> None:
    fields = extract(
        "Sahab mai Kusum Lata, 31, Naya Gaon. Mohalle ka Bittu Rana roz tuition jaate waqt "
        "mujhe ghoorta hai aur raste me gande ishare karta hai."
    )
    assert accused_names(fields) == ["Bittu Rana"]
    assert fields.accused_count == 1


def test_a_man_of_my_own_village_who_went_along_is_not_the_accused() -> None:
    fields = extract(
        "Main Jagdish, gaon Kheri se. Maine mandi me 40 bori gehun bechi, aadhat wale ne "
        "paisa nahi diya. Mere gaon ka Naresh Pal bhi us din mere saath mandi gaya tha."
    )
    assert accused_names(fields) == []


def test_a_moneylender_and_his_partner_are_both_accused() -> None:
    fields = extract(
        "My son took a loan of Rs 80,000 from Ganesh Pawar and his partner Dilip More. "
        "They came to our house daily, abused him and threatened to take the house."
    )
    assert sorted(accused_names(fields)) == ["Dilip More", "Ganesh Pawar"]
    assert fields.accused_count == 2


def test_a_neighbour_aur_uske_ladke_are_both_accused() -> None:
    fields = extract(
        "Kal shaam Ramkishan aur uske ladke Sonu se gali me gaadi lagane par bahas hui. "
        "Sonu ne lathi se mere sir par maara."
    )
    assert sorted(accused_names(fields)) == ["Ramkishan", "Sonu"]
    assert fields.accused_count == 2


def test_a_caller_who_threatened_is_one_accused() -> None:
    fields = extract(
        "On 2 March I got a WhatsApp call from an international number. Caller said he was "
        "from a gang and asked for Rs 10 lakh, else my shop would be burnt."
    )
    assert fields.accused_count == 1


def test_a_driver_who_fled_after_hitting_the_scooter_is_one_accused() -> None:
    fields = extract(
        "Yesterday at 9 pm a white SUV hit my scooter at the Sector 12 light. Driver fled "
        "towards the highway. My leg is fractured."
    )
    assert fields.accused_count == 1


def test_the_father_named_in_a_doers_patronymic_is_not_accused() -> None:
    fields = extract(
        "Kal raat 10 baje padosi Salim s/o Rashid Ahmed ne mujhe gaaliyan di aur jaan se "
        "maarne ki dhamki di."
    )
    assert accused_names(fields) == ["Salim"]
    assert fields.accused_count == 1


def test_a_devanagari_man_of_the_village_set_off_by_a_comma_is_the_accused() -> None:
    fields = extract(
        "गाँव का पप्पू यादव, जो शराब बेचता है, दो हफ्ते से मेरी बेटी का पीछा करता है और रास्ते में छेड़ता है।"
    )
    assert accused_names(fields) == ["पप्पू यादव"]
    assert fields.accused_count == 1


def test_a_devanagari_thing_of_the_village_is_no_accused() -> None:
    fields = extract("मैं रमेश, गाँव का पुराना आम का पेड़ किसी ने रात में काट दिया।")
    assert accused_names(fields) == []

"""A witness who is family, and a person named only on a paper, are no accused.

"Mera beta Rinku wahan tha, usne sab dekha" makes a witness as "my son Rinku saw it" does;
a deed or cheque "in the name of one Mrs. X" names whom the paper bears, not who cheated.
Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_son_who_saw_it_in_hinglish_is_a_witness_not_an_accused() -> None:
    fields = extract(
        "Main Bholaram. Kal shaam Mahavir Prasad ne mere khet me aake mujhe lathi se maara. "
        "Mera beta Rinku wahan tha, usne sab dekha aur mujhe bachaya."
    )
    assert accused_names(fields) == ["Mahavir Prasad"]
    assert [w.name for w in fields.witnesses] == ["Rinku"]


def test_the_name_a_forged_paper_bears_is_no_accused() -> None:
    fields = extract(
        "I, Sunita Rao, state that on 2 June 2025 one Prakash Menon showed me a sale deed in "
        "the name of one Mrs. Geeta Pillai, who he said was the owner, and took Rs 3,00,000 "
        "from me as advance. Prakash Menon cheated me."
    )
    assert accused_names(fields) == ["Prakash Menon"]


def test_sticks_held_in_their_hands_are_weapons() -> None:
    fields = extract(
        "Main Bholaram. Kal Mahavir aur Sanju aaye, dono ke haath me lathiyan thi, aur "
        "unhone mujhe peeta."
    )
    assert fields.weapons == ["lathiyan"]


def test_the_other_side_of_a_deal_named_after_their_work_is_the_accused() -> None:
    fields = extract(
        "I, Kamla Devi, r/o Ward 4, Sikar. We worked at a building site where thekedar "
        "Mr. Anil Shinde had engaged us at Rs 600 a day. He has not paid us for six weeks."
    )
    assert accused_names(fields) == ["Anil Shinde"]


def test_a_devanagari_contractor_is_named_but_a_driver_who_ran_off_names_nobody() -> None:
    fields = extract(
        "मैं रामसिंह, निवासी ग्राम धवर्रा। ठेकेदार सुरेश पाल ने मेरे काम के 14,500 रुपये अब तक नहीं चुकाए।"
    )
    assert accused_names(fields) == ["सुरेश पाल"]
    fields = extract("मैं रामसिंह, निवासी ग्राम धवर्रा। कार चालक गाड़ी लेकर भाग गया।")
    assert accused_names(fields) == []


def test_a_bank_manager_who_only_spoke_is_no_accused() -> None:
    fields = extract(
        "I, Ravi Menon, lost Rs 40,000 to a caller who asked for my OTP. The bank manager "
        "Mr. Dutta told me that the bank does not ask customers for an OTP on the phone."
    )
    assert accused_names(fields) == []


def test_our_own_driver_is_not_blamed_for_being_named() -> None:
    fields = extract(
        "Main Suresh Gupta. Hamare purane driver Manish ko pichhle mahine nikala tha. Kal raat "
        "godown se 20 bori chawal chori ho gaye."
    )
    assert accused_names(fields) == []


def test_the_son_of_a_named_neighbour_is_an_accused_in_hinglish() -> None:
    fields = extract(
        "Main Rukhsana, gaon Kheda. Padosi Shahid ka beta Salman roz mera peecha karta hai aur "
        "kal usne mujhe dhamki di."
    )
    assert "Salman" in accused_names(fields)


def test_kin_of_the_complainant_and_the_complainant_are_not_kin_of_an_accused() -> None:
    fields = extract(
        "Main Komal ka bhai Gaurav hoon. Komal ke pati Deepak ne usko kal maara. Mere bete ka "
        "dost Mohit wahan tha."
    )
    assert accused_names(fields) == ["Deepak"]


def test_a_devanagari_villager_and_his_brother_who_broke_in_are_both_accused() -> None:
    fields = extract(
        "मैं सुखराम, ग्राम बेलपुर। कल रात गाँव का ही बबलू साहू और उसका भाई छोटू साहू डंडा लेकर मेरे घर में घुस आए।"
    )
    assert accused_names(fields) == ["बबलू साहू", "छोटू साहू"]
    assert fields.accused_count == 2


def test_an_accused_named_short_is_written_by_the_fullest_spelling_given() -> None:
    fields = extract(
        "Main Ramu, gaon Bhairopur. Kal gaon ke hi Pintu Singh aur Lalji aaye. Pintu ne mujhe "
        "danda se maara."
    )
    assert "Pintu Singh" in accused_names(fields)
    assert "Pintu" not in accused_names(fields)


def test_the_name_others_call_a_described_man_by_names_him() -> None:
    fields = extract(
        'I, Ravi Menon, state that at the bar two bouncers, one whom the staff called "Sonu" '
        "and a bald man, dragged me out and punched me."
    )
    assert accused_names(fields) == ["Sonu"]


def test_the_name_of_one_of_two_boys_leaves_the_count_at_two_in_hinglish() -> None:
    fields = extract(
        "Main Ravi, Kanpur. Kal raat do ladke aaye, ek ka naam Pappu tha, unhone mera phone "
        "chheen liya."
    )
    assert accused_names(fields) == ["Pappu"]
    assert fields.accused_count == 2


def test_the_name_of_the_complainants_father_is_no_accused() -> None:
    fields = extract(
        "Main Ravi, mere pita ka naam Mohan Lal hai. Kal ek aadmi ne mujhe thappad maara."
    )
    assert accused_names(fields) == []


def test_the_owner_of_the_business_or_the_landlord_named_after_is_is_the_accused() -> None:
    fields = extract(
        "I, Ravi Iyer, r/o Kota. The landlord is Mr. K. Raghavan, about 65, who lives on the "
        "first floor. He has kept my deposit of Rs 50,000 and refuses to return it."
    )
    assert accused_names(fields) == ["K. Raghavan"]
    fields = extract(
        "I, Ravi Iyer. A leather unit owned by Mr. Irfan Siddiqui has been dumping waste in "
        "our village pond since August."
    )
    assert accused_names(fields) == ["Irfan Siddiqui"]


def test_a_numbered_list_of_accused_is_read_from_its_first_entry() -> None:
    fields = extract(
        "I, Ravi Iyer, file this complaint against (1) Mr. Nitin Khurana, owner of "
        "M/s Khurana Builders, who took Rs 5,00,000 from me for a plot he never gave."
    )
    assert accused_names(fields) == ["Nitin Khurana"]


def test_a_husband_named_in_the_introduction_is_no_accused_where_a_stranger_is_blamed() -> None:
    fields = extract(
        "मैं श्रीमती कविता देवी, पति श्री सुरेश कुमार, उम्र 31 वर्ष, निवासी ग्राम रामपुर हूँ। "
        "कल शाम गाँव का ही दीपक यादव मेरे रास्ते में आया और गाली दी।"
    )
    assert accused_names(fields) == ["दीपक यादव"]
    assert fields.complainant.relative_name == "सुरेश कुमार"


def test_a_husband_named_in_the_introduction_stays_where_the_marriage_is_complained_of() -> None:
    fields = extract(
        "मैं श्रीमती कविता देवी, पति श्री सुरेश कुमार, उम्र 31 वर्ष, निवासी ग्राम रामपुर हूँ। "
        "हमारी शादी 2019 में हुई थी, तब से दहेज के लिए पति द्वारा मारपीट की जाती है।"
    )
    assert accused_names(fields) == ["सुरेश कुमार"]


def test_a_place_after_a_role_word_is_no_accused() -> None:
    fields = extract(
        "Main Harpreet Kaur. Mere pati Canada vich kam karde ne. Kal raat Jaspal Singh ne "
        "mainu gaali ditti te dhakka maareya."
    )
    assert accused_names(fields) == ["Jaspal Singh"]


@pytest.mark.parametrize(
    "text",
    [
        "Main Sunita Yadav. Mere pati Ramesh Yadav bank mein clerk hain aur der se ghar aate "
        "hain. Kal dopahar padosi Sonu Baghel ne mujhe gali di aur thappad maara.",
        "I am Sunita Yadav. My husband Ramesh Yadav works in a mill at Surat. Yesterday our "
        "neighbour Sonu Baghel slapped me over the water tank.",
    ],
)
def test_the_complainants_husband_told_of_in_passing_is_no_accused(text: str) -> None:
    assert accused_names(extract(text)) == ["Sonu Baghel"]


def test_a_husband_who_beat_her_is_still_the_accused() -> None:
    fields = extract(
        "I am Sunita Yadav. My husband Ramesh Yadav works in a mill. Since last year he "
        "drinks and beats me almost every night."
    )
    assert accused_names(fields) == ["Ramesh Yadav"]


@pytest.mark.parametrize(
    "text",
    [
        "Bayan Kusum Lata, 45, gaon Bhatpura. Kal raat hamare ghar ki bhains koi khol ke le "
        "gaya, subah khoonta khali mila. Bayan Kusum Lata ne padh ke sahi kaha.",
        "Main Kusum Lata, 45. Dhaba pe kal raat mera purse gayab ho gaya. Waiter ne kaha ki "
        "usne kuch nahi dekha, Waiter ne mujhe chai di thi.",
    ],
)
def test_a_statement_heading_or_a_job_is_no_accused_name(text: str) -> None:
    assert accused_names(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Main Nazma Parveen, umar 37, Pilibhit road ki rehne wali hoon. Kal mera phone chori hua.",
         "female"),
        ("मैं हरिप्रसाद, उम्र 52, ग्राम सिरौली का रहने वाला हूँ। कल मेरी भैंस चोरी हो गई।", "male"),
    ],
)  # fmt: skip
def test_the_complainants_gender_is_read_from_where_they_say_they_live(
    text: str, gender: str
) -> None:
    assert extract(text).complainant.gender == gender

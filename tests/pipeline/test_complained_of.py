"""The person a complaint is about is the accused, where no words of a deed name anyone.

A debtor who "said he would pay", a tenant who "refused to vacate", a clerk who "kept the
fees": complaints tell of the one they are against without a word of violence. The
complainant's own people, a witness, an informant and an unknown doer are never picked.
Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_debtor_told_of_without_a_deed_is_the_accused() -> None:
    fields = extract(
        "I, Harish Bansal, state that in March 2025 I lent Rs 2,00,000 to Mr. Naveen Kalra "
        "for his business. Naveen Kalra promised to return it by June. He now refuses to "
        "take my calls."
    )
    assert accused_names(fields) == ["Naveen Kalra"]
    assert fields.accused_count == 1


def test_a_hinglish_tenant_who_will_not_pay_is_the_accused() -> None:
    fields = extract(
        "Sahab main Kamla Devi. Mera kirayedar Pawan Saini 8 mahine se kiraya nahi de raha. "
        "Pawan ne kaha ki ghar khali nahi karega."
    )
    assert accused_names(fields) == ["Pawan Saini"]
    assert fields.accused_count == 1


def test_a_devanagari_complaint_names_the_one_with_shri() -> None:
    fields = extract(
        "मैं सविता शर्मा निवेदन करती हूँ कि श्री दिनेश वर्मा ने मेरे प्लॉट की रजिस्ट्री के "
        "नाम पर 50,000 रुपये लिए। दिनेश वर्मा अब फोन नहीं उठाते।"
    )
    assert accused_names(fields) == ["दिनेश वर्मा"]


def test_the_complainants_own_son_and_an_informant_are_not_picked() -> None:
    fields = extract(
        "I, Rekha Joshi, report that my scooter was missing from the lane on Monday. My son "
        "Arjun Joshi said it was there at night. Mr. Kailash Rawat told me he saw nobody. "
        "I do not suspect anyone."
    )
    assert accused_names(fields) == []
    assert fields.accused_count is None


def test_a_word_the_complaint_also_writes_in_lower_case_is_no_name() -> None:
    fields = extract(
        "I, Rekha Joshi, went to the clinic. Doctor said the report was lost, and the doctor "
        "asked me to come again."
    )
    assert accused_names(fields) == []
    assert fields.accused_count is None


def test_a_doer_of_the_deed_is_still_preferred() -> None:
    fields = extract(
        "I, Harish Bansal, lent money to Mr. Naveen Kalra. Yesterday Mohit Arora slapped me "
        "outside the shop."
    )
    assert accused_names(fields) == ["Mohit Arora"]


def test_a_firm_is_not_the_person_complained_of() -> None:
    fields = extract(
        "I, Mohan Raj, proprietor of Sri Ganesh Textiles, state that Sri Ganesh Textiles has "
        "not received the cloth ordered. Mr. Kannan Velu, the agent, took Rs 80,000 as advance "
        "and said the goods were sent."
    )
    assert accused_names(fields) == ["Kannan Velu"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sir main Gopal Yadav. Mele me ek Chintu naam ka ladka meri jeb se 4,000 nikaal ke "
         "bhaga, logon ne pakda.", "Chintu"),
        ("I am Gopal Yadav. A man sold me a fake gold chain at the bus stand for Rs 9,000. "
         "He gave his name as Mukesh Tanwar.", "Mukesh Tanwar"),
        ("Main Gopal Yadav. Bus stand pe sone ki nakli chain 9,000 me bechi gayi, bechne "
         "wale ne apna naam Sukhbir Dhillon bataya tha.", "Sukhbir Dhillon"),
    ],
)  # fmt: skip
def test_a_person_the_complaint_gives_the_name_of_is_the_accused(text: str, name: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == [name]
    assert fields.accused_count == 1


def test_one_just_named_whom_the_next_sentence_goes_on_about_is_the_accused() -> None:
    fields = extract(
        "I am Gopal Yadav. Last month a used tractor was sold to me by Harnam Virk. He had "
        "told me the engine was new but it was rebuilt."
    )
    assert accused_names(fields) == ["Harnam Virk"]
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Main Gopal Yadav. Maine 2023 me 'Shyam Mobile Point' naam se dukaan kholi thi. Kal "
        "raat dukaan ka taala toota mila aur 12 phone gayab the.",
        "I am Gopal Yadav. I was travelling back from Barmer. He at the counter said the bus "
        "was cancelled, and my bag went missing on the platform.",
    ],
)
def test_a_shop_by_its_name_or_a_town_is_no_accused(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == []


def test_one_unnamed_doer_is_named_where_the_complaint_dwells_on_a_name() -> None:
    fields = extract(
        "I am Gopal Yadav. Mr. Harish Mehra runs a gym next to my shop and we had a dispute "
        "over parking. Since then Mr. Harish Mehra posts lies about my shop online. Last week "
        "a man came at night and pasted his posters on my shutter."
    )
    assert accused_names(fields) == ["Harish Mehra"]
    assert fields.accused_count == 1


def test_the_pronoun_after_a_capitalised_word_is_no_name() -> None:
    fields = extract(
        "I am Gopal Yadav, retired teacher. Rs 60,000 went from my pension account on Monday. "
        "Before that a KYC link came by SMS. After I did the KYC the money was gone."
    )
    assert accused_names(fields) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Complainant: Mohan Patil, 44\nDetails: Labourer Suresh Kewat who worked on my site "
         "had the godown key. Since Monday he has not come and the cement bags are missing.",
         "Suresh Kewat"),
        ("Sahab main Ramdin. Pichhle mahine trader Naresh Bansal mera 30 quintal gehun le gaya, "
         "paisa abhi tak nahi mila.", "Naresh Bansal"),
        ("Main Ramdin. Gali ke kone pe 'Sharma Kirana' wala Chintu bachon ko gutka bechta hai.",
         "Chintu"),
    ],
)  # fmt: skip
def test_one_brought_in_by_their_work_is_the_one_complained_of(text: str, name: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Statement of Ramdin, 52, autorickshaw driver, Kalyanpur. Today a bus hit my auto from "
        "behind near the depot; nobody was hurt.",
        "Main Ramdin. Kal raat meri dukaan ka taala toota mila aur 8,000 gayab the. My staff "
        "Gopal opened the shop in the morning and saw it.",
    ],
)
def test_the_complainants_own_work_or_staff_names_no_accused(text: str) -> None:
    assert accused_names(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("मैं रीना देवी। फैक्ट्री का सुपरवाइजर मनोज तिवारी कई दिन से मुझे गलत तरीके से छूता है।",
         "मनोज तिवारी"),
        ("मैं रामलाल। मजदूरी माँगने गया तो मालिक का मुंशी हरि वर्मा बोला पैसा नहीं मिलेगा, भाग जा।",
         "हरि वर्मा"),
    ],
)  # fmt: skip
def test_a_devanagari_name_after_a_role_is_the_one_complained_of(text: str, name: str) -> None:
    assert accused_names(extract(text)) == [name]


def test_one_devanagari_word_after_a_role_is_no_name() -> None:
    fields = extract("मैं रामलाल। मैंने अपनी फसल व्यापारी मंडी में बेची, पैसे अभी नहीं मिले।")
    assert accused_names(fields) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I, Nidhi Rawal, worked at a guest house in 2025. The manager Mr. Sumit Grover told me "
         "that I could earn more by sitting with guests at night; I refused and left.",
         "Sumit Grover"),
        ("Main Nidhi Rawal. Mr. Pankaj Dua ne kaha ki woh railway mein naukri lagwa dega, "
         "maine 2 lakh diye.", "Pankaj Dua"),
    ],
)  # fmt: skip
def test_one_who_told_a_promise_or_an_offer_is_no_informant(text: str, name: str) -> None:
    assert accused_names(extract(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "I, Meena Thakur, state that my niece takes tuition near the bus depot. Kunal "
            "Bhatia (about 24) waits at the corner daily and makes remarks when she passes. "
            "Her friends have seen Kunal Bhatia there.",
            "Kunal Bhatia",
            id="an age in brackets",
        ),
        pytest.param(
            "I, Ritesh Anand, booked a used fridge on OLX. Seller 'Farhan Qureshi' asked Rs "
            "4,000 in advance by UPI. After the payment Farhan Qureshi stopped answering.",
            "Farhan Qureshi",
            id="a role before a quoted name",
        ),
        pytest.param(
            "I, Sushma Pillai, run a tea stall at the depot. Last week Dilip Naik blocked the "
            "entrance of my stall with his cart. When I objected, Dilip Naik laughed at me.",
            "Dilip Naik",
            id="a deed after the name",
        ),
        pytest.param(
            "I, Prabha Menon, live on the ground floor. Mr. Tarun Gill of the upper flat pours "
            "dirty water into our courtyard every morning. We do not know why. Mr. Tarun Gill "
            "laughs and continues, pata nahi kyun.",
            "Tarun Gill",
            id="a detail not known, one singled out",
        ),
        pytest.param(
            "I, Leela Nair, sell sarees online. A buyer named 'Biju Thomas' took delivery of six "
            "sarees and said the payment had been sent. Biju Thomas has not paid the Rs 9,000.",
            "Biju Thomas",
            id="a name given with named",
        ),
        pytest.param(
            "Sir main Pooja Rana. Sadar Bazaar me Kamal Rawat ne meri dukaan ke aage apna thela "
            "laga diya aur hatane ko bola to gaali di. Kamal Rawat roz aisa karta hai.",
            "Kamal Rawat",
            id="a Hinglish 'me' (in) before the name is no 'I'",
        ),
    ],
)
def test_one_shown_to_be_a_person_is_the_accused(text: str, name: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == [name]
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sir main Ravi Tomar. Kal mele me bheed thi aur Sunil Bhati ne galti se mujhe dhakka de "
        "diya, woh turant sorry bhi bola. Mujhe kisi ke khilaaf koi shikayat nahi, yeh sirf "
        "jaankari ke liye hai.",
        "मैं सुरेश पाल सूचित करता हूँ कि मेरा भतीजा दीपक कल शाम घर नहीं लौटा था। आज सुबह पता चला "
        "कि रमेश यादव ने उसे रात अपने घर रोक लिया था क्योंकि बारिश तेज थी। कोई अपराध नहीं हुआ, "
        "गुमशुदगी की सूचना बंद की जाए।",
    ],
)
def test_a_report_that_says_no_offence_took_place_names_no_accused(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == []
    assert fields.accused_count is None

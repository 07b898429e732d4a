"""Property as the officer reads it in IF-1 items 9 and 10: each thing lost is an item of its
own, with its value where the complaint gives one; a stated total is the total, never an
item described by its own words ("कुल नुकसान", "Total loss"); a loan or a salary named in
passing is no property."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction.extract import extract_fields

Items = list[tuple[str, float | None]]


def _read(text: str) -> tuple[Items, float | None]:
    fields = extract_fields(text)
    items = [(item.description, item.value_inr) for item in fields.property]
    return items, fields.total_property_value_inr


@pytest.mark.parametrize(
    ("text", "items", "total"),
    [
        (
            "शाम को घर लौटे तो देखा कि बक्से से चांदी की पायल, दो अंगूठियाँ और 18,000 रुपये नकद "
            "गायब थे। कुल नुकसान करीब 95,000 रुपये का है।",
            [("चांदी की पायल", None), ("दो अंगूठियाँ", None), ("नकद", 18000.0)],
            95000.0,
        ),
        (
            "While we were at my sister's wedding, someone forced the back door and stole my "
            "mother's gold necklace, a pair of gold bangles and cash Rs 22,000 kept in the "
            "steel almirah. Total loss is about Rs 2,10,000.",
            [("mother's gold necklace", None), ("pair of gold bangles", None), ("cash", 22000.0)],
            210000.0,
        ),
        (
            "Hum mele se lautay to almari khuli thi. Chor jhumke, ghadi aur 7000 rupaye nakad le "
            "gaye. Kul milakar 65 hazar ka nuksaan hua hai.",
            [("jhumke", None), ("ghadi", None), ("nakad", 7000.0)],
            65000.0,
        ),
        (
            "Raat mein chor kitchen ki khidki tod kar laptop, mobile aur total 1.5 lakh ka maal "
            "le gaye.",
            [("laptop", None), ("mobile", None)],
            150000.0,
        ),
        (
            "On return I found that my wristwatch, a tablet and cash Rs 9,500 were missing. "
            "In all worth Rs 48,000.",
            [("wristwatch", None), ("tablet", None), ("cash", 9500.0)],
            48000.0,
        ),
    ],
)
def test_a_stated_total_is_the_total_and_the_things_listed_keep_their_own_items(
    text: str, items: Items, total: float
) -> None:
    assert _read(text) == (items, total)


def test_a_total_with_nothing_named_leaves_no_item_described_by_the_total() -> None:
    items, total = _read(
        "Chor darwaza tod kar ghar mein chori kar gaye. Kul nuksaan lagbhag 30,000 rupaye hai."
    )
    assert (items, total) == ([], 30000.0)


@pytest.mark.parametrize(
    ("text", "items", "total"),
    [
        (
            "The following were stolen from my shop:\n1. Silver coins, 40 g, Rs 4,000\n"
            "2. Mobile phone, Rs 12,000\n3. Cash Rs 6,500",
            [("Silver coins, 40 g", 4000.0), ("Mobile phone", 12000.0), ("Cash", 6500.0)],
            22500.0,
        ),
        (
            "The thief took my laptop along with Rs 3,000 cash and a bag containing my documents.",
            [("laptop", None), ("cash", 3000.0), ("bag", None), ("documents", None)],
            3000.0,
        ),
        (
            "Bike par aaye do ladkon ne mera purse jhapat liya jismein 2,500 rupaye the.",
            [("purse", None), ("2,500 rupaye", 2500.0)],
            2500.0,
        ),
        (
            "रात में चोर अलमारी से सोने के कंगन (कीमत लगभग 80,000 रुपये) और 5,000 रुपये नकद ले गए।",
            [("सोने के कंगन", 80000.0), ("नकद", 5000.0)],
            85000.0,
        ),
        (
            "Chor almari se chandi ki payal (keemat kareeb 9,000 rupaye) utha le gaye.",
            [("chandi ki payal", 9000.0)],
            9000.0,
        ),
    ],
)
def test_each_thing_in_a_list_is_its_own_item(text: str, items: Items, total: float) -> None:
    assert _read(text) == (items, total)


@pytest.mark.parametrize(
    ("text", "items", "total"),
    [
        (
            "I run a juice corner and borrowed Rs 1,20,000 as a loan to set it up. Last night my "
            "motorcycle worth Rs 55,000 was stolen from outside the shop.",
            [("motorcycle", 55000.0)],
            55000.0,
        ),
        (
            "Meri tankhwah 16,000 rupaye mahina hai. Kal bazaar mein kisi ne mera mobile chura "
            "liya, jiski keemat 9,000 rupaye thi.",
            [("mobile", 9000.0)],
            9000.0,
        ),
        (
            "मेरा वेतन 25,000 रुपये है। कल रात चोर मेरी साइकिल चुरा ले गए जिसकी कीमत 6,000 रुपये है।",
            [("साइकिल", 6000.0)],
            6000.0,
        ),
    ],
)
def test_a_loan_or_a_salary_named_in_passing_is_no_property(
    text: str, items: Items, total: float
) -> None:
    assert _read(text) == (items, total)


@pytest.mark.parametrize(
    "text",
    [
        "Thekedaar ne hume, meri behen, aur hamare do bhai - ek 17 saal ka Sonu aur 15 saal ka "
        "Monu - ko 5-5 hazar advance diya aur le gaya.",
        "They took my bag - a black one -  with Rs 2,000 and my  phone - Rs 9,000.",
    ],
)
def test_a_list_told_between_dashes_is_read_without_failing(text: str) -> None:
    fields = extract_fields(text, date(2025, 1, 10))

    for item in fields.property:
        assert item.description in text


@pytest.mark.parametrize(
    "text",
    [
        "Within five minutes Rs 18,000 was debited from my account.",
        "Maine darr ke maare usko 25,000 rupaye de diye.",
        "मैंने डर के मारे 12,000 रुपये उसके खाते में भेज दिए।",
    ],
)
def test_a_sum_whose_clause_names_no_thing_is_described_by_the_sum(text: str) -> None:
    ((description, _value),) = _read(text)[0]
    assert any(ch.isdigit() for ch in description)


@pytest.mark.parametrize(
    "text",
    [
        "पड़ोसियों ने बताया कि एक युवक उसे अपनी स्कूटी पर बैठाकर ले गया।",
        "Log batate hain ki Sonu use apni bike pe bitha ke le gaya.",
    ],
)
def test_the_vehicle_a_person_was_carried_off_on_is_not_property_taken(text: str) -> None:
    items, _ = _read(text)
    assert items == []


def test_a_weight_in_a_bracket_is_no_thing_the_thing_before_the_bracket_is() -> None:
    items, total = _read(
        "On the night of 3 March 2025 thieves broke into our house and took silver ornaments "
        "(two anklets and a waist chain, about 450 grams, worth Rs 38,000) from the box."
    )
    assert items == [("silver ornaments (two anklets and a waist chain, about 450 grams)", 38000.0)]
    assert total == 38000.0


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Thieves broke the lock of my godown and took a water pump worth Rs 18,000 and "
            "a drill machine worth Rs 7,000. I have lost Rs 25,000 in this theft.",
            25000.0,
        ),
        (
            "Dukaan se chor saamaan le gaye, nuksaan 51,000 ka hua hai (mixer 6,000, "
            "cooler 9,000, kapda 36,000).",
            51000.0,
        ),
        (
            "रात में कोई मेरे कमरे से 7,500 रुपये चुरा ले गया। सुबह उठकर देखा तो अलमारी के "
            "7,500 रुपये निकले हुए मिले।",
            7500.0,
        ),
        (
            "Amount lost: Rs 12,400. Details: the caller said he was from my bank and I shared "
            "the OTP, after which Rs 12,400 was debited from my account.",
            12400.0,
        ),
    ],
)
def test_a_sum_the_others_add_up_to_is_the_total_not_one_more_item(text: str, total: float) -> None:
    assert _read(text)[1] == total


def test_two_equal_payments_told_together_are_both_counted() -> None:
    text = (
        "He promised my son a job in the bank and I gave him Rs 60,000 in cash and Rs 60,000 "
        "by cheque; he has now vanished and the job was a fraud."
    )
    assert _read(text)[1] == 120000.0


@pytest.mark.parametrize(
    "text",
    [
        "Raat ko do ladkon ne rasta roka aur meri jeb se 6,500 rupaye aur ghadi nikaal li.",
        "दो लड़कों ने रास्ता रोका और मेरी जेब से 6,500 रुपये और घड़ी निकाल ली।",
    ],
)
def test_things_drawn_out_of_the_victims_pocket_are_items(text: str) -> None:
    assert [value for _, value in _read(text)[0]] == [6500.0, None]


def test_money_the_complainant_drew_out_to_pay_names_no_thing_taken() -> None:
    text = "मैंने अपने पर्स से किराया निकाल कर ऑटो वाले को दे दिया।"
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("निवेदन है कि प्रार्थी की तीन बकरियाँ, जिनकी कीमत लगभग 45,000 रुपये है, चोरी हो गईं।",
         "तीन बकरियाँ"),
        ("Prarthi ke do bail, jinki keemat 80,000 rupaye hai, raat ko chori ho gaye.", "do bail"),
    ],
)  # fmt: skip
def test_things_set_off_by_a_plural_relative_pronoun_are_described_by_themselves(
    text: str, description: str
) -> None:
    assert [described for described, _ in _read(text)[0]] == [description]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Card badal kar thag ne mere khate se 30,000 rupaye ATM se nikaale gaye.", 30000.0),
        ("Mere account me 30,000 rupaye the. Aadhaar wali copy tehsil se nikaali thi.", None),
    ],
)
def test_sums_drawn_out_are_taken_but_a_copy_drawn_from_an_office_is_not(
    text: str, value: float | None
) -> None:
    assert _read(text)[1] == value


@pytest.mark.parametrize(
    "text",
    [
        "My cycle was stolen from the school stand. Value of the cycle about Rs 9,000.",
        "My cycle was stolen from the school stand. The value of my cycle is Rs 9,000.",
    ],
)
def test_the_thing_after_value_of_is_the_item_with_or_without_is(text: str) -> None:
    assert _read(text)[0] == [("cycle", 9000.0)]


def test_a_thing_the_sentence_is_about_is_the_item_valued_after_its_weight() -> None:
    text = (
        "Two men on a scooter pulled my mangalsutra at the bus stop. The mangalsutra weighed "
        "12 grams and is worth about Rs 70,000."
    )
    assert _read(text)[0] == [("mangalsutra", 70000.0)]

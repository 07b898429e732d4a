"""Cleared people, the complainant's own phone, and property named before its value."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields
from afirgen.text.clearing import without_clearing

_DOWRY_HI = (
    "मैं अनीता गुप्ता, निवासी रामपुर। मेरे पति विनोद गुप्ता और ननद रीता गुप्ता दहेज के लिए "
    "मुझे मारते-पीटते हैं। मेरे ससुर श्री हरिप्रसाद जी ने कभी दहेज नहीं माँगा, उनसे मेरी "
    "कोई शिकायत नहीं है।"
)


def test_a_father_in_law_who_never_demanded_dowry_is_cleared_not_accused() -> None:
    fields = extract_fields(_DOWRY_HI, date(2025, 5, 2))
    assert [a.name for a in fields.accused] == ["विनोद गुप्ता", "रीता गुप्ता"]
    assert fields.accused_count == 2
    assert fields.cleared == ["हरिप्रसाद"]


def test_the_word_for_innocent_is_not_part_of_the_cleared_name() -> None:
    text = "मेरे पति दीपक जैन और देवर मनोज जैन मुझे प्रताड़ित करते हैं। मेरे जेठ श्री अजय जैन निर्दोष हैं।"
    fields = extract_fields(text)
    assert fields.cleared == ["अजय जैन"]
    assert "अजय जैन" not in [a.name for a in fields.accused]


_ENGLISH = "My husband Arun Nair and his brother Manoj Nair beat me for dowry. "
_HINGLISH = "Mere pati Arun aur devar Manoj dahej ke liye maarte hain. "


@pytest.mark.parametrize(
    "text",
    [
        _ENGLISH + "I have no complaint against my sister-in-law Kavita.",
        _ENGLISH + "My sister-in-law Kavita has nothing to do with it.",
        _ENGLISH + "My sister-in-law Kavita is innocent.",
        _ENGLISH + "My sister-in-law Kavita never harassed me.",
        _HINGLISH + "Nanad Kavita bekasoor hain.",
        _HINGLISH + "Nanad Kavita ne kabhi pareshan nahi kiya.",
        _HINGLISH + "Nanad Kavita ka koi lena dena nahi hai.",
        _HINGLISH + "Nanad Kavita ne kabhi dahej nahi maanga, unse koi shikayat nahi.",
    ],
)
def test_english_and_hinglish_clearing_phrases(text: str) -> None:
    fields = extract_fields(text)
    assert "Kavita" in fields.cleared
    assert "Kavita" not in [a.name for a in fields.accused]


def test_the_sections_step_reads_the_complaint_without_its_clearing_clauses() -> None:
    read = without_clearing(_DOWRY_HI)
    assert "ससुर" not in read and "हरिप्रसाद" not in read
    assert "ननद रीता गुप्ता दहेज के लिए" in read


def test_the_complainants_own_label_nearest_the_number_wins() -> None:
    text = "उसका फोन बंद आता है, मेरा मोबाइल 9425012345 है। कल मेरा पर्स चोरी हो गया।"
    assert extract_fields(text).complainant.phone == "9425012345"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Do ladke aaye aur mera Redmi Note 12 phone chheen kar bhaag gaye, jiski keemat "
            "18,000 thi.",
            "Redmi Note 12 phone",
        ),
        ("चोरों ने मेरी सोने की चेन छीन ली, जिसकी कीमत 45000 रुपये है।", "सोने की चेन"),
        (
            "बस में किसी ने मेरी जेब से मेरा वीवो मोबाइल फोन, जिसकी कीमत लगभग 14,500 रुपये है, निकाल लिया।",
            "वीवो मोबाइल फोन",
        ),
    ],
)
def test_a_value_after_which_or_jiski_describes_the_thing_taken(text: str, item: str) -> None:
    assert extract_fields(text).property[0].description == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Ek ladka meri ghadi le bhaaga. Ghadi 3 saal purani thi, keemat 6,000 rupaye.",
            "Ghadi 3 saal purani",
        ),
        ("उसने मेरा फोन छीन लिया। फोन दो महीने का था, कीमत 21,000 रुपये।", "फोन दो महीने"),
    ],
)
def test_the_verb_closing_a_described_thing_is_no_part_of_its_name(text: str, item: str) -> None:
    """ "thi" / "था" after the thing's measure is the verb of the clause, not the item."""
    assert extract_fields(text).property[0].description == item


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "At night thieves broke the locks and stole Rs 30,000 cash, gold earrings and a "
            "pair of silver anklets from the almirah.",
            [("cash", 30000.0), ("gold earrings", None), ("pair of silver anklets", None)],
        ),
        (
            "Chor almari se sone ki chain, chaandi ki payal aur 15,000 nakad le gaye.",
            [("sone ki chain", None), ("chaandi ki payal", None), ("nakad", 15000.0)],
        ),
        ("चोर अलमारी से सोने का हार और पायल चुरा ले गए।", [("सोने का हार", None), ("पायल", None)]),
        # a sum listed on its own is an item of its own; the thing keeps its model in brackets
        (
            "Two men took my mobile phone (Vivo Y28) and Rs 2,800 from my shirt pocket.",
            [("mobile phone (Vivo Y28)", None), ("Rs 2,800", 2800.0)],
        ),
        (
            "Do ladkon ne mera phone aur 3000 rupaye chheen liye.",
            [("phone", None), ("3000 rupaye", 3000.0)],
        ),
    ],
)
def test_each_thing_taken_is_an_item_with_or_without_a_value(
    text: str, items: list[tuple[str, float | None]]
) -> None:
    assert [(p.description, p.value_inr) for p in extract_fields(text).property] == items


def test_a_phone_taken_out_of_a_pocket_is_not_property_taken() -> None:
    assert extract_fields("It fell in the taxi after I took out my phone.").property == []


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "Subject: FIR against Bunty Rawat for assault. Sir, he punched me at the dhaba.",
            "Bunty Rawat",
            1,
        ),
        ("Accused: Mr. Amit Negi, TGT (Science). He misbehaved with my daughter.", "Amit Negi", 1),
        (
            "I request strict action against Sh. Kuldeep Singh, who filed a false FIR.",
            "Kuldeep Singh",
            1,
        ),
    ],
)
def test_the_person_a_complaint_is_made_against_is_the_accused(
    text: str, name: str, count: int
) -> None:
    fields = extract_fields(text, date(2025, 5, 2))
    assert [a.name for a in fields.accused if a.name] == [name]
    assert fields.accused_count == count


def test_a_friend_s_mother_is_no_mother_in_law() -> None:
    text = (
        "My friend Amit took my bike for two days saying his mother was ill and did not "
        "return it. When I asked, he abused me and his mother threatened to call the police."
    )
    fields = extract_fields(text, date(2025, 5, 2))
    assert not any(a.relation_to_victim == "mother-in-law" for a in fields.accused)
    married = "My husband and his mother beat me for dowry."
    roles = [a.relation_to_victim for a in extract_fields(married, date(2025, 5, 2)).accused]
    assert "mother-in-law" in roles


@pytest.mark.parametrize(
    "text",
    [
        "Do ladke bike par aaye. Do Ladke ne mujhe maara aur phone chheen liya.",
        "दो लड़कों ने मुझे मारा और मेरा फोन छीन लिया।",
    ],
)
def test_a_count_of_people_is_not_an_accused_s_name(text: str) -> None:
    fields = extract_fields(text, date(2025, 5, 2))
    assert [a.name for a in fields.accused if a.name] == []
    assert fields.accused_count == 2


_NEIGHBOURS = {
    "en": "My neighbours Vikram Chauhan and Sohan Chauhan beat me with sticks over a drain. ",
    "hinglish": "Mere padosi Vikram Chauhan aur Sohan Chauhan ne naali ke jhagde mein "
    "mujhe danda maara. ",
    "hi": "मेरे पड़ोसी विक्रम चौहान और सोहन चौहान ने नाली के झगड़े में मुझे डंडे से मारा। ",
}


@pytest.mark.parametrize(
    ("opening", "clearing"),
    [
        (_NEIGHBOURS["en"], "My husband was away at his office then; he is not involved in this."),
        (_NEIGHBOURS["hinglish"], "Mere pati ghar par nahi the, uska koi lena dena nahi hai."),
        (_NEIGHBOURS["hi"], "मेरे पति उस दिन गाँव गए हुए थे, इस झगड़े में उनका कोई हाथ नहीं है।"),
        (_NEIGHBOURS["hi"], "मेरे पति ने मुझे कभी परेशान नहीं किया।"),
    ],
)
def test_a_husband_cleared_but_never_blamed_is_listed_as_cleared(
    opening: str, clearing: str
) -> None:
    fields = extract_fields(f"I am Kamla Devi W/o Suresh Kumar. {opening}{clearing}")
    assert fields.cleared == ["Suresh Kumar"]
    assert [a.relation_to_victim for a in fields.accused if a.relation_to_victim] == ["neighbour"]
    assert "Suresh Kumar" not in [a.name for a in fields.accused]


@pytest.mark.parametrize(
    "text",
    [
        "Mere padosi Vikram Chauhan aur Sohan Chauhan ne mujhe maara. "
        "Mere pati ghar par nahi the, uska koi lena dena nahi hai.",
        "मेरे पड़ोसी विक्रम चौहान ने मुझे डंडे से मारा। मेरे पति बाहर गए हुए थे, इस मामले में उनका कोई हाथ नहीं है।",
        "My neighbour Vikram Chauhan hit me. My husband had gone to the market then; he had no "
        "hand in it.",
    ],
)
def test_the_sections_step_does_not_read_a_cleared_absent_husband(text: str) -> None:
    read = without_clearing(text)
    assert not any(word in read for word in ("pati", "पति", "husband"))
    assert "Vikram" in read or "विक्रम" in read


def test_a_place_phrase_after_a_name_is_not_part_of_the_name() -> None:
    text = (
        "मेरे पड़ोसी विनोद शर्मा और उसका भाई दिनेश शर्मा पानी की टंकी के पास झगड़ा करने लगे और दिनेश ने मुझे मारा।"
    )
    names = [a.name for a in extract_fields(text).accused]
    assert "दिनेश शर्मा" in names
    assert not any("पानी" in n for n in names)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Sohan hit me with a rod and broke my left wrist.", True),
        ("Sohan ne rod se maara, meri haddi toot gayi.", True),
        ("सोहन ने रॉड से मारा जिससे मेरे पैर की हड्डी टूट गई।", True),
        ("सोहन ने धक्का दिया पर हड्डी नहीं टूटी।", False),
        ("They broke the lock of the shop and took the cash.", False),
        ("Usne lathi se maara, mera haath toot gaya, plaster laga hai.", True),
        ("उसने डंडे से मारा जिससे मेरा सिर फट गया।", True),
        ("Dhakka diya par haath nahi toota.", False),
        ("Unhone darwaza tod diya aur mera dil toot gaya.", False),
    ],
)
def test_a_broken_bone_is_an_injury(text: str, reported: bool) -> None:
    assert bool(extract_fields(text).injuries) is reported


@pytest.mark.parametrize(
    "text",
    [
        "Raju Verma hit me with a stick. His cousin Ramesh Verma was standing there, "
        "but he is not involved in this.",
        "Raju Verma ne mujhe danda maara. Uska bhai Ramesh Verma wahan tha, "
        "uska koi lena dena nahi hai.",
        "राजू वर्मा ने मुझे डंडे से मारा। उसका भाई रमेश वर्मा भी वहीं खड़ा था, पर इस मारपीट में "
        "उसका कोई हाथ नहीं है।",
        "राजू वर्मा ने मुझे डंडे से मारा। रमेश वर्मा ने मुझे कभी परेशान नहीं किया।",
    ],
)
def test_someone_named_only_to_be_cleared_is_listed_as_cleared(text: str) -> None:
    fields = extract_fields(text)
    assert fields.cleared in (["Ramesh Verma"], ["रमेश वर्मा"])
    assert len(fields.accused) == 1 and fields.accused_count == 1


def test_the_person_whose_wife_is_cleared_is_not_cleared() -> None:
    text = (
        "Mukesh Thakur ne kulhadi se mere pati par waar kiya. Mukesh ki patni Anjali "
        "tab apne maayke mein thi, is jhagde mein uska koi haath nahi hai."
    )
    assert extract_fields(text).cleared == ["Anjali"]


def test_a_denial_that_the_act_was_repeated_clears_no_one() -> None:
    text = "Mohan Lal slapped my son twice. The others say Mohan Lal did not hit him again."
    fields = extract_fields(text)
    assert fields.cleared == []
    assert [a.name for a in fields.accused] == ["Mohan Lal"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Both were stolen from the car. The laptop is worth about Rs 62,000 and the "
            "tablet about Rs 18,000.",
            [("laptop", 62000.0), ("tablet", 18000.0)],
        ),
        (
            "Chor le gaye: ghadi ki keemat 8,000 rupaye aur camera lagbhag 30,000 rupaye.",
            [("ghadi", 8000.0), ("camera", 30000.0)],
        ),
        (
            "The two boys snatched Rs 3,000 and my watch worth Rs 7,500.",
            [("Rs 3,000", 3000.0), ("watch", 7500.0)],
        ),
    ],
)
def test_a_second_thing_valued_after_the_first_is_named_by_its_own_words(
    text: str, items: list[tuple[str, float]]
) -> None:
    found = extract_fields(text, date(2026, 3, 1)).property
    assert [(p.description, p.value_inr) for p in found] == items


def test_a_part_of_a_debt_paid_back_to_the_complainant_is_no_property_lost() -> None:
    text = (
        "Mr. Girish Nanda bought tiles worth Rs 1,20,000 from my shop on credit in March. "
        "He has paid Rs 30,000 and keeps delaying the balance."
    )
    found = extract_fields(text, date(2026, 6, 1)).property
    assert [(p.description, p.value_inr) for p in found] == [("tiles", 120000.0)]


def test_a_sum_the_complainants_son_paid_a_cheat_is_property_lost() -> None:
    text = "He paid Rs 25,000 to the travel agent for a visa, but the agent cheated him and fled."
    found = extract_fields(text, date(2026, 6, 1)).property
    assert [p.value_inr for p in found] == [25000.0]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Two men slapped me twice and took my purse with Rs 3,400 from my hand.", "purse"),
        ("They kicked him, pushed him down and snatched his bag containing Rs 12,000.", "bag"),
    ],
)
def test_a_sum_in_a_thing_taken_is_described_by_the_thing_not_the_blows_before(
    text: str, item: str
) -> None:
    assert extract_fields(text).property[0].description == item

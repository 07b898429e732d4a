"""Deterministic extraction: what an officer reviewing the draft would notice."""

from __future__ import annotations

import json
import re
from datetime import date, time
from pathlib import Path

import pytest

from afirgen.domain.fields import FirFields, missing_fields
from afirgen.pipeline.extraction import extract_fields, parse_amount
from afirgen.pipeline.extraction.vehicles import compact_plate

EVAL_SET = Path(__file__).resolve().parents[2] / "eval" / "dev" / "fields.jsonl"


def extract(text: str, reference: date | None = date(2025, 3, 20)) -> FirFields:
    return extract_fields(text, reference_date=reference)


def eval_lines() -> list[dict[str, object]]:
    with EVAL_SET.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_missing_phone_stays_empty_and_is_listed_as_missing() -> None:
    fields = extract("I, Ramesh Kumar S/o Mohan Lal, R/o 12 Civil Lines, Agra, report a theft.")

    assert fields.complainant.phone is None
    assert "complainant.phone" in missing_fields(fields)
    assert "complainant.name" not in missing_fields(fields)


def test_empty_complaint_fills_nothing_and_lists_every_required_field() -> None:
    fields = extract("")

    assert fields.complainant.name is None
    assert fields.occurrence.date_from is None
    assert fields.accused == []
    assert missing_fields(fields) == [
        "complainant.name",
        "complainant.relative_name",
        "complainant.address",
        "complainant.phone",
        "occurrence.date_from",
        "occurrence.time_from",
        "place",
        "accused",
    ]


def test_hindi_complaint_keeps_names_and_address_in_devanagari() -> None:
    fields = extract(
        "मैं कविता मिश्रा पत्नी श्री दिनेश मिश्रा, उम्र 39 वर्ष, निवासी मकान नंबर 27, सिगरा, "
        "वाराणसी की रहने वाली हूँ। कल शाम 7:45 बजे लक्सा मोड़ के पास दो युवक मेरी चेन "
        "छीनकर भाग गए। मो. ९८३९८७६५४३"
    )

    assert fields.complainant.name == "कविता मिश्रा"
    assert fields.complainant.relative_name == "दिनेश मिश्रा"
    assert fields.complainant.relation == "husband"
    assert fields.complainant.address == "मकान नंबर 27, सिगरा, वाराणसी"
    assert fields.complainant.phone == "9839876543"
    assert fields.place == "लक्सा मोड़ के पास"
    assert fields.occurrence.time_from == time(19, 45)


@pytest.mark.parametrize(
    ("written", "rupees"),
    [
        ("Rs 1.5 lakh", 150000),
        ("₹1.5 lakh", 150000),
        ("Rs. 1,20,000", 120000),
        ("25 hazaar", 25000),
        ("पच्चीस हजार", 25000),
        ("२५ हजार रुपये", 25000),
        ("45 thousand", 45000),
        ("dedh lakh", 150000),
        ("70,000 rupees", 70000),
        ("3 lakh 75 thousand", 375000),
        ("Rs 2 lakh 40 hazaar", 240000),
        ("तीन लाख साठ हजार रुपये", 360000),
        ("१ करोड़ २० लाख", 12000000),
    ],
)
def test_amounts_are_read_in_rupees(written: str, rupees: int) -> None:
    assert parse_amount(written) == rupees


def test_a_lakh_and_a_thousand_apart_are_two_sums() -> None:
    fields = extract(
        "Chor almari se 2 lakh, 30 hazaar ka mobile aur meri ghadi le gaye.", date(2025, 4, 5)
    )

    assert fields.total_property_value_inr == 230000


def test_kal_raat_10_baje_is_the_previous_day_at_22_00() -> None:
    fields = extract(
        "Kal raat 10 baje do ladke mera phone chheen kar bhaag gaye.", date(2025, 4, 5)
    )

    assert fields.occurrence.date_from == date(2025, 4, 4)
    assert fields.occurrence.time_from == time(22, 0)


def test_relative_date_without_reference_date_is_not_guessed() -> None:
    fields = extract("Yesterday at 9 pm my bag was stolen near the bus stand.", reference=None)

    assert fields.occurrence.date_from is None
    assert fields.occurrence.time_from == time(21, 0)
    assert "occurrence.date_from" in missing_fields(fields)


@pytest.mark.parametrize(
    "written",
    ["on 14/03/2025 at", "on 14.03.2025 at", "on 14 March 2025 at", "on March 14th, 2025 at",
     "on 14th March at", "on १४/०३/२०२५ at"],
)  # fmt: skip
def test_date_formats_give_the_same_day(written: str) -> None:
    fields = extract(f"Sir, {written} around 9:30 pm my phone was stolen.")

    assert fields.occurrence.date_from == date(2025, 3, 14)
    assert fields.occurrence.time_from == time(21, 30)


@pytest.mark.parametrize(
    ("written", "clock"),
    [
        ("सुबह 8 बजे", time(8, 0)),
        ("रात साढ़े नौ बजे", time(21, 30)),
        ("shaam 7 baje", time(19, 0)),
        ("dopahar 1 baje", time(13, 0)),
        ("around 7.45 am", time(7, 45)),
        ("at 23:10 hrs", time(23, 10)),
        ("quarter past 9 at night", time(21, 15)),
        ("about 8 in the morning", time(8, 0)),
    ],
)
def test_clock_times_take_the_part_of_the_day_into_account(written: str, clock: time) -> None:
    fields = extract(f"Aaj {written} chori hui.", date(2025, 3, 20))

    assert fields.occurrence.time_from == clock


def test_wedding_date_is_not_taken_as_the_occurrence_date() -> None:
    fields = extract(
        "My marriage to Arjun took place on 17 November 2021. On 6 February 2025 at about "
        "11 pm my husband hit me over dowry."
    )

    assert fields.occurrence.date_from == date(2025, 2, 6)
    assert fields.occurrence.time_from == time(23, 0)


def test_unknown_accused_are_counted_and_described_but_not_named() -> None:
    fields = extract(
        "On 11/03/2025 two unknown men on a grey scooter snatched my gold chain "
        "worth Rs. 52,000 near Rajouri Garden market."
    )

    assert fields.accused_count == 2
    assert [a.name for a in fields.accused] == [None]
    assert fields.accused[0].description == "two unknown men on a grey scooter"
    assert fields.total_property_value_inr == 52000
    assert fields.property[0].description == "gold chain"


def test_named_accused_and_their_companions_are_counted() -> None:
    fields = extract(
        "My neighbour Suresh Yadav and his son Raju came with two men and threatened me. "
        "My friend Kavita saw the incident."
    )

    assert [a.name for a in fields.accused] == ["Suresh Yadav", "Raju"]
    assert fields.accused_count == 4
    assert [w.name for w in fields.witnesses] == ["Kavita"]


def test_a_witness_is_not_made_an_accused() -> None:
    fields = extract(
        "My neighbour Sanjay Meena came with a lathi and threatened me. "
        "My neighbour Harpal Gill saw it happen."
    )

    assert [a.name for a in fields.accused] == ["Sanjay Meena"]
    assert "Harpal Gill" in [w.name for w in fields.witnesses]


def test_an_accused_named_with_and_without_his_alias_is_one_person() -> None:
    fields = extract(
        "My neighbour Pappu @ Pradeep came to my shop and beat me. "
        "The accused Pradeep also took my phone."
    )

    assert [a.name for a in fields.accused] == ["Pappu @ Pradeep"]
    assert fields.accused_count == 1


def test_a_witness_named_twice_is_listed_once_by_full_name() -> None:
    fields = extract("My friend Kavita saw the theft. Witness: Kavita Sharma.")

    assert [w.name for w in fields.witnesses] == ["Kavita Sharma"]


def test_the_fraudsters_number_is_not_the_complainants_phone() -> None:
    fields = extract(
        "A caller on 7896541230 asked me for the OTP. "
        "Rs. 84,500 was debited. My mobile number is 9945012378."
    )

    assert fields.complainant.phone == "9945012378"


def test_the_accused_persons_address_is_not_the_complainants() -> None:
    fields = extract(
        "I, Farhan Qureshi, S/o Anwar Qureshi, state that my salesman Javed Ansari, "
        "R/o Tolichowki, took away Rs. 1,85,000 in cash from the counter."
    )

    assert fields.complainant.address is None
    assert [a.name for a in fields.accused] == ["Javed Ansari"]


def test_dowry_demanded_is_not_property_lost() -> None:
    fields = extract(
        "My husband and his mother are demanding Rs. 5,00,000 as dowry. They took my "
        "gold ring worth Rs. 20,000."
    )

    assert fields.total_property_value_inr == 20000


def test_vehicle_numbers_are_normalised_and_chassis_numbers_ignored() -> None:
    fields = extract(
        "My motorcycle DL 3C AB 1234 (Chassis No. MD2A11CZ5KCA12345) was hit by a truck "
        "UP-78-CT-4590 and the car MH12AB1234 stopped."
    )

    assert fields.vehicles == ["DL3CAB1234", "UP78CT4590", "MH12AB1234"]


def test_weapons_are_reported_as_written_longest_name_first() -> None:
    fields = extract("उन्होंने लाठी-डंडों से हमला किया। Another hit me with an iron rod and a katta.")

    assert fields.weapons == ["लाठी", "डंडों", "iron rod", "katta"]


def test_delay_reason_only_when_the_complaint_explains_a_delay() -> None:
    explained = extract(
        "My phone was stolen on 1 March 2025. I did not report it earlier because I was "
        "in hospital."
    )
    silent = extract("My phone was stolen on 1 March 2025 near the market.")

    assert explained.delay_reason == ("I did not report it earlier because I was in hospital.")
    assert silent.delay_reason is None


def test_times_and_the_home_address_are_never_taken_for_the_scene() -> None:
    fields = extract(
        "I live at 22 Gulmohar Park, Bhopal. On 2 March 2025 at 9 pm someone stole my phone."
    )

    assert fields.complainant.address == "22 Gulmohar Park, Bhopal"
    assert fields.place is None


def test_hinglish_residence_is_not_mistaken_for_the_name() -> None:
    fields = extract(
        "Sir mera naam Dinesh Chauhan hai, main Raj Nagar, Meerut mein rehta hoon. "
        "Ghanta Ghar ke paas mera bag chheen liya."
    )

    assert fields.complainant.name == "Dinesh Chauhan"
    assert fields.complainant.address == "Raj Nagar, Meerut"
    assert fields.place == "Ghanta Ghar ke paas"


def test_husband_named_only_as_relative_is_the_accused_in_a_dowry_complaint() -> None:
    fields = extract(
        "My name is Nasreen Bano, wife of Salim Qureshi. My husband and his mother beat "
        "me for dowry."
    )

    assert [a.name for a in fields.accused if a.name] == ["Salim Qureshi"]
    assert fields.accused_count == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mera naam Pooja Rani hai, pati ka naam Manoj Verma. Mera pati aur saas Kamla Devi "
        "dahej ke liye pareshan karte hain. 3 March 2025 ko pati ne mujhe lathi se maara.",
        "मेरा नाम ममता है, पति का नाम राजेश कुमार। 4 मार्च 2025 को पति ने मुझे मारा और सास "
        "सरला देवी ने घर से निकाल दिया।",
    ],
)
def test_the_husband_blamed_as_pati_is_the_named_husband(text: str) -> None:
    fields = extract(text)

    husbands = [a.name for a in fields.accused if a.relation_to_victim == "husband"]
    assert husbands == [fields.complainant.relative_name], fields.accused
    assert fields.accused_count == 2


def test_a_named_husband_blamed_as_pati_is_counted_once() -> None:
    fields = extract(
        "Main Harpreet Kaur, d/o Balwant Singh, w/o Manjit Singh, age 29. Shaadi ke baad se "
        "saas Kuldeep Kaur aur pati taane dete the. 9 March 2025 ko Manjit Singh ne mujhe maara "
        "aur pati ne ghar se nikaal diya."
    )

    assert sorted(a.name for a in fields.accused if a.name) == ["Kuldeep Kaur", "Manjit Singh"]
    assert fields.accused_count == 2


def test_every_extracted_value_is_found_in_the_complaint() -> None:
    for line in eval_lines():
        text = str(line["text"])
        fields = extract(text, date.fromisoformat(str(line["reference_date"])))
        person = fields.complainant
        words = [
            *(person.name, person.relative_name, person.address, fields.place),
            *(fields.delay_reason, *fields.weapons, *fields.injuries),
            *(a.name for a in fields.accused),
            *(a.description for a in fields.accused),
            *(w.name for w in fields.witnesses),
            *(p.description for p in fields.property),
        ]
        for value in filter(None, words):
            assert value in text, (line["id"], value)
        for plate in fields.vehicles:
            assert plate in compact_plate(text), (line["id"], plate)
        if person.phone:
            assert person.phone in re.sub(
                r"\D", "", text.translate(str.maketrans("०१२३४५६७८९", "0123456789"))
            ), line["id"]


def test_a_place_told_for_something_else_is_not_the_scene() -> None:
    fields = extract(
        "Mera naam Kavita Joshi hai. Mera beta Noida ke ek college mein padhta hai. "
        "Kal raat kisi ne mere phone par dhamki bhari message bheji."
    )

    assert fields.place is None


def test_the_whole_scene_with_the_landmark_beside_it() -> None:
    fields = extract(
        "Kal shaam 7 baje main Nehru park ke peeche wale maidan mein, Shiv mandir ke paas, "
        "tehal raha tha tabhi do ladkon ne mera phone chheen liya."
    )

    assert fields.place == "Nehru park ke peeche wale maidan mein, Shiv mandir ke paas"


def test_a_named_shop_before_near_is_part_of_the_scene() -> None:
    fields = extract(
        "On 4 March 2025 at 6 pm I went to Lakshmi Saree Centre near Clock Tower market "
        "and my purse was stolen from my bag."
    )

    assert fields.place == "Lakshmi Saree Centre near Clock Tower market"


def test_an_efir_place_field_keeps_the_place_and_drops_its_date_and_time() -> None:
    fields = extract(
        "Name: Deepak Rawat\nPlace of theft: parking of City Centre mall, Sector 4\n"
        "Date/time: 02-03-2025, 14:00\nDetails: my scooter was stolen."
    )
    also = extract(
        "Name: Deepak Rawat\nDate/place: 02-03-2025, parking of City Centre mall, "
        "Sector 4, about 14:00\nDetails: my scooter was stolen."
    )

    assert fields.place == "parking of City Centre mall, Sector 4"
    assert also.place == "parking of City Centre mall, Sector 4"


def test_money_given_at_the_wedding_is_not_property_lost() -> None:
    fields = extract(
        "Meri shaadi 2023 mein hui thi, shaadi mein papa ne 3 lakh rupaye nakad aur gehne diye "
        "the. Ab mere pati aur saas roz maarte hain."
    )

    assert fields.total_property_value_inr is None


def test_a_rate_a_bill_a_note_and_a_demand_are_not_property_lost() -> None:
    fields = extract(
        "He took my order of 200 shirts at Rs 150 per piece and paid the bill of Rs 900 with "
        "two Rs 500 notes that were fake. Now he is asking Rs 50,000 to keep quiet."
    )

    assert fields.total_property_value_inr is None


def test_jewellery_from_the_wedding_that_was_stolen_is_property() -> None:
    fields = extract(
        "Kal raat chor ghar se shaadi mein mili sone ki chain chura le gaye, keemat 80,000 rupaye."
    )

    assert fields.total_property_value_inr == 80000


def test_a_devanagari_name_stops_before_pronouns_particles_and_the_honorific_ji() -> None:
    fields = extract(
        "मेरी शादी को दो साल हुए। मेरी सास सरला देवी मुझे रोज ताने देती है और पड़ोसी मोहन जी अक्सर झगड़ा करते हैं।"
    )

    assert [a.name for a in fields.accused if a.name] == ["सरला देवी", "मोहन"]


def test_the_one_named_as_doing_the_act_is_an_accused() -> None:
    fields = extract("Kal shaam khet ki mend par jhagda hua. Phir Kallu ne mujhe danda maara.")

    assert [a.name for a in fields.accused if a.name] == ["Kallu"]
    assert fields.accused_count == 1


def test_a_doer_named_from_a_counted_group_does_not_add_to_the_count() -> None:
    fields = extract(
        "Kal raat do ladke bike par aaye. Unme se Monu ne mera phone chheen liya. "
        "Someone hit me from behind."
    )

    assert [a.name for a in fields.accused if a.name] == ["Monu"]
    assert fields.accused_count == 2


def test_a_shop_named_in_the_complaint_is_not_an_accused() -> None:
    fields = extract(
        "I, Naresh Gupta, run a garment shop named Laxmi Vastra Bhandar at Sadar Bazar. On 2 "
        "March 2025 at night the shutter was broken and clothes were stolen."
    )

    assert fields.accused == [] and fields.accused_count is None


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (  # the value in the bracket is not part of the name
            "बाइक सवार ने मेरा मोबाइल फोन (ओप्पो, कीमत करीब 12,500 रुपये) छीन लिया।",
            "मोबाइल फोन",
        ),
        (  # the brand in the bracket is
            "A boy on a cycle snatched my purse (brown leather, Lavie) worth Rs 3,200.",
            "purse (brown leather, Lavie)",
        ),
        (  # the payer and the verb name no thing: the sum itself is the item
            "The agent took my papers. I paid him Rs 75,000 as a visa fee and he disappeared.",
            "Rs 75,000",
        ),
        (
            "Maine dar ke maare usko 15,000 rupaye de diye, phir bhi woh dhamkata raha.",
            "15,000 rupaye",
        ),
    ],
)
def test_an_item_is_described_by_the_thing_not_the_payer_or_half_a_bracket(
    text: str, description: str
) -> None:
    items = extract(text, date(2025, 5, 2)).property
    assert [item.description for item in items] == [description]


def test_the_spot_beside_a_landmark_runs_on_to_its_postposition() -> None:
    fields = extract(
        "Kal raat 9 baje Gandhi Chowk ke paas Shanti Dhaba par do logon ne mujhe maara."
    )

    assert fields.place == "Gandhi Chowk ke paas Shanti Dhaba"


def test_a_landmark_keeps_the_square_it_stands_at() -> None:
    fields = extract(
        "Last night around 8 pm he ran into me near the paan shop at Subhash Chowk and slapped me."
    )

    assert fields.place == "near the paan shop at Subhash Chowk"


def test_the_sentence_after_the_date_that_opens_with_the_spot_tells_the_scene() -> None:
    english = extract(
        "On 5 March 2025 around 7 pm I was coming back from the mela in an auto. "
        "Near village Rampura a crowd of men stopped the vehicle."
    )
    devanagari = extract(
        "कल दिनांक 17.03.2025 को सुबह पांच बजे मैं बाजार जा रहा था। "
        "मंदिर के सामने पुलिया के पास अचानक दो लोग आए।"
    )

    assert english.place == "Near village Rampura"
    assert devanagari.place == "मंदिर के सामने पुलिया के पास"


def test_our_lane_keeps_its_our() -> None:
    fields = extract("Kal subah 7 baje Mangal ne hamari gali me mere kutte ko zeher diya.")

    assert fields.place == "hamari gali"


def test_my_house_told_in_passing_does_not_make_the_home_address_the_scene() -> None:
    fields = extract(
        "I, Kamla Devi, R/o 14 Nehru Colony, Bhopal, state that my nephew wants my house. "
        "On 3 March 2025 at 6 pm a man called me from an unknown number and threatened me."
    )

    assert fields.place is None


def test_a_subject_line_theft_at_my_residence_makes_the_home_address_the_scene() -> None:
    fields = extract(
        "Sub: Theft at my residence\n\nSir,\nI, Kamla Devi, R/o 14 Nehru Colony, Bhopal, "
        "state that on 3 March 2025 at night thieves broke the lock and took my jewellery."
    )

    assert fields.place == "14 Nehru Colony, Bhopal"


def test_a_landmark_keeps_the_locality_written_after_its_comma() -> None:
    fields = extract(
        "On 2 March 2025 my purse was stolen at Shri Ram Mandir, Mankapur during the aarti."
    )

    assert fields.place == "Shri Ram Mandir, Mankapur"

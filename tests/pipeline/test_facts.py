"""Facts an officer can sign: dates and times as written, negation, roles, doubts shown.

Every complaint here is written for these tests (English, Hinglish, Devanagari).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from afirgen.domain import SessionData, Source
from afirgen.domain.fields import FirFields
from afirgen.pipeline.compose import compose_narrative, compose_summary
from afirgen.pipeline.extraction import extract_fields

FRIDAY = date(2025, 6, 20)  # the day the complaints below are made


def read(text: str, reference: date | None = FRIDAY) -> FirFields:
    return extract_fields(text, reference)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Today I am writing to report that on 12/06/2025 my purse was stolen.", date(2025, 6, 12)),
        (
            "Aaj main report likhwa raha hoon. 15 June ko meri bike chori ho gayi.",
            date(2025, 6, 15),
        ),
        ("आज मैं शिकायत दे रहा हूँ। ११ जून २०२५ को मेरा फोन चोरी हुआ।", date(2025, 6, 11)),
        ("Kal raat, yaani 17 tarikh ko, mera phone chheen liya gaya.", date(2025, 6, 17)),
    ],
)
def test_a_calendar_date_wins_over_today_and_yesterday(text: str, day: date) -> None:
    assert read(text).occurrence.date_from == day


def test_yesterday_that_disagrees_with_the_date_is_shown_to_the_officer() -> None:
    text = "Kal raat, yaani 17 tarikh ko, mera phone chheen liya gaya."
    fields = read(text)

    assert len(fields.doubts) == 1
    assert "17.06.2025" in fields.doubts[0] and "19.06.2025" in fields.doubts[0]
    assert "To confirm:" in compose_summary(fields, text)


def test_yesterday_that_agrees_with_the_date_raises_no_doubt() -> None:
    assert read("Yesterday, 19 June 2025, my phone was stolen.").doubts == []


def test_a_weekday_that_does_not_match_the_date_is_a_doubt() -> None:
    wrong = read("On Monday, 17 June 2025 my scooter was stolen from the market.")
    right = read("सोमवार दिनांक 16.06.2025 को मेरा स्कूटर चोरी हुआ।")

    assert wrong.occurrence.date_from == date(2025, 6, 17)
    assert "Tuesday" in wrong.doubts[0]
    assert right.occurrence.date_from == date(2025, 6, 16) and right.doubts == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Last Sunday two men broke into my shop.", date(2025, 6, 15)),
        ("Parso mere ghar mein chori hui.", date(2025, 6, 18)),
        ("Do din pehle mera mobile chori hua.", date(2025, 6, 18)),
        ("पिछले सोमवार मेरी चेन छीन ली गई।", date(2025, 6, 16)),
        ("तीन दिन पहले मेरी साइकिल चोरी हो गई।", date(2025, 6, 17)),
    ],
)
def test_relative_dates_resolve_against_the_reporting_date(text: str, day: date) -> None:
    assert read(text).occurrence.date_from == day


def test_relative_date_without_a_reporting_date_stays_empty() -> None:
    assert read("Parso mere ghar mein chori hui.", None).occurrence.date_from is None


@pytest.mark.parametrize(
    "text",
    [
        "Between 10 June 2025 and 14 June 2025, while we were away, our house was burgled.",
        "We left for Jaipur on 10.06.2025 and came back on 14.06.2025 to find the lock broken.",
        "१० जून २०२५ से १४ जून २०२५ के बीच हमारे घर में चोरी हुई।",
    ],
)
def test_a_range_fills_both_ends_of_the_window(text: str) -> None:
    occurrence = read(text).occurrence

    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 6, 10), date(2025, 6, 14))


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("दिनांक १२ जून २०२५ को", date(2025, 6, 12)),
        ("12 agast 2024 ko", date(2024, 8, 12)),
        ("३ मार्च को", date(2025, 3, 3)),
    ],
)
def test_hindi_months_and_devanagari_numerals(written: str, day: date) -> None:
    assert read(f"{written} mere ghar mein chori hui.").occurrence.date_from == day


@pytest.mark.parametrize(
    ("written", "clock"),
    [
        ("parso subah saade saat baje", time(7, 30)),
        ("15 June ko raat ko lagbhag 11 baje", time(23, 0)),
        ("पिछले सोमवार शाम 5 बजे", time(17, 0)),
        ("last Sunday at quarter past nine in the evening", time(21, 15)),
        ("on 12 June 2025 at half past six in the morning", time(6, 30)),
    ],
)
def test_times_written_in_words(written: str, clock: time) -> None:
    assert read(f"Aaj report de raha hoon. {written} chori hui.").occurrence.time_from == clock


def test_a_part_of_the_day_alone_is_not_a_clock_time() -> None:
    assert read("Do din pehle shaam ko mera mobile chori hua.").occurrence.time_from is None


def test_the_day_of_reporting_beside_the_date_is_no_doubt() -> None:
    fields = read("Today I am writing to report that on 12/06/2025 my purse was stolen.")

    assert fields.doubts == []


def test_today_alone_is_the_day_of_the_occurrence() -> None:
    fields = read("Aaj subah 8 baje meri chain chheen li gayi, main report likhwana chahti hoon.")

    assert (fields.occurrence.date_from, fields.occurrence.time_from) == (FRIDAY, time(8, 0))


@pytest.mark.parametrize(
    "denial",
    [
        "Nobody was hurt.",
        "Mujhe koi chot nahi aayi.",
        "mujhe chot nahi lagi.",
        "मुझे कोई चोट नहीं आई।",
        "I was not injured.",
        "They left without injuring anyone.",
    ],
)
def test_a_denied_injury_is_no_injury_and_the_narrative_does_not_report_one(denial: str) -> None:
    text = f"Two men snatched my phone near the bus stand yesterday. {denial}"
    fields = read(text)

    assert fields.injuries == []
    assert "Injur" not in compose_narrative(fields, text, [])


@pytest.mark.parametrize(
    "injury",
    [
        "He hit me with a rod and I got injured and could not walk.",
        "Mere sir par chot lagi aur khoon nikla.",
        "मेरे सिर में चोट आई।",
        # a graze is an injury too
        "I fell on the road and scraped my knee.",
        "Dhakke se gir gayi, kohni par kharonch aa gayi.",
        "धक्का लगने से मेरे हाथ पर खरोंच आई।",
    ],
)
def test_a_stated_injury_is_reported(injury: str) -> None:
    text = f"Yesterday my neighbour attacked me. {injury}"
    fields = read(text)

    assert len(fields.injuries) == 1
    assert "Injuries are reported" in compose_narrative(fields, text, [])


def test_the_narrative_says_what_was_done_and_to_what() -> None:
    text = (
        "On 14 June 2025 at night, while we were away, the lock of our house was broken "
        "and a gold necklace worth Rs 90,000 was taken."
    )
    narrative = compose_narrative(read(text), text, ["Section 305(a) BNS", "Section 331(4) BNS"])

    assert "house-breaking" not in narrative or "gold necklace" in narrative
    assert "gold necklace valued at Rs. 90,000 was stolen" in narrative
    assert "acts complained of" not in narrative


def test_an_unrecognised_act_is_told_in_the_complainants_words() -> None:
    text = "On 14 June 2025 my tenant Mohan Lal poured oil on my stairs so that I would fall."
    narrative = compose_narrative(read(text), text, [])

    assert "acts complained of" not in narrative
    assert "poured oil on my stairs" in narrative


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Thieves took my gold chain, 22 g, Rs 1,45,000 and a mobile phone worth Rs 15,000.",
            [("gold chain, 22 g", 145000), ("mobile phone", 15000)],
        ),
        (
            "चोर मेरी सोने की अंगूठी जिसकी कीमत 30,000 रुपये है और 5000 रुपये नकद ले गए।",
            [("सोने की अंगूठी", 30000), ("नकद", 5000)],
        ),
    ],
)
def test_each_item_keeps_its_description_and_value_apart(
    text: str, items: list[tuple[str, float]]
) -> None:
    fields = read(text)

    assert [(p.description, p.value_inr) for p in fields.property] == items
    assert not any(p.description.startswith(("Rs", "₹")) for p in fields.property)


@pytest.mark.parametrize(
    "passing",
    [
        "Last year I took a Rs 3,50,000 loan from the cooperative bank.",
        "Meri salary 18,000 rupaye mahina hai.",
        "हम 6000 रुपये किराया देते हैं।",
    ],
)
def test_a_loan_salary_or_rent_mentioned_in_passing_is_not_stolen_property(passing: str) -> None:
    fields = read(f"Yesterday my mobile phone worth Rs 12,000 was stolen from my shop. {passing}")

    assert fields.total_property_value_inr == 12000


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour shouted at me over the Rs 500 parking charge and threatened to kill me.",
        "Padosi ne 2,000 rupaye ke jhagde mein mujhe gaali di aur dhamki di.",
        "पड़ोसी ने 300 रुपये के झगड़े पर मुझे गालियाँ दीं और मार डालने की धमकी दी।",
    ],
)
def test_a_sum_named_in_a_quarrel_is_no_lost_property(text: str) -> None:
    assert read(text).total_property_value_inr is None


@pytest.mark.parametrize(
    "text",
    [
        "Bike par aaye ladke ne mera mangalsutra kheench liya. Mangalsutra 40 hazaar ka tha.",
        "The following items were taken:\nGold ring Rs 25,000",
        "मेरे खाते से ₹40,000 निकल गए।",
    ],
)
def test_a_sum_said_lost_is_property(text: str) -> None:
    assert read(text).total_property_value_inr in (40000, 25000)


@pytest.mark.parametrize(
    ("text", "accused", "cleared"),
    [
        (
            "My husband Rakesh and my mother-in-law Kamla beat me for dowry. "
            "My father-in-law Ram Lal never harassed me.",
            {"Rakesh", "Kamla"},
            "Ram Lal",
        ),
        (
            "मेरे पति राकेश और सास कमला ने दहेज के लिए मुझे मारा। "
            "मेरे ससुर श्री रामलाल ने कभी मुझे परेशान नहीं किया।",
            {"राकेश", "कमला"},
            "रामलाल",
        ),
        (
            "Mere pati Suresh aur devar Mahesh roz maarte hain. Sasur Dinesh ne kabhi pareshan "
            "nahi kiya.",
            {"Suresh", "Mahesh"},
            "Dinesh",
        ),
    ],
)
def test_a_relative_the_complainant_clears_is_never_an_accused(
    text: str, accused: set[str], cleared: str
) -> None:
    fields = read(text)

    assert {a.name for a in fields.accused} == accused
    assert fields.accused_count == len(accused)
    assert fields.cleared == [cleared]
    assert f"no allegation against {cleared}" in compose_narrative(fields, text, [])


def test_a_clause_that_only_says_someone_was_away_clears_nobody() -> None:
    fields = read("My husband Rakesh was not at home when his brother Mahesh beat me.")

    assert fields.cleared == []


def test_a_witness_is_never_an_accused() -> None:
    text = "My neighbour Anil Verma saw three young men carrying bags out of our house."
    fields = read(text)

    assert [w.name for w in fields.witnesses] == ["Anil Verma"]
    assert all(a.name != "Anil Verma" for a in fields.accused)
    assert fields.accused_count == 3


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("My husband Rakesh Kumar beat me with a belt.", "husband"),
        ("Mere padosi Salim ne mujhe gaali di aur dhamki di.", "neighbour"),
        ("My landlord Mohan Das threw my belongings out.", "landlord"),
        ("मेरी सास कमला देवी ने मुझे घर से निकाल दिया।", "mother-in-law"),
    ],
)
def test_the_accuseds_relation_to_the_victim_is_recorded(text: str, relation: str) -> None:
    assert [a.relation_to_victim for a in read(text).accused] == [relation]


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("He struck my shoulder with an iron rod.", ["iron rod"]),
        ("Woh log lathi lekar aaye aur maarne lage.", ["lathi"]),
        ("उसने चाकू दिखाकर मेरा पर्स छीन लिया।", ["चाकू"]),
        ("I was wearing my seat belt when the truck hit my car from behind.", []),
        ("The thieves climbed over the brick wall at the back of the house.", []),
        ("They came without any weapon and pushed me.", []),
        (  # one weapon told twice in two forms is one weapon
            "Dono ke haath me dande the, unhone mujhe dandon se peeta aur ek ne chaku dikhaya.",
            ["dande", "chaku"],
        ),
        ("वे लाठियां लेकर आए और लाठियों से मेरे पिता को मारा।", ["लाठियां"]),
    ],
)
def test_a_weapon_is_one_the_complaint_says_was_used(text: str, weapons: list[str]) -> None:
    assert read(text).weapons == weapons


def test_a_span_of_days_fills_both_ends() -> None:
    occurrence = read("27-28 May 2025 ki raat ko hamari bhains chori ho gayi.").occurrence

    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 5, 27), date(2025, 5, 28))


def test_a_house_number_written_like_a_date_is_not_the_occurrence() -> None:
    text = "I, K. Rao, R/o H.No. 10-3-45, Ameerpet, report that on 14.06.2025 my phone was stolen."

    assert read(text).occurrence.date_from == date(2025, 6, 14)


def test_a_birth_date_in_hinglish_is_not_the_occurrence() -> None:
    text = "Meri beti ka janm 2 November 2010 ka hai. 15 June 2025 ko woh ghar se gayab ho gayi."

    assert read(text).occurrence.date_from == date(2025, 6, 15)


def session_for(text: str, station: str | None, district: str | None) -> SessionData:
    data = SessionData(
        source=Source(text=text),
        station=station,
        district=district,
        reported_at=datetime(2025, 6, 20, 11, 0, tzinfo=UTC),
    )
    data.fields = read(text)
    data.refresh_missing_fields()
    return data


def test_a_late_report_without_a_reason_lists_the_delay_reason() -> None:
    late = session_for("On 2 June 2025 my bicycle was stolen from the market.", "Kotwali", "Agra")
    prompt = session_for("Kal raat meri cycle chori ho gayi.", "Kotwali", "Agra")

    assert "delay_reason" in late.missing_fields
    assert "delay_reason" not in prompt.missing_fields


def test_a_late_report_that_explains_the_delay_needs_nothing_more() -> None:
    text = (
        "On 2 June 2025 my bicycle was stolen from the market. I could not report earlier "
        "because I was admitted in hospital."
    )

    assert "delay_reason" not in session_for(text, "Kotwali", "Agra").missing_fields


@pytest.mark.parametrize(
    "reason",
    [
        "My mother was in the ICU for a week and so I could not come to the station.",
        "Main shaadi mein baahar gaya tha, isliye thane nahi aa saka.",
        "मेरे पति बीमार थे, इसलिए रिपोर्ट लिखाने में देरी हुई।",
    ],
)
def test_a_reason_told_before_the_words_of_delay_is_the_delay_reason(reason: str) -> None:
    text = f"On 2 June 2025 my bicycle was stolen from the market. {reason}"

    session = session_for(text, "Kotwali", "Agra")
    assert "delay_reason" not in session.missing_fields
    assert session.fields.delay_reason == reason


def test_the_station_header_and_time_of_occurrence_are_listed_when_absent() -> None:
    data = session_for("Kal meri cycle chori ho gayi.", None, None)

    assert {"police_station", "district", "occurrence.time_from"} <= set(data.missing_fields)
    assert "occurrence.date_from" not in data.missing_fields


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 14 June 2025 near gate no. 3 of the Shiv mandir, Rajpur Road, my chain was "
            "snatched.",
            "near gate no. 3 of the Shiv mandir, Rajpur Road",
        ),
        (
            "Kal raat main Rajiv Chowk metro station ke gate no. 4 ke bahar khadi thi.",
            "Rajiv Chowk metro station ke gate no. 4 ke bahar",
        ),
        (
            "कल शाम घंटाघर के पास रामू हलवाई की दुकान के बाहर मेरा पर्स छीन लिया गया।",
            "घंटाघर के पास रामू हलवाई की दुकान के बाहर",
        ),
    ],
)
def test_the_place_is_the_whole_scene(text: str, place: str) -> None:
    assert read(text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "दिनांक 2 नवंबर 2025 को शाम 6 बजे मेरा पड़ोसी दिनेश कुमार चौहान बस स्टैंड के सामने "
            "मुझसे लड़ने लगा और मुझे धक्का दिया।",
            "बस स्टैंड के सामने",
        ),
    ],
)
def test_a_scene_read_back_stops_at_a_persons_name(text: str, place: str) -> None:
    assert read(text).place == place


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        (
            "Main Suresh Yadav putra Shri Ram Prakash Yadav, umar 40 saal, report karta hoon.",
            "Ram Prakash Yadav",
        ),
        ("Complainant: Anita Rao\nFather's Name: K. Mohan Rao\nAge: 31", "K. Mohan Rao"),
        ("Complainant: Ravi Teja\nS/o: Venkata Rao\nAge: 35", "Venkata Rao"),
        ("Main Harjit Kaur, pita ji da naam Balwinder Singh, pind Dhanoa.", "Balwinder Singh"),
        ("Name: Sunil Dagar\nFather/Husband name: Rajbir Dagar", "Rajbir Dagar"),
    ],
)
def test_the_complainants_relative_in_hinglish_and_form_labels(text: str, relative: str) -> None:
    assert read(text).complainant.relative_name == relative


def test_a_time_told_just_after_the_dating_sentence_is_the_time_of_occurrence() -> None:
    text = "Yeh kal raat ki baat hai. Raat ke koi saade das baje do ladke ghar mein ghus aaye."

    assert read(text).occurrence.time_from == time(22, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Parso raat hamari bhains koi khol le gaya. Subah 5 baje pata chala.",
        "On 14 June 2025 someone felled the mango trees in my orchard. When I reached the "
        "orchard at 10 am they had gone.",
    ],
)
def test_the_time_a_loss_was_found_is_not_the_time_of_occurrence(text: str) -> None:
    assert read(text).occurrence.time_from is None


@pytest.mark.parametrize(
    "text",
    [
        "Saas kehti hai ki maayke se do lakh rupaye lekar aa, warna ghar mat aana.",
        "ससुराल वाले मुझसे पिता के घर से 2 लाख रुपये लाने की माँग करते रहते थे।",
        "The contractor gave me Rs 5,000 as advance and took us to the brick kiln.",
        "मुंशी ने काम पर ले जाने से पहले मुझे 7,000 रुपये एडवांस दिए थे।",
    ],
)
def test_money_demanded_or_received_is_not_lost_property(text: str) -> None:
    assert read(text).total_property_value_inr is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kal raat mere padosi Deepak Verma ne meri dukaan ka shutter toda aur galla le "
            "gaya. Maine usse poochha to koi jawab nahi diya.",
            1,
        ),
        (
            "Two men on a bike snatched my phone near the bus stand. The two men then rode "
            "away towards the bridge.",
            2,
        ),
        (
            "बाज़ार में दो-तीन लड़के मेरे ठेले पर गिरे और एक ने ठेला पलट दिया।",
            None,
        ),
        (
            "My neighbour Sanjay Rawat broke my car window and took my laptop. Later some "
            "people in the colony started blaming me for parking there.",
            1,
        ),
        (
            "Some people had broken the lock of my flat while I was away; the caretaker "
            "Mohan Lal says he saw nothing.",
            None,
        ),
    ],
)
def test_the_accused_count_ignores_idle_words_and_repeats(text: str, count: int | None) -> None:
    assert read(text).accused_count == count


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mera naam Rajkumar Sahu hai, umar meri 41 saal, gaon Bhitari ka rehne wala.", 41),
        ("Prarthi Mohan Lal putra Swargiya Kishan Lal, umar lagbhag 63 varsh, nivasi Sirsa.", 63),
        ("Main Bhavesh Parmar, 36 varas, Naroda mein rehta hoon.", 36),
        ("प्रार्थी उम्र करीब 52 वर्ष, ग्राम पिपरिया का निवासी है। मेरे पड़ोसी ने मेरी बकरी चुरा ली।", 52),
    ],
)
def test_the_complainants_age_from_the_introduction(text: str, age: int) -> None:
    assert read(text).complainant.age == age


def test_the_date_told_with_a_clock_time_is_the_incident_not_the_background() -> None:
    text = (
        "On 14.03.2024 the court passed a protection order against my husband Ravi. "
        "He still calls and abuses me. On 18.05.2025 at about 10:20 pm he came drunk to my "
        "parents' house, slapped me and broke the window."
    )
    occurrence = extract_fields(text, date(2025, 5, 19)).occurrence
    assert occurrence.date_from == date(2025, 5, 18)
    assert occurrence.time_from == time(22, 20)


def test_a_window_of_dates_keeps_its_first_date() -> None:
    text = (
        "Between 5 January 2025 and 9 January 2025 my shop was shut. On 10 January 2025 at "
        "about 9 am I found the shutter lock broken and the cash box empty."
    )
    occurrence = extract_fields(text, date(2025, 1, 11)).occurrence
    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 1, 5), date(2025, 1, 9))


@pytest.mark.parametrize(
    "text",
    [
        "Do logon ne rasta rok kar danda mara, mere bhai ka sar kat gaya aur 4 tanke lage.",
        "झगड़े में उसने ब्लेड चलाया, मेरा हाथ कट गया।",
    ],
)
def test_a_cut_and_stitches_are_injuries(text: str) -> None:
    assert read(text).injuries


def test_a_reason_told_before_and_could_not_report_earlier_is_the_delay_reason() -> None:
    fields = read(
        "On 2 March a van knocked down my father near the mandi. My mother was admitted and "
        "we could not come earlier. We were at her bedside for ten days and could not report "
        "earlier."
    )
    assert fields.delay_reason == (
        "We were at her bedside for ten days and could not report earlier."
    )


@pytest.mark.parametrize("night", ["बीती रात", "beeti raat", "पिछली रात"])
def test_the_night_just_gone_is_the_day_before_the_report(night: str) -> None:
    fields = read(f"{night} खेत से पंपसेट चोरी हो गया।", date(2026, 3, 10))
    assert fields.occurrence.date_from == date(2026, 3, 9)

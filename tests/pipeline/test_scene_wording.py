"""The place of occurrence read whole from the ways complainants word a scene.

Every complaint here is written for these tests (English, Hinglish, Devanagari).
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields

FRIDAY = date(2025, 6, 20)  # the day the complaints below are made


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Kal raat 10 baje Ramlila maidan ke peeche wale godown mein se do bori gehu chori "
            "ho gaye.",
            "Ramlila maidan ke peeche wale godown",
            id="wala-godown",
        ),
        pytest.param(
            "Kal raat 9 baje Station Road pe Bijli Ghar ke saamne wali red light pe do ladkon ne "
            "mera phone chheen liya.",
            "Station Road pe Bijli Ghar ke saamne wali red light",
            id="wala-any-noun",
        ),
        pytest.param(
            "Kal raat 2 baje mandir ke peeche wale bada (bakri ghar) mein se teen bakriyan "
            "chori ho gayi.",
            "mandir ke peeche wale bada (bakri ghar)",
            id="wala-spot-with-a-bracketed-gloss",
        ),
        pytest.param(
            "कल रात 9 बजे गांधी चौक के सामने वाली गली में मेरा पर्स छीन लिया गया।",
            "गांधी चौक के सामने वाली गली",
            id="wala-devanagari",
        ),
        pytest.param(
            "Kal shaam 7 baje nahar ke kinare do ladkon ne mujhe roka aur phone chheen liya.",
            "nahar ke kinare",
            id="kinare",
        ),
        pytest.param(
            "कल शाम 7 बजे तालाब के किनारे मेरी दो बकरियाँ चोरी हो गईं।",
            "तालाब के किनारे",
            id="kinare-devanagari",
        ),
        pytest.param(
            "कल शाम 6 बजे मेरी माँ सब्जी लेकर पैदल सड़क के किनारे जा रही थी तभी बाइक ने टक्कर मार दी।",
            "सड़क के किनारे",
            id="read-back-stops-at-carrying",
        ),
        pytest.param(
            "Kal dopahar 12 baje main Punjab National Bank, Civil Lines branch gaya tha, wahan "
            "line mein kisi ne mera purse kaat liya.",
            "Punjab National Bank, Civil Lines branch",
            id="named-place-comma-locality-went",
        ),
        pytest.param(
            "Kal dopahar 2 baje Tehsil office, Jodhpur mein kisi ne meri jeb se paise nikal liye.",
            "Tehsil office, Jodhpur",
            id="named-place-comma-locality-mein",
        ),
        pytest.param(
            "Sir, Rampur mein kal 5 baje meri cycle chori ho gayi.",
            None,
            id="comma-after-no-place-ends-the-scene",
        ),
        pytest.param(
            "Kal dopahar main aur mere saathi gram Bhainsa gaye the, wahan hum par hamla hua.",
            "gram Bhainsa",
            id="village-gone-to",
        ),
        pytest.param(
            "On 3 May 2025 at 9 pm my scooter was stolen from Bharat Auto Garage at Station "
            "Road, Rajkot.",
            "Bharat Auto Garage at Station Road, Rajkot",
            id="named-spot-before-at",
        ),
        pytest.param(
            "On 3 May 2025 at 9 pm Smt Kamla at 4th Avenue was pushed down.",
            "4th Avenue",
            id="person-before-at-is-no-spot",
        ),
        pytest.param(
            "दिनांक 5 मई 2025 की रात 9 बजे जब मैंने कहा कि मुझे अपने बच्चों के पास जाना है तो "
            "उसने मुझे धक्का देकर गिरा दिया।",
            None,
            id="going-to-ones-children",
        ),
        pytest.param(
            "Kal raat 9 baje Mohan Verma ke ghar ke peeche Mohan Verma ne mujhe laathi se maara.",
            "Mohan Verma ke ghar ke peeche",
            id="a-named-persons-house",
        ),
        pytest.param(
            "Kal shaam 5 baje Sadar Bazar ki Sai Telecom naam ki dukaan mein mera phone chori ho "
            "gaya.",
            "Sadar Bazar ki Sai Telecom naam ki dukaan",
            id="naam-ki-dukaan",
        ),
        pytest.param(
            "Name: Harish Menon\nPlace of loss: platform 2, Kottayam railway station\n"
            "Details: my bag was stolen on 2 March 2025.",
            "platform 2, Kottayam railway station",
            id="label-place-of-loss",
        ),
        pytest.param(
            "Naam: Pappu Yadav\nChori ka sthan: Gandhi Chowk sabzi mandi\nKal meri cycle chori "
            "ho gayi.",
            "Gandhi Chowk sabzi mandi",
            id="label-chori-ka-sthan",
        ),
        pytest.param(
            "Subject: Theft at my flat.\n\nI, Kavita Rao, residing at Flat 12, Lake View Towers, "
            "Powai, Mumbai, report that on 3 May 2025 my gold bangles were stolen while we were "
            "away.",
            "Flat 12, Lake View Towers, Powai, Mumbai",
            id="theft-at-my-flat-is-the-address",
        ),
    ],
)
def test_the_scene_is_read_whole_and_only_where_told(text: str, place: str | None) -> None:
    assert extract_fields(text, FRIDAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Yesterday a caller posing as a bank officer took my OTP and Rs. 40,000 went from "
            "my account. I was at my clinic in Civil Lines, Bareilly when this happened.",
            "my clinic in Civil Lines, Bareilly",
        ),
        (
            "Kal dopahar ek call aaya aur mere khate se 12,000 kat gaye. Us waqt main apni "
            "dukaan Naya Bazar mein tha.",
            "apni dukaan Naya Bazar",
        ),
        (
            "कल एक फोन आया और मेरे खाते से 9,000 रुपये निकल गए। उस समय मैं स्कूल में थी।",
            "स्कूल",
        ),
    ],
)
def test_where_the_complainant_was_is_the_place_of_an_offence_with_no_scene(
    text: str, place: str
) -> None:
    assert extract_fields(text, FRIDAY).place == place


def test_where_the_complainant_was_does_not_outweigh_the_scene() -> None:
    text = (
        "Yesterday at 6 pm two boys snatched my phone near Gandhi Park. I was at the park "
        "at the time with my son."
    )
    assert extract_fields(text, FRIDAY).place == "near Gandhi Park"


@pytest.mark.parametrize(
    "text",
    [
        "Main Karan Mehta, nivasi 21 Park Street, Kolkata. 4 May 2026 ki raat hum sab upar "
        "wale kamre mein so rahe the, tabhi choron ne neeche ka tala tod kar TV chura liya.",
        "मैं गीता देवी, निवासी 14 गांधी नगर, अजमेर। दिनांक 4 मई 2026 की रात हम ऊपर वाले कमरे "
        "में सो रहे थे, तभी चोरों ने नीचे का ताला तोड़कर टीवी चुरा लिया।",
    ],
)
def test_the_room_slept_in_during_a_break_in_is_the_home(text: str) -> None:
    fields = extract_fields(text, date(2026, 5, 5))

    assert fields.place == fields.complainant.address


def test_a_break_in_after_the_house_was_left_locked_is_at_the_home() -> None:
    text = (
        "I, Farida Begum, R/o 9 Lake Road, Bhopal. We went to Indore on 2 June 2026 and our "
        "house was locked. On the night of 4 June 2026 somebody broke the lock of the front "
        "door and took a television."
    )

    assert extract_fields(text, date(2026, 6, 6)).place == "9 Lake Road, Bhopal"


def test_from_behind_is_a_direction_not_the_scene() -> None:
    text = (
        "On 2 March 2026 at 9 pm two youths on a scooter came up from behind near the Raja Park "
        "petrol pump and snatched my phone."
    )

    assert extract_fields(text, date(2026, 3, 3)).place == "near the Raja Park petrol pump"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Parso raat 9 baje main dawai lekar laut raha tha. Tabhi Gandhi Park ke gate ke "
            "saamne teen ladkon ne mujhe gher liya aur mera phone chheen liya.",
            "Gandhi Park ke gate ke saamne",
        ),
        (
            "On 3 March 2025 at about 8 pm I was coming back with vegetables. Suddenly near "
            "the Old Water Tank two men on a bike snatched my purse.",
            "near the Old Water Tank",
        ),
    ],
)
def test_a_sentence_opened_by_then_or_tabhi_still_opens_with_its_scene(
    text: str, place: str
) -> None:
    assert extract_fields(text, date(2025, 3, 5)).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kal shaam 8 vaje Rampura phatak de kol lal batti te do munde aaye te mera phone "
            "kho ke bhaj gaye.",
            "Rampura phatak de kol lal batti",
        ),
        (
            "Parson raat 10 vaje Ludhiana bypass de thalle ik gaddi ne meri cycle nu takkar maari.",
            "Ludhiana bypass de thalle",
        ),
        # a city gate, a drain, a pole, a tree: everyday spots the scene is told by
        (
            "Kal raat 11 baje Delhi darwaza pe ek truck ne mere rickshaw ko takkar maar di.",
            "Delhi darwaza",
        ),
        (
            "Kal shaam 6 baje gali ki naali ke paas do ladkon ne mere bete ko peeta.",
            "gali ki naali ke paas",
        ),
        (
            "Parso dopahar 2 baje gali ke khambe ke neeche khadi meri cycle chori ho gayi.",
            "gali ke khambe ke neeche",
        ),
        (
            "Kal subah 7 baje mandir wale ped ke neeche baithe mere pita ko do logon ne maara.",
            "mandir wale ped ke neeche",
        ),
    ],
)
def test_a_punjabi_relation_or_an_everyday_spot_places_the_scene(text: str, place: str) -> None:
    assert extract_fields(text, FRIDAY).place == place


@pytest.mark.parametrize(
    "text",
    [
        "कल रात 9 बजे मेरी सास के सामने मेरे पति ने मुझे थप्पड़ मारा और धक्का दिया।",
        "परसों शाम 5 बजे उसने सब लोगों के सामने मुझे गंदी गालियाँ दीं।",
        "कल दोपहर 2 बजे उसने मेरे पेट के पास चाकू रखकर धमकाया कि पैसे दे दो।",
    ],
)
def test_a_relation_told_before_a_person_or_a_body_names_no_scene(text: str) -> None:
    assert extract_fields(text, FRIDAY).place is None


def test_a_bracketed_aside_before_the_scene_is_no_part_of_it() -> None:
    text = "कल रात 10 बजे मेरी बाइक (नंबर 4521) बस अड्डे की पार्किंग से चोरी हो गई।"

    assert extract_fields(text, FRIDAY).place == "बस अड्डे की पार्किंग"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 18 June 2025 at 10 pm two men pulled my bag away at a tea stall in Civil Lines.",
            "tea stall in Civil Lines",
        ),
        ("On 18 June 2025 at noon my wallet was stolen while I stayed at a hotel.", None),
        (
            "On 18 June 2025 at 9 pm the driver groped me in an Ola cab bearing number "
            "UP16 AB 1234.",
            "in an Ola cab",
        ),
    ],
)
def test_a_spot_told_with_a_or_an_is_read_when_something_says_which(
    text: str, place: str | None
) -> None:
    assert extract_fields(text, FRIDAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sahab, kal raat ki baat hai, kareeb 11 baje. Main Sadar Bazar ki gali mein apni "
            "rehri band kar raha tha, do ladkon ne gale ka locket kheench liya.",
            "Sadar Bazar ki gali",
        ),
        (
            "Sir, it was on 18 June 2025, at about 8 pm. We were standing at the Clock Tower "
            "bus stop when a boy came up and spoke filth to my sister.",
            "the Clock Tower bus stop",
        ),
        (
            "It was on 18 June 2025, in the evening. I am not sure where, maybe I dropped "
            "the wallet at the Civil Lines market.",
            None,
        ),
    ],
)
def test_a_sentence_that_only_dates_the_act_leaves_the_next_to_tell_where(
    text: str, place: str | None
) -> None:
    assert extract_fields(text, FRIDAY).place == place

"""Witnesses told in everyday words, and incidents told by what was done, as an officer reads them.

Each ingredient is tried in English, Hinglish and Devanagari, in complaints written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.domain.fields import FirFields
from afirgen.pipeline.compose import compose_summary
from afirgen.pipeline.extraction import detect_incidents, extract_fields


def extract(text: str) -> FirFields:
    return extract_fields(text, reference_date=date(2025, 6, 10))


@pytest.mark.parametrize(
    ("text", "accused", "witnesses"),
    [
        (
            "On 5 June 2025 at 6 pm Bablu Khan pushed me off my cycle near the canal bridge. "
            "A passer-by, Mr. Naresh Bairwa, saw the incident and can identify him.",
            ["Bablu Khan"],
            ["Naresh Bairwa"],
        ),
        (
            "On 5 June 2025 at 6 pm Bablu Khan pushed me off my cycle near the canal bridge. "
            "Gopal Rawat, who sells vegetables at that corner, saw everything.",
            ["Bablu Khan"],
            ["Gopal Rawat"],
        ),
        (
            "Kal shaam 6 baje nahar pul ke paas Bablu Khan ne mujhe cycle se dhakka diya. "
            "Gopal Rawat ne sab dekha, aur Naresh Bairwa bhi wahan maujood tha.",
            ["Bablu Khan"],
            ["Gopal Rawat", "Naresh Bairwa"],
        ),
        (
            "Kal shaam 6 baje nahar pul ke paas Bablu Khan ne mujhe cycle se dhakka diya. "
            "Gopal Rawat is ghatna ka gawah hai.",
            ["Bablu Khan"],
            ["Gopal Rawat"],
        ),
        (
            "दिनांक 5 जून 2025 को शाम 6 बजे नहर पुल के पास बबलू खान ने मुझे साइकिल से धक्का "
            "दिया। मौके पर मौजूद नरेश बैरवा ने देखा।",
            ["बबलू खान"],
            ["नरेश बैरवा"],
        ),
        (
            "दिनांक 5 जून 2025 को शाम 6 बजे नहर पुल के पास बबलू खान ने मुझे साइकिल से धक्का "
            "दिया। गोपाल रावत और नरेश बैरवा इस घटना के गवाह हैं।",
            ["बबलू खान"],
            ["गोपाल रावत", "नरेश बैरवा"],
        ),
        (
            "Kal shaam Bablu Khan ne mujhe danda maara. Gaon ke Gopal Rawat ne beech bachav kiya.",
            ["Bablu Khan"],
            ["Gopal Rawat"],
        ),
        (
            "बबलू खान ने मुझे डंडे से मारा। पड़ोसी नरेश बैरवा ने बीच बचाव किया।",
            ["बबलू खान"],
            ["नरेश बैरवा"],
        ),
        (
            "Bablu Khan hit me with a stick until Gopal Rawat came to my rescue.",
            ["Bablu Khan"],
            ["Gopal Rawat"],
        ),
    ],
)
def test_a_witness_told_in_everyday_words_is_listed_and_is_no_accused(
    text: str, accused: list[str], witnesses: list[str]
) -> None:
    fields = extract(text)

    assert [w.name for w in fields.witnesses] == witnesses
    assert [a.name for a in fields.accused] == accused


@pytest.mark.parametrize(
    "text",
    [
        # what an accused saw is no witnessing
        "On 5 June 2025 Bablu Khan saw me alone near the canal bridge and pushed me.",
        # present, and one of those who did it
        "Kal Bablu ne mujhe dhakka diya. Uska dost Sonu bhi wahan maujood tha aur usne bhi "
        "mujhe maara.",
        # present, and busy at what the complaint is about
        "On 2 June 2025 my mango trees were cut. Harish Bisht was present there all day with "
        "two labourers and a saw.",
        # the complainant is never their own witness
        "मैं गोपाल रावत पुत्र हरि रावत निवासी नहर कॉलोनी, कल रात चोरी होते मैंने खुद देखा। "
        "गोपाल रावत इस घटना का गवाह है।",
    ],
)
def test_nobody_is_made_a_witness_by_seeing_the_victim_doing_it_or_complaining(
    text: str,
) -> None:
    assert extract(text).witnesses == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A boy on a scooter pulled the chain from her neck.", "snatching"),
        ("Ek ladka mera mobile kheench ke bhaag gaya.", "snatching"),
        ("एक युवक मेरा फोन झपट कर भाग गया।", "snatching"),
        ("Someone ran off with my suitcase while I was asleep.", "theft"),
        ("Woh mera thaila lekar bhaag gaya.", "theft"),
        ("वह मेरा बैग लेकर फरार हो गया।", "theft"),
        ("They smashed the glass of our shop counter with stones.", "mischief"),
        ("Unhone hamari dukaan ka shutter aur kaanch tod diya.", "mischief"),
        ("उन्होंने हमारे घर की खिड़की का शीशा तोड़ दिया।", "mischief"),
        ("At night someone set our haystack on fire.", "mischief by fire"),
        ("Raat ko kisi ne hamare bhoose ke dher mein aag laga di.", "mischief by fire"),
        ("रात में किसी ने हमारी झोपड़ी में आग लगा दी।", "mischief by fire"),
    ],
)
def test_an_incident_told_by_what_was_done_is_recognised(text: str, kind: str) -> None:
    assert detect_incidents(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Our hut caught fire from the kitchen stove; nobody is to blame.",
        "Chulhe se hamari jhopdi mein aag lag gayi.",
        "उसने मेरा हाथ तोड़ दिया।",
        "He shouted that he would set fire to the godown one day.",
        "Paise nahi diye to gaadi ka sheesha tod dunga aur ghar mein aag laga dunga.",
        "उसने धमकी दी कि दुकान में आग लगा देगा।",
    ],
)
def test_a_fire_by_mishap_a_broken_arm_or_a_threat_is_no_mischief(text: str) -> None:
    assert not {"mischief", "mischief by fire"} & set(detect_incidents(text))


@pytest.mark.parametrize(
    ("text", "trespass"),
    [
        ("Two men entered our courtyard at night and refused to leave.", True),
        ("He entered my shop without asking and started shouting.", True),
        ("I entered my card number and the OTP on the link he sent.", False),
        ("She entered my PIN at the ATM while pretending to help.", False),
    ],
)
def test_entering_a_place_is_trespass_entering_a_number_is_not(text: str, trespass: bool) -> None:
    assert ("criminal trespass" in detect_incidents(text)) is trespass


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He has not threatened me so far; he only refuses to repay.", "criminal intimidation"),
        ("Usne koi dhamki nahi di, bas paise lautane se mana kar diya.", "criminal intimidation"),
        ("किसी ने मारपीट नहीं की, केवल सामान का हिसाब नहीं दिया।", "assault"),
    ],
)
def test_an_incident_the_complaint_denies_is_not_described(text: str, kind: str) -> None:
    assert kind not in detect_incidents(text)
    assert kind in detect_incidents(text, denied_too=True)


@pytest.mark.parametrize(
    "text",
    [
        "I left my scooter at the gate; the handle lock was broken and the scooter was gone.",
        "Chor meri bike ka handle taala tod kar use le gaye.",
    ],
)
def test_a_vehicles_own_lock_broken_is_no_house_breaking(text: str) -> None:
    assert "house-breaking" not in detect_incidents(text)


@pytest.mark.parametrize(
    ("text", "scene", "kind"),
    [
        (
            "Sir, I am Meena Devi of Ward 5, Rampur. Two boys on a red bike pulled my phone out "
            "of my hand outside the Shiv Mandir gate and rode away.",
            "outside the Shiv Mandir gate",
            "a snatching",
        ),
        (
            "Sir, main Ravi Kumar. Hotel Sagar ke bahar khadi meri gaadi ka sheesha kisi ne tod "
            "diya.",
            "Hotel Sagar ke bahar",
            "mischief",
        ),
        (
            "महोदय, मैं रवि कुमार। रात में सदर बाज़ार में मेरी दुकान में किसी ने आग लगा दी।",
            "सदर बाज़ार",
            "mischief by fire",
        ),
    ],
    ids=["english", "hinglish", "devanagari"],
)
def test_the_scene_of_an_undated_incident_is_read_and_the_summary_names_it(
    text: str, scene: str, kind: str
) -> None:
    fields = extract(text)
    summary = compose_summary(fields, text)

    assert fields.place == scene
    assert f"reports {kind} " in summary, summary


def test_one_who_came_and_stepped_in_is_a_witness_not_an_accused() -> None:
    text = (
        "Kal shaam Bablu aur Guddu ne mujhe dukaan ke bahar ghusse mein maara. Shor sunkar "
        "Naresh Verma aaye aur beech-bachav kiya. Bablu ne kaha ki phir aaya to maar denge."
    )
    fields = extract_fields(text, date(2026, 3, 10))

    assert [w.name for w in fields.witnesses] == ["Naresh Verma"]
    assert "Naresh Verma" not in [a.name for a in fields.accused]


@pytest.mark.parametrize(
    "text",
    [
        "At night my neighbour Harish Nair saw two young men climbing down from our balcony "
        "with a bag and running towards the main road.",
        "पड़ोसी किशन लाल ने देर रात तीन लोगों को हमारी दुकान का शटर उठाकर सामान गाड़ी में भरते हुए देखा था।",
    ],
)
def test_a_neighbour_who_saw_others_at_it_is_a_witness(text: str) -> None:
    fields = extract_fields(text, date(2026, 3, 10))

    assert len(fields.witnesses) == 1
    assert not [a.name for a in fields.accused if a.name]


def test_a_neighbour_who_saw_the_complainant_and_then_acted_is_no_witness() -> None:
    text = "Padosi Bunty ne mujhe ghar par akela dekha aur andar ghus kar mera phone le gaya."

    assert extract_fields(text, date(2026, 3, 10)).witnesses == []


def test_breaking_the_locks_of_a_door_is_a_house_breaking() -> None:
    text = "That night someone broke the locks of the back door and took our laptop."

    assert detect_incidents(text)[0] == "house-breaking"


@pytest.mark.parametrize(
    "text",
    [
        "He pushed me down the steps of the temple.",
        "Usne mujhe zor se dhakka diya.",
        "उसने मुझे धक्का दिया।",
    ],
)
def test_a_push_is_an_assault(text: str) -> None:
    assert "assault" in detect_incidents(text)


@pytest.mark.parametrize(
    ("text", "mischief"),
    [
        ("Raat ko padosi ne meri sarson ki fasal mein tractor chala diya.", True),
        ("उन्होंने मेरी धान की फसल बर्बाद कर दी।", True),
        ("They destroyed my vegetable crop with a rotavator.", True),
        ("Is saal barish se fasal barbaad ho gayi, kisi ka dosh nahi.", False),
    ],
)
def test_a_crop_ruined_by_someone_is_mischief_one_ruined_by_weather_is_not(
    text: str, mischief: bool
) -> None:
    assert ("mischief" in detect_incidents(text)) is mischief


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "After I shared my screen with the so-called bank officer, two transactions of "
            "Rs 30,000 were made from my HDFC savings account.",
            "cheating",
        ),
        (
            "He asked me to download AnyDesk to fix the refund, and my balance went to zero.",
            "cheating",
        ),
        ("There were four unauthorised UPI debits on my statement that night.", "cheating"),
        ("My wallet with my debit card and Rs 2,000 was stolen on the bus.", "theft"),
    ],
)
def test_money_drawn_from_an_account_behind_the_holder_s_back_is_cheating(
    text: str, kind: str
) -> None:
    assert detect_incidents(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Hamare gaon ka Pappu meri bhateeji ko bahla-phusla kar bhaga le gaya, tab se woh "
        "gayab hai.",
        "बाज़ार से लौटते समय तीन लोगों ने मेरे भाई को गाड़ी में डालकर अगवा कर लिया।",
        "Two men abducted my son from outside the coaching centre in a grey van.",
    ],
)
def test_a_person_taken_away_is_a_kidnapping_not_a_theft(text: str) -> None:
    kinds = detect_incidents(text)
    assert kinds[0] == "kidnapping"
    assert "theft" not in kinds


def test_cheen_liya_is_a_snatching() -> None:
    assert "snatching" in detect_incidents("Ek ladke ne peeche se aakar mera purse cheen liya.")
    assert detect_incidents("Dukaan se do kilo cheeni aur chai patti li.") == []


@pytest.mark.parametrize(
    ("text", "theft"),
    [
        ("रात में कोई चोर आँगन से साइकिल उठा ले गया।", True),
        ("खूँटे से बंधी बकरी कोई खोलकर ले गया।", True),
        ("झगड़े के बाद पड़ोसी मुझे अस्पताल ले गए।", False),
    ],
)
def test_a_thief_and_a_thing_untied_and_taken_are_a_theft(text: str, theft: bool) -> None:
    assert ("theft" in detect_incidents(text)) is theft


def test_money_gone_from_the_account_in_hinglish_is_cheating() -> None:
    text = "Ek message ka link dabate hi mere SBI account se do baar mein 40,000 nikal gaye."
    assert detect_incidents(text)[0] == "cheating"
    assert "cheating" not in detect_incidents("Woh gusse mein ghar se nikal gaya.")

"""The whole scene, not only the landmark it is told beside.

"went to the Punjab National Bank ATM near Clock Tower" is the ATM near the tower, "along the
canal road near the old mill" the road near the mill, "पुलिया के पास सुनसान जगह पर" the lonely
spot by the culvert, and "flyover ke neeche" is under the flyover. Read back in Devanagari,
where any word may be part of a name ("शंकर चौक"), the scene stops at the story told before
it: a verb done first ("पकड़कर"), "वो", a time ("रोज की तरह"). Every example is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.evaluation import normalise
from afirgen.pipeline.extraction import extract_fields


def place(text: str) -> str | None:
    return extract_fields(text, date(2025, 6, 1)).place


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "On 12.04.2025 at about 10 am my mother went to the Punjab National Bank ATM near "
            "Clock Tower to draw her pension and a man took her card.",
            "Punjab National Bank ATM near Clock Tower",
        ),
        (
            "On 03.05.2025 at 8 pm my brother was riding home along the canal road near the old "
            "mill when a tractor hit him.",
            "canal road near the old mill",
        ),
        (
            "कल 14.05.2025 की रात करीब 11 बजे पुलिया के पास सुनसान जगह पर तीन लोगों ने मेरी "
            "बाइक रोककर पर्स छीन लिया।",
            "पुलिया के पास सुनसान जगह",
        ),
        (
            "Kal 20.05.2025 shaam 7 baje Rajiv Chowk flyover ke neeche do ladkon ne mera phone "
            "chheen liya.",
            "Rajiv Chowk flyover ke neeche",
        ),
        (
            "On the night of 21.05.2025 my fishing boat was tied at the old harbour wharf and "
            "its outboard motor was stolen.",
            "the old harbour wharf",
        ),
        # stolen from a spot: "se chori", "से चोरी"
        (
            "Kal 20.05.2025 dopahar 3 baje meri bike Sadar Bazar parking se chori ho gayi.",
            "Sadar Bazar parking",
        ),
        (
            "दिनांक 14.03.2025 को शाम 7 बजे मेरी स्कूटी रेलवे स्टेशन की पार्किंग से चोरी हो गई।",
            "रेलवे स्टेशन की पार्किंग",
        ),
        # a beach, a check post, a building site, a pandal: the name before it stays with it
        (
            "On 11.05.2025 around 6 pm my purse was snatched at Kolva beach by two youths on a "
            "scooter.",
            "Kolva beach",
        ),
        (
            "Late on 2 May a tanker was halted at Rampur checkpost and the "
            "driver was beaten by three men.",
            "Rampur checkpost",
        ),
        (
            "On 09.05.2025 at 4 pm my husband fell from the scaffolding at a construction site "
            "on Canal Road because no safety net was put up.",
            "construction site on Canal Road",
        ),
        (
            "Kal 14.05.2025 raat 10 baje Durga pandal ke paas do ladkon ne meri chain kheench li.",
            "Durga pandal ke paas",
        ),
        # a room told in English with no name is a scene of its own
        (
            "On 11.05.2025 at about 2 am a thief climbed in through the window into the kitchen "
            "and took two brass pots and a gas cylinder.",
            "the kitchen",
        ),
        (
            "On 14.05.2025 at 9 pm my brother-in-law slapped me twice in our bedroom and "
            "threatened to throw me out.",
            "in our bedroom",
        ),
    ],
)
def test_the_scene_is_read_whole(text: str, scene: str) -> None:
    assert place(text) == scene


def test_a_spot_seen_near_a_landmark_keeps_only_the_landmark() -> None:
    # the ATM is what was seen, not where one went: only the landmark places the act
    text = "On 2.3.2025 at 9 pm I saw the Canara Bank ATM near the bus stand being broken open."
    assert place(text) == "near the bus stand"


def test_under_a_landmark_reads_the_same_in_hinglish_and_english() -> None:
    assert normalise("place", "Rajiv Chowk flyover ke neeche") == "under rajiv chowk flyover"
    assert normalise("place", "पुल के नीचे") == "under पुल"


def test_a_body_found_at_the_spot_is_no_part_of_it() -> None:
    text = "दिनांक 31.07.2025 को सुबह 8 बजे हम पहुँचे तो मीना की लाश आँगन में पड़ी थी और ससुराल वाले भाग गए थे।"
    assert place(text) == "आँगन"


def test_a_form_gives_where_the_thing_stood_not_how() -> None:
    text = (
        "Vehicle: Honda Activa MH12 AB 1234\nDate/time of theft: 01/09/2025, 3.15 pm\n"
        "Place: parked outside Kothrud sabzi mandi, near the medical store\n"
        "Details: I parked the scooter and went inside; when I came back it was gone."
    )
    assert place(text) == "outside Kothrud sabzi mandi, near the medical store"


def test_a_priest_writing_for_a_temple_names_the_scene() -> None:
    text = (
        "Name: Suresh Upadhyay, s/o Ramdas Upadhyay, 61, priest, Sankat Mochan Mandir, Station "
        "Road, Civil Lines, Jhansi. Ph 94150xxxxx\nIncident: This morning at 6 am, on opening "
        "the mandir, I found the donation box lock broken and the money gone."
    )
    assert place(text) == "Sankat Mochan Mandir, Station Road, Civil Lines, Jhansi"


def test_the_place_one_was_coming_back_from_is_not_the_scene() -> None:
    text = (
        "On 2 March 2025 at about 7 pm I was walking back from the Kali temple on Station Road. "
        "Near the Reliance Trends store a man on a scooter pulled my purse and sped off."
    )
    assert place(text) == "Near the Reliance Trends store"


def test_the_spot_a_thing_was_stolen_from_is_the_scene() -> None:
    text = "On 2 March 2025 at about 7 pm my cycle was stolen from outside the Kali temple."
    assert place(text) == "outside the Kali temple"


@pytest.mark.parametrize(
    "text",
    [
        "मैं गीता देवी, निवासी ग्राम सरैया, जिला सीतापुर। कल दोपहर पड़ोसी मनोज मेरे घर के आँगन में घुसकर "
        "गाली देने लगा।",
        "I am Rohit Sen, residing at 14 Lake View Colony, Bhopal. Last night two boys climbed on "
        "to the roof of our house and broke the water tank.",
    ],
)
def test_a_courtyard_or_roof_of_the_complainants_house_is_the_home(text: str) -> None:
    fields = extract_fields(text, date(2026, 3, 1))
    assert fields.place is not None and fields.place == fields.complainant.address


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # a verb done before the act is not part of the scene
        (
            "कल 30.05.2025 शाम 6 बजे उन्होंने मेरे भाई का हाथ पकड़कर मंडी के पीछे वाली गली में "
            "उसे लाठियों से पीटा।",
            "मंडी के पीछे वाली गली",
        ),
        # ... but a name that owns the spot is
        (
            "कल 30.05.2025 रात 9 बजे प्रभाकर के खेत में दो लोगों ने मेरी भैंस खोल ली और ले गए।",
            "प्रभाकर के खेत",
        ),
        # a place named after a person, or an old landmark, keeps its first word
        (
            "कल 30.05.2025 शाम 5 बजे शंकर चौक में एक युवक ने मेरी पत्नी का पर्स छीन लिया।",
            "शंकर चौक",
        ),
        (
            "कल 29.05.2025 रात 10 बजे थाने के सामने दो लोगों ने मेरे बेटे को थप्पड़ मारे।",
            "थाने के सामने",
        ),
        # "रोज की तरह" says when, not where
        (
            "दिनांक 28.05.2025 को सुबह 7 बजे मेरी बेटी रोज की तरह बस अड्डे के पास से गुजर रही थी "
            "तभी एक लड़के ने उसका दुपट्टा खींचा।",
            "बस अड्डे के पास",
        ),
        # "वो" points to who went, not where
        (
            "कल 31.05.2025 दोपहर 2 बजे वो पुराने पुल पर खड़ा था तभी तीन लोगों ने उसका मोबाइल छीन लिया।",
            "पुराने पुल",
        ),
        # both spellings of the courtyard
        (
            "29 मई 2025 की रात आंगन में बंधी हमारी तीन बकरियां कोई खोलकर ले गया।",
            "आंगन",
        ),
        # "on" a platform, as on a road
        (
            "On 27.05.2025 at about 6.40 pm on platform no. 2 a man pulled the gold chain from "
            "my neck and ran towards the foot over bridge.",
            "platform no. 2",
        ),
        # a relative named before the spot is no part of it, unless the spot is theirs
        (
            "कल 01.05.2025 को शाम 6 बजे मेरा 8 साल का बेटा आरव गली में खेल रहा था तभी पड़ोसी के "
            "कुत्ते ने उसे काट लिया।",
            "गली",
        ),
        (
            "Kal 02.05.2025 raat 9 baje mere pati Ramesh ghar ke bahar khade the tab do ladkon ne "
            "unka phone chheen liya.",
            "ghar ke bahar",
        ),
        (
            "Kal 03.05.2025 dopahar 2 baje meri bakri padosi Mohan Lal ke khet mein ghus gayi to "
            "unhone use laathi se maara.",
            "Mohan Lal ke khet",
        ),
        # a name before a road may be the road's
        (
            "Kal 05.05.2025 raat 10 baje mere bhai MG Road par dukaan ke bahar khade the tab ek "
            "car ne unhe takkar maar di.",
            "MG Road par dukaan ke bahar",
        ),
        # read on from a landmark to the spot the act started from ("se")
        (
            "Kal raat main MG Road par Metro signal ke paas zebra crossing se "
            "paidal ja raha tha tab ek car ne mujhe takkar maar di.",
            "MG Road par Metro signal ke paas zebra crossing",
        ),
    ],
)
def test_scene_stops_where_the_story_before_it_ends(text: str, scene: str) -> None:
    assert normalise("place", place(text)) == normalise("place", scene)


@pytest.mark.parametrize(
    "text",
    [
        "On 26.05.2025 at 11 am a caller on the phone said he was from my bank and took the "
        "OTP; Rs 18,000 was debited from my account.",
        # a "number" alone is a phone's; beside a place noun it numbers the place
        "Kal 10.05.2025 shaam 5 baje ek aadmi ne mere number pe message bheja ki KYC band ho "
        "jayega aur link pe click karwa ke 20,000 rupaye nikaal liye.",
        "Sir 12.05.2025 ko dopahar 2 baje maine unke number par call kiya to unhone gaali di aur "
        "jaan se maarne ki dhamki di.",
        # "in" a bag is no room
        "On 12.05.2025 at 3 pm the money was kept in my bag and someone took it while I slept.",
        # a room or a road with no owner, name or landmark: whose room, which road
        "दिनांक 04.02.2026 की रात 9 बजे देवर और जेठानी ने मुझे कमरे में बंद करके पीटा।",
        "Kal 9 January 2026 ko shaam 6 baje Pappu aur Kallu ne sadak pe mujhe gaali di aur "
        "dhakka diya.",
        "On 11.01.2026 at about 8 pm my neighbour Anwar Baig slapped me twice in the room.",
        # a part of a house told bare: whose house is the scene, not "the kitchen"
        "On 14.02.2025 at 4 pm the maid Sunaina took two gold rings from the almirah in the "
        "bedroom and left.",
    ],
)
def test_a_phone_a_bag_or_a_bare_room_is_no_scene(text: str) -> None:
    assert place(text) is None


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # a Hinglish word that describes the spot stays with it
        (
            "Kal 30.05.2025 shaam 6 baje mere bete ko nahar ke kachche raaste ke kinare do "
            "ladkon ne roka aur uski cycle chheen li.",
            "nahar ke kachche raaste ke kinare",
        ),
        (
            "Kal 29.05.2025 raat 9 baje purane bus stand ke peeche teen ladkon ne mere bhai ka "
            "purse chheen liya.",
            "purane bus stand ke peeche",
        ),
        # the turn of a road is a spot
        (
            "Kal 28.05.2025 raat 10 baje ek truck ne Canal Road ke turn ke paas meri bike ko "
            "takkar maar di.",
            "Canal Road ke turn ke paas",
        ),
        # "our neighbourhood X": the locality is X
        (
            "Kal 27.05.2025 raat 11 baje hamare mohalle Ganeshpura mein do ladkon ne hawa mein "
            "goli chalayi aur logon ko dhamkaya.",
            "Ganeshpura",
        ),
        # what was said before the spot is no part of it
        (
            "कल 26.05.2025 शाम 5 बजे उसने मुझसे कहा स्कूल के बाहर मिलो और वहाँ मेरा मोबाइल छीन लिया।",
            "स्कूल के बाहर",
        ),
        # a word that makes one name with the noun after it: read back, or read on
        (
            "Kal 15.05.2025 shaam 6 baje Shivaji sabzi mandi mein ek ladke ne meri jeb se 4,000 "
            "rupaye nikaal liye.",
            "Shivaji sabzi mandi",
        ),
        (
            "Kal 16.05.2025 raat 8 baje Ring Road flyover ke neeche red light pe do bike walon ne "
            "mera phone chheen liya.",
            "Ring Road flyover ke neeche red light",
        ),
    ],
)
def test_a_hinglish_scene_keeps_its_describing_words(text: str, scene: str) -> None:
    assert normalise("place", place(text)) == normalise("place", scene)


@pytest.mark.parametrize(
    ("closing", "scene"),
    [
        ("The incident took place at my house.", "14 Jawahar Colony, Rampur"),
        ("Yeh ghatna mere ghar par hui.", "14 Jawahar Colony, Rampur"),
        ("This incident happened in the waiting hall of Rampur bus stand.",
         "the waiting hall of Rampur bus stand"),
    ],
)  # fmt: skip
def test_where_the_complaint_says_a_call_fraud_happened_is_its_place(
    closing: str, scene: str
) -> None:
    text = (
        "I, Meena Arora, R/o 14 Jawahar Colony, Rampur, state that on 3 March a caller posing "
        f"as a bank officer took my OTP and Rs 22,000 was debited from my account. {closing}"
    )
    assert place(text) == scene


def test_a_named_origin_before_near_is_dropped_and_the_spot_kept() -> None:
    text = (
        "On 2 November 2026 at about 7 pm, while I was coming back from the Naka Hindola "
        "sabzi mandi near the Charbagh flyover, a man on a scooter pulled my bag away."
    )
    assert extract_fields(text).place == "near the Charbagh flyover"


def test_a_spot_placed_by_another_keeps_both() -> None:
    text = (
        "On 14.02.2026 at 6 am a man on a cycle pulled my earring near the water tank by the "
        "Jain temple and rode off."
    )
    assert place(text) == "near the water tank by the Jain temple"


@pytest.mark.parametrize(
    ("text", "parcel"),
    [
        (
            "On 3.3.2026 at 7 am Gurnam Singh drove his harvester into my field khasra no. 61/4 "
            "and cut the standing wheat.",
            "my field khasra no. 61/4",
        ),
        (
            "मौजा रामपुर, खाता 88, खेसरा 402 की 10 कट्ठा जमीन मेरी है। दिनांक 5.3.2026 को पड़ोसी "
            "ने उस पर जबरन दीवार खड़ी कर दी।",
            "मौजा रामपुर, खाता 88, खेसरा 402",
        ),
        (
            "Hamari zameen gata sankhya 77 aur 78 hai. 6 March 2026 ko Ramnaresh ne wahan "
            "jabardasti hal chala diya.",
            "gata sankhya 77 aur 78",
        ),
    ],
)
def test_a_parcel_numbered_in_the_land_records_is_the_scene_of_a_land_matter(
    text: str, parcel: str
) -> None:
    assert place(text) == parcel


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Main Rekha Devi, nivasi mohalla Qazi Tola, thana Kotwali, Bareilly. Kal raat 1 baje "
            "hamare ghar mein chor ghus kar bakse se zevar le gaye.",
            "mohalla Qazi Tola",
        ),
        (
            "मैं सुनीता देवी, निवासी ग्राम भरतपुर टोला, थाना सोनो, जमुई। कल रात 2 बजे मेरे घर में "
            "चोरी हो गई और बक्से से गहने चले गए।",
            "ग्राम भरतपुर टोला",
        ),
    ],
)
def test_the_home_as_the_scene_leaves_out_the_police_station_of_the_address(
    text: str, home: str
) -> None:
    assert place(text) == home


def test_the_spot_beside_a_landmark_may_be_told_in_lower_case_words() -> None:
    text = (
        "Kal 4 March 2026 shaam 6 baje mere chacha school ke peeche nagar nigam park mein "
        "ghoom rahe the tabhi do ladkon ne unka phone chheen liya."
    )
    assert place(text) == "school ke peeche nagar nigam park"


def test_a_place_field_ends_where_the_time_of_it_is_told() -> None:
    text = (
        "Date: 12.03.2026\nPlace: Naza market, near the Hussainganj crossing, during the Holi "
        "rush\nFacts: my purse was cut and Rs 6,000 taken."
    )
    assert place(text) == "Naza market, near the Hussainganj crossing"


def test_a_span_of_years_after_between_is_no_place() -> None:
    text = (
        "I am the owner of Gupta Traders. Our cashier Mohan Lal forged signatures on vouchers "
        "between 2022 and 2024 and kept the money."
    )
    assert place(text) != "between 2022 and 2024"

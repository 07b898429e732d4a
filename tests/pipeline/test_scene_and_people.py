"""The scene of the offence and the people in it, as an officer checking the draft reads them.

Each ingredient is tried in English, Hinglish and Devanagari, in complaints written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.domain.fields import FirFields
from afirgen.pipeline.extraction import extract_fields


def extract(text: str) -> FirFields:
    return extract_fields(text, reference_date=date(2025, 6, 10))


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "On 2 June 2025 at 9 pm two men stopped my scooter near the level crossing of "
            "Idgah, Station Road and took my bag.",
            "near the level crossing of Idgah, Station Road",
        ),
        (
            "Kal raat 9 baje Kachehri road par railway phatak ke paas do ladkon ne mera "
            "purse cheen liya.",
            "Kachehri road par railway phatak ke paas",
        ),
        (
            "दिनांक 4 जून 2025 को शाम 7 बजे रेलवे फाटक के पास दो लड़कों ने मेरा बैग छीन लिया।",
            "रेलवे फाटक के पास",
        ),
        (
            "On 2 June 2025 at 4 pm near Kiratpur tunnel two men stopped my car and took my bag.",
            "near Kiratpur tunnel",
        ),
        (
            "Kal shaam 6 baje nahar ki puliya ke paas do ladkon ne mera phone chheen liya.",
            "nahar ki puliya ke paas",
        ),
        (
            "On 2 June 2025 at 11 pm on NH near Thondayad a truck hit my auto and sped away.",
            "NH near Thondayad",
        ),
    ],
)
def test_the_whole_scene_is_kept_not_its_last_word(text: str, scene: str) -> None:
    assert extract(text).place == scene


def test_a_named_road_after_a_comma_belongs_to_the_scene_but_a_name_does_not() -> None:
    road = extract(
        "On 3 June 2025 at 8 pm a man snatched my chain near gate no. 2 of the Kali mandir, "
        "Canal Road and ran away."
    )
    person = extract(
        "On 3 June 2025 at 8 pm a man snatched my chain near the Kali mandir, Sunil Verma "
        "and his friend saw him run away."
    )

    assert road.place == "near gate no. 2 of the Kali mandir, Canal Road"
    assert person.place == "near the Kali mandir"


@pytest.mark.parametrize(
    "text",
    [
        "I, Rekha Sood, resident of 12 Mall Road, Shimla, state that on 1 June 2025 at "
        "about 10 pm two men entered while I was at home and took my purse.",
        "Main Rekha Sood, 12 Mall Road, Shimla mein rehti hoon. 1 June 2025 ko raat 10 baje "
        "do aadmi hamare ghar mein ghus aaye aur mera purse le gaye.",
        "मैं रेखा सूद, निवासी 12 माल रोड, शिमला, निवेदन करती हूँ कि दिनांक 1 जून 2025 को रात "
        "10 बजे दो आदमी हमारे घर में घुस आए और मेरा पर्स ले गए।",
        # inside the home, or an e-FIR's "Place: Complainant's residence", is the home too
        "मैं रेखा सूद, निवासी 12 माल रोड, शिमला, निवेदन करती हूँ कि दिनांक 1 जून 2025 को रात "
        "10 बजे दो आदमी मेरे घर के अंदर घुसे और मेरा पर्स उठा ले गए।",
        "Main Rekha Sood, 12 Mall Road, Shimla mein rehti hoon. 1 June 2025 ko raat 10 baje "
        "do aadmi hamare ghar ke andar ghuse aur mera purse utha le gaye.",
        "Complainant: Rekha Sood, R/o 12 Mall Road, Shimla\nDate: 01.06.2025, 10 pm\n"
        "Place: Complainant's residence\nFacts: two men got in and took away my purse.",
    ],
)
def test_at_home_is_the_complainants_own_address(text: str) -> None:
    fields = extract(text)

    assert fields.complainant.address is not None
    assert fields.place == fields.complainant.address


def test_someone_came_to_my_door_is_at_the_complainants_house() -> None:
    fields = extract(
        "I, Manoj Bisht, residing at 44 Rajpur Road, Dehradun, state that on 5 June 2025 at "
        "7 pm my landlord Kamal Negi came to my door and threatened to kill me."
    )

    assert fields.place == "44 Rajpur Road, Dehradun"


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "On 6 June 2025 at 7 pm I was heading home after buying vegetables. As soon as "
            "I reached the water tank near Ganesh Chowk, a boy on a bike pulled my chain.",
            "water tank near Ganesh Chowk",  # the whole scene, not only its landmark
        ),
        (
            "Kal shaam 7 baje main bazaar se sabzi lekar aa rahi thi. Jaise hi main Ganesh chowk "
            "ke paas pahunchi, ek ladke ne mera mobile kheench liya.",
            "Ganesh chowk ke paas",
        ),
        (
            "दिनांक 6 जून 2025 को शाम 7 बजे मैं सब्ज़ी लेकर घर लौट रही थी। जैसे ही मैं गणेश "
            "चौक के पास पहुँची, एक लड़के ने मेरा मोबाइल झपट लिया।",
            "गणेश चौक के पास",
        ),
        (
            "On 8 June 2025 at 1 pm I parked my car in the Gandhi Maidan parking and when I came "
            "back its glass was broken and my bag was stolen.",
            "in the Gandhi Maidan parking",
        ),
        (
            "Parso shaam 6 baje main sabzi lene Kankarbagh market gayi thi, wahan ek ladke ne "
            "mera purse chheen liya.",
            "Kankarbagh market",
        ),
        (
            "दिनांक 8 जून 2025 को शाम 6 बजे मैं सब्ज़ी लेने कंकड़बाग बाज़ार गई थी, वहाँ एक लड़के ने "
            "मेरा पर्स छीन लिया।",
            "कंकड़बाग बाज़ार",
        ),
        # the shop told as 'the shop' is the one the complainant runs
        (
            'Sir main Naveen Arora, 45 saal, "Arora Medical Hall", Model Town, Panipat chalata '
            "hoon. Kal raat 9 baje do ladke dukaan pe aaye aur galle se 8,000 rupaye le gaye.",
            '"Arora Medical Hall", Model Town, Panipat',
        ),
        (
            "I, Naveen Arora, run a medical store named Arora Medical Hall at Model Town, "
            "Panipat. On 4 June 2025 at 9 pm two boys came into the shop and took Rs 8,000 "
            "from the counter.",
            "Model Town, Panipat",
        ),
        (
            "दिनांक 4 जून 2025 की रात मेरी दुकान अरोड़ा मेडिकल हॉल, मॉडल टाउन, पानीपत का ताला तोड़कर "
            "चोर 8,000 रुपये ले गए।",
            "अरोड़ा मेडिकल हॉल, मॉडल टाउन, पानीपत",
        ),
        # the scene told beside the dated sentence; one scene read two ways
        (
            "Kal shaam 6 baje school ke peeche khet mein padosi Bhola ne mujh par lathi se "
            "hamla kiya.",
            "school ke peeche khet",
        ),
        (
            "दिनांक 8 जून 2025 को शाम 6 बजे गाँव के बाहर खेत में पड़ोसी भोला ने मुझ पर लाठी से हमला किया।",
            "गाँव के बाहर खेत",
        ),
        (
            "Every evening a boy keeps following me near Hazratganj crossing. Today at "
            "6 pm he grabbed my hand.",
            "near Hazratganj crossing",
        ),
        (
            "Roz tuition jaate waqt Hazratganj chauraha ke paas ek ladka mera peecha karta hai. "
            "Aaj shaam 6 baje usne mera haath pakda.",
            "Hazratganj chauraha ke paas",
        ),
    ],
)
def test_the_scene_is_read_where_the_complaint_tells_it(text: str, scene: str) -> None:
    assert extract(text).place == scene


@pytest.mark.parametrize(
    "text",
    [
        "Kal 8 June ko subah 7 baje padosi Ram Lal ne isi raaste par mera rasta roka.",
        "दिनांक 8 जून 2025 को सुबह 7 बजे पड़ोसी रामलाल ने इसी रास्ते पर मेरा रास्ता रोका।",
        "On 8 June 2025 at 1 pm someone stole my purse in Lucknow.",
        "Kal shaam 6 baje main gaon gaya tha, tabhi kisi ne mera phone chura liya.",
    ],
)
def test_this_road_a_city_or_going_home_names_no_scene(text: str) -> None:
    assert extract(text).place is None


@pytest.mark.parametrize(
    ("text", "accused", "scene"),
    [
        (
            "Kal shaam 6 baje mere padosi Aman Tiwari Panchayat Bhawan ke saamne mujhe "
            "gaali dene lage.",
            "Aman Tiwari",
            "Panchayat Bhawan ke saamne",
        ),
        (
            "दिनांक 5 जून 2025 को शाम 6 बजे मेरे पड़ोसी अमन तिवारी पंचायत भवन के सामने मुझे गाली देने लगे।",
            "अमन तिवारी",
            "पंचायत भवन के सामने",
        ),
        (
            "On 5 June 2025 at 6 pm my neighbour Aman Tiwari Station Road par mujhe gaali dene "
            "laga.",
            "Aman Tiwari",
            "Station Road",
        ),
    ],
)
def test_a_name_ends_where_the_place_words_begin(text: str, accused: str, scene: str) -> None:
    fields = extract(text)

    assert [a.name for a in fields.accused] == [accused]
    assert fields.place == scene


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "To the SHO. I, Anil Sharma, son of Ram Sharma, of 22 Civil Lines, Meerut, state "
            "that on 3 June 2025 my bicycle was stolen.",
            "22 Civil Lines, Meerut",
        ),
        (
            "To the SHO. I, Anil Sharma, aged 45, of Mohalla Qazi Wara, Bijnor, state that on 3 "
            "June 2025 my bicycle was stolen.",
            "Mohalla Qazi Wara, Bijnor",
        ),
        (
            "Main Harish Chand putra Shri Lalta Prasad, umar 52 varsh, nivasi gram Rampur Kalan, "
            "thana Sandila, janpad Hardoi ka rehne wala hoon. Kal meri bhains chori ho gayi.",
            "gram Rampur Kalan, thana Sandila, janpad Hardoi",
        ),
        (
            "Main Seema Rawat, nivasi 14, Indira Colony, Haldwani hoon. Kal mera purse chori "
            "ho gaya.",
            "14, Indira Colony, Haldwani",
        ),
        (
            "मैं पूजा वर्मा पुत्री श्री रमेश वर्मा, उम्र 22 वर्ष, निवासी 9, शांति नगर, कोटा, एक "
            "कोचिंग संस्थान में पढ़ाती हूँ। कल मेरा फोन चोरी हो गया।",
            "9, शांति नगर, कोटा",
        ),
        (
            "मैं रमेश यादव, निवासी 31, गांधी मार्ग, रीवा का हूँ। कल मेरी साइकिल चोरी हो गई।",
            "31, गांधी मार्ग, रीवा",
        ),
        (
            "Sir main Dinesh Pal, gaon Kharagpur, thana Bansi, zila Basti ka rehne wala hoon. "
            "Kal shaam mere khet se pump chori ho gaya.",
            "gaon Kharagpur, thana Bansi, zila Basti",
        ),
        (
            "मैं कमला देवी, ग्राम सेमरा, तहसील बांदा की निवासी हूँ। कल मेरी बकरी चोरी हो गई।",
            "ग्राम सेमरा, तहसील बांदा",
        ),
    ],
)
def test_the_complainants_address_ends_where_the_address_ends(text: str, address: str) -> None:
    assert extract(text).complainant.address == address


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Sir, I am Farida Khan, 41, Civil Lines, Bareilly, 9876543210. Yesterday my "
            "chain was snatched.",
            "Civil Lines, Bareilly",
        ),
        (
            "Sir main Gopal Rana, pita ka naam Sher Singh, umar 40 saal, gaon Dhaulana, zila "
            "Hapur. Kal raat meri bhains chori ho gayi.",
            "gaon Dhaulana, zila Hapur",
        ),
        (
            "मैं गोपाल राणा, उम्र 40 वर्ष, ग्राम धौलाना, जिला हापुड़। कल रात मेरी भैंस चोरी हो गई।",
            "ग्राम धौलाना, जिला हापुड़",
        ),
    ],
)
def test_an_address_given_with_the_name_and_age_without_a_marker_is_read(
    text: str, address: str
) -> None:
    assert extract(text).complainant.address == address


def test_a_post_after_the_name_is_not_an_address() -> None:
    fields = extract(
        "Main Naresh Pal, Sahayak Abhiyanta (AE), Jal Nigam, nivedan karta hoon ki kal "
        "pump house ka taala toda gaya."
    )

    assert fields.complainant.address is None


@pytest.mark.parametrize(
    ("text", "accused", "witness"),
    [
        (
            "On 7 June 2025 at 8 pm one Kallu Ram slapped me outside the dairy. With me was "
            "Ramesh Pal, who saw everything.",
            "Kallu Ram",
            "Ramesh Pal",
        ),
        (
            "Kal raat 8 baje Kallu Ram ne dairy ke bahar mujhe thappad maara. Mere saath Ramesh "
            "Pal tha, woh mera gawah hai.",
            "Kallu Ram",
            "Ramesh Pal",
        ),
        (
            "दिनांक 7 जून 2025 को रात 8 बजे कल्लू राम ने डेयरी के बाहर मुझे थप्पड़ मारा। मेरे साथ "
            "रमेश पाल था, वह गवाह है।",
            "कल्लू राम",
            "रमेश पाल",
        ),
    ],
)
def test_the_one_who_was_with_the_complainant_is_a_witness_not_an_accused(
    text: str, accused: str, witness: str
) -> None:
    fields = extract(text)

    assert [a.name for a in fields.accused] == [accused]
    assert [w.name for w in fields.witnesses] == [witness]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "On 7 June 2025 three men entered my shop, one of whom I know as Pappu, and took "
            "the cash box.",
            "Pappu",
        ),
        (
            "Kal raat teen ladke meri dukaan mein ghuse aur galla utha le gaye. Unme se ek ka "
            "naam Pappu tha.",
            "Pappu",
        ),
        (
            "दिनांक 7 जून 2025 को तीन लड़के मेरी दुकान में घुसे और गल्ला उठा ले गए। एक ने अपना नाम पप्पू बताया।",
            "पप्पू",
        ),
    ],
)
def test_a_name_given_for_one_of_a_counted_group_is_that_person(text: str, accused: str) -> None:
    fields = extract(text)

    assert [a.name for a in fields.accused if a.name] == [accused]
    assert fields.accused_count == 3


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2025 a caller who introduced himself as Vikram Rathore, a bank officer, took "
        "my OTP and Rs 20,000 went from my account.",
        "7 June ko mere paas ek call aayi, usne apna naam Vikram Rathore bataya aur OTP lekar "
        "mere khate se 20,000 rupaye nikal liye.",
    ],
)
def test_the_name_a_cheat_gave_is_recorded(text: str) -> None:
    assert [a.name for a in extract(text).accused if a.name] == ["Vikram Rathore"]


def test_a_shop_someone_else_runs_is_not_the_scene() -> None:
    fields = extract(
        'Kal raat 9 baje mere padosi ki dukaan pe do ladke aaye. Padosi Rakesh, "Rakesh '
        'Traders", Station Road chalata hai aur usne shor machaya.'
    )

    assert fields.place is None or "Rakesh Traders" not in fields.place


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("दिनांक 8 जून 2025 को रात 9 बजे राजू ने मुझे थप्पड़ मारा।", "राजू"),
        ("दिनांक 8 जून 2025 को गिरोह के सरगना बबलू ने मुझे धमकी दी।", "बबलू"),
        ("Kal raat 9 baje Raju ne mujhe thappad maara.", "Raju"),
    ],
)
def test_a_doers_name_does_not_take_the_hour_or_his_post(text: str, accused: str) -> None:
    assert [a.name for a in extract(text).accused] == [accused]


@pytest.mark.parametrize(
    "text",
    [
        "Sir mere makaan mein chori ho gayi hai. Main Rekha Sood, umar 52, 12 Mall Road, Shimla "
        "mein rehti hoon. Hum log 1 June 2025 ko gaon gaye the. 3 June ko wapas aaye to almari "
        "khuli thi aur gehne gayab the.",
        "हमारे घर में चोरी हो गई है। मैं रेखा सूद, 12 माल रोड, शिमला में रहती हूँ। हम 1 जून 2025 को "
        "गाँव गए थे। 3 जून को लौटे तो अलमारी खुली थी और गहने गायब थे।",
    ],
)
def test_an_opening_line_that_sums_up_a_theft_at_home_makes_the_home_the_scene(
    text: str,
) -> None:
    fields = extract(text)
    assert fields.place is not None
    assert fields.place == fields.complainant.address


def test_a_devanagari_scene_read_back_stops_at_the_child_it_speaks_of() -> None:
    fields = extract(
        "मैं रेखा सूद, निवासी शिमला। दिनांक 1 जून 2025 को शाम 5 बजे मेरा 7 साल का बेटा घर के "
        "बाहर खेल रहा था तभी दो लड़कों ने उसे मारा।"
    )
    assert fields.place == "घर के बाहर"

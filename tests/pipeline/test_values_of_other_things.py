"""A value told of something else stays out of the IF-1 (issue 8, part 3): hours of work are
not the time of occurrence, a seller's rate or a shop price is not property lost, a report's
dateline or a bank is not the complainant's home, and a rod the body struck is no weapon.
Invented complaints, in English, Hinglish and Devanagari."""

from __future__ import annotations

from datetime import date, time

import pytest

from afirgen.pipeline.extraction import extract_fields

REFERENCE = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The owner makes my brother work at his crusher from 6 am to 9 pm and pays him nothing.",
        "Meri behen ko ek kothi mein rakha hai, usse subah 5 se raat 10 baje tak jhadu-pocha ka "
        "kaam karwate hain.",
        "ठेकेदार मेरे बेटे से ईंट भट्ठे पर सुबह 4 से शाम 7 बजे तक काम लेता है और मज़दूरी नहीं देता।",
        "Society ke guard ki duty sirf raat 11 baje tak hai, phir gate khula rehta hai.",
    ],
)
def test_hours_of_work_are_not_the_time_of_occurrence(text: str) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


def test_a_loss_noticed_on_a_dated_morning_has_no_time_of_occurrence() -> None:
    text = (
        "The shortage in the cash register was noticed 14.05.2025 at 07:20 by the cashier; "
        "the drawer had been emptied."
    )
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May at 7 pm we shut the godown and left. When the watchman opened it on 3 May, "
        "two sacks of rice were missing.",
        "Parso subah 10 baje main dukaan ko taala lagakar mandi gaya. Dopahar baad padosi ne "
        "phone kiya ki shutter ka taala kata hua hai aur galla khaali hai.",
        "दिनांक 3 मई की शाम 6 बजे मैंने ट्रैक्टर बाड़े में खड़ा किया और घर चला गया। अगली सुबह ट्रॉली गायब थी।",
    ],
)
def test_the_hour_property_was_locked_or_parked_before_an_unseen_theft_is_not_given(
    text: str,
) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # the hour of an attack told beside a date, or after a Date/Time label, stays
        ("Date/Time: 03-06-2025, about 11:40 pm (back from night shift). Two men snatched "
         "my bag.", time(23, 40)),
        ("On 4 June at about 9 pm, while I was returning from work, two men hit me with a "
         "rod and took my phone.", time(21, 0)),
        # the property locked or parked, and then someone came: the hour is the occurrence's
        ("On 5 June at 9 pm I closed the shop; two men came and snatched the cash box from "
         "my hand. The box is missing.", time(21, 0)),
        ("Shaam 6 baje maine car gali mein park ki, to saamne wale ne aake rasta rokne par "
         "jhagda kiya aur dhakka diya.", time(18, 0)),
    ],
)  # fmt: skip
def test_the_hour_of_the_occurrence_is_still_read(text: str, hour: time) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from == hour


@pytest.mark.parametrize(
    "text",
    [
        # a seller's rate for each unit he sells
        "Mohalle ke nukkad par ek aadmi 200-300 rupaye ki puriya bechta hai, ladke wahan "
        "jaate hain.",
        "गाँव में एक आदमी शराब की थैली बेचता है, 50 रुपये की थैली, बच्चे भी खरीदते हैं।",
        "Near the school gate a man sells ganja, Rs 100 a packet, to students every evening.",
        "वह पान की दुकान से नशे की गोलियाँ बेचता है और हर ग्राहक से 80 रुपये लेता है।",
        # what a customer bought before passing a note
        "रविवार को एक औरत ने मेरी किराने की दुकान से 150 रुपये का सामान लिया और बदले में 2000 का "
        "नोट दिया, जो जाली था।",
        "Truck driver ne 1,200 rupaye ka diesel bharwaya aur do 2000 ke note diye, dono nakli "
        "nikle.",
        # a sum the other side owes the complainant, or one the complainant wants back
        "After the flat was vacated the builder wrote that Rs 36,000 of my deposit is payable "
        "to me next month.",
        "Tailor ne mere kapde kharab kar diye. Main apne 4,000 wapas chahti hoon.",
    ],
)
def test_a_sum_told_of_something_else_is_no_property_lost(text: str) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


def test_money_stolen_is_still_property_lost() -> None:
    text = "Kal raat chor almari ka tala tod ke 35,000 rupaye nakad aur sone ki chain le gaye."
    assert extract_fields(text, REFERENCE).total_property_value_inr == 35000


@pytest.mark.parametrize(
    "text",
    [
        "Report of ASI Meena Kujur, Special Squad, Ranchi, 11.06.2025. Acting on a tip-off the "
        "squad stopped a van at the bypass.",
        "I, Sub-Inspector K. Rawat, 21 Battalion SSB, Camp Pithoragarh, report that a patrol "
        "seized two bags of charas.",
        "I, Farah Khan, Branch Manager, Punjab Gramin Bank, write to report a forged cheque.",
        "मैं पूजा, उम्र 19 वर्ष, बालिग हूँ। मेरे पिता मेरी पढ़ाई छुड़वाकर ज़बरदस्ती शादी करवा रहे हैं।",
    ],
)
def test_a_unit_a_bank_or_a_dateline_is_not_the_complainants_address(text: str) -> None:
    assert extract_fields(text, REFERENCE).complainant.address is None


def test_a_trade_after_the_address_is_not_part_of_it() -> None:
    text = "मैं रामसिंह, उम्र 50, ग्राम बडोरा, किसान। कल रात मेरे खेत से मोटर चोरी हो गई।"
    assert extract_fields(text, REFERENCE).complainant.address == "ग्राम बडोरा"


@pytest.mark.parametrize(
    "text",
    [
        # the body struck a rod, or a rod of a load fell on someone
        "The jeep braked hard near the toll and my head hit the rod of the luggage rack.",
        "Scaffolding on the next building gave way and a rod struck my back as I walked below.",
        # a thing broken, not used
        "Jhagde mein usne meri chakki ki belt tor di aur chala gaya.",
        # an earlier attack already registered
        "Do saal pehle us gang ne katta dikhakar ek pump loota tha, jiska mamla court mein chal "
        "raha hai. Ab main gawahi dene se dar raha hoon.",
    ],
)
def test_a_rod_the_body_struck_or_a_thing_broken_is_no_weapon(text: str) -> None:
    assert extract_fields(text, REFERENCE).weapons == []


def test_a_blow_after_a_quoted_threat_is_still_a_weapon() -> None:
    text = 'He shouted "I will break your legs today" and hit me twice with a lathi on my back.'
    assert extract_fields(text, REFERENCE).weapons == ["lathi"]


def test_a_threat_told_far_back_in_the_clause_names_no_weapon() -> None:
    text = (
        "His message said that if I marry someone else he'll come to the wedding one day and "
        "throw acid on me."
    )
    assert extract_fields(text, REFERENCE).weapons == []


@pytest.mark.parametrize(
    "text",
    [
        "A man runs a gambling den behind the mill; my son lost Rs 14,000 at the card tables "
        "on Friday. Please raid it.",
        "Gali mein roz raat satta chalta hai, mera bhai kal 8,000 haar gaya.",
        "मोहल्ले में ताश पर जुआ होता है, मेरे पति पिछले हफ्ते वहाँ 12,000 रुपये हार गए।",
    ],
)
def test_money_staked_and_lost_at_gambling_is_no_property_lost(text: str) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


def test_money_cheated_by_a_betting_app_is_still_property_lost() -> None:
    text = (
        "A fake betting app cheated me: I deposited Rs 20,000 and they blocked my account "
        "and stopped replying."
    )
    assert extract_fields(text, REFERENCE).total_property_value_inr == 20000


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # a person who left home and is missing: the hour she left is the occurrence's
        ("My brother went out on 4 June at about 10 am telling us he would be at the gym, "
         "and did not come back. He is missing since then.", time(10, 0)),
        # a window told as such keeps its opening hour
        ("Between 9 pm on 2 June (shop closed) and 8 am on 3 June someone cut the shutter lock; "
         "cash is missing.", time(21, 0)),
    ],
)  # fmt: skip
def test_a_departure_or_a_window_told_as_such_keeps_its_hour(text: str, hour: time) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from == hour


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sum the other side offers or promises to give back is no more taken
        (
            "The caterer took Rs 50,000 for my son's reception and never came. On the phone he "
            "offered to return Rs 20,000 now.",
            50000,
        ),
        # what the work a contractor did is worth is set against the advance, not lost
        (
            "The interior man took Rs 2 lakh and left the kitchen half done. The work he did "
            "there is worth about Rs 80,000.",
            200000,
        ),
        (
            "Thekedar 3 lakh le gaya aur kaam adhoora chhod diya. Dusre mistri ke "
            "hisaab se kiye gaye kaam ki keemat 90,000 hai.",
            300000,
        ),
    ],
)
def test_a_sum_offered_back_or_the_worth_of_work_done_is_not_added_to_the_loss(
    text: str, value: float
) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr == value


@pytest.mark.parametrize(
    "text",
    [
        # in a complaint of dowry, what the bride's family gave to stop the harassment, even
        # where the complaint also tells of a lie at the match
        "They cheated us by hiding that he drinks. After that they beat me for more dowry. In "
        "March my brother gave Rs 40,000 to my husband but the beating went on.",
        "Rishta karte waqt unhone dhokha diya ki ladka sarkari naukri mein hai. Dahej ke liye "
        "roz maarte hain. Papa ne Holi par 60,000 rupaye diye phir bhi ghar se nikaal diya.",
        "ससुराल वाले दहेज के लिए ताने देते थे। गौने पर भैया ने 1 लाख नकद दिए, फिर भी मारपीट नहीं रुकी।",
    ],
)
def test_money_given_to_the_in_laws_in_a_dowry_complaint_is_no_property_lost(text: str) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "My in-laws harassed me for dowry. My father-in-law took Rs 2 lakh from my father "
            "on the pretext of a visa for my husband, which was never given.",
            200000,
        ),
        (
            "ससुराल वाले दहेज के लिए तंग करते थे। ससुर ने वीज़ा के नाम पर मेरे पिता से 3 लाख रुपये लिए और "
            "पैसे नहीं लौटाए।",
            300000,
        ),
    ],
)
def test_money_the_in_laws_got_on_a_pretext_is_still_property_lost(text: str, value: float) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr == value


@pytest.mark.parametrize(
    "text",
    [
        # a sum promised to the complainant: the bait of a deal refused, a hush money offered
        "He asked me to keep his bag of goods in my godown for a week and said that I will get "
        "one lakh rupees for it. I refused and he threatened me.",
        "Thekedar ke aadmi laash utha ke le gaye. Thekedar ne police ko kuch na batane ke liye "
        "50,000 rupaye dene ki baat ki.",
        "हादसे के बाद मालिक ने मुँह बंद रखने के लिए हमें 50 हज़ार रुपये देने का वादा किया।",
    ],
)
def test_a_sum_promised_to_the_complainant_is_no_property_lost(text: str) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


@pytest.mark.parametrize(
    "text",
    [
        # a theft stopped before anything went: what was there is what was at risk
        "At 3 am the watchman caught two boys cutting the lock of my cloth shop with a hacksaw. "
        "Nothing was taken. The shop has readymade garments worth about Rs 6 lakh.",
        "Chor shutter ka taala kaat rahe the ki padosi jaag gaye, woh kuch nahi le ja paaye. "
        "Godown mein kareeb 3 lakh ka maal rakha hai.",
    ],
)
def test_goods_at_risk_in_a_theft_stopped_before_anything_went_are_no_property_lost(
    text: str,
) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


def test_a_theft_after_which_nothing_else_went_keeps_its_value() -> None:
    text = (
        "Someone broke into my car at night and stole the music system worth Rs 18,000. "
        "Nothing else was taken."
    )
    assert extract_fields(text, REFERENCE).total_property_value_inr == 18000


@pytest.mark.parametrize(
    "text",
    [
        # money thrown at the complainant to buy silence is money she got, not money lost
        "He bolted the store room and assaulted me. Then he took out his wallet, threw Rs 5,000 "
        "at me and said I should never speak of it.",
        "Usne meri izzat loot li aur phir mere upar 3,000 rupaye phenk ke bola kisi ko mat batana.",
    ],
)
def test_money_thrown_at_the_complainant_is_no_property_lost(text: str) -> None:
    assert extract_fields(text, REFERENCE).total_property_value_inr is None


def test_a_purse_thrown_back_after_the_cash_was_taken_keeps_its_value() -> None:
    text = "Two men snatched my purse with Rs 5,000 and threw it at me after taking the cash."
    assert extract_fields(text, REFERENCE).total_property_value_inr == 5000

"""Values the complaint does not give stay empty (issue 8, part 3): nothing is filled from a
sentence about something else. Each ingredient in English, Hinglish and Devanagari."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from afirgen.pipeline.extraction import extract_fields
from afirgen.text.phrasebook import words_regex


def value_of(text: str) -> float | None:
    return extract_fields(text).total_property_value_inr


@pytest.mark.parametrize(
    "text",
    [
        # a fee or a price paid for a service the complainant is unhappy with
        "I paid Rs 18,500 for a one-year coaching course in March. The institute has now "
        "shut the evening batch and will not refund anything.",
        "Maine gym ki membership ke liye 12,000 rupaye diye the. Ab timing badal di aur "
        "paisa wapas nahi kar rahe.",
        "मैंने दर्ज़ी को शादी के कपड़ों के लिए 6,000 रुपये दिए थे। उसने कपड़े देर से दिए और नाप भी गलत है।",
        # money the bride's family gave to keep the in-laws quiet
        "Mere sasural wale roz taane dete the. Papa ne Diwali par unhe 40,000 rupaye diye "
        "taaki ghar mein shanti rahe, phir bhi mujhe maarte rahe.",
        "ससुराल वाले मुझे ताने देते थे। मेरे भाई ने उन्हें 30,000 रुपये दिए ताकि मेरा घर "
        "बसा रहे, पर मारपीट बंद नहीं हुई।",
    ],
)
def test_money_handed_over_with_no_deceit_told_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A man on Instagram offered a second-hand bike and asked for an advance. I paid "
            "Rs 9,000 by UPI. After that he blocked me and never delivered the bike.",
            9000,
        ),
        (
            "Ek aadmi ne naukri dilane ka jhansa diya. Maine uske account mein 25,000 "
            "rupaye transfer kiye. Ab uska number band aa raha hai.",
            25000,
        ),
        (
            "उसने खुद को बैंक अधिकारी बताकर धोखे से मेरे खाते की जानकारी ली। मैंने उसके कहने पर 15,000 रुपये भेजे।",
            15000,
        ),
    ],
)
def test_money_handed_over_to_someone_who_deceived_is_the_value_cheated(
    text: str, value: float
) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "He said he would post my photos online. In fear I paid him Rs 12,000 the next day.",
        "Usne kaha video viral kar dega. Darr ke maare maine use 8,000 rupaye de diye.",
        "उसने धमकी दी कि वीडियो सबको भेज देगा। डर से मैंने उसे 7,000 रुपये दे दिए।",
    ],
)
def test_money_paid_out_of_fear_is_what_the_extortion_took(text: str) -> None:
    assert value_of(text) is not None


def test_money_stolen_by_one_who_left_and_did_not_return_is_lost() -> None:
    text = (
        "Our cook left the house on Monday and did not return. He stole 20,000 rupees "
        "from the drawer and took it with him."
    )
    assert value_of(text) == 20000


@pytest.mark.parametrize(
    "text",
    [
        "My brother took Rs 60,000 from a moneylender on interest for his shop. The "
        "moneylender's men now threaten him every day.",
        "Bhai ne dukaan ke liye Ramesh se 50,000 udhaar liye the. Ab Ramesh ke aadmi use "
        "roz dhamkate hain.",
        "मेरे बेटे ने साहूकार से 70,000 रुपये ब्याज पर लिए थे। अब साहूकार के लोग रोज़ धमकाते हैं।",
    ],
)
def test_a_loan_taken_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_money_borrowed_and_then_paid_to_a_cheat_is_the_value_cheated() -> None:
    text = (
        "Do aadmiyon ne sasta sona bechne ka jhansa diya. Maine rishtedaron se udhaar lekar "
        "3 lakh rupaye unhe de diye. Sona nakli nikla."
    )
    assert value_of(text) == 300000


@pytest.mark.parametrize(
    "text",
    [
        "They warned my uncle that unless he paid Rs 2 lakh they would burn his godown.",
        "Usne kaha ki agar 20,000 nahi diye to ghar se utha lenge.",
    ],
)
def test_a_sum_asked_for_on_a_condition_is_a_demand_not_a_loss(text: str) -> None:
    assert value_of(text) is None


def test_a_hindi_sentence_about_an_owner_or_a_purpose_tells_of_no_loss() -> None:
    # "मालिक" (owner) is not "माल" (goods), and "के लिए" (for) is not "ले लिए" (took)
    text = "भट्ठा मालिक ने कहा कि काम के लिए हर हफ्ते 500 रुपये मिलेंगे। उसने हमें कमरे में बंद रखा।"
    assert value_of(text) is None


@pytest.mark.parametrize("sentence", ["हर हफ्ते 500 रुपये खर्ची।", "हर हफ्ते 500 रुपये खर्ची॥"])
def test_a_hindi_word_before_a_danda_is_read_as_a_whole_word(sentence: str) -> None:
    assert re.search(words_regex(frozenset({"खर्ची"})), sentence)
    assert not re.search(words_regex(frozenset({"खर्च"})), sentence)


def test_a_thing_stolen_keeps_its_value() -> None:
    assert value_of("Kal raat chor mera laptop chura le gaye, jiski keemat 55,000 thi.") == 55000


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("My number is 7007 312 844.", "7007312844"),
        ("Mob 941 420 7385", "9414207385"),
        ("Mera mobile 98290 62718 hai.", "9829062718"),
        ("मेरा मोबाइल नंबर 98765-43210 है।", "9876543210"),
    ],
)
def test_a_mobile_number_is_read_however_its_digits_are_grouped(written: str, number: str) -> None:
    assert extract_fields(f"Sir, I am Ravi Kumar of Agra. {written}").complainant.phone == number


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "My flat was broken into on the night of 3 March. In the morning my neighbour "
            "Mr. Vikas Rao telephoned me about the open door. Two men had entered and stolen "
            "my laptop.",
            2,
        ),
        (
            "Raat ko ghar ka taala toda gaya. Subah padosi Harish ne phone karke bataya ki "
            "darwaza khula hai. Teen ladke chori karke bhaag gaye the.",
            3,
        ),
        (
            "रात में मेरी बाइक चोरी हो गई। पड़ोसी श्री मोहन जी ने बताया कि दो लड़के बाइक ले जा रहे थे।",
            2,
        ),
    ],
)
def test_a_neighbour_who_only_told_the_complainant_is_no_accused(text: str, accused: int) -> None:
    fields = extract_fields(text)
    assert [a.name for a in fields.accused if a.name] == []
    assert fields.accused_count == accused


@pytest.mark.parametrize(
    "text",
    [
        "My son slipped into the open pit. One person, Mr. Salim, jumped in and pulled him "
        "out. The builder had left the pit unfenced.",
        "Bachcha naale mein gir gaya. Ek ladka madad karke use bahar le aaya.",
    ],
)
def test_one_person_who_rescued_the_victim_is_not_counted_as_the_accused(text: str) -> None:
    assert extract_fields(text).accused_count is None


@pytest.mark.parametrize(
    "text",
    [
        "A man called me saying he was from my bank and asked for the OTP. Rs 40,000 "
        "went out of my account.",
        "Ek aadmi ne khud ko bank manager bataya aur OTP le liya, phir 20,000 kat gaye.",
        "एक आदमी ने फोन पर खुद को बैंक का कर्मचारी बताया और ओटीपी लेकर 25,000 रुपये निकाल लिए।",
    ],
)
def test_a_caller_who_said_who_he_was_is_the_one_accused(text: str) -> None:
    assert extract_fields(text).accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        "A stray dog attacked my son in the lane. The villagers came running with sticks and "
        "drove it away.",
        "Padosi ka kutta mere bete par jhapta. Mohalle walon ne dande se kutte ko bhagaya.",
        "पड़ोसी का कुत्ता मेरे बेटे पर झपटा। पड़ोसियों ने डंडे से कुत्ते को भगाया।",
    ],
)
def test_sticks_in_the_hands_of_those_who_helped_are_no_weapon(text: str) -> None:
    assert extract_fields(text).weapons == []


@pytest.mark.parametrize(
    "text",
    [
        "The contractor took us to a brick kiln near Meerut and kept us locked there.",
        "Thekedar ne kaam ke liye hame brick bhatte par rakha aur wahan band rakha.",
        "ठेकेदार ने काम के लिए हमें ईंट भट्ठे पर रखा और वहीं बंद रखा।",
    ],
)
def test_a_brick_kiln_is_no_weapon(text: str) -> None:
    assert extract_fields(text).weapons == []


def test_a_neighbour_who_attacked_with_a_lathi_keeps_his_weapon() -> None:
    text = "Padosi Rohit aur Sunny ne mujhe lathi aur rod se peeta."
    assert extract_fields(text).weapons == ["lathi", "rod"]


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour lodged a false report alleging that I had stolen Rs 40,000 from his "
        "house. The police closed it as false.",
        "Padosi ne mujh par 25,000 rupaye chori karne ka jhootha ilzaam lagaya hai.",
        "पड़ोसी ने मुझ पर 30,000 रुपये चोरी करने का झूठा आरोप लगाया है।",
    ],
)
def test_a_sum_in_an_accusation_against_the_complainant_is_no_loss(text: str) -> None:
    assert value_of(text) is None


def test_the_accused_named_as_aropi_still_took_the_value() -> None:
    assert value_of("आरोपी ने मेरी सोने की चेन छीन ली, जिसकी कीमत 50,000 रुपये थी।") == 50000


@pytest.mark.parametrize(
    "text",
    [
        "Under his bed the police found printed sheets of Rs 100 and Rs 500 notes, ready to "
        "be cut.",
        "Chor ke bag mein Rs 500 aur Rs 200 ke note chhapne ka saman mila.",
        "चोर के बैग में 500 रुपये और 200 रुपये के नोट छापने का सामान मिला।",
    ],
)
def test_the_face_value_of_notes_is_no_loss(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a sum asked for on a threat, with nothing yet paid
        "On Monday a caller said, send Rs 30,000 by tonight otherwise your photos go to "
        "your office. I blocked the number.",
        "Usne message kiya ki 15 hazar bhejo warna tumhari dukaan jala denge.",
        "वह बोला कि दो लाख रुपये दो वरना तुम्हारे बेटे को उठा लेंगे।",
        "Sasur ne kaha ki 3 lakh le aao nahi to ghar mat aana. Usne mujhe maara bhi.",
        # interest paid on a loan, and a count of people written like a sum
        "I took a loan from a private financier last year and have paid Rs 48,000 as "
        "interest so far; now his men abuse me at my gate.",
        "He shared my photo in a public group of about 25,000 members and called me a cheat.",
        "मेरी फोटो उसने 3,000 लोग वाले ग्रुप में डाल दी और मुझे चोर लिखा।",
    ],
)
def test_a_sum_demanded_owed_or_counted_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_a_sum_taken_beside_a_threat_is_still_lost() -> None:
    text = "They snatched my bag with Rs 7,500 and said they would come back for more."
    assert value_of(text) == 7500


@pytest.mark.parametrize(
    "text",
    [
        # nobody used or showed one
        "Two men pushed me and ran off with my bag. They did not show any knife.",
        "Nobody hit me or showed a knife; they only took the phone and left.",
        "Unhone mujhe thappad maare, koi lathi danda nahi tha.",
        "उन्होंने गाली दी और धक्का दिया, किसी के पास लाठी नहीं थी।",
        # a weapon only named in a threat of what will be done
        "He threatened to pour acid on my daughter's face unless she drops the complaint.",
        "Usne dhamki di ki tezaab daal dega agar shaadi se mana kiya.",
        # a rod set in a broken bone, the rail a passenger holds, a brick as material
        "The car hit my scooter; my leg was fractured and surgery was done with a rod.",
        "Pair ki haddi tooti thi, operation mein rod lagayi gayi.",
        "I was standing in the crowded bus holding the rod when my wallet was taken.",
        "पड़ोसी ने हमारी गली में ईंट और रेत डालकर रास्ता बंद कर दिया।",
        "They sold me a yellow brick saying it was old gold dug up from a field.",
        # an idiom of abuse
        "Usne mujhe sabke saamne bura bhala kaha aur chala gaya.",
        # a stick turned on an animal to save the victim
        "A stray dog bit my son on the leg; the watchman drove the dog off with a stick.",
        "The bull knocked her down and a shopkeeper beat it off with a danda.",
        "Kutte ne bachche ko kaat liya, dukaan wale bhaiya ne danda dikha ke kutta bhagaya.",
        "कुत्ते ने मेरी बेटी को काट लिया, चौकीदार ने डंडे से कुत्ते को भगाया।",
        # building material carried or lifted
        "My husband was carrying iron rods up to the terrace when the live wire touched him.",
        "A stack of iron rods slipped off the lorry and fell on the road beside me.",
        # a word that names no arm: an emoji, a shape, a sports school, a safety belt
        "He posts my photo with a knife emoji under it and writes that my days are counted.",
        "The packet held stick-shaped lumps that smelled of charas.",
        "Meri beti hockey academy mein practice karti hai, coach ne uske saath galat harkat ki.",
        "ठेकेदार ने मज़दूरों को सेफ्टी बेल्ट नहीं दी, मेरा भाई पाड़ से गिर गया।",
        # "से" (with) is a word: the letters that open "सेफ्टी" or close "ऐसे" tell no use
        "सेफ्टी जाली नहीं लगी थी और उस दिन बेल्ट कम पड़ गई थीं।",
        "ठेकेदार ने कहा ऐसे ही चढ़ जाओ, बेल्ट बाद में आएगी।",
        # an earlier attack already before a court or a police station, told as background
        "When he beat me with a belt last year I went to my parents and filed a DV case.",
        "Pichhle saal usne mere chacha ko danda se maara tha, uska case court mein chal raha hai.",
        "पिछले साल उसने मेरे भाई को लाठी से मारा था, उसका मुकदमा पहले से दर्ज है।",
    ],
)
def test_a_weapon_not_used_is_no_weapon(text: str) -> None:
    assert extract_fields(text).weapons == []


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("He ran out and smashed my jeep's windscreen and both headlights with a brick.", "brick"),
        ("उसने मेरे सिर पर ईंट से वार किया।", "ईंट"),
        ("He was not done; he returned with an iron rod and struck my uncle.", "iron rod"),
        ("Two men came carrying pistols and took the cash from the counter.", "pistols"),
        ("The dog's owner came out and hit me with a stick when I complained.", "stick"),
        ("Usne apna kutta mujh par chhoda aur phir lathi se maara.", "lathi"),
        ("He hit me on the knee with an iron rod, took my phone and switched it off.", "iron rod"),
        ("He hit my son with a stick yesterday and I want a case registered against him.", "stick"),
    ],
)
def test_a_weapon_used_is_kept(text: str, weapon: str) -> None:
    assert extract_fields(text).weapons == [weapon]


@pytest.mark.parametrize(
    "text",
    [
        # a measure of land or weight written like a clock time
        "My late father owned 4.30 acres of farmland; my uncle has now sold it on forged papers.",
        "Chacha ne 1.15 hectare zameen apne naam karwa li, kaagaz farzi hain.",
        "चाचा ने हमारी 2.40 बीघा ज़मीन पर कब्ज़ा कर लिया है।",
        # the time a chat message was sent
        "[12/03/25, 9:41 AM] Rakesh: Sir my bike was stolen from outside the market, "
        "I do not know when exactly.",
    ],
)
def test_a_measure_or_a_message_stamp_is_no_time_of_occurrence(text: str) -> None:
    assert extract_fields(text).occurrence.time_from is None


@pytest.mark.parametrize(
    "text",
    [
        "Nobody hit me, they only pushed me and took the bag.",
        "They threw my Samsung Galaxy phone on the road and broke it.",
        "Others ne bhi mujhe maara, kisi ko pehchanta nahi.",
        "रात में भीड़ ने दुकान का शीशा तोड़ दिया।",
    ],
)
def test_a_brand_a_crowd_or_nobody_is_no_accused(text: str) -> None:
    assert [a.name for a in extract_fields(text).accused if a.name] == []


@pytest.mark.parametrize(
    "text",
    [
        "I rented my godown to Mr. Bansal under a lease dated 01.07.2023 for eleven months. "
        "He now pays nothing and will not vacate.",
        "Humari partnership dissolution deed dated 15.03.2025 se khatam ho gayi thi, phir bhi "
        "woh purane naam se dukaan chala raha hai.",
        "मकान का किराया अनुबंध दिनांक 10.01.2025 को हुआ था, अब मालिक जमा राशि वापस नहीं कर रहा।",
        "[Statement of complainant recorded by SI Meena at the women's desk, 04.06.2025] "
        "My husband's family keeps taunting me over my job.",
    ],
)
def test_the_date_of_a_paper_or_a_statement_is_no_date_of_occurrence(text: str) -> None:
    assert extract_fields(text, reference_date=date(2025, 8, 1)).occurrence.date_from is None


@pytest.mark.parametrize(
    "text",
    [
        "A page on Instagram took my money for a puppy and never sent it. Later I learnt that "
        "four other people were cheated by the same page.",
        "Us app wale ne mera morphed photo mere contact ke 15 logon ko bhej diya.",
        "उसने मेरी फोटो मेरे रिश्तेदारों समेत करीब 25 लोगों को भेज दी।",
    ],
)
def test_people_the_act_reached_are_not_counted_as_accused(text: str) -> None:
    assert extract_fields(text).accused_count in (None, 1)


def test_other_men_who_came_with_the_accused_are_counted() -> None:
    assert extract_fields("Ramesh came with two other men and beat my brother.").accused_count == 3


@pytest.mark.parametrize(
    "text",
    [
        "The boat owner loaded forty people on the ferry, taking Rs 40 each, and it nearly sank.",
        "The agent took her away promising work in a salon at Rs 600 daily.",
        "Woh mere bhai ko le gaya, bola dhabe par 9,000 mahina milega.",
        "ठेकेदार मेरे बेटे को ले गया और बोला 500 रुपये रोज मिलेंगे।",
        "He pulled out a wad of 25 more Rs 500 notes, every one of them counterfeit.",
    ],
)
def test_a_rate_or_the_face_value_of_notes_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bhaagte hue ladke ko logon ne gherkar pakda. Naam pata puchha to Sonu s/o Ramesh "
        "umr 22 nivasi Nayi Basti bataya.",
        "Pakde gaye aadmi ne apna pata Lal Kuan bataya.",
        "उस आदमी ने अपना पता निवासी शांति नगर बताया।",
    ],
)
def test_the_address_someone_caught_gave_is_not_the_complainants(text: str) -> None:
    assert extract_fields(text).complainant.address is None


@pytest.mark.parametrize(
    "text",
    [
        # money given back on a debt or a booking is a repayment, not a loss
        "My tenant has paid rent late for a year. Last month he returned Rs 12,000 of the "
        "arrears and promised the rest by Diwali.",
        "Dukaandar ne 5,000 lauta diye aur baaki ke liye bola agle mahine dega.",
        "मैं अब तक किस्तों में 80,000 रुपये लौटा चुका हूँ, फिर भी वह धमकी देता है।",
    ],
)
def test_a_sum_given_back_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_a_sum_not_returned_is_still_lost() -> None:
    text = "He snatched my phone worth Rs 20,000 and has not returned the phone till today."
    assert value_of(text) == 20000


@pytest.mark.parametrize(
    "text",
    [
        # a sum put in someone's mouth: a demand, a threat or a charge
        'My mother-in-law said "go and bring 5 lakh from your father" and beat me.',
        'Saas boli "dukaan ke liye 2 lakh chahiye, warna wapas mat aana".',
        'उसने फेसबुक पर लिखा "इसने मंदिर के 3 लाख रुपये खा लिए"। यह झूठ है।',
    ],
)
def test_a_sum_in_quoted_words_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_a_quoted_payment_screen_still_gives_the_sum_cheated() -> None:
    text = (
        'The buyer cheated me: he showed a fake screen "Payment Successful Rs 31,000" and '
        "took the phone."
    )
    assert value_of(text) == 31000


@pytest.mark.parametrize(
    "text",
    [
        # a sum wanted on someone's word: a demand, however it is put
        "Since the wedding my mother-in-law keeps saying my father should pay Rs 10 lakh "
        "for my husband's shop.",
        "Pati bola ki naye kaam ke liye 2 lakh chahiye, mayke se maang ke la.",
        "सास कहती है कि मायके से एक लाख रुपये लाओ, तभी घर में रहने देंगे।",
    ],
)
def test_a_sum_wanted_or_to_be_brought_is_a_demand_not_a_loss(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the thief tried, and the money stayed where it was
        "Two boys broke the lock of the donation box but ran when I shouted. No money was "
        "taken; the box had about Rs 15,000.",
        "Chor ne almari todi par paise nahi le gaye, usme 20,000 rupaye rakhe the.",
        "चोरों ने ताला तोड़ा पर कुछ नहीं ले गए, संदूक में 10,000 रुपये थे।",
        # what a repair costs is a damage, not a thing taken
        "The neighbour kicked my scooter and broke the mirror; the repair will cost Rs 2,500.",
        "Usne gusse me meri gaadi ka sheesha tod diya, marammat me 4,000 lagenge.",
        "पड़ोसी ने मेरी दीवार तोड़ दी, मरम्मत में 9,000 रुपये लगेंगे।",
        # money a missing person took along, in a complaint that tells of no theft
        "Our son Aman, 17, left home on Sunday after a quarrel and did not return. He took "
        "3,000 rupees from the cupboard with him.",
        "Hamari beti Pinki kal school gayi aur shaam tak nahi aayi. Wo apne saath 4,000 "
        "rupaye aur do jode kapde le gayi hai.",
        "मेरा बेटा रवि कल से लापता है। वह अपने साथ 2,500 रुपये ले गया है।",
    ],
)
def test_a_sum_not_taken_a_repair_cost_or_money_taken_along_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_money_kept_for_a_repair_and_stolen_is_still_lost() -> None:
    text = "Thieves broke the almirah and stole Rs 35,000 cash kept for house repair."
    assert value_of(text) == 35000


@pytest.mark.parametrize(
    "text",
    [
        # an hour still to come is not the hour of the occurrence
        "Someone has been writing abuses about me on the society wall since March. I will "
        "come to the station at 4 pm today with the photographs.",
        "Builder ne paise le liye par flat nahi diya. Ab bolta hai ki shaam 5 baje chaabi dega.",
        "ठेकेदार ने पैसे लेकर काम अधूरा छोड़ दिया। अब कहता है कि कल सुबह 10 बजे आएगा।",
    ],
)
def test_an_hour_still_to_come_is_no_time_of_occurrence(text: str) -> None:
    assert extract_fields(text, date(2025, 3, 5)).occurrence.time_from is None


def test_the_hour_of_the_occurrence_stays_beside_a_later_promise() -> None:
    text = (
        "Kal raat 9 baje Ramesh ne mujhe phone par dhamkaya. Usne kaha ki woh kal shaam 5 "
        "baje paise lene aayega."
    )
    assert extract_fields(text, date(2025, 3, 5)).occurrence.time_from == time(21, 0)


@pytest.mark.parametrize(
    "text",
    [
        # the day the letter was signed, alone on a line at its foot
        "Sir,\nMy neighbour has been dumping garbage at my gate for months and abuses me "
        "when I object.\nKindly take action.\nRamesh Gupta\n12/11/2025",
        "Mahoday,\nPadosi roz raat ko gaali dete hain aur naali ka paani hamare ghar ki taraf "
        "chhod dete hain.\nPrarthi\nSuresh\nDate: 03.04.2025",
        "महोदय,\nहमारे गाँव का दबंग आदमी महीनों से हमारा रास्ता रोकता है।\nप्रार्थी\nरामलाल\n"
        "दिनांक 14.02.2025",
    ],
)
def test_the_day_a_letter_was_signed_is_no_date_of_occurrence(text: str) -> None:
    assert extract_fields(text, date(2025, 12, 1)).occurrence.date_from is None


def test_a_form_s_date_field_before_its_details_is_still_the_date() -> None:
    text = (
        "Complainant: Ravi | Age 30\nIncident: Online fraud\nDate: 24-05-2025\n"
        "Details: A man posing as a flat owner took Rs 25,000 token by UPI and then switched "
        "off his phone."
    )
    assert extract_fields(text, date(2025, 5, 28)).occurrence.date_from == date(2025, 5, 24)


@pytest.mark.parametrize(
    "text",
    [
        # the complainant's trade or age, written where an address might stand
        "मैं रामेश्वर यादव, उम्र 52, किसान। पड़ोसी ने मेरी मेड़ काट दी।",
        "मैं सुरेश सोनी, 56 वर्ष। भाई दुकान का हिसाब नहीं दे रहा।",
        "I, Anil Deshmukh, Branch Manager, report that our clerk forged a customer's signature.",
        "Main Pooja Verma, 24, student. Ek ladka roz mera peecha karta hai.",
        # the sentence goes on in the first person after the name
        "My name is Smt. Lata Menon, I am 71 years old, and my neighbour took my gold chain.",
    ],
)
def test_a_trade_or_an_age_is_no_address(text: str) -> None:
    assert extract_fields(text).complainant.address is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "I, Meena Iyer, 45, teacher, 12 Gandhi Road, Madurai, report that my bag was snatched.",
            "12 Gandhi Road, Madurai",
        ),
        ("मैं रामलाल, 60, किसान, ग्राम सरगवां, अंबिकापुर, निवेदन करता हूँ।", "ग्राम सरगवां, अंबिकापुर"),
    ],
)
def test_an_address_after_the_trade_is_still_read(text: str, address: str) -> None:
    assert extract_fields(text).complainant.address == address


def test_the_hour_a_loss_was_noticed_is_no_time_of_occurrence() -> None:
    text = (
        "Nature of incident: theft of motorcycle from outside house\n"
        "Date of incident: 09.11.2025, noticed 06:45 hrs\n"
        "Details: The bike was parked outside at night and was gone in the morning."
    )
    assert extract_fields(text, date(2025, 11, 9)).occurrence.time_from is None


@pytest.mark.parametrize(
    "text",
    [
        # a charge laid against the complainant, retold
        "Ramesh has now given a false counter-complaint alleging that I attacked him with an "
        "iron rod, though it was he who pushed me.",
        "Usne mujh par jhootha case kiya ki maine lathi se maara, jabki main wahan tha hi nahi.",
        "उसने मुझ पर झूठा मुकदमा किया कि मैंने डंडे से मारा।",
    ],
)
def test_a_weapon_in_a_charge_against_the_complainant_is_no_weapon(text: str) -> None:
    assert extract_fields(text).weapons == []


@pytest.mark.parametrize(
    "text",
    [
        # an advance paid where no deceit is told: the business is late, not a sum cheated
        "I gave the tailor Rs 1,500 advance for three suits before Diwali; they are still "
        "not stitched.",
        "Printing press waale ko shaadi ke card ke liye 6,500 advance diye the, card mein naam "
        "galat chhape.",
        "मैंने हलवाई को 20,000 रुपये एडवांस दिए थे, उसने मिठाई कम बनाई।",
        # a part paid by the other side
        "The contractor left the work half done and has paid only Rs 5,000 of the balance.",
        "Malik ne ilaaj ka kharcha dene ko kaha tha, par sirf 5,000 diye hain.",
        "खरीदार ने बाकी रकम के बदले सिर्फ 20,000 और दिए।",
    ],
)
def test_an_advance_or_a_part_paid_back_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_an_advance_taken_by_a_cheat_is_still_the_value_cheated() -> None:
    text = (
        "A man posing as the flat owner took Rs 25,000 token advance by UPI and then "
        "switched off his phone."
    )
    assert value_of(text) == 25000


@pytest.mark.parametrize(
    "text",
    [
        # a tool a lock or a door was forced with is no weapon used on a person
        "When we got back late at night the lock of the shutter had been prised open with an "
        "iron rod and the drawer was empty.",
        "Wapas aaye to dekha ki darwaze ka latch screwdriver se ukhada hua tha aur almari "
        "khali thi.",
        "चोरों ने रॉड से शटर उठाकर दुकान से मोबाइल फोन चुरा लिए।",
    ],
)
def test_a_tool_that_forced_a_lock_is_no_weapon(text: str) -> None:
    assert extract_fields(text).weapons == []


def test_a_knife_in_hand_while_breaking_a_door_is_still_a_weapon() -> None:
    text = "Aadhi raat ko ek ladka peeche ki khidki tod raha tha, uske haath me chaaku tha."
    assert extract_fields(text).weapons == ["chaaku"]


@pytest.mark.parametrize(
    "text",
    [
        # the price of what a customer bought with a (fake) note
        "A youth came to my shop, bought soap and biscuits worth Rs 180 and gave a Rs 500 "
        "note, which the bank later found to be fake.",
        "Ek ladka dukaan par aaya, 250 rupaye ka saaman lekar 500 ka note diya jo nakli nikla.",
        "एक ग्राहक ने 90 रुपये का सामान लेकर 2000 का नोट दिया, जो नकली निकला।",
        # a price put on a person
        "The lady told my niece that her uncle had taken Rs 40,000 for her, so she had to work "
        "off the debt.",
        "Thekedar ne har ladke ke badle factory maalik se 5,000 liye the.",
        "फिर मालूम हुआ कि उसने मेरी बेटी के बदले 35,000 रुपये लिए थे।",
    ],
)
def test_a_price_paid_with_a_note_or_put_on_a_person_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a "today" someone spoke of on the day before is no end of the occurrence
        "Yesterday around 3:40 pm a man called and said my bank account will be blocked today "
        "if I did not share the OTP.",
        "Kal dopahar devar se behas hui ki aaj khana kaun banayega, usne mujhe dhakka diya.",
        "कल शाम पड़ोसी ने धमकी दी कि आज रात तुझे देख लेंगे।",
    ],
)
def test_a_today_in_reported_words_is_no_end_of_the_occurrence(text: str) -> None:
    occurrence = extract_fields(text, date(2025, 3, 5)).occurrence
    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 3, 4), None)


def test_a_window_from_last_night_to_this_morning_keeps_its_end() -> None:
    text = "Kal raat 11 baje se aaj subah 6 baje ke beech meri bike gali se chori ho gayi."
    occurrence = extract_fields(text, date(2025, 3, 5)).occurrence
    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 3, 4), date(2025, 3, 5))


@pytest.mark.parametrize(
    "text",
    [
        # a sum in a clause of what would happen
        "My husband keeps all the money; if I so much as spend 300 rupees without his say, he "
        "shouts and locks me in the room.",
        "Saas kehti hai agar 500 rupaye bhi kharch kiye to ghar se nikaal dungi, aur maarti hai.",
        "पति कहता है कि अगर 100 रुपये भी खर्च किए तो मारूँगा, और रोज़ गाली देता है।",
    ],
)
def test_a_sum_in_an_if_clause_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # where a thing or another person is, or a year, is not where the complainant lives
        "Usne mujhe dhamki di aur gaali di. Uski recording ka video mere phone mein hai.",
        "Ladki apni marzi se gayi hai, beta usi ke ghar mein hai.",
        "मेरी कोई गलती नहीं है। मेरा भाई इस समय नशा छुड़ाने के केंद्र में है।",
        "Main bank mein cashier hoon, 2021 se. Branch mein ek khata farzi tareeke se khola gaya.",
    ],
)
def test_a_thing_s_or_another_s_whereabouts_is_no_address(text: str) -> None:
    assert extract_fields(text).complainant.address is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Mera naam Raju Verma hai. Main gaon Rampur, zila Agra mein rehta hoon. Kal mera "
            "bail chori ho gaya.",
            "gaon Rampur, zila Agra",
        ),
        (
            "मेरा नाम राजू वर्मा है। मैं ग्राम रामपुर, जिला आगरा में रहता हूँ। कल मेरा बैल चोरी हो गया।",
            "ग्राम रामपुर, जिला आगरा",
        ),
    ],
)
def test_the_complainant_s_own_place_before_mein_rehta_hoon_is_still_read(
    text: str, address: str
) -> None:
    assert extract_fields(text).complainant.address == address


@pytest.mark.parametrize(
    "text",
    [
        # the price of something sold, where nothing was taken by deceit
        "A man at the tea stall behind the school sells ganja pouches to boys for 100-200 "
        "rupees; my son is now addicted.",
        "Gali mein ek aadmi roz shaam 200 rupaye mein sharab ki thaili bechta hai.",
        "वह लड़कों को 150 रुपये में नशे की पुड़िया बेचता है।",
        # a sum the complaint says was not taken
        "The liquor found in the car was seized by the patrol, value Rs 50,000 (seized, not "
        "stolen).",
        "Dhakka-mukki mein purse gir gaya, usme 3,500 rupaye aur ghadi thi, sab surakshit mila.",
    ],
)
def test_a_sale_price_or_a_sum_not_taken_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_the_proceeds_of_a_sale_kept_at_home_and_stolen_are_still_lost() -> None:
    text = "Gehun bechne ke jo 40,000 rupaye almari mein rakhe the, chor wo sab le gaye."
    assert value_of(text) == 40000


@pytest.mark.parametrize(
    "text",
    [
        # a weight of goods written like a sum
        "I supplied cotton yarn to the mill in June. They delivered back only 1,800 kg of "
        "cloth and now refuse to settle the account.",
        "Godown se 2,400 kg gehun ki bori ek vyapari ke yahan bheji thi, hisaab abhi baaki hai.",
        "व्यापारी ने 1,500 किलो सरसों तौल में कम बताई और हिसाब नहीं किया।",
        # what the complainant spent
        "The groom's side left before the pheras. We had spent about Rs 6 lakh on the tent, "
        "the food and the band.",
        "Bhai ko hospital le gaye, ilaaj mein ab tak 35,000 rupaye kharch ho gaye hain.",
        "बारात लौट गई। खाने और टेंट में हमारे लगभग 4 लाख रुपये खर्च हुए हैं।",
    ],
)
def test_a_weight_of_goods_or_a_sum_the_complainant_spent_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Chor almari se ghar kharch ke liye rakhe 12,000 rupaye le gaye.",
            12000,
        ),
        (
            "Our accountant was given the company card and he spent Rs 3,40,000 of the "
            "company's money on his own shopping by fraud.",
            340000,
        ),
    ],
)
def test_money_kept_for_expenses_or_spent_by_the_accused_is_still_the_loss(
    text: str, value: float
) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    "text",
    [
        # the hour the loss was found, with no one seen at it
        "On 4 March my scooter was parked in the lane. At about 6 am when I came down, the "
        "scooter was not there.",
        "12 tareekh ko subah 6 baje khet pahuncha to dono bhains gayab thi, rassi kati padi thi.",
        "15 मार्च की सुबह करीब 6 बजे देखा तो आँगन में रखी साइकिल गायब है।",
        # an hour in words spoken by someone, not when anything happened
        'On 9 May he messaged her: "come to the canal by 10 pm or I will send the photos to '
        'everyone".',
        'Usne 3 June ko phone pe kaha "raat 11 baje tak paise bhej warna dekh lena".',
    ],
)
def test_the_hour_a_loss_was_found_or_an_hour_spoken_is_no_time_of_occurrence(
    text: str,
) -> None:
    assert extract_fields(text).occurrence.time_from is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        # the hour the thing was left opens the window of the theft
        ("On 4 March I parked my cycle at 8 pm near the gate and found it missing at 10 pm.",
         time(20, 0)),
        # a person gone missing: the hour is of the occurrence itself
        ("On 2 February my daughter left for tuition at 5 pm and went missing.", time(17, 0)),
        # someone seen at the hour it was found is at the occurrence
        ("On 8 April at about 5 am I saw two men running from the shed and the motor was "
         "missing.", time(5, 0)),
    ],
)  # fmt: skip
def test_an_hour_of_the_occurrence_beside_a_loss_found_stays(text: str, clock: time) -> None:
    assert extract_fields(text).occurrence.time_from == clock


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chor mandir ki daan peti tod kar le gaye, usme lagbhag 12,000 se 15,000 rupaye the.",
         15000),
        ("The thieves took the stock from the godown, worth at least Rs. 8 to 9 lakh.", 900000),
        ("चोर मेरी भैंस खोल ले गए, जिसकी कीमत 60,000-70,000 रुपये है।", 70000),
    ],
)  # fmt: skip
def test_a_value_told_as_a_range_is_one_sum_its_upper_end(text: str, value: float) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "I sold my old tractor to him for Rs 3,00,000 and he paid Rs 2,00,000. There was no "
        "fraud, he says he will pay the rest after the harvest.",
        "Maine dukaan ka saaman 45,000 rupaye mein becha tha, 30,000 mile. Koi dhokha nahi "
        "hua, bas baaki paisa der se de raha hai.",
        "मैंने मिस्त्री को 40,000 रुपये दिए थे, छत अधूरी है। इसमें कोई धोखा नहीं, सिर्फ़ देरी हो रही है।",
        # a city whose name begins like "chheen" (snatch) tells of no taking
        "I shifted from Chennai in May and paid Rs 20,000 as the deposit for the flat.",
    ],
)
def test_money_paid_where_the_complainant_denies_deceit_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour who watered the plants, a husband named as who she is, a man gone missing
        "We were away in Jaipur for a week. Our neighbour Mr. Arvind Menon watered the plants "
        "on the balcony. On our return on 12 July the lock was broken and the cash box was "
        "missing. We do not suspect anyone.",
        "Main Kusum, pati Mohd. Arif, mohalla Kaziwada. Kal raat aangan mein bandhi gaay chori "
        "ho gayi. Hume kisi par shak nahi hai.",
        "मैं श्रीमती कमला देवी, ग्राम रामपुर की निवासी हूँ। मेरे पति सुरेश कुमार 5 मार्च को खेत गए और वापस "
        "नहीं आए। हमारा किसी पर शक नहीं है।",
    ],
)
def test_someone_named_in_passing_is_no_accused_where_the_complainant_suspects_no_one(
    text: str,
) -> None:
    fields = extract_fields(text)
    assert [a.name for a in fields.accused if a.name] == []
    assert fields.accused_count is None


def test_the_doer_named_stays_accused_though_no_one_else_is_suspected() -> None:
    text = (
        "On 3 May my neighbour Ramesh Verma hit me with a stick outside my house. I do not "
        "suspect anyone else."
    )
    assert [a.name for a in extract_fields(text).accused] == ["Ramesh Verma"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May my neighbour Vikram Rana came with 5-6 unknown boys and they broke the "
        "glass of my shop.",
        "Kal raat padosi Pappu Yadav aur 4-5 anjaan ladke ghar mein ghus gaye aur maarpeet ki.",
        "कल शाम पड़ोसी सोनू यादव और 7-8 अज्ञात लड़के मेरी दुकान का शटर तोड़कर अंदर घुस गए।",
    ],
)
def test_a_band_of_open_size_that_did_the_deed_leaves_the_count_open(text: str) -> None:
    assert extract_fields(text).accused_count is None


def test_a_crowd_of_open_size_that_only_sat_by_leaves_the_count_named() -> None:
    text = (
        "Kal shaam chaupal par 15-20 log baithe the. Wahin Ramesh Yadav ne mujhe thappad "
        "maara aur gaali di."
    )
    assert extract_fields(text).accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        "My daughter was married in 2022. On 14 March at about 9 pm a man from her village "
        "telephoned my son and said that she had died in the afternoon.",
        "15 March ko subah 7 baje padosi ne phone karke bataya ki meri behan ki maut ho gayi hai.",
        "दिनांक 15 मार्च को सुबह करीब 7 बजे गाँव के एक परिचित ने फोन पर बताया कि मेरी बहन की मौत हो गई है।",
    ],
)
def test_the_hour_news_of_a_death_came_by_phone_is_no_time_of_occurrence(text: str) -> None:
    assert extract_fields(text).occurrence.time_from is None


def test_an_hour_someone_phoned_to_threaten_stays_the_time_of_occurrence() -> None:
    text = "On 14 March at about 9 pm Raju phoned me and said he would kill me."
    assert extract_fields(text).occurrence.time_from == time(21, 0)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The buyer took 40 bags of rice from my godown. He paid Rs 50,000 and has not "
            "paid the rest, and he has cheated me of the balance of Rs 70,000.",
            70000.0,
        ),
        (
            "Shuru mein unhone 200, 400 rupaye bheje taaki bharosa ho jaye. Uske baad "
            "maine dhokhe mein 42,000 rupaye unke khate mein daal diye.",
            42000.0,
        ),
        (
            "पहले उसने 300 रुपये भेजे, फिर झांसा देकर मुझसे 25,000 रुपये ठग लिए।",
            25000.0,
        ),
    ],
)
def test_a_sum_the_other_side_paid_or_sent_is_not_what_was_lost(text: str, value: float) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "My son says he paid Rs 36,000 to a man who promised a railway job; the man cheated "
        "him and vanished.",
        "Mere bhai ne bataya ki usne agent ko 36,000 rupaye diye, par agent ne dhokha diya.",
    ],
)
def test_a_sum_paid_by_someone_of_the_complainants_side_to_a_cheat_stays_lost(text: str) -> None:
    assert value_of(text) == 36000.0


@pytest.mark.parametrize(
    "text",
    [
        "Sir, Devesh Kumar and I opened a sweet shop in Civil Lines in 2022 on a partnership "
        "deed. I invested Rs 7 lakh and Devesh invested Rs 5 lakh. Since January he keeps the "
        "accounts to himself and pays me no profit.",
        "Sir, maine aur Naveen ne milkar printing press chalaya, 60-40 partnership thi. Capital "
        "ke taur par maine 9 lakh diye the. Ab woh hisaab nahi dikhata aur phone bhi band rakhta "
        "hai.",
        "महोदय, मैंने और रमेश ने साझेदारी में ढाबा खोला था। पूंजी के रूप में मैंने 4 लाख रुपये दिए थे। "
        "अब वह मुनाफ़े का हिसाब नहीं देता और उसका फोन बंद आ रहा है।",
    ],
)
def test_a_partners_capital_is_no_property_lost(text: str) -> None:
    assert value_of(text) is None


def test_therefore_in_devanagari_tells_no_taking() -> None:
    # "इसलिए" (therefore) ends in the letters of "लिए" (took) but takes nothing
    text = (
        "महोदय, मैं हर साल अपनी गेहूँ की फसल एक ही व्यापारी को बेचता हूँ। इस बार ओले पड़े, "
        "इसलिए वह अब केवल 25,000 रुपये में सौदा करने को कह रहा है।"
    )
    assert value_of(text) is None

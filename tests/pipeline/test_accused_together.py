"""Everyone who acted together is an accused, and the count is how many acted.

A list of doers ("Raju, Pappu aur Sonu ne", "Amit and Rohit beat me"), companions named
after the one who brought them ("X apne do beton Y aur Z ke saath aaya"), and a number said
of them ("teeno ne milkar", "all four of them", "five persons in total") each count; the
complainant's own side ("hum dono ne") does not. Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Main Kamla Devi. Parso shaam Bittu, Golu aur Chintu ne meri dukaan ka shutter tod diya.",
         ["Bittu", "Golu", "Chintu"]),
        ("Main Kamla Devi. Kal raat Golu aur Bittu ne ghar me ghus kar mujhe peeta.",
         ["Golu", "Bittu"]),
        ("I am Kamla Devi. On 8 June Harpreet Gill and Jaswant Sandhu attacked me at the gate.",
         ["Harpreet Gill", "Jaswant Sandhu"]),
        # kin of the first told one after another: the second is kin of the same man
        ("मैं कमला देवी। कल शाम दुकानदार रमेश, उसका बेटा गोलू और भतीजा चिंटू डंडे लेकर आए और "
         "मुझे पीटा।", ["रमेश", "गोलू", "चिंटू"]),
        ("Main Kamla Devi. Kal shaam thekedar Ramesh, uska beta Golu aur bhatija Chintu aaye "
         "aur mujhe peeta.", ["Ramesh", "Golu", "Chintu"]),
    ],
)  # fmt: skip
def test_each_of_a_list_of_doers_is_an_accused(text: str, names: list[str]) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == len(names)


@pytest.mark.parametrize(
    "text",
    [
        "Main Bholaram. Kal raat gaon ka Mahavir Prasad apne do beton Sanju aur Titu ke saath "
        "mere khet pe aaya aur meri fasal kaat ke le gaya.",
        "मैं भोलाराम। कल रात महावीर प्रसाद अपने दो बेटों संजू और टीटू के साथ मेरे खेत पर आया "
        "और फसल काट कर ले गया।",
    ],
)
def test_companions_named_after_the_one_who_brought_them_are_accused(text: str) -> None:
    fields = extract(text)
    assert len(accused_names(fields)) == 3
    assert fields.accused_count == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Main Bholaram. Kal Mahavir aur uska ek saathi aaye, teeno ne milkar mujhe maara, "
         "teesre ka naam nahi pata.", 3),
        ("On 8 June two men stopped my scooter near the canal. All three of them beat me; the "
         "third had come on foot.", 3),
        ("मैं भोलाराम। कल खेत पर कुछ लोग आए और चारों ने मिलकर मुझे पीटा।", 4),
    ],
)  # fmt: skip
def test_a_number_said_of_those_who_acted_counts_them(text: str, count: int) -> None:
    assert extract(text).accused_count == count


def test_seven_in_all_counts_the_named_among_them() -> None:
    fields = extract(
        "I am Kewal Ram, lineman. On 8 June 2025 Sh. Prem Thakur, his son Arun Thakur and some "
        "villagers, about five persons in total, stopped me at the pole and pushed me down."
    )
    assert accused_names(fields) == ["Prem Thakur", "Arun Thakur"]
    assert fields.accused_count == 5


def test_the_complainants_own_side_is_no_count_of_accused() -> None:
    fields = extract(
        "Main Bholaram. Kal Mahavir ne mere bhai ko thappad maara, hum dono ne use roka aur "
        "phir hum dono ghar aa gaye."
    )
    assert accused_names(fields) == ["Mahavir"]
    assert fields.accused_count == 1


def test_a_number_of_people_told_by_how_they_looked_is_counted() -> None:
    assert (
        extract("I, Ravi Iyer. Two masked armed men entered the shop and beat me.").accused_count
        == 2
    )
    hindi = extract("मैं रवि कुमार। कल रात दो अनजान आदमी आए और मेरा फोन छीन लिया।")
    assert hindi.accused_count == 2
    hinglish = extract("Main Ravi Kumar. Kal raat teen chor ghar mein ghuse aur mujhe maara.")
    assert hinglish.accused_count == 3


@pytest.mark.parametrize(
    "text",
    [
        "मैं रवि कुमार। कल रात रमेश और उसका भाई आए और मुझे लाठी से मारा।",
        "Main Ravi Kumar. Kal raat Ramesh aur uska bhai aaye aur mujhe lathi se maara.",
        "I, Ravi Kumar. Last night Ramesh and his brother came and beat me with a stick.",
    ],
)
def test_an_unnamed_brother_who_came_along_is_counted(text: str) -> None:
    fields = extract(text)
    assert fields.accused_count == 2


def test_a_brother_only_mentioned_is_not_counted() -> None:
    fields = extract(
        "Main Ravi Kumar. Saamne wale ghar mein Ramesh rehta hai, uski wife aur unka beta bhi "
        "hai. Kal raat Ramesh ne mujhe gaali di aur thappad maara."
    )
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Main Rekha Sahu. Kal metro mein ek aadmi ne mera dupatta kheencha. Logon ne use "
        "pakad liya, uska naam Vinod Kashyap bataya.",
        "I, Rekha Sahu, state that a man snatched my chain near the temple; the crowd caught "
        "him and he was later identified as Vinod Kashyap.",
    ],
)
def test_the_name_given_for_one_described_is_the_same_accused(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == ["Vinod Kashyap"]
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I am Kamla Devi. On 8 June my neighbour Mr. Harish Rawat and his younger brother Mr. "
         "Naveen Rawat pushed me off my own plot and broke the fence.",
         ["Harish Rawat", "Naveen Rawat"]),
        ("I am Kamla Devi. The agency was run by Sh. Tarun Bedi and his associate Ms. Komal Arora, "
         "who took Rs 2,00,000 from me for a visa that never came.",
         ["Tarun Bedi", "Komal Arora"]),
        ("मैं कमला देवी। 8 जून को गाँव के ही सुरेश यादव और उसका चचेरा भाई दिनेश यादव आए और मुझे "
         "लाठी से मारा।",
         ["सुरेश यादव", "दिनेश यादव"]),
    ],
)  # fmt: skip
def test_the_named_kin_or_associate_who_came_along_is_an_accused(
    text: str, names: list[str]
) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == len(names)


def test_an_unnamed_son_who_came_along_is_no_name() -> None:
    fields = extract(
        "मैं कमला देवी। 8 जून को पड़ोसी सुरेश यादव ने गाली दी और धक्का मारा, फिर सुरेश यादव और उसका बेटा आ गए।"
    )
    assert accused_names(fields) == ["सुरेश यादव"]


@pytest.mark.parametrize(
    "text",
    [
        "Sir kal raat station se taxi li, driver ne meter band karke 900 maange aur dhakka diya.",
        "Kal raat 2 baje ek yuvak khidki tod ke andar aaya aur mera phone le gaya.",
        "परसों दोपहर एक नंबर से फोन आया, फोन करने वाले ने बीमा एजेंट बनकर पॉलिसी नंबर पूछा और "
        "खाते से 20,000 निकाल लिए।",
        "मैंने बाजार से एक प्रेस खरीदी, दुकानदार ने पुरानी प्रेस नई बताकर बेच दी।",
    ],
)
def test_one_doer_told_by_role_counts_one(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == []
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Main Kamla Devi. Kal shaam bus stand par do ladke khade the, baad mein maloom hua ki "
         "ek Lucky hai, aur dusra uska dost Sonu. Lucky ne seeti maari aur Sonu ne mera dupatta "
         "kheencha.",
         ["Lucky", "Sonu"]),
        ("I am Kamla Devi. Yesterday two boys on a scooter stopped me near the park. Later the "
         "shopkeeper told me they were Raghav Tomar and Ankit Yadav. Raghav snatched my chain and "
         "Ankit slapped me.",
         ["Raghav Tomar", "Ankit Yadav"]),
    ],
)  # fmt: skip
def test_a_counted_group_named_later_is_counted_once(text: str, names: list[str]) -> None:
    fields = extract(text)
    assert sorted(accused_names(fields)) == sorted(names)
    assert fields.accused_count == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("मैं कमला देवी। 12 जून को पड़ोसी दिनेश यादव हमारे घर में घुस आया और मुझे थप्पड़ मारा।",
         ["दिनेश यादव"]),
        ("मैं कमला देवी। पड़ोसी नरेश गोयल सितंबर से हर रात गाली देता है और धमकी देता है।",
         ["नरेश गोयल"]),
    ],
)  # fmt: skip
def test_a_devanagari_name_ends_before_a_pronoun_or_a_month(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the first name told again is the full name the complaint introduced
        ("मैं कमला देवी पत्नी रमेश चौहान, उम्र 30, निवासी सदर बाजार। कल शाम मेरे पति रमेश ने "
         "शराब पीकर मुझे मारा और घर से निकाल दिया।",
         ["रमेश चौहान"]),
        # initials written once before the name told later without them
        ("I am Kamla Devi. I gave my gold to the branch cashier Mr. K. Suresh for the locker. "
         "Last week Mr. Suresh returned the box empty and threatened me.",
         ["K. Suresh"]),
        # the "S." of a Sikh name is "Sardar", no initial
        ("Main Kamla Devi. Hamare gaon mein S. Harjeet Singh Gill ki zameen hai. Kal Harjeet "
         "Singh Gill ne mujhe thappad maara.",
         ["Harjeet Singh Gill"]),
        # two longer spellings leave it as it is
        ("मैं कमला देवी। गाँव में रमेश चौहान और रमेश यादव दोनों रहते हैं। कल शाम रमेश ने मुझे "
         "गाली दी और धक्का मारा।",
         ["रमेश"]),
    ],
)  # fmt: skip
def test_a_devanagari_first_name_is_spelt_out(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "मैं सुमन वर्मा। कल शाम सब्ज़ी मंडी में एक लड़का साइकिल पर आया और मेरा मोबाइल झपटकर भाग गया।",
        "मैं सुमन वर्मा। दस दिन से फोन करने वाला कहता है कि 20,000 दो वरना बेटे को उठा लेंगे।",
        "Main Suman Verma. Kal mandir ke bahar ek ladki ne meri chain kheench li aur bhaag gayi.",
    ],
)
def test_one_unnamed_doer_counts_one(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == []
    assert fields.accused_count == 1


def test_one_met_in_passing_is_no_doer() -> None:
    fields = extract(
        "Main Suman Verma. Mere bete ki sagai ek ladki se tay hui thi, baad mein pata chala "
        "ki uske ghar wale pehle hi kahin aur rishta kar chuke the."
    )
    assert fields.accused_count is None


def test_a_girl_given_by_name_is_named_not_counted_twice() -> None:
    fields = extract(
        "Main Suman Verma. Hamare ghar pe Rekha naam ki ek ladki kaam karti thi, kal wo "
        "almari se 40,000 aur kangan le kar chali gayi."
    )
    assert accused_names(fields) == ["Rekha"]
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Main Harkesh. Kal sham Jagmal Singh, uske bete Titu aur Lalit ne lathi se mujhe "
         "peeta.", ["Jagmal Singh", "Titu", "Lalit"]),
        ("Main Harkesh. Kal Ramdhan, uske bete Kalu aur Bhura, bhatija Sonu, aur do teen aur "
         "log lathi leke aaye aur hum pe hamla kiya.", ["Ramdhan", "Kalu", "Bhura", "Sonu"]),
    ],
)  # fmt: skip
def test_kin_told_after_a_comma_in_a_list_are_accused(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Main Ramesh Pal. Purani ranjish rakhne wala Bhura Singh (gaon Khera) aur uska saathi "
         "Titu bike pe aaye. Bhura ne mujhe danda maara.", ["Bhura Singh", "Titu"]),
        ("Main Ramesh Pal. Kal baag ke thekedar Kallu aur uske naukar Chhotu ne mere bete ko "
         "pakad ke peeta.", ["Kallu", "Chhotu"]),
    ],
)  # fmt: skip
def test_one_who_came_along_with_an_accused_is_an_accused(text: str, names: list[str]) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == len(names)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("मैं रामलाल। कल रात तीन अज्ञात ने मेरी दुकान का ताला तोड़ा और सामान ले गए।", 3),
        ("Main Ramlal. Kal raat do agyat bike pe aaye aur mera phone chheen liya.", 2),
        ("मैं रामलाल। कल रात चार नकाबपोश घर में घुसे और लूटपाट की।", 4),
        ("I am Ramlal. Three masked intruders entered my house and tied me up.", 3),
        ("I am Ramlal. Two bike-borne miscreants snatched my chain.", 2),
    ],
)  # fmt: skip
def test_unknown_doers_counted_are_counted_and_never_named(text: str, count: int) -> None:
    fields = extract(text)
    assert fields.accused_count == count
    assert accused_names(fields) == []


def test_one_unknown_number_is_no_unknown_doer() -> None:
    fields = extract("Main Ramlal. Mujhe ek agyat number se call aaya, maine koi OTP nahi diya.")
    assert fields.accused_count is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("मैं कविता। परसों शाम मेरे चाचा नरेश और चचेरे भाई छोटू ने मुझे धक्का देकर गिराया।",
         ["नरेश", "छोटू"]),
        ("मैं रीना। ससुराल में जेठ रमेश, जेठानी ममता और ननद पिंकी ने मुझे दहेज के लिए पीटा।",
         ["रमेश", "ममता", "पिंकी"]),
    ],
)  # fmt: skip
def test_relatives_listed_by_kin_word_and_name_are_each_accused(
    text: str, names: list[str]
) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == len(names)


def test_a_verb_before_aur_is_no_name_in_a_list_of_doers() -> None:
    fields = extract("मैं रीना। उसने कॉलर पकड़ा और संजय ने मुझे थप्पड़ मारा।")
    assert accused_names(fields) == ["संजय"]


def test_a_kin_word_opening_a_sentence_is_no_second_accused() -> None:
    text = (
        "Meri shaadi 2023 mein hui. Mere pati Rakesh Verma aur saas Sushila Devi dahej ke liye "
        "mujhe maarte hain. Saas ne dhamki di ki gaadi nahi aayi to jala kar maar denge. "
        "Devar ne kuch nahi kaha."
    )
    fields = extract(text)
    assert sorted(accused_names(fields)) == ["Rakesh Verma", "Sushila Devi"]
    assert fields.accused_count == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A man called me saying he was from the electricity board. Then another man came on "
            "a video call in a uniform and asked me to pay a fine at once.",
            2,
        ),
        ("Driver ne gaadi roki. Fir dusra aadmi utra aur mera bag kheench kar bhaaga.", 2),
        ("A man asked me for directions. Another man who saw it came to help me.", 1),
    ],
)
def test_another_unnamed_doer_after_the_first_counts_one_more(text: str, count: int) -> None:
    assert extract(text).accused_count == count


@pytest.mark.parametrize(
    "text",
    [
        "दिनांक 9 मार्च को गाँव का दबंग भूरा सिंह अपने दो साथियों के साथ मेरे घर में घुस आया।",
        "Kal shaam Pappu Yadav ne apne do saathiyon ke saath milkar mujhe maara.",
        "On 3 March Raju Tomar came with his two friends and broke my shop's glass.",
    ],
)
def test_two_companions_counted_after_the_accused_make_three(text: str) -> None:
    assert extract(text).accused_count == 3


@pytest.mark.parametrize(
    "text",
    [
        "Raat ko char ladke ghar mein ghuse. Ek ladke ne mujhe pakda aur baaki almari todne lage.",
        "Four men stopped our car. One man held a knife to the driver while the others searched "
        "the boot.",
        "चार लड़के दुकान में घुसे। एक लड़के ने गल्ले से पैसे निकाले।",
    ],
)
def test_one_of_a_counted_band_told_again_is_no_extra_accused(text: str) -> None:
    assert extract(text).accused_count == 4


def test_a_companion_who_came_armed_and_struck_is_an_accused() -> None:
    """The act told after what they came with ("came with a pipe and a lathi and beat me")."""
    fields = extract(
        "I am Kamla Devi. My neighbour Raghav Yadav quarrelled with me over the drain. He and "
        "his nephew Tinku came with an iron pipe and a lathi and attacked me."
    )
    assert accused_names(fields) == ["Raghav Yadav", "Tinku"]


@pytest.mark.parametrize(
    "text",
    [
        "Main Kamla Devi. Padosi Jagdish Verma aur uska bhai Mukesh danda lekar aaye aur "
        "mujhe peeta.",
        "I am Kamla Devi. Neighbour Jagdish Verma and his brother Mukesh hit me with sticks.",
        "Main Kamla Devi. Thekedar Jagdish Verma aur uska bhai Mukesh ne mujhe peeta.",
    ],
)
def test_a_role_word_opening_the_sentence_is_no_part_of_the_name(text: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == ["Jagdish Verma", "Mukesh"]
    assert fields.accused_count == 2


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("I am Kamla Devi. Last night Naveen Rawat and three unknown youths beat me with rods.",
         "Naveen Rawat", 4),
        ("Main Kamla Devi. Kal Naveen Rawat aur uske do saathi ne mujhe maara.", "Naveen Rawat", 3),
    ],
)  # fmt: skip
def test_one_named_with_a_counted_band_is_an_accused_beside_the_band(
    text: str, name: str, count: int
) -> None:
    fields = extract(text)
    assert name in accused_names(fields)
    assert fields.accused_count == count


def test_his_mother_named_once_is_not_counted_again_as_the_mother_in_law() -> None:
    text = (
        "I was married to Arvind Saini in 2020. Since then my husband Arvind, his mother "
        "Shakuntala and his uncle Om Prakash demanded a fridge and cash as dowry. In August my "
        "husband kicked me and my mother-in-law threw hot water on my arm."
    )
    fields = extract(text)
    assert sorted(accused_names(fields)) == ["Arvind Saini", "Om Prakash", "Shakuntala"]
    assert fields.accused_count == 3


@pytest.mark.parametrize(
    "text",
    [
        "गाँव के ही मनोज पुत्र हरिशंकर व उसके साथी पप्पू ने मेरी भैंस खोल ली और ले गए।",
        "On 2 March 2025 Ramesh s/o Kailash and his friend Bunty beat me with sticks by the canal.",
    ],
)
def test_the_father_named_with_an_accused_is_not_one_and_the_companion_after_is(
    text: str,
) -> None:
    fields = extract(text)
    names = accused_names(fields)
    assert "हरिशंकर" not in names and "Kailash" not in names
    assert len(names) == 2


def test_a_neighbour_who_phoned_the_complainant_is_an_informant_not_an_accused() -> None:
    text = (
        "I, Alok Saxena, aged 51. We had gone to Agra on 2 January 2025 and the flat was locked. "
        "On 4 January 2025 my neighbour Sh. Vinod Arora phoned me to say our front door stood "
        "open. The locker had been broken by unknown thieves and silver utensils were gone."
    )
    fields = extract(text)
    assert "Vinod Arora" not in accused_names(fields)

"""The complainant's name from the ways people introduce themselves at a station.

Oral statements open with their heading ("Statement of ...", "Bayan ...", "बयान ..."),
messages with a greeting ("Sir, ... here") or end with a signature after a dash, Hinglish
letters with "main", "mai", "hum"; a label further down ("the owner Mr. ...") names someone
else. Every example is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields
from afirgen.pipeline.extraction.people import extract_complainant


def complainant(text: str) -> str | None:
    return extract_complainant(text, text).person.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Statement of Smt. Kamala Iyer, 52, W/o R. Iyer: my purse was cut.", "Kamala Iyer"),
        ("Bayan Shri Lakhan Singh s/o Bhoop Singh, umar 44: kal raat bhains chori hui.",
         "Lakhan Singh"),
        ("Fardbeyan Radha Kumari, pati Mohan Yadav, gram Sonpur.", "Radha Kumari"),
        # an officer's report: the rank and the badge number come before the name
        ("Report of HC 2231 Vikas Tyagi, PS Sadar: at the barrier a truck driver fled.",
         "Vikas Tyagi"),
        ("Report of Ct. No. 87 Sunil Rana, Thana Kotwali. Naka par ek car nahi ruki.",
         "Sunil Rana"),
        ("बयान श्री हरिओम पुत्र श्री रामसेवक, उम्र 38 वर्ष, ग्राम बरई।", "हरिओम"),
        ("Sir, Arjun Bhatia here, 31, from Model Town. My scooter was stolen.", "Arjun Bhatia"),
        ("Hello sir, this is Farah Naqvi from Aminabad. Someone hacked my account.", "Farah Naqvi"),
        ("Thana prabhari ji, mai Geeta Chauhan, umar 36, gram Bilaspur se hoon.", "Geeta Chauhan"),
        ("Sir hum Ramprasad Verma, 50. Kal khet se pump chori ho gaya.", "Ramprasad Verma"),
        ("sir namaste, main Tarun Goyal 27 saal, Sikar se. Mera phone gum hua.", "Tarun Goyal"),
        # where the named complainant lives, after a comma, is no sign the name is a place
        ("Sir, main Arif Ansari, Nai Basti ka rehne wala hoon. Kal raat meri cycle chori hui.",
         "Arif Ansari"),
        ("मैं सुखदेव मीणा। कल रात मेरी बकरी चोरी हो गई।", "सुखदेव मीणा"),
        ("महोदय, प्रार्थी बलवीर सिंह पुत्र स्व. करतार सिंह, ग्राम खेड़ा, निवेदन करता है।",
         "बलवीर सिंह"),
        ("Mahoday, nivedan hai ki prarthi Naresh Pal s/o Jagdish, gram Kheri, ka bail chori hua.",
         "Naresh Pal"),
        ("My cycle was taken from the college stand today. What should I do? - Ritika",
         "Ritika"),
        ("Sir, I am Deepa R, 24, staying in a hostel near the station.", "Deepa R"),
        ("Applicant Mohd. Aslam, 41, r/o Kalyanpur, states that his shop was broken into.",
         "Mohd. Aslam"),
        ("Sir, I, Col. (Retd.) Vikram Rathi, aged 67, report that my car was scratched.",
         "Vikram Rathi"),
        ("Fard bayan of Shri Mahavir Prasad, son of Late Gopal Prasad, village Harsana.",
         "Mahavir Prasad"),
        ("Own report of ASI Kiran Bala, PS Civil Lines: on patrol at 11 pm we found ...",
         "Kiran Bala"),
        ("To, The SHO, PS Kharar\nFrom: Gurpreet Sandhu, House 12, Phase 3, Kharar\nSir, ...",
         "Gurpreet Sandhu"),
        ("Sir, Meenal Joshi, 38, Kothrud. Someone swiped my debit card at a liquor shop.",
         "Meenal Joshi"),
        ("Hum Satyendra Nath Ojha hain, umar 58, kapde ki dukaan chalate hain.",
         "Satyendra Nath Ojha"),
        ("Main Baldev Singh puttar Sardar Joginder Singh, pind Kotli, di shikayat hai.",
         "Baldev Singh"),
        ("My bicycle was taken from the station stand. Please help me find it.\nRohan Kulkarni.",
         "Rohan Kulkarni"),
        ("मैं उप निरीक्षक सुरेश यादव, थाना कोतवाली, गश्त के दौरान ...", "सुरेश यादव"),
    ],
)  # fmt: skip
def test_the_complainant_introduces_themself(text: str, name: str) -> None:
    assert complainant(text) == name


def test_an_opening_introduction_outweighs_a_label_further_down() -> None:
    text = (
        "Sir, main Pooja Saxena, umar 29, Aliganj ki rehne wali hoon. Maine ek dukaan se "
        "fridge liya tha. Dukaan ke owner Mr. Bansal ne paise le liye par fridge nahi diya."
    )
    assert complainant(text) == "Pooja Saxena"


@pytest.mark.parametrize(
    "text",
    [
        # a name after "mein" that is no introduction, nor a dash in mid-text
        "Kal Lucknow mein Rakesh ne mujhe dhakka diya aur mera phone le gaya.",
        "I went to the market - Sunil Traders was shut - and came back at nine, sir.",
        # the owner is someone else, named without a label's colon
        "The shop owner Mr. Gupta refused to return my deposit of Rs. 20,000.",
        # an office, not a person, sends the letter
        "To, The SHO\nFrom: Executive Engineer, Water Works Division\nSir, pipes were stolen.",
    ],
)
def test_no_introduction_names_nobody(text: str) -> None:
    assert complainant(text) is None


def test_an_oral_statement_after_the_age_is_no_address() -> None:
    text = (
        "Statement of Harish Nair, 39: yesterday evening two men on a bike snatched my bag "
        "near the bus stand and rode off towards the market."
    )
    assert extract_complainant(text, text).person.name == "Harish Nair"
    assert extract_fields(text).complainant.address is None


@pytest.mark.parametrize(
    "text",
    [
        "I am Harpreet Gill, daughter of Balwinder Gill, 29 years, resident of 7 Model Town, "
        "Ludhiana. My scooty was stolen from the market on 3 May 2026.",
        "Main Rakesh Meena, putra Shri Ghasi Ram, 47 saal, gaon Bassi, jila Tonk. Kal raat "
        "meri bhains chori ho gayi.",
    ],
)
def test_an_age_set_off_by_commas_in_the_particulars_is_the_complainants(text: str) -> None:
    fields = extract_fields(text, date(2026, 5, 5))

    assert fields.complainant.age in (29, 47)


def test_a_span_of_years_in_the_account_is_no_age() -> None:
    text = (
        "I am Harpreet Gill of Ludhiana. I have run this shop for 12 years, and on 3 May it "
        "was burgled."
    )

    assert extract_fields(text, date(2026, 5, 5)).complainant.age is None


def test_a_devanagari_signature_after_a_comma_names_the_complainant() -> None:
    text = (
        "सेवा में, थानाध्यक्ष महोदय। निवेदन है कि मेरा पुत्र कल शाम से घर नहीं आया है।\n"
        "प्रार्थी, दिनेश चौरसिया, निवासी पुरानी मंडी, मो. 9876500011"
    )
    assert complainant(text) == "दिनेश चौरसिया"


@pytest.mark.parametrize("verb", ["चाहता", "चाहती", "सोचता", "मानती"])
def test_i_with_a_verb_after_it_is_no_introduction(verb: str) -> None:
    # "मैं चाहता हूँ" (I want) reads like "मैं रामलाल हूँ": the verb is no name
    text = (
        "सेवा में, थानाध्यक्ष महोदय। पड़ोसी से नाली के पानी पर कहा-सुनी हुई है। "
        f"मैं {verb} हूँ कि आप उसे बुलाकर समझा दें।\nप्रार्थी, गिरधारी लाल, ग्राम बसई"
    )
    assert complainant(text) == "गिरधारी लाल"


# a long middle, so that the signature stands past the introduction
_MIDDLE = (
    " Usne kaha tha ki shaam tak aa jayega. Humne rishtedaron aur doston ke yahan sab jagah "
    "pata kiya, hospital mein bhi dekha, lekin koi khabar nahi mili. Phone bhi band aa raha "
    "hai. Mohalle ke logon ne bhi kuch nahi dekha. Pichhle hafte bhi woh der se aaya tha. "
    "Kripya jaldi se jaldi talash karne ki kripa karein.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the age of the complainant's own child, told before the complainant's name
        "Sahab, mera beta Saurabh, umar 12 saal, kal school se nahi lauta."
        + _MIDDLE * 2
        + "Prarthi, Kishori Lal, Garhi",
        "मेरी पोती गुड़िया, उम्र 9 वर्ष, कल मेले में खो गई।" + _MIDDLE * 2 + "प्रार्थी, रामकली देवी, पीपलगाँव",
    ],
)
def test_the_age_of_the_complainant_s_own_child_is_not_theirs(text: str) -> None:
    assert extract_complainant(text, text).person.age is None


def test_an_age_the_complainant_tells_of_themself_is_kept() -> None:
    text = (
        "Sahab, meri umar 61 saal hai, mera pota kal se ghar nahi aaya."
        + _MIDDLE * 2
        + ("Prarthi, Shanti Devi, Pipalgaon")
    )
    assert extract_complainant(text, text).person.age == 61


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        (
            "Main Salim, Barabanki ka rehne wala. Tempo chalata hoon aur kal mera tempo chori hua.",
            "male",
        ),
        ("मैं गीता, सिलाई का काम करती हूँ। कल दुकान से मशीन चोरी हो गई।", "female"),
        (
            "Main Reshma, beauty parlour chalati hoon. Mere pati kehte hain ki main jaanta hoon.",
            "female",
        ),
    ],
)
def test_the_complainant_s_own_verbs_tell_their_gender(text: str, gender: str) -> None:
    assert extract_complainant(text, text).person.gender == gender


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        ("थाना प्रभारी, थाना कोतवाली\nपड़ोसी ने नाली का पानी मेरे आँगन की ओर मोड़ दिया है। "
         "कहने पर झगड़ा करता है। कृपया उसे समझाएँ।\nसुरेंद्र तिवारी, ग्राम हरदोईया",
         "सुरेंद्र तिवारी", "ग्राम हरदोईया"),
        # a phone after the name, masked or not, is no address
        ("थाना प्रभारी महोदय\nमेरी भैंस खुल कर कहीं चली गई है, दो दिन से नहीं मिली। कृपया "
         "मदद करें।\nकमला बाई, 98930xxxxx", "कमला बाई", None),
    ],
)  # fmt: skip
def test_a_letter_signed_on_its_last_line_names_the_complainant(
    text: str, name: str, address: str | None
) -> None:
    found = extract_fields(text, date(2025, 8, 1)).complainant
    assert (found.name, found.address) == (name, address)

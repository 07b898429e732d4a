"""The number and the names of the accused stay empty where the complaint leaves them open
(issue 8: no value put in the complainant's mouth); a number or a person the complaint gives
is still read."""

from __future__ import annotations

import pytest

from afirgen.pipeline.extraction import extract_fields


@pytest.mark.parametrize(
    "text",
    [
        "I, Kavita Menon, run a cloth shop in Kalpetta. On the night of 4 March unknown persons "
        "cut the shutter lock and took sarees and the cash box.",
        "मैं हरिओम वर्मा, ग्राम बेलापुर। 9 तारीख की रात किसी अज्ञात व्यक्ति ने मेरे ट्यूबवेल का "
        "ताला तोड़कर मोटर चुरा ली।",
        "Main Farhan Qureshi, Kasba Bazar. Kal raat kisi anjaan aadmi ne meri dukaan ka taala "
        "tod kar galla khaali kar diya.",
        "I request an FIR against Manoj Dhillon, Kuldeep Sandhu and other unknown persons who "
        "broke down my boundary wall on 2 May.",
    ],
)
def test_unknown_doers_of_no_stated_number_leave_the_count_open(text: str) -> None:
    assert extract_fields(text).accused_count is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "I, Kavita Menon. On 4 March two unknown persons cut the shutter lock and took sarees.",
            2,
        ),
        ("मैं हरिओम वर्मा। 9 तारीख की रात एक अज्ञात व्यक्ति ने मेरी बाइक चुरा ली।", 1),
    ],
)
def test_unknown_doers_counted_by_the_complaint_keep_the_count(text: str, count: int) -> None:
    assert extract_fields(text).accused_count == count


def test_callers_who_rang_afterwards_do_not_open_the_count() -> None:
    text = (
        "I, Ritu Saxena. My ex-colleague Naveen Bhalla made a fake profile with my photos. "
        "Since then I get calls from unknown men every night."
    )
    assert extract_fields(text).accused_count == 1


@pytest.mark.parametrize(
    "text",
    [
        # the complainant giving their own name is no one complained of
        "Sir namaste. Mera naam Farhan Ali, Tolichowki me rehta hu, age 31. Maine ek app se loan "
        "liya tha, ab wo log roz call karke gaali dete hai.",
        # a thing and a town with a price or a phone in brackets are no person of that age
        "Sir, my car window was broken at the mall parking and the bag taken. Bag had my "
        "charger, a Kindle (12k) and some cash. Parking staff said they saw nothing.",
    ],
)
def test_the_complainant_or_a_thing_is_not_the_one_complained_of(text: str) -> None:
    fields = extract_fields(text)
    assert [a.name for a in fields.accused if a.name] == []


def test_a_person_given_with_an_age_in_brackets_is_still_the_one_complained_of() -> None:
    text = (
        "I, Lata Iyer, was in a relationship with Rohit Pillai (29, a tailor) till May. "
        "Rohit Pillai keeps sending messages to my office."
    )
    assert [a.name for a in extract_fields(text).accused] == ["Rohit Pillai"]


@pytest.mark.parametrize(
    "text",
    [
        "मैं सुमन देवी, ग्राम रतनपुर। कल शाम बाज़ार में एक लड़का झपटकर मेरा पर्स ले गया। लड़का अकेला "
        "था, लाल शर्ट पहने था।",
        "मैं रामकिशोर, ग्राम बेलघाट। मंदिर की दानपेटी टूटी मिली। पास की दुकान के कैमरे में दो लड़के दिख रहे हैं।",
    ],
)
def test_a_word_about_the_boys_after_ladka_is_no_name(text: str) -> None:
    assert [a.name for a in extract_fields(text).accused if a.name] == []


def test_a_boy_named_after_ladka_and_told_as_the_doer_is_the_accused() -> None:
    text = "मैं सुमन देवी, ग्राम रतनपुर। मोहल्ले का लड़का तरुण यादव ने मेरा पर्स छीन लिया।"
    assert [a.name for a in extract_fields(text).accused] == ["तरुण यादव"]

"""The one named as doing the deed is the accused, whatever the deed, as an officer reads it.

Hurt, taking, damage, fire, threat, abuse and trespass are each told in English, Hinglish
or Devanagari, in complaints written for these tests; those who only saw, told or helped
stay out of the accused.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.domain.fields import FirFields
from afirgen.pipeline.extraction import extract_fields


def extract(text: str) -> FirFields:
    return extract_fields(text, reference_date=date(2025, 6, 10))


def accused_names(fields: FirFields) -> list[str]:
    return [a.name for a in fields.accused if a.name]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 8 June 2025 Kishan Mehra smashed the windscreen of my car outside my house.",
         "Kishan Mehra"),
        ("Last night Kishan Mehra met me on the lane and then thrashed me with a belt.",
         "Kishan Mehra"),
        ("On 8 June 2025 Kishan Mehra barged into my house at night and abused my mother.",
         "Kishan Mehra"),
        ("Parso raat Kishan Mehra ne meri dukaan ka taala tod diya aur saaman le gaya.",
         "Kishan Mehra"),
        ("Kal subah Kishan Mehra ne mere khet ki fasal mein aag laga di.", "Kishan Mehra"),
        ("Kal Kishan Mehra ne ghar mein ghus kar meri maa ko dhamkaya.", "Kishan Mehra"),
        ("8 जून 2025 की रात किशन मेहरा ने मेरी झोपड़ी जला दी।", "किशन मेहरा"),
        ("कल शाम किशन मेहरा ने मेरी मोटरसाइकिल का शीशा तोड़ दिया।", "किशन मेहरा"),
        ("कल किशन मेहरा ने मुझे रास्ते में पकड़ कर घायल कर दिया।", "किशन मेहरा"),
    ],
)  # fmt: skip
def test_the_doer_of_any_deed_against_the_complainant_is_the_accused(text: str, doer: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == [doer]
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    ("text", "doer", "bystander"),
    [
        ("On 8 June 2025 Sunil Bhati saw that Kishan Mehra set fire to my haystack.",
         "Kishan Mehra", "Sunil Bhati"),
        ("Kal Sunil Bhati ne dekha ki Kishan Mehra ne meri gaadi ka sheesha tod diya.",
         "Kishan Mehra", "Sunil Bhati"),
        ("मेरे पड़ोसी सुनील भाटी ने बताया कि किशन मेहरा ने मेरी दुकान में आग लगा दी।",
         "किशन मेहरा", "सुनील भाटी"),
    ],
)  # fmt: skip
def test_one_who_saw_or_told_of_the_deed_is_not_its_doer(
    text: str, doer: str, bystander: str
) -> None:
    names = accused_names(extract(text))
    assert doer in names
    assert bystander not in names


@pytest.mark.parametrize(
    "text",
    [
        "I, Kishan Mehra, state that on 8 June 2025 my car was damaged; I do not know by whom.",
        "Main, Kishan Mehra, nivedan karta hoon ki kal raat kisi ne meri dukaan ka taala tod diya.",
    ],
)
def test_the_complainant_is_never_the_doer(text: str) -> None:
    assert "Kishan Mehra" not in accused_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2025 two youths on a grey Splendor came and snatched my purse near the depot.",
        "8 जून 2025 को बस में सवारियों ने मेरा बैग छीन लिया, किसी का नाम नहीं पता।",
        "An unknown tempo hit my scooter from behind and damaged it.",
        "Kal raat chori hui. Logo ne chor ko pakadne ki koshish ki par woh bhaag gaya.",
        "1. Incident: theft of cattle\n2. Property damaged: a shed and a cart, Rs 9,000",
    ],
)
def test_the_vehicle_ridden_or_a_word_for_people_is_named_as_no_one(text: str) -> None:
    assert accused_names(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday Mohit Arora slapped me outside the shop.",
        "In 2024 Mohit Arora took Rs 50,000 from me and cheated me.",
    ],
)
def test_a_day_or_a_year_before_the_doer_is_no_vehicle_ridden(text: str) -> None:
    assert accused_names(extract(text)) == ["Mohit Arora"]


def test_a_shop_named_after_the_accused_is_no_fuller_name() -> None:
    fields = extract(
        "Sir main Harsh Vardhan, Gandhi Chowk. Mere bete ne Raju Mobiles se ek charger liya jo "
        "pehle din hi jal gaya aur phone bhi kharab ho gaya. Dukaan pe gaya to dukandar Raju "
        "bola ki paise wapas nahi honge, aur gaali di."
    )
    assert accused_names(fields) == ["Raju"]

"""The whole scene, not only the landmark it is told beside.

"went to the Punjab National Bank ATM near Clock Tower" is the ATM near the tower, "along the
canal road near the old mill" the road near the mill, "पुलिया के पास सुनसान जगह पर" the lonely
spot by the culvert, and "flyover ke neeche" is under the flyover. Every example is invented.
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

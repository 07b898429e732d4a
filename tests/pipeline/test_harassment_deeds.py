"""A narrative of sexual harassment tells the deeds ("followed her", "sent her obscene
messages"), not "committed sexual harassment"; a deed the complaint denies is not told."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.compose import compose_narrative
from afirgen.pipeline.extraction import extract_fields, harassment_deeds

SECTIONS = ["Section 78(2) BNS (Stalking)"]


@pytest.mark.parametrize(
    ("complaint", "deeds"),
    [
        (
            "For three weeks a man called Deepak has stalked me from the tuition centre to my "
            "lane and he sends me vulgar messages every night.",
            ["followed the complainant", "sent her obscene messages"],
        ),
        (
            "Ek ladka Rohit meri beti ka roz school tak peecha karta hai aur usne kal uska "
            "haath pakad liya.",
            ["followed the complainant's daughter", "touched her"],
        ),
        (
            "पड़ोस का युवक मनोज रोज़ मेरे घर के सामने खड़ा होकर अश्लील टिप्पणी करता है और "
            "कल उसने मेरा दुपट्टा खींचा।",
            ["touched the complainant", "passed lewd remarks at her"],
        ),
        (  # a hand on her wrist is told as the touch it was
            "Since July a senior from my hostel follows me to the library; on Friday he "
            "grabbed my wrist on the stairs.",
            ["followed the complainant", "touched her"],
        ),
        (
            "The colleague sends me obscene photos on the office chat, but he has never "
            "touched me.",
            ["sent the complainant obscene messages"],
        ),
    ],
)
def test_the_deeds_told_are_read(complaint: str, deeds: list[str]) -> None:
    assert harassment_deeds(complaint) == deeds


def test_the_narrative_says_what_he_did() -> None:
    complaint = (
        "I, Neha Joshi, a nurse, state that on 3 November 2026 a ward boy named Aakash Rana "
        "stalked me to the hostel gate at night and passed lewd comments at me."
    )
    narrative = compose_narrative(extract_fields(complaint, date(2026, 11, 4)), complaint, SECTIONS)

    assert "Aakash Rana followed the complainant and passed lewd remarks at her" in narrative
    assert "committed" not in narrative


def test_a_kidnapping_says_who_was_taken_away() -> None:
    complaint = (
        "Mujhe shaq hai ki mohalle ka ek ladka meri beti Komal ko bahla phusla kar bhaga le "
        "gaya. Woh 3 December ki subah tuition ke liye nikli thi."
    )
    narrative = compose_narrative(
        extract_fields(complaint, date(2026, 12, 6)), complaint, ["Section 137(2) BNS"]
    )
    assert "the complainant's daughter was taken away" in narrative or (
        "took away the complainant's daughter" in narrative
    )
    assert "stolen" not in narrative

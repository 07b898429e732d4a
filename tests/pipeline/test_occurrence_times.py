"""When it happened: the day and hour an officer would copy into item 3 of the IF-1."""

from __future__ import annotations

from datetime import date, time

import pytest

from afirgen.domain.fields import Occurrence
from afirgen.pipeline.extraction import extract_fields

REPORTED = date(2025, 6, 10)  # a Tuesday


def occurrence_of(text: str) -> Occurrence:
    return extract_fields(text, reference_date=REPORTED).occurrence


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        (
            "My scooter was taken yesterday, Monday, at around 6:15 in the evening "
            "from outside the gym.",
            date(2025, 6, 9),
            time(18, 15),
        ),
        (
            "Aaj subah, aaj subah 7:20 pe meri beti school ke liye nikli aur rasta mein "
            "ek aadmi ne uska bag cheen liya.",
            date(2025, 6, 10),
            time(7, 20),
        ),
        (
            "कल, सोमवार को, रात 9:40 बजे मेरे घर का ताला तोड़ा गया।",
            date(2025, 6, 9),
            time(21, 40),
        ),
    ],
)
def test_a_day_named_twice_keeps_its_hour_as_the_start(text: str, day: date, clock: time) -> None:
    occurrence = occurrence_of(text)

    assert occurrence.date_from == day
    assert occurrence.time_from == clock
    assert occurrence.time_to is None

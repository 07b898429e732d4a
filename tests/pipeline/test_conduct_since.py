"""A course of conduct told as running since a day opens the occurrence window on that day."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.domain.fields import Occurrence
from afirgen.pipeline.extraction import extract_fields

REPORTED = date(2025, 9, 20)


def occurrence_of(text: str) -> Occurrence:
    return extract_fields(text, reference_date=REPORTED).occurrence


@pytest.mark.parametrize(
    ("text", "opened", "closed"),
    [
        (
            "Sir, I am Farida Begum of Ward 9, Ranchi. Since May 2025 a tailor of our lane, "
            "Imtiaz, keeps calling my daughter from new numbers. On 14 September 2025 he stood "
            "outside her coaching centre and pulled her dupatta.",
            date(2025, 5, 1),
            date(2025, 9, 14),
        ),
        (
            "Main Komal Sethi, Sector 12 Karnal. Ek ladka Rinku mujhe June se lagataar "
            "pareshan kar raha hai. 11 September 2025 ko usne college gate par mera haath "
            "pakda.",
            date(2025, 6, 1),
            date(2025, 9, 11),
        ),
        (
            "मैं सविता देवी, ग्राम पिपरा। जुलाई 2025 से लगातार मेरे पड़ोसी धमकी दे रहे हैं। "
            "15 सितंबर 2025 को उन्होंने मेरे बेटे को पीटा।",
            date(2025, 7, 1),
            date(2025, 9, 15),
        ),
    ],
)
def test_a_conduct_running_since_a_day_opens_the_window_there(
    text: str, opened: date, closed: date
) -> None:
    occurrence = occurrence_of(text)

    assert (occurrence.date_from, occurrence.date_to) == (opened, closed)


@pytest.mark.parametrize(
    "text",
    [
        # the complainant's own life since a day is background, not the offence
        "Sir, I am Manoj Pillai. I have been living in Flat 3B since March 2021. On 9 "
        "September 2025 my scooter was stolen from the parking.",
        # an absence since a day is not a course of conduct
        "Sir, my tenant Harish has not answered my calls since June. On 9 September 2025 I "
        "found the flat empty and the fans and geyser removed.",
    ],
)
def test_a_since_of_background_leaves_the_incident_day(text: str) -> None:
    occurrence = occurrence_of(text)

    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 9, 9), None)

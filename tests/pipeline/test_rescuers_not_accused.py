"""Neighbours who came on hearing the noise or pulled the parties apart are rescuers, not
accused, whatever they then did to the one who attacked; one who came and hurt the
complainant's side is an accused all the same."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Kal raat Deepak ne lathi se mere sir par maara. Hamara shor sun kar padosi Harish "
            "Rawat aur Naresh daud ke aaye tab wo bhaag gaya.",
            "Deepak",
        ),
        (
            "Kal raat Deepak ne lathi se mere sir par maara. Mere chillane pe padosi Harish "
            "Rawat daud ke aaye aur Deepak ko pakad liya, lathi chheen li.",
            "Deepak",
        ),
        (
            "On Monday night Deepak hit me with a rod. Hearing the noise, my neighbour Harish "
            "Rawat rushed over and pulled him off me.",
            "Deepak",
        ),
        (
            "कल रात दीपक ने लाठी से मेरे सिर पर मारा। शोर सुनकर पड़ोसी हरीश रावत आए और उसे "
            "पकड़कर अलग किया।",
            "दीपक",
        ),
    ],
)
def test_a_neighbour_who_came_to_the_rescue_is_no_accused(text: str, doer: str) -> None:
    fields = extract_fields(text, date(2025, 6, 10))
    assert [a.name for a in fields.accused] == [doer]
    assert fields.accused_count == 1


def test_one_who_came_on_the_noise_and_beat_the_complainant_is_accused() -> None:
    text = (
        "Kal raat Deepak ne lathi se mere sir par maara. Shor sun kar uska bhai Mohit Rawat "
        "bhi aaya aur mujhe laaton se maara."
    )
    fields = extract_fields(text, date(2025, 6, 10))
    assert "Mohit Rawat" in [a.name for a in fields.accused]


def test_those_who_hurt_the_one_who_came_to_help_are_accused() -> None:
    text = (
        "Kal raat Deepak ne lathi se mere sir par maara. Mera beta Aman bachane aaya to "
        "Mohit aur Lalit ne use pakad liya aur Deepak ne use bhi maara."
    )
    names = [a.name for a in extract_fields(text, date(2025, 6, 10)).accused]
    assert {"Mohit", "Lalit"} <= set(names)
    assert "Aman" not in names

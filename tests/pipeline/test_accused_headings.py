"""A form's heading for the accused ("Accused:", "Suspect:", "Details of suspect:") names
them when a name stands under it ("Suspect: Nitin Bedi, 31, r/o Rohini"); words under it
that name no one ("Suspect: Not known", "Accused: Fake profile") name no accused.
Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Complainant: Meera Joshi, 31\nIncident: stalking and threats\nSuspect: Karan Bedi, "
         "about 28, r/o Model Town (former colleague)\nDetails: He follows me to office daily.",
         ["Karan Bedi"]),
        ("Complainant: Meera Joshi, 31\nDetails of suspect: Tarun Sethi (ex-tenant)\nDetails: "
         "He took the spare key and my laptop is gone.", ["Tarun Sethi"]),
    ],
)  # fmt: skip
def test_a_name_under_the_heading_is_the_accused(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Complainant: Meera Joshi, 31\nIncident: theft of purse in bus\nSuspect: Not known. "
        "The bus was crowded.\nDetails: My purse with Rs 4,000 was gone when I got down.",
        "Complainant: Meera Joshi, 31\nIncident: online fraud\nAccused: Fake FB profile "
        "'sale_deals_77'\nDetails: I paid Rs 6,000 for a phone that never came.",
    ],
)
def test_words_under_the_heading_that_name_no_one_are_no_accused(text: str) -> None:
    assert accused_names(extract(text)) == []

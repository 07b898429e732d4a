"""The number of accused stays empty where the complaint leaves it open (issue 8: no value put
in the complainant's mouth); a number the complaint gives is still counted."""

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

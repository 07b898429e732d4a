"""A value told of something else stays out of the IF-1 (issue 8, part 3): hours of work are
not the time of occurrence, a seller's rate or a shop price is not property lost, a report's
dateline or a bank is not the complainant's home, and a rod the body struck is no weapon.
Invented complaints, in English, Hinglish and Devanagari."""

from __future__ import annotations

from datetime import date, time

import pytest

from afirgen.pipeline.extraction import extract_fields

REFERENCE = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The owner makes my brother work at his crusher from 6 am to 9 pm and pays him nothing.",
        "Meri behen ko ek kothi mein rakha hai, usse subah 5 se raat 10 baje tak jhadu-pocha ka "
        "kaam karwate hain.",
        "ठेकेदार मेरे बेटे से ईंट भट्ठे पर सुबह 4 से शाम 7 बजे तक काम लेता है और मज़दूरी नहीं देता।",
        "Society ke guard ki duty sirf raat 11 baje tak hai, phir gate khula rehta hai.",
    ],
)
def test_hours_of_work_are_not_the_time_of_occurrence(text: str) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


def test_a_loss_noticed_on_a_dated_morning_has_no_time_of_occurrence() -> None:
    text = (
        "The shortage in the cash register was noticed 14.05.2025 at 07:20 by the cashier; "
        "the drawer had been emptied."
    )
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May at 7 pm we shut the godown and left. When the watchman opened it on 3 May, "
        "two sacks of rice were missing.",
        "Parso subah 10 baje main dukaan ko taala lagakar mandi gaya. Dopahar baad padosi ne "
        "phone kiya ki shutter ka taala kata hua hai aur galla khaali hai.",
        "दिनांक 3 मई की शाम 6 बजे मैंने ट्रैक्टर बाड़े में खड़ा किया और घर चला गया। अगली सुबह ट्रॉली गायब थी।",
    ],
)
def test_the_hour_property_was_locked_or_parked_before_an_unseen_theft_is_not_given(
    text: str,
) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from is None


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # the hour of an attack told beside a date, or after a Date/Time label, stays
        ("Date/Time: 03-06-2025, about 11:40 pm (back from night shift). Two men snatched "
         "my bag.", time(23, 40)),
        ("On 4 June at about 9 pm, while I was returning from work, two men hit me with a "
         "rod and took my phone.", time(21, 0)),
        # the property locked or parked, and then someone came: the hour is the occurrence's
        ("On 5 June at 9 pm I closed the shop; two men came and snatched the cash box from "
         "my hand. The box is missing.", time(21, 0)),
        ("Shaam 6 baje maine car gali mein park ki, to saamne wale ne aake rasta rokne par "
         "jhagda kiya aur dhakka diya.", time(18, 0)),
    ],
)  # fmt: skip
def test_the_hour_of_the_occurrence_is_still_read(text: str, hour: time) -> None:
    assert extract_fields(text, REFERENCE).occurrence.time_from == hour

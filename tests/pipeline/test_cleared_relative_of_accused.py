"""Clearing an accused's relative clears the relative, not the accused they belong to.

"Sohail-Arif ke pitaji ka koi haath nahi", "Ravi Menon's wife is not involved": the father
and the wife are cleared; the ones named before them are whose they are, and stay accused.
Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_the_fathers_of_two_accused_cleared_in_hinglish_leave_both_accused() -> None:
    fields = extract(
        "Kal raat Sohail aur Arif ne meri dukaan ke bahar mujhe lathi se peeta. "
        "Sohail-Arif ke pitaji ka isme koi haath nahi hai."
    )
    assert accused_names(fields) == ["Sohail", "Arif"]
    assert fields.accused_count == 2


def test_the_wife_of_the_accused_cleared_in_english_leaves_him_accused() -> None:
    fields = extract(
        "My neighbour Ravi Menon pushed me down the stairs on Monday. "
        "Ravi Menon's wife is not involved."
    )
    assert accused_names(fields) == ["Ravi Menon"]


def test_an_accused_cleared_by_name_is_still_cleared() -> None:
    fields = extract(
        "Ravi Menon pushed me down the stairs on Monday. Ravi Menon is not involved, it was "
        "someone else."
    )
    assert accused_names(fields) == []

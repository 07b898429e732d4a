"""One unnamed doer, counted ("ek aadmi aaya") or told as the doer, is the person the
complaint goes on to name and dwell on; a roommate beside the complainant is not.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_one_man_counted_and_named_later_is_that_man() -> None:
    fields = extract(
        "Main Rekha, Sadar Bazar. Parso raat ek aadmi hamari chhat par chadh aaya tha. "
        "Padosiyon ne bataya ki woh Shri Bhola Prasad hai. Bhola Prasad pehle bhi do baar "
        "gali me ghoomta dikha tha."
    )
    assert accused_names(fields) == ["Bhola Prasad"]
    assert fields.accused_count == 1


def test_a_roommate_is_on_the_complainants_side() -> None:
    fields = extract(
        "Main Payal, Vigyan Nagar. Hostel ke bahar ek ladka roz mera peechha karta hai aur "
        "gande gaane gaata hai. Meri roommate Shweta Rao (19) bhi saath hoti hai, Shweta Rao "
        "usko pehchanti hai."
    )
    assert "Shweta Rao" not in accused_names(fields)

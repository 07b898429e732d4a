"""The father a Punjabi or Haryanvi statement gives with "putar" / "puttar" is the
complainant's relative, not the one complained of; "tractor ka driver" who ran is one
unnamed accused.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_putar_gives_the_complainants_father() -> None:
    fields = extract(
        "Bayan Gurpreet Singh puttar Shri Balkar Singh, umar 44 saal, pind Kheri. Kal raat "
        "mere khet di motor kisi ne chori kar li."
    )
    assert fields.complainant.relative_name == "Balkar Singh"
    assert "Balkar Singh" not in accused_names(fields)


def test_the_driver_of_a_vehicle_who_ran_is_one_accused() -> None:
    fields = extract(
        "Main Sunil, gaon Bhatla. Kal dopahar ek dumper ne mere bhai ki motorcycle ko peeche se "
        "maara. Dumper ka driver gaadi wahin chhod ke bhaag gaya."
    )
    assert fields.accused_count == 1

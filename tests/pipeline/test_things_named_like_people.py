"""A car model, "Doctor" or "Public" opening a clause names no accused; a driver told only
by what he did after the crash ("Driver ruka, bola ...") is one unnamed accused.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_car_model_and_the_doctor_are_no_accused() -> None:
    fields = extract(
        "Main Ravi, Lalpur. Kal raat ek Ertiga ne meri bike ko takkar maari aur nikal gayi. "
        "Doctor ne kaha pair me fracture hai."
    )
    assert accused_names(fields) == []


def test_the_public_who_stopped_the_van_is_no_accused() -> None:
    fields = extract(
        "Main Pooja, Kankarbagh. Bus stand ke paas ek van ne mujhe peeche se maara. Public ne "
        "van ko roka aur police ko bulaya."
    )
    assert "Public" not in accused_names(fields)


def test_a_driver_who_stopped_and_spoke_is_one_accused() -> None:
    fields = extract(
        "Main Anita, Hatia. Kal subah ek jeep ne meri cycle ko side se maara. Driver ruka, "
        "sorry bola aur phir gaadi lekar chala gaya."
    )
    assert fields.accused_count == 1

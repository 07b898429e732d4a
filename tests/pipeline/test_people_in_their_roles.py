"""A witness who is family, and a person named only on a paper, are no accused.

"Mera beta Rinku wahan tha, usne sab dekha" makes a witness as "my son Rinku saw it" does;
a deed or cheque "in the name of one Mrs. X" names whom the paper bears, not who cheated.
Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_son_who_saw_it_in_hinglish_is_a_witness_not_an_accused() -> None:
    fields = extract(
        "Main Bholaram. Kal shaam Mahavir Prasad ne mere khet me aake mujhe lathi se maara. "
        "Mera beta Rinku wahan tha, usne sab dekha aur mujhe bachaya."
    )
    assert accused_names(fields) == ["Mahavir Prasad"]
    assert [w.name for w in fields.witnesses] == ["Rinku"]


def test_the_name_a_forged_paper_bears_is_no_accused() -> None:
    fields = extract(
        "I, Sunita Rao, state that on 2 June 2025 one Prakash Menon showed me a sale deed in "
        "the name of one Mrs. Geeta Pillai, who he said was the owner, and took Rs 3,00,000 "
        "from me as advance. Prakash Menon cheated me."
    )
    assert accused_names(fields) == ["Prakash Menon"]


def test_sticks_held_in_their_hands_are_weapons() -> None:
    fields = extract(
        "Main Bholaram. Kal Mahavir aur Sanju aaye, dono ke haath me lathiyan thi, aur "
        "unhone mujhe peeta."
    )
    assert fields.weapons == ["lathiyan"]

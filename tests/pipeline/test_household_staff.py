"""The complainant's own servant or maid is one of the household, not an accused, unless
the complaint tells of a deed of theirs.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_our_servant_tied_up_by_the_robbers_is_no_accused() -> None:
    fields = extract(
        "I am Harbans Lal of village Dhanoa. Last night four masked men broke into our house "
        "and took the cash. Our servant Mohan Lal who sleeps near the gate was also tied up."
    )
    assert "Mohan Lal" not in accused_names(fields)
    assert fields.accused_count == 4


def test_our_maid_who_stole_is_an_accused() -> None:
    fields = extract(
        "I am Rekha Iyer of Besant Nagar. Our maid Saroja stole my gold bangles from the "
        "cupboard and has not come to work since."
    )
    assert accused_names(fields) == ["Saroja"]

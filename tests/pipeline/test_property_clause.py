"""A thing named in a clause of its own beside the taking is not the thing taken."""

from __future__ import annotations

import pytest

from afirgen.pipeline.extraction.extract import extract_fields


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Station par utarte hi dekha ki mere purse ki chain tooti hui thi aur mera Oppo "
            "phone gayab tha.",
            "Oppo phone",
        ),
        (
            "When I got off the tempo I found my backpack was slit open and my laptop was gone.",
            "laptop",
        ),
    ],
)
def test_a_thing_told_of_in_its_own_clause_is_not_taken(text: str, taken: str) -> None:
    items = [item.description for item in extract_fields(text).property]
    assert len(items) == 1 and taken in items[0], items

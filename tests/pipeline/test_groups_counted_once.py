"""Some of a group counted before are the same people, not more ("chhah log aaye ... do
log andar ghuse"); a group told as others ("अन्य दो लड़के") is more."""

from __future__ import annotations

import pytest

from afirgen.pipeline.extraction import extract_fields


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Raat ko chhah log lathi aur danda lekar petrol pump pe aaye. Do log office ke "
            "andar ghus gaye aur galla khol ke paise le gaye.",
            6,
        ),
        (
            "रात करीब दो बजे चार लोग दीवार फांदकर घर में घुसे। तीन लोग कमरे में घुसे और अलमारी तोड़ दी।",
            4,
        ),
        (
            "Four men stopped my truck near the toll plaza. Three men pulled me down and took "
            "the keys.",
            4,
        ),
    ],
)
def test_some_of_a_group_told_again_are_not_more_accused(text: str, count: int) -> None:
    assert extract_fields(text).accused_count == count


def test_a_group_told_as_others_adds_to_the_count() -> None:
    text = (
        "नहर के पुल के पास दो लड़के बाइक पर आए और मुझे रोका। फिर अन्य दो लड़के कार से आए और मेरा बैग छीन लिया।"
    )
    assert extract_fields(text).accused_count == 4

"""The spot a landmark places, and a scene that runs through the complainant's town.

"Ghanta Ghar ke paas sadak paar karte waqt" it happened on the road by the clock tower: the one
place noun after the landmark is the scene even when a verb, not "mein"/"par", follows it;
"ke paas raasta roka" (the way was blocked) and "ke saamne ghar hai" (a house described) name
no spot. A complainant from Karur whose van was stopped "on the Karur-Trichy road" was on that
road: their address masks only where it is told whole, not inside a longer name. Every example
is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.evaluation import normalise
from afirgen.pipeline.extraction import extract_fields


def place(text: str) -> str | None:
    return extract_fields(text, date(2025, 6, 1)).place


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Kal 12.05.2025 shaam 6 baje main Ghanta Ghar ke paas sadak paar kar raha tha tabhi "
            "ek tez bike ne mujhe takkar maar di.",
            "Ghanta Ghar ke paas sadak",
        ),
        (
            "दिनांक 11.05.2025 को सुबह 8 बजे मैं शिव मंदिर के सामने सड़क पार कर रहा था तभी एक कार "
            "ने मुझे टक्कर मार दी।",
            "शिव मंदिर के सामने सड़क",
        ),
        # the way blocked is no spot of its own
        (
            "Kal 12.05.2025 shaam 6 baje Ghanta Ghar ke paas raasta roka aur do ladkon ne mera "
            "phone chheen liya.",
            "Ghanta Ghar ke paas",
        ),
    ],
)
def test_spot_after_the_landmark(text: str, scene: str) -> None:
    assert normalise("place", place(text)) == normalise("place", scene)


def test_scene_through_the_complainants_town() -> None:
    text = (
        "Statement of R. Selvam, 45, r/o Karur. On 10.05.2025 at 9 am my van was stopped on "
        "the Karur-Trichy road by two men who took Rs 5,000 from me."
    )
    assert normalise("place", place(text)) == normalise("place", "Karur-Trichy road")


def test_address_told_again_is_still_no_scene() -> None:
    text = (
        "Statement of R. Selvam, 45, r/o Karur. On 10.05.2025 at 9 am two men took Rs 5,000 "
        "from me at the bus stand. I have lived at Karur for twenty years."
    )
    assert normalise("place", place(text)) == normalise("place", "bus stand")

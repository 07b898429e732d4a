"""Hindi postpositions that say where a scene is, and the English prepositions they mean.

"Shankar Chowk ke paas" is "near Shankar Chowk", "बस स्टैंड के सामने" is "in front of बस
स्टैंड": the English prose of the draft and the place scorer read them the same way.
"""

from __future__ import annotations

import re

# the word after "ke" / "के", by the English preposition it means
RELATIONS: dict[str, tuple[str, ...]] = {
    "near": (
        "paas",
        "pass",
        "pas",
        "nazdeek",
        "najdeek",
        "nazdik",
        "पास",
        "नज़दीक",
        "नजदीक",
        "करीब",
    ),
    "in front of": ("saamne", "samne", "सामने"),
    "outside": ("bahar", "baahar", "बाहर"),
    "behind": ("peeche", "piche", "पीछे"),
    "inside": ("andar", "अंदर", "भीतर"),
    "under": ("neeche", "niche", "नीचे"),
}
_CLOSING = re.compile(
    r"\s+(?:ke|के)\s+("
    + "|".join(re.escape(word) for words in RELATIONS.values() for word in words)
    + r")$",
    re.IGNORECASE,
)


def english_relation(place: str) -> tuple[str, str] | None:
    """("near", "Shankar Chowk") for "Shankar Chowk ke paas"; ``None`` where the place does
    not close with such a postposition, or is nothing but one."""
    closing = _CLOSING.search(place)
    if closing is None or closing.start() == 0:
        return None
    word = closing[1].casefold()
    preposition = next(p for p, words in RELATIONS.items() if word in words)
    return preposition, place[: closing.start()]

"""Phonetic keys: the spellings of one Hindi word, in Latin letters or Devanagari, meet,
and different words stay apart."""

from __future__ import annotations

import pytest

from afirgen.legal.phonetic import phonetic_key


@pytest.mark.parametrize(
    "spellings",
    [
        ("dhamki", "dhamkee", "धमकी"),  # a threat
        ("chheena", "chhina", "छीना"),  # snatched
        ("thappad", "thapad", "थप्पड़"),  # a slap
        ("gaali", "galee", "गाली"),  # abuse
        ("zewar", "jevar", "ज़ेवर"),  # jewellery: z/j and w/v, a nukta
    ],
)
def test_spellings_of_one_word_meet(spellings: tuple[str, ...]) -> None:
    assert len({phonetic_key(s) for s in spellings}) == 1


def test_different_words_stay_apart() -> None:
    keys = [phonetic_key(w) for w in ("chori", "dhamki", "maara", "paise", "jaan")]
    assert len(set(keys)) == len(keys)

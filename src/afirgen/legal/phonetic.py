"""A phonetic key for one word, so Hinglish and Devanagari spellings of it meet.

Complainants write the same Hindi word in Devanagari ("मारा") and in Latin letters as
each hears it ("maara", "mara", "maaraa"). The key keeps only the consonants of the
word as a listener would group them: vowels and vowel signs are left out (their
spelling varies most), aspiration is dropped ("dh" and "d", "ध" and "द" meet), letters
often swapped in typing are merged ("w"/"v", "z"/"j", "f"/"ph") and a doubled consonant
counts once. So "dhamki", "dhamkee" and "धमकी" all become "dmk"; "chheena", "chhina" and
"छीना" become "cn". English words get a key too; it is one feature among many.
"""

from __future__ import annotations

import re

__all__ = ["phonetic_key"]

# Devanagari consonants (and the nasal and visarga signs) by the Latin consonant group a
# Hinglish writer uses for them. A nukta is left out, so "ज़" and "ड़" follow "ज" and "ड"
# (text is NFC-normalised, which keeps the nukta as a sign of its own).
_DEVANAGARI: dict[str, str] = {
    **dict.fromkeys("कख", "k"),
    **dict.fromkeys("गघ", "g"),
    **dict.fromkeys("चछ", "c"),
    **dict.fromkeys("जझ", "j"),
    **dict.fromkeys("टठतथ", "t"),
    **dict.fromkeys("डढदध", "d"),
    **dict.fromkeys("ङञणनंँ", "n"),
    **dict.fromkeys("पफ", "p"),
    **dict.fromkeys("बभ", "b"),
    **dict.fromkeys("शषस", "s"),
    **dict.fromkeys("लळ", "l"),
    **dict.fromkeys("हः", "h"),
    "म": "m",
    "य": "y",
    "र": "r",
    "व": "v",
}
# Latin spellings folded onto one letter each, longest first ("chh" before "ch").
_LATIN: tuple[tuple[str, str], ...] = (
    ("chh", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ph", "p"),
    ("f", "p"),
    ("w", "v"),
    ("z", "j"),
    ("q", "k"),
    ("x", "ks"),
)
_ASPIRATED = re.compile(r"([bcdgjkpt])h")
_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")


def phonetic_key(word: str) -> str:
    """The consonant skeleton of one lower-cased word (see the module docstring)."""
    if any("\u0900" <= ch <= "\u097f" for ch in word):
        key = "".join(_DEVANAGARI.get(ch, "") for ch in word)
    else:
        key = word
        for spelling, letter in _LATIN:
            key = key.replace(spelling, letter)
        key = _VOWELS.sub("", _ASPIRATED.sub(r"\1", key))
    return _DOUBLED.sub(r"\1", key)

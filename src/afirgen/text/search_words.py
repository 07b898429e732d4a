"""Words for full-text search, and the station-scoped words MariaDB indexes.

InnoDB's FULLTEXT index cannot be combined with an index on ``station_id``: a
search walks the whole posting list of each word (every station's FIRs that
contain it) before anything filters by station, and a common word in a state's
database has hundreds of thousands of postings. So ``fir_records.search_words``
holds each distinct word of the complaint and of the FIR contents with its
station in front, ``s42_chain``, and a search for "chain" in station 42 asks
for ``+s42_chain*``: a range of the index that holds that station's postings
only. InnoDB counts ``_`` as a letter, so ``s42_chain`` is one token, and
``s4_chain*`` never matches it.

Words are letters and digits with their combining marks: Python's ``\\w``
leaves out the vowel signs of Devanagari (चोरी would split into च and र).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]+")
# InnoDB drops tokens over 84 characters; a word this long leaves room for the station
LONGEST_WORD = 64


def query_words(text: str) -> list[str]:
    return _WORD.findall(text)


def station_prefix(station_id: int) -> str:
    return f"s{station_id}_"


def _indexed(text: str) -> list[str]:
    """Distinct words, case-folded, of two characters or more (one is never searched)."""
    found = dict.fromkeys(w.casefold() for w in query_words(text))
    return [w for w in found if 2 <= len(w) <= LONGEST_WORD]


def station_words(station_id: int, *texts: str | None) -> str:
    """What ``fir_records.search_words`` holds for a FIR of ``station_id``."""
    prefix = station_prefix(station_id)
    words = _indexed(" ".join(t for t in texts if t))
    return " ".join(prefix + w for w in words)


def station_match(query: str, station_ids: list[int]) -> str:
    """A boolean-mode query: every word required, as a prefix from three letters, in any
    of the stations; empty when the query has no word that is indexed."""
    groups = []
    for word in _indexed(query):
        star = "*" if len(word) > 2 else ""
        terms = " ".join(f"{station_prefix(s)}{word}{star}" for s in station_ids)
        groups.append(f"+({terms})")
    return " ".join(groups)

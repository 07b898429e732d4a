"""Section titles and the engine's reasons in Hindi, for a reader of the console.

The knowledge base and the rules write English. Two tables in ``data/hi/`` give
the Hindi: ``section_titles.json`` (the sections the rules can propose, and
their IPC predecessors) and ``reasons.json`` (each fixed phrase of a reason, the
few patterns that carry a section number, rank or quantity, and suffixes). What
neither table holds stays in English: the titles of other sections (say, found
by a knowledge-base search), a reason part no table knows, and the complainant's
own words quoted as evidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from afirgen.legal.kb import join_reference

HINDI_DIR = Path(__file__).parent / "data" / "hi"
PART_SEPARATOR = "; "


@dataclass(frozen=True)
class _Pattern:
    english: re.Pattern[str]
    hindi: str


@dataclass(frozen=True)
class _Reasons:
    parts: dict[str, str]
    patterns: tuple[_Pattern, ...]
    words: dict[str, str]
    suffixes: dict[str, str]


@cache
def _titles() -> dict[str, str]:
    data = json.loads((HINDI_DIR / "section_titles.json").read_text("utf-8"))
    return dict(data["titles"])


@cache
def _reasons() -> _Reasons:
    data = json.loads((HINDI_DIR / "reasons.json").read_text("utf-8"))
    patterns = tuple(_Pattern(re.compile(p["en"]), p["hi"]) for p in data["patterns"])
    return _Reasons(dict(data["parts"]), patterns, dict(data["words"]), dict(data["suffixes"]))


def hindi_title(act: str, section: str, subsection: str | None = None) -> str | None:
    """The section's Hindi title (its sub-section's, where read on its own); None if unknown."""
    titles = _titles()
    if subsection:
        found = titles.get(f"{act}|{join_reference(section, subsection)}")
        if found:
            return found
    return titles.get(f"{act}|{section}")


def hindi_reason(reason: str) -> str:
    """``reason`` with every part a table knows in Hindi; unknown parts stay English."""
    table = _reasons()
    text, ending = reason, ""
    for english, hindi in table.suffixes.items():
        if text.endswith(english):
            text, ending = text.removesuffix(english), hindi
            break
    return PART_SEPARATOR.join(_part(p, table) for p in text.split(PART_SEPARATOR)) + ending


def _part(part: str, table: _Reasons) -> str:
    if part in table.parts:
        return table.parts[part]
    for pattern in table.patterns:
        found = pattern.english.match(part)
        if found:
            values = {k: table.words.get(v, v) for k, v in found.groupdict().items()}
            return pattern.hindi.format(**values)
    return part

"""Labelled complaints: the JSON Lines format shared by the evaluation sets and the
training corpus.

Each line: ``{"id", "text", "occurred_on", "style", "gold": {"law", "sections":
[{"act", "section", "subsection", "reason"}], "acceptable": [...], "cognizable",
"no_offence", "civil"}, ...}``; lines without ``gold`` (facts-only lines) are skipped.
Scoring (:mod:`afirgen.legal.evaluation`) and training (:mod:`afirgen.legal.section_model`)
both read it from here, so neither imports the other.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel, Field

from afirgen.legal.errors import BatchInputError

__all__ = ["EvalItem", "Gold", "GoldSection", "load_items"]


class GoldSection(BaseModel):
    act: str
    section: str
    subsection: str | None = None
    reason: str | None = None


class Gold(BaseModel):
    law: str | None = None
    sections: list[GoldSection] = Field(default_factory=list)
    acceptable: list[GoldSection] = Field(default_factory=list)
    cognizable: bool | None = None
    no_offence: bool = False
    civil: bool = False

    @property
    def expects_no_section(self) -> bool:
        """A no-offence or civil matter: the right answer is to record no section."""
        return self.no_offence or self.civil


class EvalItem(BaseModel):
    id: str
    text: str
    occurred_on: date | None = None
    gold: Gold
    style: str | None = None


def load_items(paths: Path | Sequence[Path]) -> list[EvalItem]:
    """The labelled lines (those with ``gold``) of one file or several."""
    items: list[EvalItem] = []
    for path in [paths] if isinstance(paths, Path) else paths:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                    if isinstance(raw, dict) and "gold" not in raw:
                        continue
                    items.append(EvalItem.model_validate(raw))
                except ValueError as exc:
                    raise BatchInputError(number, f"{path.name}: {exc}") from exc
    return items

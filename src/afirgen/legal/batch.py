"""Batch section identification over JSON Lines files.

Stable contract (consumed by the CLI and by external tools):

input line:  {"id": str, "text": str, "occurred_on": "YYYY-MM-DD" (optional)}
output line: {"id", "law", "sections": [item], "candidates": [item], "cognizable", "no_offence"}
item:        {"act", "section", "subsection", "title", "score", "evidence", "reason", "cognizable"}

A malformed input line raises :class:`BatchInputError` naming its line number;
nothing is written for a file that fails part-way (output goes to a temporary
file first and is renamed at the end).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from afirgen.legal.errors import BatchInputError
from afirgen.legal.identify import Identification, SectionIdentifier, SectionMatch

_ITEM_FIELDS = (
    "act",
    "section",
    "subsection",
    "title",
    "score",
    "evidence",
    "reason",
    "cognizable",
)


class BatchInput(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    occurred_on: date | None = None


def identify_jsonl(identifier: SectionIdentifier, in_path: Path, out_path: Path) -> int:
    """Identify sections for every line of ``in_path``; returns the number of lines written."""
    in_path, out_path = Path(in_path), Path(out_path)
    staging = out_path.with_name(out_path.name + ".partial")
    written = 0
    try:
        with in_path.open(encoding="utf-8") as source, staging.open("w", encoding="utf-8") as sink:
            for number, line in enumerate(source, 1):
                if not line.strip():
                    continue
                item = parse_line(line, number)
                result = identifier.identify(item.text, item.occurred_on)
                sink.write(json.dumps(to_record(item.id, result), ensure_ascii=False) + "\n")
                written += 1
        os.replace(staging, out_path)
    finally:
        staging.unlink(missing_ok=True)
    return written


def parse_line(line: str, number: int) -> BatchInput:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BatchInputError(number, f"not valid JSON ({exc.msg})") from exc
    if not isinstance(raw, dict):
        raise BatchInputError(number, "expected a JSON object")
    try:
        item = BatchInput.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise BatchInputError(number, problems) from exc
    if not item.text.strip():
        raise BatchInputError(number, "text is empty")
    return item


def to_record(item_id: str, result: Identification) -> dict[str, Any]:
    """The output line for one complaint, exactly the fields of the contract."""
    return {
        "id": item_id,
        "law": result.law,
        "sections": [_item(m) for m in result.sections],
        "candidates": [_item(m) for m in result.candidates],
        "cognizable": result.cognizable,
        "no_offence": result.no_offence,
    }


def _item(match: SectionMatch) -> dict[str, Any]:
    return match.model_dump(include=set(_ITEM_FIELDS))

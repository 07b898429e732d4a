"""What text the service accepts from a client, and how it is made safe to keep.

Rules held here:
- a lone UTF-16 surrogate (``"\\ud800"`` in JSON) cannot be stored as UTF-8:
  refused with a 4xx naming the field, never left to fail in the database;
- control characters other than tab, newline and carriage return are dropped
  on input (they break spreadsheets and PDFs downstream);
- every piece of free text has a length limit, edits and notes included.
"""

from __future__ import annotations

import re
from typing import Any

from afirgen.errors import BadInput, TextTooLong

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NAME_CHARS = 200  # the database column of a station, district or complainant name


def has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def strip_controls(text: str) -> str:
    return CONTROL_CHARS.sub("", text)


def clean_text(text: str, field: str, limit: int | None = None) -> str:
    """``text`` without control characters; 422 on a lone surrogate, 413 past ``limit``."""
    if has_lone_surrogate(text):
        raise BadInput(f"{field} is not valid Unicode (a lone surrogate)", field=field)
    if limit is not None and len(text) > limit:
        raise TextTooLong(f"{field} is longer than {limit} characters", field=field, limit=limit)
    return strip_controls(text)


def clean_json_text(value: Any, field: str, limit: int) -> Any:
    """Every string in a JSON value cleaned; ``limit`` bounds each string and their total."""
    total = 0

    def walk(item: Any, where: str) -> Any:
        nonlocal total
        if isinstance(item, str):
            total += len(item)
            if total > limit:
                raise TextTooLong(
                    f"{field} holds more than {limit} characters", field=field, limit=limit
                )
            return clean_text(item, where)
        if isinstance(item, dict):
            return {clean_text(str(k), where): walk(v, f"{where}.{k}") for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v, f"{where}[{i}]") for i, v in enumerate(item)]
        return item

    return walk(value, field)

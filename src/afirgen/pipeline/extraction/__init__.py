"""Deterministic extraction of IF-1 fields from a complaint (no language model).

Each module reads one kind of fact; :func:`extract_fields` puts them together.
"""

from afirgen.pipeline.extraction.accused import role_in_english
from afirgen.pipeline.extraction.extract import extract_fields
from afirgen.pipeline.extraction.incident import (
    assault_victim,
    detect_incidents,
    harassment_deeds,
    kidnapped,
)
from afirgen.text.amounts import parse_amount

__all__ = [
    "assault_victim",
    "detect_incidents",
    "extract_fields",
    "harassment_deeds",
    "kidnapped",
    "parse_amount",
    "role_in_english",
]

"""Errors raised by the legal domain.

    LegalError
    ├── KnowledgeBaseError      a data file is missing, malformed or inconsistent
    ├── OfficialTextError       an imported statute file cannot be read
    └── BatchInputError         a line of a batch input file is invalid (names the line)

The API layer maps these onto its own error handler; nothing here knows HTTP.
"""

from __future__ import annotations


class LegalError(Exception):
    """Base class of every error the legal package raises."""


class KnowledgeBaseError(LegalError):
    """The shipped knowledge base cannot be loaded as it stands."""


class OfficialTextError(LegalError):
    """An official-text file (CSV or JSONL) is not in a shape we can import."""


class BatchInputError(LegalError):
    """One line of a batch input file is invalid."""

    def __init__(self, line_number: int, message: str) -> None:
        super().__init__(f"line {line_number}: {message}")
        self.line_number = line_number

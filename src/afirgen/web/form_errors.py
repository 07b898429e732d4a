"""A console form refused before it reaches its page, said in words.

FastAPI checks a route's form and query fields (missing, wrong type, too long,
wrong pattern) before the page's code runs; the API answers that with JSON 422,
the console with a page in the officer's language that names each field as its
form labels it and says what it needs. English is the key; Hindi comes from
:data:`afirgen.web.i18n.HINDI` like every other text of the console.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# the posted or queried field, by the label its form shows
FIELD_LABELS = {
    "username": "Username",
    "password": "Password",
    "code": "Code",
    "name": "Name",
    "district": "District",
    "state": "State",
    "full_name": "Full name",
    "station": "Station",
    "role": "Role",
    "prefix": "Key prefix",
    "step": "Step",
    "version": "Version of the page",
    "note": "Correction note",
    "days": "Last days",
    "language": "Language",
    "q": "Search",
    "complaint": "Complaint",
    "media": "Recording or photo",
    "cursor": "Next page",
    "status": "Status",
}

# pydantic's error type -> what the field needs; {field} and the error's context fill it
PROBLEMS = {
    "missing": "{field}: this is required; fill it in.",
    "string_too_short": "{field}: too short; give at least {min_length} characters.",
    "string_too_long": "{field}: too long; at most {max_length} characters.",
    "string_pattern_mismatch": "{field}: not in the expected form; see the hint beside it.",
    "int_parsing": "{field}: give a whole number.",
    "int_type": "{field}: give a whole number.",
    "float_parsing": "{field}: give a number.",
    "greater_than_equal": "{field}: give {ge} or more.",
    "less_than_equal": "{field}: give {le} or less.",
    "greater_than": "{field}: give more than {gt}.",
    "enum": "{field}: choose one of the offered values.",
    "literal_error": "{field}: choose one of the offered values.",
    "date_parsing": "{field}: give a date.",
    "date_from_datetime_parsing": "{field}: give a date.",
    "bool_parsing": "{field}: answer yes or no.",
}
UNKNOWN_PROBLEM = "{field}: this value is not accepted."
UNNAMED_FIELD = "A field of the form"


def describe(errors: Sequence[Any], translate: Callable[[str], str]) -> list[str]:
    """One sentence per refused field, in the language ``translate`` writes."""
    sentences: list[str] = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ())[1:]]
        name = location[0] if location else ""
        label = translate(FIELD_LABELS.get(name, UNNAMED_FIELD))
        template = translate(PROBLEMS.get(str(error.get("type")), UNKNOWN_PROBLEM))
        context = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, int)}
        try:
            sentence = template.format(field=label, **context)
        except (KeyError, IndexError):  # a context this template does not expect
            sentence = translate(UNKNOWN_PROBLEM).format(field=label)
        if sentence not in sentences:
            sentences.append(sentence)
    return sentences

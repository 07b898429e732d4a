"""Every label and message of the console has its Hindi; dates read DD/MM/YYYY in IST."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from importlib.resources import files

from afirgen.domain import FirStatus, SessionStatus, Step
from afirgen.domain.fields import Accused, FirFields, Person, PropertyItem
from afirgen.services.access import Role
from afirgen.services.fir_service import CORRECTABLE
from afirgen.web.form_errors import FIELD_LABELS, PROBLEMS, UNKNOWN_PROBLEM, UNNAMED_FIELD
from afirgen.web.forms import field_inputs
from afirgen.web.i18n import (
    FIELD_NAMES,
    HINDI,
    HISTORY_ITEMS,
    HISTORY_KINDS,
    format_date,
    format_datetime,
    history_note,
    translate,
)
from afirgen.web.pages import EXPIRED_SIGN_IN, WRONG_SIGN_IN
from afirgen.web.register import CHART_TITLES
from afirgen.web.signin import ERROR_ADVICE

CALL = re.compile(r"""\bt\((["'])(.+?)\1\)""")


def template_texts() -> set[str]:
    root = files("afirgen.web") / "templates"
    found: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith(".html"):
                found |= {m.group(2) for m in CALL.finditer(entry.read_text("utf-8"))}
    return found


def test_every_template_text_has_hindi() -> None:
    shown_by_value = [*Step, *SessionStatus, *FirStatus, *Role]
    texts = template_texts() | {v.value for v in shown_by_value} | set(CHART_TITLES)
    texts |= {WRONG_SIGN_IN, EXPIRED_SIGN_IN, *ERROR_ADVICE.values()}
    texts |= {*FIELD_LABELS.values(), *PROBLEMS.values(), UNKNOWN_PROBLEM, UNNAMED_FIELD}
    texts |= {*HISTORY_KINDS, *HISTORY_ITEMS.values()}
    assert len(texts) > 100
    missing = sorted(t for t in texts if t not in HINDI)
    assert missing == []


def test_dates_are_day_month_year_in_india_time() -> None:
    late_evening_utc = datetime(2025, 3, 14, 20, 0, tzinfo=UTC)  # 01:30 on the 15th in IST
    assert format_date(late_evening_utc) == "15/03/2025"
    assert format_datetime(late_evening_utc) == "15/03/2025 01:30 IST"
    assert format_date(date(2025, 1, 2)) == "02/01/2025"
    assert format_date("2025-01-02") == "02/01/2025"


def test_step_and_role_codes_read_as_words_in_english() -> None:
    assert translate("en", "violations_review") == "Sections"
    assert translate("en", "duty_officer") == "duty officer"
    assert translate("hi", "violations_review") == HINDI["violations_review"]


def test_every_fact_on_the_facts_form_is_labelled_in_both_languages() -> None:
    """A field added to the IF-1 facts shows on the form; it needs its words, not its code."""
    person = {k: None for k in Person.model_fields}
    fields = FirFields(
        accused=[Accused()], witnesses=[Person()], property=[PropertyItem(description="x")]
    ).model_dump(mode="json") | {"complainant": person}
    unlabelled = set()
    for field in field_inputs(fields):
        for part in [*field.path.split("."), field.leaf]:
            if part not in FIELD_NAMES:
                unlabelled.add(part)
    assert unlabelled == set()
    shown = {f.path for f in field_inputs(fields)}
    assert "corrected" not in shown and "doubts" not in shown  # bookkeeping, not facts


def test_amounts_show_as_written() -> None:
    shown = {f.name: f.value for f in field_inputs({"total_property_value_inr": 60000.0})}
    assert shown["fields.total_property_value_inr"] == "60000"


def test_history_notes_read_as_words_in_both_languages() -> None:
    assert set(HISTORY_ITEMS) == set(CORRECTABLE)  # every item a correction may name
    assert history_note("en", "corrected: place, fir_content") == "corrected: Place, Narrative"
    assert history_note("hi", "registered") == HINDI["registered"]
    assert history_note("hi", "corrected: summary") == f"{HINDI['corrected']}: {HINDI['Summary']}"

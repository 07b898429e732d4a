"""The table of review steps: every step described, once, in terms the session uses."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afirgen.domain import SessionData, Source, Step
from afirgen.domain.fields import FirFields
from afirgen.errors import BadInput
from afirgen.legal import KnowledgeBase
from afirgen.pipeline.stages import read_fields
from afirgen.pipeline.steps import REVIEW_STEPS, apply_edit, clear_from, step_content


def produced_session() -> SessionData:
    return SessionData(
        source=Source(text="My phone was stolen."),
        reported_at=datetime(2025, 3, 1, tzinfo=UTC),
        transcript="My phone was stolen.",
        summary="Theft of a phone.",
        fields=FirFields(place="Station Road"),
        identification={"sections": []},
        narrative="The complainant reported ...",
        draft={"fir_number": None},
    )


def test_every_step_has_one_row_naming_real_session_fields() -> None:
    assert list(REVIEW_STEPS) == list(Step)
    for row in REVIEW_STEPS.values():
        assert row.outputs and set(row.outputs) <= set(SessionData.model_fields)


def test_regenerating_a_step_clears_it_and_the_later_steps_only() -> None:
    data = produced_session()
    clear_from(Step.SUMMARY_REVIEW, data)
    assert data.transcript == "My phone was stolen."
    assert (data.summary, data.fields, data.identification, data.narrative, data.draft) == (
        None,
        None,
        None,
        None,
        None,
    )


def test_the_content_under_review_is_the_steps_outputs() -> None:
    data = produced_session().model_dump(mode="json")
    assert step_content(Step.TRANSCRIPT_REVIEW, data) == "My phone was stolen."
    summary = step_content(Step.SUMMARY_REVIEW, data)
    assert set(summary) == {"summary", "fields"}
    assert summary["fields"]["place"] == "Station Road"


def test_each_step_parses_its_own_edit() -> None:
    kb = KnowledgeBase.load()
    data = produced_session()
    assert apply_edit(Step.NARRATIVE_REVIEW, data, "  Corrected narrative.  ", kb)
    assert data.narrative == "Corrected narrative."
    assert not apply_edit(Step.NARRATIVE_REVIEW, data, "", kb)
    with pytest.raises(BadInput, match="final_review takes an object"):
        apply_edit(Step.FINAL_REVIEW, data, "text", kb)


def test_the_complaint_is_dated_by_the_stations_clock_not_utc() -> None:
    # 01:30 IST on 1 January 2027 is still 31 December 2026 in UTC
    data = SessionData(
        source=Source(text="Kal raat 11 baje mera phone chori ho gaya."),
        reported_at=datetime(2026, 12, 31, 20, 0, tzinfo=UTC),
    )
    assert data.reported_on == date(2027, 1, 1)  # the FIR register's year is 2027
    fields = read_fields(data.source.text, data.reported_on, [])
    assert fields.occurrence.date_from == date(2026, 12, 31)  # "kal" counts from IST

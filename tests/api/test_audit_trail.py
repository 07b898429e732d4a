"""The audit trail and FIR signatures: editing any audit event or any field of a
finalized FIR directly in the database is detected, on both databases."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import AuditEvent, FirRecord
from afirgen.repositories.firs import fir_cache_key, fir_view_key
from afirgen.services.access import Actor
from tests.api.test_numbering import approved_draft
from tests.conftest import client_for
from tests.factories import actor_for, officer_key


@dataclass
class Finalized:
    services: Services
    client: httpx.AsyncClient
    sho: Actor
    number: str


@pytest.fixture
async def finalized(services: Services) -> AsyncIterator[Finalized]:
    """A FIR registered and finalized by the SHO, then read once."""
    key = await officer_key(services, "sho-kotwali", "sho")
    sho = await actor_for(services, key)
    async with services.database.transaction() as db:
        number = await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)
    async with await client_for(services, key) as http:
        response = await http.post(f"/api/v1/fir/{number}/finalize")
        assert response.status_code == 200, response.text
        yield Finalized(services, http, sho, number)


async def problems(services: Services) -> list[str]:
    async with services.database.transaction(write=False) as db:
        reports = await services.audit.verify(db)
        found = [r.problem for r in reports if r.problem]
        return found + await services.firs.integrity_problems(db, None)


async def tamper(services: Services, stmt: sa.Executable, fir_ref: str | None = None) -> None:
    """Change the database behind the application's back (and drop the cached copy)."""
    async with services.database.transaction() as db:
        await db.execute(stmt)
    if fir_ref:
        await services.cache.delete(fir_cache_key(fir_ref), fir_view_key(fir_ref))


async def test_an_untouched_trail_and_fir_verify(finalized: Finalized) -> None:
    fir = (await finalized.client.get(f"/api/v1/fir/{finalized.number}")).json()
    assert fir["integrity"] == "valid" and fir["signature_key_id"] == "k1"
    assert fir["finalized_by"] == "sho-kotwali"
    checked = (await finalized.client.get(f"/api/v1/fir/{finalized.number}/verify")).json()
    assert checked["valid"] is True and checked["finalized_events"] == 1
    assert await problems(finalized.services) == []


@pytest.mark.parametrize(
    "column, value",
    [
        ("acts_sections", "103(1) BNS (murder)"),
        ("station", "Another station"),
        ("finalized_by", "someone-else"),
        ("complaint_text", "A different complaint."),
    ],
)
async def test_editing_a_finalized_fir_is_detected(
    finalized: Finalized, column: str, value: str
) -> None:
    ref = f"LOCAL-001/{finalized.number}"
    stmt = sa.update(FirRecord).where(FirRecord.fir_ref == ref).values({column: value})
    await tamper(finalized.services, stmt, ref)
    fir = (await finalized.client.get(f"/api/v1/fir/{finalized.number}")).json()
    assert fir["integrity"] == "altered"
    checked = (await finalized.client.get(f"/api/v1/fir/{finalized.number}/verify")).json()
    assert checked["valid"] is False
    assert any(ref in p and "altered" in p for p in await problems(finalized.services))


async def test_setting_the_status_back_is_visible_and_unlocks_nothing(
    finalized: Finalized,
) -> None:
    ref = f"LOCAL-001/{finalized.number}"
    stmt = sa.update(FirRecord).where(FirRecord.fir_ref == ref).values(status="pending")
    await tamper(finalized.services, stmt, ref)
    edit = await finalized.client.patch(
        f"/api/v1/fir/{finalized.number}", json={"summary": "rewritten"}
    )
    assert edit.status_code == 409 and "audit trail" in edit.json()["message"]
    again = await finalized.client.post(f"/api/v1/fir/{finalized.number}/finalize")
    assert again.status_code == 409
    found = await problems(finalized.services)
    assert any(ref in p and "now pending" in p for p in found)


async def test_editing_an_audit_event_is_detected(finalized: Finalized) -> None:
    stmt = (
        sa.update(AuditEvent)
        .where(AuditEvent.action == "fir.finalized")
        .values(officer="someone-else")
    )
    await tamper(finalized.services, stmt)
    found = await problems(finalized.services)
    assert len(found) == 1 and "fir.finalized) was altered" in found[0]


async def test_deleting_an_audit_event_is_detected(finalized: Finalized) -> None:
    await tamper(
        finalized.services, sa.delete(AuditEvent).where(AuditEvent.action == "fir.registered")
    )
    found = await problems(finalized.services)
    assert len(found) == 1 and "is missing" in found[0]


async def test_deleting_the_last_event_is_detected(finalized: Finalized) -> None:
    async with finalized.services.database.transaction(write=False) as db:
        last = await db.scalar(sa.select(sa.func.max(AuditEvent.id)))
    await tamper(finalized.services, sa.delete(AuditEvent).where(AuditEvent.id == last))
    found = await problems(finalized.services)
    assert any("events deleted" in p for p in found)


async def test_audit_page_filters_and_cursor(finalized: Finalized) -> None:
    http = finalized.client
    for _ in range(3):
        await http.get(f"/api/v1/fir/{finalized.number}")
    first = (await http.get("/api/v1/audit", params={"action": "fir.viewed", "limit": 2})).json()
    assert [e["action"] for e in first["items"]] == ["fir.viewed", "fir.viewed"]
    assert first["items"][0]["officer"] == "sho-kotwali"
    assert first["items"][0]["object_id"] == f"LOCAL-001/{finalized.number}"
    rest = await http.get(
        "/api/v1/audit", params={"action": "fir.viewed", "cursor": first["next_cursor"]}
    )
    assert len(rest.json()["items"]) == 1 and rest.json()["next_cursor"] is None
    finalizing = await http.get("/api/v1/audit", params={"object_type": "fir"})
    actions = [e["action"] for e in finalizing.json()["items"]]
    assert actions[-2:] == ["fir.finalized", "fir.registered"]


async def test_the_register_workbook_carries_the_audit_trail(finalized: Finalized) -> None:
    today = datetime.now(UTC).date()
    period = {"from": str(today - timedelta(days=1)), "to": str(today), "format": "xlsx"}
    response = await finalized.client.get("/api/v1/reports/register", params=period)
    assert response.status_code == 200, response.text
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    assert book.sheetnames == ["FIR register", "Audit trail"]
    rows = list(book["Audit trail"].iter_rows(values_only=True))
    assert rows[0][:6] == ("At (UTC)", "Station", "No.", "Officer", "Role", "Action")
    actions = [row[5] for row in rows[1:]]
    assert "fir.registered" in actions and "fir.finalized" in actions
    duty_key = await officer_key(finalized.services, "duty-1", "duty_officer")
    async with await client_for(finalized.services, duty_key) as duty:
        plain = await duty.get("/api/v1/reports/register", params=period)
    assert load_workbook(io.BytesIO(plain.content), read_only=True).sheetnames == ["FIR register"]


async def test_the_register_in_csv_has_the_audit_trail_as_a_second_file(
    finalized: Finalized,
) -> None:
    today = datetime.now(UTC).date()
    period = {"from": str(today - timedelta(days=1)), "to": str(today), "format": "csv"}
    register = await finalized.client.get("/api/v1/reports/register", params=period)
    rows = list(csv.DictReader(io.StringIO(register.content.decode("utf-8-sig"))))
    assert [r["FIR No."] for r in rows] == [finalized.number]  # one table a file

    audit = await finalized.client.get(
        "/api/v1/reports/register", params=period | {"part": "audit"}
    )
    assert audit.status_code == 200, audit.text
    assert audit.headers["content-disposition"].endswith('-audit.csv"')
    events = list(csv.DictReader(io.StringIO(audit.content.decode("utf-8-sig"))))
    actions = [e["Action"] for e in events]
    assert "fir.registered" in actions and "fir.finalized" in actions
    assert {e["Station"] for e in events} == {"LOCAL-001"}
    assert audit.headers["x-row-count"] == str(len(events))

    as_workbook = await finalized.client.get(
        "/api/v1/reports/register", params=period | {"part": "audit", "format": "xlsx"}
    )
    assert as_workbook.status_code == 422, as_workbook.text
    duty_key = await officer_key(finalized.services, "duty-1", "duty_officer")
    async with await client_for(finalized.services, duty_key) as duty:
        refused = await duty.get("/api/v1/reports/register", params=period | {"part": "audit"})
    assert refused.status_code == 403 and refused.json()["error"]

"""The FIR as a PDF (form IF-1, Devanagari included) and the FIR register."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import openpyxl
from pypdf import PdfReader

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import officer_key, register_fir
from tests.jobs.factories import THEFT_IN_HOUSE, create_fir


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


async def test_pdf_of_a_hindi_fir_has_the_number_and_devanagari(services: Services) -> None:
    async with services.database.transaction() as db:
        record = await create_fir(db, 7, hindi=True)
    number = record.fir_number

    path = await services.tasks.reports.ensure_pdf(record.fir_ref)

    text = pdf_text(path.read_bytes())
    assert number in text
    for words in ("सीता", "चोरी", "मोबाइल", "लखनऊ"):
        assert words in text, words
    for heading in ("FIRST INFORMATION REPORT", "Acts and Sections", "F.I.R. contents"):
        assert heading in text
    assert "304(2)" in text and "Snatching" in text
    assert "Date and time of despatch to the court" in text


async def test_pdf_endpoint_waits_for_the_pdf_being_made(
    services: Services, client: httpx.AsyncClient
) -> None:
    async with services.database.transaction() as db:
        number = (await create_fir(db, 8)).fir_number

    first = await client.get(f"/api/v1/fir/{number}/pdf")  # as `curl -o fir.pdf` asks

    assert first.status_code == 200
    assert first.headers["content-type"] == "application/pdf"
    assert number in pdf_text(first.content)
    [kept] = (services.settings.data_dir / "reports" / "LOCAL-001").glob(f"*/{number}.pdf")
    assert kept.read_bytes() == first.content


async def test_pdf_not_ready_in_time_answers_202_without_a_body_to_save(
    services_factory: Any,
) -> None:
    services = await services_factory(pdf_wait_s=0)
    async with services.database.transaction() as db:
        number = (await create_fir(db, 8)).fir_number
    key = await officer_key(services, "officer", "sho")
    async with await client_for(services, key) as client:
        download = await client.get(f"/api/v1/fir/{number}/pdf", headers={"accept": "*/*"})
        assert download.status_code == 202
        assert download.content == b""  # curl -o fir.pdf: no JSON saved as the PDF
        task_id = download.headers["x-task-id"]
        assert download.headers["retry-after"] == "1"
        assert download.headers["location"].endswith(f"/api/v1/tasks/{task_id}")
        polled = await client.get(
            f"/api/v1/fir/{number}/pdf", headers={"accept": "application/json"}
        )
        assert polled.status_code in (200, 202)
        if polled.status_code == 202:
            assert polled.json()["task_id"] == task_id

        await services.tasks.dispatcher.drain(20)
        task = (await client.get(f"/api/v1/tasks/{task_id}")).json()
        assert task["status"] == "success", task
        assert task["result"]["file"] == f"{number}.pdf"
        ready = await client.get(f"/api/v1/fir/{number}/pdf")
        assert ready.status_code == 200
        assert ready.headers["content-type"] == "application/pdf"


async def test_pdf_of_a_pending_fir_is_refused(
    services: Services, client: httpx.AsyncClient
) -> None:
    async with services.database.transaction() as db:
        number = (await create_fir(db, 9, status="pending")).fir_number
    response = await client.get(f"/api/v1/fir/{number}/pdf")
    assert response.status_code == 409
    assert response.json()["error"] == "fir_not_finalized"
    missing = await client.get("/api/v1/fir/FIR-2025-424242/pdf")
    assert missing.status_code == 404


async def test_unknown_task_is_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/tasks/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response.json()["error"] == "task_not_found"


async def test_register_lists_the_firs_of_the_range(
    services: Services, client: httpx.AsyncClient
) -> None:
    now = datetime.now(UTC).replace(hour=8)
    async with services.database.transaction() as db:
        await create_fir(db, 11, complaint_at=now - timedelta(days=10))
        await create_fir(db, 12, complaint_at=now - timedelta(days=2), sections=[THEFT_IN_HOUSE])
        await create_fir(db, 13, hindi=True, complaint_at=now - timedelta(days=1), status="pending")
    first = (now - timedelta(days=3)).date().isoformat()
    last = now.date().isoformat()

    as_csv = await client.get(
        "/api/v1/reports/register", params={"from": first, "to": last, "format": "csv"}
    )
    assert as_csv.status_code == 200, as_csv.text
    rows = list(csv.DictReader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    assert [r["FIR No."] for r in rows] == [f"FIR-{now.year}-000012", f"FIR-{now.year}-000013"]
    assert rows[0]["Acts and sections"] == "305(a) BNS"
    assert rows[1]["Complainant"] == "सीता देवी"
    assert rows[1]["Status"] == "pending"

    as_xlsx = await client.get("/api/v1/reports/register", params={"from": first, "to": last})
    assert as_xlsx.status_code == 200
    assert "attachment" in as_xlsx.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(as_xlsx.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "FIR No."
    assert [v[0] for v in values[1:]] == [f"FIR-{now.year}-000012", f"FIR-{now.year}-000013"]


async def test_register_range_is_checked(client: httpx.AsyncClient) -> None:
    backwards = await client.get(
        "/api/v1/reports/register", params={"from": "2025-03-02", "to": "2025-03-01"}
    )
    assert backwards.status_code == 422
    too_long = await client.get(
        "/api/v1/reports/register", params={"from": "2023-01-01", "to": "2025-03-01"}
    )
    assert too_long.status_code == 422
    past_the_calendar = await client.get(
        "/api/v1/reports/register", params={"from": "9999-12-30", "to": "9999-12-31"}
    )
    assert past_the_calendar.status_code == 422


async def test_register_occurrence_column_holds_utc_as_labelled(
    services: Services, client: httpx.AsyncClient
) -> None:
    number = await register_fir(client)  # "9:30 pm on 14/03/2025", Jaipur: IST
    today = datetime.now(UTC).date().isoformat()
    export = await client.get(
        "/api/v1/reports/register", params={"from": today, "to": today, "format": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [r["FIR No."] for r in rows] == [number]
    assert rows[0]["Occurred from (UTC)"] == "2025-03-14 16:00:00"
    fir = (await client.get(f"/api/v1/fir/{number}")).json()
    assert datetime.fromisoformat(fir["occurred_from"]) == datetime(2025, 3, 14, 16, 0, tzinfo=UTC)


async def test_placeholders_of_the_stations_migration_never_print_as_data(
    services: Services, client: httpx.AsyncClient
) -> None:
    """FIRs registered before migration 0008 copied 0002's stand-ins for missing details."""
    async with services.database.transaction() as db:
        record = await create_fir(db, 21)
        record.station, record.district = "Police station LOCAL-001", "unspecified district"
        draft = {"police_station": "Police station LOCAL-001", "district": "unspecified district"}
        record.fields_json = record.fields_json | draft

    path = await services.tasks.reports.ensure_pdf(record.fir_ref)
    text = pdf_text(path.read_bytes())
    assert record.fir_number in text
    assert "unspecified" not in text and "Police station LOCAL-001" not in text

    today = datetime.now(UTC).date()
    period = {"from": str(today - timedelta(days=1)), "to": str(today), "format": "csv"}
    export = await client.get("/api/v1/reports/register", params=period)
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [(r["FIR No."], r["District"], r["Police station"]) for r in rows] == [
        (record.fir_number, "", "")
    ]


async def test_register_names_the_finalizing_officer_by_name_and_rank(
    services: Services, client: httpx.AsyncClient
) -> None:
    """ "Finalized by" is "Name, Rank" as signed, the login in a column of its own; a name
    an administrator typed as a formula, or with a control character, stays inert text."""
    formula = '=HYPERLINK("http://evil.example","x")'
    signers = {
        "sho-kotwali-7": ("Rajendra Singh Rathore", "Inspector"),
        "sho-formula": (formula, "Sub-Inspector\x1b[31m"),
    }
    for login, (name, rank) in signers.items():
        number = await register_fir(client)
        key = await officer_key(services, login, "sho", full_name=name, rank=rank)
        async with await client_for(services, key) as sho:
            assert (await sho.post(f"/api/v1/fir/{number}/finalize")).status_code == 200
    today = datetime.now(UTC).date().isoformat()
    period = {"from": today, "to": today}

    export = await client.get("/api/v1/reports/register", params={**period, "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert sorted((r["Finalized by"], r["Finalized by (login)"]) for r in rows) == [
        ("'" + formula + ", Sub-Inspector[31m", "sho-formula"),
        ("Rajendra Singh Rathore, Inspector", "sho-kotwali-7"),
    ]
    workbook = await client.get("/api/v1/reports/register", params=period)
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content))["FIR register"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index("Finalized by")
    assert header[column + 1] == "Finalized by (login)"
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == [
        formula + ", Sub-Inspector[31m",
        "Rajendra Singh Rathore, Inspector",
    ]
    assert {c.data_type for c in cells} == {"s"}  # shown, never evaluated


async def test_register_shows_the_login_a_fir_was_signed_with_before_names(
    services: Services, client: httpx.AsyncClient
) -> None:
    async with services.database.transaction() as db:
        record = await create_fir(db, 31)  # finalized by "SHO Kotwali", signature format 1
        record.finalized_by_name = "Added Later"  # not signed: never shown
    today = datetime.now(UTC).date()
    period = {"from": str(today - timedelta(days=1)), "to": str(today), "format": "csv"}
    export = await client.get("/api/v1/reports/register", params=period)
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [(r["Finalized by"], r["Finalized by (login)"]) for r in rows] == [
        ("SHO Kotwali", "SHO Kotwali")
    ]

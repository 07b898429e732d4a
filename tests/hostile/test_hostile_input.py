"""Hostile input (issue 12, items 10-12): answered with a JSON 4xx, never a 5xx,
and nothing harmful is kept or exported."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import httpx
import openpyxl
import pytest

from afirgen.bootstrap import Services
from afirgen.main import create_app
from afirgen.reports import register_bytes
from afirgen.reports.register import COLUMNS
from tests.conftest import client_for
from tests.factories import THEFT_COMPLAINT, approve, version_of, wait_for
from tests.hostile.helpers import cursor_of, is_json_error, session_at, validate

COLUMN_TITLES = [title for _, title, _ in COLUMNS]
LONE_SURROGATE = (
    '{"session_id": "%s", "step": "transcript_review", "version": %d, "approved": true, '
    '"user_input": "chori \\ud800 hui"}'
)


async def test_lone_surrogate_in_an_edit_is_refused(client: httpx.AsyncClient) -> None:
    session_id = await session_at(client, "transcript_review")
    response = await client.post(
        "/api/v1/validate",
        content=(LONE_SURROGATE % (session_id, await version_of(client, session_id))).encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert "surrogate" in response.json()["message"]
    status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert status["current_step"] == "transcript_review"  # nothing was applied


@pytest.mark.parametrize(
    "raw",
    [
        '["2025-01-01T00:00:00", 1e300]',
        '["2025-01-01T00:00:00", Infinity]',
        '["2025-01-01T00:00:00", 9223372036854775808]',
        '["9999-99-99", 1]',
    ],
)
async def test_forged_cursor_is_refused(client: httpx.AsyncClient, raw: str) -> None:
    response = await client.get("/api/v1/firs", params={"cursor": cursor_of(raw)})
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "bad_input"


async def test_last_representable_day_is_a_valid_bound(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/firs", params={"created_to": "9999-12-31"})
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


@pytest.mark.parametrize("station", [{"evil": 1}, ["Kotwali"], 7, "K" * 201])
async def test_station_at_final_review_must_be_a_short_text(
    client: httpx.AsyncClient, station: object
) -> None:
    session_id = await session_at(client, "final_review")
    response = await validate(client, session_id, {"station": station})
    assert response.status_code == 422, response.text
    assert "station" in response.json()["message"]
    fixed = await validate(client, session_id, {"station": "Kotwali"})
    assert fixed.status_code == 200, fixed.text


async def test_complainant_name_over_its_column_is_refused(client: httpx.AsyncClient) -> None:
    session_id = await session_at(client, "summary_review")
    edit = {"fields": {"complainant": {"name": "R" * 201}}}
    response = await validate(client, session_id, edit)
    assert response.status_code == 422, response.text
    assert "name" in response.json()["message"]


async def test_unexpected_failure_answers_json_with_headers(services: Services) -> None:
    app = create_app(services=services)

    async def broken() -> None:
        raise RuntimeError("a defect")

    app.add_api_route("/api/v1/broken", broken)
    app.state.services = services
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.get("/api/v1/broken", headers={"X-Correlation-ID": "probe-1"})
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert response.json()["correlation_id"] == "probe-1"
    assert response.headers["x-correlation-id"] == "probe-1"
    assert response.headers["x-content-type-options"] == "nosniff"


FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","click")', "+1+1", "@SUM(A1)"]


async def test_register_never_holds_a_formula(client: httpx.AsyncClient) -> None:
    for name in FORMULAS[:2]:
        named = {"summary_review": {"fields": {"complainant": {"name": name}}}}
        session_id = await session_at(client, "final_review", named)
        assert (await approve(client, session_id))["status"] == "completed"
    today = datetime.now(UTC).date().isoformat()
    period = {"from": today, "to": today}
    xlsx = await client.get("/api/v1/reports/register", params={**period, "format": "xlsx"})
    assert xlsx.status_code == 200, xlsx.text
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    column = COLUMN_TITLES.index("Complainant")
    names = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == sorted(FORMULAS[:2])  # shown as text
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert {c.data_type for c in cells} == {"s"}
    text = (await client.get("/api/v1/reports/register", params={**period, "format": "csv"})).text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1:]
    assert sorted(r[column] for r in rows) == sorted("'" + f for f in FORMULAS[:2])


def test_control_characters_never_break_the_register() -> None:
    row = {"fir_number": "FIR-2025-000001", "station": "Kotwali\x01", "place": "Gate\x1b[31m"}
    for value in FORMULAS[2:]:
        row["complainant_name"] = value
        sheet = openpyxl.load_workbook(io.BytesIO(register_bytes([row], "xlsx"))).active
        values = next(iter(sheet.iter_rows(min_row=2, values_only=True)))
        assert values[4] == "Kotwali" and values[7] == "Gate[31m" and values[6] == value
        text = register_bytes([row], "csv").decode("utf-8-sig")
        assert "'" + value in text and "\x01" not in text


async def test_control_characters_are_dropped_at_intake(client: httpx.AsyncClient) -> None:
    text = THEFT_COMPLAINT.replace("gold chain", "gold\x1b[31m chain\x01")
    session_id = await session_at(client, "transcript_review", text=text)
    status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert "gold[31m chain" in status["content"] and "\x1b" not in status["content"]


HINDI = "मेरा मोबाइल फोन दिनांक 10/02/2025 को रात 10 बजे चोरी हो गया।"


async def test_invalid_utf8_in_a_form_field_is_refused(client: httpx.AsyncClient) -> None:
    boundary = "hostile"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n'.encode()
        + HINDI.encode()[:30]
        + b"\xff"
        + HINDI.encode()[30:]
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response = await client.post(
        "/api/v1/process",
        content=body,
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 400, response.text
    assert "'text'" in response.json()["message"] and "UTF-8" in response.json()["message"]


async def test_valid_hindi_form_is_kept_exactly(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/process", files={"text": (None, HINDI.encode())})
    assert response.status_code == 202, response.text
    status = await wait_for(client, response.json()["session_id"], "transcript_review")
    assert status["content"] == HINDI


async def test_json_body_to_process_is_unsupported(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/process", json={"text": "my phone was stolen"})
    assert response.status_code == 415
    assert "form" in response.json()["message"]


@pytest.mark.parametrize("text", ["a", "चोरी"])
async def test_complaint_too_short_to_draft(client: httpx.AsyncClient, text: str) -> None:
    response = await client.post("/api/v1/process", data={"text": text})
    assert response.status_code == 422
    assert response.json()["error"] == "complaint_too_short"


async def test_every_error_here_is_json(client: httpx.AsyncClient) -> None:
    for response in (
        await client.get("/api/v1/firs", params={"cursor": cursor_of("[1, Infinity]")}),
        await client.post("/api/v1/process", json={}),
    ):
        assert 400 <= response.status_code < 500 and is_json_error(response)


async def test_keyless_client_sees_no_internal_detail(services: Services) -> None:
    async with await client_for(services, None) as anonymous:
        response = await anonymous.get("/api/v1/firs")
    assert response.status_code == 401 and is_json_error(response)

"""The whole path an officer takes: review, finalize, and the complainant's copy
arrives by email with the FIR attached as a PDF."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from pypdf import PdfReader

from afirgen.bootstrap import Services
from afirgen.tasks import task_key
from afirgen.tasks.names import COPY_TASK, PDF_TASK
from tests.conftest import client_for
from tests.factories import (
    HINDI_COMPLAINT,
    HINDI_PLACE,
    THEFT_COMPLAINT,
    actor_for,
    approve,
    officer_key,
    start_session,
    wait_for,
)
from tests.jobs.conftest import Mailbox, mail_settings

STEPS = ("transcript_review", "summary_review", "violations_review", "narrative_review")


@pytest.fixture
async def mail_client(
    services_factory: Any, smtp: tuple[Mailbox, int], mailbox: Mailbox
) -> AsyncIterator[tuple[Services, httpx.AsyncClient]]:
    services: Services = await services_factory(**mail_settings(smtp[1]))
    key = await officer_key(services, "sho-kotwali", "sho")
    async with await client_for(services, key) as http:
        yield services, http


async def register(client: httpx.AsyncClient, text: str, email: str | None) -> str:
    session_id = await start_session(client, text)
    for step in STEPS:
        await wait_for(client, session_id, step)
        fields: dict[str, Any] = {}
        if step == "summary_review" and email:
            fields["complainant"] = {"email": email}
        if step == "summary_review" and text == HINDI_COMPLAINT:  # it names no place
            fields |= HINDI_PLACE["fields"]
        await approve(client, session_id, {"fields": fields} if fields else None)
    await wait_for(client, session_id, "final_review")
    result = await approve(client, session_id)
    return str(result["fir_number"])


async def test_finalizing_mails_the_complainant_a_copy(
    mail_client: tuple[Services, httpx.AsyncClient], mailbox: Mailbox
) -> None:
    services, client = mail_client
    number = await register(client, THEFT_COMPLAINT, "ramesh.kumar@example.in")
    assert mailbox.received == []  # nothing before finalization

    finalized = await client.post(f"/api/v1/fir/{number}/finalize")
    assert finalized.status_code == 200
    pdf_task = await client.get(f"/api/v1/tasks/{finalized.json()['pdf_task_id']}")
    assert pdf_task.json()["name"] == PDF_TASK  # the client learns which task to follow
    assert finalized.json()["pdf_url"].endswith(f"/api/v1/fir/{number}/pdf")
    for name in (COPY_TASK, PDF_TASK):  # recorded with the finalization itself
        task = await client.get(f"/api/v1/tasks/{task_key(name, 'LOCAL-001/' + number)}")
        assert task.status_code == 200 and task.json()["name"] == name
    [received] = await mailbox.wait_for(1)

    assert received.recipients == ["ramesh.kumar@example.in"]
    assert received.message["Subject"] == f"Your copy of FIR {number}"
    assert "Dear Ramesh Kumar" in received.message.get_body().get_content()  # type: ignore[union-attr]
    [pdf] = list(received.message.iter_attachments())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert number in text and "Ramesh Kumar" in text and "ramesh.kumar@example.in" in text
    await services.tasks.dispatcher.drain(10)
    response = await client.get(f"/api/v1/fir/{number}/pdf")
    assert response.status_code == 200


async def test_hindi_complaint_without_email_gets_a_pdf_and_no_mail(
    mail_client: tuple[Services, httpx.AsyncClient], mailbox: Mailbox
) -> None:
    services, client = mail_client
    number = await register(client, HINDI_COMPLAINT, None)
    await client.post(f"/api/v1/fir/{number}/finalize")
    await services.tasks.dispatcher.drain(20)

    pdf = await client.get(f"/api/v1/fir/{number}/pdf")
    assert pdf.status_code == 200
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert number in text
    assert "चोरी" in text and "कोतवाली" in text
    assert mailbox.received == []
    task = (await client.get(f"/api/v1/tasks/{task_key(COPY_TASK, 'LOCAL-001/' + number)}")).json()
    assert task["status"] == "success"
    assert task["result"] == {
        "sent": False,
        "reason": "no email address of the complainant is recorded in the FIR",
    }


async def test_rolled_back_finalization_sends_nothing(
    mail_client: tuple[Services, httpx.AsyncClient], mailbox: Mailbox
) -> None:
    services, client = mail_client
    number = await register(client, THEFT_COMPLAINT, "ramesh.kumar@example.in")

    sho = await actor_for(services, client.headers["X-API-Key"])
    with pytest.raises(RuntimeError):
        async with services.database.transaction() as db:
            await services.firs.finalize(db, sho, number)
            raise RuntimeError("the request failed after finalizing")

    await services.tasks.dispatcher.drain(5)
    assert (await client.get(f"/api/v1/fir/{number}")).json()["status"] == "pending"
    assert mailbox.received == []
    assert (await client.get(f"/api/v1/fir/{number}/pdf")).status_code == 409

"""The official PDF shows the FIR as finalized, corrections included, and exactly the
values its signature covers."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import httpx
from pypdf import PdfReader

from afirgen.bootstrap import Services
from afirgen.repositories.firs import FirRepository, record_to_dict
from afirgen.services.signing import Integrity, as_signed
from tests.conftest import client_for
from tests.factories import correct_fir, officer_key, register_fir

FIRST = {
    "fir_content": "Draft contents: a chain was taken near the old bus depot.",
    "place": "Old Bus Depot, Sindhi Camp",
    "distance_from_station": "About 9 km west of the police station",
}
FINAL = {
    "fir_content": "Corrected contents: two men on a black motorcycle snatched the gold "
    "chain of the complainant outside Plot 7, Johari Bazaar.",
    "place": "Plot 7, Johari Bazaar, Jaipur",
    "distance_from_station": "About 2 km north-east of the police station",
}
# what the officer typed as the station at final review; the FIR's station and
# district come from the station record, which the JSON answers and the PDF prints
TYPED_AT_FINAL_REVIEW = {"station": "Sanganer Thana", "district": "Ajmer Rural"}


def words(content: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return " ".join(text.split())


async def test_the_pdf_shows_the_corrected_fir_as_signed(
    services: Services, client: httpx.AsyncClient
) -> None:
    number = await register_fir(client, edits={"final_review": TYPED_AT_FINAL_REVIEW})
    for changes in (FIRST, FINAL):
        answer = await correct_fir(client, number, **changes)
        assert answer.status_code == 200, answer.text
    finalized = await client.post(f"/api/v1/fir/{number}/finalize")
    assert finalized.status_code == 200, finalized.text
    fir = finalized.json()

    download = await client.get(f"/api/v1/fir/{number}/pdf")

    assert download.status_code == 200
    text = words(download.content)
    for name, value in FINAL.items():
        assert value in text, name
        assert FIRST[name] not in text, name
    assert fir["station"] in text and fir["district"] in text
    for typed in TYPED_AT_FINAL_REVIEW.values():
        assert typed not in text
    async with services.database.transaction(write=False) as db:
        record = await FirRepository(db, services.cache).get_record(f"LOCAL-001/{number}")
        assert record is not None
        stored = record_to_dict(record)
    assert services.firs.signer.check(stored) == Integrity.VALID
    signed = as_signed(stored)
    # the PDF names the signature over these values (wrapped over two lines)
    assert signed["signature"] in text.replace(" ", "")
    assert signed["fir_content"] == FINAL["fir_content"]
    assert signed["place"] == FINAL["place"]
    assert signed["fields_json"]["fir_contents"] == FINAL["fir_content"]
    assert signed["fields_json"]["place"] == {
        "address": FINAL["place"],
        "distance_from_station": FINAL["distance_from_station"],
    }
    assert (signed["station"], signed["district"]) == (fir["station"], fir["district"])


async def test_a_pdf_kept_for_another_state_of_the_record_is_not_served(
    services: Services, client: httpx.AsyncClient
) -> None:
    """A file left under the FIR's number (an earlier database, a restored backup) is not
    taken for the PDF of the record as it is signed now."""
    number = await register_fir(client)
    stale = services.settings.data_dir / "reports" / "LOCAL-001" / f"{number}.pdf"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"%PDF-1.4 an old rendering")
    assert (await correct_fir(client, number, place=FINAL["place"])).status_code == 200
    assert (await client.post(f"/api/v1/fir/{number}/finalize")).status_code == 200

    download = await client.get(f"/api/v1/fir/{number}/pdf")

    assert download.status_code == 200
    assert FINAL["place"] in words(download.content)


async def test_the_pdf_is_signed_with_the_shos_name_and_rank(
    services: Services, client: httpx.AsyncClient
) -> None:
    """The officer in charge signs form IF-1 by full name and rank, as signed, not by the
    login name; changing the name in the database breaks the signature."""
    number = await register_fir(client)
    key = await officer_key(
        services, "sho-kotwali-7", "sho", full_name="Rajendra Singh Rathore", rank="Inspector"
    )
    async with await client_for(services, key) as sho:
        finalized = await sho.post(f"/api/v1/fir/{number}/finalize")
        assert finalized.status_code == 200, finalized.text
        download = await sho.get(f"/api/v1/fir/{number}/pdf")
        answer = (await sho.get(f"/api/v1/fir/{number}")).json()

    assert download.status_code == 200
    # the JSON answer names the officer as the PDF does, the login in its own field
    for fir in (finalized.json(), answer):
        assert fir["finalized_by_name"] == "Rajendra Singh Rathore"
        assert fir["finalized_by_rank"] == "Inspector"
        assert fir["finalized_by"] == "sho-kotwali-7"
    text = words(download.content)
    assert "police station: Rajendra Singh Rathore, Inspector Finalized at" in text
    assert "sho-kotwali-7" not in text
    async with services.database.transaction(write=False) as db:
        record = await FirRepository(db, services.cache).get_record(f"LOCAL-001/{number}")
        assert record is not None
        stored = record_to_dict(record)
    signed = as_signed(stored)
    assert (signed["finalized_by_name"], signed["finalized_by_rank"]) == (
        "Rajendra Singh Rathore",
        "Inspector",
    )
    assert services.firs.signer.check(stored) == Integrity.VALID
    forged = stored | {"finalized_by_name": "Someone Else"}
    assert services.firs.signer.check(forged) == Integrity.ALTERED


async def test_a_fir_signed_before_names_were_signed_still_verifies(
    services: Services, client: httpx.AsyncClient
) -> None:
    """A FIR finalized before migration 0009 (signature format 1, no name or rank) still
    verifies, and its PDF shows the login it was signed with; a name written into it
    afterwards is not signed, so it is not shown."""
    number = await register_fir(client)
    async with services.database.transaction() as db:
        record = await FirRepository(db, services.cache).get_record(f"LOCAL-001/{number}")
        assert record is not None
        record.status, record.finalized_by = "finalized", "test-officer"
        record.finalized_at = datetime.now(UTC).replace(microsecond=0)
        signed = services.firs.signer.sign(record_to_dict(record))  # format 1, as then
        record.signature_key_id, record.signature = signed
        record.finalized_by_name = "Added Later"  # not what was signed

    check = await client.get(f"/api/v1/fir/{number}/verify")
    download = await client.get(f"/api/v1/fir/{number}/pdf")
    answer = (await client.get(f"/api/v1/fir/{number}")).json()

    assert check.status_code == 200 and check.json()["valid"] is True, check.text
    assert (answer["finalized_by_name"], answer["finalized_by_rank"]) == (None, None)
    assert answer["finalized_by"] == "test-officer"
    assert download.status_code == 200
    text = words(download.content)
    assert "police station: test-officer Finalized at" in text
    assert "Added Later" not in text

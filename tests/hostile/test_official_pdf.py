"""The official PDF shows the FIR as finalized, corrections included, and exactly the
values its signature covers."""

from __future__ import annotations

import io

import httpx
from pypdf import PdfReader

from afirgen.bootstrap import Services
from afirgen.repositories.firs import FirRepository, record_to_dict
from afirgen.services.signing import Integrity, as_signed
from tests.factories import correct_fir, register_fir

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

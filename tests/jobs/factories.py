"""Factory functions for the job tests: registered FIRs and review sessions."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.domain import SessionData, Source
from afirgen.domain.fields import Accused, FirFields, Occurrence, Person, PropertyItem
from afirgen.infrastructure.tables import FirRecord, PoliceStation, SessionRecord
from afirgen.pipeline.assemble import assemble_draft, cite
from afirgen.repositories.stations import station_by_code
from afirgen.services.fir_service import registration_terms
from tests.factories import DEFAULT_STATION, HINDI_COMPLAINT, THEFT_COMPLAINT

SNATCHING = {"act": "BNS", "section": "304", "subsection": "2", "title": "Snatching"}
THEFT_IN_HOUSE = {"act": "BNS", "section": "305", "subsection": "a", "title": "Theft in a dwelling"}


def theft_fields(email: str | None) -> FirFields:
    return FirFields(
        complainant=Person(
            name="Ramesh Kumar",
            relation="father",
            relative_name="Mohan Lal",
            age=34,
            address="12 Gandhi Nagar, Jaipur",
            phone="9876543210",
            email=email,
        ),
        accused=[Accused(description="two unknown men riding a black motorcycle")],
        accused_count=2,
        occurrence=Occurrence(date_from=date(2025, 3, 14), time_from=time(21, 30)),
        place="near Ajmeri Gate market, Jaipur",
        property=[PropertyItem(description="gold chain", value_inr=60000)],
        total_property_value_inr=60000,
    )


def hindi_fields(email: str | None) -> FirFields:
    return FirFields(
        complainant=Person(
            name="सीता देवी", relation="husband", relative_name="राम प्रसाद", email=email
        ),
        occurrence=Occurrence(date_from=date(2025, 2, 10), time_from=time(22, 0)),
        place="घर, लखनऊ",
        property=[PropertyItem(description="मोबाइल फोन", value_inr=15000)],
        total_property_value_inr=15000,
    )


async def create_fir(
    db: AsyncSession,
    sequence: int,
    *,
    hindi: bool = False,
    email: str | None = "ramesh@example.org",
    sections: list[dict[str, Any]] | None = None,
    status: str = "finalized",
    complaint_at: datetime | None = None,
    registered_after: timedelta = timedelta(minutes=30),
    finalized_after: timedelta = timedelta(hours=1),
) -> FirRecord:
    """A registered FIR with a real assembled draft, and the session it came from."""
    complaint_at = complaint_at or datetime.now(UTC) - timedelta(hours=2)
    sections = [SNATCHING] if sections is None else sections
    year = datetime.now(UTC).year
    number = f"FIR-{year}-{sequence:06d}"
    text = HINDI_COMPLAINT if hindi else THEFT_COMPLAINT
    fields = hindi_fields(email) if hindi else theft_fields(email)
    session = await _session(db, complaint_at, status="completed")
    station = await default_station(db)
    data = SessionData(
        source=Source(text=text),
        station="Kotwali",
        district="Lucknow" if hindi else "Jaipur",
        reported_at=complaint_at,
        fields=fields,
        summary="Mobile phone stolen from the house." if hindi else "Gold chain snatched.",
        narrative=_narrative(hindi),
        identification={"law": "BNS", "cognizable": True, "sections": sections},
        fir_number=number,
    )
    registered = complaint_at + registered_after
    record = FirRecord(
        fir_number=number,
        fir_ref=f"{station.code}/{number}",
        station_id=station.id,
        year=year,
        sequence=sequence,
        session_id=session.session_id,
        user_id="test-officer",
        station=data.station,
        district=data.district,
        status=status,
        law="BNS",
        acts_sections=", ".join(cite(s) for s in sections),
        complainant_name=fields.complainant.name,
        place=fields.place,
        complaint_text=text,
        summary=data.summary or "",
        fir_content=data.narrative or "",
        fields_json={
            **assemble_draft(data),
            "fir_number": number,
            **registration_terms(data.identification),
        },
        violations_json=data.identification or {},
        missing_fields={"fields": []},
        status_history={"entries": []},
        created_at=registered,
        finalized_at=registered + finalized_after if status == "finalized" else None,
        finalized_by="SHO Kotwali" if status == "finalized" else None,
        signature=hashlib.sha256(number.encode()).hexdigest() if status == "finalized" else None,
    )
    db.add(record)
    await db.flush()
    return record


async def create_session(
    db: AsyncSession, status: str, updated_at: datetime, step: str = "summary_review"
) -> SessionRecord:
    return await _session(db, updated_at, status=status, step=step)


async def _session(
    db: AsyncSession, at: datetime, *, status: str, step: str = "final_review"
) -> SessionRecord:
    data = SessionData(source=Source(text=THEFT_COMPLAINT), station="Kotwali", reported_at=at)
    station = await default_station(db)
    record = SessionRecord(
        station_id=station.id,
        session_id=str(uuid.uuid4()),
        status=status,
        current_step=step,
        data=data.model_dump(mode="json"),
        user_id="test-officer",
        created_at=at,
        updated_at=at,
    )
    db.add(record)
    await db.flush()
    return record


def _narrative(hindi: bool) -> str:
    if hindi:
        return (
            "शिकायतकर्ता सीता देवी ने बताया कि दिनांक 10/02/2025 को रात 10 बजे उनके घर से "
            "मोबाइल फोन चोरी हो गया, जिसकी कीमत 15000 रुपये है।"
        )
    return (
        "The complainant Ramesh Kumar states that at about 9:30 pm on 14/03/2025 two unknown "
        "men riding a black motorcycle snatched his gold chain worth Rs. 60,000 near Ajmeri Gate."
    )


async def default_station(db: AsyncSession) -> PoliceStation:
    """The default station (created when a test database was emptied)."""
    station = await station_by_code(db, DEFAULT_STATION)
    if station is None:
        station = PoliceStation(
            code=DEFAULT_STATION, name="Kotwali", district="Jaipur", state="Rajasthan"
        )
        db.add(station)
        await db.flush()
    return station

"""Facts the officer corrects at summary review reach the sections step.

The complaints are written for these tests; each correction is one the law turns on:
the date of occurrence (IPC before 1 July 2024, BNS after), the number of accused
(five or more taking by force is dacoity) and the value of the loss (the grade of mischief).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.factories import approve, start_session, wait_for

ROBBERY = (
    "I, Vinod Sharma, R/o 12 Canal Colony, Karnal, mobile 9812345670, report that on "
    "10 March 2025 at night three men stopped me near the canal road, beat me and took my "
    "bag with Rs 20,000 by force."
)
MISCHIEF = (
    "I, Meena Joshi, R/o 4 Park Street, Dehradun, mobile 9897012345, report that on "
    "10 March 2025 my neighbour Ramesh Kumar smashed the windscreen and headlights of my car "
    "with a brick out of spite."
)


async def sections_after(
    client: httpx.AsyncClient, text: str, corrected: dict[str, Any] | None
) -> dict[str, Any]:
    """Approve the transcript, approve the summary with ``corrected`` fields, read the sections."""
    session_id = await start_session(client, text)
    await wait_for(client, session_id, "transcript_review")
    await approve(client, session_id)
    await wait_for(client, session_id, "summary_review")
    await approve(client, session_id, {"fields": corrected} if corrected else None)
    review = await wait_for(client, session_id, "violations_review")
    content: dict[str, Any] = review["content"]
    return content


def chosen(identification: dict[str, Any]) -> set[str]:
    return {
        s["section"] + (f"({s['subsection']})" if s.get("subsection") else "")
        for s in identification["sections"]
    }


async def test_a_corrected_date_of_occurrence_switches_the_code(
    client: httpx.AsyncClient,
) -> None:
    as_read = await sections_after(client, ROBBERY, None)
    corrected = await sections_after(client, ROBBERY, {"occurrence": {"date_from": "2023-03-10"}})

    # beaten and robbed: hurt caused in committing robbery, s. 309(6) BNS / s. 394 IPC
    assert as_read["law"] == "BNS" and "309(6)" in chosen(as_read)
    assert corrected["law"] == "IPC" and "394" in chosen(corrected)


async def test_a_corrected_number_of_accused_changes_the_grade(
    client: httpx.AsyncClient,
) -> None:
    as_read = await sections_after(client, ROBBERY, None)
    corrected = await sections_after(client, ROBBERY, {"accused_count": 5})

    assert "309(6)" in chosen(as_read) and "310(2)" not in chosen(as_read)
    assert "310(2)" in chosen(corrected)


@pytest.mark.parametrize(("value", "section"), [(25000, "324(4)"), (150000, "324(5)")])
async def test_a_corrected_value_changes_the_grade(
    client: httpx.AsyncClient, value: int, section: str
) -> None:
    as_read = await sections_after(client, MISCHIEF, None)
    corrected = await sections_after(client, MISCHIEF, {"total_property_value_inr": value})

    assert "324(2)" in chosen(as_read)
    assert section in chosen(corrected) and "324(2)" not in chosen(corrected)

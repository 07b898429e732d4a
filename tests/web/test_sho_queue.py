"""A duty officer ends the review by sending the final draft to the SHO; the SHO's
queue lists it until the SHO registers it."""

from __future__ import annotations

import pytest

from afirgen.bootstrap import Services
from afirgen.errors import Forbidden, IncompleteReport, StepOutOfOrder
from tests.conftest import client_for
from tests.factories import (
    HINDI_COMPLAINT,
    STEPS,
    actor_for,
    approve,
    officer_key,
    reviewed,
    start_session,
    wait_for,
)


async def test_sent_draft_waits_in_the_sho_queue_until_registered(services: Services) -> None:
    duty = await officer_key(services, "duty", "duty_officer")
    sho = await actor_for(services, await officer_key(services, "boss", "sho"))
    async with await client_for(services, duty) as client:
        session_id = await start_session(client)
        for step in STEPS[:-1]:
            await wait_for(client, session_id, step)
            await approve(client, session_id)
        await wait_for(client, session_id, "final_review")
        at_final = await reviewed(client, session_id)
        duty_actor = await actor_for(services, duty)
        async with services.database.transaction() as db:
            assert await services.sessions.open_sessions(db, sho, awaiting_sho=True) == []
            with pytest.raises(Forbidden):  # a duty officer cannot register
                await services.sessions.validate(
                    db, duty_actor, session_id, True, None, seen=at_final
                )
        async with services.database.transaction() as db:
            await services.sessions.send_to_sho(db, duty_actor, session_id)
        sent = await reviewed(client, session_id)
        async with services.database.transaction() as db:
            queue = await services.sessions.open_sessions(db, sho, awaiting_sho=True)
            assert [q["session_id"] for q in queue] == [session_id]
            assert queue[0]["complainant"] == "Ramesh Kumar"
            result = await services.sessions.validate(db, sho, session_id, True, None, seen=sent)
        assert result["status"] == "completed"
        async with services.database.transaction() as db:
            assert await services.sessions.open_sessions(db, sho, awaiting_sho=True) == []


async def test_only_the_final_draft_goes_to_the_sho(services: Services) -> None:
    duty = await officer_key(services, "duty", "duty_officer")
    async with await client_for(services, duty) as client:
        session_id = await start_session(client)
        await wait_for(client, session_id, "transcript_review")
    async with services.database.transaction() as db:
        with pytest.raises(StepOutOfOrder):
            await services.sessions.send_to_sho(db, await actor_for(services, duty), session_id)


async def test_a_draft_the_sho_could_not_register_is_not_sent(services: Services) -> None:
    duty = await officer_key(services, "duty", "duty_officer")
    async with await client_for(services, duty) as client:
        session_id = await start_session(client, HINDI_COMPLAINT)  # no place of occurrence
        for step in STEPS[:-1]:
            await wait_for(client, session_id, step)
            await approve(client, session_id)
        await wait_for(client, session_id, "final_review")
    async with services.database.transaction() as db:
        with pytest.raises(IncompleteReport, match="place of occurrence"):
            await services.sessions.send_to_sho(db, await actor_for(services, duty), session_id)

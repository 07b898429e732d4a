"""A refusal on a console page says what happened and what to do next, in the officer's
language: here a review approved from a page the work has since moved past."""

from __future__ import annotations

from afirgen.bootstrap import Services
from afirgen.errors import StaleReview
from afirgen.web.i18n import HINDI
from afirgen.web.signin import ERROR_ADVICE
from tests.conftest import client_for
from tests.factories import officer_key, start_session, wait_for
from tests.web.clients import PASSWORD, console_client, sign_in


async def test_an_out_of_date_review_page_says_reload(services: Services) -> None:
    key = await officer_key(services, "duty1", "duty_officer", password=PASSWORD)
    async with await client_for(services, key) as api:
        session_id = await start_session(api)
        await wait_for(api, session_id, "transcript_review")
    async with console_client(services) as desk:
        await sign_in(desk, "duty1", language="hi")
        stale = await desk.post(
            f"/complaints/{session_id}/approve",
            data={"csrf_token": desk.cookies["afirgen_csrf"], "step": "transcript_review"}
            | {"version": "999"},
        )
    assert stale.status_code == 409
    assert HINDI[ERROR_ADVICE[StaleReview]] in stale.text

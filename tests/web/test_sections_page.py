"""The sections step in the console: titles and reasons in the officer's language, and
3(5) BNS under what it is used for rather than its heading "General explanations"."""

from __future__ import annotations

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import STEPS, approve, officer_key, start_session, wait_for
from tests.web.clients import PASSWORD, console_client, sign_in

COMMON_INTENTION = "Acts done by several persons in furtherance of common intention"


async def sections_page(services: Services, language: str) -> str:
    """Two men snatch a chain: the review page at the sections step, in ``language``."""
    key = await officer_key(services, "duty1", "duty_officer", password=PASSWORD)
    async with await client_for(services, key) as api:
        session_id = await start_session(api)
        for step in STEPS[:2]:
            await wait_for(api, session_id, step)
            await approve(api, session_id)
        await wait_for(api, session_id, "violations_review")
    async with console_client(services) as desk:
        await sign_in(desk, "duty1", language=language)
        page = await desk.get(f"/complaints/{session_id}")
        assert page.status_code == 200
        return page.text


async def test_sections_read_in_hindi_for_a_hindi_officer(services: Services) -> None:
    page = await sections_page(services, "hi")
    assert "छीनना" in page  # 304(2) BNS, Snatching
    assert "व्यक्ति से संपत्ति अचानक झपट ली गई (छीनना)" in page  # its reason
    assert "सामान्य आशय को अग्रसर करने में कई व्यक्तियों द्वारा किए गए कार्य" in page  # 3(5)
    assert "property suddenly seized" not in page and "Snatching" not in page


async def test_common_intention_shows_its_meaning_in_english(services: Services) -> None:
    page = await sections_page(services, "en")
    assert "BNS 3(5)" in page.replace("</strong>", "").replace("<strong>", "")
    assert COMMON_INTENTION in page
    assert "General explanations" not in page

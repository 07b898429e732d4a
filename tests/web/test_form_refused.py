"""A console form refused by request validation answers a page in the officer's
language (what was wrong, what to do next); the API keeps its JSON 422."""

from __future__ import annotations

from afirgen.bootstrap import Services
from tests.web.clients import signed_in


async def test_a_missing_field_answers_a_page_naming_it(services: Services) -> None:
    async with signed_in(services, "admin1", "admin") as admin:
        csrf = admin.cookies["afirgen_csrf"]
        refused = await admin.post(
            "/admin/stations",
            data={"csrf_token": csrf, "code": "new 9", "name": "Police Station New"},
            headers={"referer": "http://test/admin"},
        )
        assert refused.status_code == 422
        assert refused.headers["content-type"].startswith("text/html")
        page = refused.text
        assert "District: this is required; fill it in." in page
        assert "Code: not in the expected form" in page
        assert 'href="/admin"' in page  # back to the form it came from
        assert '"validation_error"' not in page


async def test_a_wrong_type_answers_in_hindi_for_a_hindi_officer(services: Services) -> None:
    async with signed_in(services, "duty1", "duty_officer") as duty:
        csrf = duty.cookies["afirgen_csrf"]
        await duty.post("/officer/language", data={"language": "hi", "csrf_token": csrf})
        refused = await duty.get("/dashboard?days=many")
        assert refused.status_code == 422
        assert "पिछले दिन: पूर्ण संख्या दें।" in refused.text
        assert "फ़ॉर्म स्वीकार नहीं हुआ" in refused.text
        too_many = await duty.get("/dashboard?days=999")
        assert "पिछले दिन: 366 या कम दें।" in too_many.text


async def test_the_api_keeps_its_json_422(services: Services) -> None:
    async with signed_in(services, "duty1", "duty_officer") as duty:
        refused = await duty.get("/api/v1/firs?limit=many")
        assert refused.status_code == 422
        assert refused.json()["error"] == "validation_error"

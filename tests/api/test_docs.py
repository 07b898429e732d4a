"""The documentation pages work offline and under the app's own CSP: every script
and style comes from this server, and no script is inline."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx
import pytest

from afirgen.bootstrap import Services
from afirgen.config import Settings
from afirgen.model_server.app import create_model_server
from afirgen.model_server.engines import ModelEngines
from tests.conftest import client_for

CSP = "default-src 'self'"


class PageRefs(HTMLParser):
    """The URLs a page loads, and the bodies of its script elements."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "spec-url", "data-openapi-url"):
            if values.get(name):
                self.urls.append(str(values[name]))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_page_loads_only_same_origin_files(services: Services, page: str) -> None:
    async with await client_for(services, None) as browser:
        response = await browser.get(page)
        assert response.status_code == 200
        assert response.headers["content-security-policy"] == CSP
        refs = PageRefs()
        refs.feed(response.text)
        assert refs.scripts and all(body.strip() == "" for body in refs.scripts)
        assert refs.urls
        for url in refs.urls:
            assert url.startswith("/") and not url.startswith("//"), url
            asset = await browser.get(url)
            assert asset.status_code == 200, url
            assert asset.headers["content-security-policy"] == CSP
            assert len(asset.content) > 100, url


async def test_the_model_server_docs_are_served_from_the_package_too() -> None:
    app = create_model_server(engines=ModelEngines(Settings(environment="test")))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://models") as browser:
        page = await browser.get("/docs")
        refs = PageRefs()
        refs.feed(page.text)
        assert refs.urls and all(url.startswith("/") for url in refs.urls)
        for url in refs.urls:
            assert (await browser.get(url)).status_code == 200, url


async def test_swagger_ui_script_is_served_with_its_start_up(services: Services) -> None:
    async with await client_for(services, None) as browser:
        bundle = await browser.get("/docs/static/swagger-ui-bundle.js")
        start = await browser.get("/docs/static/swagger-init.js")
    assert "javascript" in bundle.headers["content-type"]
    assert "SwaggerUIBundle" in start.text and 'dom_id: "#swagger-ui"' in start.text


async def test_docs_assets_are_files_not_a_way_out(services: Services) -> None:
    async with await client_for(services, None) as browser:
        missing = await browser.get("/docs/static/nothing.js")
        escape = await browser.get("/docs/static/..%2f..%2fmain.py")
        guarded = await browser.get("/docs/statics")
        api = await browser.get("/api/v1/firs")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    assert escape.status_code == 404
    assert guarded.status_code == 404  # not a route: nothing is served there
    assert api.status_code == 401  # the API still needs an officer (see test_access_matrix)

"""Production settings and HTTP hygiene (issue 12, items 15-16)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from afirgen.bootstrap import Services
from afirgen.config import Settings
from tests.conftest import client_for
from tests.factories import register_fir

SAFE = {"environment": "production", "secret_key": "s" * 32, "allowed_hosts": ["fir.example"]}


@pytest.mark.parametrize("secret", ["x", "password", " dev-secret-change-me", "s" * 31])
def test_production_refuses_weak_secrets(secret: str) -> None:
    with pytest.raises(ValidationError, match="AFIRGEN_SECRET_KEY"):
        Settings(**(SAFE | {"secret_key": secret}))


def test_production_refuses_any_host() -> None:
    with pytest.raises(ValidationError, match="AFIRGEN_ALLOWED_HOSTS"):
        Settings(**(SAFE | {"allowed_hosts": ["*"]}))
    assert Settings(**SAFE).environment == "production"


async def test_cors_preflight_and_answer(services_factory: Any) -> None:
    services = await services_factory(cors_origins=["https://console.example"])
    origin = {"Origin": "https://console.example"}
    async with await client_for(services, None) as browser:
        preflight = await browser.options(
            "/api/v1/firs",
            headers={
                **origin,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "x-api-key",
            },
        )
        other = await browser.options(
            "/api/v1/firs",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://console.example"
    assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-origin" not in other.headers


async def test_fir_and_pdf_answers_are_not_stored(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    fir = await client.get(f"/api/v1/fir/{number}")
    assert fir.headers["cache-control"] == "no-store"
    listing = await client.get("/api/v1/firs")
    assert listing.headers["cache-control"] == "no-store"
    pdf = await client.get(f"/api/v1/fir/{number}/pdf")  # 409 until finalized: still no-store
    assert pdf.headers["cache-control"] == "no-store"


async def test_forged_host_never_reaches_status_url(services_factory: Any, api_key: str) -> None:
    services: Services = await services_factory(allowed_hosts=["test"])
    async with await client_for(services, api_key) as http:
        forged = await http.post(
            "/api/v1/process",
            data={"text": "my phone was stolen at the bus stand"},
            headers={"Host": "evil.example"},
        )
        good = await http.post("/api/v1/process", data={"text": "my phone was stolen today"})
        health = await http.get("/health", headers={"Host": "10.1.2.3"})
    assert forged.status_code == 400 and forged.json()["error"] == "invalid_host"
    assert good.status_code == 202 and good.json()["status_url"].startswith("http://test/")
    assert health.status_code == 200


async def test_metrics_take_a_key(services: Services, api_key: str) -> None:
    async with await client_for(services, None) as anonymous:
        assert (await anonymous.get("/metrics")).status_code == 401
    async with await client_for(services, api_key) as operator:
        metrics = await operator.get("/metrics")
    assert metrics.status_code == 200 and "afirgen_http_requests_total" in metrics.text

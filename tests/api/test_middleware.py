"""Correlation ids, security headers, API keys and rate limits."""

from __future__ import annotations

import httpx

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import officer_key


async def test_health_and_docs_are_public(services: Services) -> None:
    async with await client_for(services, None) as anonymous:
        assert (await anonymous.get("/health")).json() == {"status": "ok"}
        assert (await anonymous.get("/docs")).status_code == 200
        schema = (await anonymous.get("/openapi.json")).json()
        assert "/api/v1/process" in schema["paths"]
        ready = await anonymous.get("/ready")
        assert ready.status_code == 200
        assert ready.json()["checks"]["database"] == "ok"
        assert (await anonymous.get("/metrics")).status_code == 401  # metrics take a key


async def test_openapi_declares_the_api_key_so_try_it_out_sends_it(services: Services) -> None:
    async with await client_for(services, None) as anonymous:
        schema = (await anonymous.get("/openapi.json")).json()
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "apiKey", "in": "header", "name": "X-API-Key"}.items() <= schemes[
        "ApiKey"
    ].items()
    assert schema["paths"]["/api/v1/fir/{fir_number}"]["get"]["security"] == [{"ApiKey": []}]
    assert schema["paths"]["/api/v1/process"]["post"]["security"] == [{"ApiKey": []}]
    assert "security" not in schema["paths"]["/health"]["get"]


async def test_security_headers_and_correlation_id(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/firs", headers={"X-Correlation-ID": "req-42"})
    assert response.headers["x-correlation-id"] == "req-42"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "max-age=31536000" in response.headers["strict-transport-security"]
    assert response.headers["content-security-policy"] == "default-src 'self'"
    generated = await client.get("/api/v1/firs")
    assert len(generated.headers["x-correlation-id"]) == 36


async def test_api_key_required(services: Services) -> None:
    async with await client_for(services, None) as anonymous:
        response = await anonymous.get("/api/v1/firs")
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
    async with await client_for(services, "afg_wrong") as wrong:
        assert (await wrong.get("/api/v1/firs")).status_code == 401


async def test_rate_limit(services_factory: object, api_key: str) -> None:
    services = await services_factory(rate_limit_per_minute=3)  # type: ignore[operator]
    key = await officer_key(services, "limited", "sho")
    async with await client_for(services, key) as http:
        statuses = [(await http.get("/api/v1/firs")).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = await http.get("/api/v1/firs")
        assert refused.json()["error"] == "rate_limited"
        assert int(refused.headers["retry-after"]) >= 1
        assert refused.headers["x-ratelimit-limit"] == "3"
        assert refused.headers["x-ratelimit-remaining"] == "0"


async def test_gzip(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"

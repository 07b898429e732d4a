"""police stations, officers, officer-owned API keys, sign-ins and the audit trail

Existing data moves into a default station made from the current settings
(``AFIRGEN_STATION_CODE``, ``AFIRGEN_STATION``, ``AFIRGEN_DISTRICT``,
``AFIRGEN_STATE``, ``AFIRGEN_STATION_EMAIL``); each existing API key gets an
officer (the SHO of that station) named after the key.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afirgen.config import get_settings
from afirgen.infrastructure.tables import UTCDateTime, utcnow

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ROLES = ("duty_officer", "sho", "supervisor", "admin")
GENESIS = "0" * 64


def upgrade() -> None:
    create_identity_tables()
    create_audit_tables()
    station_id = insert_default_station()
    move_api_keys(station_id)
    move_records(station_id)


def create_identity_tables() -> None:
    op.create_table(
        "police_stations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_index("idx_station_district", "police_stations", ["state", "district"])
    op.create_table(
        "officers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=64), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum(*ROLES, name="officer_role"), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("disabled_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["station_id"], ["police_stations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_index("ix_officers_station_id", "officers", ["station_id"])
    op.create_table(
        "officer_sign_ins",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["officer_id"], ["officers.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_officer_sign_ins_officer_id", "officer_sign_ins", ["officer_id"])


def create_audit_tables() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=20), nullable=True),
        sa.Column("object_id", sa.String(length=80), nullable=True),
        sa.Column("before_digest", sa.String(length=64), nullable=True),
        sa.Column("after_digest", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=True),
        sa.Column("correlation_id", sa.String(length=128), nullable=True),
        sa.Column("client", sa.String(length=64), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["station_id"], ["police_stations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chain", "seq", name="uq_audit_chain_seq"),
    )
    op.create_index("idx_audit_object", "audit_events", ["object_type", "object_id"])
    op.create_index("idx_audit_station_at", "audit_events", ["station_id", "at", "id"])
    op.create_table(
        "audit_heads",
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain"),
    )


def insert_default_station() -> int:
    settings = get_settings()
    code = settings.station_code
    stations = sa.table(
        "police_stations",
        *(sa.column(c) for c in ("code", "name", "district", "state", "email", "created_at")),
    )
    op.bulk_insert(
        stations,
        [
            {
                "code": code,
                "name": settings.station or f"Police station {code}",
                "district": settings.district or "unspecified district",
                "state": settings.state or "unspecified state",
                "email": settings.station_email,
                "created_at": utcnow().replace(tzinfo=None),
            }
        ],
    )
    bind = op.get_bind()
    found = bind.execute(sa.text("SELECT id FROM police_stations WHERE code = :c"), {"c": code})
    return int(found.scalar_one())


def move_api_keys(station_id: int) -> None:
    """Every existing key gets an officer named after it (SHO of the default station)."""
    bind = op.get_bind()
    with op.batch_alter_table("api_keys") as batch_op:
        batch_op.add_column(sa.Column("officer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("expires_at", UTCDateTime(), nullable=True))
    names = [r[0] for r in bind.execute(sa.text("SELECT DISTINCT name FROM api_keys"))]
    now = utcnow().replace(tzinfo=None)
    for name in names:
        username = name[:64]
        bind.execute(
            sa.text(
                "INSERT INTO officers (username, full_name, station_id, role, failed_logins, "
                "created_at) VALUES (:u, :n, :s, 'sho', 0, :at)"
            ),
            {"u": username, "n": name[:200], "s": station_id, "at": now},
        )
        bind.execute(
            sa.text(
                "UPDATE api_keys SET officer_id = "
                "(SELECT id FROM officers WHERE username = :u) WHERE name = :n"
            ),
            {"u": username, "n": name},
        )
    with op.batch_alter_table("api_keys") as batch_op:
        batch_op.alter_column("officer_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key("fk_api_keys_officer", "officers", ["officer_id"], ["id"])
        batch_op.create_index("ix_api_keys_officer_id", ["officer_id"])


def move_records(station_id: int) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:  # batch mode rebuilds fir_records; its FTS5 triggers go with it
        for name in FTS5_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    code = bind.execute(
        sa.text("SELECT code, name, district FROM police_stations WHERE id = :i"), {"i": station_id}
    ).one()
    with op.batch_alter_table("fir_records") as batch_op:
        batch_op.add_column(sa.Column("fir_ref", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("station_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("signature_key_id", sa.String(length=32), nullable=True))
    bind.execute(
        sa.text(
            "UPDATE fir_records SET station_id = :s, fir_ref = "
            + ("(:c || '/' || fir_number)" if sqlite else "CONCAT(:c, '/', fir_number)")
            + ", station = COALESCE(station, :name), district = COALESCE(district, :d), "
            "signature_key_id = CASE WHEN signature IS NULL THEN NULL ELSE 'legacy' END"
        ),
        {"s": station_id, "c": code.code, "name": code.name, "d": code.district},
    )
    with op.batch_alter_table("fir_records") as batch_op:
        batch_op.alter_column("fir_ref", existing_type=sa.String(length=80), nullable=False)
        batch_op.alter_column("station_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_index("ix_fir_records_fir_number")
        batch_op.create_unique_constraint("uq_fir_station_number", ["station_id", "fir_number"])
        batch_op.create_unique_constraint("uq_fir_records_fir_ref", ["fir_ref"])
        batch_op.create_foreign_key(
            "fk_fir_records_station", "police_stations", ["station_id"], ["id"]
        )
        batch_op.create_index("idx_fir_station_created", ["station_id", "created_at", "id"])
        batch_op.create_index(
            "idx_fir_station_status_created", ["station_id", "status", "created_at"]
        )
    if sqlite:
        for name, body in FTS5_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    move_sessions_and_tasks(station_id, code.code)


def move_sessions_and_tasks(station_id: int, code: str) -> None:
    bind = op.get_bind()
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.add_column(sa.Column("station_id", sa.Integer(), nullable=True))
    bind.execute(sa.text("UPDATE sessions SET station_id = :s"), {"s": station_id})
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.alter_column("station_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            "fk_sessions_station", "police_stations", ["station_id"], ["id"]
        )
        batch_op.create_index("idx_session_station_created", ["station_id", "created_at"])
    with op.batch_alter_table("background_tasks") as batch_op:
        batch_op.add_column(sa.Column("station_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_tasks_station", "police_stations", ["station_id"], ["id"])
    bind.execute(
        sa.text("UPDATE fir_counters SET scope = " + _concat(bind, ":c", "'/'", "scope")),
        {"c": code},
    )


def _concat(bind: sa.Connection, *parts: str) -> str:
    if bind.dialect.name == "sqlite":
        return "(" + " || ".join(parts) + ")"
    return "CONCAT(" + ", ".join(parts) + ")"


FTS5_TRIGGERS = {
    "fir_records_fts_ai": "AFTER INSERT ON fir_records BEGIN "
    "INSERT INTO fir_records_fts(rowid, complaint_text, fir_content, summary) "
    "VALUES (new.id, new.complaint_text, new.fir_content, new.summary); END",
    "fir_records_fts_ad": "AFTER DELETE ON fir_records BEGIN "
    "INSERT INTO fir_records_fts(fir_records_fts, rowid, complaint_text, fir_content, summary) "
    "VALUES ('delete', old.id, old.complaint_text, old.fir_content, old.summary); END",
    "fir_records_fts_au": "AFTER UPDATE ON fir_records BEGIN "
    "INSERT INTO fir_records_fts(fir_records_fts, rowid, complaint_text, fir_content, summary) "
    "VALUES ('delete', old.id, old.complaint_text, old.fir_content, old.summary); "
    "INSERT INTO fir_records_fts(rowid, complaint_text, fir_content, summary) "
    "VALUES (new.id, new.complaint_text, new.fir_content, new.summary); END",
}


def downgrade() -> None:
    raise NotImplementedError("stations cannot be merged back into one register")

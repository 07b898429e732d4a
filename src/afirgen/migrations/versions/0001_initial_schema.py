"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 04:39:52.810984
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from afirgen.infrastructure.tables import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
    )
    op.create_table(
        "background_tasks",
        sa.Column("task_id", sa.String(length=36), nullable=False),
        sa.Column("task_name", sa.String(length=100), nullable=False),
        sa.Column(
            "status",
            sa.Enum("pending", "running", "retrying", "success", "failed", name="task_status"),
            nullable=False,
        ),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column(
            "params",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "result",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=True,
        ),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("retry_count", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("task_id"),
    )
    with op.batch_alter_table("background_tasks", schema=None) as batch_op:
        batch_op.create_index("idx_task_created_at", ["created_at"], unique=False)
        batch_op.create_index("idx_task_priority", ["priority"], unique=False)
        batch_op.create_index("idx_task_status", ["status"], unique=False)

    op.create_table(
        "fir_counters",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "year"),
    )
    op.create_table(
        "fir_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fir_number", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=200), nullable=True),
        sa.Column("district", sa.String(length=200), nullable=True),
        sa.Column("status", sa.Enum("pending", "finalized", name="fir_status"), nullable=False),
        sa.Column("law", sa.String(length=8), nullable=False),
        sa.Column("acts_sections", sa.String(length=1000), nullable=False),
        sa.Column("complainant_name", sa.String(length=200), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=True),
        sa.Column("occurred_from", UTCDateTime(), nullable=True),
        sa.Column("occurred_to", UTCDateTime(), nullable=True),
        sa.Column(
            "complaint_text",
            sa.Text()
            .with_variant(mysql.LONGTEXT(), "mariadb")
            .with_variant(mysql.LONGTEXT(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "summary",
            sa.Text()
            .with_variant(mysql.LONGTEXT(), "mariadb")
            .with_variant(mysql.LONGTEXT(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "fir_content",
            sa.Text()
            .with_variant(mysql.LONGTEXT(), "mariadb")
            .with_variant(mysql.LONGTEXT(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "fields_json",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "violations_json",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "missing_fields",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "status_history",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column("degraded", sa.Boolean(), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("finalized_at", UTCDateTime(), nullable=True),
        sa.Column("finalized_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("fir_records", schema=None) as batch_op:
        batch_op.create_index("idx_created_id", ["created_at", "id"], unique=False)
        batch_op.create_index("idx_status", ["status"], unique=False)
        batch_op.create_index("idx_status_created", ["status", "created_at"], unique=False)
        batch_op.create_index("idx_user_created", ["user_id", "created_at"], unique=False)
        batch_op.create_index("idx_user_id", ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_fir_records_fir_number"), ["fir_number"], unique=True)
        batch_op.create_index(batch_op.f("ix_fir_records_session_id"), ["session_id"], unique=False)

    op.create_table(
        "kb_statute_texts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("act", sa.String(length=64), nullable=False),
        sa.Column("section", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "text",
            sa.Text()
            .with_variant(mysql.LONGTEXT(), "mariadb")
            .with_variant(mysql.LONGTEXT(), "mysql"),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("act", "section", name="uq_statute_act_section"),
    )
    op.create_table(
        "sessions",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "processing",
                "awaiting_validation",
                "completed",
                "failed",
                "expired",
                name="session_status",
            ),
            nullable=False,
        ),
        sa.Column("current_step", sa.String(length=32), nullable=False),
        sa.Column(
            "data",
            sa.JSON().with_variant(mysql.JSON(), "mariadb").with_variant(mysql.JSON(), "mysql"),
            nullable=False,
        ),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_id"),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index("idx_session_created_at", ["created_at"], unique=False)
        batch_op.create_index("idx_session_status", ["status"], unique=False)
        batch_op.create_index("idx_session_status_updated", ["status", "updated_at"], unique=False)

    create_fulltext()


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


def create_fulltext() -> None:
    """The engine's own full-text index: FULLTEXT on MySQL, FTS5 on SQLite."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE fir_records_fts USING fts5("
            "complaint_text, fir_content, summary, content='fir_records', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        for name, body in FTS5_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    op.create_index("ft_complaint_text", "fir_records", ["complaint_text"], mysql_prefix="FULLTEXT")
    op.create_index("ft_fir_content", "fir_records", ["fir_content"], mysql_prefix="FULLTEXT")
    op.create_index(
        "ft_fir_all", "fir_records", ["complaint_text", "fir_content"], mysql_prefix="FULLTEXT"
    )


def drop_fulltext() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in FTS5_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS fir_records_fts")


def downgrade() -> None:
    drop_fulltext()

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index("idx_session_status_updated")
        batch_op.drop_index("idx_session_status")
        batch_op.drop_index("idx_session_created_at")

    op.drop_table("sessions")
    op.drop_table("kb_statute_texts")
    with op.batch_alter_table("fir_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fir_records_session_id"))
        batch_op.drop_index(batch_op.f("ix_fir_records_fir_number"))
        batch_op.drop_index("idx_user_id")
        batch_op.drop_index("idx_user_created")
        batch_op.drop_index("idx_status_created")
        batch_op.drop_index("idx_status")
        batch_op.drop_index("idx_created_id")

    op.drop_table("fir_records")
    op.drop_table("fir_counters")
    with op.batch_alter_table("background_tasks", schema=None) as batch_op:
        batch_op.drop_index("idx_task_status")
        batch_op.drop_index("idx_task_priority")
        batch_op.drop_index("idx_task_created_at")

    op.drop_table("background_tasks")
    op.drop_table("api_keys")

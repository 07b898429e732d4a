"""leases on session generation and background tasks

Work in progress carries its holder (``lease_owner``: the instance and one
claim of it) and the time its lease lapses (``lease_expires_at``), renewed
while the work runs. A lapsed lease means the holder stopped: any live
instance or worker takes the work over. ``sessions.takeovers`` counts the
takeovers of the step being generated, so work that stops every instance it
runs on ends failed instead of passing from instance to instance.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afirgen.infrastructure.tables import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("sessions", "background_tasks"):
        op.add_column(table, sa.Column("lease_owner", sa.String(length=80), nullable=True))
        op.add_column(table, sa.Column("lease_expires_at", UTCDateTime(), nullable=True))
    op.add_column(
        "sessions", sa.Column("takeovers", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_index("idx_session_status_lease", "sessions", ["status", "lease_expires_at"])
    op.create_index("idx_task_status_lease", "background_tasks", ["status", "lease_expires_at"])


def downgrade() -> None:
    op.drop_index("idx_task_status_lease", table_name="background_tasks")
    op.drop_index("idx_session_status_lease", table_name="sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("takeovers")
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_owner")
    with op.batch_alter_table("background_tasks") as batch:
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_owner")

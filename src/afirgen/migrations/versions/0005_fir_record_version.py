"""a record version on FIRs: corrections are a compare-and-set on it

``fir_records.version`` starts at 1 and goes up by one with each accepted
correction and with finalization. The API answers it as the FIR's ``ETag``;
a correction names the version it was made on (``If-Match``) and is applied
with ``UPDATE ... WHERE version = :seen``, so of two officers correcting the
same version on any instances, one wins and the other is told (412).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN on SQLite too: the table (and its FTS5 triggers) stays
    op.add_column(
        "fir_records",
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    op.drop_column("fir_records", "version")

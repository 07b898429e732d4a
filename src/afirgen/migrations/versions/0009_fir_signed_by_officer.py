"""the finalizing officer's name and rank on FIRs, signed; a signature format

Form IF-1 is signed by the officer in charge as an officer signs: by full name
and rank, not by a login name. Finalization copies them from the SHO's officer
record into ``fir_records.finalized_by_name`` and ``finalized_by_rank``, and the
signature covers them. ``signature_format`` says what a signature covers: NULL
(format 1) for FIRs signed before, which keep verifying over the fields they
were signed with; 2 for FIRs signed with the officer's name and rank.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (
    ("finalized_by_name", sa.String(length=200)),
    ("finalized_by_rank", sa.String(length=64)),
    ("signature_format", sa.Integer()),
)


def upgrade() -> None:
    # plain ADD COLUMNs on SQLite too: the table (and its FTS5 triggers) stays
    for name, kind in COLUMNS:
        op.add_column("fir_records", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    for name, _kind in reversed(COLUMNS):
        op.drop_column("fir_records", name)

"""the officer's console language, remembered on the officer

``officers.language`` holds ``en`` or ``hi`` once the officer has chosen (at the
sign-in page or with the console's language switch); empty until then. The
console applies it at every sign-in, on any browser.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("officers", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officers") as batch:
        batch.drop_column("language")

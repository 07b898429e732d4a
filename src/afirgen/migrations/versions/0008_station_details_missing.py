"""a station's missing name, district or state is missing, not a placeholder

0002 made the default station with "Police station CODE", "unspecified
district" and "unspecified state" where the settings gave nothing, and those
words then printed on form IF-1 and in the register as if they were data.
The three columns may now be empty (NULL), and those placeholders become
NULL; ``services.station_details`` says what happens while they are missing.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (("name", 200), ("district", 200), ("state", 100))


def upgrade() -> None:
    with op.batch_alter_table("police_stations") as batch_op:
        for column, length in COLUMNS:
            batch_op.alter_column(column, existing_type=sa.String(length), nullable=True)
    bind = op.get_bind()
    placeholder_name = (
        "('Police station ' || code)"
        if bind.dialect.name == "sqlite"
        else "CONCAT('Police station ', code)"
    )
    op.execute(f"UPDATE police_stations SET name = NULL WHERE name = {placeholder_name}")
    op.execute("UPDATE police_stations SET district = NULL WHERE district = 'unspecified district'")
    op.execute("UPDATE police_stations SET state = NULL WHERE state = 'unspecified state'")


def downgrade() -> None:
    raise NotImplementedError("missing station details cannot be made up again")

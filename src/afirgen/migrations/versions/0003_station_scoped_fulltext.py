"""station-scoped full-text search: the station as a word in the FULLTEXT index

On MariaDB/MySQL a MATCH cannot be combined with an index on ``station_id``:
a common word matched every station's FIRs, each fetched to be filtered by
station. ``station_tag`` (``stn{id}x``) joins the indexed text, so a search
requires the station's word and the index itself narrows it. SQLite's FTS5
search joins on ``station_id`` and needs nothing here.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:  # a plain ADD COLUMN keeps the table (and its FTS5 triggers)
        op.add_column(
            "fir_records",
            sa.Column("station_tag", sa.String(length=24), nullable=False, server_default=""),
        )
        op.execute("UPDATE fir_records SET station_tag = 'stn' || station_id || 'x'")
        return
    op.add_column(
        "fir_records",
        sa.Column("station_tag", sa.String(length=24), nullable=False, server_default=""),
    )
    op.execute("UPDATE fir_records SET station_tag = CONCAT('stn', station_id, 'x')")
    op.drop_index("ft_fir_all", table_name="fir_records")
    op.create_index(
        "ft_fir_all",
        "fir_records",
        ["complaint_text", "fir_content", "station_tag"],
        mysql_prefix="FULLTEXT",
    )


def downgrade() -> None:
    raise NotImplementedError("the station-scoped index is part of the stations schema")

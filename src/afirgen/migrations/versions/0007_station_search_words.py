"""station-scoped search words: each word of a FIR with its station in front

0003 put the station into the FULLTEXT index as one word of its own
(``stn42x``), but InnoDB still walked the whole posting list of a common word,
every station's FIRs, to intersect it with the station's (1.9 s at p95 on a
million FIRs). ``search_words`` holds ``s42_chain`` for "chain" in station 42
(``afirgen.text.search_words``), so a search reads that station's postings
only. It replaces ``station_tag`` and ``ft_fir_all``; the FULLTEXT indexes on
``complaint_text`` and ``fir_content`` alone were never queried and go too,
so a registration maintains one full-text index instead of three. SQLite
searches its FTS5 table joined on ``station_id`` and keeps it; the column is
filled there as well, so both databases hold the same record.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afirgen.infrastructure.tables import LongText
from afirgen.text.search_words import station_words

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for index in ("ft_fir_all", "ft_complaint_text", "ft_fir_content"):
            op.drop_index(index, table_name="fir_records")
    op.drop_column("fir_records", "station_tag")
    op.add_column(
        "fir_records", sa.Column("search_words", LongText, nullable=False, server_default="")
    )
    fill_search_words()
    if op.get_bind().dialect.name != "sqlite":
        op.create_index("ft_fir_words", "fir_records", ["search_words"], mysql_prefix="FULLTEXT")


def fill_search_words() -> None:
    """In batches by id: the words computed here, written through a scratch table so
    each batch is one multi-row INSERT and one UPDATE, not a statement per FIR."""
    bind = op.get_bind()
    scratch = sa.table("fir_words_fill", sa.column("id"), sa.column("words"))
    op.create_table(
        "fir_words_fill",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("words", LongText, nullable=False),
    )
    after = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, station_id, complaint_text, fir_content FROM fir_records "
                "WHERE id > :after ORDER BY id LIMIT :n"
            ),
            {"after": after, "n": BATCH},
        ).all()
        if not rows:
            break
        words = [{"id": r[0], "words": station_words(r[1], r[2], r[3])} for r in rows]
        bind.execute(sa.insert(scratch), words)
        bind.execute(
            sa.text(
                "UPDATE fir_records SET search_words = (SELECT words FROM fir_words_fill "
                "WHERE fir_words_fill.id = fir_records.id) "
                "WHERE id IN (SELECT id FROM fir_words_fill)"
            )
        )
        bind.execute(sa.text("DELETE FROM fir_words_fill"))
        after = rows[-1][0]
    op.drop_table("fir_words_fill")


def downgrade() -> None:
    raise NotImplementedError("the station-scoped index is part of the stations schema")

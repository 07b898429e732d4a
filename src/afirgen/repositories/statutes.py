"""Official statute text imported by ``afirgen kb import``."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import StatuteText
from afirgen.legal import OfficialText


async def upsert_texts(db: AsyncSession, rows: Iterable[OfficialText], source: str) -> int:
    count = 0
    for row in rows:
        stmt = sa.select(StatuteText).where(
            StatuteText.act == row.act, StatuteText.section == row.section
        )
        existing = (await db.execute(stmt)).scalar_one_or_none()
        if existing is None:
            db.add(
                StatuteText(
                    act=row.act, section=row.section, title=row.title, text=row.text, source=source
                )
            )
        else:
            existing.title, existing.text, existing.source = row.title, row.text, source
        count += 1
    await db.flush()
    return count


async def texts_by_section(db: AsyncSession) -> dict[tuple[str, str], str]:
    stmt = sa.select(StatuteText.act, StatuteText.section, StatuteText.text)
    return {(act, section): text for act, section, text in (await db.execute(stmt)).all()}


async def count_by_act(db: AsyncSession) -> dict[str, int]:
    stmt = sa.select(StatuteText.act, sa.func.count()).group_by(StatuteText.act)
    return {act: int(n) for act, n in (await db.execute(stmt)).all()}

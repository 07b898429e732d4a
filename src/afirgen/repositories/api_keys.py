"""API keys, stored as SHA-256 digests; the plain key is shown once at creation."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import ApiKey


async def add_key(session: AsyncSession, *, name: str, prefix: str, key_hash: str) -> ApiKey:
    key = ApiKey(name=name, prefix=prefix, key_hash=key_hash)
    session.add(key)
    await session.flush()
    return key


async def find_active_by_hash(session: AsyncSession, key_hash: str) -> ApiKey | None:
    stmt = sa.select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    return (await session.execute(stmt)).scalar_one_or_none()

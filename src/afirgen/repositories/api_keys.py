"""API keys (stored as SHA-256 digests, owned by an officer) and browser sign-ins."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import ApiKey, SignIn


async def add_key(db: AsyncSession, key: ApiKey) -> ApiKey:
    db.add(key)
    await db.flush()
    return key


async def find_by_hash(db: AsyncSession, key_hash: str) -> ApiKey | None:
    """The key whatever its state: the caller tells revoked and expired apart."""
    stmt = sa.select(ApiKey).where(ApiKey.key_hash == key_hash)
    return (await db.execute(stmt)).scalar_one_or_none()


async def find_by_prefix(db: AsyncSession, prefix: str) -> list[ApiKey]:
    stmt = sa.select(ApiKey).where(ApiKey.prefix == prefix)
    return list((await db.execute(stmt)).scalars())


async def revoke_keys_of(db: AsyncSession, officer_id: int, at: datetime) -> None:
    stmt = (
        sa.update(ApiKey)
        .where(ApiKey.officer_id == officer_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=at)
    )
    await db.execute(stmt)


async def add_sign_in(db: AsyncSession, sign_in: SignIn) -> None:
    db.add(sign_in)
    await db.flush()


async def find_sign_in(db: AsyncSession, token_hash: str) -> SignIn | None:
    return await db.get(SignIn, token_hash)


async def end_sign_ins_of(db: AsyncSession, officer_id: int, at: datetime) -> None:
    stmt = (
        sa.update(SignIn)
        .where(SignIn.officer_id == officer_id, SignIn.ended_at.is_(None))
        .values(ended_at=at)
    )
    await db.execute(stmt)

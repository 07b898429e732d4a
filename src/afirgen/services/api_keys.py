"""API keys: created once and shown once, stored as SHA-256, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.cache import Cache, cache_key
from afirgen.repositories import api_keys as repo

KEY_PREFIX = "afg_"
_KEY_CACHE_TTL = 300


def hash_key(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


async def create_api_key(db: AsyncSession, name: str) -> str:
    """Store a new key for ``name`` and return the plain key (never stored)."""
    plain = KEY_PREFIX + secrets.token_urlsafe(32)
    await repo.add_key(db, name=name, prefix=plain[:10], key_hash=hash_key(plain))
    return plain


async def authenticate(db: AsyncSession, cache: Cache, plain: str) -> str | None:
    """The key's owner name, or ``None``; the digest comparison is constant-time."""
    digest = hash_key(plain)
    key = cache_key("apikey", "hash", digest)
    cached = await cache.get(key)
    if cached is not None and hmac.compare_digest(str(cached["hash"]), digest):
        return str(cached["name"])
    record = await repo.find_active_by_hash(db, digest)
    if record is None or not hmac.compare_digest(record.key_hash, digest):
        return None
    await cache.set(key, {"hash": record.key_hash, "name": record.name}, _KEY_CACHE_TTL)
    return record.name

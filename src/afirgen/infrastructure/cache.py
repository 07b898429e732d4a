"""Cache manager: Redis when configured, otherwise a bounded in-process TTL cache.

Both speak JSON values under ``{namespace}:{entity}:{id}`` keys with the seed's
TTLs and count hits and misses, so the rest of the code never knows which one
it has; ``get_text``/``set_text`` keep a string as it is, for a value that is
already the bytes of an answer (decoding ten kilobytes of JSON on every hit
costs more than the rest of the lookup). Rate-limit counters live apart from
the cache (``rate_limits``).
"""

from __future__ import annotations

import json
import time
from typing import Any, Protocol, cast

from cachetools import TLRUCache
from redis.asyncio import Redis

from afirgen.infrastructure import metrics

FIR_RECORD_TTL = 3600
SESSION_TTL = 24 * 3600
KB_QUERY_TTL = 2 * 3600
VIOLATION_CHECK_TTL = 30 * 60
DASHBOARD_TTL = 5 * 60
CACHE_NAMESPACES = ("fir", "session", "kb", "violation", "stats", "auth")


def cache_key(namespace: str, entity: str, identifier: str) -> str:
    return f"{namespace}:{entity}:{identifier}"


class Cache(Protocol):
    backend: str
    shared: bool  # seen by every API instance (Redis), not one process's memory

    async def get(self, key: str) -> Any | None: ...
    async def get_many(self, *keys: str) -> list[Any | None]:
        """Several values in one look-up (one round trip to Redis), in the keys' order."""
        ...

    async def set(self, key: str, value: Any, ttl: int) -> None: ...
    async def get_text(self, key: str) -> str | None: ...
    async def set_text(self, key: str, text: str, ttl: int) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def ping(self) -> None: ...
    async def purge_expired(self) -> int: ...
    async def close(self) -> None: ...


_HIT = metrics.CACHE_OPERATIONS.labels(operation="get", result="hit")
_MISS = metrics.CACHE_OPERATIONS.labels(operation="get", result="miss")
_SET = metrics.CACHE_OPERATIONS.labels(operation="set", result="ok")


def _count(hit: bool) -> None:
    (_HIT if hit else _MISS).inc()


def _decoded(raw: str | None) -> Any | None:
    return json.loads(raw) if raw is not None else None


def _encoded(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class MemoryCache:
    """Bounded LRU with a TTL per entry; one process only."""

    backend = "memory"
    shared = False

    def __init__(self, maxsize: int) -> None:
        self._entries: TLRUCache[str, tuple[float, str]] = TLRUCache(
            maxsize=maxsize, ttu=lambda _k, v, now: now + v[0], timer=time.monotonic
        )

    async def get(self, key: str) -> Any | None:
        return _decoded(await self.get_text(key))

    async def get_many(self, *keys: str) -> list[Any | None]:
        return [await self.get(key) for key in keys]

    async def set(self, key: str, value: Any, ttl: int) -> None:
        await self.set_text(key, _encoded(value), ttl)

    async def get_text(self, key: str) -> str | None:
        entry = self._entries.get(key)
        _count(entry is not None)
        return entry[1] if entry is not None else None

    async def set_text(self, key: str, text: str, ttl: int) -> None:
        self._entries[key] = (float(ttl), text)
        _SET.inc()

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._entries.pop(key, None)

    async def ping(self) -> None:
        return None

    async def purge_expired(self) -> int:
        """Drop entries past their TTL now (the LRU only drops them when it fills)."""
        return len(self._entries.expire())

    async def close(self) -> None:
        self._entries.clear()


class RedisCache:
    """redis-py asyncio client shared by every API instance."""

    backend = "redis"
    shared = True

    def __init__(self, url: str) -> None:
        self.client: Redis = Redis.from_url(url, decode_responses=True)

    async def get(self, key: str) -> Any | None:
        return _decoded(await self.get_text(key))

    async def get_many(self, *keys: str) -> list[Any | None]:
        found = cast(list[str | None], await self.client.mget(keys))
        for raw in found:
            _count(raw is not None)
        return [_decoded(raw) for raw in found]

    async def set(self, key: str, value: Any, ttl: int) -> None:
        await self.set_text(key, _encoded(value), ttl)

    async def get_text(self, key: str) -> str | None:
        raw = cast(str | None, await self.client.get(key))
        _count(raw is not None)
        return raw

    async def set_text(self, key: str, text: str, ttl: int) -> None:
        await self.client.set(key, text, ex=ttl)
        _SET.inc()

    async def delete(self, *keys: str) -> None:
        if keys:
            await self.client.delete(*keys)

    async def ping(self) -> None:
        await self.client.ping()

    async def purge_expired(self) -> int:
        """Redis expires keys itself; drop our keys that were left without a TTL."""
        purged = 0
        for namespace in CACHE_NAMESPACES:
            async for key in self.client.scan_iter(match=f"{namespace}:*", count=500):
                if await self.client.ttl(key) == -1:
                    purged += int(await self.client.delete(key))
        return purged

    async def close(self) -> None:
        await self.client.aclose()


def create_cache(redis_url: str | None, maxsize: int) -> Cache:
    return RedisCache(redis_url) if redis_url else MemoryCache(maxsize)

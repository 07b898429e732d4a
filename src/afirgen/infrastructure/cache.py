"""Cache manager: Redis when configured, otherwise a bounded in-process TTL cache.

Both speak JSON values under ``{namespace}:{entity}:{id}`` keys with the seed's
TTLs and count hits and misses, so the rest of the code never knows which one
it has; ``get_text``/``set_text`` keep a string as it is, for a value that is
already the bytes of an answer (decoding ten kilobytes of JSON on every hit
costs more than the rest of the lookup). Rate-limit counters live apart from
the cache (``rate_limits``).

Copies of records are *guarded*, so that an older snapshot can never replace a
newer one. Each record has a guard: a generation and a count of writes in
flight. A writer marks the guard before its transaction changes the row
(``begin_write``: generation + 1, one more write in flight, the record's copies
dropped) and again once the transaction has ended (``end_write``: generation
+ 1, one write fewer, the copies dropped again). A reader that missed takes a
``Ticket`` (the generation) before it reads the database and stores what it
read only if the generation is still the ticket's and no write is in flight
(``set_if_unchanged``: one Lua script on Redis, one step of the event loop in
process). A snapshot read before a commit therefore never lands after it, and a
write whose mark cannot be made (Redis down or refusing) is refused before it
commits (``CacheUnavailable``, 503). A mark left by a writer that died expires
after ``WRITING_TTL`` s; until then that record is read from the database.

When Redis fails, reads count as misses and go to the database, stores are
skipped, and a circuit breaker keeps a down Redis from costing every request a
timeout: after ``breaker_failures`` failures in a row it is not called for
``breaker_recovery_s``, then one trial call decides. redis-py retries a call on
a dropped connection (with backoff), so the first call on each pooled
connection after Redis comes back succeeds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

import structlog
from cachetools import TLRUCache
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from afirgen.config import Settings
from afirgen.errors import CacheUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.circuit_breaker import CircuitBreaker, CircuitOpen

log = structlog.get_logger(__name__)
T = TypeVar("T")

FIR_RECORD_TTL = 3600
SESSION_TTL = 24 * 3600
KB_QUERY_TTL = 2 * 3600
VIOLATION_CHECK_TTL = 30 * 60
DASHBOARD_TTL = 5 * 60
GUARD_TTL = 2 * SESSION_TTL  # a guard outlives every copy made under it
WRITING_TTL = 120  # a write in flight longer than this (its writer died) stops blocking
CACHE_NAMESPACES = ("fir", "session", "kb", "violation", "stats", "auth", "guard")


def cache_key(namespace: str, entity: str, identifier: str) -> str:
    return f"{namespace}:{entity}:{identifier}"


@dataclass(frozen=True)
class Ticket:
    """A record's guard as a reader found it before reading the database:
    ``generation`` None while a write is in flight (nothing read now may be stored)."""

    guard: str
    generation: str | None


class Cache(Protocol):
    backend: str
    shared: bool  # seen by every API instance (Redis), not one process's memory

    async def get(self, key: str) -> Any | None: ...
    async def get_many(self, *keys: str) -> list[Any | None]:
        """Several values in one look-up (one round trip to Redis), in the keys' order."""
        ...

    async def get_many_text(self, *keys: str) -> list[str | None]:
        """``get_many`` of strings kept as they are (``set_text``'s, or JSON not decoded)."""
        ...

    async def set(self, key: str, value: Any, ttl: int) -> None: ...
    async def get_text(self, key: str) -> str | None: ...
    async def set_text(self, key: str, text: str, ttl: int) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def ticket(self, guard: str) -> Ticket:
        """Take before reading the database what a guarded copy is made of."""
        ...

    async def set_if_unchanged(self, ticket: Ticket, key: str, value: Any, ttl: int) -> bool:
        """Store ``value`` only if nothing was written under the ticket's guard since."""
        ...

    async def set_text_if_unchanged(
        self, ticket: Ticket, key: str, text: str, ttl: int
    ) -> bool: ...

    async def begin_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        """Before a transaction changes the guarded records: raises ``CacheUnavailable``
        when the mark cannot be made, and the write must then not commit."""
        ...

    async def end_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        """Once that transaction has ended (committed or not); never raises."""
        ...

    async def ping(self) -> None: ...
    async def purge_expired(self) -> int: ...
    async def close(self) -> None: ...


_HIT = metrics.CACHE_OPERATIONS.labels(operation="get", result="hit")
_MISS = metrics.CACHE_OPERATIONS.labels(operation="get", result="miss")
_SET = metrics.CACHE_OPERATIONS.labels(operation="set", result="ok")
_STALE = metrics.CACHE_OPERATIONS.labels(operation="set", result="superseded")
_FAILED = metrics.CACHE_OPERATIONS.labels(operation="any", result="unavailable")


def _count(hit: bool) -> None:
    (_HIT if hit else _MISS).inc()


def count_lookups(found: Sequence[str | None]) -> None:
    """Cache look-ups answered in another command's round trip (the rate count's) are
    counted as the cache's own, so the hit rate covers every read."""
    for value in found:
        _count(value is not None)


def _count_store(stored: bool) -> bool:
    (_SET if stored else _STALE).inc()
    return stored


def _decoded(raw: str | None) -> Any | None:
    return json.loads(raw) if raw is not None else None


def _encoded(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


@dataclass
class _Guard:
    generation: int = 0
    writing: int = 0
    writing_until: float = 0.0
    touched: float = 0.0

    def in_flight(self, now: float) -> bool:
        return self.writing > 0 and now < self.writing_until


class MemoryCache:
    """Bounded LRU with a TTL per entry; one process only. Guards live apart from the
    LRU (no eviction may reset a generation) and are dropped once idle past GUARD_TTL."""

    backend = "memory"
    shared = False

    def __init__(self, maxsize: int) -> None:
        self._entries: TLRUCache[str, tuple[float, str]] = TLRUCache(
            maxsize=maxsize, ttu=lambda _k, v, now: now + v[0], timer=time.monotonic
        )
        self._guards: dict[str, _Guard] = {}

    async def get(self, key: str) -> Any | None:
        return _decoded(await self.get_text(key))

    async def get_many(self, *keys: str) -> list[Any | None]:
        return [_decoded(text) for text in await self.get_many_text(*keys)]

    async def get_many_text(self, *keys: str) -> list[str | None]:
        return [await self.get_text(key) for key in keys]

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

    async def ticket(self, guard: str) -> Ticket:
        found = self._guards.get(guard)
        if found is None:
            return Ticket(guard, "0")
        return Ticket(guard, None if found.in_flight(time.monotonic()) else str(found.generation))

    async def set_if_unchanged(self, ticket: Ticket, key: str, value: Any, ttl: int) -> bool:
        return await self.set_text_if_unchanged(ticket, key, _encoded(value), ttl)

    async def set_text_if_unchanged(self, ticket: Ticket, key: str, text: str, ttl: int) -> bool:
        # no await between the check and the store: nothing else runs in between
        if ticket.generation is None or await self.ticket(ticket.guard) != ticket:
            return _count_store(False)
        self._entries[key] = (float(ttl), text)
        return _count_store(True)

    async def begin_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        now = time.monotonic()
        for name in guards:
            guard = self._guards.setdefault(name, _Guard())
            guard.generation += 1
            guard.writing += 1
            guard.writing_until = guard.touched = now
            guard.writing_until += WRITING_TTL
        await self.delete(*keys)

    async def end_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        now = time.monotonic()
        for name in guards:
            guard = self._guards.setdefault(name, _Guard())
            guard.generation += 1
            guard.writing = max(0, guard.writing - 1)
            guard.touched = now
        await self.delete(*keys)

    async def ping(self) -> None:
        return None

    async def purge_expired(self) -> int:
        """Drop entries past their TTL now (the LRU only drops them when it fills), and
        guards idle for longer than any copy lives."""
        now = time.monotonic()
        idle = [n for n, g in self._guards.items() if now - g.touched > GUARD_TTL]
        for name in idle:
            del self._guards[name]
        return len(self._entries.expire())

    async def close(self) -> None:
        self._entries.clear()
        self._guards.clear()


def _guard_keys(guards: Sequence[str]) -> list[str]:
    return [key for name in guards for key in (f"guard:{name}:gen", f"guard:{name}:writing")]


# KEYS: (generation, writing) per guard, then the copies; ARGV: guards, GUARD_TTL, WRITING_TTL
_BEGIN_WRITE = """
local n = tonumber(ARGV[1])
for i = 1, n do
  redis.call('INCR', KEYS[2 * i - 1])
  redis.call('EXPIRE', KEYS[2 * i - 1], ARGV[2])
  redis.call('INCR', KEYS[2 * i])
  redis.call('EXPIRE', KEYS[2 * i], ARGV[3])
end
for i = 2 * n + 1, #KEYS do redis.call('DEL', KEYS[i]) end
return 1
"""
_END_WRITE = """
local n = tonumber(ARGV[1])
for i = 1, n do
  redis.call('INCR', KEYS[2 * i - 1])
  redis.call('EXPIRE', KEYS[2 * i - 1], ARGV[2])
  if redis.call('DECR', KEYS[2 * i]) <= 0 then redis.call('DEL', KEYS[2 * i]) end
end
for i = 2 * n + 1, #KEYS do redis.call('DEL', KEYS[i]) end
return 1
"""
# KEYS: generation, writing, copy; ARGV: the ticket's generation, the text, its TTL
_SET_IF_UNCHANGED = """
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[3], ARGV[2], 'EX', ARGV[3])
return 1
"""


class RedisCache:
    """redis-py asyncio client shared by every API instance, behind a circuit breaker."""

    backend = "redis"
    shared = True

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 0.5,
        retries: int = 2,
        breaker_failures: int = 3,
        breaker_recovery_s: float = 2.0,
    ) -> None:
        self.client: Redis = Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(ExponentialBackoff(cap=timeout_s, base=0.02), retries),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
        )
        self.breaker = CircuitBreaker(
            "redis", failure_threshold=breaker_failures, recovery_s=breaker_recovery_s
        )
        self.retry_after_s = max(1, int(breaker_recovery_s + 0.999))
        self._begin = self.client.register_script(_BEGIN_WRITE)
        self._end = self.client.register_script(_END_WRITE)
        self._set_if = self.client.register_script(_SET_IF_UNCHANGED)

    async def call(self, command: Callable[[], Awaitable[T]]) -> T:
        """One call to Redis; ``CacheUnavailable`` when it fails or the breaker is open."""
        try:
            return await self.breaker.call(command)
        except CircuitOpen as exc:
            _FAILED.inc()
            raise CacheUnavailable(
                "the cache is unavailable", retry_after_s=self.retry_after_s
            ) from exc
        except RedisError as exc:
            _FAILED.inc()
            log.warning("cache.unavailable", error=f"{type(exc).__name__}: {exc}")
            raise CacheUnavailable(
                "the cache is unavailable", retry_after_s=self.retry_after_s
            ) from exc

    async def get(self, key: str) -> Any | None:
        return _decoded(await self.get_text(key))

    async def get_many(self, *keys: str) -> list[Any | None]:
        return [_decoded(text) for text in await self.get_many_text(*keys)]

    async def get_many_text(self, *keys: str) -> list[str | None]:
        try:
            found = cast(list[str | None], await self.call(lambda: self.client.mget(keys)))
        except CacheUnavailable:
            found = [None] * len(keys)
        for raw in found:
            _count(raw is not None)
        return found

    async def set(self, key: str, value: Any, ttl: int) -> None:
        await self.set_text(key, _encoded(value), ttl)

    async def get_text(self, key: str) -> str | None:
        try:
            raw = cast(str | None, await self.call(lambda: self.client.get(key)))
        except CacheUnavailable:
            raw = None  # a miss: the caller reads the database
        _count(raw is not None)
        return raw

    async def set_text(self, key: str, text: str, ttl: int) -> None:
        try:
            await self.call(lambda: self.client.set(key, text, ex=ttl))
        except CacheUnavailable:
            return  # nothing kept; the next read goes to the database again
        _SET.inc()

    async def delete(self, *keys: str) -> None:
        if keys:
            await self.call(lambda: self.client.delete(*keys))

    async def ticket(self, guard: str) -> Ticket:
        keys = _guard_keys([guard])
        try:
            found = cast(list[str | None], await self.call(lambda: self.client.mget(keys)))
        except CacheUnavailable:
            return Ticket(guard, None)
        generation, writing = found
        return Ticket(guard, None if writing is not None else (generation or "0"))

    async def set_if_unchanged(self, ticket: Ticket, key: str, value: Any, ttl: int) -> bool:
        return await self.set_text_if_unchanged(ticket, key, _encoded(value), ttl)

    async def set_text_if_unchanged(self, ticket: Ticket, key: str, text: str, ttl: int) -> bool:
        if ticket.generation is None:
            return _count_store(False)
        keys = [*_guard_keys([ticket.guard]), key]
        args: list[str | int] = [ticket.generation, text, ttl]
        try:
            stored = await self.call(lambda: self._set_if(keys=keys, args=args))
        except CacheUnavailable:
            return False
        return _count_store(bool(stored))

    async def begin_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        marks = [*_guard_keys(guards), *keys]
        args = [len(guards), GUARD_TTL, WRITING_TTL]
        await self.call(lambda: self._begin(keys=marks, args=args))

    async def end_write(self, guards: Sequence[str], keys: Sequence[str]) -> None:
        marks = [*_guard_keys(guards), *keys]
        args = [len(guards), GUARD_TTL, WRITING_TTL]
        try:
            await self.call(lambda: self._end(keys=marks, args=args))
        except CacheUnavailable:
            # the copies went at begin_write and the mark keeps new ones out until it expires
            log.warning("cache.end_write_failed", guards=list(guards))

    async def ping(self) -> None:
        await self.call(self.client.ping)

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


def create_cache(settings: Settings, maxsize: int | None = None) -> Cache:
    """Redis when ``redis_url`` is set, else an in-process cache of ``maxsize`` entries."""
    if not settings.redis_url:
        return MemoryCache(maxsize or settings.memory_cache_size)
    return RedisCache(
        settings.redis_url,
        timeout_s=settings.redis_timeout_s,
        retries=settings.redis_retries,
        breaker_failures=settings.redis_breaker_failures,
        breaker_recovery_s=settings.redis_breaker_recovery_s,
    )

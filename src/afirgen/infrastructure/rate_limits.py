"""Fixed-window request counters for rate limiting, kept apart from the cache.

A window is a clock minute (``now // window_s``): a client refused with 429
is served again when the next window starts, however often it retried, and
no amount of other traffic can evict a counter. In-process counters hold the
current window only; Redis counters are keyed by window and expire with it,
so the limit holds across API instances.

When Redis cannot be reached the limits fail open: a request is counted as the
window's first (``cache.unavailable`` is logged, and the cache's circuit
breaker keeps it to one quick failure), so officers keep working while it is
down; what is lost is the limit, never the request.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from afirgen.errors import CacheUnavailable
from afirgen.infrastructure.cache import RedisCache, count_lookups

WINDOW_S = 60


def current_window(window_s: int = WINDOW_S, now: float | None = None) -> tuple[int, int]:
    """The window's number and the seconds until the next one starts."""
    now = time.time() if now is None else now
    number = int(now // window_s)
    return number, max(1, int((number + 1) * window_s - now))


class WindowCounter(Protocol):
    backend: str
    window_s: int
    clock: Callable[[], float]

    async def hit(self, key: str) -> tuple[int, int]:
        """Count one request for ``key``: its count this window and seconds to the next."""
        ...

    async def hit_and_read(
        self, key: str, reads: Sequence[str]
    ) -> tuple[int, int, list[str | None] | None]:
        """``hit``, and the strings under the cache keys ``reads`` in the same round trip
        where the counters share the cache's store (Redis); None where they do not."""
        ...

    async def peek(self, key: str) -> int:
        """``key``'s count this window, not counting a request."""
        ...

    async def close(self) -> None: ...


class MemoryWindowCounter:
    """One process's counters for the current window (the previous one is dropped whole)."""

    backend = "memory"

    def __init__(self, window_s: int = WINDOW_S, clock: Callable[[], float] = time.time) -> None:
        self.window_s = window_s
        self.clock = clock
        self._window = -1
        self._counts: dict[str, int] = {}

    def _current(self) -> int:
        number, reset = current_window(self.window_s, self.clock())
        if number != self._window:
            self._window, self._counts = number, {}
        return reset

    async def hit(self, key: str) -> tuple[int, int]:
        reset = self._current()
        self._counts[key] = count = self._counts.get(key, 0) + 1
        return count, reset

    async def hit_and_read(
        self, key: str, reads: Sequence[str]
    ) -> tuple[int, int, list[str | None] | None]:
        return *(await self.hit(key)), None  # the in-process cache is read apart, cheaply

    async def peek(self, key: str) -> int:
        self._current()
        return self._counts.get(key, 0)

    async def close(self) -> None:
        self._counts.clear()


# INCR, and on the window's first hit its expiry, as one command (atomic in Redis): a
# MULTI/INCR/EXPIRE/EXEC pipeline cost a quarter of a cached read's CPU in redis-py
_HIT_SCRIPT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""
# the same, then the values under the other keys: one round trip where there were two
_HIT_AND_READ_SCRIPT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local found = {count}
for i = 2, #KEYS do found[i] = redis.call('GET', KEYS[i]) end
return found
"""


class RedisWindowCounter:
    """``INCR`` on ``ratelimit:{key}:{window}``; the key expires with its window. Calls go
    through the cache's client and circuit breaker; an unreachable Redis counts nothing."""

    backend = "redis"

    def __init__(
        self, cache: RedisCache, window_s: int = WINDOW_S, clock: Callable[[], float] = time.time
    ) -> None:
        self.cache = cache
        self.window_s = window_s
        self.clock = clock
        self._hit = cache.client.register_script(_HIT_SCRIPT)
        self._hit_and_read = cache.client.register_script(_HIT_AND_READ_SCRIPT)

    async def hit(self, key: str) -> tuple[int, int]:
        number, reset = current_window(self.window_s, self.clock())
        keys, args = [f"ratelimit:{key}:{number}"], [self.window_s + 1]
        try:
            count = await self.cache.call(lambda: self._hit(keys=keys, args=args))
        except CacheUnavailable:
            return 0, reset  # fail open: see the module's docstring
        return int(count), reset

    async def hit_and_read(
        self, key: str, reads: Sequence[str]
    ) -> tuple[int, int, list[str | None] | None]:
        number, reset = current_window(self.window_s, self.clock())
        keys, args = [f"ratelimit:{key}:{number}", *reads], [self.window_s + 1]
        try:
            count, *found = await self.cache.call(lambda: self._hit_and_read(keys=keys, args=args))
        except CacheUnavailable:
            return 0, reset, None  # fail open, as ``hit``; the reads are tried again apart
        values = [value or None for value in found]  # Lua's false: absent
        count_lookups(values)
        return int(count), reset, values

    async def peek(self, key: str) -> int:
        number, _ = current_window(self.window_s, self.clock())
        try:
            found = await self.cache.call(
                lambda: self.cache.client.get(f"ratelimit:{key}:{number}")
            )
        except CacheUnavailable:
            return 0
        return int(found or 0)

    async def close(self) -> None:
        return None  # the cache owns the client

"""Circuit breaker: closed -> open after N failures -> half-open after a pause.

In half-open one trial call is let through: success closes the breaker, failure
opens it again for another recovery period.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import TypeVar

from afirgen.errors import ModelUnavailable
from afirgen.infrastructure import metrics

T = TypeVar("T")


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpen(ModelUnavailable):
    code = "circuit_open"


class CircuitBreaker:
    def __init__(self, name: str, *, failure_threshold: int, recovery_s: float) -> None:
        self.name = name
        self.failure_threshold = failure_threshold
        self.recovery_s = recovery_s
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = asyncio.Lock()
        metrics.CIRCUIT_STATE.labels(breaker=name).set(0)

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if time.monotonic() - self._opened_at >= self.recovery_s:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    async def call(self, func: Callable[[], Awaitable[T]]) -> T:
        state = self.state
        if state is BreakerState.OPEN:
            raise CircuitOpen(f"{self.name} is unavailable (circuit open)", breaker=self.name)
        if state is BreakerState.HALF_OPEN:
            if self._trial.locked():
                raise CircuitOpen(f"{self.name} is recovering (circuit half-open)")
            async with self._trial:
                return await self._run(func)
        return await self._run(func)

    async def _run(self, func: Callable[[], Awaitable[T]]) -> T:
        try:
            result = await func()
        except Exception:
            self._record_failure()
            raise
        if self._failures or self._opened_at is not None:  # the gauge moves on a change only:
            self._failures = 0  # a label look-up per call was a tenth of a Redis call's CPU
            self._opened_at = None
            metrics.CIRCUIT_STATE.labels(breaker=self.name).set(0)
        return result

    def _record_failure(self) -> None:
        self._failures += 1
        if self._opened_at is not None or self._failures >= self.failure_threshold:
            self._opened_at = time.monotonic()
            metrics.CIRCUIT_STATE.labels(breaker=self.name).set(1)

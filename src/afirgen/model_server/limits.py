"""Bounded work per model: a few slots, a short waiting room, then 503 + Retry-After.

A saturated model answers at once instead of queueing without end, so clients
(the API's retry and circuit breaker) can back off or go elsewhere.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from afirgen.errors import ModelBusy
from afirgen.infrastructure import metrics


class SlotLimiter:
    def __init__(self, model: str, *, slots: int, queue: int, wait_s: float) -> None:
        self.model = model
        self.slots = slots
        self.queue = queue
        self.wait_s = wait_s
        self.active = 0
        self.waiting = 0
        self._semaphore = asyncio.Semaphore(slots)
        self._mean_s = 1.0  # moving average of one job's duration, for Retry-After

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one slot of the model for the duration of the block."""
        await self._acquire()
        self.active += 1
        metrics.MODEL_SERVER_ACTIVE.labels(model=self.model).inc()
        started = time.perf_counter()
        try:
            yield
        finally:
            self._mean_s = 0.8 * self._mean_s + 0.2 * (time.perf_counter() - started)
            self.active -= 1
            metrics.MODEL_SERVER_ACTIVE.labels(model=self.model).dec()
            self._semaphore.release()

    def retry_after_s(self) -> int:
        """Seconds until a slot is likely free: the queue ahead, worked off by all slots."""
        rounds = (self.waiting + self.active) / self.slots
        return max(1, math.ceil(rounds * self._mean_s))

    async def _acquire(self) -> None:
        if self._semaphore.locked() and self.waiting >= self.queue:
            self._reject("every slot is busy and the queue is full")
        self.waiting += 1
        metrics.MODEL_SERVER_WAITING.labels(model=self.model).inc()
        try:
            await asyncio.wait_for(self._semaphore.acquire(), timeout=self.wait_s)
        except TimeoutError:
            self._reject(f"no slot became free within {self.wait_s:g} s")
        finally:
            self.waiting -= 1
            metrics.MODEL_SERVER_WAITING.labels(model=self.model).dec()

    def _reject(self, why: str) -> None:
        metrics.MODEL_SERVER_REJECTED.labels(model=self.model).inc()
        raise ModelBusy(
            f"{self.model} is saturated: {why}",
            retry_after_s=self.retry_after_s(),
            model=self.model,
        )

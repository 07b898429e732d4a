"""CPU-heavy work off the event loop: worker processes, or threads of the API process.

Reading the fields of a complaint, identifying its sections, composing its
narrative and rendering a PDF are pure Python. Run in a thread they still hold
the GIL in turns with the event loop: four 200,000-character identifications
at once pushed ``/health`` to 2.3 s. In a worker process each has an
interpreter of its own, and the loop only waits on a pipe
(``bench/health_under_load.py`` measures both; docs/PERFORMANCE.md has the
numbers). ``AFIRGEN_COMPUTE_MODE=threads`` keeps the work in the API process,
at most ``AFIRGEN_COMPUTE_WORKERS`` at once.

Every worker holds one *resident* object, built once in the API process and
sent to each worker as it starts (the section identifier, 20 MB of index that
should not travel with every call): :meth:`ComputePool.run_on_resident` calls
``fn(resident, *args)``. Functions and arguments must be picklable: module-level
functions and plain data. Workers run at a lower priority (``nice`` +10), so on a
busy machine the scheduler still gives the API process the CPU it needs to
answer at once.

A worker that dies (killed for its memory) breaks the process pool; the call
that saw it answers 503 and the next call gets a fresh pool. A worker whose API
process died (``kill -9``) exits at once (``child_processes.py``).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, Generic, Literal, TypeVar

import anyio.to_thread
import structlog
from anyio import CapacityLimiter

from afirgen.errors import ServiceUnavailable
from afirgen.infrastructure.child_processes import end_with_parent

log = structlog.get_logger(__name__)

ComputeMode = Literal["processes", "threads"]
R = TypeVar("R")  # the resident object
T = TypeVar("T")

WORKER_NICENESS = 10  # added to the API process's; the scheduler favours the API
_resident: Any = None  # in a worker process: its copy of the pool's resident object


class WorkerLost(ServiceUnavailable):
    """A worker process died during the call (killed from outside, or for its memory)."""

    code = "worker_lost"


class ComputePool(Generic[R]):
    """Runs functions in ``workers`` worker processes (started on first use) or threads."""

    def __init__(self, mode: ComputeMode, workers: int, resident: R) -> None:
        self.mode = mode
        self.workers = workers
        self.resident = resident
        self._limiter = CapacityLimiter(workers)
        self._executor: ProcessPoolExecutor | None = None
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        """Calls submitted and not yet answered (running or waiting for a worker)."""
        return self._in_flight

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` off the event loop."""
        if self.mode == "threads":
            return await self._in_thread(partial(fn, *args))
        return await self._in_process(fn, args)

    async def run_on_resident(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(resident, *args)`` off the event loop."""
        if self.mode == "threads":
            return await self._in_thread(partial(fn, self.resident, *args))
        return await self._in_process(_call_on_resident, (fn, *args))

    async def start(self) -> None:
        """Start every worker process now, not on the first complaints (each takes seconds
        to load the identifier); returns without waiting for them."""
        if self.mode == "processes":
            executor = self._pool()
            await asyncio.to_thread(_start_all, executor, self.workers)

    async def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)

    async def _in_thread(self, call: Callable[[], T]) -> T:
        self._in_flight += 1
        try:
            return await anyio.to_thread.run_sync(call, limiter=self._limiter)
        finally:
            self._in_flight -= 1

    async def _in_process(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        executor = self._pool()
        self._in_flight += 1
        try:
            # submitting may start a worker (pickling the resident): not on the loop either
            future: Future[T] = await asyncio.to_thread(executor.submit, fn, *args)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            if self._executor is executor:
                self._executor = None  # the next call starts a fresh pool
                executor.shutdown(wait=False, cancel_futures=True)
            log.error("compute.worker_lost")
            raise WorkerLost("a worker process stopped during this request; try again") from exc
        finally:
            self._in_flight -= 1

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_start_worker,
                initargs=(self.resident,),
            )
        return self._executor


def _start_worker(resident: Any) -> None:
    global _resident
    end_with_parent()  # a killed API process leaves no workers (nor, then, a forkserver)
    _resident = resident
    # heavy work yields the CPU to the API process: /health and short requests first
    os.nice(WORKER_NICENESS)


def _start_all(executor: ProcessPoolExecutor, workers: int) -> None:
    # each submit that finds no idle worker starts one; nothing waits for the answers
    for _ in range(workers):
        executor.submit(os.getpid)


def _call_on_resident(fn: Callable[..., T], *args: Any) -> T:
    return fn(_resident, *args)

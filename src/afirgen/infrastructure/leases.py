"""Leases: work in progress is held by one claim for a while, renewed while it runs.

A lease is two columns on the row of the work (``lease_owner``,
``lease_expires_at``; see ``repositories/leases.py`` for the SQL):

- it is claimed with a conditional UPDATE (the lease is free, lapsed, or
  already this claim's), so exactly one claimant wins;
- a heartbeat renews it every third of its length while the work runs;
- it is released when the work's outcome is recorded. A holder that stopped
  (``kill -9``, a lost machine, an event loop that no longer turns) stops
  renewing; its lease lapses and any live instance's sweep takes the work over.

The owner names the process and the claim (``host:pid:started:node:nonce``):
two claims in one process are told apart, and logs and rows say who held what.
The start time and node (``processes.py``) say which process held the lease, on
which machine and pid namespace: a holder that ran beside the sweeping process
and has certainly stopped (its pid free, or reused by a later process) needs no
lapse to be known stopped, and its work is taken over at the next sweep (at the
start of a restarted instance, at once). A holder elsewhere, or one that cannot
be read, is waited for until its lease lapses.

Work sent to a broker and not yet started is held by no process: its owner is
``queued:host:nonce`` (:func:`queued_owner`), which names no process, so it is
waited for until its lease lapses, however its sender fares (the broker holds
the message).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from afirgen.infrastructure.processes import ProcessId, has_stopped, this_process
from afirgen.infrastructure.tables import utcnow

log = structlog.get_logger(__name__)

RENEWALS_PER_LEASE = 3  # a holder misses two renewals before its lease lapses
QUEUED = "queued"  # the owner's first part while the work waits on the broker


def new_owner() -> str:
    """A name for one claim: this host and process, and a nonce (at most 80 characters)."""
    me = this_process()
    named = f"{me.started}:{me.node}" if me else "-:-"  # "-": cannot be told from another
    return f"{socket.gethostname()[:36]}:{os.getpid()}:{named}:{secrets.token_hex(4)}"


def queued_owner() -> str:
    """The owner of work sent to the broker and not yet started by a worker."""
    return f"{QUEUED}:{socket.gethostname()[:36]}:{secrets.token_hex(8)}"


def is_queued(owner: str | None) -> bool:
    return owner is not None and owner.startswith(f"{QUEUED}:")


def holder_stopped(owner: str) -> bool:
    """Whether the process that holds a lease has certainly stopped: it ran beside this
    one (same machine and pid namespace) and runs no more. An owner named otherwise
    (another machine, or from before owners named their process) cannot tell."""
    parts = owner.rsplit(":", 4)
    if len(parts) != 5 or not (parts[1].isdigit() and parts[2].isdigit()):
        return False
    _host, pid, started, node, _nonce = parts
    return has_stopped(ProcessId(node, int(pid), int(started)))


@dataclass(frozen=True)
class LeaseTerms:
    """How long a lease lasts unrenewed, and how often lapsed ones are looked for."""

    length: timedelta
    sweep_every: timedelta

    @classmethod
    def of(cls, length_s: float, sweep_s: float) -> LeaseTerms:
        return cls(timedelta(seconds=length_s), timedelta(seconds=sweep_s))

    def until(self, now: datetime | None = None) -> datetime:
        return (now or utcnow()) + self.length

    @property
    def renew_every_s(self) -> float:
        return self.length.total_seconds() / RENEWALS_PER_LEASE


Renew = Callable[[], Awaitable[bool]]  # True while the lease is still this holder's


@dataclass
class Heartbeat:
    lost: bool = False  # the lease was found taken over: the work's result is not ours


@asynccontextmanager
async def heartbeat(renew: Renew, every_s: float, **context: str) -> AsyncIterator[Heartbeat]:
    """Renew a lease every ``every_s`` while the body runs.

    A failed renewal (the database briefly away) is retried at the next beat;
    a renewal that finds the lease gone marks the heartbeat ``lost`` and stops.
    """
    beat = Heartbeat()

    async def beating() -> None:
        while True:
            await asyncio.sleep(every_s)
            try:
                held = await renew()
            except Exception as exc:  # the next beat tries again; the lease has slack
                log.warning("lease.renew_failed", error=str(exc), **context)
                continue
            if not held:
                beat.lost = True
                log.warning("lease.lost", **context)
                return

    task = asyncio.create_task(beating(), name="lease-heartbeat")
    try:
        yield beat
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


Round = Callable[[], Awaitable[int]]  # takes over what lapsed; returns how many


class Sweep:
    """Looks for lapsed leases now and then every ``every_s``, until closed.

    Each round takes over one kind of work (a session's generation, a task); a
    failed round is logged and the next sweep runs it again.
    """

    def __init__(self, every_s: float, **rounds: Round) -> None:
        self.every_s = every_s
        self.rounds = rounds
        self._loop: asyncio.Task[None] | None = None

    async def start(self) -> dict[str, int]:
        """One sweep now (what a stopped process left), then the periodic ones."""
        taken = await self.run_once()
        self._loop = asyncio.create_task(self._every(), name="lease-sweep")
        return taken

    async def run_once(self) -> dict[str, int]:
        taken: dict[str, int] = {}
        for name, take_over in self.rounds.items():
            try:
                taken[name] = await take_over()
            except Exception:  # a failed round must not end the sweeps
                log.exception("lease.sweep_failed", work=name)
        if any(taken.values()):
            log.info("lease.swept", **taken)
        return taken

    async def _every(self) -> None:
        while True:
            await asyncio.sleep(self.every_s)
            await self.run_once()

    async def close(self) -> None:
        if self._loop is not None:
            self._loop.cancel()
            await asyncio.gather(self._loop, return_exceptions=True)
            self._loop = None

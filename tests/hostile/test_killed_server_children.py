"""A server killed with ``SIGKILL`` leaves no process of its own behind.

``afirgen serve`` starts worker processes for CPU-heavy work (a forkserver, the
pool's workers, multiprocessing's resource tracker). Killed alone, as the OOM
killer or ``kill -9`` kills it, it cleaned nothing up: the workers stayed,
blocked on a queue nobody would write again, and the forkserver with them, for
as long as anyone let them. The server here is killed alone (not its process
group), and every process it had started must be gone within a few seconds.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.processes import ProcessId, has_stopped, this_process
from tests.conftest import make_settings
from tests.hostile.servers import start_instances

WORKERS = 2  # AFIRGEN_COMPUTE_WORKERS
GONE_WITHIN_S = 10.0  # they end on their own at once; room for two busy shared cores


def process_table() -> dict[int, tuple[int, int]]:
    """Every process: its parent and its start time, by pid."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # ended while we looked
            continue
        fields = text[text.rindex(")") + 2 :].split()
        table[int(stat.parent.name)] = (int(fields[1]), int(fields[19]))
    return table


def descendants(pid: int, table: dict[int, tuple[int, int]]) -> list[int]:
    """The processes started by ``pid``, by its children, and so on."""
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        children = [child for child, (ppid, _) in table.items() if ppid == parent]
        found += children
        queue += children
    return found


async def wait_for_workers(pid: int) -> list[ProcessId]:
    """The server's descendants once its pool's workers are up (started with the
    service; children of its forkserver, not of the server)."""
    here = this_process()
    assert here is not None, "needs Linux /proc"
    deadline = time.monotonic() + 120  # each worker receives the section identifier
    while time.monotonic() < deadline:
        table = process_table()
        family = descendants(pid, table)
        if len([p for p in family if table[p][0] != pid]) >= WORKERS:
            return [ProcessId(here.node, p, table[p][1]) for p in family]
        await asyncio.sleep(0.5)
    raise AssertionError("the server's worker processes never started")


async def still_running(processes: list[ProcessId], limit_s: float) -> list[ProcessId]:
    """Those of ``processes`` still running after ``limit_s`` (none: as soon as none is)."""
    deadline = time.monotonic() + limit_s
    while True:
        left = [p for p in processes if not has_stopped(p)]
        if not left or time.monotonic() > deadline:
            return left
        await asyncio.sleep(0.2)


async def test_worker_processes_end_with_a_killed_server(tmp_path: Path) -> None:
    settings = make_settings("sqlite", tmp_path)
    settings.data_dir.mkdir(parents=True)
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    [server] = await start_instances(settings, 1, COMPUTE_WORKERS=str(WORKERS))
    try:
        started = await wait_for_workers(server.process.pid)

        server.kill()  # the server alone: its process group is left as it is

        left = await still_running(started, GONE_WITHIN_S)
        assert not left, f"still running {GONE_WITHIN_S:g} s after the server was killed: {left}"
    finally:
        server.stop()

"""A process is judged stopped only when that is certain (``infrastructure/processes.py``):
a pid that is free, held by a zombie, or reused by a later process, on this machine and
in this pid namespace. Anything else cannot be told, and a lease holder is then waited
for until its lease lapses."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from afirgen.infrastructure.leases import holder_stopped, new_owner
from afirgen.infrastructure.processes import ProcessId, has_stopped, this_process

pytestmark = pytest.mark.skipif(this_process() is None, reason="needs Linux /proc")


def stat_fields(pid: int) -> list[str]:
    """Fields 3 onwards of ``/proc/PID/stat`` (after the command)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()


def identity(pid: int) -> ProcessId:
    """The identity of a running process (read the way ``this_process`` reads its own)."""
    here = this_process()
    assert here is not None
    return ProcessId(here.node, pid, int(stat_fields(pid)[19]))


def state(pid: int) -> str:
    return stat_fields(pid)[0]


def test_this_process_runs() -> None:
    here = this_process()
    assert here is not None and not has_stopped(here)


def test_a_process_that_ended_has_stopped() -> None:
    child = subprocess.Popen([sys.executable, "-c", "input()"], stdin=subprocess.PIPE)
    named = identity(child.pid)
    assert not has_stopped(named)
    child.communicate(b"\n")  # ends, and is reaped: its pid is free
    assert has_stopped(named)


def test_a_zombie_has_stopped() -> None:
    child = subprocess.Popen(["sleep", "30"])
    named = identity(child.pid)
    child.kill()  # not reaped: a zombie until the wait below
    deadline = time.monotonic() + 10
    while state(child.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert state(child.pid) == "Z"
    assert has_stopped(named)
    child.wait(5)


def test_a_reused_pid_names_another_process() -> None:
    here = this_process()
    assert here is not None
    earlier = replace(here, started=here.started - 1)  # this pid, held before by another
    assert has_stopped(earlier)


def test_a_process_of_another_machine_or_container_cannot_be_told() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    named = identity(child.pid)
    child.wait(10)
    elsewhere = replace(named, node="0" * 12)  # same pid, another pid namespace or boot
    assert has_stopped(named) and not has_stopped(elsewhere)


def test_lease_owners_name_their_process() -> None:
    code = "from afirgen.infrastructure.leases import new_owner; print(new_owner())"
    ended = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    owner = ended.stdout.strip()
    assert len(owner) <= 80  # the column
    assert holder_stopped(owner)
    assert not holder_stopped(new_owner())  # this process
    assert not holder_stopped("instance-killed:4242:0badf00d")  # named before: cannot tell

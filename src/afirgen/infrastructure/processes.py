"""Which process this is, and whether a process named earlier has certainly stopped.

A pid alone names a process only for a while and only in one place: pids are
reused, and two containers on one machine each have their own pid 1 (and may
share a host name). A process is named here by three things:

- its *node*: a digest of the kernel's boot id and of the pid namespace. The
  processes with one node see one table of pids; another machine, another boot
  or another container (its own pid namespace) has another node;
- its pid;
- its start time (clock ticks after boot, field 22 of ``/proc/PID/stat``): a
  process that took the pid over later started later.

A process is judged stopped only when that is certain: it is of this node and
no process with its pid and start time runs (the pid is free, reused, or held by
a zombie). Anything else (another node, ``/proc`` unreadable, a process of
another user hidden from us) is "cannot tell". Linux only; on other systems the
node is unknown and nothing is ever judged stopped from here.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ProcessId", "has_stopped", "this_process"]

PROC = Path("/proc")
DEAD_STATES = frozenset("ZXx")  # zombie or dead: it will never run again


@dataclass(frozen=True)
class ProcessId:
    node: str
    pid: int
    started: int  # clock ticks after boot


def this_process() -> ProcessId | None:
    """This process, or None where its node cannot be known (not Linux, no ``/proc``)."""
    node = _node()
    stat = _stat(os.getpid())
    if node is None or stat is None:
        return None
    return ProcessId(node, os.getpid(), stat[1])


def has_stopped(process: ProcessId) -> bool:
    """True only when certain that ``process`` no longer runs (see the module's rules)."""
    here = this_process()
    if here is None or process.node != here.node:
        return False  # another machine, boot or container: its pids are not ours to read
    stat = _stat(process.pid)
    if stat is None:  # no such process, or one of another user that /proc hides from us
        return not _exists(process.pid)
    state, started = stat
    return started != process.started or state in DEAD_STATES


def _node() -> str | None:
    try:
        boot_id = (PROC / "sys/kernel/random/boot_id").read_text().strip()
        pid_namespace = os.readlink(PROC / "self/ns/pid")
        own_entry = (PROC / "self/stat").read_text().split(maxsplit=1)[0]
    except OSError:
        return None
    if own_entry != str(os.getpid()):  # a /proc of another pid namespace: its pids are not ours
        return None
    return hashlib.sha256(f"{boot_id}/{pid_namespace}".encode()).hexdigest()[:12]


def _stat(pid: int) -> tuple[str, int] | None:
    """The state and start time of ``pid``, or None when /proc has no entry for it."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # "pid (command) state ppid ...": the command may hold spaces and parentheses
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[19])


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists and belongs to another user
        return True
    return True

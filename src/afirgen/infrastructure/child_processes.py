"""Child processes (compute workers, text recognition) end with the process that started them.

A ``SIGKILL`` of ``afirgen serve`` runs none of its clean-up: its pool's worker
processes stayed, idle, blocked on a call queue whose other end nobody would
write again, and the forkserver stayed with them (it exits only once every
process holding its "alive" pipe has gone, the workers included).

What a worker watches is multiprocessing's *parent sentinel*: the parent keeps
the write end of a pipe open for each child it started, and the child holds a
copy of the read end, which reaches end-of-file the moment the parent's process
ends, however it ended. A thread of the child blocks on it and exits the process.
The alternatives watch the wrong process or watch late: a forkserver's children
are the forkserver's, not the server's, so ``prctl(PR_SET_PDEATHSIG)`` and
``os.getppid()`` see the forkserver (which outlives the server for as long as
its children do), and a pid polled for liveness can be reused. The sentinel
needs no polling and works with every start method, on every platform. Once the
workers are gone, the forkserver reads end-of-file on its own pipe and exits,
and so does the resource tracker.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.process import BaseProcess

__all__ = ["end_with_parent"]

PARENT_GONE_EXIT_CODE = 70  # EX_SOFTWARE: nobody reads it, but a supervisor's log might


def end_with_parent() -> None:
    """In a child process started by multiprocessing: exit as soon as its parent has ended.

    Call it first in the child (before lowering its limits: the watching thread
    needs a stack). A no-op in a process that multiprocessing did not start.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    watch = threading.Thread(target=_exit_after, args=(parent,), name="parent-watch", daemon=True)
    watch.start()


def _exit_after(parent: BaseProcess) -> None:
    parent.join()  # returns when the sentinel pipe reaches end-of-file
    # nobody is left to answer: no clean-up, no flush of results nobody reads
    os._exit(PARENT_GONE_EXIT_CODE)

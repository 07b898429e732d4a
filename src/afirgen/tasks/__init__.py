"""Background tasks: PDFs, the complainant's copy, overdue-review notices,
dashboard refresh and clean-up, run by Celery workers or in-process.

- ``names``: the built-in task names;
- ``registry``: a task's spec (queue, priority, retries, time limit) and the schedule;
- ``context``: what a handler receives (narrow protocols of the services below);
- ``handlers``: the built-in tasks and the registry loader;
- ``service``: asking for a task inside a transaction, reading its record;
- ``runner``: running one task by id, the code workers and the embedded queue share;
- ``reports``, ``notifications``, ``cleanup``: the services tasks run;
- ``wiring``: :class:`Tasks`, all of it built from settings.

Imports point one way: names/context -> registry -> handlers, service -> runner,
services -> wiring; ``tests/test_imports.py`` checks there is no cycle.
"""

from afirgen.tasks.context import TaskContext
from afirgen.tasks.registry import Priority, Queue, TaskCall, TaskRegistry, TaskSpec, task
from afirgen.tasks.runner import Outcome, TaskRunner
from afirgen.tasks.service import TaskService, task_key
from afirgen.tasks.wiring import Tasks, build_tasks, open_tasks

__all__ = [
    "Outcome",
    "Priority",
    "Queue",
    "TaskCall",
    "TaskContext",
    "TaskRegistry",
    "TaskRunner",
    "TaskService",
    "TaskSpec",
    "Tasks",
    "build_tasks",
    "open_tasks",
    "task",
    "task_key",
]

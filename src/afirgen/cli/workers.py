"""``afirgen worker``, ``afirgen beat`` and ``afirgen cleanup``."""

from __future__ import annotations

import asyncio
import socket
import uuid
from typing import Any

import typer

from afirgen.cli.output import result_stdout, write_json
from afirgen.config import Settings, get_settings
from afirgen.infrastructure.celery_app import QUEUES
from afirgen.infrastructure.logging import configure_logging
from afirgen.infrastructure.migrate import upgrade

EMBEDDED_HINT = (
    "AFIRGEN_CELERY_BROKER_URL is not set: without a broker the API runs background "
    "tasks in its own process, and no worker is needed"
)


def _celery_settings() -> Settings:
    settings = get_settings()
    if not settings.celery_broker_url:
        typer.echo(EMBEDDED_HINT, err=True)
        raise typer.Exit(2)
    configure_logging(settings)
    return settings


def worker(
    concurrency: int = typer.Option(2, "--concurrency", "-c", min=1, help="Worker processes"),
    pool: str = typer.Option("prefork", help="prefork, solo or threads"),
    queues: str = typer.Option(",".join(QUEUES), "--queues", "-Q", help="Queues to consume"),
    loglevel: str = typer.Option("INFO", help="Celery's log level"),
    hostname: str | None = typer.Option(None, help="Worker name (default afirgen@HOST)"),
) -> None:
    """Run a Celery worker: sessions' steps and background tasks (email, reports, ...)."""
    settings = _celery_settings()
    from afirgen.worker import create_worker_app

    app = create_worker_app(settings)
    name = hostname or f"afirgen-{uuid.uuid4().hex[:6]}@{socket.gethostname()}"
    app.worker_main(
        [
            "worker",
            f"--concurrency={concurrency}",
            f"--pool={pool}",
            f"--queues={queues}",
            f"--loglevel={loglevel}",
            f"--hostname={name}",
            "--without-gossip",
            "--without-mingle",
        ]
    )


def beat(loglevel: str = typer.Option("INFO", help="Celery's log level")) -> None:
    """Run the scheduler: clean-up, overdue-review notices and dashboard refresh."""
    settings = _celery_settings()
    from afirgen.worker import create_worker_app

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    create_worker_app(settings).start(["beat", f"--loglevel={loglevel}"])


def cleanup() -> None:
    """Run the clean-up now, in this process, recorded like any other task."""
    settings = get_settings()
    with result_stdout(settings) as out:
        if settings.is_sqlite:
            upgrade(settings.resolved_database_url)
        outcome = asyncio.run(_cleanup(settings))
        write_json(out, outcome)
    if outcome.get("state") != "success":
        raise typer.Exit(1)


async def _cleanup(settings: Settings) -> dict[str, Any]:
    from afirgen.tasks import open_tasks
    from afirgen.tasks.names import CLEANUP_TASK

    async with open_tasks(settings) as tasks:
        task_id = str(uuid.uuid4())
        outcome = await tasks.runner.execute(task_id, CLEANUP_TASK, {})
    return {"task_id": task_id, "state": outcome.state, **(outcome.result or {})}

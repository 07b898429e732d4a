"""Start `afirgen serve` on loopback for a benchmark, and make an officer's key for it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx


def server_env(mysql: bool, **extra: str) -> dict[str, str]:
    """The server's environment: quiet, no model, no rate limit in the way; MariaDB + Redis
    (``AFIRGEN_TEST_MYSQL_URL`` / ``_REDIS_URL``) with ``mysql``, else the embedded default."""
    env = os.environ | {
        "AFIRGEN_ENVIRONMENT": "test",
        "AFIRGEN_LLM_BACKEND": "none",
        "AFIRGEN_LOG_LEVEL": "ERROR",
        "AFIRGEN_RATE_LIMIT_PER_MINUTE": "100000",
    }
    if mysql:
        env |= {
            "AFIRGEN_DATABASE_URL": os.environ.get(
                "AFIRGEN_TEST_MYSQL_URL", "mysql+asyncmy://root@127.0.0.1:3306/afirgen_bench"
            ),
            "AFIRGEN_REDIS_URL": os.environ.get(
                "AFIRGEN_TEST_REDIS_URL", "redis://127.0.0.1:6379/14"
            ),
        }
    return env | extra


def stack_name(mysql: bool) -> str:
    return "MariaDB + Redis" if mysql else "SQLite + in-process cache"


def start_server(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """``afirgen serve`` on 127.0.0.1:``port``, once ``/health`` answers."""
    try:
        httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
    except httpx.HTTPError:
        pass  # free, as it should be
    else:
        raise SystemExit(f"something already answers on port {port}: not measuring it")
    server = subprocess.Popen(
        [sys.executable, "-m", "afirgen", "serve", "--port", str(port)], env=env
    )
    for _ in range(150):
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def create_key(env: dict[str, str], officer: str) -> str:
    """A station, an officer and their key (station and officer may exist from a last run)."""

    def afirgen(*args: str, check: bool = True) -> str:
        command = [sys.executable, "-m", "afirgen", *args]
        done = subprocess.run(command, env=env, check=check, capture_output=True, text=True)
        return done.stdout

    afirgen("db", "upgrade")
    station = ["--name", "Kotwali", "--district", "Jaipur", "--state", "Rajasthan"]
    afirgen("station", "add", "BENCH-1", *station, check=False)
    details = ["--station", "BENCH-1", "--role", "sho", "--name", "Bench Officer"]
    afirgen("officer", "add", officer, *details, check=False)
    return afirgen("apikey", "create", "--officer", officer).strip().splitlines()[-1]

"""GET /fir/{n} and GET /firs under 64 concurrent clients against a real server.

    python bench/read_load.py [--mysql] [--seconds 20] [--clients 64]

Seeds 500 FIRs, starts `afirgen serve` in a subprocess (SQLite + in-process
cache by default; MariaDB + Redis with --mysql), then drives a read mix of 90%
single FIRs (a hot set, as a station's open cases are) and 10% list pages.
`--driver wrk` drives the load with wrk (Debian package) instead of Python
clients, so the load generator takes less of the 2 cores from the server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.api.test_numbering import approved_draft
from tests.conftest import reset_database
from tests.factories import actor_for, officer_key

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from bench.common import describe, machine

PORT = 8765


async def seed(settings: Settings, count: int) -> tuple[list[str], str]:
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    services = build_services(settings)
    await reset_database(services)
    numbers = []
    key = await officer_key(services, "bench", "sho")
    sho = await actor_for(services, key)
    for _ in range(count):
        async with services.database.transaction() as db:
            numbers.append(
                await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)
            )
    await services.close()
    return numbers, key


async def drive(numbers: list[str], key: str, seconds: float, clients: int) -> None:
    hot = numbers[:50]
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{PORT}", headers={"X-API-Key": key}, limits=limits
    ) as http:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                url = (
                    "/api/v1/firs?limit=20"
                    if random.random() < 0.1
                    else (f"/api/v1/fir/{random.choice(hot)}")
                )
                started = time.perf_counter()
                response = await http.get(url)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += response.status_code != 200

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - began
        metrics = (await http.get("/metrics")).text
    hits = _metric(metrics, 'afirgen_cache_operations_total{operation="get",result="hit"}')
    misses = _metric(metrics, 'afirgen_cache_operations_total{operation="get",result="miss"}')
    print(
        f"  {len(latencies)} requests in {elapsed:.1f} s = {len(latencies) / elapsed:.0f} req/s, "
        f"errors {errors}"
    )
    print(f"  latency {describe(latencies)}")
    rate = hits / max(1, hits + misses)
    print(f"  cache hit rate {rate:.1%} (hits {hits:.0f}, misses {misses:.0f})")


WRK_SCRIPT = """
local hot = {%s}
LIST_SHARE = tonumber(os.getenv("LIST_SHARE") or "0.1")
wrk.headers["X-API-Key"] = "%s"
request = function()
  if math.random() < LIST_SHARE then return wrk.format("GET", "/api/v1/firs?limit=20") end
  return wrk.format("GET", "/api/v1/fir/" .. hot[math.random(#hot)])
end
done = function(summary, latency, requests)
  io.write(string.format("  %%d requests in %%.1f s = %%.0f req/s, errors %%d\\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
  io.write(string.format("  latency p50 %%.1f ms, p95 %%.1f ms, p99 %%.1f ms, mean %%.1f ms\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.mean / 1000))
end
"""


def drive_wrk(numbers: list[str], key: str, seconds: float, clients: int) -> None:
    script = Path(tempfile.mkdtemp()) / "mix.lua"
    script.write_text(WRK_SCRIPT % (", ".join(f'"{n}"' for n in numbers[:50]), key))
    command = ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "-s", str(script)]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{PORT}"], capture_output=True, text=True, check=True
    ).stdout
    print("\n".join(line for line in output.splitlines() if line.startswith("  ")))
    metrics = httpx.get(f"http://127.0.0.1:{PORT}/metrics", headers={"X-API-Key": key}).text
    hits = _metric(metrics, 'afirgen_cache_operations_total{operation="get",result="hit"}')
    misses = _metric(metrics, 'afirgen_cache_operations_total{operation="get",result="miss"}')
    print(f"  cache hit rate {hits / max(1, hits + misses):.1%}")


def _metric(text: str, name: str) -> float:
    match = re.search(re.escape(name) + r" ([0-9.e+]+)", text)
    return float(match.group(1)) if match else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", action="store_true")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--driver", choices=["python", "wrk"], default="python")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    env = {
        "AFIRGEN_ENVIRONMENT": "test",
        "AFIRGEN_LLM_BACKEND": "none",
        "AFIRGEN_LOG_LEVEL": "ERROR",
        "AFIRGEN_RATE_LIMIT_PER_MINUTE": "100000000",
        "AFIRGEN_DATA_DIR": tempfile.mkdtemp(),
    }
    if args.mysql:
        env |= {
            "AFIRGEN_DATABASE_URL": "mysql+asyncmy://root@127.0.0.1:3306/afirgen_bench",
            "AFIRGEN_REDIS_URL": "redis://127.0.0.1:6379/14",
        }
    os.environ.update(env)
    numbers, key = asyncio.run(seed(Settings(), 500))
    print(f"{machine()}; {'MariaDB + Redis' if args.mysql else 'SQLite + in-process cache'}")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "afirgen",
            "serve",
            "--port",
            str(PORT),
            "--workers",
            str(args.workers),
        ],
        env=os.environ.copy(),
    )
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{PORT}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        print(f"  driver {args.driver}, {args.clients} clients, {args.workers} server worker(s)")
        if args.driver == "wrk" and shutil.which("wrk"):
            drive_wrk(numbers, key, args.seconds, args.clients)
        else:
            asyncio.run(drive(numbers, key, args.seconds, args.clients))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()

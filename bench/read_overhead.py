"""A cached, authenticated ``GET /api/v1/fir/{n}`` against a bare FastAPI endpoint.

    python bench/read_overhead.py [--mysql] [--seconds 20] [--rounds 4] [--clients 8]

Registers one FIR drafted by the real pipeline from the longest complaint in
``eval/dev/fields.jsonl`` that form IF-1 accepts, then starts two servers on
loopback with the same uvicorn settings: ``afirgen serve`` and a bare FastAPI app whose one endpoint
returns a JSON body of the same size (``bench/bare_app.py``). Each is warmed,
then driven by ``wrk`` (or Python clients without it) in alternating rounds of
the same length, so load from elsewhere on the machine falls on both alike; the
script prints both mean rates and their ratio, and each server's CPU time per
answered request (from ``/proc``, so other load on the machine does not count;
Linux only). Both servers are stopped on exit,
and every wait is bounded. ``--profile FILE`` runs the API under cProfile
and prints its top functions by own time (the rates then include the profiler).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pstats
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import reset_database
from tests.factories import actor_for, officer_key

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.domain import STEPS, SessionData, Source
from afirgen.infrastructure.migrate import upgrade
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from afirgen.services.fir_service import missing_items
from bench.common import machine

ROOT = Path(__file__).resolve().parents[1]
APP_PORT, BARE_PORT = 8771, 8772
WRK_SCRIPT = 'wrk.headers["X-API-Key"] = "%s"\n'


async def seed(settings: Settings) -> tuple[str, str]:
    """One FIR as an officer would register it, and an API key."""
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    services = build_services(settings)
    await reset_database(services)
    texts = [json.loads(line)["text"] for line in (ROOT / "eval/dev/fields.jsonl").open()]
    deps = PipelineDeps(llm=None, compute=services.compute, cache=services.cache)
    for text in sorted(texts, key=len, reverse=True):  # the longest one form IF-1 accepts
        data = SessionData(
            source=Source(text=text),
            reported_at=datetime.now(UTC),
            station="Lajpat Nagar",
            district="South Delhi",
        )
        for step in STEPS:
            await run_stage(step, data, deps)
        if not missing_items(data) and (data.identification or {}).get("sections"):
            break
    key = await officer_key(services, "bench", "sho")
    actor = await actor_for(services, key)
    async with services.database.transaction() as db:
        number = await services.firs.register(db, str(uuid.uuid4()), data, actor)
    await services.close()
    return number, key


def bench_environment(mysql: bool) -> None:
    """The servers' settings: no model, no log lines, no rate limit in the way."""
    os.environ.update(
        {
            "AFIRGEN_ENVIRONMENT": "test",
            "AFIRGEN_LLM_BACKEND": "none",
            "AFIRGEN_LOG_LEVEL": "ERROR",
            "AFIRGEN_RATE_LIMIT_PER_MINUTE": "100000000",
            "AFIRGEN_DATA_DIR": tempfile.mkdtemp(),
        }
    )
    if mysql:
        os.environ["AFIRGEN_DATABASE_URL"] = "mysql+asyncmy://root@127.0.0.1:3306/afirgen_bench"
        os.environ["AFIRGEN_REDIS_URL"] = "redis://127.0.0.1:6379/14"


def start(command: list[str], port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(command, env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"server on port {port} did not answer within 60 s")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far (``/proc``; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(url: str, key: str, seconds: float, clients: int) -> tuple[float, int]:
    """Requests per second over ``seconds`` and how many were answered, every one a 200."""
    if shutil.which("wrk"):
        script = Path(tempfile.mkdtemp()) / "key.lua"
        script.write_text(WRK_SCRIPT % key)
        command = ["wrk", "-t1", f"-c{clients}", f"-d{int(seconds)}s", "-s", str(script), url]
        out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30).stdout
        answered = re.search(r"(\d+) requests in", out)
        if "Non-2xx" in out or answered is None:
            raise SystemExit(f"errors while driving {url}:\n{out}")
        return float(out.split("Requests/sec:")[1].split()[0]), int(answered[1])
    return asyncio.run(_python_load(url, key, seconds, clients))


async def _python_load(url: str, key: str, seconds: float, clients: int) -> tuple[float, int]:
    done = 0
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(headers={"X-API-Key": key}, timeout=10) as http:

        async def worker() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                (await http.get(url)).raise_for_status()
                done += 1

        await asyncio.gather(*(worker() for _ in range(clients)))
    return done / seconds, done


def measured_round(
    server: subprocess.Popen[bytes], url: str, key: str, seconds: float, clients: int
) -> tuple[float, float]:
    """One round's rate and the server's CPU microseconds per answered request."""
    before = cpu_seconds(server.pid)
    rate, answered = load(url, key, seconds, clients)
    return rate, (cpu_seconds(server.pid) - before) / max(answered, 1) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", action="store_true")
    parser.add_argument("--seconds", type=float, default=20, help="per server, all rounds")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the two servers")
    parser.add_argument("--profile", metavar="FILE", help="run the API under cProfile, write FILE")
    args = parser.parse_args()
    bench_environment(args.mysql)
    number, key = asyncio.run(seed(Settings()))
    storage = "MariaDB + Redis" if args.mysql else "SQLite + in-process cache"
    print(f"{machine()}; {storage}; {args.clients} clients, {args.seconds:.0f} s each")
    print(f"  rounds {args.rounds}; load average before: {os.getloadavg()[0]:.1f}")
    profile = ["-m", "cProfile", "-o", args.profile] if args.profile else []
    app_cmd = [sys.executable, *profile, "-m", "afirgen", "serve", "--port", str(APP_PORT)]
    app = start(app_cmd, APP_PORT)
    bare = None
    try:
        fir_url = f"http://127.0.0.1:{APP_PORT}/api/v1/fir/{number}"
        body = httpx.get(fir_url, headers={"X-API-Key": key}, timeout=10).content
        body_file = Path(tempfile.mkdtemp()) / "body.json"
        body_file.write_bytes(body)
        os.environ["BENCH_BODY_FILE"] = str(body_file)
        bare_cmd = [sys.executable, "-m", "uvicorn", "bench.bare_app:create_bare_app"]
        bare_cmd += ["--factory", "--port", str(BARE_PORT), "--log-level", "warning"]
        bare = start(bare_cmd, BARE_PORT)
        bare_url = f"http://127.0.0.1:{BARE_PORT}/body"
        print(f"  FIR {number}: {len(body)} bytes of JSON")
        for url in (fir_url, bare_url):  # warm both before measuring
            load(url, key, 2, args.clients)
        app_rounds, bare_rounds = [], []
        seconds = args.seconds / args.rounds
        for _ in range(args.rounds):  # interleaved, so a busy moment hits both alike
            app_rounds.append(measured_round(app, fir_url, key, seconds, args.clients))
            bare_rounds.append(measured_round(bare, bare_url, key, seconds, args.clients))
        app_rates, app_cpu = zip(*app_rounds, strict=True)
        bare_rates, bare_cpu = zip(*bare_rounds, strict=True)
        app_rate, bare_rate = statistics.fmean(app_rates), statistics.fmean(bare_rates)
    finally:
        for server in (app, bare):
            if server is not None:  # SIGINT: uvicorn re-raises it, and cProfile still writes
                server.send_signal(signal.SIGINT)
                server.wait(10)
    print(f"  cached authenticated GET /api/v1/fir/{{n}}: {app_rate:.0f} req/s")
    print(f"  bare FastAPI endpoint, same body size:   {bare_rate:.0f} req/s")
    print(
        f"  per round: app {[round(r) for r in app_rates]}, bare {[round(r) for r in bare_rates]}"
    )
    print(f"  ratio {app_rate / bare_rate:.2f} (aim: at least 0.50)")
    app_us, bare_us = statistics.fmean(app_cpu), statistics.fmean(bare_cpu)
    print(
        f"  server CPU per request: app {app_us:.0f} us, bare {bare_us:.0f} us,"
        f" ratio {bare_us / app_us:.2f} (per round: app {[round(c) for c in app_cpu]},"
        f" bare {[round(c) for c in bare_cpu]})"
    )
    if args.profile:
        pstats.Stats(args.profile).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()

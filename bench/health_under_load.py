"""How fast `/health` answers while heavy complaints are processed (issue 12, item 6).

    python bench/health_under_load.py [--chars 50000] [--seconds 20] [--mysql]
                                      [--compute processes threads]

For each way of running CPU-heavy stages named in ``--compute``
(``AFIRGEN_COMPUTE_MODE``: 2 worker processes, or 2 threads of the API
process, ``AFIRGEN_COMPUTE_WORKERS``), starts `afirgen serve` on 127.0.0.1 and, for ``--seconds``:
four clients post ``--chars``-character texts to ``/kb/identify`` one after
another, four more walk ``--chars``-character complaints through the pipeline
(summary and fields, sections, narrative), and a prober times ``GET /health``
every 20 ms. The same prober first runs for 3 s on the idle server: the
baseline. Prints /health p50/p99/max under load against that baseline, and
the heavy work done (identifications and pipeline steps), so a mode that kept
/health fast by doing less is visible. The prober runs in a process of its own,
apart from the load clients. Loopback only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import THEFT, machine, percentile
from bench.live_server import create_key, server_env, stack_name, start_server

PORT = 8793
BASE = f"http://127.0.0.1:{PORT}"
MODES = ("processes", "threads")
PIPELINE_STEPS = ("transcript_review", "summary_review", "violations_review", "narrative_review")


def heavy_text(chars: int, marker: str) -> str:
    """``chars`` characters of complaint; the marker keeps the sections cache cold."""
    head, body = f"Complaint {marker}. ", f"{THEFT} "
    return (head + body * (chars // len(body) + 1))[:chars]


class Load:
    def __init__(self, seconds: float) -> None:
        self.until = time.monotonic() + seconds
        self.identified = 0
        self.steps = 0
        self.refused: list[str] = []

    @property
    def running(self) -> bool:
        return time.monotonic() < self.until


async def identify_loop(http: httpx.AsyncClient, load: Load, chars: int, name: str) -> None:
    round_ = 0
    while load.running:
        round_ += 1
        body = {"text": heavy_text(chars, f"{name}-{round_}")}
        response = await http.post("/api/v1/kb/identify", json=body)
        if response.status_code != 200:
            load.refused.append(f"identify {response.status_code} {response.text[:100]}")
            return
        load.identified += 1


async def pipeline_loop(http: httpx.AsyncClient, load: Load, chars: int, name: str) -> None:
    round_ = 0
    while load.running:
        round_ += 1
        text = heavy_text(chars, f"{name}-{round_}")
        started = await http.post("/api/v1/process", data={"text": text})
        if started.status_code != 202:
            load.refused.append(f"process {started.status_code} {started.text[:100]}")
            return
        await walk(http, load, started.json()["session_id"])


async def walk(http: httpx.AsyncClient, load: Load, session_id: str) -> None:
    """Approve each step as it becomes ready, while the load lasts."""
    for step in PIPELINE_STEPS:
        while load.running:
            status = (await http.get(f"/api/v1/session/{session_id}/status")).json()
            if status["status"] == "failed":
                load.refused.append(f"session failed: {status['error']}")
                return
            if status["status"] == "awaiting_validation" and status["current_step"] == step:
                break
            await asyncio.sleep(0.1)
        else:
            return
        load.steps += 1
        decision = {"session_id": session_id, "approved": True, "step": step}
        await http.post("/api/v1/validate", json=decision | {"version": status["version"]})


async def probe_health(seconds: float) -> list[float]:
    latencies: list[float] = []
    async with httpx.AsyncClient(base_url=BASE, timeout=60) as http:
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            started = time.perf_counter()
            response = await http.get("/health")
            latencies.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text
            await asyncio.sleep(0.02)
    return latencies


def probe_apart(seconds: float) -> list[float]:
    """The prober in a process of its own: the load clients' parsing of large answers must
    not delay its clock."""
    return asyncio.run(probe_health(seconds))


async def measure(key: str, chars: int, seconds: float) -> tuple[list[float], list[float], Load]:
    prober = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    loop = asyncio.get_running_loop()
    idle = await loop.run_in_executor(prober, probe_apart, 3)
    load = Load(seconds)
    limits = httpx.Limits(max_connections=16)
    async with httpx.AsyncClient(
        base_url=BASE, headers={"X-API-Key": key}, timeout=600, limits=limits
    ) as http:
        work: list[Any] = [identify_loop(http, load, chars, f"i{n}") for n in range(4)]
        work += [pipeline_loop(http, load, chars, f"p{n}") for n in range(4)]
        probes = loop.run_in_executor(prober, probe_apart, seconds)
        busy, *_ = await asyncio.gather(probes, *work)
    prober.shutdown()
    return idle, busy, load


def summary(values: list[float]) -> str:
    return (
        f"{len(values)} probes, p50 {percentile(values, 50):.1f} ms, "
        f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms"
    )


def run_mode(base_env: dict[str, str], mode: str, chars: int, seconds: float) -> None:
    env = base_env | {
        "AFIRGEN_COMPUTE_MODE": mode,
        "AFIRGEN_DATA_DIR": tempfile.mkdtemp(prefix="afirgen-health-"),
    }
    key = create_key(env, "bench-health")
    server = start_server(env, PORT)
    try:
        idle, busy, load = asyncio.run(measure(key, chars, seconds))
    finally:
        server.terminate()
        server.wait(30)
    print(f"  {mode}: /health idle {summary(idle)}")
    print(f"  {mode}: /health under load {summary(busy)}")
    ratio = percentile(busy, 99) / percentile(idle, 99)
    print(
        f"  {mode}: p99 under load / idle {ratio:.1f}x; heavy work done in {seconds:g} s: "
        f"{load.identified} identifications, {load.steps} pipeline steps"
    )
    for line in load.refused[:5]:
        print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--mysql", action="store_true")
    parser.add_argument("--compute", nargs="+", choices=sorted(MODES), default=list(MODES))
    args = parser.parse_args()
    env = server_env(
        args.mysql,
        AFIRGEN_MAX_TEXT_CHARS=str(max(args.chars, 50_000)),
        AFIRGEN_MAX_JSON_BODY_KB=str(max(1024, args.chars * 4 // 1024 + 64)),
    )
    stack = stack_name(args.mysql)
    print(f"{machine()}; {stack}; {args.chars:,}-character texts, {args.seconds:g} s of load")
    for mode in args.compute:
        run_mode(env, mode, args.chars, args.seconds)


if __name__ == "__main__":
    main()

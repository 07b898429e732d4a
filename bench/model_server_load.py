"""The model server under load: concurrent transcriptions and OCR requests.

    python eval/media/make_speech_set.py && python eval/media/make_ocr_set.py   # once
    python bench/model_server_load.py [--concurrency 16] [--requests 64]

Starts ``afirgen model-server`` on a free loopback port, then sends
``--requests`` of each kind, ``--concurrency`` at a time per kind (both kinds at
once): throughput, latency p50/p95 and every status seen. A second round with
a waiting room of 2 shows the deliberate 503 + Retry-After of a saturated model.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import machine, percentile

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "eval" / "media" / "generated"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(port: int, queue: int) -> subprocess.Popen[bytes]:
    env = os.environ | {"AFIRGEN_MODEL_SERVER_QUEUE": str(queue), "AFIRGEN_LOG_LEVEL": "ERROR"}
    command = [sys.executable, "-m", "afirgen", "model-server", "--port", str(port)]
    return subprocess.Popen(command, env=env, cwd=ROOT)


async def wait_ready(client: httpx.AsyncClient) -> None:
    for _ in range(300):
        try:
            if (await client.get("/health")).is_success:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise SystemExit("the model server did not start")


def payloads() -> dict[str, list[tuple[str, bytes]]]:
    speech = [json.loads(line) for line in (GENERATED / "speech" / "manifest.jsonl").open()]
    pages = [json.loads(line) for line in (GENERATED / "ocr" / "manifest.jsonl").open()]
    return {
        "asr": [(r["path"], (GENERATED / "speech" / r["path"]).read_bytes()) for r in speech],
        "ocr": [(r["path"], (GENERATED / "ocr" / r["path"]).read_bytes()) for r in pages],
    }


async def one(client: httpx.AsyncClient, kind: str, name: str, content: bytes) -> tuple[int, float]:
    url = "/v1/audio/transcriptions" if kind == "asr" else "/v1/ocr"
    started = time.perf_counter()
    response = await client.post(url, files={"file": (name, content)})
    return response.status_code, time.perf_counter() - started


async def load(
    client: httpx.AsyncClient,
    kind: str,
    items: list[tuple[str, bytes]],
    requests: int,
    concurrency: int,
) -> tuple[list[tuple[int, float]], float]:
    gate = asyncio.Semaphore(concurrency)

    async def bounded(index: int) -> tuple[int, float]:
        async with gate:
            name, content = items[index % len(items)]
            return await one(client, kind, name, content)

    started = time.perf_counter()
    results = await asyncio.gather(*(bounded(i) for i in range(requests)))
    return list(results), time.perf_counter() - started


def report(kind: str, results: list[tuple[int, float]], elapsed: float) -> None:
    ok = [seconds for status, seconds in results if status == 200]
    statuses = dict(Counter(status for status, _ in results))
    print(
        f"  {kind}: {len(results)} requests in {elapsed:.1f} s, "
        f"{len(ok) / elapsed:.2f} ok/s, p50 {percentile(ok, 50):.2f} s, "
        f"p95 {percentile(ok, 95):.2f} s, statuses {statuses}"
    )


async def round_(port: int, queue: int, requests: int, concurrency: int) -> None:
    server = start_server(port, queue)
    try:
        timeout = httpx.Timeout(600.0, connect=5.0)
        limits = httpx.Limits(max_connections=4 * concurrency)
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", timeout=timeout, limits=limits
        ) as client:
            await wait_ready(client)
            data = payloads()
            for kind in ("asr", "ocr"):  # load each model once before timing
                await one(client, kind, *data[kind][0])
            print(f"queue {queue} per model, {concurrency} concurrent per kind:")
            runs = await asyncio.gather(
                *(load(client, k, data[k], requests, concurrency) for k in ("asr", "ocr"))
            )
            for kind, (results, elapsed) in zip(("asr", "ocr"), runs, strict=True):
                report(kind, results, elapsed)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--requests", type=int, default=32)
    args = parser.parse_args()
    print(machine())
    asyncio.run(round_(free_port(), 16, args.requests, args.concurrency))
    asyncio.run(round_(free_port(), 2, args.requests // 2, args.concurrency))


if __name__ == "__main__":
    main()

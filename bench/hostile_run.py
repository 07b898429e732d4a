"""A bounded counting run of hostile input and review races against a real server.

    python bench/hostile_run.py [--mysql] [--rounds 3]
    python bench/hostile_run.py --redis-outages 4 [--rounds 2]

Starts `afirgen serve` on 127.0.0.1 (SQLite + in-process cache by default;
MariaDB + Redis with --mysql) and sends, a fixed number of times each: the
hostile cases of issue 12 (expecting a JSON 4xx), validate-then-read pairs
(the read must show the step just approved), edited walkthroughs (every edit
must reach the registered FIR; then 20 concurrent corrections of its content on
one ETag, the refused ones retried on the new one, every one in the history)
and hostile uploads while /health is timed.
Prints requests sent, 5xx seen, edits lost, sessions stalled and /health p99.
Loopback only; every loop is bounded.

``--redis-outages N`` (MariaDB, with a redis-server of the run's own on a free
port): the walkthroughs and correction races run while that Redis is stopped
(``SHUTDOWN SAVE``) for 3 s and started again on its dump N times. The client
acts on 503 ``Retry-After`` as a real one would (waits and sends again); a 503
that says so is counted apart, any other 5xx as an error, and every edit and
correction must still reach the FIR, no read straight after a decision may show
the step before it, and no session may stall.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile.own_redis import OwnRedis

from bench.common import THEFT, machine, percentile
from bench.live_server import create_key, server_env, stack_name, start_server

PORT = 8766
BASE = f"http://127.0.0.1:{PORT}"


class Tally:
    def __init__(self) -> None:
        self.sent = 0
        self.server_errors: list[str] = []
        self.unexpected: list[str] = []
        self.lost_edits = 0
        self.corrections = 0
        self.stale_reads = 0
        self.stalled = 0
        self.closed_early = 0
        self.honour_retry_after = False  # a 503 with Retry-After: wait and send again
        self.deferred = 0

    async def call(
        self, http: httpx.AsyncClient, method: str, url: str, **kw: Any
    ) -> httpx.Response:
        for _ in range(60):
            self.sent += 1
            response = await http.request(method, url, **kw)
            retry_after = response.headers.get("retry-after")
            if not (self.honour_retry_after and response.status_code == 503 and retry_after):
                break
            self.deferred += 1
            await asyncio.sleep(float(retry_after))
        if response.status_code >= 500:
            self.server_errors.append(f"{method} {url} -> {response.status_code}")
        return response


def cursor(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def strip_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (100, 20_000), 255).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def giant_pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
        b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 7200 7200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


HOSTILE: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/api/v1/firs", {"params": {"cursor": cursor('["2025-01-01T00:00:00", 1e300]')}}),
    ("GET", "/api/v1/firs", {"params": {"cursor": cursor('["2025-01-01T00:00:00", Infinity]')}}),
    ("GET", "/api/v1/firs", {"params": {"cursor": cursor('["2025-01-01", 9223372036854775808]')}}),
    ("GET", "/api/v1/firs", {"params": {"created_to": "9999-12-31"}}),
    ("POST", "/api/v1/process", {"json": {"text": "my phone was stolen"}}),
    ("POST", "/api/v1/process", {"data": {"text": "a"}}),
    (
        "POST",
        "/api/v1/process",
        {
            "content": b'--b\r\nContent-Disposition: form-data; name="text"'
            b"\r\n\r\n\xe0\xa4\xff\r\n--b--\r\n",
            "headers": {"content-type": "multipart/form-data; boundary=b"},
        },
    ),
    (
        "POST",
        "/api/v1/validate",
        {
            "content": b'{"session_id": "x", "approved": true, "user_input": "\\ud800"}',
            "headers": {"content-type": "application/json"},
        },
    ),
    (
        "POST",
        "/api/v1/validate",
        {"json": {"session_id": "x", "approved": True, "user_input": "च" * 2_000_000}},
    ),
    ("POST", "/api/v1/kb/identify", {"json": {"text": ""}}),
    ("GET", "/api/v1/fir/FIR-2025-99999999", {}),
]


async def hostile_cases(http: httpx.AsyncClient, tally: Tally, rounds: int) -> None:
    for _ in range(rounds):
        for method, url, kw in HOSTILE:
            try:
                response = await tally.call(http, method, url, **kw)
            except httpx.TransportError:  # 413 sent and closed before the body was read
                tally.closed_early += 1
                continue
            if not 400 <= response.status_code < 500:
                tally.unexpected.append(f"{method} {url} -> {response.status_code}")


async def wait_step(
    http: httpx.AsyncClient, tally: Tally, sid: str, step: str
) -> dict[str, Any] | None:
    """The session's status once it awaits review at ``step`` (None if it failed or stalled)."""
    for _ in range(600):  # 60 s
        body: dict[str, Any] = (
            await tally.call(http, "GET", f"/api/v1/session/{sid}/status")
        ).json()
        if body["status"] == "awaiting_validation" and body["current_step"] == step:
            return body
        if body["status"] == "failed":
            return None
        await asyncio.sleep(0.1)
    tally.stalled += 1
    return None


async def edited_walkthrough(http: httpx.AsyncClient, tally: Tally, marker: str) -> None:
    """Approve each step with an edit, read status straight after, check the FIR kept them."""
    started = await tally.call(http, "POST", "/api/v1/process", data={"text": THEFT})
    sid = started.json()["session_id"]
    edits = {
        "transcript_review": f"{THEFT} Transcript {marker}.",
        "summary_review": {"summary": f"Gold chain snatched ({marker})."},
        "violations_review": None,
        "narrative_review": f"Narrative {marker}: two men snatched the chain near the market.",
        "final_review": {"delay_reason": f"reported next morning ({marker})"},
    }
    number = None
    for step, edit in edits.items():
        status = await wait_step(http, tally, sid, step)
        if status is None:
            return
        body = {"session_id": sid, "approved": True, "user_input": edit}
        body |= {"step": step, "version": status["version"]}
        answer = await tally.call(http, "POST", "/api/v1/validate", json=body)
        if answer.status_code != 200:
            tally.unexpected.append(f"validate {step} -> {answer.status_code} {answer.text[:80]}")
            return
        after = (await tally.call(http, "GET", f"/api/v1/session/{sid}/status")).json()
        if after["current_step"] == step and after["status"] == "awaiting_validation":
            tally.stale_reads += 1  # the read did not see the approval just made
        number = answer.json().get("fir_number") or number
    fir = (await tally.call(http, "GET", f"/api/v1/fir/{number}")).json()
    kept = [
        f"Narrative {marker}" in fir["fir_content"],
        marker in str(fir["fields"]),
        marker in fir["summary"],
    ]
    tally.lost_edits += kept.count(False)
    await corrections_race(http, tally, str(number), marker)


async def corrections_race(http: httpx.AsyncClient, tally: Tally, number: str, marker: str) -> None:
    """20 concurrent corrections of one version: one applied, 19 answered 412; each refused
    officer reads again and retries. Every correction must end up in the FIR's history."""
    url = f"/api/v1/fir/{number}"
    etag = (await tally.call(http, "GET", url)).headers.get("etag", "")
    texts = [f"Corrected {marker}.{n}: two men snatched the chain." for n in range(20)]
    answers = await asyncio.gather(
        *(
            tally.call(http, "PATCH", url, json={"fir_content": t}, headers={"If-Match": etag})
            for t in texts
        )
    )
    codes = sorted(a.status_code for a in answers)
    if codes != [200] + [412] * 19:
        tally.unexpected.append(f"20 corrections of one version -> {codes}")
    for text, answer in zip(texts, answers, strict=True):
        if answer.status_code == 412:
            fresh = (await tally.call(http, "GET", url)).headers.get("etag", "")
            headers = {"If-Match": fresh}
            await tally.call(http, "PATCH", url, json={"fir_content": text}, headers=headers)
    history = (await tally.call(http, "GET", url)).json()["status_history"]
    recorded = [c["after"] for entry in history for c in entry.get("changes", [])]
    tally.lost_edits += sum(1 for text in texts if text not in recorded)
    tally.corrections += len(texts)


async def health_during_uploads(http: httpx.AsyncClient, tally: Tally, uploads: int) -> list[float]:
    sessions = []
    for index in range(uploads):
        name, content = ("strip.png", strip_png()) if index % 2 == 0 else ("page.pdf", giant_pdf())
        response = await tally.call(
            http, "POST", "/api/v1/process", files={"file": (name, content)}
        )
        if response.status_code == 202:
            sessions.append(response.json()["session_id"])
    latencies: list[float] = []
    for _ in range(1200):  # at most ~2 minutes of probes
        started = time.perf_counter()
        await tally.call(http, "GET", "/health")
        latencies.append((time.perf_counter() - started) * 1000)
        states = [
            (await tally.call(http, "GET", f"/api/v1/session/{s}/status")).json()["status"]
            for s in sessions
        ]
        if "processing" not in states:
            break
        await asyncio.sleep(0.05)
    else:
        tally.stalled += sum(1 for s in states if s == "processing")
    return latencies


async def outages(redis: OwnRedis, count: int, down_s: float = 3.0, up_s: float = 4.0) -> None:
    for _ in range(count):
        await asyncio.sleep(up_s)
        await asyncio.to_thread(redis.stop)
        await asyncio.sleep(down_s)
        await asyncio.to_thread(redis.start)


async def run(key: str, rounds: int, redis: OwnRedis | None, outage_count: int) -> None:
    tally = Tally()
    async with httpx.AsyncClient(base_url=BASE, headers={"X-API-Key": key}, timeout=60) as http:
        if redis is None:
            await hostile_cases(http, tally, rounds)
            walks = [edited_walkthrough(http, tally, f"m{i}") for i in range(4 * rounds)]
            await asyncio.gather(*walks)
        else:
            tally.honour_retry_after = True
            walks = [edited_walkthrough(http, tally, f"m{i}") for i in range(4 * rounds)]
            await asyncio.gather(outages(redis, outage_count), *walks)
            print(f"  Redis stopped and started {outage_count} times (3 s down each)")
            print(f"  503 with Retry-After answered and sent again: {tally.deferred}")
        latencies = await health_during_uploads(http, tally, 2 * rounds)
    print(
        f"  requests sent {tally.sent}; 5xx {len(tally.server_errors)}; "
        f"unexpected answers {len(tally.unexpected)}; "
        f"closed before the body was read {tally.closed_early}"
    )
    print(
        f"  edits lost {tally.lost_edits} (walkthrough edits, and {tally.corrections} "
        "corrections made 20 at once on one ETag per FIR); "
        f"stale reads after validate {tally.stale_reads}; "
        f"sessions stalled {tally.stalled}"
    )
    print(
        f"  /health while hostile uploads were read: {len(latencies)} probes, "
        f"p50 {percentile(latencies, 50):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
        f"max {max(latencies):.1f} ms"
    )
    for line in (tally.server_errors + tally.unexpected)[:10]:
        print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--redis-outages", type=int, default=0, help="MariaDB + own Redis")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="afirgen-hostile-")
    redis = OwnRedis(Path(folder) / "redis") if args.redis_outages else None
    mysql = args.mysql or redis is not None
    extra = {"AFIRGEN_DATA_DIR": folder}
    if redis is not None:
        redis.start()
        extra["AFIRGEN_REDIS_URL"] = redis.url
    env = server_env(mysql, **extra)
    key = create_key(env, "bench-hostile")
    print(f"{machine()}; {stack_name(mysql)}{' (own Redis)' if redis else ''}")
    server = start_server(env, PORT)
    try:
        asyncio.run(run(key, args.rounds, redis, args.redis_outages))
    finally:
        server.terminate()
        server.wait(10)
        if redis is not None:
            redis.stop()


if __name__ == "__main__":
    main()

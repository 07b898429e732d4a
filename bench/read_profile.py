"""Where a cached, authenticated ``GET /api/v1/fir/{n}`` spends its time, start-up excluded.

    python bench/read_profile.py [--mysql] [--seconds 6] [--top 15]

Seeds the FIR of ``bench/read_overhead.py``, serves the app with uvicorn in this
process and drives it with ``wrk`` (8 connections); cProfile runs only while
``wrk`` does, so the profile holds the reads (and the audit flushes they cause),
not the import and model loading of start-up. Prints the server's CPU time per
read and the top functions by own time, in microseconds per read (cProfile's
overhead makes every figure two to three times its unprofiled cost; read them
as shares).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.config import Settings
from bench.read_overhead import WRK_SCRIPT, bench_environment, seed

PORT = 8773


async def drive(url: str, key: str, seconds: int) -> int:
    """Answered requests of one ``wrk`` run; every answer must be a 200."""
    script = Path(tempfile.mkdtemp()) / "key.lua"
    script.write_text(WRK_SCRIPT % key)
    command = ["wrk", "-t1", "-c8", f"-d{seconds}s", "-s", str(script), url]
    wrk = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE)
    out = (await asyncio.wait_for(wrk.communicate(), seconds + 30))[0].decode()
    if "Non-2xx" in out or " requests in " not in out:
        raise SystemExit(f"errors while driving {url}:\n{out}")
    return int(out.split(" requests in ")[0].split()[-1])


async def profile(seconds: int, top: int) -> None:
    number, key = await seed(Settings())
    from afirgen.main import create_app

    config = uvicorn.Config(create_app(), port=PORT, log_level="warning", server_header=False)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 (uvicorn's Server has a flag, no event)
        await asyncio.sleep(0.1)
    url = f"http://127.0.0.1:{PORT}/api/v1/fir/{number}"
    try:
        await drive(url, key, 2)  # warm: the FIR and the identity cached
        profiler = cProfile.Profile()
        started = time.process_time()
        profiler.enable()
        reads = await drive(url, key, seconds)
        profiler.disable()
        cpu = time.process_time() - started
    finally:
        server.should_exit = True
        await serving
    print(f"{reads} reads, {cpu / reads * 1e6:.0f} us of CPU per read (profiled)")
    rows = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    ranked = sorted(rows.items(), key=lambda row: row[1][2], reverse=True)
    for (file, line, name), (_, calls, own, cumulative, _) in ranked[:top]:
        where = file.split("site-packages/")[-1].split("src/")[-1]
        print(
            f"  {own / reads * 1e6:7.0f} us own {cumulative / reads * 1e6:8.0f} us cum"
            f"  {calls / reads:5.1f} calls  {where}:{line}({name})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", action="store_true")
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    bench_environment(args.mysql)
    asyncio.run(profile(args.seconds, args.top))


if __name__ == "__main__":
    main()

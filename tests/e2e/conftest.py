"""A live console for the browser tests: uvicorn on a free port of 127.0.0.1 over
SQLite (or MariaDB + Redis), driven by Debian's Chromium through Playwright.

Without ``/usr/bin/chromium`` (or Playwright) the tests skip, except under
CI=true, where they fail: install it with ``scripts/system-deps.sh``.
A failing test leaves a screenshot under ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import IN_CI, MYSQL_URL, REDIS_URL

CHROMIUM = os.environ.get("AFIRGEN_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def missing_browser() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (run: sh scripts/system-deps.sh as root)"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(backend: str, data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "AFIRGEN_ENVIRONMENT": "test",
        "AFIRGEN_DATA_DIR": str(data_dir),
        "AFIRGEN_LLM_BACKEND": "none",
        "AFIRGEN_LOG_LEVEL": "WARNING",
        "AFIRGEN_RATE_LIMIT_PER_MINUTE": "10000",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    for name in ("AFIRGEN_DATABASE_URL", "AFIRGEN_REDIS_URL"):
        env.pop(name, None)
    if backend == "mysql":
        env |= {"AFIRGEN_DATABASE_URL": MYSQL_URL, "AFIRGEN_REDIS_URL": REDIS_URL}
    return env


class LiveServer:
    def __init__(self, backend: str, data_dir: Path) -> None:
        self.env = server_env(backend, data_dir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"

    def start(self) -> None:
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.e2e.seed"], env=self.env, cwd=ROOT, capture_output=True
        )
        if seeded.returncode != 0:
            reason = seeded.stderr.decode()[-2000:]
            if "MariaDB" in reason or "Can't connect" in reason or "Connection refused" in reason:
                from tests.conftest import unreachable

                unreachable(f"MariaDB/Redis not reachable: {reason[-300:]}")
            raise AssertionError(f"seeding failed: {reason}")
        command = [sys.executable, "-m", "uvicorn", "--factory", "afirgen.main:create_app"]
        command += ["--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, env=self.env, cwd=ROOT, stdout=log, stderr=log)
        for _ in range(600):  # the knowledge base and indexes load first
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"server never answered: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = missing_browser()
    if reason:
        if IN_CI:
            pytest.fail(f"{reason} (CI=true: the browser tests must run)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def live_server(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(backend, tmp_path_factory.mktemp(f"console-{backend}"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from live_server("sqlite", tmp_path_factory)


@pytest.fixture(scope="module")
def mysql_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    if "mysql" not in os.environ.get("AFIRGEN_TEST_BACKENDS", "sqlite,mysql").split(","):
        pytest.skip("MariaDB not among AFIRGEN_TEST_BACKENDS")
    yield from live_server("mysql", tmp_path_factory)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        for page in getattr(item, "console_pages", []):
            ARTIFACTS.mkdir(exist_ok=True)
            name = f"{item.name}-{len(list(ARTIFACTS.iterdir()))}.png"
            try:
                page.screenshot(path=str(ARTIFACTS / name), full_page=True)
            except Exception as exc:  # the page may be gone with the failure
                print(f"no screenshot: {exc}")


@pytest.fixture
def new_page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Pages in fresh contexts (one officer each) at 1366x768; screenshots on failure."""
    contexts: list[Any] = []
    request.node.console_pages = []

    def open_page(**options: Any) -> Any:
        options.setdefault("viewport", {"width": 1366, "height": 768})
        context = browser.new_context(accept_downloads=True, **options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        request.node.console_pages.append(page)
        return page

    yield open_page
    for context in contexts:
        context.close()

"""Dashboard test fixtures: datasets, exported bundles, the built app, a served app, and
Debian's Chromium driven by Playwright (never `playwright install`: no downloads here).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from toolgen.export.dashboard import export_dashboard
from toolgen.records import Record
from toolgen.serve.app_build import build_app, is_built
from toolgen.serve.static import DashboardServer, make_server, serve_in_thread

from .fixtures import make_records, write_artifacts, write_dataset

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = REPO / "dashboard"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Served:
    url: str
    records: list[Record]
    server: DashboardServer


@pytest.fixture(scope="session")
def records() -> list[Record]:
    return make_records(60, xss=True)


@pytest.fixture(scope="session")
def artifacts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_artifacts(tmp_path_factory.mktemp("artifacts"))


@pytest.fixture(scope="session")
def dataset(tmp_path_factory: pytest.TempPathFactory, records: list[Record]) -> Path:
    return write_dataset(tmp_path_factory.mktemp("dataset") / "fixture.jsonl", records)


@pytest.fixture(scope="session")
def dashboard_dist() -> Path:
    """The built app; built here (npm ci && npm run build) when `make dashboard` did not."""
    if not is_built(DASHBOARD):
        if shutil.which("npm") is None:
            pytest.fail("dashboard/dist is missing and npm is not installed")
        build_app(DASHBOARD)
    return DASHBOARD / "dist"


def _serve(dist: Path, data: Path) -> Iterator[DashboardServer]:
    server = make_server(dist, data, port=0)
    thread = serve_in_thread(server)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def served(
    tmp_path_factory: pytest.TempPathFactory,
    dashboard_dist: Path,
    dataset: Path,
    artifacts_dir: Path,
    records: list[Record],
) -> Iterator[Served]:
    data = tmp_path_factory.mktemp("bundle")
    export_dashboard(dataset, data, artifacts_dir)
    for server in _serve(dashboard_dist, data):
        yield Served(server.url, records, server)


# Module scope, not session: Playwright's sync API keeps an asyncio loop running until it
# stops, and later test files on the same xdist worker call asyncio.run().
@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[BrowserContext]:
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium is missing: `make chromium` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="toolgen-chromium-")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1500, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def tab(chromium_browser: BrowserContext) -> Iterator[Page]:
    """A fresh tab that fails the test on any uncaught page error."""
    tab = chromium_browser.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    tab.close()
    assert not errors, f"uncaught page errors: {errors}"


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path

"""Shared pytest setup: the `--live` opt-in for real-provider tests, the fake LLM server,
and skipping browser tests (one line) where Playwright or Chromium is missing.

Browser tests need the `e2e` extra and Debian's Chromium; a plain `pip install ".[dev]"`
has neither, so their modules are skipped whole (a module that imports Playwright would
otherwise stop the collection). `make test` installs both and sets
`TOOLGEN_REQUIRE_BROWSER=1`, which turns the skip back into a failure.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from llm_server import FakeLLMServer

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER = "TOOLGEN_REQUIRE_BROWSER"


def browser_missing() -> str | None:
    """Why browser tests cannot run here, or None when they can (or are required)."""
    if os.environ.get(REQUIRE_BROWSER, "").strip() not in ("", "0"):
        return None
    if importlib.util.find_spec("playwright") is None:
        return "browser test: playwright is not installed (pip install '.[e2e]'; make test does)"
    if not CHROMIUM.exists():
        return "browser test: /usr/bin/chromium is missing (make chromium)"
    return None


class _SkippedModule(pytest.Module):
    """A browser test module that is not imported: collecting it reports one skip."""

    reason = ""

    def collect(self) -> list[pytest.Item | pytest.Collector]:
        raise pytest.skip.Exception(self.reason, allow_module_level=True)


def pytest_pycollect_makemodule(
    module_path: Path, parent: pytest.Collector
) -> pytest.Module | None:
    reason = browser_missing()
    if reason is None or "pytest.mark.browser" not in module_path.read_text(encoding="utf-8"):
        return None
    module = _SkippedModule.from_parent(parent, path=module_path)
    module.reason = f"{module_path.name}: {reason}"
    return module


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--live",
        action="store_true",
        default=False,
        help="run tests marked `live` against real LLM providers (needs API keys)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    no_browser = browser_missing()
    for item in items:
        if no_browser and item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.skip(reason=no_browser))
    if config.getoption("--live"):
        return
    skip = pytest.mark.skip(reason="talks to a real LLM provider; pass --live to run")
    for item in items:
        if item.get_closest_marker("live") is not None:  # not the tests/live package name
            item.add_marker(skip)


@pytest.fixture
def fake_llm_server() -> Iterator[FakeLLMServer]:
    """A fake OpenAI/Gemini server on 127.0.0.1 (smart replies unless a script is pushed)."""
    with FakeLLMServer() as server:
        yield server

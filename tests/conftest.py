"""Shared pytest setup: the `--live` opt-in for real-provider tests and the fake LLM server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llm_server import FakeLLMServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--live",
        action="store_true",
        default=False,
        help="run tests marked `live` against real LLM providers (needs API keys)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
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

"""The API key never appears in a log line, error, cache file, call record or config output."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from llm_server import FakeLLMServer, HTTPError, Text
from toolgen.llm.errors import LLMError
from toolgen.llm.retry import RetryPolicy
from toolgen.llm.runtime import CALLS_FILE, open_llm_runtime
from toolgen.llm.settings import LLMSettings, resolve_llm_settings

from .helpers import SECRET, ask


@pytest.mark.parametrize("provider", ["gemini", "openai"])
async def test_key_appears_nowhere(
    provider: str,
    fake_llm_server: FakeLLMServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    base_url = (
        fake_llm_server.gemini_base_url if provider == "gemini" else fake_llm_server.openai_base_url
    )
    settings = LLMSettings(
        provider=provider,
        base_url=base_url,
        gemini_api_key=SecretStr(SECRET),
        openai_api_key=SecretStr(SECRET),
        requests_per_minute=6000,
        cache_dir=tmp_path / "cache",
    )
    # Servers that echo the key back in error bodies must not leak it either.
    fake_llm_server.push(
        HTTPError(429, retry_after=0, message=f"quota for key {SECRET} exceeded"),
        Text(f"the key is {SECRET}"),
        HTTPError(401, message=f"invalid key {SECRET}"),
    )
    errors: list[str] = [repr(settings), str(settings)]
    async with open_llm_runtime(
        settings, run_dir=tmp_path / "run", retry=RetryPolicy(base_delay_s=0.01)
    ) as runtime:
        llm = runtime.for_role("planner")
        completion = await llm.complete(ask("one"))
        with pytest.raises(LLMError) as caught:
            await llm.complete(ask("two"))
        errors += [str(caught.value), repr(caught.value)]
    assert completion.text  # the reply itself is the model's business, not ours
    files = [*(tmp_path / "cache").rglob("*.json"), tmp_path / "run" / CALLS_FILE]
    assert files
    for path in files:
        assert SECRET not in path.read_text(), path
    for text in [*errors, caplog.text]:
        assert SECRET not in text
    # The key did reach the server, in the header only.
    first = fake_llm_server.requests[0]
    assert SECRET not in first.path
    header = "x-goog-api-key" if provider == "gemini" else "authorization"
    assert SECRET in first.headers[header]


def test_config_command_never_prints_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import typer

    from toolgen.cli.config import register

    app = typer.Typer()
    app.callback()(lambda: None)  # keep `config` a subcommand, as in the real app
    register(app)
    (tmp_path / ".env").write_text(f"GEMINI_API_KEY={SECRET}\nTOOLGEN_LIVE_PROFILE=compact\n")
    monkeypatch.setenv("OPENAI_API_KEY", SECRET + "-openai")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["config"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    assert "compact" in result.output
    assert "set (from .env)" in result.output
    assert "set (from environment)" in result.output
    assert "not found" not in result.output  # the project .env was read


def test_settings_errors_hide_secret_values() -> None:
    from toolgen.llm.settings import SettingsError

    with pytest.raises(SettingsError) as caught:
        resolve_llm_settings({"GEMINI_API_KEY": SECRET, "TOOLGEN_LLM_MAX_ATTEMPTS": "x"}, None)
    assert SECRET not in str(caught.value)

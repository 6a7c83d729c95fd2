"""The README's live recipe, word for word, against the fake Gemini server by base URL.

`cp .env.example .env`, the key set in `.env`, the README's exports in the shell, then
`toolgen generate -n 10 --seed 42 -o output/live_sample.jsonl`: requests reach the
server and the records are live. Also: which mode `generate` picks and why, and that the
spec's later exports beat a copied `.env.example`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from dotenv import dotenv_values

from llm_server import FakeLLMServer
from toolgen.io.jsonl import full_dict
from toolgen.llm.settings import decide_mode, resolve_llm_settings

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
KEY = "test-gemini-key-123456"
# The README's exports for the live sample (requests per minute raised: no quota here).
SPEC_EXPORTS = {
    "TOOLGEN_LLM_PROVIDER": "gemini",
    "TOOLGEN_GENERATION_MODEL": "gemini-3.1-flash-lite",
    "TOOLGEN_JUDGE_MODEL": "gemini-3.1-flash-lite",
    "TOOLGEN_RANDOMIZE_MODELS": "false",
    "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
    "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "2",
    "TOOLGEN_LLM_MAX_OUTPUT_TOKENS": "256",
}


def _shell(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TOOLGEN_", "GEMINI_", "OPENAI_"))}
    # The commands run in other directories: keep an import path (if any) absolute.
    paths = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.update({"COLUMNS": "200", "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"), **extra})
    return env


def _project(tmp: Path, key: str | None = KEY) -> Path:
    """A project directory after `cp .env.example .env` and, if given, the key set in it."""
    project = tmp / "project"
    project.mkdir()
    text = (REPO / ".env.example").read_text()
    if key is not None:
        text = text.replace("\nGEMINI_API_KEY=\n", f"\nGEMINI_API_KEY={key}\n")
    (project / ".env").write_text(text)
    return project


def _toolgen(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=240)


def _records(path: Path) -> list[dict[str, object]]:
    return [full_dict(orjson.loads(line)) for line in path.read_bytes().splitlines()]


def test_env_example_sets_nothing_but_a_blank_key() -> None:
    values = dotenv_values(REPO / ".env.example")
    assert values == {"GEMINI_API_KEY": ""}


def test_the_spec_exports_beat_a_copied_env_example(tmp_path: Path) -> None:
    project = _project(tmp_path)
    shell = {**SPEC_EXPORTS, "TOOLGEN_LIVE_PROFILE": "full",
             "TOOLGEN_REQUIRE_LIVE_LLM": "true", "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "10"}
    settings = resolve_llm_settings(shell, project / ".env")
    assert settings.live_profile == "full"
    assert settings.require_live_llm is True
    assert settings.requests_per_minute == 10
    assert settings.origin("live_profile") == "environment"
    assert settings.gemini_api_key is not None
    assert settings.origin("gemini_api_key") == ".env"
    assert decide_mode(settings).live


@pytest.mark.slow
def test_the_gemini_recipe_makes_requests_and_writes_live_records(tmp_path: Path) -> None:
    project = _project(tmp_path)
    with FakeLLMServer() as server:
        env = _shell(tmp_path, **SPEC_EXPORTS, TOOLGEN_LLM_BASE_URL=server.gemini_base_url)
        config = _toolgen(["config"], env, project)
        proc = _toolgen(["generate", "-n", "10", "--seed", "42", "-o",
                         "output/live_sample.jsonl"], env, project)
        requests = list(server.requests)
    assert config.returncode == 0, config.stderr
    assert "mode generate will use: live, because TOOLGEN_LLM_PROVIDER=gemini" in config.stdout
    assert proc.returncode == 0, proc.stderr
    assert requests, "no request reached the server"
    assert all(r.protocol == "gemini" for r in requests)
    assert {r.headers.get("x-goog-api-key") for r in requests} == {KEY}
    assert all("key=" not in r.path for r in requests)
    assert {r.model for r in requests} == {"gemini-3.1-flash-lite"}
    records = _records(project / "output" / "live_sample.jsonl")
    assert len(records) >= 8
    for record in records:
        md = record["metadata"]
        assert isinstance(md, dict)
        assert md["llm_mode"] == "live"
        assert md["live_profile"] == "hybrid"
    assert sum(int(r["metadata"]["live_calls"]) for r in records) >= len(records)  # type: ignore[index]
    assert (project / "output" / "llm_calls.jsonl").is_file()
    assert KEY not in proc.stdout + proc.stderr + config.stdout


def test_offline_flag_wins_over_a_configured_provider(tmp_path: Path) -> None:
    project = _project(tmp_path)
    with FakeLLMServer() as server:
        env = _shell(tmp_path, **SPEC_EXPORTS, TOOLGEN_LLM_BASE_URL=server.gemini_base_url)
        proc = _toolgen(["generate", "--offline", "-n", "3", "-o", "out/c.jsonl"], env, project)
        assert server.requests == []
    assert proc.returncode == 0, proc.stderr
    assert {r["metadata"]["llm_mode"] for r in _records(project / "out" / "c.jsonl")} == {  # type: ignore[index]
        "offline"}


def test_a_provider_without_its_key_says_so_in_one_line(tmp_path: Path) -> None:
    project = _project(tmp_path, key=None)
    env = _shell(tmp_path, **SPEC_EXPORTS)
    proc = _toolgen(["generate", "-n", "3", "-o", "out/c.jsonl"], env, project)
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if "GEMINI_API_KEY" in line]
    assert len(warnings) == 1, proc.stderr
    assert warnings[0].startswith("warning: TOOLGEN_LLM_PROVIDER=gemini")
    assert warnings[0].endswith("generating offline")
    config = _toolgen(["config"], env, project)
    assert "mode generate will use: offline, because TOOLGEN_LLM_PROVIDER=gemini" in config.stdout

    strict = _toolgen(["generate", "-n", "3", "-o", "out/d.jsonl"],
                      {**env, "TOOLGEN_REQUIRE_LIVE_LLM": "true"}, project)
    assert strict.returncode != 0
    errors = [line for line in strict.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "GEMINI_API_KEY" in errors[0], strict.stderr


def test_nothing_configured_is_offline_and_make_run_stays_offline(tmp_path: Path) -> None:
    project = _project(tmp_path)  # a key alone does not pick a provider
    config = _toolgen(["config"], _shell(tmp_path), project)
    assert "mode generate will use: offline, because no LLM provider is configured" in (
        config.stdout)
    makefile = (REPO / "Makefile").read_text()
    run_lines = [line for line in makefile.splitlines() if "generate" in line and "TOOLGEN" in line]
    assert run_lines and all("--offline" in line for line in run_lines)


def test_env_example_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    assert "cp .env.example .env" in readme
    assert "commented out" in readme

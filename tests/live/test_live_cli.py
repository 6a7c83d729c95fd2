"""`toolgen generate --live` through the real CLI: strict failure, key leak, analyze."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from llm_server import FakeLLMServer, HTTPError

from .helpers import SECRET, cooperative

CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(base_url: str, tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOOLGEN_", "OPENAI_",
                                                                      "GEMINI_"))}
    env.update({
        "TOOLGEN_LLM_PROVIDER": "openai",
        "TOOLGEN_LLM_BASE_URL": base_url,
        "OPENAI_API_KEY": SECRET,
        "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
        "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"),
        "COLUMNS": "200",
        **extra,
    })
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=240)


def test_strict_mode_with_endpoint_down_fails_cleanly(tmp_path: Path) -> None:
    env = _env(f"http://127.0.0.1:{_closed_port()}/v1", tmp_path,
               TOOLGEN_REQUIRE_LIVE_LLM="true", TOOLGEN_LLM_MAX_ATTEMPTS="1",
               TOOLGEN_LLM_MODE="live")
    proc = _run(["generate", "-n", "2", "-o", "out/c.jsonl"], env, tmp_path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "TOOLGEN_REQUIRE_LIVE_LLM" in errors[0], proc.stderr
    assert SECRET not in proc.stderr + proc.stdout


def test_key_never_leaks_through_the_live_pipeline(tmp_path: Path) -> None:
    # Errors whose bodies echo the key, then a cooperative model.
    with FakeLLMServer(responder=cooperative) as server:
        server.push(HTTPError(500, message=f"bad key {SECRET}"),
                    HTTPError(429, retry_after=0, message=f"quota for {SECRET}"))
        env = _env(server.openai_base_url, tmp_path, TOOLGEN_LIVE_PROFILE="compact")
        proc = _run(["generate", "-n", "3", "--live", "--progress-log", "-o", "out/c.jsonl"],
                    env, tmp_path)
        assert proc.returncode == 0, proc.stderr
        analyze = _run(["analyze", "out/c.jsonl"], env, tmp_path)
        config = _run(["config"], env, tmp_path)
    assert "live_calls=" in proc.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "llm_calls.jsonl" for p in files)
    assert any("cache" in p.parts for p in files)
    for path in files:
        assert SECRET not in path.read_text(errors="replace"), path
    for text in (proc.stdout, proc.stderr, analyze.stdout, analyze.stderr, config.stdout):
        assert SECRET not in text
    assert "compact" in analyze.stdout, analyze.stdout

"""Start-up fast paths: sized file reads, memoised verdicts and parses, the CLI importing
only the command it runs. Each behaves as the plain path it replaced."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from toolgen.registry import load_registry
from toolgen.registry import realisable as realisable_module
from toolgen.registry.endpoint_words import action_words, norm_param
from toolgen.registry.enums import parse_enum
from toolgen.registry.files import _read_upto, read_bytes
from toolgen.registry.realisable import assess

SRC = Path(__file__).resolve().parents[2] / "src"
TOOLBENCH = SRC.parents[1] / "shared" / "corpora" / "toolbench" / "toolenv" / "tools"


def test_a_file_longer_than_its_stated_size_is_read_whole_up_to_the_limit(
        tmp_path: Path) -> None:
    data = bytes(range(256)) * 400  # 102,400 bytes: more than one small read
    path = tmp_path / "grown.json"
    path.write_bytes(data)
    for stated in (0, 10, len(data) - 1, len(data)):  # as if it grew after fstat
        fd = os.open(path, os.O_RDONLY)
        try:
            assert _read_upto(fd, stated, len(data) + 1) == data
        finally:
            os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert _read_upto(fd, 10, 70_001) == data[:70_001]
    finally:
        os.close(fd)


def test_read_bytes_keeps_its_limits(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"a": 1}')
    assert read_bytes(path) == b'{"a": 1}'
    assert "too large" in str(read_bytes(path, limit=5))


def test_verdicts_do_not_depend_on_what_was_judged_before() -> None:
    """The memo keys hold everything a verdict depends on: judging the corpus backwards
    after clearing the memos gives every endpoint the verdict it had."""
    if not TOOLBENCH.is_dir():
        pytest.skip(f"shared ToolBench corpus not found at {TOOLBENCH}")
    endpoints = load_registry(TOOLBENCH).endpoints
    first = {e.id: assess(e) for e in endpoints}
    for memo in (realisable_module._assess, realisable_module._read, action_words, norm_param):
        memo.cache_clear()
    again = {e.id: assess(e) for e in reversed(endpoints)}
    assert again == first
    assert any(first.values()) and not all(first.values())


def test_an_endpoint_without_inputs_is_judged_with_its_own_tool_name() -> None:
    """A tool named like the endpoint hides the endpoint's verb (`first_verb` skips the
    tool's words): the verdict changes, and the memo never hands one tool's verdict to
    the other."""
    if not TOOLBENCH.is_dir():
        pytest.skip(f"shared ToolBench corpus not found at {TOOLBENCH}")
    endpoints = [e for e in load_registry(TOOLBENCH).endpoints if not e.parameters]
    differ = 0
    for endpoint in endpoints:
        renamed = endpoint.model_copy(update={"tool_name": endpoint.name})
        realisable_module._assess.cache_clear()
        alone = assess(renamed)
        realisable_module._assess.cache_clear()
        assess(endpoint)  # memoised under its own tool name first
        assert assess(renamed) == alone
        differ += alone != assess(endpoint)
    assert differ  # the tool name does decide some verdicts


def test_parsed_choices_are_a_fresh_list_each_time() -> None:
    text = "One of the following: small, medium, large."
    first = parse_enum(text, "STRING", "string")
    assert first == ["small", "medium", "large"]
    assert first is not None
    first.append("huge")
    assert parse_enum(text, "STRING", "string") == ["small", "medium", "large"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys; from toolgen.cli.app import main\n"
            "try:\n    main()\nfinally:\n"
            "    print('LOADED', sorted(m for m in sys.modules if m.startswith('toolgen.cli.')))")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "200"},
                          timeout=120)


def test_a_command_runs_with_only_its_own_module_imported() -> None:
    done = _cli("config", "--help")
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout and " config " in done.stdout
    loaded = done.stdout.split("LOADED")[-1]
    assert "toolgen.cli.config" in loaded
    assert "toolgen.cli.evaluate" not in loaded and "toolgen.cli.export" not in loaded


def _pipeline_loaded_by(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """A CLI run and the run-time modules (episodes, planner, executor, judge) it loaded."""
    prefixes = ("toolgen.pipeline.episode", "toolgen.agents.planner", "toolgen.executor",
                "toolgen.judge")
    code = ("import sys; from toolgen.cli.app import main\n"
            "try:\n    main()\nfinally:\n"
            f"    print('LOADED', [m for m in sorted(sys.modules) if m.startswith({prefixes!r})])")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "200"},
                          timeout=120)
    return done, ast.literal_eval(done.stdout.split("LOADED")[-1].strip())


def test_generate_loads_the_pipeline_only_to_run() -> None:
    """`generate --help` and a bad option answer before the pipeline is imported (most of
    what a run imports); a bad engine is refused once it is."""
    done, loaded = _pipeline_loaded_by("generate", "--help")
    assert done.returncode == 0 and "--engine" in done.stdout
    assert loaded == []
    done, loaded = _pipeline_loaded_by("generate", "-n", "0")
    assert done.returncode != 0 and "-n must be at least 1" in done.stderr
    assert loaded == []
    done, loaded = _pipeline_loaded_by("generate", "--engine", "spark")
    assert done.returncode != 0 and "--engine: 'spark' is not one of local, ray" in done.stderr
    assert "toolgen.pipeline.episode" in loaded


def test_help_and_unknown_commands_still_see_every_command() -> None:
    listing = _cli("--help")
    assert listing.returncode == 0
    for name in ("build", "generate", "evaluate", "export", "eval-agent", "config"):
        assert name in listing.stdout
    unknown = _cli("bogus")
    assert unknown.returncode == 2 and "No such command" in unknown.stderr


LIVE_ONLY = ("toolgen.llm", "toolgen.agents.live", "toolgen.pipeline.live", "toolgen.cli.live_run")


def _loaded_by_generate(tmp_path: Path, *options: str) -> tuple[str, list[str]]:
    """The records and the live-only modules a one-record `generate` on the bundled corpus
    loaded."""
    out = tmp_path / "one.jsonl"
    code = ("import sys; from toolgen.cli.app import main\n"
            "try:\n    main()\nfinally:\n"
            f"    print('LOADED', [m for m in sorted(sys.modules) if m.startswith({LIVE_ONLY!r})])")
    done = subprocess.run(
        [sys.executable, "-c", code, "generate", "-n", "1", "--seed", "3", "--no-resume",
         "-o", str(out), *options], capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**os.environ, "PYTHONPATH": str(SRC), "TOOLGEN_LLM_PROVIDER": "offline"})
    assert done.returncode == 0, done.stderr
    return out.read_text(), ast.literal_eval(done.stdout.split("LOADED")[-1].strip())


def test_an_offline_run_loads_no_llm_stack(tmp_path: Path) -> None:
    """`--offline` decides before any LLM setting is read: the live agents, the LLM package
    and the live run are never imported. Without it the settings are read (no provider:
    offline) and the records are the same."""
    records, loaded = _loaded_by_generate(tmp_path, "--offline")
    assert loaded == []
    again, read_settings = _loaded_by_generate(tmp_path)
    assert again == records and records.strip()
    assert "toolgen.llm.settings" in read_settings and "toolgen.cli.live_run" not in read_settings

"""Issue 11 case 1: output paths are never replaced, never shared, never lost on failure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.safety.helpers import error_lines, invoke, lines_of

import toolgen
from toolgen.io import output
from toolgen.pipeline import runner
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

# New API is reached through its module, so these tests collect (and fail one by one)
# against the code before the fix.

SRC = Path(toolgen.__file__).resolve().parents[1]  # the toolgen this test run imports


def test_symlink_output_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    result = invoke("generate", "-n", "2", "-o", str(link))
    lines = error_lines(result)
    assert result.exit_code != 0
    assert len(lines) == 1 and "symbolic link" in lines[0], lines
    assert link.is_symlink() and target.read_text() == "keep me"


def test_fifo_output_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    result = invoke("generate", "-n", "2", "-o", str(fifo))
    lines = error_lines(result)
    assert result.exit_code != 0
    assert len(lines) == 1 and "not a regular file" in lines[0], lines
    assert fifo.is_fifo()


def test_second_run_on_a_locked_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with output.output_lock(out):
        result = invoke("generate", "-n", "2", "-o", str(out))
        lines = error_lines(result)
        assert result.exit_code != 0
        assert len(lines) == 1 and "another run is writing" in lines[0], lines
    assert not out.exists()
    with output.output_lock(out), pytest.raises(output.OutputError, match="another run"), \
            output.open_for_writing(out):
        pass


def test_target_untouched_until_success(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    with output.open_for_writing(out) as fh:
        fh.write(b"new\n")
        assert out.read_bytes() == b"old\n"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert out.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def _crash_at(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.run_episode

    def flaky(rt, config, i, chain, scenario):  # type: ignore[no-untyped-def]
        if i == index:
            raise TypeError("Integer exceeds 64-bit range")
        return real(rt, config, i, chain, scenario)

    monkeypatch.setattr(runner, "run_episode", flaky)


def test_crash_halfway_keeps_completed_records(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"previous run\n")
    _crash_at(6, monkeypatch)
    with pytest.raises(runner.RunAborted) as info:
        generate(RunConfig(n=12, seed=3), out)
    kept = info.value.kept
    assert kept.path == output.partial_path(out)
    assert out.read_bytes() == b"previous run\n"
    records = lines_of(output.partial_path(out))
    rejects = lines_of(output.partial_path(runner.rejects_path(out)))  \
        if output.partial_path(runner.rejects_path(out)).exists() else []
    assert len(records) + len(rejects) == 6
    assert kept.lines == len(records) and f"{len(records)} completed records" in str(info.value)


def test_crash_halfway_cli_says_where_in_one_line(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    _crash_at(5, monkeypatch)
    result = invoke("generate", "-n", "10", "--seed", "4", "-o", str(out))
    lines = error_lines(result)
    assert result.exit_code == 1
    assert len(lines) == 1, lines
    assert "TypeError" in lines[0] and "out.partial.jsonl" in lines[0], lines
    kept = len(lines_of(tmp_path / "out.partial.jsonl"))
    assert kept > 0 and f"{kept} completed records" in lines[0]


@pytest.mark.slow
def test_sigint_keeps_completed_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(SRC), "TOOLGEN_LLM_MODE": "offline"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from toolgen.cli.app import main; main()", "generate",
         "-n", "200000", "--seed", "1", "-o", str(out)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    partial = tmp_path / "out.partial.jsonl"  # issue 18: the run's resumable state
    while time.monotonic() < deadline:
        if partial.exists() and partial.stat().st_size > 20_000:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    text = stderr.decode()
    assert proc.returncode == 130, text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0], text
    kept = len(lines_of(tmp_path / "out.partial.jsonl"))
    assert kept > 0 and f"{kept} completed records" in lines[0]
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".lock"))]


def test_analyze_on_non_record_objects_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "objects.jsonl"
    path.write_text('{"a": 1}\n{"b": [2]}\n')
    result = invoke("analyze", str(path))
    lines = error_lines(result)
    assert result.exit_code != 0
    assert len(lines) == 1 and "not a toolgen record" in lines[0], lines


@pytest.mark.parametrize("command", ["evaluate", "analyze"])
def test_other_commands_refuse_a_symlink_output(tmp_path: Path, command: str) -> None:
    data = tmp_path / "g.jsonl"
    assert invoke("generate", "-n", "2", "--seed", "1", "-o", str(data)).exit_code == 0
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    extra = ["--no-replay"] if command == "evaluate" else []
    result = invoke(command, str(data), "-o", str(link), *extra)
    assert result.exit_code != 0
    assert "symbolic link" in " ".join(result.output.split()), result.output
    assert link.is_symlink() and target.read_text() == "keep me"


def test_long_output_name_keeps_its_partial(tmp_path: Path) -> None:
    out = tmp_path / ("x" * 245 + ".jsonl")
    kept = output.partial_path(out)
    assert len(kept.name.encode()) <= 255 and kept.name.endswith(".partial.jsonl")
    with pytest.raises(RuntimeError), output.open_for_writing(out) as fh:
        fh.write(b"{}\n")
        raise RuntimeError("crash")
    assert kept.read_bytes() == b"{}\n"


def test_generate_with_a_long_output_name(tmp_path: Path) -> None:
    out = tmp_path / ("y" * 244 + ".jsonl")
    result = invoke("generate", "-n", "2", "--seed", "1", "-o", str(out))
    error_lines(result)
    assert result.exit_code == 0, result.output
    assert out.is_file() and runner.rejects_path(out).is_file()

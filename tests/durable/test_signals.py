"""Issue 18: Ctrl-C (or SIGTERM) stops a run cleanly and the manifest says where to resume.

In-flight records finish or are dropped whole: after the stop, the partial files hold
exactly the indexes before the manifest's resume point, each once, and the one error
line names that point and how to continue.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import orjson
import pytest
from tests.durable.helpers import CLI, env, error_lines, indexes, run, size

from toolgen.io.output import partial_path
from toolgen.io.run_files import RunWriter
from toolgen.pipeline import runner
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

N = 400


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "workers"), [(signal.SIGINT, "2"), (signal.SIGTERM, "1")])
def test_stop_keeps_whole_records_and_says_how_to_resume(tmp_path: Path, sig: int,
                                                         workers: str) -> None:
    args = ["generate", "-n", str(N), "--seed", "13", "--workers", workers, "-o", "o.jsonl"]
    proc = subprocess.Popen([*CLI, *args], cwd=tmp_path, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    partial = tmp_path / "o.partial.jsonl"
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and size(partial) < 150_000:
        time.sleep(0.05)
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = error_lines(err)
    assert len(lines) == 1 and "interrupted" in lines[0], err
    match = re.search(r"continue from record (\d+)", lines[0])
    assert match and "--resume" in lines[0], lines[0]
    resume_at = int(match.group(1))
    manifest = orjson.loads((tmp_path / "o.manifest.json").read_bytes())
    assert manifest["status"] == "interrupted"
    assert manifest["checkpoint"]["next_index"] == resume_at
    rejects = tmp_path / "o.rejects.partial.jsonl"
    assert indexes(partial, rejects) == list(range(resume_at))
    assert partial.read_bytes().endswith(b"\n")
    assert not (tmp_path / "o.jsonl").exists()

    done = run(args, tmp_path)
    assert done.returncode == 0, done.stderr
    assert indexes(tmp_path / "o.jsonl", tmp_path / "o.rejects.jsonl") == list(range(N))
    final = orjson.loads((tmp_path / "o.manifest.json").read_bytes())
    assert final["attempts"][-1]["from_index"] == resume_at


def test_ctrl_c_between_writing_a_line_and_counting_it_keeps_the_count_true(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI caught this once: the message said 10 completed records where the file held 11.
    real_write = RunWriter.write
    written = 0

    def write_then_interrupt(self: RunWriter, is_record: bool, line: bytes) -> None:
        nonlocal written
        real_write(self, is_record, line)
        written += 1
        if written == 4:  # the signal lands after the line is written, before it is counted
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(RunWriter, "write", write_then_interrupt)
    out = tmp_path / "out.jsonl"
    with pytest.raises(runner.RunAborted) as info:
        generate(RunConfig(n=8, seed=3), out)
    assert info.value.interrupted
    records = partial_path(out)
    rejects = partial_path(runner.rejects_path(out))
    on_disk = len(records.read_bytes().splitlines()) + (
        len(rejects.read_bytes().splitlines()) if rejects.exists() else 0)
    assert on_disk == 4
    assert info.value.kept.lines + info.value.kept_rejects.lines == 4
    assert "continue from record 4" in str(info.value)
    manifest = orjson.loads((tmp_path / "out.manifest.json").read_bytes())
    assert manifest["checkpoint"]["next_index"] == 4
    assert manifest["checkpoint"]["records_bytes"] == records.stat().st_size


def test_a_run_puts_back_the_stop_handlers_it_found(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGINT)
    generate(RunConfig(n=2, seed=3), tmp_path / "out.jsonl")
    assert signal.getsignal(signal.SIGINT) is before

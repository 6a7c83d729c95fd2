"""The compact progress view in a real pseudo-terminal, against the slow fake server.

Read as a person watching the terminal would: before the first conversation is written,
the screen shows one row per conversation in flight (index, stage, calls so far) and a
`live_calls=N` that rises with every call, not with every finished record.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llm_server import FakeLLMServer

pytestmark = pytest.mark.slow  # real CLI runs in a pseudo-terminal

CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
MAIN = re.compile(r"generate live \(hybrid\) (\d+)/(\d+) accepted=\d+ rejected=\d+ .*"
                  r"live_calls=(\d+)")
ROW = re.compile(r"^\s+#(\d+)\s+(\S+)\s+calls=(\d+)\s*$")


def _env(tmp: Path, base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TOOLGEN_", "GEMINI_", "OPENAI_"))}
    paths = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env.update({
        "PYTHONPATH": os.pathsep.join(paths),
        "TOOLGEN_LLM_PROVIDER": "openai",
        "TOOLGEN_LLM_BASE_URL": base_url,
        "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
        "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "3",
        "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"),
        "TERM": "xterm-256color",
        "COLUMNS": "160",
        "LINES": "40",
    })
    return env


def _screen_frames(raw: str) -> list[tuple[tuple[int, int], list[tuple[int, str, int]]]]:
    """((done, live_calls), rows) per redraw, in order."""
    frames: list[tuple[tuple[int, int], list[tuple[int, str, int]]]] = []
    for line in ANSI.sub("", raw).replace("\r", "\n").split("\n"):
        main = MAIN.search(line)
        if main:
            frames.append(((int(main.group(1)), int(main.group(3))), []))
            continue
        row = ROW.match(line)
        if row and frames:
            frames[-1][1].append((int(row.group(1)), row.group(2), int(row.group(3))))
    return frames


def _run_in_pty(args: list[str], env: dict[str, str], cwd: Path) -> tuple[str, int]:
    master, slave = os.openpty()
    proc = subprocess.Popen([*CLI, *args], stdin=slave, stdout=slave, stderr=slave, env=env,
                            cwd=cwd, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return b"".join(chunks).decode("utf-8", "replace"), code


def test_rows_per_active_conversation_and_rising_live_calls(tmp_path: Path) -> None:
    with FakeLLMServer(latency_s=0.25) as server:
        screen, code = _run_in_pty(["generate", "-n", "6", "--seed", "3", "-o", "out/c.jsonl"],
                                   _env(tmp_path, server.openai_base_url), tmp_path)
    assert code == 0, screen[-3000:]
    frames = _screen_frames(screen)
    before_first = [f for f in frames if f[0][0] == 0]
    assert before_first, screen[-3000:]
    calls_seen = [calls for (_, calls), _ in before_first]
    assert max(calls_seen) >= 3 and len(set(calls_seen)) >= 3, calls_seen
    assert calls_seen == sorted(calls_seen)
    busiest = max(before_first, key=lambda f: len(f[1]))[1]
    assert len(busiest) >= 2, busiest  # several conversations in flight, one row each
    assert len({index for index, _, _ in busiest}) == len(busiest)
    stages = {stage for _, rows in before_first for _, stage, _ in rows}
    assert stages & {"planner", "judge"} or any(s.startswith("assistant:") for s in stages)
    assert any(calls > 0 for _, rows in before_first for _, _, calls in rows)
    assert any(f[0][0] == 6 for f in frames) or "accepted" in ANSI.sub("", screen)


def test_planning_shows_its_own_progress(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOOLGEN_")}
    env.update(_env(tmp_path, "http://127.0.0.1:9/v1"))
    env["TOOLGEN_LLM_PROVIDER"] = "offline"
    screen, code = _run_in_pty(["generate", "-n", "300", "--seed", "1", "-o", "out/p.jsonl"],
                               env, tmp_path)
    assert code == 0, screen[-2000:]
    plain = ANSI.sub("", screen)
    planning = [int(m.group(1)) for m in re.finditer(r"planning (\d+)/300\b", plain)]
    assert planning and min(planning) < 300, plain[-2000:]
    assert re.search(r"generate \d+/300 accepted=\d+ rejected=\d+", plain)

"""Shared helpers for the durable-run tests: the CLI in a subprocess, killed at a point."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

import toolgen

SRC = Path(toolgen.__file__).resolve().parents[1]  # the toolgen this test run imports
CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("TOOLGEN_", "OPENAI_", "GEMINI_"))}
    return {**base, "PYTHONPATH": str(SRC), "TOOLGEN_LLM_MODE": "offline", "COLUMNS": "200",
            **extra}


def run(args: list[str], cwd: Path, environ: dict[str, str] | None = None,
        timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], cwd=cwd, env=environ or env(), capture_output=True,
                          text=True, timeout=timeout)


def kill_when(args: list[str], cwd: Path, ready: Callable[[], bool],
              environ: dict[str, str] | None = None, timeout: float = 120) -> None:
    """Start the CLI and SIGKILL it as soon as `ready()` holds (or it ends by itself)."""
    proc = subprocess.Popen([*CLI, *args], cwd=cwd, env=environ or env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline and not ready():
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    _wait_unlocked(cwd, args)


def _wait_unlocked(cwd: Path, args: list[str], timeout: float = 15) -> None:
    """Wait until the killed run's workers are gone: they die with it, a moment later."""
    out = Path(args[args.index("-o") + 1])
    lock = (out if out.is_absolute() else cwd / out)
    lock = lock.with_name(f".{lock.name}.lock")
    deadline = time.monotonic() + timeout
    while lock.exists() and time.monotonic() < deadline:
        try:
            fd = os.open(lock, os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            time.sleep(0.05)
        finally:
            os.close(fd)


def size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def indexes(records: Path, rejects: Path) -> list[int]:
    """Every index in the two files, as a reader finds it (record metadata, reject index)."""
    found = [orjson.loads(line)["metadata"]["index"]
             for line in records.read_bytes().splitlines() if line.strip()]
    if rejects.exists():
        found += [orjson.loads(line)["index"]
                  for line in rejects.read_bytes().splitlines() if line.strip()]
    return sorted(found)


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("error:")]

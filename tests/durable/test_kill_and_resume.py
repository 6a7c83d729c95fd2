"""Issue 18: a run killed with SIGKILL anywhere, then resumed, gives the uninterrupted file.

Each case kills `toolgen generate` at a different point (before the first checkpoint,
mid-run, near the end), sometimes tears the last line by hand the way a cut write
would, then resumes (plain rerun or `--resume`) and compares bytes with a run that was
never interrupted.
"""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest
from tests.durable.helpers import indexes, kill_when, run, size

N = 300
ARGS = ["generate", "-n", str(N), "--seed", "11"]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    root = tmp_path_factory.mktemp("ref")
    proc = run([*ARGS, "-o", "ref.jsonl"], root)
    assert proc.returncode == 0, proc.stderr
    return (root / "ref.jsonl").read_bytes(), (root / "ref.rejects.jsonl").read_bytes()


# (share of the finished file written before the kill, extra sleep, tear a line, resume
# flag, workers): shares, not byte counts, so the points stay mid-run when records change.
_POINTS = [(0.0, 0.0, False, "--resume", "1"), (0.1, 0.0, True, "", "1"),
           (0.3, 0.1, False, "", "2"), (0.5, 0.0, True, "--resume", "2")]


@pytest.mark.slow
@pytest.mark.parametrize(("share", "extra", "tear", "flag", "workers"), _POINTS)
def test_killed_run_resumes_byte_identical(tmp_path: Path, reference: tuple[bytes, bytes],
                                          share: float, extra: float, tear: bool,
                                          flag: str, workers: str) -> None:
    at = int(share * len(reference[0]))
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.partial.jsonl"
    manifest = tmp_path / "out.manifest.json"
    wait = extra + random.Random(at).random() * 0.2
    args = [*ARGS, "-o", str(out), "--workers", workers]

    def ready() -> bool:
        return manifest.exists() and size(partial) >= at

    kill_when(args, tmp_path, ready if not wait else _after(ready, wait))
    assert not out.exists(), "killed before the end, yet the output appeared"
    if tear:  # a write cut short by the kill: half a record without its newline
        with partial.open("ab") as handle:
            handle.write(b'{"conversation_id":"torn","messages":[{"role":"us')
    proc = run([*args, *([flag] if flag else [])], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == reference[0]
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == reference[1]
    assert indexes(out, tmp_path / "out.rejects.jsonl") == list(range(N))
    done = orjson.loads(manifest.read_bytes())
    assert done["status"] == "complete" and done["checkpoint"]["next_index"] == N
    assert len(done["attempts"]) == 2
    resumed_from = done["attempts"][1]["from_index"]
    assert 0 < resumed_from < N if at else resumed_from < N
    assert not partial.exists()


def _after(ready, seconds: float):  # type: ignore[no-untyped-def]
    import time

    first: list[float] = []

    def check() -> bool:
        if not ready():
            return False
        if not first:
            first.append(time.monotonic())
        return time.monotonic() - first[0] >= seconds
    return check

"""Issue 18: a live run killed with SIGKILL resumes byte-identical without paying twice.

The fake LLM server runs in this process and sees every request. A reference run gives
the file and the requests of an uninterrupted run; a second run, with its own cache, is
killed part-way and resumed. The finished file must equal the reference byte for byte
(including each record's `live_calls`), and no request answered before the kill may be
sent again, except those in flight at the moment of the kill (at most one per parallel
conversation), whose replies never reached the cache.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest
from tests.durable.helpers import env, indexes, kill_when, run
from tests.live.helpers import SECRET, cooperative

from llm_server import FakeLLMServer

N = 8
PARALLEL = 2


def _env(base_url: str, cache: Path) -> dict[str, str]:
    return env(TOOLGEN_LLM_MODE="live", TOOLGEN_LLM_PROVIDER="openai",
               TOOLGEN_LLM_BASE_URL=base_url, OPENAI_API_KEY=SECRET,
               TOOLGEN_LIVE_PROFILE="compact", TOOLGEN_LLM_REQUESTS_PER_MINUTE="100000",
               TOOLGEN_MAX_PARALLEL_CONVERSATIONS=str(PARALLEL),
               TOOLGEN_LLM_CACHE_DIR=str(cache))


def _bodies(server: FakeLLMServer, since: int) -> Counter[bytes]:
    # An empty body is a request the kill cut short while it was being sent.
    return Counter(orjson.dumps(r.body, option=orjson.OPT_SORT_KEYS)
                   for r in server.requests[since:] if r.body)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after_lines", [1, 4])
def test_live_run_killed_and_resumed(tmp_path: Path, kill_after_lines: int) -> None:
    args = ["generate", "-n", str(N), "--seed", "5", "--live", "-o", "out.jsonl"]
    with FakeLLMServer(responder=cooperative, latency_s=0.05) as server:
        ref_dir, run_dir = tmp_path / "ref", tmp_path / "run"
        ref_dir.mkdir()
        run_dir.mkdir()
        proc = run(args, ref_dir, _env(server.openai_base_url, tmp_path / "cache-ref"))
        assert proc.returncode == 0, proc.stderr
        reference = _bodies(server, 0)
        mark = len(server.requests)

        environ = _env(server.openai_base_url, tmp_path / "cache-run")
        partial = run_dir / "out.partial.jsonl"

        def ready() -> bool:
            return partial.exists() and partial.read_bytes().count(b"\n") >= kill_after_lines

        kill_when(args, run_dir, ready, environ)
        assert not (run_dir / "out.jsonl").exists(), "the run ended before the kill"
        killed = _bodies(server, mark)
        mark = len(server.requests)
        proc = run(args, run_dir, environ)
        assert proc.returncode == 0, proc.stderr
        resumed = _bodies(server, mark)

    out = run_dir / "out.jsonl"
    assert out.read_bytes() == (ref_dir / "out.jsonl").read_bytes()
    assert (run_dir / "out.rejects.jsonl").read_bytes() == \
        (ref_dir / "out.rejects.jsonl").read_bytes()
    assert indexes(out, run_dir / "out.rejects.jsonl") == list(range(N))
    repeated = killed & resumed
    assert sum(repeated.values()) <= PARALLEL, "answered requests were paid for again"
    assert (killed | resumed) == reference or killed + resumed - repeated == reference
    manifest = orjson.loads((run_dir / "out.manifest.json").read_bytes())
    assert manifest["status"] == "complete"
    last = manifest["attempts"][-1]
    assert last["from_index"] >= kill_after_lines
    assert sum(last["live"]["calls"].values()) == sum(resumed.values())

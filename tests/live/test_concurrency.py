"""Independent live calls of one conversation run concurrently, and the record does not
depend on which finished first (fake server with per-request seeded latencies)."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import toolgen.pipeline.live_roles as live_roles
from llm_server import FakeLLMServer, FakeRequest, Reply, Text
from toolgen.agents.live.paraphrase import ORIGINAL_MARK
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runtime import RunConfig, Runtime

from .helpers import cooperative, live_settings

CONFIG = RunConfig(n=5, seed=7)


class Jittery:
    """Paraphrases (keeping the text, plus a word), sleeping a seeded 0-60 ms per request
    so concurrent requests finish in an order unrelated to the order they were sent;
    counts how many paraphrase requests were in flight at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.flying = 0
        self.most = 0

    def __call__(self, req: FakeRequest) -> Reply:
        text = "\n".join(str(m.get("content") or "") for m in req.messages)
        if ORIGINAL_MARK not in text:
            return cooperative(req)
        with self.lock:
            self.flying += 1
            self.most = max(self.most, self.flying)
        digest = hashlib.blake2b(json.dumps(req.messages).encode(), digest_size=2).digest()
        time.sleep(int.from_bytes(digest, "big") % 60 / 1000)
        with self.lock:
            self.flying -= 1
        original = text.split(ORIGINAL_MARK, 1)[1].split("<<<\n", 1)[1].split("\n>>>", 1)[0]
        return Text("Honestly, " + original)


async def _one_by_one(ep: Any, steps: list[Any]) -> list[Any]:
    return [await step for step in steps]


def _run(runtime: Runtime, tmp: Path, model: Jittery) -> bytes:
    with FakeLLMServer(responder=model) as server:
        settings = live_settings(server.openai_base_url, tmp, "hybrid",
                                 TOOLGEN_LIVE_PARAPHRASE="true", TOOLGEN_LLM_NO_CACHE="true",
                                 TOOLGEN_MAX_PARALLEL_CONVERSATIONS="1")
        generate_live(CONFIG, tmp / "out.jsonl", settings, runtime=runtime)
    return (tmp / "out.jsonl").read_bytes()


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(CONFIG)


def test_concurrent_rewrites_give_the_sequential_record(
    runtime: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    together = Jittery()
    concurrent = _run(runtime, tmp_path / "a", together)
    assert together.most >= 2  # one conversation at a time, yet requests overlapped
    monkeypatch.setattr(live_roles, "_together", _one_by_one)
    alone = Jittery()
    sequential = _run(runtime, tmp_path / "b", alone)
    assert alone.most == 1
    assert concurrent.count(b"Honestly, ") >= 5  # the rewrites reached the records
    assert concurrent == sequential

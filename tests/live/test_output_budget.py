"""`TOOLGEN_LLM_MAX_OUTPUT_TOKENS` is every role's budget (planner and judge included), and
a reply cut off for length is asked again once with double the budget, on the record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from llm_server import FakeLLMServer, FakeRequest, Reply, Truncated, smart_reply
from toolgen.io.jsonl import full_dict

CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
BUDGET = 300


def _prompt(req: FakeRequest) -> str:
    return " ".join(str(m.get("content") or "") for m in req.messages)


def _is_planner(req: FakeRequest) -> bool:
    return "persona (one short phrase)" in _prompt(req)


def _is_judge(req: FakeRequest) -> bool:
    return "RUBRIC:" in _prompt(req)  # the judge prompt's rubric mark


def test_every_role_gets_the_budget_and_a_cut_off_reply_is_retried_once(tmp_path: Path) -> None:
    cut: list[FakeRequest] = []

    def responder(req: FakeRequest) -> Reply:
        if _is_planner(req) and not cut:
            cut.append(req)  # the first planner reply runs out of tokens (MAX_TOKENS)
            return Truncated({"persona": "a traveller", "summary": "x" * 200, "turns": ["y"]})
        return smart_reply(req)

    with FakeLLMServer(responder=responder, smart=False) as server:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TOOLGEN_", "GEMINI_", "OPENAI_"))}
        paths = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep)
                 if p]
        env.update({
            "PYTHONPATH": os.pathsep.join(paths),
            "TOOLGEN_LLM_PROVIDER": "gemini",
            "GEMINI_API_KEY": "test-key-abcdef",
            "TOOLGEN_LLM_BASE_URL": server.gemini_base_url,
            "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
            "TOOLGEN_LLM_MAX_OUTPUT_TOKENS": str(BUDGET),
            "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "1",  # requests in order
            "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache"),
        })
        proc = subprocess.run([*CLI, "generate", "-n", "2", "--seed", "5", "-o", "out/c.jsonl"],
                              env=env, cwd=tmp_path, capture_output=True, text=True, timeout=240)
        requests = list(server.requests)
    assert proc.returncode == 0, proc.stderr
    planner = [r for r in requests if _is_planner(r)]
    judge = [r for r in requests if _is_judge(r)]
    assert planner and judge
    assert len(cut) == 1
    retry_at = requests.index(cut[0]) + 1
    retried = requests[retry_at]
    assert retried.max_tokens == 2 * BUDGET
    assert retried.messages == cut[0].messages  # the same question, a larger budget
    others = [r for i, r in enumerate(requests) if i != retry_at]
    assert {r.max_tokens for r in others} == {BUDGET}  # planner, assistant, judge alike

    records = [full_dict(orjson.loads(line)) for line in (tmp_path / "out" / "c.jsonl")
               .read_bytes().splitlines()]
    rejects = [full_dict(orjson.loads(line)) for line in (tmp_path / "out" / "c.rejects.jsonl")
               .read_bytes().splitlines()]
    first = records[0] if records and records[0]["metadata"]["index"] == 0 else rejects[0]["record"]
    notes = [r for r in first["metadata"]["repairs"] if r["kind"] == "length_retry"]
    assert len(notes) == 1
    assert f"cut off at {BUDGET}" in notes[0]["note"] and str(2 * BUDGET) in notes[0]["note"]
    calls = [orjson.loads(line) for line in (tmp_path / "out" / "llm_calls.jsonl").read_bytes()
             .splitlines()]
    events = [c for c in calls if c.get("event") == "length_retry"]
    assert [(e["role"], e["max_tokens"], e["retry_max_tokens"]) for e in events] == [
        ("planner", BUDGET, 2 * BUDGET)]
    assert "length retries" in proc.stdout

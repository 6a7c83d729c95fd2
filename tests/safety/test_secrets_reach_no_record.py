"""Issue 11 case 3: no record ever holds a configured key (any shape) or a corpus credential,
including the fields live roles set after validation (judge rationale, planner goal,
turn intents); `evaluate` knows the configured keys and the corpus's session ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from tests.live.helpers import cooperative
from tests.safety.helpers import invoke

from llm_server import FakeLLMServer, FakeRequest, JSONReply, Reply
from toolgen.judge.llm_judge import RUBRIC_MARK
from toolgen.llm import resolve_llm_settings
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.registry import collect_corpus_secrets, load_registry

PLAIN_KEY = "plainKey4Q2w9E4r6T8y"  # not sk-/AIza-shaped: only knowing it finds it
SESSION = "1380352501-B90e7Cppo2"  # Commerce/jsmon's session_id default
BUNDLED = Path(__file__).resolve().parents[2] / "data" / "toolenv" / "tools"


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "tools"
    shutil.copytree(BUNDLED, root)
    (root / "Commerce" / "jsmon.json").write_bytes(orjson.dumps({
        "tool_name": "jsmon", "tool_description": "Track visits to a web site.",
        "title": "jsmon", "api_list": [{
            "name": "track", "url": "https://jsmon.p.rapidapi.com/track/", "method": "GET",
            "description": "Track an action of a visitor on a site.",
            "required_parameters": [
                {"name": "site_id", "type": "STRING", "description": "Site", "default": "demo"},
                {"name": "session_id", "type": "STRING", "description": "Session ID",
                 "default": SESSION}],
            "optional_parameters": []}]}))
    return root


def test_session_ids_are_corpus_credentials_and_never_defaults(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    assert SESSION in collect_corpus_secrets(root)
    registry = load_registry(root)
    dumped = orjson.dumps(registry.model_dump(mode="json")).decode()
    assert SESSION not in dumped
    params = [p for t in registry.tools if t.name == "jsmon" for e in t.endpoints
              for p in e.parameters]
    assert "session_id" in [p.name for p in params]  # kept as a parameter, minus its default


def _leaky(req: FakeRequest) -> Reply:
    text = "\n".join(str(m.get("content") or "") for m in req.messages)
    if RUBRIC_MARK in text:
        return JSONReply({"tool_correctness": 5, "naturalness": 5, "task_completion": 5,
                          "overall": 5, "rationale": f"Fine. key {PLAIN_KEY} sid {SESSION}"})
    if req.response_schema and "turns" in (req.response_schema.get("properties") or {}):
        return JSONReply({"persona": f"an admin holding {PLAIN_KEY}",
                          "summary": f"Wants the session {SESSION} checked for {PLAIN_KEY}.",
                          "turns": [f"asks with {PLAIN_KEY}", f"mentions {SESSION}"]})
    return cooperative(req)


def test_live_fields_set_after_validation_never_hold_secrets(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    config = RunConfig(n=6, seed=3, toolenv=str(root))
    runtime = Runtime.build(config)
    with FakeLLMServer(responder=_leaky) as server:
        settings = resolve_llm_settings({
            "TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
            "OPENAI_API_KEY": PLAIN_KEY, "TOOLGEN_LIVE_PROFILE": "hybrid",
            "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
            "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache")}, None)
        out = tmp_path / "run" / "out.jsonl"
        result = generate_live(config, out, settings, runtime=runtime)
        prompts = b"".join(orjson.dumps(r.messages) for r in server.requests)
    assert result.accepted + result.rejected == 6
    assert result.accepted > 0
    written = [p for p in (tmp_path / "run").rglob("*") if p.is_file()]
    written += [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert out in written
    for path in written:
        data = path.read_bytes()
        assert PLAIN_KEY.encode() not in data, path
        assert SESSION.encode() not in data, path
    assert SESSION.encode() not in prompts


def test_evaluate_flags_a_plain_configured_key(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "g.jsonl"
    assert invoke("generate", "-n", "2", "--seed", "1", "-o", str(out)).exit_code == 0
    record = orjson.loads(out.read_bytes().splitlines()[0])
    record["judge_scores"]["rationale"] = f"looks good {PLAIN_KEY}"
    leaked = tmp_path / "leaked.jsonl"
    leaked.write_bytes(orjson.dumps(record) + b"\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_API_KEY", PLAIN_KEY)
    result = invoke("evaluate", str(leaked), "--no-replay")
    assert "secret" in result.output, result.output
    assert PLAIN_KEY not in result.output


def test_a_record_rejected_for_a_leak_is_not_written_to_rejects(tmp_path: Path) -> None:
    import dataclasses

    from toolgen.pipeline.plan import plan_run
    from toolgen.records import Rejection

    config = RunConfig(n=1, seed=4)
    runtime = Runtime.build(config)
    (chain, scenario), = plan_run(runtime, config)
    leaked = runtime.endpoints[chain.endpoint_ids[0]].function_name  # surely in the record
    assert len(leaked) >= 8
    runtime = dataclasses.replace(
        runtime, judge=dataclasses.replace(runtime.judge, secrets=frozenset({leaked})))
    from toolgen.pipeline.episode import run_episode

    item = run_episode(runtime, dataclasses.replace(config, repair=False), 0, chain, scenario)
    assert isinstance(item, Rejection)
    assert any("secrets/" in r for r in item.reasons)
    assert item.record is None
    assert leaked not in item.model_dump_json()

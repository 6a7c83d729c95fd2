"""`toolgen evaluate`: realism findings by kind, and `--judge llm|both` against a fake server.

The LLM tests start the fake OpenAI-compatible server on 127.0.0.1 and read the requests
it received: the prompt must carry the rubric's anchors, the offered tool schemas, the
trace with the deliberate-mistake mark and the validator findings; the response schema
must be strict with the reasoning first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
import typer
from typer.testing import CliRunner

from llm_server import FakeLLMServer, FakeRequest, JSONReply, Reply
from toolgen.cli import evaluate
from toolgen.judge.rubric import ANCHORS, RUBRIC_MARK

from .calibration.labelled import load
from .factories import weight0

runner = CliRunner()
RECORDS = {r.id: r for r in load()}


def _app() -> typer.Typer:
    app = typer.Typer()
    evaluate.register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps `evaluate` a named subcommand
        pass

    return app


def _write(tmp: Path, ids: list[str]) -> Path:
    path = tmp / "in.jsonl"
    path.write_bytes(b"".join(RECORDS[i].record.model_dump_json().encode() + b"\n"
                              for i in ids))
    return path


def test_evaluate_reports_injected_defects_by_kind(tmp_path: Path) -> None:
    path = _write(tmp_path, ["cal-filler_text-0", "cal-date_order-1", "cal-stock-clean0"])
    result = runner.invoke(_app(), ["evaluate", str(path), "--no-replay"])
    assert result.exit_code == 0, result.output
    assert "realism findings by kind" in result.output
    assert "filler_text" in result.output and "date_order" in result.output
    assert "1/3" in result.output  # only the clean record passes
    rows = [orjson.loads(x) for x in (tmp_path / "in.scored.jsonl").read_bytes().splitlines()]
    assert [r["judge_scores"]["overall"] <= 3 for r in rows] == [True, True, False]


def test_evaluate_reports_nothing_on_clean_records(tmp_path: Path) -> None:
    path = _write(tmp_path, ["cal-hotels-clean0", "cal-cancel-clean1"])
    result = runner.invoke(_app(), ["evaluate", str(path), "--no-replay"])
    assert result.exit_code == 0, result.output
    assert "no realism findings" in result.output
    assert "2/2" in result.output


def _scores(model: str) -> dict[str, Any]:
    low = model.endswith("b")
    return {"rationale": f"{model}: message 3 is grounded.", "tool_correctness": 5,
            "naturalness": 3 if low else 5, "task_completion": 4 if low else 5,
            "overall": 3 if low else 5}


def _responder(req: FakeRequest) -> Reply:
    assert RUBRIC_MARK in str(req.messages[0]["content"])
    return JSONReply(_scores(req.model))


@pytest.fixture
def llm_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeLLMServer:
    server = FakeLLMServer(responder=_responder).start()
    monkeypatch.setenv("TOOLGEN_LLM_PROVIDER", "openai")
    monkeypatch.setenv("TOOLGEN_LLM_BASE_URL", server.openai_base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-judge-0000")
    monkeypatch.setenv("TOOLGEN_LLM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TOOLGEN_LLM_REQUESTS_PER_MINUTE", "100000")
    monkeypatch.setenv("TOOLGEN_JUDGE_MODEL", "judge-a, judge-b")
    yield server
    server.stop()


def _run(tmp_path: Path, path: Path, mode: str) -> tuple[str, list[dict[str, Any]]]:
    env_file = tmp_path / "absent.env"
    result = runner.invoke(_app(), ["evaluate", str(path), "--no-replay", "--judge", mode,
                                    "--env-file", str(env_file)])
    assert result.exit_code == 0, result.output
    rows = [orjson.loads(x) for x in (tmp_path / "in.scored.jsonl").read_bytes().splitlines()]
    return result.output, rows


def test_llm_judge_prompt_carries_anchors_schemas_mistakes_and_facts(
    tmp_path: Path, llm_env: FakeLLMServer
) -> None:
    path = tmp_path / "in.jsonl"
    defective = RECORDS["cal-same_currency_rate-0"].record
    path.write_bytes(weight0().model_dump_json().encode() + b"\n"
                     + defective.model_dump_json().encode() + b"\n")
    output, rows = _run(tmp_path, path, "llm")
    assert sorted(r.model for r in llm_env.requests) == ["judge-a", "judge-a", "judge-b",
                                                         "judge-b"]
    prompts = [str(r.messages[0]["content"]) for r in llm_env.requests]
    mistake = next(p for p in prompts if "weight 0" in p)
    assert "deliberate mistake" in mistake
    for criterion, anchors in ANCHORS.items():
        assert f"{criterion}:" in mistake
        assert all(f"{n} = {text}" in mistake for n, text in anchors.items())
    assert '"name":"get_hotel"' in mistake and '"parameters"' in mistake  # offered schemas
    facts = next(p for p in prompts if "convert_currency" in p)
    assert "arguments/same_currency_rate" in facts  # validator findings given as facts
    schema = llm_env.requests[0].response_schema
    assert schema is not None and schema["additionalProperties"] is False
    assert next(iter(schema["properties"])) == "rationale"
    assert set(schema["required"]) == set(schema["properties"])
    # both judges kept; the committee decides, its disagreement recorded
    clean, bad = (r["judge_scores"] for r in rows)
    assert clean["judge"] == "committee:judge-a+judge-b"
    assert [v["judge"] for v in clean["verdicts"]] == ["heuristic", "judge-a", "judge-b"]
    assert clean["disagreement"] == 2.0 and clean["overall"] == 4.0
    assert bad["overall"] <= 3.0  # the validators' error caps the LLM's 4
    # heuristic and LLM accept the clean record; on the defective one the LLM's raw 4
    # would accept what the heuristic rejects
    assert "agreement heuristic vs LLM: same accept/reject on 1/2 records" in output
    assert "committee spread 2.00" in output


def test_both_takes_the_lower_score_and_the_cache_saves_repeat_calls(
    tmp_path: Path, llm_env: FakeLLMServer
) -> None:
    path = _write(tmp_path, ["cal-hotels-clean0"])
    _, rows = _run(tmp_path, path, "both")
    s = rows[0]["judge_scores"]
    assert s["judge"].startswith("both:heuristic+committee")
    heuristic = s["verdicts"][0]
    assert heuristic["judge"] == "heuristic"
    for key, committee in (("naturalness", 4.0), ("task_completion", 4.5), ("overall", 4.0)):
        assert s[key] == min(heuristic[key], committee)
    calls = len(llm_env.requests)
    _run(tmp_path, path, "both")
    assert len(llm_env.requests) == calls  # answered from the LLM cache


def test_llm_judge_failure_falls_back_to_the_heuristic(
    tmp_path: Path, llm_env: FakeLLMServer
) -> None:
    llm_env.responder = lambda req: JSONReply({"nonsense": True})
    path = _write(tmp_path, ["cal-stock-clean0"])
    output, rows = _run(tmp_path, path, "llm")
    assert rows[0]["judge_scores"]["judge"] == "heuristic"
    assert "LLM judge failed on 1 record(s)" in output


def test_unknown_judge_mode_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, ["cal-stock-clean0"])
    result = runner.invoke(_app(), ["evaluate", str(path), "--judge", "oracle"])
    assert result.exit_code != 0
    assert "--judge 'oracle'" in result.output and "Traceback" not in result.output


def test_json_lines_are_backward_compatible() -> None:
    old = json.loads(RECORDS["cal-stock-clean0"].record.model_dump_json())
    for key in ("verdicts", "disagreement"):
        old["judge_scores"].pop(key)
    from toolgen.records import Record

    assert Record.model_validate(old).judge_scores.verdicts == ()

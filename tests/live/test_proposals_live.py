"""The live planner's value proposals reach the record consistently (fake server).

The planner model proposes, per planned call, a realistic value for some argument the
user states and a broken one for another (a wrong type, a placeholder id, a check-out
before the check-in, a conversion into the same currency). The assistant model knows
each conversation's right calls and uses a proposed value when the user stated it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from toolgen.agents.offline import value_text
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import answer_key, informed, live_settings, proposing

N = 14  # the first record sending a quantity is #13 (bundled seed 7)
CONFIG = RunConfig(n=N, seed=7)


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(CONFIG)


@pytest.mark.parametrize("profile", ["hybrid", "full"])
def test_proposed_values_are_checked_and_kept_consistently(
    profile: str, runtime: Runtime, tmp_path: Path
) -> None:
    offline = [r for r in realise_all(runtime, CONFIG, workers=1) if isinstance(r, Record)]
    proposed: list[dict[str, Any]] = []
    from llm_server import FakeLLMServer

    with FakeLLMServer(responder=proposing(informed(answer_key(offline)), proposed)) as server:
        settings = live_settings(server.openai_base_url, tmp_path, profile)
        generate_live(CONFIG, tmp_path / "out.jsonl", settings, runtime=runtime)
    records = [Record.model_validate_json(x)
               for x in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    by_index = {r.metadata.index: r for r in offline}
    kept = dropped = 0
    for record in records:
        plan = record.metadata.planner_scenario
        verdicts = plan.get("value_proposals") or []
        args = {(c["call_id"], a["name"]): a for c in plan["calls"] for a in c["arguments"]}
        assert all(a["provenance"] in ("planner_llm", "offline") for a in args.values())
        steps = {s.call_id: s for s in record.step_trace}
        users = " ".join(m.content or "" for m in record.messages if m.role == "user").lower()
        for v in verdicts:
            arg = args.get((v["call_id"], v["argument"]))
            if v["kept"]:
                kept += 1
                assert arg is not None and arg["provenance"] == "planner_llm"
                assert arg["value"] == v["value"]
                # The user states the proposed value, and the call sends it.
                assert value_text(v["value"]).lower() in users, record.conversation_id
                sent = [s.arguments[v["argument"]].value for s in steps.values()
                        if v["argument"] in s.arguments and not s.intended]
                assert v["value"] in sent and v["offline"] not in sent
                # Outputs that echoed the offline value now echo the proposed one.
                before = by_index[record.metadata.index]
                echoed = [m for m in before.messages if m.role == "tool"
                          and value_text(v["offline"]) in (m.content or "")]
                if echoed:
                    tools = " ".join(m.content or "" for m in record.messages if m.role == "tool")
                    assert value_text(v["value"]) in tools
            else:
                dropped += 1
                assert v["reason"]
                if arg is not None and v["value"] != v["offline"]:
                    assert arg["provenance"] == "offline" and arg["value"] == v["offline"]
                    assert value_text(v["value"]).lower() not in users or isinstance(
                        v["value"], (int, float))
    assert kept >= 3 and dropped >= 3, (kept, dropped)
    reasons = " ".join(v.get("reason", "") for r in records
                       for v in r.metadata.planner_scenario.get("value_proposals") or [])
    assert "placeholder" in reasons and "integer" in reasons and "check_out" in reasons

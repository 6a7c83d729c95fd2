"""The live planner's value proposals reach the record consistently (fake server).

The planner model proposes, per planned call, a realistic value for some argument the
user states and a broken one for another (a wrong type, a placeholder id, a check-out
before the check-in, a conversion into the same currency). The assistant model knows
each conversation's right calls and uses a proposed value when the user stated it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from llm_server import Call, FakeRequest, JSONReply, Reply, ToolCalls
from toolgen.agents.live.planner import CALLS_MARK
from toolgen.agents.offline import value_text
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import answer_key, informed, live_settings

N = 10
CONFIG = RunConfig(n=N, seed=7)
CITIES = ("Porto", "Valencia")


def _proposals(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for call in calls:
        args = {k: v for k, v in call["arguments"].items() if k in call["user_states"]}
        n = call["call"]
        for name, value in args.items():
            if name == "city":
                new = CITIES[0] if value != CITIES[0] else CITIES[1]
                out.append({"call": n, "argument": name, "value": new})
            elif name in ("check_out", "checkout") and isinstance(args.get("check_in"), str):
                start = dt.date.fromisoformat(args["check_in"])
                out.append({"call": n, "argument": name,
                            "value": str(start + dt.timedelta(days=3))})   # valid
                out.append({"call": n, "argument": "check_in",
                            "value": str(start + dt.timedelta(days=9))})   # after check-out
            elif name == "quantity":
                out.append({"call": n, "argument": name, "value": "six"})  # wrong type
            elif name.endswith("_id") and isinstance(value, str):
                out.append({"call": n, "argument": name, "value": "<id>"})  # placeholder
            elif name in ("target_currency", "to_currency"):
                base = next((v for k, v in call["arguments"].items()
                             if k in ("base_currency", "from_currency", "base")), None)
                if isinstance(base, str):  # a conversion into the same currency
                    out.append({"call": n, "argument": name, "value": base})
    return out


def _stated(req: FakeRequest) -> str:
    return " ".join(str(m.get("content") or "") for m in req.messages
                    if m.get("role") == "user").lower()


def proposing(offline: list[Record], proposed: list[dict[str, Any]]) -> Any:
    oracle = informed(answer_key(offline))

    def reply(req: FakeRequest) -> Reply:
        text = "\n".join(str(m.get("content") or "") for m in req.messages)
        if CALLS_MARK in text:
            calls = json.loads(text.split(CALLS_MARK, 1)[1].split("\n", 1)[0])
            values = _proposals(calls)
            proposed.extend(values)
            return JSONReply({"persona": "a careful planner", "summary": "Needs to get one "
                              "practical task done with the right details.",
                              "turns": ["asks for help"], "values": values})
        right = oracle(req)
        if not isinstance(right, ToolCalls):
            return right
        # The model uses the value the user actually stated (a proposal kept in the plan).
        said = _stated(req)
        swap = {str(p["value"]).lower(): p["value"] for p in proposed
                if isinstance(p["value"], str) and p["value"].lower() in said}
        calls = []
        for c in right.calls:
            args = dict(c.arguments) if isinstance(c.arguments, dict) else {}
            for p in proposed:
                if p["argument"] in args and str(p["value"]).lower() in swap:
                    args[p["argument"]] = p["value"]
            calls.append(Call(c.name, args, c.id))
        return ToolCalls(tuple(calls))

    return reply


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

    with FakeLLMServer(responder=proposing(offline, proposed)) as server:
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

"""Helpers for the live-pipeline tests: a cooperative fake-LLM responder and settings.

`cooperative` answers the live roles' prompts the way a good model would: user turns
state the required values, answers quote a fact, the scaffold fills every slot, and
the planner and judge give schema-valid JSON. Tool-call requests get the server's
default smart reply.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llm_server import Call, FakeRequest, JSONReply, Reply, Text, ToolCalls, smart_reply
from toolgen.agents.live.compact import SCAFFOLD_MARK
from toolgen.agents.live.planner import CALLS_MARK
from toolgen.agents.live.summary import FACTS_MARK
from toolgen.agents.live.user import VALUES_MARK
from toolgen.judge.llm_judge import RUBRIC_MARK
from toolgen.llm import LLMSettings, resolve_llm_settings
from toolgen.records import Record

SECRET = "sk-live-test-5ecret-9f8e7d6c5b4a"
CITIES = ("Porto", "Valencia")


def _after(text: str, mark: str) -> Any:
    line = text.split(mark, 1)[1].split("\n", 1)[0]
    return json.loads(line.strip())


def _all_text(req: FakeRequest) -> str:
    return "\n".join(str(m.get("content") or "") for m in req.messages)


def cooperative(req: FakeRequest) -> Reply:
    text = _all_text(req)
    if SCAFFOLD_MARK in text:
        slots = _after(text, SCAFFOLD_MARK)
        users = [
            ("Hello! Could you help me with " + ", ".join(u["must_state_verbatim"]) + "?")
            if u["must_state_verbatim"] else "Thanks a lot, that covers it."
            for u in slots["user_messages"]
        ]
        answers = [
            f"Done. The result shows {a['facts'][0]}." if a["facts"] else "All done."
            for a in slots["answers"]
        ]
        return JSONReply({"persona": "a busy analyst", "summary": "Wants a quick, reliable "
                          "answer to a practical question.", "user_messages": users,
                          "answers": answers})
    if RUBRIC_MARK in text:
        return JSONReply({"tool_correctness": 5, "naturalness": 4, "task_completion": 5,
                          "overall": 5, "rationale": "Grounded and complete."})
    if req.response_schema and "turns" in (req.response_schema.get("properties") or {}):
        return JSONReply({"persona": "a careful planner", "summary": "Needs to get one "
                          "practical task done with the right details.",
                          "turns": ["asks for help", "follows up"]})
    if VALUES_MARK in text:
        values = _after(text.rsplit(VALUES_MARK, 1)[0] + VALUES_MARK
                        + text.rsplit(VALUES_MARK, 1)[1], VALUES_MARK)
        if values:
            return Text("Hi, I'd like some help with this: " + ", ".join(values) + ".")
        return Text("Great, thanks for your help!")
    if FACTS_MARK in text:
        facts = _after(text, FACTS_MARK)
        return Text(f"Here is what I found: {facts[0]}." if facts else "All done for you.")
    return smart_reply(req)


def live_settings(
    base_url: str, tmp: Path, profile: str, **extra: str
) -> LLMSettings:
    env = {
        "TOOLGEN_LLM_PROVIDER": "openai",
        "TOOLGEN_LLM_BASE_URL": base_url,
        "OPENAI_API_KEY": SECRET,
        "TOOLGEN_LIVE_PROFILE": profile,
        "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
        "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "4",
        "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"),
        **extra,
    }
    return resolve_llm_settings(env, None)


def _made(messages: list[dict[str, Any]]) -> int:
    return sum(1 for m in messages if m.get("role") == "assistant" and m.get("tool_calls"))


@dataclass(frozen=True)
class AnswerKey:
    """Each offline record's calls, in order, found again by the tools a request offers
    (user texts may be rewritten live, the planned functions are always offered)."""

    entries: tuple[tuple[frozenset[str], frozenset[str], tuple[ToolCalls, ...]], ...]

    def calls_for(self, tools: list[dict[str, Any]], made: int) -> ToolCalls | None:
        offered = frozenset(str(t.get("name")) for t in tools)
        fits = [(len(names & offered) / len(names | offered), calls)
                for called, names, calls in self.entries if called <= offered]
        if not fits:
            return None
        calls = max(fits, key=lambda f: f[0])[1]
        return calls[made] if made < len(calls) else None


def answer_key(records: list[Record]) -> AnswerKey:
    entries = []
    for record in records:
        calls = tuple(ToolCalls(tuple(
            Call(c.function.name, json.loads(c.function.arguments)) for c in m.tool_calls))
            for m in record.messages if m.tool_calls)
        called = frozenset(c.name for tc in calls for c in tc.calls)
        names = frozenset(t["function"]["name"] for t in record.tools)
        entries.append((called, names, calls))
    return AnswerKey(tuple(entries))


def _before_retry(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The messages before a rejected attempt and its feedback (or a prose nudge)."""
    msgs = list(messages)
    if msgs and msgs[-1].get("role") == "tool" and "not executed" in str(
            msgs[-1].get("content") or "").lower():
        while msgs and msgs[-1].get("role") == "tool":
            msgs.pop()
        if msgs and msgs[-1].get("role") == "assistant":
            msgs.pop()
    elif len(msgs) >= 2 and msgs[-1].get("role") == "user" and msgs[-2].get("role") == (
            "assistant") and not msgs[-2].get("tool_calls"):
        msgs = msgs[:-2]
    return msgs


def informed(key: AnswerKey) -> Callable[[FakeRequest], Reply]:
    """A cooperative model that also knows each conversation's right calls."""

    def reply(req: FakeRequest) -> Reply:
        if req.tools and req.tool_choice != "none" and not req.response_schema:
            hit = key.calls_for(req.tools, _made(_before_retry(req.messages)))
            if hit is not None:
                return hit
        return cooperative(req)

    return reply


def _proposals(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per call, a realistic value for some stated argument and broken ones for others."""
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


def proposing(
    oracle: Callable[[FakeRequest], Reply], proposed: list[dict[str, Any]]
) -> Callable[[FakeRequest], Reply]:
    """A planner that proposes values (`_proposals`, noted in `proposed`), around `oracle`,
    whose tool calls then use a proposed value wherever the user stated it."""

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

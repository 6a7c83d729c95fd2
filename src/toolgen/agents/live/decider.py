"""The live assistant: an LLM that decides its own tool calls, inside the episode loop.

Wraps the offline policy. Where the policy would make a call that is not a deliberate
mistake (a planned call, or a retry after a fault), the model is asked instead, with
the conversation so far and the offered tools. Its calls are kept, and executed as
made, when they validate against the endpoint's schema, every value is grounded
(stated by the user, returned by an earlier call, or a schema default or enum value)
and they reach the blueprint's outcome (the same endpoints, so the same effects;
another valid value the user stated is fine). A rejected reply gets one retry whose
feedback names what was wrong (the validation error, the ungrounded value, a call
that is not what the user asked for) and never the expected answer; then the offline
call stands. Every text comes from the policy. Each decided message says where it
came from: `llm`, `llm_retry` or `offline`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from toolgen.agents.live.grounding import ground
from toolgen.episode.state import EpisodeState, MadeCall, Origin, Utterance
from toolgen.executor import validator_for
from toolgen.judge.values import same_value
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.toolcalls import NEEDS_CALL_NUDGE, first_tool_call_error
from toolgen.llm.types import Completion, CompletionToolCall
from toolgen.records import Endpoint, PlannedArg

Guard = Callable[[str, Awaitable[Any]], Awaitable[Any]]


@dataclass
class DecisionLog:
    """Per decided message: where it came from, and every problem the model's replies had."""

    origins: list[Origin] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class LiveAssistant:
    def __init__(self, offline: Any, llm: LLM, tools: Sequence[dict[str, Any]],
                 endpoints: Mapping[str, Endpoint], seed: int, guard: Guard) -> None:
        self.offline = offline
        self.llm = llm
        self.tools = tuple(tools)
        self.by_function = {e.function_name: e for e in endpoints.values()}
        self.seed = seed
        self.guard = guard
        self.log = DecisionLog()

    async def next(self, state: EpisodeState) -> Utterance | None:
        proposal: Utterance | None = await self.offline.next(state)
        if proposal is None or not proposal.calls or any(c.intended for c in proposal.calls):
            return proposal  # text is the policy's; a planned mistake is made on purpose
        label = f"assistant:{proposal.calls[0].call_id}"
        decided = await self.guard(label, self._decide(state, proposal))
        if decided is None:
            self.log.origins.append("offline")
            proposal.note["decision"] = "offline"
            return proposal
        self.log.origins.append(decided.origin)
        decided.note["decision"] = decided.origin
        return decided  # type: ignore[no-any-return]

    async def _decide(self, state: EpisodeState, proposal: Utterance) -> Utterance | None:
        request = LLMRequest(messages=tuple(history(state)), tools=self.tools,
                             tool_choice="auto", temperature=0.2,
                             seed=(self.seed + len(state.messages)) % 2**31)
        for attempt in range(2):
            completion = await self.llm.complete(request)
            if not completion.tool_calls:
                self.log.problems.append("answered in prose where a tool call was needed")
                request = request.with_updates(tool_choice="required", messages=(
                    *request.messages, {"role": "assistant", "content": completion.text or ""},
                    {"role": "user", "content": NEEDS_CALL_NUDGE}))
                continue
            bad = first_tool_call_error(completion, self.tools)
            made, problems = ([], [bad[1]]) if bad else self._check(completion, proposal, state)
            if not problems:
                origin: Origin = "llm" if attempt == 0 else "llm_retry"
                return Utterance("assistant", proposal.content, calls=made, act="call",
                                 origin=origin)
            self.log.problems.extend(problems)
            request = request.with_updates(messages=(
                *request.messages, completion.assistant_message(),
                *feedback(completion, problems)))
        return None

    def _check(self, completion: Completion, proposal: Utterance,
               state: EpisodeState) -> tuple[list[MadeCall], list[str]]:
        """The calls to make, or why they cannot be kept."""
        problems: list[str] = []
        wanted = Counter(c.endpoint.function_name for c in proposal.calls)
        got = Counter(c.name for c in completion.tool_calls)
        for name in sorted(got - wanted):
            problems.append(f"{name} is not what the user asked for at this point.")
        if not problems and wanted - got:
            problems.append("These calls do not yet cover what the user asked for.")
        if problems:
            return [], problems
        pending = list(proposal.calls)
        made: list[MadeCall] = []
        for call in completion.tool_calls:
            planned = next(p for p in pending if p.endpoint.function_name == call.name)
            pending.remove(planned)
            one, why = self._call(call, planned, state)
            problems.extend(why)
            if one is not None:
                made.append(one)
        return made, problems

    def _call(self, call: CompletionToolCall, planned: MadeCall,
              state: EpisodeState) -> tuple[MadeCall | None, list[str]]:
        endpoint = planned.endpoint
        args = call.arguments if isinstance(call.arguments, dict) else {}
        errors = validator_for(endpoint)(args)
        if errors:
            return None, [f"{call.name}: validation error: {'; '.join(map(str, errors))}"]
        sources: dict[str, PlannedArg] = {}
        said_at: dict[str, int] = {}
        problems: list[str] = []
        for name, value in args.items():
            kept = planned.sources.get(name)
            if kept is not None and name in planned.arguments and same_value(
                    value, planned.arguments[name]):
                sources[name] = kept
                continue
            found = ground(name, value, endpoint, state.messages, state.outputs)
            if found is None:
                problems.append(f"{call.name}: the value {value!r} for {name} was not given by "
                                "the user nor returned by an earlier call.")
                continue
            sources[name] = found[0]
            if found[1] is not None:
                said_at[name] = found[1]
        if problems:
            return None, problems
        return MadeCall(planned.call_id, endpoint, dict(args), sources, planned.planned_id,
                        said_at=said_at), []


def history(state: EpisodeState) -> list[dict[str, Any]]:
    """The conversation so far as OpenAI chat messages (weights are not the model's)."""
    out = []
    for m in state.messages:
        d = m.model_dump(mode="json", exclude_none=True)
        d.pop("weight", None)
        out.append(d)
    return out


def feedback(completion: Completion, problems: Sequence[str]) -> list[dict[str, Any]]:
    """One tool message per rejected call: what was wrong, never what to do instead."""
    text = "Error: not executed. " + " ".join(problems)
    return [{"role": "tool", "tool_call_id": c.id, "content": text}
            for c in completion.tool_calls]

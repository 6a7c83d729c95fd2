"""An external model under test as the assistant: it decides every call and every text.

Nothing is checked or replaced: its calls are executed as made (an unknown function is
sent on, and the environment answers it with an error), its texts go into the
conversation, and each argument is traced with the source the conversation grounds it
in, or as `injected` when nothing does. Scoring happens afterwards, on the episode.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from toolgen.agents.live.decider import history
from toolgen.agents.live.grounding import ground
from toolgen.episode.state import EpisodeState, MadeCall, Utterance
from toolgen.llm import LLM, LLMRequest
from toolgen.records import Endpoint, PlannedArg

MAX_ROUNDS = 6  # assistant messages in a row before the user gets the turn back


def unknown_endpoint(name: str) -> Endpoint:
    """A stand-in for a function the model invented (the environment rejects it)."""
    return Endpoint(id=f"unknown/{name}", function_name=name, tool_id="unknown",
                    tool_name="unknown", category="unknown", name=name)


class AgentUnderTest:
    def __init__(self, llm: LLM, tools: Sequence[dict[str, Any]],
                 endpoints: Mapping[str, Endpoint], seed: int) -> None:
        self.llm = llm
        self.tools = tuple(tools)
        offered = {t["function"]["name"] for t in tools}
        self.by_function = {e.function_name: e for e in endpoints.values()
                            if e.function_name in offered}
        self.seed = seed

    async def next(self, state: EpisodeState) -> Utterance | None:
        rounds = 0
        for m in reversed(state.messages):
            if m.role == "user":
                break
            rounds += m.role == "assistant"
        if rounds >= MAX_ROUNDS:
            return None
        completion = await self.llm.complete(LLMRequest(
            messages=tuple(history(state)), tools=self.tools, tool_choice="auto",
            temperature=0.0, seed=self.seed))
        if not completion.tool_calls:
            return Utterance("assistant", completion.text or "", act="answer")
        calls = []
        for k, call in enumerate(completion.tool_calls):
            endpoint = self.by_function.get(call.name) or unknown_endpoint(call.name)
            args = call.arguments if isinstance(call.arguments, dict) else {}
            sources: dict[str, PlannedArg] = {}
            said_at: dict[str, int] = {}
            for name, value in args.items():
                found = ground(name, value, endpoint, state.messages, state.outputs)
                if found is not None:
                    sources[name] = found[0]
                    if found[1] is not None:
                        said_at[name] = found[1]
            calls.append(MadeCall(f"call_{len(state.steps) + k + 1}", endpoint, dict(args),
                                  sources, said_at=said_at))
        return Utterance("assistant", completion.text, calls=calls, act="call")

"""The state of one live realisation and what a live run shares.

`LiveContext` is the run's (runtime, config, LLM runtime, profile, role health);
`LiveEpisode` is one conversation's: the live texts edited over the offline ones, the
fallbacks, the models each role used, and `guard()`, which awaits a live step and turns a
provider failure or a bad reply into a recorded fallback (or, strict, an error). `Slots`
says where in the offline record the live roles act.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from toolgen.agents.live.summary import answer_facts
from toolgen.agents.planner.proposals import Verdict
from toolgen.llm import LLMRuntime
from toolgen.llm.errors import BadReplyError, LLMError
from toolgen.llm.health import RoleHealth
from toolgen.pipeline.observer import NO_OBSERVER, EpisodeObserver
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Scenario
from toolgen.seeds import derive_seed

T = TypeVar("T")


class LiveRequiredError(Exception):
    """Strict mode (`TOOLGEN_REQUIRE_LIVE_LLM=true`) and a live call failed."""


@dataclass
class LiveContext:
    """What every live episode of a run shares."""

    rt: Runtime
    config: RunConfig
    llm: LLMRuntime
    profile: str
    strict: bool = False
    paraphrase: bool = False
    health: RoleHealth = field(default_factory=RoleHealth)
    observer: EpisodeObserver = NO_OBSERVER


@dataclass
class Slots:
    """Where the live roles act in the offline record."""

    user_values: dict[int, list[Any]]
    answers: dict[int, list[str]]
    withheld: dict[int, list[Any]]  # values a user message must not state yet


class LiveEpisode:
    """Mutable state of one live realisation: edits, fallbacks, models."""

    def __init__(self, ctx: LiveContext, index: int) -> None:
        self.ctx = ctx
        self.index = index
        self.offline: Record  # the episode's record, once the loop has run
        self.scenario: Scenario  # its blueprint
        self.seed = derive_seed(ctx.config.seed, "record", index)
        self.edits: dict[int, tuple[str, str]] = {}  # index -> (text, role)
        self.fallbacks: list[str] = []
        self.cut_off: list[str] = []  # this conversation's length-retry notes (shared list)
        self.models: dict[str, str] = {}
        self.persona: str | None = None
        self.summary: str | None = None
        self.intents: tuple[str, ...] = ()
        self.verdicts: tuple[Verdict, ...] = ()  # the planner's value proposals
        # compact: (seed of the plan it was written for, user texts, answers) by index
        self.scaffold: tuple[int, dict[int, str], dict[int, str]] | None = None

    def llm(self, role: str) -> Any:
        bound = self.ctx.llm.for_role(role, seed=self.seed)
        self.models[role] = getattr(bound, "model", "")
        return bound

    def call_seed(self, *labels: object) -> int:
        return derive_seed(self.seed, "live", *labels) % 2**31

    async def guard(
        self, role: str, label: str, step: Coroutine[Any, Any, T | None]
    ) -> T | None:
        """Await a live step; None (and a recorded fallback) when it cannot be used."""
        observer = self.ctx.observer
        if self.ctx.health.down(role):
            step.close()
            self.fallbacks.append(f"{label}:skipped")
            observer.event(self.index, f"{label} skipped ({role} is down)")
            return None
        observer.stage(self.index, label)
        try:
            result = await step
        except BadReplyError:
            self.ctx.health.ok(role)
            self.fallbacks.append(f"{label}:bad_reply")
            observer.event(self.index, f"{label} bad reply: offline text kept")
            return None
        except LLMError as exc:
            observer.event(self.index, f"{label} failed: {type(exc).__name__}")
            if self.ctx.strict:
                reason = " ".join(str(exc).split())[:300]
                raise LiveRequiredError(
                    f"live LLM required (TOOLGEN_REQUIRE_LIVE_LLM=true) but the {role} call "
                    f"failed: {type(exc).__name__}: {reason}"
                ) from None
            self.ctx.health.fail(role)
            self.fallbacks.append(f"{label}:error")
            return None
        self.ctx.health.ok(role)
        if result is None:
            self.fallbacks.append(label)
        observer.event(self.index, f"{label} {'fallback' if result is None else 'answered'}")
        return result

    def text(self, i: int) -> str:
        edit = self.edits.get(i)
        return edit[0] if edit else self.offline.messages[i].content or ""

    def openai(self, upto: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i, m in enumerate(self.offline.messages[:upto]):
            d = m.model_dump(mode="json", exclude_none=True)
            d.pop("weight", None)
            if m.role in ("user", "assistant") and i in self.edits:
                d["content"] = self.edits[i][0]
            out.append(d)
        return out

    def transcript(self, upto: int) -> str:
        lines = []
        for i, m in enumerate(self.offline.messages[:upto]):
            if m.role == "tool":
                lines.append(f"tool result: {(m.content or '')[:300]}")
            elif m.role in ("user", "assistant") and (m.content or i in self.edits):
                lines.append(f"{m.role}: {self.text(i)}")
        return "\n".join(lines)

    def user_text(self, upto: int) -> str:
        return "\n".join(self.text(i) for i, m in enumerate(self.offline.messages[:upto])
                         if m.role == "user")


def live_slots(record: Record) -> Slots:
    msgs = record.messages
    user_values: dict[int, list[Any]] = {i: [] for i, m in enumerate(msgs) if m.role == "user"}
    for step in record.step_trace:
        for arg in step.arguments.values():
            if arg.source in ("user", "clarification") and arg.message_index in user_values:
                values = user_values[arg.message_index]
                if arg.value not in values:
                    values.append(arg.value)
    answers = {i: answer_facts(msgs, i) for i, m in enumerate(msgs)
               if m.role == "assistant" and not m.tool_calls and m.content and m.weight != 0
               and i > 0 and msgs[i - 1].role == "tool"}
    asked = [(arg.message_index, arg.value) for step in record.step_trace
             for arg in step.arguments.values()
             if arg.source == "clarification" and arg.message_index is not None]
    withheld = {i: [v for at, v in asked if at > i] for i in user_values}
    return Slots(user_values, answers, withheld)


def guarded(ep: LiveEpisode, role: str) -> Any:
    async def guard(label: str, step: Any) -> Any:
        return await ep.guard(role, label, step)

    return guard

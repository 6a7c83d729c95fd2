"""`run_live_episode()`: one conversation with live roles acting in the episode loop.

Before the loop, the planner LLM writes the goal and may propose argument values; the
valid ones go into the blueprint (`agents.planner.proposals`), so the user states them,
the calls send them and the outputs reflect them, and `planner_scenario` says per
argument whether its value is `planner_llm`'s or `offline`. Then the episode loop runs
with the profile's live participants wrapping the offline ones
(`pipeline.episode.run_episode_async`): the live assistant decides its own calls, which
are executed as made and kept when valid, grounded and on the blueprint's endpoints;
the live user (full) speaks from the planner's goal; the live answers (full) are written
when the episode reaches them.

- `hybrid`: planner (goal, values), assistant decisions, judge (about T+2 calls);
- `full`: planner, user turns, assistant decisions, answers, judge (about 3T+2);
- `compact`: one scaffold call before the loop for the goal and every text (written on
  the blueprint's expected outcome, a look-ahead of the planned episode), decisions
  offline, one judge call (<= 3).

Opt-in (`TOOLGEN_LIVE_PARAPHRASE`), after the profile's roles: the `paraphrase` role
rewords every user turn and final answer no live role rewrote (one call each, plus a
retry; the rewrites are independent, so they run concurrently, with a record that does
not depend on their completion order), its grounded values and figures kept verbatim;
`metadata.paraphrases` then says
`by="live"` for those messages, with `before` the text before any paraphrase. A message
another live role wrote is no paraphrase of its offline text, so its offline entry goes.

Live texts are edits over the offline texts: the record is validated, a live message
named by an error finding is reverted to its offline text (and recorded as a fallback),
and if errors remain the whole dialogue reverts. Metadata records the profile, models
per role, this record's live calls, every fallback and who decided each call message
(`decisions`). A record the judge scores below the threshold is regenerated from a new
plan (`LIVE_REGENERATIONS`) before it is rejected. Provider failures fall back per role
(a role that fails `RoleHealth.limit` times in a row is skipped for a backoff period,
then probed) unless strict (`TOOLGEN_REQUIRE_LIVE_LLM=true`), where they raise
`LiveRequiredError` with a one-line message, and where an episode whose decision fell
back is regenerated and a record with any fallback is not kept.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from toolgen.agents import live as agents
from toolgen.agents.live.checks import voice_problem
from toolgen.agents.live.compact import Scaffolded
from toolgen.agents.live.decider import LiveAssistant
from toolgen.agents.live.edits import apply_edits
from toolgen.agents.live.summary import LiveAnswers, answer_facts, is_answer_turn
from toolgen.agents.live.user import LiveUser, problem_with
from toolgen.agents.offline import value_text
from toolgen.agents.planner import PlanContext, plan_scenario
from toolgen.agents.planner.proposals import (
    Verdict,
    apply_proposals,
    stated_arguments,
    with_provenance,
)
from toolgen.episode import EpisodeState, Participant, Utterance
from toolgen.judge import has_errors, score, validate
from toolgen.judge.context import JudgeContext
from toolgen.judge.gate import verdict
from toolgen.judge.llm_judge import llm_score, raw_overall
from toolgen.judge.realism import gates
from toolgen.judge.secrets import check as secret_findings
from toolgen.llm import LLMRuntime
from toolgen.llm.counter import task_tally
from toolgen.llm.errors import BadReplyError, LLMError
from toolgen.llm.health import RoleHealth
from toolgen.llm.length_retry import task_length_retries
from toolgen.pipeline.episode import Swap, realise, run_episode_async
from toolgen.pipeline.observer import NO_OBSERVER, EpisodeObserver
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.pipeline.scrub import without_secrets
from toolgen.records import (
    Chain,
    JudgeScores,
    Record,
    Rejection,
    RepairNote,
    Scenario,
)
from toolgen.seeds import derive_seed, rng_for

T = TypeVar("T")

ROLES_BY_PROFILE: dict[str, tuple[str, ...]] = {
    "full": ("planner", "user", "assistant", "summary", "judge"),
    "hybrid": ("planner", "assistant", "judge"),
    "compact": ("planner", "judge"),
}
_MESSAGE_REF = re.compile(r"message (\d+)")
_MESSAGE_LABEL = re.compile(r":msg(\d+)")
# A live record the judge scores below the threshold (or, strict, one with a fallback)
# is redone this many times, from a new plan, before it is rejected.
LIVE_REGENERATIONS = 1


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
class _Slots:
    """Where the live roles act in the offline record."""

    user_values: dict[int, list[Any]]
    answers: dict[int, list[str]]
    withheld: dict[int, list[Any]]  # values a user message must not state yet


class _Episode:
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


def _slots(record: Record) -> _Slots:
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
    return _Slots(user_values, answers, withheld)


async def run_live_episode(
    ctx: LiveContext, index: int, chain: Chain, scenario: Scenario
) -> Record | Rejection:
    """One conversation in live mode (see the module docstring)."""
    tally = task_tally()
    cut_off = task_length_retries()
    ctx.observer.started(index, tally)
    item = await _live_attempt(ctx, index, chain, scenario, tally, cut_off)
    for k in range(1, (LIVE_REGENERATIONS if ctx.config.repair else 0) + 1):
        if not (isinstance(item, Rejection) and item.record is not None and any(
                r.startswith(("live:", f"{item.record.judge_scores.judge} overall"))
                for r in item.reasons)):
            break
        ctx.observer.event(index, "regenerate: " + "; ".join(item.reasons)[:120])
        note = RepairNote(attempt=k, kind="regenerate", note="; ".join(item.reasons)[:300])
        item = await _live_attempt(ctx, index, chain, scenario, tally, cut_off,
                                   k * (ctx.config.max_repairs + 1), (note,))
    return item


async def _live_attempt(
    ctx: LiveContext, index: int, chain: Chain, scenario: Scenario, tally: Counter[str],
    cut_off: list[str], first: int = 0, notes: tuple[RepairNote, ...] = (),
) -> Record | Rejection:
    ep = _Episode(ctx, index)
    ep.scenario = scenario
    ep.cut_off = cut_off
    if ctx.profile == "compact":
        await _compact(ep, chain, first)  # goal and texts, before the loop
    else:
        scenario = await _planner(ep, scenario)  # goal first: the live user speaks from it
    offline = await run_episode_async(ctx.rt, ctx.config, index, chain, scenario,
                                      _participants(ep), _strict_check if ctx.strict else None,
                                      first, notes)
    if isinstance(offline, Rejection):
        return offline
    ep.offline = offline
    ep.seed = offline.metadata.seed
    if ctx.paraphrase:
        await _paraphrase(ep, _slots(offline))
    secrets = ctx.rt.judge.secrets | frozenset(ctx.llm.settings.secret_values())
    judge = dataclasses.replace(ctx.rt.judge, secrets=secrets,
                                replay=make_replay(ctx.rt.executor, ctx.rt.endpoints))
    record, findings = _checked(ep, judge)
    scores = await _judge(ep, record, findings)
    md = record.metadata
    metadata = md.model_copy(update={
        "llm_mode": "live",
        "live_profile": ctx.profile,
        "models": dict(sorted(ep.models.items())),
        "live_calls": sum(tally.values()),
        "fallbacks": tuple(ep.fallbacks),
        # A reply cut off for length and asked again: noted, not a repair attempt.
        "repairs": (*md.repairs, *(RepairNote(attempt=0, kind="length_retry", note=n)
                                   for n in cut_off)),
        "planner_scenario": _scenario(md.planner_scenario, ep),
    })
    record = record.model_copy(update={"judge_scores": scores, "metadata": metadata})
    # Scores, goal and intents were set after validation: scan the finished record again.
    record = without_secrets(record, secrets)
    leaks = secret_findings(record, judge)
    if leaks:
        return Rejection(conversation_id=record.conversation_id, index=index, seed=ep.seed,
                         reasons=tuple(f"{f.validator}/{f.kind}: {f.message}" for f in leaks),
                         findings=tuple(leaks), record=None)
    decision = verdict(record, findings, ctx.config.threshold,
                       None if scores.judge == "heuristic" else raw_overall(scores))
    # Strict means live: a record with any offline fallback is not kept.
    strict = [f"live: offline fallback {f}" for f in ep.fallbacks] if ctx.strict else []
    if not decision.accepted or strict:
        reasons = [r if not r.startswith("overall") else f"{scores.judge} {r}"
                   for r in decision.reasons] + strict
        return Rejection(conversation_id=record.conversation_id, index=index, seed=ep.seed,
                         reasons=tuple(reasons), findings=tuple(findings), record=record)
    return record


def _participants(ep: _Episode) -> Swap:
    """The profile's live user and assistant, wrapping the offline ones."""
    roles = ROLES_BY_PROFILE[ep.ctx.profile]

    def swap(user: Participant, policy: Participant, tools: tuple[dict[str, Any], ...],
             seed: int) -> tuple[Participant, Participant]:
        # A regenerated episode starts over: earlier attempts' live turns are not its own.
        ep.fallbacks = [f for f in ep.fallbacks
                        if not f.startswith(("assistant:", "user:", "summary:"))]
        for i in [i for i, (_, role) in ep.edits.items() if role in ("user", "summary")]:
            del ep.edits[i]
        if "user" in roles:
            goal = ep.scenario.goal
            user = LiveUser(user, ep.llm("user"), persona=ep.persona or goal.persona,
                            goal=ep.summary or goal.summary, intents=ep.intents,
                            seed=derive_seed(seed, "live", "user") % 2**31,
                            guard=_guarded(ep, "user"), edits=ep.edits)
        if "assistant" in roles:
            policy = LiveAssistant(policy, ep.llm("assistant"), tools, ep.ctx.rt.endpoints,
                                   derive_seed(seed, "live", "assistant") % 2**31,
                                   _guarded(ep, "assistant"))
        if "summary" in roles:
            policy = LiveAnswers(policy, ep.llm("summary"),
                                 lambda at: derive_seed(seed, "live", "summary", at) % 2**31,
                                 _guarded(ep, "summary"), ep.edits)
        if ep.scaffold is not None and ep.scaffold[0] == seed:
            user = Scaffolded(user, ep.scaffold[1], "user", _user_problem, ep.edits,
                              ep.fallbacks)
            policy = Scaffolded(policy, ep.scaffold[2], "summary", _answer_problem, ep.edits,
                                ep.fallbacks)
        elif ep.scaffold is not None:
            ep.fallbacks.append("scaffold:replanned")  # its texts were for another plan
        return user, policy

    return swap


def _user_problem(text: str, said: Utterance, state: EpisodeState) -> str | None:
    return problem_with(text, said.note.get("values", []), said.note.get("withheld", []),
                        said.note.get("capability"))


def _answer_problem(text: str, said: Utterance, state: EpisodeState) -> str | None:
    if not text or not is_answer_turn(state.messages, said):
        return "not an answer to tool results"
    if not agents.cites_any(text, answer_facts(state.messages, len(state.messages))):
        return "cites no fact of the results"
    return voice_problem(text, "assistant")


def _guarded(ep: _Episode, role: str) -> Any:
    async def guard(label: str, step: Any) -> Any:
        return await ep.guard(role, label, step)

    return guard


def _strict_check(record: Record) -> list[str]:
    """Strict live mode: a record whose calls the policy made instead of the LLM is redone."""
    offline = [i for i, origin in record.metadata.decisions.items() if origin == "offline"]
    return [f"live: the assistant decision at message {i} fell back to the offline policy"
            for i in offline]


def _scenario(planned: dict[str, Any], ep: _Episode) -> dict[str, Any]:
    planned = with_provenance(planned, ep.verdicts)
    if ep.persona is None and ep.summary is None and not ep.intents:
        return planned
    goal = dict(planned.get("goal") or {})
    if ep.persona:
        goal["persona"] = ep.persona
    if ep.summary:
        goal["summary"] = ep.summary
    out = {**planned, "goal": goal}
    if ep.intents:
        out["live_turn_intents"] = list(ep.intents)
    return out


def _planned_calls(record: Record) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"function": s.function_name,
         "arguments": {k: a.value for k, a in s.arguments.items()}}
        for s in record.step_trace if not s.intended
    )


def _goal(record: Record) -> dict[str, Any]:
    goal = record.metadata.planner_scenario.get("goal")
    return goal if isinstance(goal, dict) else {}


async def _planner(ep: _Episode, scenario: Scenario) -> Scenario:
    """The live goal first; the blueprint with the planner's valid value proposals in it."""
    goal = scenario.goal
    calls = tuple({"call": n, "function": c.function_name,
                   "arguments": {a.name: a.value for a in c.arguments
                                 if a.source != "tool_output"},
                   "user_states": [a.name for a in stated_arguments(c)]}
                  for n, c in enumerate(scenario.calls, 1))
    brief = agents.PlanBrief(domain=goal.domain, persona=goal.persona, summary=goal.summary,
                             calls=calls, user_turns=len(scenario.turns))
    llm = ep.llm("planner")
    plan = await ep.guard("planner", "planner",
                          agents.plan_goal(llm, brief, ep.call_seed("planner")))
    if plan is None:
        return scenario
    scenario, ep.verdicts = apply_proposals(scenario, plan.proposals, ep.ctx.rt.endpoints)
    dropped = [v.value for v in ep.verdicts if not v.kept and v.value != v.offline]
    ep.persona = plan.persona
    if any(agents.missing_values(text, dropped) != [value_text(v) for v in dropped]
           for text in (plan.summary, *plan.turn_intents)):
        # The goal was written around a value that did not survive the checks.
        ep.fallbacks.append("planner:goal_names_a_dropped_value")
    else:
        ep.summary, ep.intents = plan.summary, plan.turn_intents
    return scenario


async def _compact(ep: _Episode, chain: Chain, attempt: int) -> None:
    """One structured call scaffolds goal and texts before the loop.

    The scaffold is written on the blueprint's expected outcome: the planned episode
    realised offline on the mock environment (the loop's offline decisions make the
    same calls, so the same outputs). Each text is checked when its turn comes.
    """
    rt, config = ep.ctx.rt, ep.ctx.config
    seed, scenario = _attempt_plan(rt, config, ep.index, chain, ep.scenario, attempt)
    ahead = await realise(rt, config, ep.index, seed, chain, scenario, ())
    ep.seed = seed
    ep.offline, ep.scenario = ahead, scenario
    slots = _slots(ahead)
    goal = _goal(ahead)
    msgs = ahead.messages
    user_idx = sorted(slots.user_values)
    answer_idx = sorted(slots.answers)
    users = [agents.UserSlot(tuple(slots.user_values[i]), msgs[i].content or "")
             for i in user_idx]
    answers = [agents.AnswerSlot(tuple(slots.answers[i]), tuple(
        c.function.name for m in msgs[:i] if m.tool_calls for c in m.tool_calls))
        for i in answer_idx]
    llm = ep.llm("planner")
    scaffold = await ep.guard("planner", "scaffold", agents.scaffold_dialogue(
        llm, domain=str(goal.get("domain") or ""), persona=str(goal.get("persona") or ""),
        summary=str(goal.get("summary") or ""), calls=_planned_calls(ahead),
        users=users, answers=answers, seed=ep.call_seed("scaffold")))
    if scaffold is None:
        return
    if len(scaffold.persona) >= 3:
        ep.persona = scaffold.persona[:120]
    if len(scaffold.summary) >= 10:
        ep.summary = scaffold.summary[:400]
    ep.scaffold = (seed, dict(zip(user_idx, scaffold.user_messages, strict=False)),
                   dict(zip(answer_idx, scaffold.answers, strict=False)))


def _attempt_plan(
    rt: Runtime, config: RunConfig, index: int, chain: Chain, scenario: Scenario, attempt: int
) -> tuple[int, Scenario]:
    """The seed and blueprint `run_episode_async` realises at `attempt` (0: the given one)."""
    if not attempt:
        return derive_seed(config.seed, "record", index), scenario
    seed = derive_seed(config.seed, "record", index, "regen", attempt)
    return seed, plan_scenario(chain, PlanContext(rt.graph, rt.values), rng_for(seed, "plan"))


async def _paraphrase(ep: _Episode, slots: _Slots) -> None:
    """Live lexical diversity for each user turn and final answer no live role rewrote.

    The rewrites do not depend on each other, so they are asked at once.
    """
    msgs = ep.offline.messages
    steps: dict[int, Coroutine[Any, Any, str | None]] = {}
    for i in sorted({*slots.user_values, *slots.answers}):
        text = msgs[i].content or ""
        if i in ep.edits or not text.strip():
            continue
        if i in slots.user_values:
            # A value cited at a later message may be stated only here (the validator
            # searches the cited message and earlier ones); the agent keeps those this
            # text states.
            role: agents.ParaphraseRole = "user"
            protected: list[Any] = [v for k, values in sorted(slots.user_values.items())
                                    if k >= i for v in values]
        else:
            # The facts this answer states: the rewrite must keep citing them.
            role, protected = "assistant", [f for f in slots.answers[i]
                                            if agents.cites_any(text, [f])]
        llm = ep.llm("paraphrase")
        steps[i] = ep.guard("paraphrase", f"paraphrase:msg{i}", agents.paraphrase_text(
            llm, text, protected, ep.call_seed("paraphrase", i), role=role))
    for i, new in zip(steps, await _together(ep, list(steps.values())), strict=True):
        if new is not None:
            ep.edits[i] = (new, "paraphrase")


async def _together(ep: _Episode, steps: list[Coroutine[Any, Any, T | None]]) -> list[T | None]:
    """Independent live steps run concurrently, with a record that does not depend on
    which finished first: results in step order, and the fallbacks and length notes
    they left sorted (each step's label is its message index)."""
    fallbacks, notes = len(ep.fallbacks), len(ep.cut_off)
    results = list(await asyncio.gather(*steps))
    ep.fallbacks[fallbacks:] = sorted(ep.fallbacks[fallbacks:], key=_label_order)
    ep.cut_off[notes:] = sorted(ep.cut_off[notes:])
    return results


def _label_order(label: str) -> tuple[int, str]:
    found = _MESSAGE_LABEL.search(label)
    return (int(found.group(1)) if found else -1, label)


def _checked(ep: _Episode, judge: JudgeContext) -> tuple[Record, list[Any]]:
    """Apply the live edits; revert the ones validators object to (or all of them)."""
    record = apply_edits(ep.offline, ep.edits)
    findings = validate(record, judge)
    if not has_errors(findings) or not ep.edits:
        return record, findings
    named = {int(n) for f in findings if gates(f) for n in _MESSAGE_REF.findall(f.message)}
    bad = sorted(named & set(ep.edits))
    for i in bad:
        ep.fallbacks.append(f"{ep.edits.pop(i)[1]}:msg{i}:invalid")
        ep.ctx.observer.event(ep.index, f"repair: message {i} reverted to its offline text")
    if bad:
        record = apply_edits(ep.offline, ep.edits)
        findings = validate(record, judge)
        if not has_errors(findings):
            return record, findings
    for i in sorted(ep.edits):
        ep.fallbacks.append(f"{ep.edits[i][1]}:msg{i}:invalid")
    ep.ctx.observer.event(ep.index, "repair: whole dialogue reverted to its offline text")
    ep.edits.clear()
    return ep.offline, validate(ep.offline, judge)


async def _judge(ep: _Episode, record: Record, findings: list[Any]) -> JudgeScores:
    llm = ep.llm("judge")
    model = ep.models["judge"]
    attempts = 1 if ep.ctx.profile == "compact" else 2
    scores = await ep.guard("judge", "judge", llm_score(
        llm, record, findings, model, ep.call_seed("judge"), max_attempts=attempts))
    return scores if scores is not None else score(record, findings)

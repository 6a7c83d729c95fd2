"""The live roles of an episode: who speaks, and what the planner and paraphrase add.

`participants()` wraps the offline user and assistant in the profile's live ones;
`planner()` asks for the goal first and puts the planner's valid value proposals into the
blueprint; `compact()` writes the whole scaffold in one call before the loop, on the
planned episode realised offline; `paraphrase()` rewords, concurrently, the texts no live
role rewrote.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Coroutine
from typing import Any, TypeVar

from toolgen.agents import live as agents
from toolgen.agents.live.checks import voice_problem
from toolgen.agents.live.compact import Scaffolded
from toolgen.agents.live.decider import LiveAssistant
from toolgen.agents.live.summary import LiveAnswers, answer_facts, is_answer_turn
from toolgen.agents.live.user import LiveUser, problem_with
from toolgen.agents.offline import value_text
from toolgen.agents.planner import PlanContext, plan_scenario
from toolgen.agents.planner.proposals import apply_proposals, stated_arguments
from toolgen.episode import EpisodeState, Participant, Utterance
from toolgen.pipeline.episode import Swap, realise
from toolgen.pipeline.live_state import LiveEpisode, Slots, guarded, live_slots
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Scenario
from toolgen.seeds import derive_seed, rng_for

T = TypeVar("T")

ROLES_BY_PROFILE: dict[str, tuple[str, ...]] = {
    "full": ("planner", "user", "assistant", "summary", "judge"),
    "hybrid": ("planner", "assistant", "judge"),
    "compact": ("planner", "judge"),
}
_MESSAGE_LABEL = re.compile(r":msg(\d+)")


def participants(ep: LiveEpisode) -> Swap:
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
                            guard=guarded(ep, "user"), edits=ep.edits)
        if "assistant" in roles:
            policy = LiveAssistant(policy, ep.llm("assistant"), tools, ep.ctx.rt.endpoints,
                                   derive_seed(seed, "live", "assistant") % 2**31,
                                   guarded(ep, "assistant"))
        if "summary" in roles:
            policy = LiveAnswers(policy, ep.llm("summary"),
                                 lambda at: derive_seed(seed, "live", "summary", at) % 2**31,
                                 guarded(ep, "summary"), ep.edits)
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


def _planned_calls(record: Record) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"function": s.function_name,
         "arguments": {k: a.value for k, a in s.arguments.items()}}
        for s in record.step_trace if not s.intended
    )


def _goal(record: Record) -> dict[str, Any]:
    goal = record.metadata.planner_scenario.get("goal")
    return goal if isinstance(goal, dict) else {}


async def planner(ep: LiveEpisode, scenario: Scenario) -> Scenario:
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


async def compact(ep: LiveEpisode, chain: Chain, attempt: int) -> None:
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
    slots = live_slots(ahead)
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
    return seed, plan_scenario(chain, PlanContext(rt.graph, rt.values), rng_for(seed, "plan"),
                               seed)


async def paraphrase(ep: LiveEpisode, slots: Slots) -> None:
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


async def _together(ep: LiveEpisode, steps: list[Coroutine[Any, Any, T | None]]) -> list[T | None]:
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



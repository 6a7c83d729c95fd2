"""`run_episode()`: one conversation from its planned chain to an accepted record.

Sample and plan happen up front (see `plan.py`); here we realise, judge, repair and
either return the record or a typed rejection with reasons.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from toolgen.agents.offline.intents import intent_of
from toolgen.agents.planner import PlanContext, plan_scenario
from toolgen.agents.planner.session_values import context_note
from toolgen.agents.policy import (
    OfflineAssistant,
    OfflineUser,
    PolicyContext,
    state_visible,
    system_prompt,
)
from toolgen.episode import EpisodeState, Participant, run_loop, run_now
from toolgen.episode.patterns import realised_patterns
from toolgen.episode.robustness import OverlayContext
from toolgen.episode.synthetic import REFRESH_TOKEN
from toolgen.executor.pools import PLACES
from toolgen.executor.served import record_place
from toolgen.executor.settle_ahead import settle_hints
from toolgen.judge import JudgeContext, has_errors, score, validate
from toolgen.judge.gate import verdict
from toolgen.pipeline.assemble import build_record, conversation_id, offered_tools
from toolgen.pipeline.call_log import AUDIT_EVERY, LoggedEnvironment, in_run_replay
from toolgen.pipeline.replay import make_replay, session_seed
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import (
    Chain,
    Endpoint,
    Finding,
    Message,
    Record,
    Rejection,
    RepairNote,
    Scenario,
)
from toolgen.registry.english import words_of
from toolgen.repair import repair_record
from toolgen.seeds import derive_seed, rng_for

# Given the offline user and assistant, the offered tools and the record seed: the
# participants that take part instead (live roles). None: the offline ones.
Swap = Callable[[Participant, Participant, tuple[dict[str, Any], ...], int],
                tuple[Participant, Participant]]
# Reasons a realised record may not be kept whatever its scores (strict live mode).
ExtraCheck = Callable[[Record], list[str]]


def run_episode(
    rt: Runtime, config: RunConfig, index: int, chain: Chain, scenario: Scenario
) -> Record | Rejection:
    """The offline episode (its participants never wait, so no event loop is needed)."""
    return run_now(run_episode_async(rt, config, index, chain, scenario))


async def run_episode_async(
    rt: Runtime, config: RunConfig, index: int, chain: Chain, scenario: Scenario,
    swap: Swap | None = None, extra: ExtraCheck | None = None,
    first: int = 0, notes_so_far: tuple[RepairNote, ...] = (),
) -> Record | Rejection:
    """Realise, judge, repair; regenerate (bounded) until accepted, else a rejection.

    `first` > 0 starts at a later regeneration (a caller redoing a rejected episode).
    """
    full = make_replay(rt.executor, rt.endpoints)
    notes: list[RepairNote] = list(notes_so_far)
    attempts = config.max_repairs + 1 if config.repair else 1
    seed = derive_seed(config.seed, "record", index)
    last: Record | None = None
    reasons: list[str] = []
    for attempt in range(first, first + attempts):
        if attempt:
            seed = derive_seed(config.seed, "record", index, "regen", attempt)
            scenario = plan_scenario(
                chain, PlanContext(rt.graph, rt.values), rng_for(seed, "plan"), seed
            )
        record, env = await realise_logged(rt, config, index, seed, chain, scenario,
                                           tuple(notes), swap)
        # The replay check reads what the environment just executed (see call_log).
        judge = dataclasses.replace(rt.judge, replay=in_run_replay(
            env, seed, rt.endpoints, full, audit=index % AUDIT_EVERY == 0))
        record, findings = _judged(rt, config, record, judge, notes, attempt)
        decision = verdict(record, findings, config.threshold)
        refused = extra(record) if extra is not None else []
        if decision.accepted and not refused:
            return record
        last = record
        reasons = [*decision.reasons, *refused]
        if attempt + 1 < first + attempts:
            notes.append(RepairNote(attempt=attempt + 1, kind="regenerate",
                                    note="; ".join(reasons)[:300]))
    return _rejection(rt, config, index, seed, last, reasons)


def _judged(
    rt: Runtime, config: RunConfig, record: Record, judge: JudgeContext,
    notes: list[RepairNote], attempt: int,
) -> tuple[Record, list[Finding]]:
    """Validated (and structurally repaired, noted in `notes`) and scored."""
    findings = validate(record, judge)
    if has_errors(findings) and config.repair:
        fixed, note = repair_record(record, findings, rt)
        if fixed is not None and note is not None:
            notes.append(RepairNote(attempt=attempt + 1, kind=note[0], note=note[1]))
            record = fixed.model_copy(update={"metadata": fixed.metadata.model_copy(
                update={"repairs": tuple(notes), "repair_attempts": len(notes)})})
            findings = validate(record, judge)
    return record.model_copy(update={"judge_scores": score(record, findings)}), findings


def _rejection(
    rt: Runtime, config: RunConfig, index: int, seed: int, last: Record | None,
    reasons: list[str],
) -> Rejection:
    kept_findings = last.judge_scores.findings if last else ()
    # A record that leaks a credential must not reach the rejects file either, nor may
    # other findings that quote its text: only the secret findings (which never quote) stay.
    leaked = any(f.validator == "secrets" for f in kept_findings)
    if leaked:
        kept_findings = tuple(f for f in kept_findings if f.validator == "secrets")
        reasons = [r for r in reasons if r.startswith("secrets/")] or ["secrets: leak"]
    return Rejection(
        conversation_id=last.conversation_id if last else conversation_id(config.seed, index,
                                                                         rt.fingerprint),
        index=index, seed=seed, reasons=tuple(reasons),
        findings=kept_findings, record=None if leaked else last,
    )


async def realise(
    rt: Runtime,
    config: RunConfig,
    index: int,
    seed: int,
    chain: Chain,
    scenario: Scenario,
    repairs: tuple[RepairNote, ...],
    swap: Swap | None = None,
) -> Record:
    """Let the user and the assistant talk through the blueprint; assemble the record."""
    return (await realise_logged(rt, config, index, seed, chain, scenario, repairs, swap))[0]


async def realise_logged(
    rt: Runtime,
    config: RunConfig,
    index: int,
    seed: int,
    chain: Chain,
    scenario: Scenario,
    repairs: tuple[RepairNote, ...],
    swap: Swap | None = None,
) -> tuple[Record, LoggedEnvironment]:
    """`realise`, and the environment with the log of the calls it executed."""
    text = rng_for(seed, "text")
    env = LoggedEnvironment(rt.executor.session(session_seed(seed), home=PLACES[record_place(
        (rt.endpoints[e].function_name for e in chain.endpoint_ids if e in rt.endpoints),
        seed)][2]))
    env.session.ahead = settle_hints(scenario.calls, rt.endpoints)  # what later calls settle
    state = EpisodeState()
    prompt = system_prompt(text)
    if (note := context_note(scenario.calls)) is not None:
        prompt = f"{prompt} {note}" if prompt else note  # where the assistant reads a token
    if prompt is not None:
        state.add(Message(role="system", content=prompt))
    missing = _missing_endpoint(rt, scenario, seed)
    ctx = PolicyContext(rt.endpoints, rt.values, OverlayContext(rt.executor, rt.values,
                        rt.similar), env.faults, env.session)
    policy = OfflineAssistant(scenario, ctx, rng_for(seed, "exec"), text,
                              rng_for(seed, "foresight"))
    user = OfflineUser(scenario, rt.endpoints, text, missing, policy.foresee)
    exclude = missing.id if missing else None
    offered: tuple[dict[str, Any], ...] = ()
    speakers: tuple[Participant, Participant] = (user, policy)
    if swap is not None:  # the model sees the tools before it decides
        planned = [c.endpoint_id for c in scenario.calls]
        if "auth_refresh" in scenario.patterns:
            planned.append(REFRESH_TOKEN.id)
        offered = offered_tools(rt, planned, [], rng_for(seed, "tools"), config.distractors,
                                exclude=exclude)
        speakers = swap(user, policy, offered, seed)
    await run_loop(state, *speakers, env)
    for i, said in state.replaced.items():  # live texts are the caller's edits to check
        state.messages[i] = state.messages[i].model_copy(update={"content": said})
    stateful = "stateful" in scenario.patterns and state_visible(state.executed)
    overlays = [*policy.overlays, *(["stateful"] if stateful else []), *user.overlays]
    used = [s.endpoint_id for s in state.steps]
    tools = with_used(rt, offered, used) if swap is not None else offered_tools(
        rt, used, [], rng_for(seed, "tools"), config.distractors, exclude=exclude)
    pattern, patterns = realised_patterns(scenario.pattern, overlays, state.messages,
                                          state.steps, rt.tool_of)
    record = build_record(rt, config, index, seed, policy.realised(), state, tools, pattern,
                          patterns, repairs, chain.endpoint_ids)
    if swap is None:
        return record, env
    decisions = {str(i): origin for i, origin in sorted(state.origins.items())}
    return record.model_copy(update={"metadata": record.metadata.model_copy(
        update={"decisions": decisions})}), env


def with_used(
    rt: Runtime, offered: tuple[dict[str, Any], ...], used: list[str]
) -> tuple[dict[str, Any], ...]:
    """The tools the model was offered, plus any it was made to call (a planned mistake)."""
    names = {t["function"]["name"] for t in offered}
    extra = [rt.openai_tool(e) for e in dict.fromkeys(used)
             if rt.endpoints[e].function_name not in names]
    return (*offered, *extra)


def _missing_endpoint(rt: Runtime, scenario: Scenario, seed: int) -> Endpoint | None:
    """An endpoint from another category the user will ask for (and not be offered): one
    they can name in their own words (`Runtime.askable`). Its random stream is seeded
    only for the records that need one (seeding costs more than most draws)."""
    if "missing_tool" not in scenario.patterns or not rt.askable:
        return None
    rng = rng_for(seed, "missing")
    used = {rt.endpoints[c.endpoint_id].category for c in scenario.calls}
    for _ in range(16):
        pick = rt.endpoints[rng.choice(rt.askable)]
        if pick.category not in used and _readable_ask(pick):
            return pick
    return None


def _readable_ask(endpoint: Endpoint) -> bool:
    """The capability the user asks for holds only words a reader knows: a name can be
    plain English while its description lends the ask a word it is not ("Return vector
    embeddings satisfy ..." for ALPR's `Face multiple embedding`)."""
    return not words_of(intent_of(endpoint).obj, split=False).unknown

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

import dataclasses
import re
from collections import Counter
from typing import Any

from toolgen.agents.live.edits import apply_edits
from toolgen.agents.planner.proposals import with_provenance
from toolgen.judge import has_errors, score, validate
from toolgen.judge.context import JudgeContext
from toolgen.judge.gate import verdict
from toolgen.judge.llm_judge import llm_score, raw_overall
from toolgen.judge.realism import gates
from toolgen.judge.secrets import check as secret_findings
from toolgen.llm.counter import task_tally
from toolgen.llm.length_retry import task_length_retries
from toolgen.pipeline.episode import run_episode_async
from toolgen.pipeline.live_roles import ROLES_BY_PROFILE, compact, paraphrase, participants, planner
from toolgen.pipeline.live_state import (
    LiveContext,
    LiveEpisode,
    LiveRequiredError,
    live_slots,
)
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.scrub import without_secrets
from toolgen.records import (
    Chain,
    JudgeScores,
    Record,
    Rejection,
    RepairNote,
    Scenario,
)

__all__ = [
    "LIVE_REGENERATIONS",
    "ROLES_BY_PROFILE",
    "LiveContext",
    "LiveRequiredError",
    "run_live_episode",
]

_MESSAGE_REF = re.compile(r"message (\d+)")
# A live record the judge scores below the threshold (or, strict, one with a fallback)
# is redone this many times, from a new plan, before it is rejected.
LIVE_REGENERATIONS = 1


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
    ep = LiveEpisode(ctx, index)
    ep.scenario = scenario
    ep.cut_off = cut_off
    if ctx.profile == "compact":
        await compact(ep, chain, first)  # goal and texts, before the loop
    else:
        scenario = await planner(ep, scenario)  # goal first: the live user speaks from it
    offline = await run_episode_async(ctx.rt, ctx.config, index, chain, scenario,
                                      participants(ep), _strict_check if ctx.strict else None,
                                      first, notes)
    if isinstance(offline, Rejection):
        return offline
    ep.offline = offline
    ep.seed = offline.metadata.seed
    if ctx.paraphrase:
        await paraphrase(ep, live_slots(offline))
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


def _strict_check(record: Record) -> list[str]:
    """Strict live mode: a record whose calls the policy made instead of the LLM is redone."""
    offline = [i for i, origin in record.metadata.decisions.items() if origin == "offline"]
    return [f"live: the assistant decision at message {i} fell back to the offline policy"
            for i in offline]


def _scenario(planned: dict[str, Any], ep: LiveEpisode) -> dict[str, Any]:
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


def _checked(ep: LiveEpisode, judge: JudgeContext) -> tuple[Record, list[Any]]:
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


async def _judge(ep: LiveEpisode, record: Record, findings: list[Any]) -> JudgeScores:
    llm = ep.llm("judge")
    model = ep.models["judge"]
    attempts = 1 if ep.ctx.profile == "compact" else 2
    scores = await ep.guard("judge", "judge", llm_score(
        llm, record, findings, model, ep.call_seed("judge"), max_attempts=attempts))
    return scores if scores is not None else score(record, findings)



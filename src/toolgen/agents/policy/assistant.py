"""The offline assistant policy: follows the blueprint, and makes its planned mistakes.

For each user turn of the plan it asks the planned clarification, or makes the turn's
calls step by step, each filled from what earlier calls returned (`resolve`), and then
reports what they came to. A robustness overlay the plan carries becomes behaviour: a
deliberate mistake it makes (and then corrects, reading the error), or a fault it asks
the environment to raise on one call (and then reacts to). An input no earlier output
can fill is asked of the user before the call. Off-plan user acts (a missing
capability, an off-topic question, a thank-you) get their offline answer.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.offline.spoken_slots import spoken_slot
from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.policy.page_ahead import pages_on
from toolgen.agents.policy.pages import whole_listing
from toolgen.agents.policy.resolve import (
    carrier,
    consumers_of,
    feeds_consumer,
    resolve_call,
)
from toolgen.agents.policy.speech import SYSTEM_PROMPTS, outcome_of, recovery_text
from toolgen.agents.policy.which_call import which_calls
from toolgen.episode.environment import FaultPlan
from toolgen.episode.robustness import (
    OVERLAYS,
    Attempt,
    OverlayContext,
    base_attempt,
    continue_page,
)
from toolgen.episode.state import EpisodeState, MadeCall, Utterance
from toolgen.executor import ExecutionSession
from toolgen.graph.subjects import of_a_piece
from toolgen.records import Endpoint, PlannedArg, PlannedCall, PlannedTurn, Scenario
from toolgen.records.paths import parse_path

_SCALARS = ("string", "integer", "number", "boolean")


def schema_at(schema: dict[str, Any], path: str) -> dict[str, Any]:
    """The sub-schema a `$.a[0].b` path points at in a JSON Schema ({} when unknown)."""
    node: Any = schema
    for part in parse_path(path):
        if not isinstance(node, dict):
            return {}
        node = node.get("items") if isinstance(part, int) else (
            node.get("properties") or {}).get(part)
    return node if isinstance(node, dict) else {}


def system_prompt(rng: random.Random) -> str | None:
    """The operator's system message, present in about half the conversations."""
    return rng.choice(SYSTEM_PROMPTS) if rng.random() < 0.5 else None


@dataclass
class PolicyContext:
    endpoints: Mapping[str, Endpoint]
    values: ArgumentValues
    overlays: OverlayContext
    faults: FaultPlan
    lookahead: ExecutionSession  # the live session; only ever forked, never called


class OfflineAssistant:
    def __init__(self, blueprint: Scenario, ctx: PolicyContext, exec_rng: random.Random,
                 text_rng: random.Random, foresight_rng: random.Random | None = None) -> None:
        self.blueprint = blueprint
        self.ctx = ctx
        self.rng = exec_rng
        self.text = text_rng
        self.foresight = foresight_rng or random.Random(0)
        self.final: dict[str, PlannedCall] = {}  # planned call id -> as realised
        self.calls = {c.call_id: c for c in blueprint.calls}  # as the user will state them
        # Producer call id -> its function: a link must join calls about the same entity.
        self.producers = {c.call_id: c.function_name for c in blueprint.calls}
        self.overlays: list[str] = []
        self._pending = [p for p in blueprint.patterns[1:] if p in OVERLAYS]
        if self._pending:
            self.ctx = replace(ctx, overlays=replace(
                ctx.overlays, consumers=consumers_of(blueprint, ctx.endpoints)))
        steps = [s for t in blueprint.turns for s in t.steps]
        self._alone = {s[0] for s in steps if len(s) == 1}
        self._script: Iterator[Utterance | None] | None = None
        self._seen: Utterance | None = None  # the last user message answered

    async def next(self, state: EpisodeState) -> Utterance | None:
        if self._script is None:
            self._script = self._act(state)
        return next(self._script, None)

    def foresee(self, k: int, state: EpisodeState) -> list[PlannedCall]:
        """The plan's calls, with the inputs turn `k` needs that no output will fill.

        Asked before the user speaks, so the user can state them: the turn's calls are
        looked ahead on a fork of the session (only those whose output a later call of
        the turn reads), and a link that will not resolve becomes a value the user gives.
        """
        ids: list[str] = []
        for turn in self.blueprint.turns[k:]:
            ids += [cid for step in turn.steps for cid in step]
            if turn.steps:
                break
        linked = [cid for cid in ids if any(
            a.source == "tool_output" and self._required(cid, a.name)
            and not self._fits(cid, a) for a in self.calls[cid].arguments)]
        if not linked:  # the common case: every link's declared type fits its input
            return list(self.calls.values())
        # Every call resolved below reads its producer's look-ahead output: a fitting
        # link beside an unfitting one is not turned into a value the user names.
        ahead = ids[: ids.index(linked[-1]) + 1]
        feeds = {a.call_id for cid in ahead for a in self.calls[cid].arguments
                 if a.source == "tool_output"} & set(ids)
        outputs = dict(state.outputs)
        fork = None
        for cid in ahead:
            call, endpoint = self.calls[cid], self.ctx.endpoints[self.calls[cid].endpoint_id]
            resolved = call if not any(a.source == "tool_output" for a in call.arguments) else (
                resolve_call(call, endpoint, outputs, self.ctx.values, self.foresight,
                             self.producers,
                             {**self.final, **{c: self.calls[c] for c in ids[:ids.index(cid)]}}))
            stated = {a.name: a.model_copy(update={"source": "user"})
                      for a in resolved.arguments if a.source == "clarification"
                      and any(b.name == a.name and b.source == "tool_output"
                              for b in call.arguments)}
            if stated:
                args = tuple(stated.get(a.name, a) for a in call.arguments)
                depends = tuple(dict.fromkeys(a.call_id for a in args if a.call_id
                                              and a.source == "tool_output"))
                self.calls[cid] = call.model_copy(update={"arguments": args,
                                                          "depends_on": depends})
            if cid in feeds:
                fork = fork or self.ctx.lookahead.fork()
                result = fork.call(endpoint, {a.name: a.value for a in resolved.arguments})
                if result.status == "ok":
                    outputs[cid] = result.output
        return list(self.calls.values())

    def _fits(self, call_id: str, arg: PlannedArg) -> bool:
        """Whether the producer's declared output type at the link's path fits the input
        (then only an empty result can break the link, and the policy asks mid-turn)."""
        producer = self.calls.get(arg.call_id or "")
        if producer is None or arg.path is None:
            return False
        source = schema_at(self.ctx.endpoints[producer.endpoint_id].response_schema, arg.path)
        endpoint = self.ctx.endpoints[self.calls[call_id].endpoint_id]
        target = next((p.json_schema for p in endpoint.parameters if p.name == arg.name), {})
        if any(k in target for k in ("enum", "pattern", "format", "const")):
            return False
        want, got = target.get("type"), source.get("type")
        return isinstance(got, str) and got in _SCALARS and (want is None or want == got or (
            want == "number" and got == "integer"))

    def _required(self, call_id: str, name: str) -> bool:
        endpoint = self.ctx.endpoints[self.calls[call_id].endpoint_id]
        return any(p.name == name and p.required for p in endpoint.parameters)

    def realised(self) -> Scenario:
        """The blueprint with each call as it was finally made."""
        calls = tuple(self.final.get(c.call_id, c) for c in self.blueprint.calls)
        return self.blueprint.model_copy(update={"calls": calls})

    def _act(self, state: EpisodeState) -> Iterator[Utterance | None]:
        """Answers each new user message (None: nothing to add, the user's turn)."""
        while True:
            heard = state.last("user")
            if heard is None or heard is self._seen:
                yield None
                continue
            self._seen = heard
            if heard.act == "missing_tool":
                asked = self.ctx.endpoints.get(str(heard.note.get("endpoint", "")))
                # only what is of a piece with the ask: "I can't find the articles. I can
                # get random cocktail" had the user take up cocktails (ToolBench seed 97 #4)
                chain = [self.ctx.endpoints[c.endpoint_id] for c in self.blueprint.calls]
                offered = [e for e in chain if asked is not None and of_a_piece(asked, e)]
                alternatives = list(dict.fromkeys(lang.intent_of(e) for e in offered))
                yield Utterance("assistant", lang.assistant_missing_tool(
                    heard.note["capability"], alternatives, self.text), act="answer")
            elif heard.act == "irrelevant":
                yield Utterance("assistant", lang.assistant_irrelevant_answer(
                    heard.content or "", self.text), act="answer")
            elif heard.act == "closing":
                yield Utterance("assistant", lang.assistant_closing(
                    heard.content or "", self.text), act="answer")
            else:
                yield from self._turn(self.blueprint.turns[heard.note["turn"]], state)

    def _turn(self, turn: PlannedTurn, state: EpisodeState) -> Iterator[Utterance]:
        calls = self.calls
        if turn.clarify:
            labels = [spoken_slot(name, self.ctx.endpoints[self.calls[cid].endpoint_id])
                      for cid, name in (k.split(".", 1) for k in turn.clarify)]
            yield Utterance("assistant", lang.assistant_clarify(
                labels, self.text, self.blueprint.goal.style), act="ask")
            return
        turn_calls = [calls[cid] for step in turn.steps for cid in step]
        intents = [lang.intent_of(self.ctx.endpoints[c.endpoint_id]) for c in turn_calls]
        for n, step in enumerate(turn.steps):
            yield from self._step(n, step, calls, intents, state)
        if turn.steps:
            done = {d.call.call_id: d for d in state.executed}
            made = [whole_listing(done[c.call_id], state.executed) for c in turn_calls]
            outcomes = lang.said_once([
                replace(outcome_of(r, i), which=w) for r, i, w in zip(
                    made, intents, which_calls([r.call for r in made]), strict=True)])
            facts = [f for o in outcomes for f in o.facts]
            text = lang.assistant_report(outcomes, self.text)
            kept = [f.value for f in facts] + [o.which for o in outcomes if o.which]
            new = lang.paraphrase(text, kept, self.text, strength=0.5, disfluent=False)
            yield Utterance("assistant", new, act="answer", note={"facts": facts},
                            before=text)

    def _step(self, n: int, step: tuple[str, ...], calls: Mapping[str, PlannedCall],
              intents: list[Intent], state: EpisodeState) -> Iterator[Utterance]:
        """One planned assistant step: its calls, each retried as its attempts say."""
        plans: list[list[Attempt]] = []
        for cid in step:
            call = resolve_call(calls[cid], self.ctx.endpoints[calls[cid].endpoint_id],
                                state.outputs, self.ctx.values, self.rng, self.producers,
                                self.final)
            self._cite_carried(calls[cid], call, state)
            self.final[cid] = call
            plans.append(self._attempts(call, state))
        asked = [(c, a.name) for c in (self.final[cid] for cid in step) for a in c.arguments
                 if a.source == "clarification" and f"{c.call_id}.{a.name}" not in state.said]
        if asked:  # an input no earlier output could fill: the user is asked for it
            labels = [spoken_slot(name, self.ctx.endpoints[c.endpoint_id]) for c, name in asked]
            yield Utterance("assistant", lang.assistant_clarify(
                labels, self.text, self.blueprint.goal.style), act="ask_value", note={
                    "keys": [f"{c.call_id}.{name}" for c, name in asked],
                    "calls": [c for c, _ in asked]})
            self._seen = state.last("user")  # the answer: the step goes on
        for k in range(max(len(p) for p in plans)):
            made = [self._made(cid, p, k, state) for cid, p in zip(step, plans, strict=True)
                    if k < len(p)]
            if k == 0:
                content = lang.assistant_preamble(intents, self.text) if n == 0 else None
            else:
                previous = next(d for d in reversed(state.executed)
                                if d.call.planned_id == step[0])
                content = recovery_text(made[0], previous, self.text)
            yield Utterance("assistant", content, calls=made, act="call")

    def _cite_carried(self, planned: PlannedCall, made: PlannedCall,
                      state: EpisodeState) -> None:
        """An input the user stated for an earlier call, carried into this one (`resolve`),
        cites the user message that stated it, as that call's own argument does."""
        for arg in planned.arguments:
            if arg.source != "tool_output" or not any(
                    a.name == arg.name and a.source == "user" for a in made.arguments):
                continue
            found = carrier(self.final, arg.call_id or "", arg.name)
            said = state.said.get(f"{found[0].call_id}.{found[1].name}") if found else None
            if said is not None:
                state.said[f"{planned.call_id}.{arg.name}"] = said

    def _attempts(self, call: PlannedCall, state: EpisodeState) -> list[Attempt]:
        endpoint = self.ctx.endpoints[call.endpoint_id]
        if not self._pending or call.call_id not in self._alone:
            return [base_attempt(call, endpoint)]
        overlay, octx = OVERLAYS[self._pending[0]], self.ctx.overlays
        attempts = overlay(call, endpoint, octx, self.rng)
        if attempts and attempts[0].mistake == "out_of_order" and not feeds_consumer(
                attempts, call.call_id, octx, self.ctx.lookahead, state.outputs,
                self.ctx.values, self.producers):
            # The consumer would not use this output after all: another mistake.
            attempts = overlay(call, endpoint, replace(octx, consumers={}), self.rng)
        if attempts and not pages_on(attempts, call.call_id, self.ctx.lookahead):
            attempts = None  # its first page is the whole list: no next page to fetch
        if attempts is None:
            return [base_attempt(call, endpoint)]
        self.overlays.append(self._pending.pop(0))
        return attempts

    def _made(self, planned_id: str, attempts: list[Attempt], k: int,
              state: EpisodeState) -> MadeCall:
        """Attempt `k` of a planned call as a call to make (the last keeps the planned id)."""
        attempt = attempts[k]
        last = k == len(attempts) - 1
        call_id = planned_id if last else f"{planned_id}_a{k}"
        if attempt.recovery == "pagination" and k:
            previous = state.executed[-1]
            continue_page(attempt, previous.result.output, previous.call.call_id)
        if attempt.fault is not None:
            self.ctx.faults.by_call[call_id] = attempt.fault
        return MadeCall(call_id, attempt.endpoint, dict(attempt.arguments),
                        dict(attempt.sources), planned_id, attempt.intended, attempt.mistake,
                        attempt.recovery)


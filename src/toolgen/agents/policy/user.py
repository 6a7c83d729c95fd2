"""The offline user simulator: a person who knows the goal and the values it holds.

It follows the blueprint's turn plan: the request (without the value a clarification
withholds), the clarification answer once asked, follow-ups built on what the assistant
reported, an off-topic question or a thank-you when the plan has them. Inputs no
earlier output will fill (the assistant foresees them) are stated with the request; a
value the assistant still has to ask for mid-turn is answered with the value the user
holds. When the plan is done it has nothing more to say.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact
from toolgen.agents.offline.object_fields import object_values
from toolgen.agents.offline.referents import Source, once, referent
from toolgen.agents.planner.changed_mind import undoes
from toolgen.agents.policy.first_page import first_page
from toolgen.agents.policy.slot_said import slot_of
from toolgen.agents.policy.speech import links_of
from toolgen.episode.state import EpisodeState, Utterance
from toolgen.records import Endpoint, PlannedCall, PlannedTurn, Scenario
from toolgen.records.paths import PathError, resolve

# The assistant's look-ahead: the plan's calls with the inputs turn k will need stated.
Foresee = Callable[[int, EpisodeState], list[PlannedCall]]


class OfflineUser:
    def __init__(self, blueprint: Scenario, endpoints: Mapping[str, Endpoint],
                 rng: random.Random, missing: Endpoint | None = None,
                 foresee: Foresee | None = None) -> None:
        self.blueprint = blueprint
        self.foresee = foresee
        self.endpoints = endpoints
        self.rng = rng
        self.missing = missing
        self.overlays: list[str] = []
        self._script: Iterator[Utterance] | None = None

    async def next(self, state: EpisodeState) -> Utterance | None:
        if self._script is None:
            self._script = self._say(state)
        return next(self._script, None)

    def _say(self, state: EpisodeState) -> Iterator[Utterance]:
        plan, rng = self.blueprint, self.rng
        if self.missing is not None and "missing_tool" in plan.patterns:
            capability = lang.goal_phrase(lang.intent_of(self.missing), rng)
            yield Utterance("user", lang.user_request_missing_capability(capability, rng),
                            act="missing_tool",
                            note={"capability": capability, "endpoint": self.missing.id})
            self.overlays.append("missing_tool")
        step_of = {cid: k for k, step in enumerate(
            st for t in plan.turns for st in t.steps) for cid in step}
        for k, turn in enumerate(plan.turns):
            yield self._turn(k, turn, state, step_of)
            while (asked := _open_question(state)) is not None:
                yield self._answer(asked)
        if "irrelevance" in plan.patterns:
            yield Utterance("user", lang.user_irrelevant(rng), act="irrelevant")
            self.overlays.append("irrelevance")
        if rng.random() < 0.35 and (text := lang.user_closing(rng, plan.goal.style)):
            yield Utterance("user", text, act="closing")

    def _turn(self, k: int, turn: PlannedTurn, state: EpisodeState,
              step_of: Mapping[str, int]) -> Utterance:
        plan, rng, goal = self.blueprint, self.rng, self.blueprint.goal
        planned = self.foresee(k, state) if self.foresee is not None else list(plan.calls)
        calls = {c.call_id: c for c in planned}
        turn_calls = [calls[cid] for step in turn.steps for cid in step]
        note: dict[str, Any] = {"turn": k}
        if turn.user_act == "clarification_answer":
            said = [slot_of(planned, key, self.endpoints) for key in turn.mentions]
            note["values"] = [s.raw for s in said]
            return Utterance("user", lang.user_clarification_answer(said, rng, goal.style),
                             act=turn.user_act, states=turn.mentions, note=note)
        if turn.clarify:  # the request before a clarification names the calls it answers
            answered = plan.turns[k + 1].steps if k + 1 < len(plan.turns) else ()
            turn_calls = [calls[cid] for step in answered for cid in step]
        intents = [lang.intent_of(self.endpoints[c.endpoint_id]) for c in turn_calls]
        keys, slot_intents = _stated(turn_calls)
        slots = [slot_of(planned, key, self.endpoints) for key in keys]
        links = links_of(turn_calls, step_of)
        refs = self._referents(turn_calls, intents, planned)
        if turn.user_act == "follow_up":
            intent = intents[0] if intents else lang.intent_from_text("help")
            here = {c.call_id for c in turn_calls}
            builds_on = bool(turn_calls) and any(d not in here for d in turn_calls[0].depends_on)
            changed = bool(turn_calls) and undoes(turn_calls[0], calls, self.endpoints)
            text = lang.user_follow_up(goal, intent, slots, _reported(state), rng,
                                       builds_on=builds_on, more=intents[1:],
                                       slot_intents=slot_intents, links=links,
                                       carried=_carried(turn_calls, here, state), refs=refs,
                                       changed_mind=changed)
        else:
            later = any(u.role == "user" for u in state.utterances)
            # every text the user states in the conversation: a situation in Porto opens
            # no booking whose city the user gives later as Paris (`situation`)
            stated = [a.value for c in planned for a in c.arguments
                      if a.source in ("user", "clarification") and isinstance(a.value, str)]
            text = lang.user_request(goal, intents, slots, rng, slot_intents, links, later,
                                     refs, stated)
        # "Um," and "basically," are how chatty and casual users type, not formal or
        # terse ones ("Basically, I should like to ...")
        kept = [s.value for s in slots] + [v for s in slots for v in object_values(s)]
        new = lang.paraphrase(text, kept, rng, strength=0.5,
                              disfluent=goal.style in ("chatty", "casual"))
        note["values"] = [s.raw for s in slots]
        note["withheld"] = [a.value for c in planned for a in c.arguments  # until asked
                            if a.source == "clarification"
                            and f"{c.call_id}.{a.name}" not in state.said]
        return Utterance("user", new, act=turn.user_act, states=tuple(keys), note=note,
                         before=text)

    def _referents(self, turn_calls: Sequence[PlannedCall], intents: Sequence[lang.Intent],
                   planned: Sequence[PlannedCall]) -> list[str]:
        """What each call takes from an earlier result, named ("using the first
        showtime's price"): `referents`."""
        by_id = {c.call_id: c for c in (*self.blueprint.calls, *planned)}
        out: list[str] = []
        for c, intent in zip(turn_calls, intents, strict=True):
            sources = [Source(lang.intent_of(self.endpoints[p.endpoint_id]).obj, a.path)
                       for a in c.arguments
                       if a.source == "tool_output" and a.path and a.call_id
                       and (p := by_id.get(a.call_id)) is not None
                       and p.endpoint_id in self.endpoints]
            out.append(referent(sources, intent.obj, self.rng) if sources else "")
        return once(out)

    def _answer(self, asked: Utterance) -> Utterance:
        """The values the assistant asked for mid-turn (it named them in its note)."""
        calls: Sequence[PlannedCall] = asked.note["calls"]
        keys = tuple(asked.note["keys"])
        said = [slot_of(calls, key, self.endpoints) for key in keys]
        return Utterance("user", lang.user_clarification_answer(
            said, self.rng, self.blueprint.goal.style), act="clarification_answer", states=keys,
            note={"values": [s.raw for s in said]})


def _stated(turn_calls: Sequence[PlannedCall]) -> tuple[list[str], list[int]]:
    keys: list[str] = []
    slot_intents: list[int] = []
    for i, c in enumerate(turn_calls):
        for a in c.arguments:
            if a.source == "user":
                keys.append(f"{c.call_id}.{a.name}")
                slot_intents.append(i)
    return keys, slot_intents


def _open_question(state: EpisodeState) -> Utterance | None:
    """The assistant's last message, when it asked the user for values mid-turn."""
    last: Any = state.utterances[-1] if state.utterances else None
    if last is not None and last.role == "assistant" and last.act == "ask_value":
        return last  # type: ignore[no-any-return]
    return None


def _carried(turn_calls: Sequence[PlannedCall], here: set[str],
             state: EpisodeState) -> list[str]:
    """The values this turn's calls take from results reported before it, as said."""
    out: list[str] = []
    for c in turn_calls:
        for a in c.arguments:
            if (a.source != "tool_output" or a.call_id is None or a.call_id in here
                    or a.path is None):
                continue
            try:
                value = resolve(state.outputs[first_page(state.outputs, a.call_id)], a.path)
            except (KeyError, PathError):
                continue
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                out.append(lang.value_text(value))
    return out


def _reported(state: EpisodeState) -> list[Fact]:
    for u in reversed(state.utterances):
        if u.role == "assistant" and u.act == "answer":
            return list(u.note.get("facts", ()))
    return []

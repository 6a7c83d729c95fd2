"""Planner stage one: who the user is and what they want, from the chain's endpoints."""

from __future__ import annotations

import random
from collections.abc import Sequence

from toolgen.agents.offline import intent_of, make_goal_summary, pick_persona
from toolgen.agents.offline.persona_fit import topic_of
from toolgen.records import Endpoint, Goal
from toolgen.records.plan import Style

STYLES: tuple[Style, ...] = ("terse", "chatty", "formal", "casual")
_STYLE_WEIGHTS = (0.25, 0.3, 0.2, 0.25)


def make_goal(endpoints: Sequence[Endpoint], rng: random.Random) -> Goal:
    """A persona, a register and a one-sentence goal covering the endpoints' intents."""
    domain = _domain(endpoints[0]) if endpoints else "general"
    persona = pick_persona(domain, rng, topic_of(domain, endpoints))
    style = rng.choices(STYLES, _STYLE_WEIGHTS)[0]
    intents = [intent_of(e) for e in endpoints]
    summary = make_goal_summary(persona, style, intents, domain, rng)
    wants = tuple(dict.fromkeys(i.phrase for i in intents))
    return Goal(persona=persona, style=style, domain=domain, summary=summary, wants=wants)


def _domain(endpoint: Endpoint) -> str:
    return endpoint.category.replace("_", " ").strip() or "general"

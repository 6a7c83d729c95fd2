"""The goal summary: what the user wants, in their own words, without argument values.

Stored by the planner in `Goal.summary` (and so in `metadata.planner_scenario`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from toolgen.agents.offline.grammar import Grammar, tidy
from toolgen.agents.offline.types import Intent
from toolgen.records.plan import Style

_G = Grammar({
    "summary": ["<want> $first$rest.", "<as_me>, <want_lc> $first$rest.",
                "$first_cap$rest<purpose>."],
    "want": ["I want to", "I need to", "I'd like to", "Looking to", "Trying to", "Hoping to",
             "I have to"],
    "want_lc": ["I want to", "I need to", "I'd like to", "I'm trying to", "I'm hoping to"],
    "as_me": ["As $persona", "Being $persona"],
    "purpose": ["", " for some $domain work", " as part of a $domain task", ""],
})
_STYLE_PREFIX = {"formal": "I would like to", "terse": ""}


def make_goal_summary(
    persona: str, style: Style, intents: Sequence[Intent], domain: str, rng: random.Random
) -> str:
    """One sentence: the user's aim across all intents, in the user's terms."""
    phrases = [i.phrase for i in intents] or ["get some help"]
    first, later = phrases[0], phrases[1:]
    rest = "".join((" and then " if rng.random() < 0.6 else ", then ") + p for p in later[:-1])
    if later:
        rest += (" and finally " if len(later) > 1 else " and then ") + later[-1]
    dom = domain.replace("_", " ").strip().lower() or "everyday"
    if style in _STYLE_PREFIX:
        prefix = _STYLE_PREFIX[style]
        text = f"{prefix} {first}{rest}." if prefix else f"{first}{rest}."
        return tidy(text)
    env = {"first": first, "first_cap": first[:1].upper() + first[1:], "rest": rest,
           "persona": persona, "domain": dom}
    return tidy(_G.say("summary", rng, env))

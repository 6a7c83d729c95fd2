"""A user says what they are doing in their own words, from their persona's -ing clause
("I'm planning routes in the Alps."), never the persona's description cut at an -ing
adjective ("I'm hiking guide planning routes in the Alps.", ToolBench seed 5276529)."""

from __future__ import annotations

import random

from toolgen.agents.offline.personas import PERSONAS
from toolgen.agents.offline.user import context_of


def _said(persona: str) -> set[str]:
    return {context_of(persona, random.Random(seed), share=1.0) for seed in range(5)}


def test_the_doing_clause_is_said_not_the_persona_cut_at_an_adjective() -> None:
    assert _said("a hiking guide planning routes in the Alps") == {
        "I'm planning routes in the Alps."}


def test_no_persona_is_said_as_a_bare_noun_after_im() -> None:
    for persona in PERSONAS:
        for said in _said(persona):
            if said:
                clause = said.removeprefix("I'm ").removesuffix(".")
                before = persona[: persona.index(clause)].split()
                # what came before the clause names the person, and ends in a noun
                assert before and before[-1].lower() not in ("a", "an", "the"), (
                    persona, said)

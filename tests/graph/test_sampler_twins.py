"""A planned chain never does one thing twice in a row through two functions with one
purpose (`graph.purposes.without_twins`, applied to each sampled chain).

BFCL lists one function under several names (`fetch_dna_sequence`,
`fetch_dna_sequence_e7901ea3`); a chain linked them through `DNA_id` and fetched one DNA
twice, back to back (BFCL seed 7 #245). ToolBench's many email checkers verified one
address three times in a row (seed 8307853 #3). Twins are read here by hand: the same
name once its 8-digit hex tail is cut, or two endpoints checking an `email`.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from toolgen.graph.build import build_graph
from toolgen.graph.purposes import are_twins, without_twins
from toolgen.graph.sampler import ChainSampler, SamplerConfig
from toolgen.graph.steering import Coverage
from toolgen.records import Endpoint, Parameter
from toolgen.registry import load_registry

_SHARED = Path(__file__).resolve().parents[2] / "../shared/corpora"
_TAIL = re.compile(r"_[0-9a-f]{8}$")
_CHECK = re.compile(r"verif|valid|check", re.I)


def _twins(a: Endpoint, b: Endpoint) -> bool:
    if _TAIL.sub("", a.function_name) == _TAIL.sub("", b.function_name):
        return True
    checks_email = [bool(_CHECK.search(f"{e.function_name} {e.tool_name}")) and any(
        p.name.lower() == "email" for p in e.parameters) for e in (a, b)]
    return all(checks_email)


@pytest.mark.parametrize("corpus", ["bfcl", "toolbench/toolenv/tools"])
def test_no_chain_steps_to_a_twin(corpus: str) -> None:
    if not (_SHARED / corpus).is_dir():
        pytest.skip("shared corpora not present")
    graph = build_graph(load_registry(_SHARED / corpus))
    sampler = ChainSampler(graph, SamplerConfig(), Coverage())
    rng = random.Random(7)
    before = after = chains = 0
    for _ in range(600):
        sampled = sampler.sample(rng)
        chain = without_twins(sampled, graph.endpoints)
        before += _adjacent_twins(sampled, graph.endpoints)
        left = _adjacent_twins(chain, graph.endpoints)
        after += left
        # twins are kept only in a chain left whole: dropping them would leave a
        # multi-call pattern a single call, or a follow-up nothing to follow up
        assert not left or chain is sampled, chain
        chains += len(chain.steps) > 1
    assert chains > 100  # the walks did link calls
    assert before > after, (before, after)


def _adjacent_twins(chain: Any, endpoints: Any) -> int:
    ids = [step[0] for step in chain.steps if len(step) == 1]
    return sum(1 for a, b in pairwise(ids) if a != b and _twins(endpoints[a], endpoints[b]))


def test_two_translators_of_one_text_are_twins() -> None:
    """ToolBench seed 7: Translef's `Text_translation`, then Text Translator's `translate`
    of the same text into the same language (19 links in 500 records)."""
    def ep(tool: str, name: str) -> Endpoint:
        text = Parameter(name="text", raw_name="text", type_label="STRING",
                         json_schema={"type": "string"}, required=True)
        return Endpoint(id=f"Translation/{tool}/{name}", function_name=f"{name}_for_{tool}",
                        tool_id=f"Translation/{tool}", tool_name=tool,
                        category="Translation", name=name, parameters=(text,))

    assert are_twins(ep("translef_translator", "Text_translation"),
                     ep("text_translator", "translate"))
    assert not are_twins(ep("freshdesk", "createTranslatedSolutionArticle"),
                         ep("text_translator", "translate"))
    assert not are_twins(ep("text_translator", "translate"), ep("tldr", "Summarize"))

"""A sampled chain a reviewer believes: built again when it does one thing twice or ties
two tools by a value the first is not about.

`purposes.without_twins` drops a twin step (BFCL lists `fetch_dna_sequence` under
several names), but not from a two-call chain, which it would leave one call: BFCL seed 7
#245 fetched one DNA twice, back to back, and #140 looked one SNP up through three
copies of `mutation_type_find`. `subject_links.incidental_link` finds a link passing
another tool an attribute its source is not about (SMSto's campaign `timezone` into
Checkiday's events of the day, ToolBench seed 7 #21). `believable` gives such a chain's
two-call twin pair another second call (a neighbour of the first call that is no twin of
it), else builds the chain's pattern again, a few times, from a stream of its own, until
one is neither and the caller `accept`s it; a chain that is neither comes back as it is,
with no draw. The planner runs it after its own draws (`ChainSampler.sample` records
each in the coverage memory), so the records after one built again stay as they were.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from itertools import pairwise

from toolgen.graph.purposes import are_twins, without_twins
from toolgen.graph.sampler import ChainSampler
from toolgen.graph.subject_links import incidental_link
from toolgen.records import Chain, Endpoint

# Builds tried: BFCL lists some functions under five names, and a walk from one of them
# prefers another tool, which is then its twin; a place-like attribute passes only to a
# tool about that place too (`subject_links`), which few neighbours are.
_TRIES = 16


def believable(sampler: ChainSampler, chain: Chain, rng: random.Random,
               accept: Callable[[Chain], bool] = lambda _: True, again: bool = False) -> Chain:
    """`chain`, or one built in its place that `accept` takes (module doc), with `chain`'s
    overlays; `chain` when no try gives one. `again`: build one even though `chain` is
    fine (its plan strays from the goal, `goals.planned_strays`)."""
    endpoints = sampler.graph.endpoints
    if not again and is_believable(chain, endpoints):
        return chain
    candidate = chain
    for _ in range(_TRIES):
        twins = kept_twins(candidate, endpoints)
        candidate = ((_second_not_twin(sampler, candidate, rng) if twins else None)
                     or sampler.build_like(chain, rng) or candidate)
        if candidate is not chain and is_believable(candidate, endpoints):
            candidate = candidate.model_copy(update={"overlays": chain.overlays})
            if accept(candidate):
                return candidate
    return chain


def is_believable(chain: Chain, endpoints: Mapping[str, Endpoint]) -> bool:
    """Whether `chain` keeps no twin and links no tools by an incidental value."""
    return not kept_twins(chain, endpoints) and not incidental(chain, endpoints)


def kept_twins(chain: Chain, endpoints: Mapping[str, Endpoint]) -> bool:
    """Whether single calls in a row of `chain` are twins `without_twins` keeps."""
    singles = [step[0] for step in chain.steps if len(step) == 1]
    if not any(are_twins(endpoints[a], endpoints[b]) for a, b in pairwise(singles)):
        return False
    kept = [step[0] for step in without_twins(chain, endpoints).steps if len(step) == 1]
    return any(are_twins(endpoints[a], endpoints[b]) for a, b in pairwise(kept))


def incidental(chain: Chain, endpoints: Mapping[str, Endpoint]) -> bool:
    """Whether a link of `chain` passes a value its source is not about."""
    return any(incidental_link(e, endpoints[e.source], endpoints[e.target])
               for e in chain.links)


def _second_not_twin(sampler: ChainSampler, chain: Chain,
                     rng: random.Random) -> Chain | None:
    """`chain`, two single calls, stepping from its first call to a neighbour that is no
    twin of it; None when it is longer or there is no such neighbour."""
    if len(chain.steps) != 2 or any(len(step) != 1 for step in chain.steps):
        return None
    (first,), _ = chain.steps
    endpoints = sampler.graph.endpoints
    step = sampler.step_after(first, rng, lambda e: are_twins(endpoints[first], endpoints[e]),
                              chain.pattern == "multi_step_single_tool")
    if step is None:
        return None
    second, link = step
    other = chain.model_copy(update={"steps": ((first,), (second,)),
                                     "links": () if link is None else (link,)})
    return other if sampler.fits(other) else None

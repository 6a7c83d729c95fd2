"""Planned chains a reviewer believes (`graph.believable`, run by `pipeline.plan`).

BFCL lists one function under several names: a two-call chain fetched one DNA from
`fetch_dna_sequence_e7901ea3` and again from `fetch_dna_sequence` (BFCL seed 7 #245),
which dropping the twin would have left one call. ToolBench links any two tools through a
plain attribute: SMSto's last campaign handed its `timezone` to Checkiday's events of
the day (ToolBench seed 7 #21), a value the campaign is not about. Both are read here by
hand: twins by their names, an attribute's subject by the words of the source endpoint.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from tests.pipeline.corpora import SHARED_CORPORA, toolbench_tools

from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint

_TAIL = re.compile(r"_[0-9a-f]{8}$")
_CHECK = re.compile(r"verif|valid|check", re.I)


def _twins(a: Endpoint, b: Endpoint) -> bool:
    if a.id == b.id:
        return False
    if _TAIL.sub("", a.function_name) == _TAIL.sub("", b.function_name):
        return True
    return all(bool(_CHECK.search(f"{e.function_name} {e.tool_name}"))
               and any(p.name.lower() == "email" for p in e.parameters) for e in (a, b))


@pytest.mark.parametrize("seed", [7, 8])
def test_no_planned_chain_calls_a_twin_right_after_its_twin(seed: int) -> None:
    bfcl = SHARED_CORPORA / "bfcl"
    if not bfcl.is_dir():
        pytest.skip("shared BFCL corpus not present")
    config = RunConfig(n=300, seed=seed, toolenv=str(bfcl))
    rt = Runtime.build(config)
    eps = rt.endpoints
    linked = twins = 0
    for chain, _ in iter_plans(rt, config):
        singles = [step[0] for step in chain.steps if len(step) == 1]
        linked += len(singles) > 1
        twins += sum(_twins(eps[a], eps[b]) for a, b in pairwise(singles))
    assert linked > 100  # the walks did chain calls
    assert twins == 0


# What an attribute belongs to, as a reader of an endpoint's name and description sees it
# (the city of an event, a venue, a hotel or a trip is where it happens: dinner nearby).
_WHERE = ("location", "address", "geo", "place", "weather", "zip", "postal", "event", "venue",
          "hotel", "restaurant", "airport", "trip")
_ABOUT = {
    "timezone": ("timezone", "time zone"),
    "country": ("countr", "nation", *_WHERE),
    "city": ("city", "cities", "town", *_WHERE),
    "language": ("language", "translat", "locale", "lang", "detect"),
    "email": ("mail",),
}


def _about(endpoint: Endpoint, attribute: str) -> bool:
    text = f"{endpoint.name} {endpoint.description[:300]} {endpoint.tool_name}".lower()
    return any(word in text for word in _ABOUT[attribute])


def test_tools_are_linked_by_what_the_first_is_about() -> None:
    config = RunConfig(n=300, seed=7, toolenv=str(toolbench_tools()))
    rt = Runtime.build(config)
    eps = rt.endpoints
    crossing = 0
    off_subject: list[tuple[str, str, str]] = []
    for chain, _ in iter_plans(rt, config):
        for link in chain.links:
            source, target = eps[link.source], eps[link.target]
            if source.tool_id == target.tool_id or link.kind != "data_flow":
                continue
            crossing += 1
            key = re.sub(r"[^a-z]", "", (link.source_field or "").rsplit(".", 1)[-1].lower())
            if key in _ABOUT and not _about(source, key):
                off_subject.append((source.id, key, target.id))
    assert crossing > 50
    # the campaign's time zone no longer ties SMSto to Checkiday (seed 7 #21)
    assert not off_subject, off_subject[:5]

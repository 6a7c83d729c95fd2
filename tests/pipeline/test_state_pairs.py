"""`state_pairs` reads each endpoint's action once and an entity only where a pair can
form: the pairs must be those `endpoint_info` gives, pair for pair and in order."""

from __future__ import annotations

import pytest

from toolgen.executor import endpoint_info
from toolgen.pipeline.prepare import state_pairs
from toolgen.records import Registry
from toolgen.registry.loader import load_registry

from .corpora import toolbench_tools


def _by_definition(registry: Registry) -> list[tuple[str, str]]:
    """Every (create, list-or-get) pair of one tool whose entities are equal, from the
    full inferences of every endpoint."""
    pairs = []
    for tool in registry.tools:
        infos = [(e.id, endpoint_info(e)) for e in tool.endpoints]
        for create, ci in infos:
            if ci.action == "create" and ci.entity:
                pairs.extend((create, read) for read, ri in infos
                             if ri.action in ("list", "get") and ri.entity == ci.entity)
    return pairs


@pytest.mark.parametrize("corpus", ["bundled", "toolbench"])
def test_state_pairs_are_the_endpoint_info_pairs(corpus: str) -> None:
    registry = load_registry(toolbench_tools() if corpus == "toolbench" else None)
    expected = _by_definition(registry)
    assert expected  # the corpus has pairs to find
    assert state_pairs(registry) == expected

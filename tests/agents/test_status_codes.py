"""A status that is a code is no state the thing is in (ToolBench seed 97 #4: "that's New
York, at the moment 3" for `status: 3`)."""

from __future__ import annotations

import random

from toolgen.agents.offline.clauses import fact_clauses, role_of
from toolgen.agents.offline.types import Fact


def test_a_numeric_status_is_not_said_as_a_state() -> None:
    assert role_of(Fact(label="status", value="3")) == "other"
    assert role_of(Fact(label="status", value="confirmed")) == "status"
    facts = [Fact(label="name", value="New York"), Fact(label="status", value="3")]
    for seed in range(10):
        text = fact_clauses(facts, lambda v: v, random.Random(seed))
        assert not any(f"{w} 3" in text for w in ("currently", "now", "at the moment")), text

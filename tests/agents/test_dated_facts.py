"""A date of no known kind is said as a date, not as a broken clause (BFCL seed 47 #44:
"just 1 turned up; it is the offense date is 2013-05-28")."""

from __future__ import annotations

import random

import pytest

from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.offline.types import Fact


@pytest.mark.parametrize("facts", [
    [Fact(label="total", value="1"), Fact(label="offense date", value="2013-05-28")],
    [Fact(label="total", value="1"), Fact(label="offense date", value="2013-05-28"),
     Fact(label="offense", value="Petty theft")],
    [Fact(label="total", value="3"), Fact(label="hearing date", value="2013-05-28")],
])
def test_a_date_is_said_once_as_a_date(facts: list[Fact]) -> None:
    for seed in range(10):
        text = fact_clauses(facts, lambda v: v, random.Random(seed))
        assert "2013-05-28" in text, text
        assert " is the " not in text and "it is" not in text, text

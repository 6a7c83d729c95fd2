"""A city the user searched in is said again by the user, not read off a result's item;
read from bundled records as a reviewer reads them.

Before, users asked for "some hotels ... for 3 guests in the first restaurant's city"
after searching restaurants in Osaka, and "the restaurants in the first airport's city"
after searching airports for Paris (bundled seed 113 #7, #10: 84 such phrases in 300
records)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated

_CITY = re.compile(r"city|town|location|place", re.I)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=200, seed=113), "stated_cities")


def _searched_city(step: dict[str, Any]) -> str | None:
    """The city the user gave a call, by a city argument."""
    return next((str(a.get("value")) for name, a in (step.get("arguments") or {}).items()
                 if _CITY.search(name) and a.get("source") in ("user", "clarification")),
                None)


def test_no_city_is_read_off_a_search_in_that_city(records: list[dict[str, Any]]) -> None:
    relayed = []
    for r in records:
        steps = {s["call_id"]: s for s in r["step_trace"]}
        for step in r["step_trace"]:
            for name, a in (step.get("arguments") or {}).items():
                source = steps.get(a.get("call_id") or "")
                if (a.get("source") == "tool_output" and _CITY.search(name) and source
                        and _CITY.search(str(a.get("path", "")).rsplit(".", 1)[-1])
                        and _searched_city(source) is not None):
                    relayed.append((r["conversation_id"], _searched_city(source)))
    assert not relayed, relayed[:5]
    said = [m["content"] for r in records for m in r["messages"] if m["role"] == "user"
            and re.search(r"in the first [a-z ]+'s city", m.get("content") or "")]
    assert len(said) <= 10, said[:5]  # what is left is a city no one named (a hotel's)

"""A request names the place, not the kind of place the endpoint's name says; read from
records of a small ToolBench corpus (US Geo Data) as a reviewer reads them.

Before, users asked to "check the zips in the state in North Dakota (ND)", "find the zips
in the state in the state of Hawaii (HI)" and "pull up the zips in the county in King
County in Washington (WA)" (ToolBench seeds 71 and 97: 8 of 300 records)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated, small_corpus

# "the zips in the state in ...": a kind of place, then the place
_KIND_THEN_PLACE = re.compile(r"\b(?:in|for|of) the (?:state|city|county|radius) "
                              r"(?:in|for|around|near)\b")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = small_corpus(tmp_path_factory, ("Location/us_geo_data.json",), "geo_corpus")
    return generated(tmp_path_factory, RunConfig(n=80, seed=71, toolenv=toolenv),
                     "place_nouns")


def test_a_request_names_the_place_once(records: list[dict[str, Any]]) -> None:
    asks = [m["content"] for r in records for m in r["messages"]
            if m["role"] == "user" and "zips" in (m.get("content") or "")]
    assert len(asks) >= 20, len(asks)  # the zip look-ups are still asked
    doubled = [a for a in asks if _KIND_THEN_PLACE.search(a)]
    assert not doubled, doubled[:3]

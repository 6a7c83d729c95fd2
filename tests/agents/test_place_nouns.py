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


_ADDRESS = re.compile(r"\d+ [A-Z][^,]*, [A-Z]")  # "926 King Street West, Toronto"


@pytest.fixture(scope="module")
def postal(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = small_corpus(tmp_path_factory, ("Logistics/canadian_postal_code_lookup.json",),
                           "postal_corpus")
    return generated(tmp_path_factory, RunConfig(n=60, seed=97, toolenv=toolenv),
                     "place_in_address")


def test_an_address_is_where_a_thing_is_and_holds_its_city(
        postal: list[dict[str, Any]]) -> None:
    # ToolBench seed 97 #2: "the full valid address near Toronto near 926 King Street
    # West, Toronto, Canada in Ontario"
    asks = [m["content"] for r in postal for m in r["messages"]
            if m["role"] == "user" and _ADDRESS.search(m.get("content") or "")]
    assert len(asks) >= 10, len(asks)
    near = [a for a in asks if re.search(r"\b(?:near|around) \d", a)]
    assert not near, near[:3]
    twice = [a for a in asks if re.search(r"\b(?:near|in|around|for) (Toronto|Vancouver)\b"
                                          r"[^.?!]*\d+ [A-Z][^,]*, \1\b", a)]
    assert not twice, twice[:3]


def test_the_kinds_own_place_is_said_first() -> None:
    # ToolBench seed 3278337 #5: `get_zips_in_city` asked "see the zips in the state of New
    # York (NY) for New York": the city's ZIPs asked as if they were the state's
    from toolgen.agents.offline.place_nouns import placed

    assert placed("see the zips in the city", ["in the state of New York (NY)",
                                               "for New York"]) == (
        "see the zips", ["in New York", "in the state of New York (NY)"])
    assert placed("see the zips in the state", ["in North Dakota (ND)"]) == (
        "see the zips", ["in North Dakota (ND)"])

"""A text a place search searches on is what people search for, not a review (ToolBench
seed 47 #0: "track down the places reading 'Comfortable room and friendly staff, but the
wifi was slow.'" as `find_place_by_text(text=...)`, whose text is "A text string on
which to search")."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.generated import generated, small_corpus
from toolgen.pipeline.runtime import RunConfig


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = small_corpus(tmp_path_factory, ("Mapping/trueway_places.json",), "places_corpus")
    return generated(tmp_path_factory, RunConfig(n=30, seed=47, toolenv=corpus), "places")


def test_a_place_search_searches_for_a_place_not_a_sentence(
        records: list[dict[str, Any]]) -> None:
    searched = 0
    for rec in records:
        for msg in rec["messages"]:
            for call in msg.get("tool_calls") or []:
                if not call["function"]["name"].startswith("find_place_by_text"):
                    continue
                text = orjson.loads(call["function"]["arguments"]).get("text")
                if text is None:
                    continue
                searched += 1
                assert len(text.split()) <= 5 and not text.endswith("."), text
    assert searched >= 3

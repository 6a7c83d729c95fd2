"""A request no tool serves is declined, not answered with another service's offer, and
the user's next ask is an errand of their own; read from bundled records as a reviewer
reads them. Before: "I need to find the articles." / "I can still get random cocktail or
get cocktails for you." / "No problem - are you able to look into some cocktail ...?"
(ToolBench seed 97 #4); "find the nearby hospitals" then "In that case, book a direct
flight" (BFCL seed 113 #12)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated

_DECLINE = re.compile(r"can't|not able|unable|don't have a tool|no tool", re.I)
# the offer's wordings (`assistant_phrases` "offer")
_OFFER = re.compile(r"Would that help\?|What I can do is|if that's useful|Would it help if I|"
                    r"I can still", re.I)
_TAKEN_UP = re.compile(r"\binstead\b|\bin that case\b", re.I)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=300, seed=113), "missing_pivot")


def _declines(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(the assistant's decline, the user's next message) of each missing-tool record."""
    out = []
    for r in records:
        if "missing_tool" not in r["metadata"].get("patterns", []):
            continue
        msgs = [m for m in r["messages"] if m["role"] in ("user", "assistant")
                and not m.get("tool_calls")]
        for a, b in pairwise(msgs):
            if a["role"] == "assistant" and _DECLINE.search(a.get("content") or ""):
                out.append((a["content"], b.get("content") or ""))
                break
    return out


def test_a_decline_offers_no_other_service(records: list[dict[str, Any]]) -> None:
    declines = _declines(records)
    assert len(declines) >= 5, len(declines)
    offered = [d for d, _ in declines if _OFFER.search(d)]
    assert not offered, offered[:3]
    taken_up = [u for _, u in declines if _TAKEN_UP.search(u)]
    assert not taken_up, taken_up[:3]

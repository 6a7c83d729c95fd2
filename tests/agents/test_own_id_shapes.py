"""An id the user names has the shape of the service's own ids: a showtime service whose
movies are `mv_801` and whose showtimes are `sh_5890` is asked about movie `mv_523` and
showtime `sh_9352`, never `mvo_ab0bd3` and `shw_deec14` beside them (bundled seed 71
#10). Read from the records: the prefix of each id a user states is one the same tool's
answers give that key."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated

_ID = re.compile(r"([A-Za-z]+)[_-][0-9A-Za-z]+")


def _prefix(value: Any) -> str | None:
    match = _ID.fullmatch(value) if isinstance(value, str) else None
    return match.group(1).lower() if match else None


def _leaves(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict | list):
                yield from _leaves(value)
            else:
                yield key, value
    elif isinstance(node, list):
        for item in node:
            yield from _leaves(item)


def _tool(step: dict[str, Any]) -> str:
    return str(step["endpoint_id"]).rsplit("/", 1)[0]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=150, seed=71), "own_id_shapes")


def _stated(step: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The arguments of a call the user stated, by name."""
    for name, arg in (step.get("arguments") or {}).items():
        if arg.get("source") in ("user", "clarification"):
            yield name, arg.get("value")


def test_stated_ids_have_the_services_own_shape(records: list[dict[str, Any]]) -> None:
    # an answer echoing an id it was sent shows nothing of the service's own ids
    said = {v for r in records for s in r["step_trace"] for _, v in _stated(s)
            if isinstance(v, str)}
    answered: dict[tuple[str, str], set[str]] = defaultdict(set)
    stated: list[tuple[str, str, str, str]] = []
    for record in records:
        outputs = {m["tool_call_id"]: m["content"] for m in record["messages"]
                   if m["role"] == "tool"}
        for step in record["step_trace"]:
            tool = _tool(step)
            text = outputs.get(step["call_id"])
            output = orjson.loads(text) if text and text[:1] in "{[" else None
            for key, value in _leaves(output):
                if key.lower().endswith("_id") and value not in said \
                        and (prefix := _prefix(value)):
                    answered[tool, key.lower()].add(prefix)
            for name, value in _stated(step):
                if name.lower().endswith("_id") and (prefix := _prefix(value)):
                    stated.append((record["conversation_id"], tool, name.lower(), prefix))
    checked = [s for s in stated if answered.get(s[1:3])]
    odd = [s for s in checked if s[3] not in answered[s[1:3]]]
    assert len(checked) >= 40, len(checked)
    # before: 85 of 181 stated ids had a prefix of their own (`mvo`, `shw`, `evn`, `rsr`),
    # and a flight service answered bookings `JV-6710` and `SO-1182` for its `BK-5521`
    assert not odd, odd[:5]

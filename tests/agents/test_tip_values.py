"""A tip is a few units of money: QuickBite's delivery order was sent a tip of 226.68 on
a 42.72 order (bundled seed 113 #11); read from the bundled records' calls."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=300, seed=113), "tip_values")


def test_a_tip_is_a_few_units_of_money(records: list[dict[str, Any]]) -> None:
    tips = [args["tip"] for r in records for m in r["messages"]
            for c in m.get("tool_calls") or []
            for args in [orjson.loads(c["function"]["arguments"])] if "tip" in args]
    assert len(tips) >= 5, tips
    assert all(0 <= t <= 20 for t in tips), tips

"""A user asks for a handful of results, by what they are (BFCL seed 71 #10: "the top cases
... (top number 441)"; #6: "a schedule ... for 476 of games"; #104: "trending artworks for
the number 483"), and the answer keeps to the count asked ("12 matched" for a top 10)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.generated import generated
from toolgen.pipeline.runtime import RunConfig

BFCL = (Path(__file__).resolve().parents[2]
        / "../shared/corpora/bfcl/berkeley-function-call-leaderboard/bfcl_eval/data")
# get_top_cases(top_number), sports_team_get_schedule(num_of_games),
# metropolitan_museum_get_top_artworks(number) and two functions of no such count
LINES = (175, 276, 328, 331, 332)
COUNTS = {"get_top_cases": "top_number", "sports_team_get_schedule": "num_of_games",
          "metropolitan_museum_get_top_artworks": "number"}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    source = BFCL / "BFCL_v4_simple_python.json"
    if not source.is_file():
        pytest.skip("shared corpora not present")
    root = tmp_path_factory.mktemp("how_many_corpus")
    data = root / "bfcl_eval/data"
    data.mkdir(parents=True)
    lines = source.read_text().splitlines()
    (data / source.name).write_text("\n".join(lines[i - 1] for i in LINES) + "\n")
    return generated(tmp_path_factory, RunConfig(n=40, seed=3, toolenv=str(root)), "how_many")


def _asked(records: list[dict[str, Any]]) -> list[tuple[str, str, int, Any]]:
    """(user's words before the call, function, count sent, tool output) per counted call
    that was answered (a call sent a wrong type on purpose is not)."""
    out = []
    for rec in records:
        said, outputs = "", {m["tool_call_id"]: m["content"] for m in rec["messages"]
                             if m["role"] == "tool"}
        for msg in rec["messages"]:
            if msg["role"] == "user":
                said += " " + msg["content"]
            for call in msg.get("tool_calls") or []:
                name = call["function"]["name"]
                if name in COUNTS:
                    args = orjson.loads(call["function"]["arguments"])
                    output = orjson.loads(outputs[call["id"]])
                    if COUNTS[name] in args and "error" not in output:
                        out.append((said, name, args[COUNTS[name]], output))
    return out


def test_a_user_asks_for_a_handful(records: list[dict[str, Any]]) -> None:
    asked = _asked(records)
    assert len(asked) >= 10
    for said, name, count, _ in asked:
        assert isinstance(count, int) and 1 <= count <= 20, (name, count)
        assert not re.search(r"top number|of games|the number \d", said), said
        assert str(count) in said, (name, count, said)


def test_the_answer_keeps_to_the_count_asked(records: list[dict[str, Any]]) -> None:
    listed = 0
    for _, name, count, output in _asked(records):
        lists = [v for v in output.values() if isinstance(v, list)]
        for items in lists:
            listed += 1
            assert len(items) <= count, (name, count, output)
            assert not any(COUNTS[name] in item for item in items if isinstance(item, dict))
        total = output.get("total")
        assert not isinstance(total, int) or total <= count, (name, count, output)
    assert listed >= 5

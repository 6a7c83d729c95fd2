"""Lists a call sends whose size their meaning refuses (`list_sizes`, reported by
`arguments` as `list_size`), as BFCL seed 7 sent them: an interval of one number
(`interval=[71.31]`, 000081), a year range of one year (000120), a painting's dimensions
of one number (000176), one coefficient of a polynomial (000136), a chess game of no
moves (000016), the mode of numbers that all differ. Their believable neighbours pass."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.judge import JudgeContext, validate

from .factories import build, valid_dict

CTX = JudgeContext()


def _findings(description: str, name: str, param: dict[str, Any], value: Any,
              required: bool = True) -> list[str]:
    """`list_size` findings when search_hotels, described as `description`, takes list
    `name` (schema `param`) and is sent `value` for it."""
    d = valid_dict()
    for tool in d["tools"]:
        fn = tool["function"]
        if fn["name"] == "search_hotels":
            fn["description"] = description
            fn["parameters"]["properties"][name] = param
            if required:
                fn["parameters"].setdefault("required", []).append(name)
    for m in d["messages"]:
        for c in m.get("tool_calls") or ():
            if c["id"] == "call_1":
                args = orjson.loads(c["function"]["arguments"])
                c["function"]["arguments"] = orjson.dumps({**args, name: value}).decode()
    return [f.message for f in validate(build(d), CTX)
            if f.validator == "arguments" and f.kind == "list_size"]


def _numbers(description: str, item: str = "number") -> dict[str, Any]:
    return {"type": "array", "items": {"type": item}, "description": description}


_INTERVAL = _numbers("An array that defines the interval to calculate the area under the "
                     "curve from the start to the end point.")
_YEARS = _numbers("The start and end year for searching cases.", "integer")
_DIMENSIONS = _numbers("Dimensions of the painting in inches.", "integer")
_POINT = _numbers("Coordinates for Point A.", "integer")
_COEFFICIENTS = _numbers("Array of coefficients of the polynomial equation starting from "
                         "highest degree term.")
_MOVES = {"type": "array", "items": {"type": "string"},
          "description": "List of moves to play in the game."}
_DATA = _numbers("The list of data points.", "integer")


@pytest.mark.parametrize(("description", "name", "param", "value", "said"), [
    ("Area under a curve.", "interval", _INTERVAL, [71.31], "range [start, end] has 2"),
    ("Search law cases.", "year_range", _YEARS, [2024], "range [start, end] has 2"),
    ("Search law cases.", "year_range", _YEARS, [2019, 2004], "ends before it starts"),
    ("Create a painting.", "dimensions", _DIMENSIONS, [424], "a point or a size"),
    ("Distance between two points.", "pointA", _POINT, [265], "a point or a size"),
    ("Roots of a polynomial.", "coefficients", _COEFFICIENTS, [315.32], "a polynomial"),
    ("Makes moves in a chess game.", "moves", _MOVES, [], "sent empty"),
    ("This function determines the mode of a list of numbers.", "data", _DATA,
     [268, 236, 814, 46], "there is no mode"),
])
def test_lists_of_the_wrong_size_are_flagged(description: str, name: str,
                                             param: dict[str, Any], value: Any,
                                             said: str) -> None:
    found = _findings(description, name, param, value)
    assert any(said in m for m in found), found


@pytest.mark.parametrize(("description", "name", "param", "value", "required"), [
    ("Area under a curve.", "interval", _INTERVAL, [0, 3.5], True),
    ("Search law cases.", "year_range", _YEARS, [2004, 2019], True),
    ("Create a painting.", "dimensions", _DIMENSIONS, [24, 36], True),
    ("Roots of a polynomial.", "coefficients", _COEFFICIENTS, [3, -4, 7], True),
    ("Makes moves in a chess game.", "moves", _MOVES, ["e4", "e5"], True),
    ("Makes moves in a chess game.", "moves", _MOVES, [], False),
    ("Runs game of life.", "start_board",
     _numbers("Starting board of game, leave empty for random starting point.", "integer"),
     [], True),
    ("This function determines the mode of a list of numbers.", "data", _DATA,
     [268, 236, 814, 236], True),
    ("Analyze a building.", "floors", _numbers("Floor numbers to be analyzed.", "integer"),
     [12], True),
])
def test_lists_of_a_fitting_size_pass(description: str, name: str, param: dict[str, Any],
                                      value: Any, required: bool) -> None:
    assert _findings(description, name, param, value, required) == []

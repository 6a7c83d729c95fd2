"""A control set to a mode answers the state that mode puts it in (BFCL seed 47 #0:
`setHeadlights(mode="off")` answered `headlightStatus: "on"`, said "they're on")."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint


def _answers(bfcl: tuple[dict[str, Endpoint], MockExecutor], name: str,
             args: dict[str, Any]) -> list[dict[str, Any]]:
    eps, executor = bfcl
    return [executor.session(seed).call(eps[name], args).output for seed in range(8)]


@pytest.mark.parametrize(("name", "args", "key", "state"), [
    ("set_headlights", {"mode": "off"}, "headlightStatus", "off"),
    ("set_headlights", {"mode": "on"}, "headlightStatus", "on"),
    ("activate_parking_brake", {"mode": "release"}, "parkingBrakeStatus", "released"),
    ("activate_parking_brake", {"mode": "engage"}, "parkingBrakeStatus", "engaged"),
    ("start_engine", {"ignitionMode": "STOP"}, "engineState", "stopped"),
    ("start_engine", {"ignitionMode": "START"}, "engineState", "running"),
    ("lock_doors", {"unlock": True, "door": ["driver", "passenger"]}, "lockStatus",
     "unlocked"),
    ("lock_doors", {"unlock": False, "door": ["driver"]}, "lockStatus", "locked"),
])
def test_the_state_is_the_one_set(bfcl: Any, name: str, args: dict[str, Any], key: str,
                                  state: str) -> None:
    for out in _answers(bfcl, name, args):
        assert out[key] == state, out


def test_doors_left_unlocked_are_the_doors_unlocked(bfcl: Any) -> None:
    for out in _answers(bfcl, "lock_doors", {"unlock": True, "door": ["driver", "rear_left"]}):
        assert out.get("remainingUnlockedDoors", 2) == 2, out
    for out in _answers(bfcl, "lock_doors", {"unlock": False, "door": ["driver"]}):
        assert out.get("remainingUnlockedDoors", 0) == 0, out


def test_a_released_brake_holds_no_force(bfcl: Any) -> None:
    for out in _answers(bfcl, "release_brake_pedal", {}):
        assert out["brakePedalStatus"] == "released" and out["brakePedalForce"] == 0, out
    for out in _answers(bfcl, "activate_parking_brake", {"mode": "release"}):
        assert out.get("_parkingBrakeForce", 0) == 0, out


def test_a_mode_naming_no_state_is_drawn_from_the_listed_ones(bfcl: Any) -> None:
    states = {out["headlightStatus"] for out in _answers(bfcl, "set_headlights",
                                                          {"mode": "auto"})}
    assert states and states <= {"on", "off"}

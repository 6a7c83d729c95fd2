"""A control set to a mode answers the state that mode puts it in (BFCL seed 47 #0:
`setHeadlights(mode="off")` answered `headlightStatus: "on"`, said "they're on")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.records import Endpoint

BFCL = Path(__file__).resolve().parents[2] / "../shared/corpora/bfcl"


@pytest.fixture(scope="module")
def vehicle() -> tuple[dict[str, Endpoint], MockExecutor]:
    if not BFCL.is_dir():
        pytest.skip("shared corpora not present")
    registry = pytest.importorskip("toolgen.registry")
    reg = registry.load_registry(BFCL)
    executor = MockExecutor(seed=7, pool_size=64, examples=CorpusExamples(tool_paths(reg)))
    return {e.function_name: e for e in reg.endpoints}, executor


def _answers(vehicle: tuple[dict[str, Endpoint], MockExecutor], name: str,
             args: dict[str, Any]) -> list[dict[str, Any]]:
    eps, executor = vehicle
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
def test_the_state_is_the_one_set(vehicle: Any, name: str, args: dict[str, Any], key: str,
                                  state: str) -> None:
    for out in _answers(vehicle, name, args):
        assert out[key] == state, out


def test_doors_left_unlocked_are_the_doors_unlocked(vehicle: Any) -> None:
    for out in _answers(vehicle, "lock_doors", {"unlock": True, "door": ["driver", "rear_left"]}):
        assert out.get("remainingUnlockedDoors", 2) == 2, out
    for out in _answers(vehicle, "lock_doors", {"unlock": False, "door": ["driver"]}):
        assert out.get("remainingUnlockedDoors", 0) == 0, out


def test_a_released_brake_holds_no_force(vehicle: Any) -> None:
    for out in _answers(vehicle, "release_brake_pedal", {}):
        assert out["brakePedalStatus"] == "released" and out["brakePedalForce"] == 0, out
    for out in _answers(vehicle, "activate_parking_brake", {"mode": "release"}):
        assert out.get("_parkingBrakeForce", 0) == 0, out


def test_a_mode_naming_no_state_is_drawn_from_the_listed_ones(vehicle: Any) -> None:
    states = {out["headlightStatus"] for out in _answers(vehicle, "set_headlights",
                                                          {"mode": "auto"})}
    assert states and states <= {"on", "off"}

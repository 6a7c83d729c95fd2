"""BFCL's vehicle control and file system answer as a car and a shell would (seed 13
#287, #74, #101): door statuses from the enum the description states, gauges in their
ranges, a cruise control activated is active, `cd` moves where it was sent."""

from __future__ import annotations

from typing import Any

from tests.executor.executor_endpoints import param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint
from toolgen.registry.response import from_json_schema

_ABOUT = ("This tool belongs to the vehicle control system, which allows users to control "
          "various aspects of the car such as engine, doors, climate control, lights, and "
          "more.")


def _endpoint(name: str, params: tuple[Any, ...], response: dict[str, Any]) -> Endpoint:
    schema = from_json_schema(response)
    assert schema is not None
    return Endpoint(id=f"vehicle_control/{name}", function_name=name, tool_id="vehicle_control",
                    tool_name="vehicle_control", category="BFCL", name=name,
                    description=f"{_ABOUT} Tool description: {name}.", method="POST", url="",
                    parameters=params, response_schema=schema)


def _outputs(ep: Endpoint, args: dict[str, Any]) -> list[Any]:
    executor = MockExecutor(seed=7, pool_size=64)
    return [executor.session(seed).call(ep, args).output for seed in range(15)]


_DOOR = {"type": "string", "description": "The status of the driver door. [Enum]: "
                                           "[\"locked\", \"unlocked\"]"}
_STATUS = {"type": "dict", "properties": {"status": {"type": "dict", "properties": {
    "fuelLevel": {"type": "float", "description": "[Optional] The fuel level of the vehicle "
                                                  "in gallons."},
    "batteryVoltage": {"type": "float", "description": "[Optional] The battery voltage of "
                                                       "the vehicle in volts."},
    "doorStatus": {"type": "dict", "properties": {"driver": _DOOR, "passenger": _DOOR}},
    "currentACTemperature": {"type": "float", "description": "[Optional] The current "
                                                             "temperature set in degree Celsius."},
    "slopeAngle": {"type": "float", "description": "[Optional] The slope angle in degrees."},
}}}}


def test_a_door_status_is_one_the_description_names() -> None:
    ep = _endpoint("displayCarStatus", (param("option"),), _STATUS)
    for out in _outputs(ep, {"option": "doors"}):
        doors = out["status"]["doorStatus"]
        assert set(doors.values()) <= {"locked", "unlocked"}, doors


def test_gauges_read_in_a_cars_ranges() -> None:
    ep = _endpoint("displayCarStatus", (param("option"),), _STATUS)
    for out in _outputs(ep, {"option": "all"}):
        status = out["status"]
        assert 0 <= status["fuelLevel"] <= 40, status
        assert 10 <= status["batteryVoltage"] <= 900, status
        assert 10 <= status["currentACTemperature"] <= 35, status
        assert 0 <= status["slopeAngle"] <= 45, status


def test_cruise_control_activated_is_active() -> None:
    response = {"type": "dict", "properties": {
        "cruiseStatus": {"type": "string", "description": "The status of the cruise control. "
                                                          "[Enum]: [\"active\", \"inactive\"]"},
        "currentSpeed": {"type": "float", "description": "The current speed in km/h."}}}
    ep = _endpoint("setCruiseControl", (param("speed", "number"), param("activate", "boolean")),
                   response)
    on = {o["cruiseStatus"] for o in _outputs(ep, {"speed": 60, "activate": True})}
    off = {o["cruiseStatus"] for o in _outputs(ep, {"speed": 60, "activate": False})}
    assert on == {"active"} and off == {"inactive"}, (on, off)


def test_cd_moves_to_the_folder_sent() -> None:
    response = {"type": "dict", "properties": {"current_working_directory": {
        "type": "string", "description": "The new current working directory path."}}}
    ep = _endpoint("cd", (param("folder"),), response)
    outs = _outputs(ep, {"folder": "shared/design"})
    assert {o["current_working_directory"] for o in outs} == {"shared/design"}


def test_a_status_asked_for_one_aspect_answers_that_aspect() -> None:
    ep = _endpoint("display_car_status", (param("option"),), _STATUS)
    for out in _outputs(ep, {"option": "fuel"}):
        assert list(out["status"]) == ["fuelLevel"], out
    for out in _outputs(ep, {"option": "doors"}):
        assert list(out["status"]) == ["doorStatus"], out


def test_a_pedal_released_is_released() -> None:
    response = {"type": "dict", "properties": {
        "brakePedalStatus": {"type": "string", "description": (
            "The status of the brake pedal. [Enum]: [\"pressed\", \"released\"]")},
        "brakePedalForce": {"type": "float", "description": "The force in Newtons."}}}
    ep = _endpoint("release_brake_pedal", (), response)
    assert {o["brakePedalStatus"] for o in _outputs(ep, {})} == {"released"}

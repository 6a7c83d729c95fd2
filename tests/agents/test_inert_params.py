"""A setting whose description says it changes nothing is never stated by the user
(ToolBench seed 71 #4: "a location accuracy of 47.6062 m", Foursquare's
`locationAccuracy`, "(Does not currently affect search results.)")."""

from __future__ import annotations

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_NO_EFFECT = "Accuracy of latitude and longitude, in meters. (Does not currently affect " \
             "search results.)"


def _param(name: str, description: str, required: bool = False) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="FLOAT",
                     json_schema={"type": "number"}, required=required,
                     description=description)


def _search(*params: Parameter) -> Endpoint:
    return Endpoint(id="Social/foursquare/searchVenues", function_name="searchvenues",
                    tool_id="Social/foursquare", tool_name="foursquare", category="Social",
                    name="searchVenues", description="Search venues near a place.",
                    parameters=params)


def test_an_optional_setting_that_changes_nothing_is_left_unstated() -> None:
    values = ArgumentValues(MockExecutor(7))
    accuracy = _param("locationAccuracy", _NO_EFFECT)
    radius = _param("radius", "Limit results to venues within this many meters.")
    old = _param("salt", "DEPRECATED since 2021-02-22, it will be ignored.")
    conditional = _param("skill", "Skill bracket (Ignored if an account ID is specified).")
    endpoint = _search(accuracy, radius, old, conditional)
    assert values.unstated(endpoint, accuracy)
    assert values.unstated(endpoint, old)
    assert not values.unstated(endpoint, radius)
    assert not values.unstated(endpoint, conditional)


def test_a_required_one_is_still_sent() -> None:
    values = ArgumentValues(MockExecutor(7))
    accuracy = _param("locationAccuracy", _NO_EFFECT, required=True)
    assert not values.unstated(_search(accuracy), accuracy)

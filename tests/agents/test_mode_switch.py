"""Mode switches (`endpoint='url'`, `roster_schedule='Roster'`) are sent as documented:
the planner never has the user state one, and the mock's answer does not restate it.

On the old code ToolBench seed 11 record 96 had the user say "extract the text (that's
url)" and the call send `endpoint='url'` as the user's value (judge: label_as_value), and
seed 7 record 611 had the assistant ask "what is the roster schedule?" ("It's Roster.")."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.executor.mode_switch import mode_switch
from toolgen.records import Endpoint, Parameter

VALUES = ArgumentValues(MockExecutor(7))


def _param(name: str, default: str | None = None, required: bool = True,
           type_: str = "string") -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=type_.upper(),
                     json_schema={"type": type_}, required=required, default=default,
                     has_default=default is not None)


def _endpoint(name: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"Tools/api/{name}", function_name=name, tool_id="Tools/api",
                    tool_name="api", category="Tools", name=name, parameters=params)


OCR = _endpoint("Image URL", _param("url", "https://imgv3.fotor.com/images/a.jpg"),
                _param("endpoint", "url"), _param("etype", "url", required=False))
ROSTER = _endpoint("Get NBA Franchise Roster For a Specific Year",
                   _param("year", "2022", type_="integer"),
                   _param("franchise", "BOSTON CELTICS"), _param("roster_schedule", "Roster"))
VIDEO = _endpoint("videoConvert", _param("file"), _param("to", "mp4"), _param("video", "video"))


@pytest.mark.parametrize(("endpoint", "name"), [
    (OCR, "endpoint"), (OCR, "etype"), (ROSTER, "roster_schedule"), (VIDEO, "video")])
def test_a_default_naming_the_calls_own_labels_is_a_mode_switch(endpoint: Endpoint,
                                                                name: str) -> None:
    param = next(p for p in endpoint.parameters if p.name == name)
    assert mode_switch(param, endpoint)


@pytest.mark.parametrize(("endpoint", "param"), [
    (OCR, OCR.parameters[0]),  # a real URL
    (VIDEO, VIDEO.parameters[1]),  # `to='mp4'`: a choice the user makes
    (ROSTER, ROSTER.parameters[1]),  # a team
    (_endpoint("SQL Scheme from mongo document", _param("tableName", "TableName")), None),
    (_endpoint("searchInventory", _param("searchString", "string")), None),
    (_endpoint("Login", _param("username"), _param("password", "password")), None),
    (_endpoint("Fetchanote", _param("customer_a_id", "customer_a_id")), None),
])
def test_values_a_person_gives_are_no_mode_switch(endpoint: Endpoint,
                                                  param: Parameter | None) -> None:
    param = param or endpoint.parameters[-1]
    assert not mode_switch(param, endpoint)


@pytest.mark.parametrize("endpoint", [OCR, ROSTER, VIDEO])
def test_the_planner_sends_a_mode_switch_as_its_default(endpoint: Endpoint) -> None:
    facts = {f.param.name: f for f in VALUES.facts(endpoint)}
    switches = [n for n, f in facts.items() if mode_switch(f.param, endpoint)]
    assert switches and all(facts[n].always_default for n in switches)
    assert not facts[endpoint.parameters[0].name].always_default


@pytest.mark.parametrize("seed", range(4))
def test_the_answer_does_not_restate_a_mode_switch(seed: int) -> None:
    session = MockExecutor(7).session(seed)
    out = session.call(ROSTER, {"year": 2022, "franchise": "Boston Celtics",
                                "roster_schedule": "Roster"}).output
    assert out["franchise"] == "Boston Celtics"  # what the call asked for is answered
    assert "Roster" not in str(out), out

"""A history lookup answers events that happened, on their day (BFCL seed 31 #222:
`history.get_key_events(country="United States", start_year=2002, end_year=2010)` answered
an "Autumn Jazz Fair" in 2025, and the moon landing's date was 2026-02-17)."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _param(name: str, kind: str, says: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=kind, json_schema={"type": kind},
                     required=True, description=says)


def _endpoint(name: str, says: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"history/history/{name}", function_name=f"history_{name}",
                    tool_id="history", tool_name="history", category="history", name=name,
                    description=says, parameters=params, response_schema={},
                    response_source="inferred", method="CALL")


def test_key_events_happened_in_the_country_and_years_asked(executor: MockExecutor) -> None:
    key_events = _endpoint(
        "get_key_events", "Retrieve key historical events within a specific period for a "
        "certain country.", _param("country", "string", "The name of the country."),
        _param("start_year", "integer", "Start year of the period."),
        _param("end_year", "integer", "End year of the period."))
    for seed in range(4):
        out = executor.session(seed).call(key_events, {
            "country": "United States", "start_year": 2002, "end_year": 2010}).output
        events = out["events"]
        assert events, out
        for event in events:
            assert 2002 <= int(event["date"][:4]) <= 2010, event
            assert "Jazz" not in event["name"] and "Fair" not in event["name"], event
            assert event["country"] == "United States", event


def test_the_moon_landing_was_on_20_july_1969(executor: MockExecutor) -> None:
    dated = _endpoint("get_event_date", "Get the date of an historical event.",
                      _param("event_name", "string", "The name of the event."))
    out = executor.session(1).call(dated, {"event_name": "the moon landing"}).output
    assert out["date"] == "1969-07-20", out


def test_a_country_s_own_history_lists_that_country_s_events(executor: MockExecutor) -> None:
    """BFCL seed 13 #113: `us_history.get_event_info` answered the Battle of Waterloo."""
    us = Endpoint(id="us_history/us_history/get_events", function_name="us_history_get_events",
                  tool_id="us_history", tool_name="us_history", category="history",
                  name="us_history.get_events", description="Retrieve key events of US "
                  "history.", parameters=(_param("century", "integer", "The century."),),
                  response_schema={}, response_source="inferred", method="CALL")
    events = executor.session(2).call(us, {"century": 19}).output["events"]
    assert events and all(e["country"] == "United States" for e in events), events


def test_one_named_event_is_that_event(executor: MockExecutor) -> None:
    """BFCL seed 13 #113: `us_history.get_event_info(event_name="the Civil War")` answered
    a listing led by the Declaration of Independence."""
    info = Endpoint(id="us_history/us_history/get_event_info",
                    function_name="us_history_get_event_info", tool_id="us_history",
                    tool_name="us_history", category="history",
                    name="us_history.get_event_info", description="Retrieve detailed "
                    "information about a significant event in U.S. history.",
                    parameters=(_param("event_name", "string", "The name of the event."),),
                    response_schema={}, response_source="inferred", method="CALL")
    out = executor.session(3).call(info, {"event_name": "the Civil War"}).output
    assert "events" not in out and out["date"] == "1861-04-12", out

"""What the generator fixes and the judge now sees too (qjudge): an airline off its
countries' routes, an event filed under another kind, every collection named after one
city, a player's height against their position. Each defect next to its clean twin."""

from __future__ import annotations

import copy
import json
from typing import Any

from toolgen.judge import JudgeContext, validate
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
BASES = {r.base: r.record for r in load() if r.defect is None and r.id.endswith("clean0")}


def _kinds(d: dict[str, Any]) -> set[str]:
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


def _output(base: str, call_id: str, change: Any) -> dict[str, Any]:
    """The base record with `call_id`'s output replaced by `change(output)`."""
    d = copy.deepcopy(BASES[base].model_dump(mode="json"))
    tool = next(m for m in d["messages"] if m.get("tool_call_id") == call_id)
    tool["content"] = json.dumps(change(json.loads(tool["content"])))
    return d


def _flight(**fields: Any) -> dict[str, Any]:
    return _output("trip", "call_t1", lambda o: {"flight": {**o["flight"], **fields}})


def test_an_airline_of_neither_end_of_its_route_is_flagged() -> None:
    """BFCL seed 7 #200 before airline_routes: Qantas from Edinburgh to Rome."""
    assert "airline_off_route" in _kinds(_flight(airline="Qantas", origin="Edinburgh",
                                                 destination="Rome"))
    assert "airline_off_route" in _kinds(_flight(airline="Thai Airways", origin="SEA",
                                                 destination="Dublin"))
    # a carrier of one end, a pan-European low-cost one in Europe, a connection: clean
    for fields in ({"airline": "Qantas", "origin": "Sydney", "destination": "Rome"},
                   {"airline": "Ryanair", "origin": "Madrid", "destination": "Rome"},
                   {"airline": "Qatar Airways", "origin": "LHR", "destination": "BKK",
                    "stops": 1}):
        assert "airline_off_route" not in _kinds(_flight(**fields)), fields


def test_an_asked_airline_on_a_route_the_tool_chose_is_flagged() -> None:
    """BFCL seed 7 #83: "Lufthansa, economy" priced from Bengaluru to Cairo."""
    d = _flight(airline="Lufthansa", origin="Bengaluru", destination="Cairo")
    call = d["messages"][2]["tool_calls"][0]["function"]
    args = json.loads(call["arguments"])
    call["arguments"] = json.dumps({**args, "airline": "Lufthansa"})
    assert "airline_off_route" in _kinds(d)


def _events(**first: Any) -> dict[str, Any]:
    return _output("events", "call_v1", lambda o: {
        "events": [{**o["events"][0], **first}, o["events"][1]]})


def test_an_event_whose_title_names_another_kind_than_its_category_is_flagged() -> None:
    """Bundled seed 7 #260 before event_categories: "Annual Book Summit" as a concert."""
    assert "event_category_misfit" in _kinds(_events(title="Annual Book Summit",
                                                     category="concert"))
    assert "event_category_misfit" in _kinds(_events(category="sports"))  # a jazz night
    # a title of its own kind, or with no kind word at all: clean
    for fields in ({"category": "concert"}, {"title": "The Eras Tour", "category": "concert"},
                   {"title": "Derby Day: Porto vs Braga", "category": "sports"}):
        assert "event_category_misfit" not in _kinds(_events(**fields)), fields


def _tracks(*titles: str) -> dict[str, Any]:
    return _output("music", "call_m2", lambda o: {**o, "tracks": [
        {"title": t, "plays": 1000 - i} for i, t in enumerate(titles)]})


def test_things_that_are_no_places_all_named_after_one_city_are_flagged() -> None:
    """ToolBench seed 7 #33: collections "The Roads of Cairo", "The Harbor of Cairo"..."""
    assert "titles_one_city" in _kinds(_tracks("The Roads of Cairo", "The Harbor of Cairo"))
    assert "titles_one_city" in _kinds(_tracks("New York Nights", "Empire: New York"))
    # one title of a city among others, two cities: clean
    for titles in (("The Roads of Cairo", "Feeling Good"),
                   ("The Roads of Cairo", "The Harbor of Lisbon")):
        assert "titles_one_city" not in _kinds(_tracks(*titles)), titles
    # titles of the city the user asked about: clean
    d = _tracks("The Roads of Cairo", "The Harbor of Cairo")
    user = next(m for m in d["messages"] if m["role"] == "user")
    user["content"] = "What are the most played songs about Cairo?"
    assert "titles_one_city" not in _kinds(d)


def _player(**fields: Any) -> dict[str, Any]:
    return _output("team", "call_t1", lambda o: {**o, **fields})


def test_a_height_outside_the_players_position_is_flagged() -> None:
    """ToolBench seed 7 #42: a 7 ft 2 in guard (free-NBA)."""
    assert "height_misfit" in _kinds(_player(position="G", height_feet="7",
                                             height_inches="2"))
    assert "height_misfit" in _kinds(_player(position="C", height_feet="6",
                                             height_inches="1"))
    # Tatum, 6 ft 8 in, as a forward or a guard; a 5 ft 11 in guard: clean
    for fields in ({"position": "F"}, {"position": "G"},
                   {"position": "PG", "height_feet": "5", "height_inches": "11"}):
        assert "height_misfit" not in _kinds(_player(**fields)), fields
    # a sport the endpoint does not name as basketball (hockey's C): left alone
    d = _player(position="C", height_feet="6", height_inches="1")
    d["tools"][0]["function"]["description"] = "Hockey: a skater's profile and team."
    assert "height_misfit" not in _kinds(d)

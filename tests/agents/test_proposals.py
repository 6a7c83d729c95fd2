"""The live planner's value proposals: kept when valid, else the offline value stays."""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.proposals import Proposal, apply_proposals, with_provenance
from toolgen.records import Endpoint, Goal, Parameter, PlannedArg, PlannedCall, Scenario


def _param(name: str, schema: dict[str, Any], description: str = "") -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="X", json_schema=schema,
                     required=True, description=description)


CONVERT = Endpoint(
    id="Finance/fx/convert", function_name="convert_for_fx", tool_id="Finance/fx",
    tool_name="fx", category="Finance", name="convert",
    parameters=(_param("from", {"type": "string"}, "ISO 4217 currency code"),
                _param("to", {"type": "string"}, "ISO 4217 currency code"),
                _param("amount", {"type": "number"})),
)
HOTEL = Endpoint(
    id="Travel/stay/book", function_name="book_for_stay", tool_id="Travel/stay",
    tool_name="stay", category="Travel", name="book",
    parameters=(_param("city", {"type": "string"}),
                _param("checkin", {"type": "string"}, "date (YYYY-MM-DD)"),
                _param("checkout", {"type": "string"}, "date (YYYY-MM-DD)"),
                _param("guests", {"type": "integer"}, "number of guests, between 1 and 8"),
                _param("hotel_id", {"type": "string"})),
)
ENDPOINTS = {CONVERT.id: CONVERT, HOTEL.id: HOTEL}


def _arg(name: str, value: Any, source: str = "user") -> PlannedArg:
    return PlannedArg(name=name, source=source, value=value)  # type: ignore[arg-type]


SCENARIO = Scenario(
    goal=Goal(persona="a traveller", style="casual", domain="Travel", summary="A trip."),
    calls=(
        PlannedCall(call_id="call_a", endpoint_id=CONVERT.id, function_name=CONVERT.function_name,
                    arguments=(_arg("from", "USD"), _arg("to", "CAD"), _arg("amount", 120.5))),
        PlannedCall(call_id="call_b", endpoint_id=HOTEL.id, function_name=HOTEL.function_name,
                    arguments=(_arg("city", "Lisbon"), _arg("checkin", "2025-06-10"),
                               _arg("checkout", "2025-06-14"), _arg("guests", 2),
                               PlannedArg(name="hotel_id", source="tool_output",
                                          call_id="call_a", path="$.id"))),
    ),
    turns=(), pattern="sequential", patterns=("sequential",),
)


def _values(scenario: Scenario) -> dict[tuple[str, str], Any]:
    return {(c.call_id, a.name): a.value for c in scenario.calls for a in c.arguments}


def test_valid_proposals_replace_the_offline_values() -> None:
    proposals = [Proposal(1, "from", "EUR"), Proposal(1, "amount", 80),
                 Proposal(2, "city", "Porto"), Proposal(2, "checkout", "2025-06-16")]
    scenario, verdicts = apply_proposals(SCENARIO, proposals, ENDPOINTS)
    assert [v.kept for v in verdicts] == [True, True, True, True], verdicts
    values = _values(scenario)
    assert values[("call_a", "from")] == "EUR" and values[("call_a", "amount")] == 80
    assert values[("call_b", "city")] == "Porto"
    assert values[("call_b", "checkout")] == "2025-06-16"
    assert values[("call_b", "checkin")] == "2025-06-10"  # untouched


def test_invalid_proposals_are_dropped_and_the_offline_value_stays() -> None:
    proposals = [
        Proposal(1, "from", "CAD"),            # CAD -> CAD conversion
        Proposal(2, "checkout", "2025-06-01"),  # check-out before check-in
        Proposal(2, "guests", "two"),           # wrong type
        Proposal(2, "guests", 40),              # outside the stated 1..8
        Proposal(1, "to", "dollars"),           # not a currency code
        Proposal(2, "checkin", "2025-02-30"),   # no such date
        Proposal(2, "city", "string"),          # a placeholder
        Proposal(2, "hotel_id", "H-1"),         # read from an output, not stated by the user
        Proposal(3, "city", "Paris"),           # no such call
        Proposal(2, "stars", 5),                # no such argument
    ]
    scenario, verdicts = apply_proposals(SCENARIO, proposals, ENDPOINTS)
    assert not [v for v in verdicts if v.kept], verdicts
    assert all(v.reason for v in verdicts)
    assert _values(scenario) == _values(SCENARIO)
    reasons = {(v.argument, v.value): v.reason for v in verdicts}
    assert reasons[("from", "CAD")] == "disagrees with to"  # CAD -> CAD
    assert reasons[("checkout", "2025-06-01")] == "disagrees with checkin"


def test_provenance_names_the_planner_for_kept_values_only() -> None:
    proposals = [Proposal(2, "city", "Porto"), Proposal(2, "checkout", "2025-06-01")]
    scenario, verdicts = apply_proposals(SCENARIO, proposals, ENDPOINTS)
    dumped = with_provenance(scenario.model_dump(mode="json"), verdicts)
    by_arg = {(c["call_id"], a["name"]): a for c in dumped["calls"] for a in c["arguments"]}
    assert by_arg[("call_b", "city")]["provenance"] == "planner_llm"
    assert by_arg[("call_b", "city")]["value"] == "Porto"
    assert by_arg[("call_b", "checkout")]["provenance"] == "offline"
    assert by_arg[("call_b", "checkout")]["value"] == "2025-06-14"
    assert by_arg[("call_a", "from")]["provenance"] == "offline"
    kept = [p["kept"] for p in dumped["value_proposals"]]
    assert kept == [True, False]

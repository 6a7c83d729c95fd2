"""A list of option literals is said in words: "with free breakfast if possible", not
"with free_breakfast" (BFCL seed 59 #26); the call keeps the literals."""

from __future__ import annotations

from toolgen.agents.policy.slot_said import slot_of
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall


def _hotel() -> Endpoint:
    prefs = Parameter(name="preferences", raw_name="preferences", type_label="array",
                      required=False, json_schema={
        "type": "array", "items": {"type": "string",
                                   "enum": ["pet_friendly", "free_breakfast", "gym"]}},
        description="Hotel preferences.")
    return Endpoint(id="bfcl/hotel_booking", tool_id="bfcl", tool_name="hotel", category="Travel",
                    name="hotel_booking", function_name="hotel_booking",
                    description="Book a hotel.", parameters=(prefs,))


def test_option_literals_in_a_list_are_said_as_words() -> None:
    hotel = _hotel()
    prefs = PlannedArg(name="preferences", value=["free_breakfast", "pet_friendly"],
                       source="user")
    call = PlannedCall(call_id="c1", endpoint_id=hotel.id, function_name=hotel.function_name,
                       arguments=(prefs,))
    slot = slot_of([call], "c1.preferences", {hotel.id: hotel})
    assert "free breakfast" in slot.value and "pet friendly" in slot.value, slot
    assert "_" not in slot.value, slot
    assert slot.raw == ["free_breakfast", "pet_friendly"]

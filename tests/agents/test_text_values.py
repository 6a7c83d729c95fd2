"""The user's free text fits its slot: a message to support asks about what the chain
booked, a to-do holds a task, a new thing's description says what it is for."""

from __future__ import annotations

from toolgen.agents.planner.text_values import fit_texts
from toolgen.records import Endpoint, PlannedArg, PlannedCall


def _ep(name: str) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name=name,
                    category="Travel", name=name, description="")


def _call(i: int, function: str, **args: object) -> PlannedCall:
    return PlannedCall(call_id=f"call_{i}", endpoint_id=f"t/{function}",
                       function_name=function,
                       arguments=tuple(PlannedArg(name=k, source="user", value=v)  # type: ignore[arg-type]
                                       for k, v in args.items()))


def _fitted(*calls: PlannedCall) -> list[dict[str, object]]:
    endpoints = {c.endpoint_id: _ep(c.function_name) for c in calls}
    return [{a.name: a.value for a in c.arguments} for c in fit_texts(calls, endpoints)]


def test_a_message_to_support_asks_about_the_flight_booked() -> None:
    for i in range(10):
        _, support = _fitted(
            _call(i, "book_flight", travel_from="Warsaw", travel_to="Chicago"),
            _call(100 + i, "contact_customer_support", booking_id="bkn_1",
                  message="Running ten minutes late, see you at the cafe."))
        message = str(support["message"])
        assert "my flight to Chicago" in message and message.endswith("?"), message


def test_support_is_asked_about_the_thing_booked_last_before_it() -> None:
    # BFCL seed 7 000118 (once the sample moved): a hotel in Zurich, then a flight to
    # Istanbul, then support asked about "my hotel booking in Zurich" with the flight's id
    for i in range(10):
        _, _, support = _fitted(
            _call(i, "hotel_booking", location="Zurich", room_type="double"),
            _call(50 + i, "book_flight", travel_from="Toronto", travel_to="Istanbul"),
            _call(100 + i, "contact_customer_support", booking_id="bkn_1",
                  message="Running ten minutes late, see you at the cafe."))
        message = str(support["message"])
        assert "my flight to Istanbul" in message and "hotel" not in message, message


def test_the_questions_vary_across_records() -> None:
    asked = {str(_fitted(_call(100 + i, "contact_customer_support", booking_id="bkn_1",
                                message="Happy birthday! Hope you have a great day."))[0]
                 ["message"]) for i in range(30)}
    assert len(asked) >= 4, asked


def test_a_todo_holds_a_task_not_a_question() -> None:
    for i in range(10):
        (todo,) = _fitted(_call(i, "todo_add", content="Where is the nearest train station?"))
        assert not str(todo["content"]).endswith("?"), todo


def test_a_new_things_description_names_it() -> None:
    (made,) = _fitted(_call(1, "create_solution_category", name="Billing questions",
                            description="Imported from the previous system."))
    assert "Billing questions" in str(made["description"]), made


def test_a_text_the_user_wrote_themselves_is_kept() -> None:
    (sent,) = _fitted(_call(1, "contact_customer_support", booking_id="bkn_1",
                            message="My seat belt was broken on the last flight."))
    assert sent["message"] == "My seat belt was broken on the last flight."


def test_a_payment_says_what_it_pays_for() -> None:
    """Bundled seed 83: "My payment, started this week." on 14 payments of 120 records."""
    said = {str(_fitted(_call(i, "create_payment", amount=37.7, currency="EUR",
                              description="Imported from the previous system."))[0]
                ["description"]) for i in range(30)}
    assert len(said) >= 4, said
    assert not any("started this week" in s or "share with friends" in s for s in said), said

"""Values a reviewer believes (fix 20): codes where codes belong, inferred records named by
a noun, conversions that follow their rate, arguments that are values rather than labels."""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor import MockExecutor, endpoint_info
from toolgen.executor.rules import settle
from toolgen.executor.shapes import inferred_shape
from toolgen.executor.values import plural
from toolgen.records import Endpoint, Parameter


def _param(name: str, type_: str = "string", description: str = "", **extra: Any) -> Parameter:
    default = extra.pop("default", None)
    return Parameter(name=name, raw_name=name, type_label=type_,
                     json_schema={"type": type_, **extra}, required=True,
                     description=description, default=default,
                     has_default=default is not None)


def _endpoint(name: str, params: tuple[Parameter, ...] = (), response: Any = None,
              url: str = "") -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="Tool",
                    category="Data", name=name, description="", parameters=params,
                    response_schema=response or {}, response_source="schema" if response
                    else "inferred", url=url)


def _outputs(ep: Endpoint, n: int = 15) -> list[Any]:
    executor = MockExecutor(5)
    return [executor.session(i).call(ep, {}).output for i in range(n)]


def test_code_fields_hold_codes_never_dictionary_words() -> None:
    props = {k: {"type": "string"} for k in
             ("icao", "state_code", "hash", "seat", "seat_section", "gate")}
    props["month"] = {"type": "integer"}
    ep = _endpoint("get_airport_details", response={"type": "object", "properties": props})
    for out in _outputs(ep):
        assert re.fullmatch(r"[A-Z]{4}", out["icao"]), out
        assert re.fullmatch(r"[A-Z]{2,3}", out["state_code"]), out
        assert re.fullmatch(r"[0-9a-f]{32}", out["hash"]), out
        assert re.fullmatch(r"\d{1,2}[A-F]", out["seat"]), out
        assert out["seat_section"].isdigit() and out["gate"][1:].isdigit(), out
        assert 1 <= out["month"] <= 12, out


def test_plurals_read_as_english() -> None:
    assert [plural(w) for w in ("category", "index", "match", "news", "day", "book")] == [
        "categories", "indexes", "matches", "news", "days", "books"]
    # a label with capitals is no plural already ("the booking ID are", BFCL seed 71 #35)
    assert [plural(w) for w in ("booking ID", "image URL", "IDs", "Diabetes")] == [
        "booking IDs", "image URLs", "IDs", "Diabetes"]


def test_inferred_lists_are_named_by_the_noun_the_endpoint_lists() -> None:
    cases = {
        "google_books_search": "books",
        "get_today_s_events_for_checkiday": "events",
        "civil_cases_retrieve": "cases",
        "get_all_forum_categories_for_freshdesk": "categories",
    }
    for name, key in cases.items():
        ep = _endpoint(name, url="https://x.example.com/today")
        shape = inferred_shape(ep, endpoint_info(ep))
        lists = [k for k, v in shape["properties"].items() if v.get("type") == "array"]
        assert lists == [key], (name, shape)


def test_a_record_noun_is_never_a_one_letter_path_segment() -> None:
    ep = _endpoint("remote_copy_file_for_storage", url="https://x.example.com/c")
    keys = set(inferred_shape(ep, endpoint_info(ep))["properties"])
    assert "cs" not in keys and "c_id" not in keys, keys


def test_a_converted_amount_object_follows_the_rate() -> None:
    out: dict[str, Any] = {"amount": 100.0, "from_currency": "GBP", "to_currency": "SEK",
                           "rate": 3.0, "converted": {"amount": 100.0, "currency": "USD"}}
    settle(out, {"amount": 100.0, "from_currency": "GBP", "to_currency": "SEK"}, "get")
    assert out["converted"]["currency"] == "SEK"
    assert abs(out["converted"]["amount"] - 100.0 * out["rate"]) < 0.01
    assert out["rate"] != 3.0  # the reference cross rate replaced the made-up one


def test_window_and_trip_dates_are_ordered() -> None:
    out = {"executedAfter": "2025-03-10", "executedBefore": "2025-01-07",
           "departure_date": "2025-09-01", "return_date": "2025-06-01"}
    settle(out, None, "get")
    assert out["executedAfter"] <= out["executedBefore"]
    assert out["departure_date"] <= out["return_date"]


def test_a_drawn_argument_is_a_value_not_a_label() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("get_channel_videos_for_twitch_api", (_param("channel"), _param("county")))
    values = ArgumentValues(MockExecutor(3))
    rng = random.Random(4)
    for _ in range(40):
        for p in ep.parameters:
            drawn = values.draw(ep, p, rng, topic="channel videos")
            assert str(drawn).lower() not in ("channel", "county", "channel videos"), drawn


def test_a_party_size_is_a_whole_number() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("reserve_table", (_param("party_size", "number", "Number of people",
                                            default=2),))
    values = ArgumentValues(MockExecutor(3))
    rng = random.Random(2)
    for _ in range(30):
        size = values.draw(ep, ep.parameters[0], rng)
        assert float(size).is_integer() and 1 <= size <= 20, size


def test_a_flight_lands_hours_after_it_leaves_and_an_echoed_time_stays() -> None:
    out = {"departure_time": "2025-05-27T04:27:00Z", "arrival_time": "2026-01-06T15:46:00Z"}
    settle(out, None, "get")
    assert out["arrival_time"].startswith("2025-05-27"), out
    asked = {"departure_time": "2026-05-27T10:01:00Z", "arrival_time": "2025-02-07T06:37:00Z"}
    settle(asked, {"departure_time": "2026-05-27T10:01:00Z"}, "create")
    assert asked["departure_time"] == "2026-05-27T10:01:00Z"
    assert asked["departure_time"] < asked["arrival_time"] < "2026-05-28T12", asked


def test_an_echoed_maximum_keeps_its_value_and_the_minimum_moves() -> None:
    out = {"maxPrice": 40.62, "minPrice": 163.22}
    settle(out, {"max_price": 40.62}, "list")
    assert out["maxPrice"] == 40.62 and out["minPrice"] < 40.62, out


def _flight_endpoints() -> tuple[Endpoint, Endpoint]:
    search = _endpoint("flights_search", (_param("from_city"), _param("to_city")))
    status = _endpoint("flight_status_check", (_param("flight_id"), _param("ticket_number")))
    return search, status


def test_a_later_read_of_a_listed_flight_keeps_the_route_the_search_asked_for() -> None:
    search, status = _flight_endpoints()
    executor = MockExecutor(7)
    for seed in range(6):
        session = executor.session(seed)
        found = session.call(search, {"from_city": "Cairo", "to_city": "Cape Town"}).output
        flight = found["flights"][0]
        assert (flight["origin"], flight["destination"]) == ("Cairo", "Cape Town"), found
        again = session.call(status, {"flight_id": flight["flight_id"],
                                      "ticket_number": "AK1043"}).output
        assert (again["origin"], again["destination"]) == ("Cairo", "Cape Town"), again


def test_an_endpoint_named_after_its_http_method_does_what_its_description_says() -> None:
    detect = _endpoint("post_for_i_m_all_ears").model_copy(update={
        "name": "Post", "description": "I'm All Ears: Detect Mental Disorders based on Text."})
    create = detect.model_copy(update={"description": "Tool: Create a new note."})
    assert endpoint_info(detect).action == "get"
    assert endpoint_info(create).action == "create"


def test_a_delete_answers_with_the_id_it_was_sent_and_no_other() -> None:
    ep = _endpoint("delete_event", (_param("id"),))
    out = MockExecutor(2).session(0).call(ep, {"id": "evn_1"}).output
    ids = [k for k in out if k == "id" or k.endswith("_id")]
    assert ids == ["id"] and out["id"] == "evn_1", out


def test_page_arguments_typed_as_strings_are_numbers_written_out() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("events", (_param("page"), _param("pageSize")))
    values = ArgumentValues(MockExecutor(3))
    rng = random.Random(5)
    for _ in range(10):
        assert all(str(values.draw(ep, p, rng)).isdigit() for p in ep.parameters)

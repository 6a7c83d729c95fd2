"""Values a careful reader believes: numbers on their field's scale, names of their kind,
one list naming different things, a total a lookup can match, one place per object."""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor import MockExecutor
from toolgen.executor.places import agree_arguments
from toolgen.records import Endpoint, Parameter

N = {"type": "number"}
S = {"type": "string"}


def _param(name: str, schema: dict[str, Any]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=True, description="", default=None,
                     has_default=False)


def _endpoint(name: str, response: dict[str, Any],
              params: tuple[Parameter, ...] = ()) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="Tool",
                    category="Data", name=name, description="", parameters=params,
                    response_schema=response, response_source="schema")


def _outputs(ep: Endpoint, args: dict[str, Any] | None = None, n: int = 30) -> list[Any]:
    executor = MockExecutor(11)
    return [executor.session(i).call(ep, dict(args or {})).output for i in range(n)]


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def test_numbers_typed_only_number_stay_on_their_fields_scale() -> None:
    ep = _endpoint("get_recipe", _obj(servings=N, humidity=N, efficiency=N, interest_rate=N,
                                      probability=N, days=N, noisy_confidence=N))
    for out in _outputs(ep):
        assert 1 <= out["servings"] <= 8, out
        assert 0 <= out["humidity"] <= 100 and 0 <= out["efficiency"] <= 100, out
        assert 0 < out["interest_rate"] < 20, out
        assert 0 <= out["probability"] <= 1 and 0 <= out["noisy_confidence"] <= 1, out
        assert 1 <= out["days"] <= 14, out


def test_a_stated_range_still_wins_over_the_name() -> None:
    ep = _endpoint("get_recipe", _obj(servings={"type": "integer", "minimum": 20,
                                                "maximum": 30}))
    assert all(20 <= out["servings"] <= 30 for out in _outputs(ep))


def test_a_labelled_scale_is_a_whole_step_within_it() -> None:
    # TableFinder's price_level: NUMBER, "1 (cheap) to 4 (fine dining)"; drawn as 26.9.
    level = {"type": "number", "description": "1 (cheap) to 4 (fine dining)"}
    ep = _endpoint("search_restaurants", _obj(price_level=level))
    levels = {out["price_level"] for out in _outputs(ep)}
    assert levels <= {1, 2, 3, 4} and len(levels) > 1, levels


def test_records_of_no_known_kind_are_named_not_numbered() -> None:
    ep = _endpoint("list_publishers", _obj(publishers={"type": "array", "items": _obj(
        publisher_id=S, publisher_name=S, genre_name=S, consulta_name=S)}))
    names = [v for out in _outputs(ep) for item in out["publishers"] for k, v in item.items()
             if k.endswith("_name")]
    assert names
    assert not [n for n in names if re.search(r"#\d+$", n)], names[:5]


def test_one_list_never_names_two_items_alike() -> None:
    ep = _endpoint("search_hotels", _obj(hotels={"type": "array", "minItems": 4, "items": _obj(
        hotel_id=S, name={"type": "string", "enum": ["Hotel Lumiere", "Casa Azul", "Hotel Roma",
                                                    "Palace Inn", "Hotel Lumiere"]})}))
    for out in _outputs(ep):
        names = [h["name"] for h in out["hotels"]]
        assert len(names) == len(set(names)), names


def test_a_lookup_of_one_name_counts_what_it_shows() -> None:
    ep = _endpoint("sanctions_scan", _obj(matches={"type": "array", "items": _obj(
        match_id=S, full_name=S)}, total={"type": "integer"}), (_param("name", S),))
    for out in _outputs(ep, {"name": "Maria Lopez"}):
        assert out["total"] == len(out["matches"]), out


def test_an_object_sits_in_the_country_the_call_asked_about() -> None:
    ep = _endpoint("validate_address", _obj(address=S, city=S, country=S, phone=S,
                                            latitude=N, longitude=N),
                   (_param("country", S),))
    for out in _outputs(ep, {"country": "Australia"}):
        assert out["country"] == "Australia", out
        assert out["city"] in ("Sydney", "Melbourne"), out
        assert out["address"].endswith(f"{out['city']}, Australia"), out
        assert out["phone"].startswith("+61 "), out
        assert out["latitude"] < 0 < out["longitude"], out


def test_phones_and_postcodes_are_of_the_objects_own_country() -> None:
    ep = _endpoint("get_branch", _obj(city=S, country=S, phone=S, postcode=S))
    prefixes = {"United States": "+1-", "Canada": "+1-", "United Kingdom": "+44 ",
                "Portugal": "+351 ", "Japan": "+81 ", "Germany": "+49 "}
    seen = 0
    for out in _outputs(ep, n=60):
        if out["country"] in prefixes:
            seen += 1
            assert out["phone"].startswith(prefixes[out["country"]]), out
    assert seen


def test_a_users_city_agrees_with_a_country_carried_from_an_earlier_result() -> None:
    agreed = agree_arguments({"city": "Rome", "street": "Via Roma 1"}, {"country": "Spain"})
    assert agreed["city"] in ("Madrid", "Barcelona")
    alone = agree_arguments({"address": "12 High St, Chicago, United States",
                             "country": "Argentina"}, {})
    assert alone["address"].endswith("Buenos Aires, Argentina")


def test_a_display_name_is_the_person_beside_it() -> None:
    ep = _endpoint("list_users", _obj(users={"type": "array", "items": _obj(
        user_id=S, display_name=S, first_name=S, last_name=S)}))
    for out in _outputs(ep):
        for user in out["users"]:
            assert user["display_name"] == f"{user['first_name']} {user['last_name']}", user


def test_a_criminal_or_a_witness_is_named_as_a_person() -> None:
    """BFCL's `criminal_record_get_status` came back with a criminal named "Wild Garden"."""
    ep = _endpoint("criminal_record_get_status", _obj(criminal_name=S, witness_name=S))
    things = {"garden", "creek", "star", "harbor", "lantern", "bridge", "beacon", "orchard",
              "vista", "horizon", "hour", "hours", "echo", "echoes", "grove", "meadow",
              "ridge", "valley", "peak", "lake", "light", "door", "mill", "kite"}
    names = [out[k] for out in _outputs(ep) for k in ("criminal_name", "witness_name")]
    assert names
    # two or more capitalised words, the last a surname rather than a thing's noun
    assert all(re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)+", n) for n in names), names[:5]
    assert not [n for n in names if n.split()[-1].lower() in things], names[:5]


def test_an_email_address_parameter_gets_an_email_not_a_street() -> None:
    from toolgen.executor.values import string_kind

    # ToolBench's Trade Share API names it publisherEmailAddress; it had drawn
    # "6 Itaewon-ro, Yongsan-gu, Seoul, South Korea".
    assert string_kind("publisherEmailAddress", {"type": "string"}) == "email"
    assert string_kind("ip_address", {"type": "string"}) == "ipv4"
    assert string_kind("billing_address", {"type": "string"}) == "address"


def test_a_field_spelled_twice_keeps_the_value_the_call_sent() -> None:
    from toolgen.executor.distinct import distinct_seats

    # post_user_for_asd was sent user_name "tyler_brown5" and answered "robert.dean" in
    # both spellings, so a later read of the user disagreed with the write.
    output = {"username": "robert.dean", "user_name": "tyler_brown5"}
    distinct_seats(output, {"user_name": "tyler_brown5"})
    assert output == {"username": "tyler_brown5", "user_name": "tyler_brown5"}
    drawn = {"username": "robert.dean", "user_name": "x.y"}
    distinct_seats(drawn, {})
    assert drawn == {"username": "robert.dean", "user_name": "robert.dean"}


def test_a_record_named_twice_is_named_by_the_name_the_call_sent() -> None:
    from toolgen.executor.distinct import distinct_seats

    # BFCL criminal_record_get_offense_nature(criminal_name="Amara Prescott") answered
    # {"criminal_id": ..., "name": "Elena Hollis", "criminal_name": "Amara Prescott"}.
    output = {"criminal_id": "crm_1", "name": "Elena Hollis", "criminal_name": "Amara Prescott"}
    distinct_seats(output, {"criminal_name": "Amara Prescott"})
    assert output["name"] == "Amara Prescott"
    other = {"user_id": "u_1", "name": "Ana Lima", "company_name": "Acme Ltd"}  # two things
    distinct_seats(other, {})
    assert other["name"] == "Ana Lima" and other["company_name"] == "Acme Ltd"


def test_tags_sent_are_the_tags_answered_and_mentions_are_handles() -> None:
    from executor_endpoints import endpoint, param

    from toolgen.executor import MockExecutor

    schema = {"type": "object", "properties": {
        "id": {"type": "integer"}, "content": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "mentions": {"type": "array", "items": {"type": "string"}}}}
    post = endpoint("post_tweet", (param("content"), param("tags", "array", False,
                                                           items={"type": "string"})),
                    schema, method="POST")
    result = MockExecutor(5).session(0).call(post, {"content": "Ramen tonight?",
                                                    "tags": ["#fitness"]})
    assert result.output["tags"] == ["#fitness"]
    assert result.output["mentions"]
    assert all(m.startswith("@") for m in result.output["mentions"])


def _gs1_valid(code: str) -> bool:
    """A GS1 check (ISBN-13, EAN-13, UPC-A), written out as a librarian checks one."""
    digits = [int(c) for c in code]
    weights = [1, 3] * 7 if len(digits) == 13 else [3, 1] * 6
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 10 == 0


def test_isbns_and_barcodes_are_real_numbers_of_their_kind() -> None:
    # BFCL's library books had "isbn": "CL4817".
    ep = _endpoint("search_books", _obj(isbn=S, barcode=S, upc=S))
    for out in _outputs(ep):
        assert re.fullmatch(r"97[89]\d{10}", out["isbn"]) and _gs1_valid(out["isbn"]), out
        assert re.fullmatch(r"\d{13}", out["barcode"]) and _gs1_valid(out["barcode"]), out
        assert re.fullmatch(r"\d{12}", out["upc"]) and _gs1_valid(out["upc"]), out


def test_a_range_whose_ends_are_labelled_is_kept() -> None:
    # BFCL press_brake_pedal: "between 0 (not pressed) and 1 (fully pressed)", sent 267.91
    position = {"type": "number",
                "description": "Position of the brake pedal, between 0 (not pressed) and 1 "
                               "(fully pressed)."}
    ep = _endpoint("press_brake_pedal", _obj(pedalPosition=position))
    assert all(0 <= out["pedalPosition"] <= 1 for out in _outputs(ep))


def test_a_labs_facility_is_a_name_and_a_hotels_an_amenity() -> None:
    # ToolBench seed 59 #14: CLIA labs whose "facility" was "Parking", "Swimming pool"
    amenities = {"Free WiFi", "Swimming pool", "Fitness centre", "Breakfast included",
                 "Parking", "Spa", "Airport shuttle", "Air conditioning", "Restaurant", "Bar",
                 "Pet friendly"}
    lab = _endpoint("search_labs", _obj(data={"type": "array", "items": _obj(
        provider_number={"type": "string"}, facility={"type": "string"},
        address={"type": "string"})}))
    names = {row["facility"] for out in _outputs(lab) for row in out["data"]}
    assert len(names) > 5 and not names & amenities, names
    hotel = _endpoint("get_hotel", _obj(hotel=_obj(name={"type": "string"},
                                                   facility={"type": "string"})))
    assert {out["hotel"]["facility"] for out in _outputs(hotel)} <= amenities


def test_a_time_typed_as_a_number_is_a_timestamp() -> None:
    # Kloudless `from`: NUMBER, "An ISO-8601 string specifying the time of the oldest
    # event"; sent 871.64 (ToolBench seed 59 #4)
    since = {"type": "number", "description": "`string` (optional)\nAn ISO-8601 string "
                                              "specifying the time of the oldest event"}
    ep = _endpoint("list_events", _obj(since=since))
    assert all(1_500_000_000 <= out["since"] <= 2_000_000_000 for out in _outputs(ep))

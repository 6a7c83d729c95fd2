"""A person asks for one thing at a time: a step of another subject, using nothing the
message's calls return, waits for a later message (`planner.ask_turns`)."""

from __future__ import annotations

from toolgen.agents.planner.ask_turns import one_subject_turns
from toolgen.graph.subjects import subject_words
from toolgen.records import Endpoint, PlannedArg, PlannedCall


def _endpoint(endpoint_id: str, name: str) -> Endpoint:
    category, tool, _ = endpoint_id.split("/")
    return Endpoint(id=endpoint_id, function_name=name.replace(" ", "_").lower(),
                    tool_id=f"{category}/{tool}", tool_name=tool, category=category,
                    name=name)


ZIPS = _endpoint("Location/us_geo_data/Lookup_Zip_Codes", "Lookup Zip Codes")
PETROL = _endpoint("Energy/daily_fuel_price_india/Fuel_Price_by_City", "Fuel Price by City")
PLACE = _endpoint("Location/geosource_api/Location_By_City", "Location By City")
COUNTIES = _endpoint("Location/us_geo_data/Get_Zips_in_County", "Get Zips in County")
FIELD = _endpoint("BFCL_v4_simple_python/BFCL_v4_simple_python/calculate_electric_field",
                  "calculate_electric_field")
PRESIDENT = _endpoint("BFCL_v4_simple_python/BFCL_v4_simple_python/us_president_in_year",
                      "us_president_in_year")
USER_INFO = _endpoint("BFCL_v4_live_simple/BFCL_v4_live_simple/get_user_info", "get_user_info")
MANDATES = _endpoint("BFCL_v4_live_simple/user/user_mandates", "user.mandates")
ENDPOINTS = {e.id: e for e in (ZIPS, PETROL, PLACE, COUNTIES, FIELD, PRESIDENT, USER_INFO,
                               MANDATES)}


def _calls(*made: tuple[str, Endpoint, tuple[str, ...]]) -> dict[str, PlannedCall]:
    return {cid: PlannedCall(call_id=cid, endpoint_id=e.id, function_name=e.function_name,
                             arguments=tuple(PlannedArg(name="city", source="tool_output",
                                                        call_id=d) for d in deps),
                             depends_on=deps)
            for cid, e, deps in made}


def test_an_unrelated_ask_waits_for_its_own_message() -> None:
    # ToolBench seed 71 #19: ZIP 60607, then Bengaluru's petrol, then the ZIP's city
    calls = _calls(("a", ZIPS, ()), ("b", PETROL, ()), ("c", PLACE, ("a",)))
    assert one_subject_turns([("a",), ("b",), ("c",)], calls, ENDPOINTS) == [
        (("a",),), (("b",),), (("c",),)]


def test_a_step_using_the_messages_result_is_asked_with_it() -> None:
    calls = _calls(("a", ZIPS, ()), ("c", PLACE, ("a",)), ("b", PETROL, ()))
    assert one_subject_turns([("a",), ("c",), ("b",)], calls, ENDPOINTS) == [
        (("a",), ("c",)), (("b",),)]


def test_one_services_calls_are_one_message() -> None:
    calls = _calls(("a", ZIPS, ()), ("b", COUNTIES, ()))
    assert one_subject_turns([("a",), ("b",)], calls, ENDPOINTS) == [(("a",), ("b",))]


def test_a_parallel_step_stays_whole() -> None:
    calls = _calls(("a", FIELD, ()), ("b", PRESIDENT, ()))
    assert one_subject_turns([("a", "b")], calls, ENDPOINTS) == [(("a", "b"),)]


def test_functions_filed_under_no_service_are_not_one_service() -> None:
    # BFCL seed 71 #10's two functions share only the question file they came from
    calls = _calls(("a", FIELD, ()), ("b", PRESIDENT, ()))
    assert one_subject_turns([("a",), ("b",)], calls, ENDPOINTS) == [(("a",),), (("b",),)]


def test_asks_about_one_thing_are_one_message() -> None:
    calls = _calls(("a", USER_INFO, ()), ("b", MANDATES, ()))
    assert one_subject_turns([("a",), ("b",)], calls, ENDPOINTS) == [(("a",), ("b",))]


def test_what_a_name_takes_is_not_its_subject() -> None:
    assert subject_words("Fuel Price by City") == {"fuel", "price"}
    assert subject_words("Location By City") == {"location"}
    assert subject_words("calculate_triangle_area") == {"triangle", "area"}


def test_a_thing_named_by_an_id_of_its_own_is_its_own_ask() -> None:
    # bundled seed 71 #10: seats F8 for showtime shw_deec14, then the show times of movie
    # mvo_ab0bd3 - one cinema, two asks
    def stated(cid: str, e: Endpoint, **ids: str) -> PlannedCall:
        return PlannedCall(call_id=cid, endpoint_id=e.id, function_name=e.function_name,
                           arguments=tuple(PlannedArg(name=k, source="user", value=v)
                                           for k, v in ids.items()))
    calls = {"a": stated("a", ZIPS), "b": stated("b", COUNTIES, county_id="cty_1"),
             "c": stated("c", USER_INFO, user_id="usr_1"),
             "d": stated("d", MANDATES, user_id="usr_1")}
    assert one_subject_turns([("a",), ("b",)], calls, ENDPOINTS) == [(("a",),), (("b",),)]
    # the user's info and that user's mandates name one user
    assert one_subject_turns([("c",), ("d",)], calls, ENDPOINTS) == [(("c",), ("d",))]

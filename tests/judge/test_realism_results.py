"""The reviewer checks for what a result is and says.

Each test builds a small conversation the way a reviewer meets it in generated records
and states the verdict a careful reader gives: flagged when an answer points "above"
for a new result, a paged query's totals disagree, the output is another kind of thing
or place than asked, an error comes back as a result, an object's figures do not add up
or its handle and name are two people; left alone when the same shapes are what a real
service answers.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import (
    asked_place,
    deferred,
    error_results,
    gates,
    identity,
    paged_totals,
    postcodes,
    returned_entity,
    sums,
)
from toolgen.judge.view import build_view
from toolgen.records import Finding, Record

from .factories import Call, calls_record

CTX = JudgeContext()

"""(function name, arguments, output) of one call, each in its own assistant message."""


def _record(user: str, calls: list[Call], answer: str) -> Record:
    return calls_record(calls, user=user, answer=answer, conversation_id="t-results")


def _kinds(check: Any, record: Record) -> list[str]:
    found: list[Finding] = check(build_view(record), CTX)
    return [f.kind for f in found]


# -- deferred ------------------------------------------------------------------------

STRUCTURE_1 = {"building_id": "bld_1", "score": 91, "confidence": 0.58}
STRUCTURE_2 = {"building_id": "bld_1", "score": 64, "confidence": 0.93}


def test_a_pointer_above_for_a_new_score_is_flagged() -> None:
    record = _record("Analyze bld_1 with 18 floors, then with 21.", [
        ("analyze_structure", {"building_id": "bld_1", "floors": "18"}, STRUCTURE_1),
        ("analyze_structure", {"building_id": "bld_1", "floors": "21"}, STRUCTURE_2)],
        "It's rated 91. For the structure with 21 floors, the details are the same as above.")
    assert _kinds(deferred.check_view, record) == ["deferred_answer"]


def test_a_pointer_above_for_a_repeated_result_is_left_alone() -> None:
    again = {**STRUCTURE_1, "updated_at": "2025-01-02T00:00:00Z"}
    record = _record("Analyze bld_1, then analyze it again.", [
        ("analyze_structure", {"building_id": "bld_1"}, STRUCTURE_1),
        ("analyze_structure", {"building_id": "bld_1"}, again)],
        "It's rated 91. For the second analysis, the details are the same as above.")
    assert _kinds(deferred.check_view, record) == []


def test_an_answer_that_states_each_result_is_left_alone() -> None:
    record = _record("Analyze bld_1 with 18 floors, then with 21.", [
        ("analyze_structure", {"building_id": "bld_1", "floors": "18"}, STRUCTURE_1),
        ("analyze_structure", {"building_id": "bld_1", "floors": "21"}, STRUCTURE_2)],
        "With 18 floors it's rated 91; with 21 floors it's rated 64.")
    assert _kinds(deferred.check_view, record) == []


def test_a_pointer_about_a_repeat_is_not_pinned_on_the_first_call() -> None:
    same = {"building_id": "bld_1", "score": 10, "confidence": 0.99}
    record = _record("Analyze bld_1 with 10 floors, then with 12.", [
        ("analyze_structure", {"building_id": "bld_1", "floors": "10"}, same),
        ("analyze_structure", {"building_id": "bld_1", "floors": "12"}, dict(same))],
        "I analyzed the structure, and it's rated 10. As for the structure, nothing new: "
        "it matches what I just gave you.")
    assert _kinds(deferred.check_view, record) == []


# -- paged totals --------------------------------------------------------------------

def _page(total: int, more: bool, *names: str) -> dict[str, Any]:
    return {"restaurants": [{"name": n} for n in names], "total": total, "has_more": more}


def test_pages_of_one_query_with_two_totals_are_flagged() -> None:
    record = _record("Restaurants in Melbourne, all pages.", [
        ("search_restaurants", {"city": "Melbourne"}, _page(37, True, "Trattoria Roma")),
        ("search_restaurants", {"city": "Melbourne", "page": 2},
         _page(33, False, "Cacio e pepe"))],
        "Cacio e pepe heads a list of 33.")
    assert _kinds(paged_totals.check_view, record) == ["paged_total_mismatch"]


def test_a_last_page_reached_long_before_the_total_is_flagged() -> None:
    record = _record("Restaurants in Melbourne, all pages.", [
        ("search_restaurants", {"city": "Melbourne"}, _page(40, True, "A", "B")),
        ("search_restaurants", {"city": "Melbourne", "page": 2}, _page(40, False, "C", "D"))],
        "There are 40 restaurants.")
    assert _kinds(paged_totals.check_view, record) == ["paged_total_mismatch"]


def test_pages_that_agree_and_other_queries_are_left_alone() -> None:
    record = _record("Restaurants in Melbourne and in Sydney.", [
        ("search_restaurants", {"city": "Melbourne"}, _page(3, True, "A", "B")),
        ("search_restaurants", {"city": "Melbourne", "page": 2}, _page(3, False, "C")),
        ("search_restaurants", {"city": "Sydney"}, _page(12, True, "D"))],
        "Melbourne has 3 and Sydney 12.")
    assert _kinds(paged_totals.check_view, record) == []


# -- returned entity -----------------------------------------------------------------

PROFILE = {"username": "wendy_wolf", "full_name": "Wendy Wolf", "followers": 1625,
           "following": 672, "userId": "usr_1"}


@pytest.mark.parametrize(("name", "output"), [
    ("get_user_checkins_for_foursquare", PROFILE),
    ("get_user_playlists_for_spotify", {"title": "Secret Letters", "artist": "Shannon Steele",
                                        "album": "Open City", "duration_seconds": 198}),
    ("video_comments_for_tiktok", {"title": "Wild Signals", "channel": "Tony Tech",
                                   "views": 77066, "id": "vid_1"}),
    ("get_review_replies_for_bigoven", {"reviewId": "rv_1", "is_active": True,
                                        "pageNumber": 1}),
])
def test_a_read_answered_with_another_kind_of_thing_is_flagged(name: str,
                                                               output: Any) -> None:
    record = _record("Look it up for usr_1.", [(name, {"id": "usr_1"}, output)], "Found it.")
    assert _kinds(returned_entity.check_view, record) == ["wrong_entity"]


@pytest.mark.parametrize(("name", "output"), [
    ("get_user_friends_for_foursquare", PROFILE),
    ("get_user_for_twitter", PROFILE),
    ("update_user_checkins_for_foursquare", PROFILE),
    ("get_user_checkins_for_foursquare", {"checkins": [{"venue": "Baker Club"}], **PROFILE}),
    ("get_user_photos_for_foursquare", {"url": "https://x.example/p.jpg", "width": 640,
                                        "height": 480, "userId": "usr_1"}),
    ("search_tracks_for_spotify", {"title": "Secret Letters", "artist": "Shannon Steele",
                                   "album": "Open City"}),
])
def test_a_read_answered_with_its_own_thing_is_left_alone(name: str, output: Any) -> None:
    record = _record("Look it up for usr_1.", [(name, {"id": "usr_1"}, output)], "Found it.")
    assert _kinds(returned_entity.check_view, record) == []


# -- postcodes -----------------------------------------------------------------------

@pytest.mark.parametrize("place", [
    {"zip": "98101", "city": "San Jose", "county": "King"},
    {"zip": "38277", "city": "Seoul", "state": "RI"},
    {"postal_code": "K1A 0B1", "city": "Amsterdam"},
    {"zipcode": "92989", "state": "New York"},
])
def test_a_postcode_of_another_place_is_flagged(place: dict[str, Any]) -> None:
    record = _record("Zip codes, please.", [("zips", {"q": "x"}, {"data": [place]})], "Done.")
    assert _kinds(postcodes.check_view, record) == ["postcode_place"]


@pytest.mark.parametrize("place", [
    {"zip": "95113", "city": "San Jose", "state": "CA"},
    {"zip": "98101", "city": "Seattle", "state": "Washington"},
    {"postal_code": "K1A 0B1", "city": "Ottawa", "country": "Canada"},
    {"zip": "75008", "city": "Paris", "country": "France"},
    {"zip": "02108", "city": "Springfield", "state": "MA"},
])
def test_a_postcode_where_it_belongs_is_left_alone(place: dict[str, Any]) -> None:
    record = _record("Zip codes, please.", [("zips", {"q": "x"}, {"data": [place]})], "Done.")
    assert _kinds(postcodes.check_view, record) == []


# -- asked place ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "args", "output"), [
    ("fuel_price_by_city_for_daily_fuel_price_india", {"city": "Buenos Aires"},
     {"petrol": 104.2, "city": "Buenos Aires"}),
    ("get_zips_in_city_for_us_geo_data", {"stateId": "st_1"},
     {"data": [{"zip": "38277", "city": "Seoul"}]}),
    ("v1_airports_for_api_ninjas", {"city": "Firenze"},
     {"airports": [{"name": "Tokyo Haneda Airport", "city": "Tokyo"}]}),
    # the endpoint part names the country (ToolBench seed 21 #250, seed 13 #140)
    ("get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa", {"city": "Firenze"},
     {"districts": [{"district_id": "dst_1", "city": "Firenze", "country": "Italy"}]}),
    ("get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa", {},
     {"districts": [{"district_id": "dst_1", "address": "8 Main St", "city": "San Jose"}]}),
    ("get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa", {"city": "01"},
     {"districts": [{"district_id": "dst_1", "city": "01", "country": "Canada"}]}),
    ("validate_usaddress_for_snapcxaddressvalidation", {"street": "1 Rue X", "state": "Texas"},
     {"is_valid": True, "city": "Mumbai", "state": "Texas"}),
    # ToolBench seed 21 #131: a Florida address validated "in New York"
    ("validate_usaddress_for_snapcxaddressvalidation", {"street": "1 Elm St", "state": "Florida"},
     {"is_valid": True, "city": "New York", "state": "Florida"}),
    # seed 21 #101: an Italian street validated in Texas "in Rome" (Georgia's Rome is no help)
    ("validate_usaddress_for_snapcxaddressvalidation",
     {"street": "Contrada Sante, 55", "state": "Texas"},
     {"is_valid": True, "city": "Rome", "state": "Texas"}),
])
def test_an_answer_for_another_place_is_flagged(name: str, args: dict[str, Any],
                                                output: Any) -> None:
    record = _record("Look it up.", [(name, args, output)], "Done.")
    assert _kinds(asked_place.check_view, record) == ["answered_elsewhere"]


@pytest.mark.parametrize(("name", "args", "output"), [
    ("fuel_price_by_city_for_daily_fuel_price_india", {"city": "Mumbai"},
     {"petrol": 104.2, "city": "Mumbai"}),
    ("contact_us_for_travel_desk", {"city": "Paris"}, {"city": "Paris", "phone": "+33 1"}),
    ("v1_airports_for_api_ninjas", {"city": "Florence"},
     {"airports": [{"name": "Florence Airport", "city": "Florence"}]}),
    ("search_hotels", {"city": "New York"},
     {"hotels": [{"name": "Hotel Lumiere", "address": "5 Main St, New York",
                  "city": "Brooklyn"}]}),
    ("get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa", {"city": "Hanoi"},
     {"districts": [{"district_id": "dst_1", "city": "Hanoi", "country": "Vietnam"}]}),
    # Alabama has a Birmingham: a US API answering it is in the United States
    ("validate_usaddress_for_snapcxaddressvalidation", {"street": "1 Elm St", "state": "AL"},
     {"is_valid": True, "city": "Birmingham", "state": "AL"}),
    ("validate_usaddress_for_snapcxaddressvalidation", {"street": "1 Elm St", "state": "MA"},
     {"is_valid": True, "city": "Springfield", "state": "MA"}),  # Missouri's is larger
])
def test_an_answer_for_the_asked_place_is_left_alone(name: str, args: dict[str, Any],
                                                     output: Any) -> None:
    record = _record("Look it up.", [(name, args, output)], "Done.")
    assert _kinds(asked_place.check_view, record) == []


# -- error results -------------------------------------------------------------------

def test_an_error_message_reported_as_a_result_is_flagged() -> None:
    record = _record("Stop the playback on cll_1.", [
        ("play_stop_for_telephony", {"CallUUID": "cll_1"},
         {"Message": "CallUUID Parameter Missing", "Success": True})],
        "I found the stop - its message is CallUUID Parameter Missing.")
    assert _kinds(error_results.check_view, record) == ["error_as_result"]


def test_a_constraint_the_call_broke_is_an_error() -> None:
    # ToolBench seed 7 #22: a group call "succeeded" with the rule it broke
    record = _record("Call +14155550165 as a group.", [
        ("v0_1_group_call_for_eqivo_telephony", {"To": "+14155550165"},
         {"Message": "GroupCall should be used for at least 2 numbers", "Success": True})],
        "Here is what I found on the group: the message is GroupCall should be used for "
        "at least 2 numbers.")
    assert _kinds(error_results.check_view, record) == ["error_as_result"]


def test_a_nothing_said_of_another_call_acknowledges_no_error() -> None:
    # ToolBench seed 7 #287: "nothing" belonged to the next call's sentence
    record = _record("Mute mmb_1 in the conference, then list the responses.", [
        ("conference_mute_for_telephony", {"MemberID": "mmb_1"},
         {"Message": "MemberID Parameter must be present", "Success": True}),
        ("event_responses", {"event_id": "evn_1"}, {"responses": [], "total": 0})],
        "For the conference mute, the message is MemberID Parameter must be present. "
        "The event's responses came back with nothing else in it.")
    assert _kinds(error_results.check_view, record) == ["error_as_result"]


@pytest.mark.parametrize(("output", "answer"), [
    ({"Message": "CallUUID Parameter Missing", "Success": True},
     "Sorry, that didn't work: the service says CallUUID Parameter Missing."),
    ({"Message": "CallUUID Parameter Missing", "Success": True},
     "That didn't work. The service says CallUUID Parameter Missing."),
    ({"Message": "Play Stop Executed", "Success": True}, "Playback stopped."),
    ({"message": "Completed with no errors"}, "Playback stopped."),
])
def test_an_acknowledged_error_or_a_plain_message_is_left_alone(output: Any,
                                                                answer: str) -> None:
    record = _record("Stop the playback on cll_1.", [
        ("play_stop_for_telephony", {"CallUUID": "cll_1"}, output)], answer)
    assert _kinds(error_results.check_view, record) == []


# -- scoring -------------------------------------------------------------------------

def test_each_kind_caps_the_overall_score_but_does_not_gate() -> None:
    record = _record("Look it up for usr_1.", [
        ("get_user_checkins_for_foursquare", {"id": "usr_1"}, PROFILE)], "Found it.")
    findings = validate(record, CTX)
    flagged = [f for f in findings if f.kind == "wrong_entity"]
    assert flagged and all(f.severity == "error" for f in flagged)
    assert score(record, findings).overall <= 3.0
    assert not any(gates(f) for f in flagged)


# -- sums ----------------------------------------------------------------------------

def _eur(amount: float) -> dict[str, Any]:
    return {"amount": amount, "currency": "EUR"}


@pytest.mark.parametrize("output", [
    {"order_id": "ord_1", "items": [{"product_id": "p1", "quantity": 1, "price": _eur(103.01)},
                                    {"product_id": "p2", "quantity": 1, "price": _eur(95.71)}],
     "total": _eur(97.04)},
    {"cart_id": "crt_1", "items": [{"sku": "a", "quantity": 5, "line_total": _eur(83.2)},
                                   {"sku": "b", "quantity": 5, "line_total": _eur(87.3)}],
     "subtotal": _eur(90.6)},
    {"cart_id": "crt_1", "items": [{"sku": "a", "quantity": 5, "unit_price": 16.64,
                                    "line_total": 12.0}]},
    {"amount": 622.4, "from_currency": "EUR", "converted": _eur(612.0), "rate": 0.8587},
])
def test_figures_that_do_not_add_up_are_flagged(output: Any) -> None:
    record = _record("Show me.", [("get_order", {"order_id": "ord_1"}, output)], "Done.")
    assert _kinds(sums.check_view, record) == ["sum_mismatch"]


@pytest.mark.parametrize("output", [
    {"order_id": "ord_1", "items": [{"product_id": "p1", "quantity": 2, "price": _eur(40.0)},
                                    {"product_id": "p2", "quantity": 1, "price": _eur(15.5)}],
     "total": _eur(101.45)},
    {"cart_id": "crt_1", "items": [{"sku": "a", "quantity": 5, "unit_price": 16.64,
                                    "line_total": 83.2}], "subtotal": 83.2},
    {"products": [{"title": "Tent", "price": 80.5}, {"title": "Stove", "price": 45.0}],
     "total": 17, "page": 1},
    {"amount": 622.4, "from_currency": "EUR", "converted": _eur(534.45), "rate": 0.8587},
])
def test_figures_that_add_up_or_a_result_count_are_left_alone(output: Any) -> None:
    record = _record("Show me.", [("get_order", {"order_id": "ord_1"}, output)], "Done.")
    assert _kinds(sums.check_view, record) == []


# -- identity ------------------------------------------------------------------------

@pytest.mark.parametrize("profile", [
    {"username": "martha_taylor", "full_name": "Mark Young", "followers": 3633},
    {"username": "shelia.sosa80", "name": "Kimberly Russell"},
    {"email": "eric.norton5@carter.biz", "full_name": "Jeffrey Jones"},
])
def test_a_handle_of_one_person_beside_another_persons_name_is_flagged(
        profile: dict[str, Any]) -> None:
    record = _record("Find the user.", [("get_user", {"id": "usr_1"}, profile)], "Found.")
    assert _kinds(identity.check_view, record) == ["identity_mismatch"]


@pytest.mark.parametrize("profile", [
    {"username": "martha_taylor", "full_name": "Martha Taylor"},
    {"username": "mary_smith", "full_name": "Mary Jones"},
    {"username": "jon_smith", "full_name": "Jonathan Brown"},
    {"username": "natgeo", "full_name": "National Geographic"},
    {"username": "coffee_lover", "full_name": "Anna Schmidt"},
    {"email": "sales.team@acme.example", "name": "Printer Broken"},
])
def test_a_handle_and_a_name_of_one_person_are_left_alone(profile: dict[str, Any]) -> None:
    record = _record("Find the user.", [("get_user", {"id": "usr_1"}, profile)], "Found.")
    assert _kinds(identity.check_view, record) == []

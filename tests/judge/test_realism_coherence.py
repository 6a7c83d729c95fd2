"""What a result holds, read as a reviewer reads it: hollow results, impossible weather,
one id standing for two things.

Each defect comes with a clean twin that differs only in what makes it a defect: a
valuation with its value, a reading with a real sky and a temperature the city can
have, one title for one book. Both are hand-written here; no expected value comes
from the code under test.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import gates, hollow, same_id, titles, weather
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import Call, calls_record

CTX = JudgeContext()


def _record(calls: list[Call], params: dict[str, dict[str, Any]] | None = None) -> Record:
    return calls_record(calls, user="Look it up for me.", answer="Here is what I found.",
                        conversation_id="t-coherence", params=params)


def _kinds(check: Any, calls: list[Call],
           params: dict[str, dict[str, Any]] | None = None) -> list[str]:
    return [f.kind for f in check.check_view(build_view(_record(calls, params)), CTX)]


# --- hollow results ------------------------------------------------------------------

SHIP = {"ship_id": "shp_cc6c2b"}


@pytest.mark.parametrize(("name", "args", "output"), [
    ("ships_valuation_for_marine_radar", SHIP,
     {"ship_id": "shp_cc6c2b", "ship_code": "OG4769", "updated_at": "2026-06-04T03:17:00Z",
      "is_active": True}),
    ("physics_wave_velocity", {"frequency": 4772, "wavelength": 732.7},
     {"physics": [{"physics_id": "phy_d1e5d4", "frequency": 4772, "wavelength": 732.7,
                   "version": 2},
                  {"physics_id": "phy_fc934e", "frequency": 4772, "wavelength": 732.7,
                   "version": 4}], "total": 13}),
    ("binlookup_for_greip", {"bin": "419452"},
     {"bin_id": "bni_491d57", "bin": "419452", "bin_code": "NF2930",
      "url": "https://www.hall-wright.com/bins/4b6ade", "version": 7}),
])
def test_a_result_of_ids_codes_and_the_request_echoed_is_hollow(
        name: str, args: dict[str, Any], output: Any) -> None:
    assert _kinds(hollow, [(name, args, output)]) == ["hollow_result"]


@pytest.mark.parametrize(("name", "args", "output"), [
    # the clean twins: the same results with what the name asks for
    ("ships_valuation_for_marine_radar", SHIP,
     {"ship_id": "shp_cc6c2b", "valuation": 18_500_000, "currency": "USD",
      "updated_at": "2026-06-04T03:17:00Z"}),
    ("physics_wave_velocity", {"frequency": 4772, "wavelength": 732.7},
     {"velocity": 3_496_444.4, "frequency": 4772, "wavelength": 732.7}),
    ("binlookup_for_greip", {"bin": "419452"},
     {"bin": "419452", "scheme": "visa", "bank": "Chase", "country": "US"}),
    # an endpoint that asks for an id, and a call that makes a record
    ("get_user_id", {"user": "angela.sanders"}, {"user_id": "usr_7edcc9"}),
    ("create_booking", {"hotel_id": "htl_1"},
     {"booking_id": "bkn_1", "hotel_id": "htl_1", "created_at": "2025-01-01T10:00:00Z"}),
    ("archival_memory_add", {"key": "deadline"},
     {"archival_id": "arc_bf2e69", "key": "deadline"}),
    # a broadcast sends a transaction; stopping to monitor a topic undoes a subscription
    ("xrp_broadcast_for_tatum", {"txData": "12000022800000002400000001"},
     {"txId": "E08D6E9754025BA2534A78707605E0601F03ACE063687A0CA1BDDACFCD1698C7"}),
    ("monitor_forum_for_freshdesk", {"forumId": 4512},
     {"forumId": 4512, "userId": 19317, "updated_at": "2026-02-21T22:35:00Z"}),
    ("un_monitor_topic_for_freshdesk", {"topicId": 459534},
     {"topicId": 459534, "userId": 19317, "updated_at": "2026-02-21T22:35:00Z"}),
    # an honest empty result is another check's business
    ("get_user_playlists", {"user_id": "usr_1"}, {"playlists": [], "total": 0}),
])
def test_a_result_with_content_or_a_write_is_not_hollow(
        name: str, args: dict[str, Any], output: Any) -> None:
    assert _kinds(hollow, [(name, args, output)]) == []


def test_a_text_field_named_like_an_unsent_filter_is_content() -> None:
    # an airport search may filter by name and city; the airport's own name is its answer
    params = {"v1_airports": {"iata": {"type": "string"}, "name": {"type": "string"},
                              "city": {"type": "string"}}}
    airport = {"airports": [{"airport_id": "arp_1", "name": "Copenhagen Airport",
                             "city": "Copenhagen", "iata": "CPH", "version": 3}]}
    assert _kinds(hollow, [("v1_airports", {"iata": "CPH"}, airport)], params) == []


def test_an_unsent_flag_echoed_is_no_content() -> None:
    params = {"us_president_in_year": {"year": {"type": "integer"},
                                       "full_name": {"type": "boolean", "default": True}}}
    output = {"years": [{"year_id": "yre_4b9e90", "year": 2007, "full_name": False,
                         "created_at": "2026-04-26T16:32:00Z"}], "total": 12}
    assert _kinds(hollow, [("us_president_in_year", {"year": 2007}, output)],
                  params) == ["hollow_result"]


# --- weather ---------------------------------------------------------------------------

BERLIN = {"coordinates": [52.52, 13.405], "date": "2025-01-11"}


def _reading(**changes: Any) -> dict[str, Any]:
    base = {"temperature": 1.5, "feels_like": -1.0, "humidity": 77, "conditions": "Light snow",
            "city": "Berlin", "date": "2025-01-11"}
    return {**base, **changes}


def test_a_clean_winter_reading_of_the_city_asked_passes() -> None:
    assert _kinds(weather, [("weather_by_coordinates", BERLIN, _reading())]) == []


@pytest.mark.parametrize("output", [
    _reading(conditions="date"),
    _reading(conditions="coordinates"),
    _reading(temperature=32.3),          # Berlin in January
    _reading(feels_like=-20.0),          # 21.5 degrees below the air
    _reading(temperature=12.0, feels_like=11.0, conditions="Light snow", date="2025-04-11"),
    {"coordinates": [_reading(), _reading(city="Vancouver")]},  # one place asked, two answered
    _reading(city="Munich"),             # Berlin's coordinates answered with Munich
])
def test_weather_no_sky_could_have_is_flagged(output: Any) -> None:
    assert _kinds(weather, [("weather_by_coordinates", BERLIN, output)]) == ["weather_incoherent"]


def test_temperatures_are_read_in_their_units() -> None:
    kelvin = {"city": "Mexico City", "temperature": 291.2, "conditions": "Partly cloudy",
              "units": "Kelvin"}
    fahrenheit = {"city": "Miami", "temperature": 88, "feels_like": 97, "conditions": "Humid",
                  "date": "2025-07-04"}
    assert _kinds(weather, [("get_weather", {"city": "Mexico City"}, kelvin)]) == []
    assert _kinds(weather, [("get_weather", {"city": "Miami", "units": "imperial"},
                             fahrenheit)]) == []
    assert _kinds(weather, [("get_weather", {"city": "Miami"}, fahrenheit)]) == [
        "weather_incoherent"]  # 88 read as °C


def test_a_city_outside_the_table_is_read_for_its_sky_only() -> None:
    hot = {"city": "Timbuktu", "temperature": 44.0, "conditions": "Sunny", "date": "2025-05-02"}
    assert _kinds(weather, [("get_weather", {"city": "Timbuktu"}, hot)]) == []


# --- one id, two things ---------------------------------------------------------------

def _reserve(branch: str, title: str) -> Call:
    return ("library_reserve_book", {"book_id": "bko_8bf596", "branch_id": branch},
            {"booking_id": f"bkn_{branch}", "title": title, "book_id": "bko_8bf596",
             "branch_id": branch, "status": "confirmed"})


def test_one_book_reserved_under_two_titles_is_flagged() -> None:
    calls = [_reserve("brn_1", "Bright Hearts"), _reserve("brn_2", "Hidden Dreams")]
    assert _kinds(same_id, calls) == ["same_id_two_things"]


def test_one_book_reserved_twice_under_its_title_passes() -> None:
    calls = [_reserve("brn_1", "Bright Hearts"), _reserve("brn_2", "Bright Hearts")]
    assert _kinds(same_id, calls) == []


def test_a_listed_id_read_back_under_another_title_is_flagged() -> None:
    listed = ("search_books", {"genre": "fiction"},
              {"books": [{"book_id": "bko_31231e", "title": "Velvet City"}]})
    read = ("get_book", {"book_id": "bko_31231e"}, {"book_id": "bko_31231e",
                                                    "title": "Signals of Rome"})
    same = ("get_book", {"book_id": "bko_31231e"}, {"book_id": "bko_31231e",
                                                    "title": "Velvet City"})
    assert _kinds(same_id, [listed, read]) == ["same_id_two_things"]
    assert _kinds(same_id, [listed, same]) == []


def test_an_id_sent_as_a_one_item_list_is_what_the_answer_names() -> None:
    # BFCL seed 13 #289: the case summed up as "Harris v. Acme Corp." is, sent as
    # `case_id: [...]` to a briefs endpoint, "Harris v. Nakamura".
    summary = ("legal_case_get_summary", {"case_id": "csa_6ca9ea"},
               {"name": "Harris v. Acme Corp.", "case_id": "csa_6ca9ea"})
    briefs = ("briefs_display_cases", {"case_id": ["csa_6ca9ea"]},
              {"name": "Harris v. Nakamura", "case_type": "administrative"})
    several = ("briefs_display_cases", {"case_id": ["csa_6ca9ea", "csa_000001"]},
               {"name": "Harris v. Nakamura", "case_type": "administrative"})
    assert _kinds(same_id, [summary, briefs]) == ["same_id_two_things"]
    assert _kinds(same_id, [summary, several]) == []


def test_a_rename_gives_an_id_its_new_title() -> None:
    calls = [("get_playlist", {"playlist_id": "ply_1234"}, {"name": "Road trip"}),
             ("rename_playlist", {"playlist_id": "ply_1234", "name": "Summer"},
              {"name": "Summer"}),
             ("get_playlist", {"playlist_id": "ply_1234"}, {"name": "Summer"})]
    assert _kinds(same_id, calls) == []


# --- titles that do not fit their kind ---------------------------------------------------

@pytest.mark.parametrize(("holder", "item", "flagged"), [
    ("recipes", {"recipe_id": "rcp_31231e", "title": "Velvet City", "servings": 5}, True),
    ("recipes", {"recipe_id": "rcp_31231e", "title": "The Signals of Amsterdam"}, True),
    ("recipes", {"recipe_id": "rcp_31231e", "title": "Spiced Lentil Soup"}, False),
    ("recipes", {"recipe_id": "rcp_31231e", "title": "Shakshuka"}, False),  # no dictionary word
    ("recipes", {"recipe_id": "rcp_31231e", "title": "Thai Green Curry"}, False),
    ("events", {"event_id": "evn_98d48c", "title": "Event Overview", "venue_id": "vn_14"}, True),
    ("events", {"event_id": "evn_98d48c", "title": "Toronto Jazz Night"}, False),
    ("reports", {"report_id": "rpt_1", "title": "Q3 Sales Overview"}, False),  # a document
])
def test_a_title_must_fit_what_it_names(holder: str, item: dict[str, Any],
                                        flagged: bool) -> None:
    output = {holder: [item], "total": 1}
    kinds = _kinds(titles, [("search", {"q": "x"}, output)])
    assert kinds == (["title_misfit"] if flagged else [])


def test_a_single_event_is_known_by_its_holder_not_its_venue_id() -> None:
    output = {"event": {"event_id": "evn_a6c3b5", "title": "Toronto Events Summary",
                        "venue_id": "bzu_36"}}
    findings = titles.check_view(build_view(_record([("get_event", {"event_id": "evn_a6c3b5"},
                                                      output)])), CTX)
    assert [f.kind for f in findings] == ["title_misfit"]
    assert "an event titled" in findings[0].message


def test_the_new_kinds_cap_the_score_without_gating_generation() -> None:
    record = _record([_reserve("brn_1", "Bright Hearts"), _reserve("brn_2", "Hidden Dreams")])
    findings = [f for f in validate(record, CTX) if f.kind == "same_id_two_things"]
    assert findings and not any(gates(f) for f in findings)
    assert score(record, validate(record, CTX)).overall <= 3.0

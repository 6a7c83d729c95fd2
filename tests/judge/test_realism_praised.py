"""Checks for untrainable records the judge used to praise (4.85-5.0).

Flagged: an answer reporting a result only by its ids and counts (`ids_only_answer`); a
result without the quantity asked for, or a flight "status" that is no flight's
(`asked_absent`); a read returning none of what a write just stored (`stale_read`);
social chatter as a fact, review or translation (`text_misfit`). Left alone: what a
careful reviewer accepts (a booking reported by its confirmation id, a thumbnail by its
link, `area: null` for sides that form no triangle, a read of another record, a tweet's
text).
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import absent, ids_only, misfit, stale
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

CTX = JudgeContext()
Calls = list[tuple[str, dict[str, Any], Any]]


def _record(calls: Calls, user: str, answer: str,
            effects: dict[int, str] | None = None) -> Record:
    record = calls_record(calls, user=user, answer=answer, conversation_id="t-praised")
    if not effects:
        return record
    d = record.model_dump(mode="json")
    for n, effect in effects.items():
        d["step_trace"][n]["effect"] = effect
    return build(d)


def _kinds(module: Any, record: Record) -> list[str]:
    return [f.kind for f in module.check_view(build_view(record), CTX)]


POPULATION_STUB = {"country_id": "cnt_08429c", "name": "France", "country": "France",
                   "is_active": True, "created_at": "2025-06-26T11:40:00Z"}
FLIGHTS = {"flights": [{"flight_id": "flg_fc030b", "flight_number": "AG5536",
                        "airline": "Qantas", "departure_time": "2025-04-19T06:47:00Z"}],
           "total": 4}


# --- ids_only_answer --------------------------------------------------------------------

def test_an_answer_by_id_alone_is_flagged() -> None:
    record = _record([("country_info_population", {"country": "France"}, POPULATION_STUB)],
                     "What is the population of France?",
                     "Looking at the population, its country ID is cnt_08429c.")
    assert _kinds(ids_only, record) == ["ids_only_answer"]


def test_a_list_answered_by_its_count_and_first_id_is_flagged() -> None:
    record = _record([("flight_search", {"origin": "Milan"}, FLIGHTS)], "Find me flights.",
                     "There are 4 in all, the first with flight ID flg_fc030b.")
    assert _kinds(ids_only, record) == ["ids_only_answer"]


def test_an_answer_with_content_beside_the_id_is_left_alone() -> None:
    record = _record([("flight_search", {"origin": "Milan"}, FLIGHTS)], "Find me flights.",
                     "The first of 4 is Qantas AG5536 (flight ID flg_fc030b), leaving "
                     "2025-04-19.")
    assert _kinds(ids_only, record) == []


def test_a_booking_reported_by_its_confirmation_id_is_left_alone() -> None:
    record = _record([("book_flight", {"flight": "AG5536"},
                       {"booking_id": "bkg_51a2c3", "status": "confirmed"})],
                     "Book AG5536 for me.", "Booked: your booking ID is bkg_51a2c3.",
                     effects={0: "create"})
    assert _kinds(ids_only, record) == []


def test_a_thumbnail_reported_by_its_link_is_left_alone() -> None:
    record = _record([("get_video_thumbnail", {"video": "v123"},
                       {"thumbnail_id": "thm_1", "url": "https://cdn.example.org/t.jpg"})],
                     "Get me the thumbnail of v123.",
                     "Here it is: https://cdn.example.org/t.jpg")
    assert _kinds(ids_only, record) == []


def test_pages_of_one_list_are_answered_together() -> None:
    page1 = {"goods": [{"goods_id": "gdo_1", "good_name": "Wireless Backpack"}], "total": 3}
    page2 = {"goods": [{"goods_id": "gdo_2", "good_name": "Compact Tent"}], "total": 3,
             "page": 2}
    record = _record([("get_goods_list", {"cat": "bags"}, page1),
                      ("get_goods_list", {"cat": "bags", "page": "2"}, page2)],
                     "List similar goods.", "3 came back, the first being Wireless Backpack.")
    assert _kinds(ids_only, record) == []


# --- asked_absent -----------------------------------------------------------------------

def test_a_population_call_without_a_population_is_flagged() -> None:
    record = _record([("country_info_population", {"country": "France"}, POPULATION_STUB)],
                     "How many people live in France?", "France.")
    assert _kinds(absent, record) == ["asked_absent"]


def test_a_capital_list_of_ids_and_codes_is_flagged_and_one_with_names_is_not() -> None:
    ids = {"capitals": [{"capital_id": "cpt_4d6532", "country": "Australia",
                         "capital_code": "KN5056"}], "total": 16}
    names = {"capitals": [{"capital_id": "cpt_4d6532", "name": "Canberra"}]}
    ask = "What's the capital of Australia?"
    bad = _record([("capital_by_country", {"country": "Australia"}, ids)], ask, "See above.")
    good = _record([("capital_by_country", {"country": "Australia"}, names)], ask,
                   "Canberra.")
    assert _kinds(absent, bad) == ["asked_absent"]
    assert _kinds(absent, good) == []


def test_a_flight_available_is_flagged_and_a_flight_delayed_is_not() -> None:
    ask = "What's the status of my flight AG5536?"

    def status(value: str) -> Record:
        return _record([("flight_status_check", {"flight": "AG5536"},
                         {"flight_number": "AG5536", "status": value})], ask, f"It's {value}.")

    assert _kinds(absent, status("available")) == ["asked_absent"]
    assert _kinds(absent, status("delayed")) == []


def test_no_triangle_is_an_answer_and_a_parameter_word_asks_nothing() -> None:
    none = _record([("math_triangle_area_heron", {"side1": "1", "side2": "2", "side3": "9"},
                     {"area": None, "message": "The sides given do not form a triangle."})],
                   "What's the area of a triangle with sides 1, 2 and 9?", "None: no triangle.")
    radius = _record([("get_zips_in_radius", {"zip": "80090"},
                       {"zips": [{"zip": "80091", "city": "Denver"}]})],
                     "Find the zips in a 5 mile radius of 80090.", "80091 in Denver.")
    assert _kinds(absent, none) == []
    assert _kinds(absent, radius) == []


# --- stale_read -------------------------------------------------------------------------

def _memory(read_output: Any, read_args: dict[str, Any] | None = None) -> Record:
    return _record([("core_memory_add", {"key": "favorite_color", "value": "blue"},
                     {"status": "confirmed", "core_id": "cro_49f426"}),
                    ("core_memory_retrieve", read_args or {}, read_output)],
                   "Save my favorite_color as blue, then show what you keep.", "Done.",
                   effects={0: "create"})


def test_a_read_without_what_was_just_stored_is_flagged() -> None:
    assert _kinds(stale, _memory({"key": "standard", "value": "general"})) == ["stale_read"]


def test_a_read_holding_what_was_stored_is_left_alone() -> None:
    assert _kinds(stale, _memory({"entries": [{"key": "favorite_color", "value": "blue"}]})) \
        == []


def test_a_read_of_another_record_by_id_is_left_alone() -> None:
    other = _memory({"key": "home_city", "value": "Lyon"}, {"memory_id": "mem_000111"})
    assert _kinds(stale, other) == []


def test_a_read_of_something_else_about_the_record_is_left_alone() -> None:
    record = _record([("post_tweet", {"content": "Trying the new ramen place tonight"},
                       {"id": 1022407, "content": "Trying the new ramen place tonight"}),
                      ("get_tweet_comments", {"tweet_id": "1022407"},
                       {"comments": [{"text": "Enjoy!"}]})],
                     "Post 'Trying the new ramen place tonight' and show its comments.",
                     "Posted; one comment so far: Enjoy!", effects={0: "create"})
    assert _kinds(stale, record) == []


# --- text_misfit ------------------------------------------------------------------------

def test_chatter_as_a_fact_or_a_review_is_flagged() -> None:
    facts = _record([("science_facts_get_diameter", {"particle": "Proton"},
                      {"facts": [{"fact_id": "fct_1", "text": "Thanks for the update!"}]})],
                    "What is the diameter of a proton?", "Hm.")
    reviews = _record([("get_recipe_reviews", {"recipe": "rcp_1"},
                        {"reviews": [{"text": "Please find the invoice attached."}]})],
                      "Show the recipe's reviews.", "Hm.")
    assert _kinds(misfit, facts) == ["text_misfit"]
    assert _kinds(misfit, reviews) == ["text_misfit"]


def test_chatter_in_a_message_or_a_tweet_is_left_alone() -> None:
    tweet = _record([("get_tweet", {"tweet_id": "1"}, {"text": "Thanks for the update!"})],
                    "Show me tweet 1.", "It says: Thanks for the update!")
    inbox = _record([("list_messages", {}, {"messages": [{"body": "Running ten minutes "
                                                                  "late, see you soon."}]})],
                    "What's in my inbox?", "One message: running ten minutes late.")
    assert _kinds(misfit, tweet) == []
    assert _kinds(misfit, inbox) == []


def test_an_id_the_answer_gives_for_an_earlier_call_is_that_calls() -> None:
    record = _record([("add_payment_method", {"type": "wallet"},
                       {"payment_method_id": "pm_9113", "type": "wallet"}),
                      ("list_payment_methods", {},
                       {"payment_methods": [{"id": "pm_9113", "brand": "visa"}]})],
                     "Add my wallet, then list my payment methods.",
                     "Added: the payment method ID is pm_9113. The list matches it.",
                     effects={0: "create"})
    assert _kinds(ids_only, record) == []

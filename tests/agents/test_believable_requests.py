"""Requests a person would make, with values a reviewer believes (seed 7 records at main):

- BFCL 000037 "give me a random the forest train", ToolBench -n 1000 000900 "choose a
  random the cat gifs", ToolBench 000256 "accept the any text",
  000071 "add the any available across", ToolBench -n 1000 #161 "work out the YouTube's
  video" (a conversion), 000471 "give me a random a boy";
- BFCL 000180 "set the text ... from result 0 onwards", 000103 "prime numbers from result
  0 onwards keeping the end at 591", 000233 "with avoid tolls";
- BFCL 000067 and 000203: hotel stays of 215 and 170 days (drawn end-first, so the month
  rule never saw them); 000233 the fastest route avoiding tolls from Auckland to Boston;
- ToolBench 000068 and 000128: a Warsaw address at 42-455 (Silesia) and 90-811 (Lodz).

Each test also runs the reviewer check of `talk_checks` on the old text, so the counter
`bench/talk_defects.py` is known to see what the fix removes.
"""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from agents import talk_checks as tc
from toolgen.agents.offline import Slot, goal_phrase, intent_from_text
from toolgen.agents.offline.saying import phrase
from toolgen.agents.planner.values_pairs import paired
from toolgen.executor import world
from toolgen.executor.postal import fit_postcodes
from toolgen.records import Endpoint, Parameter, PlannedArg


def _said(intent_args: tuple[str, str], seeds: int = 12) -> set[str]:
    intent = intent_from_text(*intent_args)
    return {goal_phrase(intent, random.Random(s)) for s in range(seeds)} | {intent.phrase}


def _user(text: str) -> dict[str, object]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.mark.parametrize(("name", "description", "wanted"), [
    ("random_forest.train", "Train a Random Forest Model on given data", "random forest"),
    ("random_joke", "Get a random joke", "random joke"),
    ("Random Cat gifs", "code here: body", "random cat gif"),
    ("text", "AI Based Article Rewriter: It can accept any text.", "any text"),
    ("Get posts from any subreddit", "RedditApi: You can insert any subreddit available "
     "across the whole webbsite and get the posts available on that subreddit", "subreddit"),
])
def test_intents_name_what_is_done_without_a_stray_article(
        name: str, description: str, wanted: str) -> None:
    assert tc.garbled_phrase(_user("Could you give me a random the forest train?"))
    assert tc.garbled_phrase(_user("I've got to accept the any text."))
    for said in _said((name, description)):
        assert wanted in said, said
        assert not tc.garbled_phrase(_user(f"Could you {said}?")), said
        assert "available across" not in said, said


def test_a_text_accepted_by_a_rewriter_is_rewritten() -> None:
    """ToolBench seed 7 000256: "I've got to accept the any text." (AI Based Article
    Rewriter, endpoint `text`: "It can accept any text.")."""
    intent = intent_from_text("text", "AI Based Article Rewriter: It can accept any text.",
                              "AI Based Article Rewriter")
    assert intent.phrase == "rewrite the text", intent
    kept = intent_from_text("accept_invitation", "Accepts an invitation.", "Calendar API")
    assert kept.verb == "accept", kept


def test_a_conversion_is_asked_as_a_conversion() -> None:
    said = _said(("convert_video", "Convert a YouTube video to MP3"), 30)
    assert said and all(s.startswith("convert") for s in said), said


def _phrases(slot: Slot, seeds: int = 8) -> set[str]:
    return {phrase(slot, "TOK", random.Random(s)) for s in range(seeds)}


def test_a_start_and_an_end_are_said_by_what_they_are() -> None:
    assert tc.garbled_phrase(_user("set the text from result 0 onwards"))
    assert tc.garbled_phrase(_user("the prime numbers keeping the end at 591"))
    position = _phrases(Slot("start", "start", "0", "The starting position for the new text.",
                             "number", 0))
    assert all("position TOK" in p for p in position), position
    start = _phrases(Slot("start", "start", "0", "The start of the number range", "integer", 0))
    end = _phrases(Slot("end", "end", "591", "The end of the number range", "integer", 591))
    assert start <= {"from TOK", "starting from TOK"}, start
    assert end <= {"up to TOK", "through TOK"}, end
    offset = _phrases(Slot("offset", "offset", "0", "Results to skip", "integer", 0))
    year = _phrases(Slot("start_year", "start year", "2020", "", "integer", 2020))
    for said in (*position, *start, *end, *offset, *year):
        assert not tc.garbled_phrase(_user(f"Find them {said}.")), said
        assert "result TOK" not in said and "skipping the first" not in said, said


def test_a_yes_no_setting_that_is_an_action_is_said_as_one() -> None:
    assert tc.garbled_phrase(_user("the fastest route with avoid tolls (yes, pls)"))
    on = _phrases(Slot("avoid_tolls", "avoid tolls", "true", "", "boolean", True))
    off = _phrases(Slot("avoid_tolls", "avoid tolls", "false", "", "boolean", False))
    assert all("yes" in p and "avoid tolls" in p for p in on), on
    assert all(" no " in f" {p} " and "avoid tolls" in p for p in off), off
    for said in on | off:
        assert not tc.garbled_phrase(_user(f"Find the route {said}.")), said
    # a 0/1 switch (ToolBench seed 7 000257 "with return image set to 1")
    switch = _phrases(Slot("return_image", "return image", "1", "Set to 1 to return the image",
                           "integer", 1))
    assert all("TOK" in p and not tc.garbled_phrase(_user(p)) for p in switch), switch


def _endpoint(name: str, description: str, *params: str) -> Endpoint:
    parameters = tuple(Parameter(name=n, raw_name=n, type_label="STRING",
                                 json_schema={"type": "string"}, required=True) for n in params)
    return Endpoint(id=f"bfcl/{name}", function_name=name, tool_id="bfcl", tool_name=name,
                    category="bfcl", name=name, method="CALL", parameters=parameters,
                    description=description)


def _call(name: str, args: dict[str, object]) -> dict[str, object]:
    return {"messages": [{"role": "assistant", "content": None, "tool_calls": [
        {"function": {"name": name, "arguments": json.dumps(args)}}]}]}


def test_a_hotel_stay_drawn_end_first_still_lasts_days() -> None:
    endpoint = _endpoint("hotel_booking", "Books a hotel room for a specific date range.",
                         "hotel_name", "start_date", "end_date")
    args = [PlannedArg(name="hotel_name", source="user", value="Zimmerman Palace"),
            PlannedArg(name="start_date", source="user", value="2025-12-10"),
            PlannedArg(name="end_date", source="user", value="2025-06-23")]
    out = {a.name: a.value for a in paired(endpoint, args, lambda p, v: True)}
    old = _call("hotel_booking", {"start_date": "2025-06-23", "end_date": "2025-12-10"})
    assert tc.long_stay(old)
    start, end = date.fromisoformat(str(out["start_date"])), date.fromisoformat(
        str(out["end_date"]))
    assert out["start_date"] == "2025-06-23"  # the earlier date starts the stay
    assert 1 <= (end - start).days <= 14, out
    assert not tc.long_stay(_call("hotel_booking", out))


def test_a_stay_written_month_first_stays_month_first() -> None:
    # BFCL seed 71 #1: "from 07-04-2025 to 20-04-2025" under "The format is MM-DD-YYYY"
    layout = {"type": "string", "description": "The start date of the booking. The format "
              "is MM-DD-YYYY."}
    endpoint = _endpoint("hotel_booking_book", "Books a hotel room.", "city").model_copy(
        update={"parameters": tuple(
            Parameter(name=n, raw_name=n, type_label="STRING", json_schema=layout,
                      required=True) for n in ("from_date", "to_date"))})
    args = [PlannedArg(name="from_date", source="user", value="07-04-2025"),
            PlannedArg(name="to_date", source="user", value="11-23-2025")]
    out = {a.name: str(a.value) for a in paired(endpoint, args, lambda p, v: True)}
    month, day, year = map(int, out["to_date"].split("-"))
    assert out["from_date"] == "07-04-2025" and year == 2025
    assert 1 <= (date(year, month, day) - date(2025, 7, 4)).days <= 14, out


def test_a_road_route_ends_where_one_can_drive() -> None:
    endpoint = _endpoint("map_routing_fastest_route", "Finds the fastest route from one "
                         "location to another, with an option to avoid toll roads.",
                         "start_location", "end_location")
    args = [PlannedArg(name="start_location", source="user", value="Auckland"),
            PlannedArg(name="end_location", source="clarification", value="Boston"),
            PlannedArg(name="avoid_tolls", source="user", value=True)]
    assert tc.far_drive(_call("map_routing_fastest_route",
                              {"start_location": "Auckland", "end_location": "Boston"}))
    out = {a.name: a.value for a in paired(endpoint, args, lambda p, v: True)}
    assert out["start_location"] == "Auckland" and out["end_location"] != "Boston", out
    a, b = world.city(out["start_location"]), world.city(out["end_location"])
    assert a is not None and b is not None and b.country_iso == "NZ"
    assert world.great_circle_km(a, b) < 1500
    # a city-state's route goes to the nearest city of the generator's (BFCL -n 1000
    # 000711: directions from Singapore to Stockholm)
    singapore = [PlannedArg(name="start_location", source="user", value="Singapore"),
                 PlannedArg(name="end_location", source="user", value="Stockholm")]
    directions = _endpoint("get_directions", "Retrieve directions from one location to "
                           "another.", "start_location", "end_location")
    out = {a.name: a.value for a in paired(directions, singapore, lambda p, v: True)}
    sg, b = world.city("Singapore"), world.city(out["end_location"])
    assert sg is not None and b is not None and b.name != "Stockholm", out
    assert world.great_circle_km(sg, b) < 1500, out
    # a large country's nearer city is found beyond its twelve largest (BFCL -n 1000
    # 000866: Miami to Prague; Jacksonville is the 14th city of the United States)
    miami = [PlannedArg(name="start_location", source="user", value="Miami"),
             PlannedArg(name="end_location", source="user", value="Prague")]
    out = {a.name: a.value for a in paired(endpoint, miami, lambda p, v: True)}
    b = world.city(out["end_location"])
    assert b is not None and b.country_iso == "US", out
    # a flight between the same two cities is left alone
    flight = _endpoint("flight_search", "Finds flights between two cities.", "origin",
                       "destination")
    far = [PlannedArg(name="origin", source="user", value="Auckland"),
           PlannedArg(name="destination", source="user", value="Boston")]
    assert paired(flight, far, lambda p, v: True) == far


def test_a_warsaw_postcode_is_in_warsaw() -> None:
    from toolgen.executor.locales import in_city

    old = {"messages": [
        {"role": "user", "content": "Find the postal codes in Warsaw - ulica Kasprowicza 337."},
        {"role": "assistant", "content": "Its zip code is 42-455."}]}
    assert tc.city_postcode(old)
    assert in_city("42-455", "Warsaw")[:2] in ("00", "01", "02", "03", "04")
    assert in_city("90-811", "Warsaw").endswith("-811")
    assert in_city("03-953", "Warsaw") == "03-953"
    assert in_city("90-811", "Lisbon") == "90-811"
    output = {"address": "ul. Tulipanowa 59/15", "city": "Warsaw", "country": "Poland",
              "postal_code": "90-811"}
    fit_postcodes(output, {})
    assert output["postal_code"][:2] in ("00", "01", "02", "03", "04"), output


def test_example_showtimes_start_at_many_clock_times() -> None:
    """The bundled corpus's one showtime example starts at 21:00: every showing of every
    cinema was at 21:00 (bundled seed 7: 32 of 300 records had a list at one clock time).
    A drawn start keeps the example's shape and moves by quarter hours within the evening
    of a day up to 60 days earlier; a midnight (a whole day) stays midnight."""
    from toolgen.executor.examples import example_gen
    from toolgen.executor.gen_context import Ctx
    from toolgen.executor.pools import Pools

    old = {"messages": [{"role": "tool", "content": json.dumps({"showtimes": [
        {"cinema": "Lumiere Cinema", "starts_at": "2026-04-12T21:00:00Z"},
        {"cinema": "Cineplex Chicago", "starts_at": "2026-04-12T21:00:00Z"}]})}]}
    assert tc.one_clock(old)
    gen = example_gen("starts_at", ("2025-06-13T21:00:00Z",), "string")
    midnight = example_gen("created", ("2025-06-13T00:00:00Z",), "string")
    assert gen is not None and midnight is not None
    ctx = Ctx(random.Random(7), Pools.build(3, 16), {}, {})
    drawn = [str(gen(ctx)) for _ in range(60)]
    clocks = {d[11:16] for d in drawn}
    assert len(clocks) >= 8, clocks
    assert all("16:00" <= c <= "23:00" and c[3:] in ("00", "15", "30", "45") for c in clocks)
    assert all(d.endswith(":00Z") and date(2025, 4, 14) <= date.fromisoformat(d[:10])
               <= date(2025, 6, 13) for d in drawn), drawn
    assert {str(midnight(ctx))[10:] for _ in range(20)} == {"T00:00:00Z"}


def test_a_card_in_a_deck_has_a_card_rank_and_suit() -> None:
    """BFCL seed 7 000103: the deck's card was "#1,883 in Books" of suit "general"."""
    from toolgen.executor.field_values import field_gen, field_kind
    from toolgen.executor.gen_context import Ctx
    from toolgen.executor.pools import Pools

    ctx = Ctx(random.Random(3), Pools.build(3, 16), {}, {})
    rank, suit = field_gen("rank", "rank", "deck"), field_gen("suit", "suit", "card")
    assert field_kind("rank") == "rank" and field_kind("suit") == "suit"
    assert rank is not None and suit is not None
    ranks = {str(rank(ctx)) for _ in range(40)}
    assert ranks <= {"Ace", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Jack", "Queen",
                     "King"} and len(ranks) > 5, ranks
    assert {str(suit(ctx)) for _ in range(40)} == {"Hearts", "Diamonds", "Clubs", "Spades"}
    sales = field_gen("rank", "rank", "product")
    assert sales is not None and " in " in str(sales(ctx))  # a product keeps its sales rank


def test_days_written_month_first_are_ordered_as_such() -> None:
    # "07-04-2025" beside "06-20-2025" is the 4th of July: the stay was left ending
    # before it began when the first was read as the 7th of April
    from toolgen.executor.date_order import order_dates

    obj = {"from_date": "07-04-2025", "to_date": "06-20-2025"}
    order_dates(obj)
    start, end = (date(int(v[6:]), int(v[:2]), int(v[3:5])) for v in
                  (obj["from_date"], obj["to_date"]))
    assert start <= end, obj

"""Write the judge calibration set: clean records and records with one known defect each.

Twelve hand-written clean conversations (realistic outputs, grounded answers), each in
two phrasings, are the clean half. The defective half applies one corruption per
realism finding kind to several of them, the way the generator goes wrong (Faker
filler, stub outputs, a 1-5 rating of 992.45, reversed dates, a USD->USD rate of 0.92,
a schema-default identifier, an id fed to an unrelated entity, a claim in no output,
...). Each line is `{"id", "defect" (null when clean), "base", "record"}`.

    python scripts/make_judge_calibration.py   # writes tests/judge/calibration/records.jsonl
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "tests" / "judge" / "calibration" / "records.jsonl"

Args = dict[str, tuple[Any, Any]]
"""Argument name -> (value, source): "user", "default" or ("out", call_id, path)."""


def tool(name: str, description: str, props: dict[str, Any],
         required: list[str]) -> dict[str, Any]:
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": props, "required": required}}}


class Conv:
    """A small builder that keeps messages and step_trace in step."""

    def __init__(self, cid: str, tools: list[dict[str, Any]], system: str | None = None):
        self.cid = cid
        self.tools = tools
        self.messages: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        if system:
            self.messages.append({"role": "system", "content": system})
        self.last_user = 0

    def user(self, text: str) -> Conv:
        self.last_user = len(self.messages)
        self.messages.append({"role": "user", "content": text})
        return self

    def calls(self, *batch: tuple[str, str, Args, Any, dict[str, Any]]) -> Conv:
        """One assistant message making `batch` calls: (call_id, name, args, output, extra)."""
        at = len(self.messages)
        tool_calls = []
        for call_id, name, args, _output, _extra in batch:
            values = {k: v for k, (v, _) in args.items()}
            tool_calls.append({"id": call_id, "type": "function", "function": {
                "name": name, "arguments": json.dumps(values)}})
        self.messages.append({"role": "assistant", "content": None, "tool_calls": tool_calls})
        for call_id, name, args, output, extra in batch:
            self.messages.append({"role": "tool", "tool_call_id": call_id,
                                  "content": json.dumps(output)})
            trace: dict[str, Any] = {}
            for k, (v, src) in args.items():
                if src == "user":
                    trace[k] = {"value": v, "source": "user", "message_index": self.last_user}
                elif src == "default":
                    trace[k] = {"value": v, "source": "default"}
                else:
                    _, cid, path = src
                    trace[k] = {"value": v, "source": "tool_output", "call_id": cid,
                                "path": path}
            self.steps.append({
                "step": len(self.steps) + 1, "call_id": call_id,
                "endpoint_id": f"Calibration/{name}", "function_name": name,
                "arguments": trace, "status": extra.get("status", "ok"),
                "effect": extra.get("effect"), "message_index": at,
                "depends_on": [src[1] for _, src in args.values() if isinstance(src, tuple)],
            })
        return self

    def say(self, text: str) -> Conv:
        self.messages.append({"role": "assistant", "content": text})
        return self

    def scenario(self) -> dict[str, Any]:
        """The planner scenario the calls realise (one group per calling message)."""
        groups: dict[int, list[str]] = {}
        for s in self.steps:
            groups.setdefault(s["message_index"], []).append(s["call_id"])
        calls = [{"call_id": s["call_id"], "endpoint_id": s["endpoint_id"],
                  "function_name": s["function_name"]} for s in self.steps]
        return {"calls": calls, "turns": [{"user_act": "request", "steps": list(groups.values())}],
                "pattern": "calibration", "patterns": ["calibration"]}

    def record(self) -> dict[str, Any]:
        names = [t["function"]["name"] for t in self.tools]
        return {
            "conversation_id": self.cid, "schema_version": "1.0", "tools": self.tools,
            "messages": self.messages, "step_trace": self.steps,
            "judge_scores": {"tool_correctness": 5, "naturalness": 5, "task_completion": 5,
                             "overall": 5, "judge": "heuristic"},
            "metadata": {"seed": 0, "index": 0, "tools": [f"Calibration/{n}" for n in names],
                         "domains": ["Calibration"], "pattern": "calibration",
                         "patterns": ["calibration"], "planner_scenario": self.scenario()},
        }


S = {"type": "string"}
N = {"type": "number"}
INT = {"type": "integer"}
OK: dict[str, Any] = {}


def hotels(alt: bool) -> dict[str, Any]:
    tools = [
        tool("search_hotels", "Search hotels in a city for given dates.", {
            "city": S, "check_in": {**S, "description": "Check-in date, YYYY-MM-DD"},
            "check_out": {**S, "description": "Check-out date, YYYY-MM-DD"},
            "min_stars": {**N, "description": "Minimum star rating (1-5)"},
            "sort": {"type": "string", "enum": ["price_low_to_high", "rating"],
                     "default": "rating"}}, ["city", "check_in", "check_out"]),
        tool("get_hotel", "Details of one hotel.", {"hotel_id": S}, ["hotel_id"]),
    ]
    c = Conv("cal-hotels", tools, "You help travellers plan trips.")
    c.user("I'm going to Lisbon from 2025-06-12 to 2025-06-15. Can you find a hotel with at "
           "least 4 stars and tell me more about the best one?")
    c.calls(("call_h1", "search_hotels", {
        "city": ("Lisbon", "user"), "check_in": ("2025-06-12", "user"),
        "check_out": ("2025-06-15", "user"), "min_stars": (4, "user")},
        {"results": [
            {"hotel_id": "htl_40417", "name": "Casa Azul", "stars": 4, "rating": 4.6,
             "price_per_night": {"amount": 149.5, "currency": "EUR"}},
            {"hotel_id": "htl_40533", "name": "Hotel Ribeira", "stars": 4, "rating": 4.3,
             "price_per_night": {"amount": 132.0, "currency": "EUR"}}]}, OK))
    c.calls(("call_h2", "get_hotel", {"hotel_id": ("htl_40417", ("out", "call_h1",
                                                                 "$.results[0].hotel_id"))},
             {"hotel_id": "htl_40417", "name": "Casa Azul", "stars": 4, "rating": 4.6,
              "address": "Rua das Flores 28, Lisbon",
              "description": "Restored townhouse in Chiado with a rooftop terrace.",
              "amenities": ["wifi", "breakfast", "air conditioning"]}, OK))
    c.say("Casa Azul is the best-rated option (4.6, four stars): a restored townhouse in "
          "Chiado at Rua das Flores 28 with a rooftop terrace, breakfast and wifi, for "
          "149.5 EUR a night." if not alt else
          "The top pick is Casa Azul, rated 4.6. It's a restored townhouse in Chiado with a "
          "rooftop terrace, and breakfast is included. Hotel Ribeira is a cheaper four-star "
          "alternative at 132 EUR a night.")
    return c.record()


def currency(alt: bool) -> dict[str, Any]:
    tools = [tool("convert_currency", "Convert an amount between two currencies.", {
        "from_currency": {**S, "description": "ISO 4217 code"},
        "to_currency": {**S, "description": "ISO 4217 code"}, "amount": N},
        ["from_currency", "to_currency", "amount"])]
    c = Conv("cal-currency", tools)
    c.user("How much is 250 USD in EUR today?")
    c.calls(("call_c1", "convert_currency", {
        "from_currency": ("USD", "user"), "to_currency": ("EUR", "user"),
        "amount": (250, "user")},
        {"from_currency": "USD", "to_currency": "EUR", "rate": 0.9213, "amount": 250,
         "result": 230.33, "as_of": "2025-03-04"}, OK))
    c.say("250 USD comes to 230.33 EUR at today's rate of 0.9213." if not alt else
          "At a rate of 0.9213 (as of 2025-03-04), 250 USD is 230.33 EUR.")
    return c.record()


def cancel(alt: bool) -> dict[str, Any]:
    tools = [
        tool("get_order", "Look up an order.", {"order_id": S}, ["order_id"]),
        tool("cancel_order", "Cancel an order that has not shipped.", {
            "order_id": S, "reason": S}, ["order_id"]),
    ]
    c = Conv("cal-cancel", tools, "You are a shop's support assistant.")
    c.user("Please cancel my order ORD-48213, I ordered the wrong size.")
    c.calls(("call_o1", "cancel_order", {"order_id": ("ORD-48213", "user"),
                                          "reason": ("wrong size", "user")},
             {"order_id": "ORD-48213", "status": "cancelled",
              "refund": {"amount": 89.99, "currency": "USD"},
              "refund_eta_days": 5}, {"effect": "delete"}))
    c.say("Done: order ORD-48213 is cancelled. A refund of $89.99 should reach you within "
          "5 days." if not alt else
          "I've cancelled ORD-48213 for you. You'll get $89.99 back, usually within 5 days.")
    return c.record()


def forecast(alt: bool) -> dict[str, Any]:
    tools = [tool("get_forecast", "Daily forecast for a city.", {
        "city": S, "days": {**INT, "description": "Number of days, between 1 and 10"}},
        ["city"])]
    c = Conv("cal-forecast", tools)
    c.user("What's the weather going to be like in Oslo for the next 3 days?")
    c.calls(("call_f1", "get_forecast", {"city": ("Oslo", "user"), "days": (3, "user")},
             {"city": "Oslo", "latitude": 59.91, "longitude": 10.75, "days": [
                 {"date": "2025-01-20", "high_c": -2, "low_c": -8, "summary": "Light snow"},
                 {"date": "2025-01-21", "high_c": 0, "low_c": -6, "summary": "Cloudy"},
                 {"date": "2025-01-22", "high_c": 1, "low_c": -4, "summary": "Sunny"}]},
             OK))
    c.say("Cold but improving: light snow on Monday (high -2°C), cloudy on Tuesday, then sunny "
          "on Wednesday with a high around 1°C." if not alt else
          "Expect light snow tomorrow with lows of -8°C, clouds the day after, and sunshine "
          "by 2025-01-22.")
    return c.record()


def music(alt: bool) -> dict[str, Any]:
    tools = [
        tool("search_artist", "Find artists by name.", {"name": S}, ["name"]),
        tool("get_top_tracks", "An artist's most played tracks.", {
            "artist_id": S, "limit": {**INT, "description": "Maximum 20"}}, ["artist_id"]),
    ]
    c = Conv("cal-music", tools)
    c.user("What are Nina Simone's most played songs?")
    c.calls(("call_m1", "search_artist", {"name": ("Nina Simone", "user")},
             {"artists": [{"artist_id": "art_5521", "name": "Nina Simone",
                           "label": {"label_id": "lbl_0082", "name": "Philips"},
                           "followers": 2104332}]}, OK))
    c.calls(("call_m2", "get_top_tracks", {
        "artist_id": ("art_5521", ("out", "call_m1", "$.artists[0].artist_id"))},
        {"artist_id": "art_5521", "tracks": [
            {"title": "Feeling Good", "plays": 612004331},
            {"title": "Sinnerman", "plays": 301220945},
            {"title": "My Baby Just Cares for Me", "plays": 254118870}]}, OK))
    c.say("Her top three are Feeling Good (612,004,331 plays), Sinnerman and My Baby Just "
          "Cares for Me." if not alt else
          "Feeling Good leads by far, followed by Sinnerman and My Baby Just Cares for Me.")
    return c.record()


def flight(alt: bool) -> dict[str, Any]:
    tools = [tool("get_flight_status", "Status of a flight on a date.", {
        "flight_number": S, "date": S}, ["flight_number", "date"])]
    c = Conv("cal-flight", tools)
    c.user("Is flight BA117 on 2025-03-14 on time?")
    c.calls(("call_l1", "get_flight_status", {"flight_number": ("BA117", "user"),
                                               "date": ("2025-03-14", "user")},
             {"error": "Flight BA117 not found for 2025-03-14"}, {"status": "http_404"}))
    c.say("I couldn't find BA117 on 2025-03-14. Could the flight number or date be "
          "different?" if not alt else
          "Sorry, the airline has no record of BA117 on that date. Can you double-check the "
          "flight number?")
    return c.record()


def calendar(alt: bool) -> dict[str, Any]:
    tools = [tool("create_event", "Add an event to the user's calendar.", {
        "title": S, "start": S, "end": S}, ["title", "start", "end"])]
    c = Conv("cal-calendar", tools)
    c.user("Add a dentist appointment to my calendar from 2025-05-06T09:30 to "
           "2025-05-06T10:15.")
    c.calls(("call_e1", "create_event", {"title": ("dentist appointment", "user"),
                                         "start": ("2025-05-06T09:30", "user"),
                                         "end": ("2025-05-06T10:15", "user")},
             {"event_id": "evt_88213", "title": "dentist appointment",
              "start": "2025-05-06T09:30", "end": "2025-05-06T10:15",
              "status": "confirmed"}, {"effect": "create"}))
    c.say("Added: dentist appointment on 2025-05-06 from 09:30 to 10:15." if not alt else
          "It's in your calendar now, 2025-05-06 at 09:30 until 10:15.")
    return c.record()


def dinner(alt: bool) -> dict[str, Any]:
    tools = [
        tool("search_restaurants", "Find restaurants.", {"city": S, "cuisine": S},
             ["city"]),
        tool("reserve_table", "Book a table at a restaurant.", {
            "restaurant_id": S, "party_size": {**INT, "description": "Guests, 1 to 12"},
            "time": S, "date": S}, ["restaurant_id", "party_size", "time", "date"]),
    ]
    c = Conv("cal-dinner", tools)
    c.user("Find an Italian restaurant in Milan, and once that's done, book a table there "
           "for 4 at 20:00 on 2025-04-18.")
    c.calls(("call_d1", "search_restaurants", {"city": ("Milan", "user"),
                                               "cuisine": ("Italian", "user")},
             {"restaurants": [{"restaurant_id": "rst_3019", "name": "Trattoria Milanese",
                               "rating": 4.5, "price_level": 2}]}, OK))
    c.calls(("call_d2", "reserve_table", {
        "restaurant_id": ("rst_3019", ("out", "call_d1", "$.restaurants[0].restaurant_id")),
        "party_size": (4, "user"), "time": ("20:00", "user"),
        "date": ("2025-04-18", "user")},
        {"reservation_id": "rsv_77120", "restaurant_id": "rst_3019", "party_size": 4,
         "time": "20:00", "date": "2025-04-18", "status": "confirmed"}, {"effect": "create"}))
    c.say("I booked Trattoria Milanese (rated 4.5) for 4 people at 20:00 on 2025-04-18; "
          "your reservation is rsv_77120." if not alt else
          "Your table for 4 at Trattoria Milanese is confirmed for 20:00 on 2025-04-18 "
          "(reservation rsv_77120).")
    return c.record()


def two_cities(alt: bool) -> dict[str, Any]:
    tools = [tool("get_current_weather", "Current weather in a city.", {"city": S}, ["city"])]
    c = Conv("cal-two-cities", tools)
    c.user("What's the weather right now in Paris and in Rome?")
    c.calls(("call_w1", "get_current_weather", {"city": ("Paris", "user")},
             {"city": "Paris", "temp_c": 12, "condition": "Overcast", "humidity": 81}, OK),
            ("call_w2", "get_current_weather", {"city": ("Rome", "user")},
             {"city": "Rome", "temp_c": 19, "condition": "Sunny", "humidity": 54}, OK))
    c.say("Paris is overcast at 12°C, while Rome is sunny and 19°C." if not alt else
          "Rome is the nicer one right now: sunny, 19°C. Paris is overcast and 12°C with 81% "
          "humidity.")
    return c.record()


def shoes(alt: bool) -> dict[str, Any]:
    tools = [tool("search_products", "Search the catalogue.", {
        "query": S, "max_price": N,
        "limit": {**INT, "description": "Results per page, between 1 and 50"}}, ["query"])]
    c = Conv("cal-shoes", tools)
    c.user("I'm looking for running shoes under 130 dollars, show me the top 3.")
    c.calls(("call_p1", "search_products", {"query": ("running shoes", "user"),
                                             "max_price": (130, "user"),
                                             "limit": (3, "user")},
             {"items": [
                 {"product_id": "prd_1182", "name": "Pegasus 40", "brand": "Nike",
                  "price": 119.99, "rating": 4.7},
                 {"product_id": "prd_2290", "name": "Ghost 15", "brand": "Brooks",
                  "price": 129.95, "rating": 4.8},
                 {"product_id": "prd_0911", "name": "Novablast 4", "brand": "Asics",
                  "price": 124.0, "rating": 4.6}], "total": 41}, OK))
    c.say("Top three under $130: Brooks Ghost 15 ($129.95, rated 4.8), Nike Pegasus 40 "
          "($119.99, 4.7) and Asics Novablast 4 ($124.00, 4.6)." if not alt else
          "The Ghost 15 by Brooks has the best reviews (4.8) at $129.95; the Pegasus 40 is "
          "the cheapest at $119.99.")
    return c.record()


def bookings(alt: bool) -> dict[str, Any]:
    tools = [tool("list_bookings", "Bookings in a date range.", {
        "start_date": S, "end_date": S}, ["start_date", "end_date"])]
    c = Conv("cal-bookings", tools)
    c.user("Which bookings do we have between 2025-06-01 and 2025-06-30?")
    c.calls(("call_b1", "list_bookings", {"start_date": ("2025-06-01", "user"),
                                          "end_date": ("2025-06-30", "user")},
             {"bookings": [
                 {"booking_id": "bk_2201", "guest": "Maria Lopez", "date": "2025-06-03",
                  "nights": 2},
                 {"booking_id": "bk_2245", "guest": "Tom Becker", "date": "2025-06-19",
                  "nights": 4}], "count": 2}, OK))
    c.say("Two: Maria Lopez arriving 2025-06-03 for 2 nights, and Tom Becker on 2025-06-19 "
          "for 4 nights." if not alt else
          "There are 2 bookings in June, Maria Lopez from 2025-06-03 and Tom Becker from "
          "2025-06-19.")
    return c.record()


def stock(alt: bool) -> dict[str, Any]:
    tools = [tool("get_quote", "Latest stock quote.", {"symbol": S}, ["symbol"])]
    c = Conv("cal-stock", tools)
    c.user("How is Apple stock doing today? The ticker is AAPL.")
    c.calls(("call_s1", "get_quote", {"symbol": ("AAPL", "user")},
             {"symbol": "AAPL", "price": 189.84, "change": -0.8, "change_percent": -0.42,
              "volume": 48211930}, OK))
    c.say("AAPL is at $189.84, down 0.42% today." if not alt else
          "Apple is trading at $189.84, slightly down (-0.8, or -0.42%).")
    return c.record()


def posts(alt: bool) -> dict[str, Any]:
    tools = [
        tool("find_user", "Instagram: find an account by its username.", {"username": S},
             ["username"]),
        tool("get_user_posts", "Instagram: an account's latest posts.", {
            "user_id": S, "limit": {**INT, "description": "Maximum 20"}}, ["user_id"]),
    ]
    c = Conv("cal-posts", tools)
    c.user("What has natgeo posted lately on Instagram? Just the last 2 posts.")
    c.calls(("call_g1", "find_user", {"username": ("natgeo", "user")},
             {"user_id": "ig_787132", "username": "natgeo", "full_name": "National Geographic",
              "followers": 283000000}, OK))
    c.calls(("call_g2", "get_user_posts", {
        "user_id": ("ig_787132", ("out", "call_g1", "$.user_id")), "limit": (2, "user")},
        {"user_id": "ig_787132", "posts": [
            {"post_id": "pst_99120", "caption": "Snow leopards of the Himalaya",
             "likes": 412230},
            {"post_id": "pst_99087", "caption": "Inside a coral nursery", "likes": 298114}]},
        OK))
    c.say("The last two posts from National Geographic are \"Snow leopards of the Himalaya\" "
          "(412,230 likes) and \"Inside a coral nursery\"." if not alt else
          "natgeo most recently posted about snow leopards in the Himalaya, and before that "
          "a look inside a coral nursery.")
    return c.record()


def airport(alt: bool) -> dict[str, Any]:
    tools = [tool("get_airport", "Aviation: details of an airport by its IATA code.",
                  {"iata": S}, ["iata"])]
    c = Conv("cal-airport", tools)
    c.user("Which airport is VIE, and what timezone is it in?")
    c.calls(("call_a1", "get_airport", {"iata": ("VIE", "user")},
             {"name": "Vienna International Airport", "iata": "VIE", "icao": "LOWW",
              "city": "Vienna", "country": "Austria", "timezone": "Europe/Vienna",
              "elevation_ft": 600}, OK))
    c.say("VIE is Vienna International Airport in Vienna, Austria, on Europe/Vienna time."
          if not alt else
          "That's Vienna International Airport (LOWW) in Austria; it runs on Europe/Vienna time.")
    return c.record()


def team(alt: bool) -> dict[str, Any]:
    tools = [tool("get_player", "NBA: a player's profile and team.", {"player": S}, ["player"])]
    c = Conv("cal-team", tools)
    c.user("Which team does Jayson Tatum play for, and how tall is he?")
    c.calls(("call_t1", "get_player", {"player": ("Jayson Tatum", "user")},
             {"first_name": "Jayson", "last_name": "Tatum", "height_feet": "6",
              "height_inches": "8", "weight_pounds": "210", "position": "F",
              "team": {"abbreviation": "BOS", "city": "Boston", "conference": "East",
                       "division": "Atlantic", "full_name": "Boston Celtics",
                       "name": "Celtics"}}, OK))
    c.say("Jayson Tatum plays for the Boston Celtics; he is 6 ft 8 in." if not alt else
          "He's a forward for the Boston Celtics, listed at 6 ft 8 in and 210 pounds.")
    return c.record()


def loan(alt: bool) -> dict[str, Any]:
    tools = [tool("calculate_loan", "Loan calculator: monthly payment for a loan.", {
        "amount": N, "rate": {**N, "description": "Annual interest rate in percent"},
        "term_years": INT}, ["amount", "rate", "term_years"])]
    c = Conv("cal-loan", tools)
    c.user("What would I pay each month on a 20000 loan at 6.5% over 5 years?")
    c.calls(("call_n1", "calculate_loan", {"amount": (20000, "user"), "rate": (6.5, "user"),
                                           "term_years": (5, "user")},
             {"amount": 20000, "rate": 6.5, "term_years": 5, "monthly_payment": 391.32,
              "total_interest": 3479.2, "currency": "USD"}, OK))
    c.say("About 391.32 a month; over 5 years you'd pay 3,479.20 in interest." if not alt else
          "At 6.5% over 5 years the payment is 391.32 per month, 3,479.20 interest in total.")
    return c.record()


def images(alt: bool) -> dict[str, Any]:
    tools = [tool("image_search", "Web image search.", {"q": S}, ["q"])]
    c = Conv("cal-images", tools)
    c.user("Find me a couple of pictures for Matterhorn sunrise.")
    c.calls(("call_i1", "image_search", {"q": ("Matterhorn sunrise", "user")},
             {"images": [
                 {"image_id": "img_3391", "title": "Matterhorn at first light",
                  "url": "https://upload.example.org/matterhorn-dawn.jpg", "width": 1920,
                  "height": 1280, "source": "Wikimedia Commons", "image_type": "photo"},
                 {"image_id": "img_3392", "title": "Sunrise over Zermatt",
                  "url": "https://photos.example.net/zermatt-sunrise.jpg", "width": 1600,
                  "height": 1067, "source": "Flickr", "image_type": "photo"}]}, OK))
    c.say("Two good ones: \"Matterhorn at first light\" (1920x1280, Wikimedia Commons) and "
          "\"Sunrise over Zermatt\" from Flickr." if not alt else
          "I found \"Matterhorn at first light\" on Wikimedia Commons and \"Sunrise over "
          "Zermatt\" on Flickr, both large photos.")
    return c.record()


def country(alt: bool) -> dict[str, Any]:
    tools = [
        tool("country_info_population", "Country facts: a country's population.",
             {"country": S}, ["country"]),
        tool("country_info_capital", "Country facts: a country's capital city.",
             {"country": S}, ["country"]),
    ]
    c = Conv("cal-country", tools)
    c.user("How many people live in Portugal, and what's its capital?")
    c.calls(("call_k1", "country_info_population", {"country": ("Portugal", "user")},
             {"country": "Portugal", "population": 10379007, "year": 2024}, OK),
            ("call_k2", "country_info_capital", {"country": ("Portugal", "user")},
             {"country": "Portugal", "capital": "Lisbon"}, OK))
    c.say("Portugal had 10,379,007 people in 2024, and its capital is Lisbon." if not alt else
          "Lisbon is the capital, and the population was 10,379,007 in 2024.")
    return c.record()


def memory(alt: bool) -> dict[str, Any]:
    tools = [
        tool("memory_add", "Assistant memory: store a key-value pair.",
             {"key": S, "value": S}, ["key", "value"]),
        tool("memory_retrieve_all", "Assistant memory: every stored key-value pair.", {}, []),
    ]
    c = Conv("cal-memory", tools)
    c.user("Please save my favourite colour: blue. Then show me everything you keep "
           "about me.")
    c.calls(("call_y1", "memory_add", {"key": ("favourite colour", "user"),
                                        "value": ("blue", "user")},
             {"stored": True, "key": "favourite colour"}, {"effect": "create"}))
    c.calls(("call_y2", "memory_retrieve_all", {},
             {"entries": [{"key": "home_city", "value": "Lyon"},
                          {"key": "favourite colour", "value": "blue"}]}, OK))
    c.say("Saved. I now keep two things about you: your home city, Lyon, and your favourite "
          "colour, blue." if not alt else
          "Done - blue is stored as your favourite colour, next to your home city (Lyon).")
    return c.record()


def facts(alt: bool) -> dict[str, Any]:
    tools = [tool("science_facts_get", "Science facts about a particle.", {"particle": S},
                  ["particle"])]
    c = Conv("cal-facts", tools)
    c.user("Tell me a couple of facts about the proton.")
    c.calls(("call_x1", "science_facts_get", {"particle": ("proton", "user")},
             {"particle": "proton", "facts": [
                 {"fact_id": "fct_1a2b3c", "text": "A proton carries one positive elementary "
                                                   "charge."},
                 {"fact_id": "fct_4d5e6f", "text": "Its mass is about 1836 times that of an "
                                                   "electron."}]}, OK))
    c.say("A proton carries one positive elementary charge, and its mass is about 1836 times "
          "that of an electron." if not alt else
          "Two facts: its mass is about 1836 times that of an electron, and it carries one "
          "positive elementary charge.")
    return c.record()


def flight_status(alt: bool) -> dict[str, Any]:
    tools = [tool("flight_status_check", "Status of a flight on a date.", {
        "flight_number": S, "date": S}, ["flight_number", "date"])]
    c = Conv("cal-flight-status", tools)
    c.user("What's the status of flight LH1812 on 2025-05-09?")
    c.calls(("call_q1", "flight_status_check", {"flight_number": ("LH1812", "user"),
                                                 "date": ("2025-05-09", "user")},
             {"flight_number": "LH1812", "status": "delayed",
              "scheduled_departure": "2025-05-09T09:40", "estimated_departure":
              "2025-05-09T10:25", "gate": "G12"}, OK))
    c.say("LH1812 is delayed: it should now leave at 10:25 instead of 09:40, from gate G12."
          if not alt else
          "It's running late - estimated departure 2025-05-09T10:25 from gate G12.")
    return c.record()


def revenue(alt: bool) -> dict[str, Any]:
    tools = [tool("corporate_finance_revenue_forecast", "Estimate the revenue of a company "
                  "by forecasting the sales figures of a specific product.",
                  {"company": S, "product": S}, ["company", "product"])]
    c = Conv("cal-revenue", tools)
    c.user("Could you estimate Halvorsen Outdoor's revenue from running shoes next year?")
    c.calls(("call_r1", "corporate_finance_revenue_forecast", {
        "company": ("Halvorsen Outdoor", "user"), "product": ("running shoes", "user")},
        {"company": "Halvorsen Outdoor", "product": "running shoes", "period": "FY 2026",
         "revenue_usd": 48_200_000, "growth_percent": 6.4}, OK))
    c.say("Running shoes should bring Halvorsen Outdoor $48,200,000 in FY 2026, "
          "6.4% more than this year." if not alt else
          "The forecast for FY 2026 is $48,200,000 in running-shoe revenue, up 6.4%.")
    return c.record()


def suggest(alt: bool) -> dict[str, Any]:
    tools = [tool("market_auto_complete", "Bloomberg Finance: suggestions of securities "
                  "and news by a word or phrase typed.", {"query": S}, ["query"])]
    c = Conv("cal-suggest", tools)
    c.user("I'm typing Tesla into the market search - what does it suggest?")
    c.calls(("call_u1", "market_auto_complete", {"query": ("Tesla", "user")}, {
        "quote": [{"symbol": "TSLA", "name": "Tesla, Inc.", "ticker": "tsla:us",
                   "exchange": "NASDAQ", "securityType": "Common Stock"}],
        "news": [{"title": "Tesla Deliveries Beat Estimates in Second Quarter",
                  "date": "2025-07-02"}]}, OK))
    c.say("It suggests Tesla, Inc. (TSLA on NASDAQ), and a story: Tesla Deliveries Beat "
          "Estimates in Second Quarter." if not alt else
          "The top suggestion is TSLA, Tesla, Inc., plus the news that Tesla deliveries "
          "beat estimates in the second quarter.")
    return c.record()


def events(alt: bool) -> dict[str, Any]:
    tools = [tool("get_today_s_events", "Checkiday: events happening today.", {}, [])]
    c = Conv("cal-events", tools)
    c.user("Anything on in Porto today?")
    c.calls(("call_v1", "get_today_s_events", {}, {"events": [
        {"event_id": "evn_c5c713", "title": "Autumn Jazz Night", "venue": "Casa da Musica",
         "city": "Porto", "start_date": "2025-10-11", "end_date": "2025-10-11"},
        {"event_id": "evn_37f9c5", "title": "Open Art Market", "venue": "Praca da Batalha",
         "city": "Porto", "start_date": "2025-10-11", "end_date": "2025-10-12"}]}, OK))
    c.say("Today there's Autumn Jazz Night at Casa da Musica, and the Open Art Market at "
          "Praca da Batalha runs until tomorrow." if not alt else
          "Two things: Autumn Jazz Night at Casa da Musica tonight, and Open Art Market "
          "at Praca da Batalha, on today and tomorrow.")
    return c.record()


def world(alt: bool) -> dict[str, Any]:
    tools = [tool("country_info_capital", "Fetch the capital city of a specified country.",
                  {"country": S}, ["country"]),
             tool("geo_distance_calculate", "The geographic distance between two cities.",
                  {"start_location": S, "end_location": S}, ["start_location", "end_location"])]
    c = Conv("cal-world", tools)
    c.user("What's the capital of Australia? And how far is Seoul from Madrid?")
    c.calls(("call_g1", "country_info_capital", {"country": ("Australia", "user")},
             {"country": "Australia", "capital": "Canberra"}, OK),
            ("call_g2", "geo_distance_calculate", {"start_location": ("Madrid", "user"),
                                                   "end_location": ("Seoul", "user")},
             {"start_location": "Madrid", "end_location": "Seoul", "distance_km": 9995.5,
              "duration_minutes": 780}, OK))
    c.say("The capital of Australia is Canberra. Madrid and Seoul are 9995.5 km apart, "
          "about 780 minutes by plane." if not alt else
          "Canberra is Australia's capital; from Madrid to Seoul it's 9995.5 km "
          "(roughly 780 minutes flying).")
    return c.record()


def ticket(alt: bool) -> dict[str, Any]:
    """A help desk ticket filed with a colleague copied in (ToolBench seed 8015639 #5 sent
    `ccEmails: ["cc"]`, its field's own name, where an address belongs)."""
    tools = [tool("create_ticket", "Create a new support ticket.", {
        "subject": {**S, "description": "Subject of the ticket."},
        "description": {**S, "description": "HTML content of the ticket."},
        "email": {**S, "description": "Email address of the requester."},
        "priority": {**N, "description": "Priority of the ticket. The default value is 1."},
        "ccEmails": {"type": "array", "items": S, "description": "Array of email address "
                     "added in the 'cc' field of the incoming ticket email"}},
        ["subject", "email"])]
    c = Conv("cal-ticket", tools, "You are a help desk assistant.")
    c.user("Please open a ticket from tracy.smith@davis.com with the subject \"Damaged "
           "parcel\" and the description \"My parcel arrived with the box crushed.\", "
           "priority 2, copying in maria.lopez@example.com.")
    c.calls(("call_k1", "create_ticket", {
        "subject": ("Damaged parcel", "user"),
        "description": ("My parcel arrived with the box crushed.", "user"),
        "email": ("tracy.smith@davis.com", "user"), "priority": (2, "user"),
        "ccEmails": (["maria.lopez@example.com"], "user")},
        {"ticket_id": "tck_c121f2", "requester_email": "tracy.smith@davis.com",
         "subject": "Damaged parcel", "description": "My parcel arrived with the box crushed.",
         "status": "open", "priority": 2, "cc_emails": ["maria.lopez@example.com"]},
        {"effect": "create"}))
    c.say("I've created your ticket about the damaged parcel (ticket tck_c121f2), with "
          "maria.lopez@example.com copied in." if not alt else
          "Ticket tck_c121f2, \"Damaged parcel\", is created at priority 2; Maria "
          "(maria.lopez@example.com) is on cc.")
    return c.record()


def trip(alt: bool) -> dict[str, Any]:
    """A flight looked up, booked at its price and the booking read back (qstate: state
    across calls)."""
    tools = [
        tool("get_flight_details", "Schedule and fare of one flight.", {"flight_id": S},
             ["flight_id"]),
        tool("book_flight", "Book a seat on a flight and pay with a saved card.", {
            "flight_id": S, "passenger_name": S, "payment_method_id": S},
            ["flight_id", "passenger_name"]),
        tool("get_flight_booking", "One flight booking.", {"booking_id": S}, ["booking_id"]),
    ]
    c = Conv("cal-trip", tools, "You are a travel assistant.")
    c.user("Look up flight FL-AF1234 and book it for Paul Jones with my card mth_5d0c9c, "
           "then show me the booking.")
    c.calls(("call_t1", "get_flight_details", {"flight_id": ("FL-AF1234", "user")},
             {"flight": {"flight_id": "FL-AF1234", "airline": "Air France",
                         "origin": "CDG", "destination": "JFK",
                         "departure_time": "2025-06-12T09:40:00Z",
                         "price": {"amount": 412.5, "currency": "EUR"}}}, OK))
    c.calls(("call_t2", "book_flight", {
        "flight_id": ("FL-AF1234", ("out", "call_t1", "$.flight.flight_id")),
        "passenger_name": ("Paul Jones", "user"),
        "payment_method_id": ("mth_5d0c9c", "user")},
        {"booking_id": "bkn_3ff5ba", "flight_id": "FL-AF1234", "passenger_name": "Paul Jones",
         "status": "ticketed", "total_price": {"amount": 412.5, "currency": "EUR"}},
        {"effect": "create"}))
    c.calls(("call_t3", "get_flight_booking", {
        "booking_id": ("bkn_3ff5ba", ("out", "call_t2", "$.booking_id"))},
        {"booking_id": "bkn_3ff5ba", "flight_id": "FL-AF1234", "passenger_name": "Paul Jones",
         "status": "ticketed", "total_price": {"amount": 412.5, "currency": "EUR"}}, OK))
    c.say("Air France FL-AF1234 from CDG to JFK leaves 2025-06-12. I booked it for Paul "
          "Jones: booking bkn_3ff5ba is ticketed, 412.5 EUR charged to your card."
          if not alt else
          "Done - Paul Jones is ticketed on Air France FL-AF1234 (CDG to JFK, 2025-06-12). "
          "Booking bkn_3ff5ba cost 412.5 EUR, the flight's fare.")
    return c.record()


BASES: dict[str, Callable[[bool], dict[str, Any]]] = {
    "world": world,
    "hotels": hotels, "currency": currency, "cancel": cancel, "forecast": forecast,
    "music": music, "flight": flight, "calendar": calendar, "dinner": dinner,
    "two_cities": two_cities, "shoes": shoes, "bookings": bookings, "stock": stock,
    "posts": posts, "airport": airport, "team": team, "loan": loan, "images": images,
    "country": country, "memory": memory, "facts": facts, "flight_status": flight_status,
    "revenue": revenue, "suggest": suggest, "events": events, "ticket": ticket,
    "trip": trip,
}

# --- corruptions: each returns the corrupted record -------------------------------------

FILLER = "Floor feel catch budget visit box last team evening must bad carry."
CATCH = "Progressive Reciprocal Focus Group"


def _out(d: dict[str, Any], call_id: str) -> tuple[dict[str, Any], Any]:
    m = next(m for m in d["messages"] if m.get("tool_call_id") == call_id)
    return m, json.loads(m["content"])


def _set_out(d: dict[str, Any], call_id: str, fn: Callable[[Any], Any]) -> dict[str, Any]:
    m, doc = _out(d, call_id)
    m["content"] = json.dumps(fn(doc))
    return d


def _answer(d: dict[str, Any], text: str) -> dict[str, Any]:
    d["messages"][-1]["content"] = text
    return d


def _user(d: dict[str, Any], old: str, new: str) -> None:
    for m in d["messages"]:
        if m["role"] == "user" and old in m["content"]:
            m["content"] = m["content"].replace(old, new)
            return
    raise ValueError(old)


def _arg(d: dict[str, Any], call_id: str, name: str, value: Any) -> None:
    for m in d["messages"]:
        for c in m.get("tool_calls") or []:
            if c["id"] == call_id:
                args = json.loads(c["function"]["arguments"])
                args[name] = value
                c["function"]["arguments"] = json.dumps(args)
    for s in d["step_trace"]:
        if s["call_id"] == call_id:
            s["arguments"][name]["value"] = value


def _with(doc: Any, **changes: Any) -> Any:
    doc.update(changes)
    return doc


def _second_page(call_id: str, first: dict[str, Any], second: dict[str, Any]) -> Callable[
        [dict[str, Any]], dict[str, Any]]:
    """`call_id`'s output gets `first`'s fields, and the same call is made again for page 2
    (answered with its output and `second`'s fields) just before the final answer."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _set_out(d, call_id, lambda o: _with(o, **first))
        _, doc = _out(d, call_id)
        ask = next(x for x in d["messages"] for c in x.get("tool_calls") or []
                   if c["id"] == call_id)
        step = copy.deepcopy(next(s for s in d["step_trace"] if s["call_id"] == call_id))
        again = copy.deepcopy(ask)
        new_id = f"{call_id}p2"
        fn = again["tool_calls"][0]["function"]
        again["tool_calls"] = [{**again["tool_calls"][0], "id": new_id,
                                "function": {**fn, "arguments": json.dumps(
                                    {**json.loads(fn["arguments"]), "page": 2})}}]
        at = len(d["messages"]) - 1
        step.update(call_id=new_id, message_index=at, step=len(d["step_trace"]) + 1)
        step["arguments"]["page"] = {"value": 2, "source": "user",
                                     "message_index": step["arguments"][next(iter(
                                         step["arguments"]))].get("message_index", 0)}
        d["messages"][at:at] = [again, {"role": "tool", "tool_call_id": new_id,
                                        "content": json.dumps({**doc, **second})}]
        d["step_trace"].append(step)
        return d
    return corrupt


CORRUPT: dict[str, list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]]] = {
    "filler_text": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, description=FILLER))),
        ("music", lambda d: _set_out(d, "call_m1", lambda o: _with(
            o, artists=[{**o["artists"][0], "bio": FILLER}]))),
        ("bookings", lambda d: _set_out(d, "call_b1", lambda o: _with(
            o, bookings=[{**b, "notes": "Center simple health into son likely some young."}
                         for b in o["bookings"]]))),
        ("shoes", lambda d: _set_out(d, "call_p1", lambda o: _with(
            o, items=[{**o["items"][0], "collection": CATCH}, *o["items"][1:]]))),
    ],
    "generic_stub": [
        ("calendar", lambda d: _set_out(d, "call_e1", lambda o: {
            "event_id": "evt_88213", "name": "dentist appointment",
            "description": "Calendar entry.", "updated_at": "2025-05-01T10:00:00Z"})),
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: {
            "symbol_id": "AAPL", "name": "AAPL", "description": "Stock AAPL.",
            "updated_at": "2025-03-04T16:00:00Z"})),
        ("cancel", lambda d: _set_out(d, "call_o1", lambda o: {
            "order_id": "ORD-48213", "name": "ORD-48213", "description": "Order.",
            "updated_at": "2025-03-04T16:00:00Z"})),
    ],
    "value_out_of_range": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, rating=992.45))),
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(o, latitude=159.91))),
        ("shoes", lambda d: _set_out(d, "call_p1", lambda o: _with(
            o, items=[{**o["items"][0], "rating": 417.3}, *o["items"][1:]]))),
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(o, rate=953.2))),
        ("calendar", lambda d: _set_out(d, "call_e1", lambda o: _with(
            o, end="2025-05-05T10:15"))),
        ("music", lambda d: _set_out(d, "call_m1", lambda o: _with(
            o, artists=[{**o["artists"][0], "isbn": "director"}]))),
    ],
}


def _range_hotels(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "at least 4 stars", "at least 45 stars")
    _arg(d, "call_h1", "min_stars", 45)
    return d


def _range_forecast(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "next 3 days", "next 30 days")
    _arg(d, "call_f1", "days", 30)
    return d


def _range_shoes(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "top 3", "top 300")
    _arg(d, "call_p1", "limit", 300)
    return d


def _range_dinner(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "for 4 at 20:00", "for 42.5 at 20:00")
    _arg(d, "call_d2", "party_size", 42.5)
    return d


def _dates_hotels(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "to 2025-06-15", "to 2025-05-15")
    _arg(d, "call_h1", "check_out", "2025-05-15")
    return d


def _dates_bookings(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "and 2025-06-30", "and 2025-05-30")
    _arg(d, "call_b1", "end_date", "2025-05-30")
    return d


def _dates_calendar(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "to 2025-05-06T10:15", "to 2025-05-05T10:15")
    _arg(d, "call_e1", "end", "2025-05-05T10:15")
    return d


def _same_currency(rate: float) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, "in EUR", "in USD")
        _arg(d, "call_c1", "to_currency", "USD")
        _set_out(d, "call_c1", lambda o: _with(o, to_currency="USD", rate=rate,
                                               result=round(250 * rate, 2)))
        return _answer(d, f"250 USD comes to {round(250 * rate, 2)} USD at a rate of {rate}.")
    return corrupt


def _default_id(call_id: str, name: str, value: str, said: str,
                instead: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, said, instead)
        for t in d["tools"]:
            props = t["function"]["parameters"]["properties"]
            if name in props:
                props[name]["default"] = value
        for s in d["step_trace"]:
            if s["call_id"] == call_id:
                s["arguments"][name] = {"value": value, "source": "default"}
        return d
    return corrupt


def _default_list(d: dict[str, Any]) -> dict[str, Any]:
    d["tools"][0]["function"]["parameters"]["properties"]["tags"] = {
        "type": "array", "items": S, "default": ["trail", "waterproof"]}
    for m in d["messages"]:
        for c in m.get("tool_calls") or []:
            args = json.loads(c["function"]["arguments"])
            args["tags"] = ["trail", "waterproof"]
            c["function"]["arguments"] = json.dumps(args)
    d["step_trace"][0]["arguments"]["tags"] = {"value": ["trail", "waterproof"],
                                               "source": "default"}
    return d


def _label_value(call_id: str, name: str, old: str, new: Any,
                 said: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, old, said)
        _arg(d, call_id, name, new)
        return d
    return corrupt


def _placeholder_default(d: dict[str, Any]) -> dict[str, Any]:
    d["tools"][1]["function"]["parameters"]["properties"]["reason"]["default"] = "string"
    _user(d, ", I ordered the wrong size", "")
    _arg(d, "call_o1", "reason", "string")
    d["step_trace"][0]["arguments"]["reason"] = {"value": "string", "source": "default"}
    return d


def _mismatch_music(d: dict[str, Any]) -> dict[str, Any]:
    _arg(d, "call_m2", "artist_id", "lbl_0082")
    d["step_trace"][1]["arguments"]["artist_id"]["path"] = "$.artists[0].label.label_id"
    return _set_out(d, "call_m2", lambda o: _with(o, artist_id="lbl_0082"))


def _mismatch_hotels(d: dict[str, Any]) -> dict[str, Any]:
    _set_out(d, "call_h1", lambda o: _with(o, results=[
        {**o["results"][0], "booking_id": "bk_5120"}, *o["results"][1:]]))
    _arg(d, "call_h2", "hotel_id", "bk_5120")
    d["step_trace"][1]["arguments"]["hotel_id"]["path"] = "$.results[0].booking_id"
    return _set_out(d, "call_h2", lambda o: _with(o, hotel_id="bk_5120"))


def _mismatch_dinner(d: dict[str, Any]) -> dict[str, Any]:
    _set_out(d, "call_d1", lambda o: _with(o, restaurants=[
        {**o["restaurants"][0], "owner_id": "usr_2291"}]))
    _arg(d, "call_d2", "restaurant_id", "usr_2291")
    d["step_trace"][1]["arguments"]["restaurant_id"]["path"] = "$.restaurants[0].owner_id"
    return _set_out(d, "call_d2", lambda o: _with(o, restaurant_id="usr_2291"))


def _cross_api(first: str, second: str, call_index: int,
               description: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The two calls made on two different services: the id of one fed to the other."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        steps = d["step_trace"]
        steps[0]["endpoint_id"] = f"{first}/{steps[0]['function_name']}"
        steps[call_index]["endpoint_id"] = f"{second}/{steps[call_index]['function_name']}"
        d["tools"][call_index]["function"]["description"] = description
        return d
    return corrupt


def _unrequested_cancel(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "Please cancel my order ORD-48213, I ordered the wrong size.",
          "Can you look at my order ORD-48213? I think I ordered the wrong size.")
    return d


def _unrequested_calendar(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "Add a dentist appointment to my calendar from",
          "Am I free for a dentist appointment from")
    return d


def _unrequested_dinner(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "and once that's done, book a table there for 4 at 20:00 on 2025-04-18.",
          "I'm thinking of going with 4 friends at 20:00 on 2025-04-18.")
    return d


def _parallel_dinner(d: dict[str, Any]) -> dict[str, Any]:
    msgs = d["messages"]
    first, out1, second, out2 = msgs[1:5]
    first["tool_calls"] += second["tool_calls"]
    d["messages"] = [msgs[0], first, out1, out2, *msgs[5:]]
    d["step_trace"][1]["message_index"] = 1
    return d


def _parallel_music(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "What are Nina Simone's most played songs?",
          "Look up Nina Simone, then get the top tracks for that one.")
    return _parallel_dinner(d)


def _parallel_cities(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "What's the weather right now in Paris and in Rome?",
          "What's the weather right now in Paris, and once that's done, in Rome?")
    return d


def _label(old: str, new: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, old, new)
        return d
    return corrupt


def _enum_hotels(d: dict[str, Any]) -> dict[str, Any]:
    _user(d, "tell me more about the best one?",
          "sort by price_low_to_high, and tell me more about the first one?")
    d["messages"][2]["tool_calls"][0]["function"]["arguments"] = json.dumps(
        {**json.loads(d["messages"][2]["tool_calls"][0]["function"]["arguments"]),
         "sort": "price_low_to_high"})
    d["step_trace"][0]["arguments"]["sort"] = {"value": "price_low_to_high", "source": "user",
                                               "message_index": 1}
    return d


def _enum_answer(d: dict[str, Any]) -> dict[str, Any]:
    d["messages"][-1]["content"] += " I sorted them by rating, not price_low_to_high."
    return d


def _prefix(prefix: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        first = next(m for m in d["messages"] if m["role"] == "user")
        first["content"] = prefix + first["content"][0].lower() + first["content"][1:]
        return d
    return corrupt


def _append(text: str, front: bool = False) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        last = d["messages"][-1]
        last["content"] = (text + last["content"]) if front else (last["content"] + text)
        return d
    return corrupt


def _glued_calendar(d: dict[str, Any]) -> dict[str, Any]:
    """The calendar tool named `createanevent` (as corpora glue words), and the user
    saying that name."""
    d["tools"][0]["function"]["name"] = "createanevent"
    d["messages"][1]["tool_calls"][0]["function"]["name"] = "createanevent"
    for s in d["step_trace"]:
        s["function_name"] = "createanevent"
        s["endpoint_id"] = "Calibration/createanevent"
    _user(d, "Add a dentist appointment to my calendar",
          "Add a dentist appointment to my calendar with createanevent")
    return d


def _events_listed(d: dict[str, Any]) -> dict[str, Any]:
    return _set_out(d, "call_e1", lambda o: {"events": [
        {**o, "event_id": "evt_88213"}, {**o, "event_id": "evt_88214"}], "total": 2})


CORRUPT.update({
    "raw_function_name": [
        ("dinner", _label("book a table there", "run reserve_table there")),
        ("hotels", _append(" I used search_hotels and get_hotel for this.")),
        ("calendar", _glued_calendar),
    ],
    "create_as_list": [
        ("dinner", lambda d: _set_out(d, "call_d2", lambda o: {"reservations": [
            {**o, "reservation_id": "rsv_77120"}, {**o, "reservation_id": "rsv_77121"}],
            "total": 2})),
        ("calendar", _events_listed),
        ("calendar", lambda d: _answer(d, "There are 3 in all for your dentist appointment, "
                                          "the first on 2025-05-06 at 09:30.")),
    ],
    "argument_out_of_range": [("hotels", _range_hotels), ("forecast", _range_forecast),
                              ("shoes", _range_shoes), ("dinner", _range_dinner)],
    "date_order": [("hotels", _dates_hotels), ("bookings", _dates_bookings),
                   ("calendar", _dates_calendar)],
    "same_currency_rate": [("currency", _same_currency(0.9213)),
                           ("currency", _same_currency(1.0842)),
                           ("currency", _same_currency(149.5))],
    # converted into the currency it is already in, at the rate of 1 that makes it "true"
    "same_currency_conversion": [("currency", _same_currency(1.0)),
                                 ("currency", _same_currency(1))],
    "default_identifier": [
        ("cancel", _default_id("call_o1", "order_id", "ORD-48213", "my order ORD-48213",
                               "my last order")),
        ("stock", _default_id("call_s1", "symbol", "AAPL", " The ticker is AAPL.", "")),
        ("shoes", _default_list),
        ("cancel", _placeholder_default),
    ],
    "implausible_argument": [
        ("flight", _label_value("call_l1", "flight_number", "BA117", "miss",
                                "flight miss")),
        ("currency", _label_value("call_c1", "from_currency", "250 USD", "consumer",
                                  "250 consumer")),
        ("stock", _label_value("call_s1", "symbol", "The ticker is AAPL.", "significant",
                               "The ticker is significant.")),
    ],
    "label_as_value": [
        ("music", _label_value("call_m1", "name", "Nina Simone's most played songs",
                               "the name", "What are the most played songs for the name?")),
        ("shoes", _label_value("call_p1", "query", "running shoes", "the query",
                               "the query")),
        ("currency", _label_value("call_c1", "to_currency", "in EUR", "the to currency",
                                  "in the to currency")),
        # a word of the endpoint's own name, not the parameter's label
        ("music", _label_value("call_m1", "name", "Nina Simone's most played songs",
                               "artist", "the most played songs for artist")),
        ("flight", _label_value("call_l1", "flight_number", "BA117", "status",
                                "flight status")),
        # the parameter's own name as its value, inside a list (`ccEmails: ["cc"]`)
        ("ticket", _label_value("call_k1", "ccEmails", "copying in maria.lopez@example.com",
                                ["cc"], "and cc")),
    ],
    "entity_mismatch": [("music", _mismatch_music), ("hotels", _mismatch_hotels),
                        ("dinner", _mismatch_dinner)],
    "cross_api_link": [
        ("posts", _cross_api("Social/foursquare", "Social/tiktok", 1,
                             "TikTok: a user's latest videos.")),
        ("posts", _cross_api("Social/instagram", "Social/twitter_v2", 1,
                             "Twitter: a user's latest tweets.")),
    ],
    "claim_unsupported": [
        ("hotels", lambda d: _answer(d, "Casa Azul is rated 3.9 and sits right on the "
                                        "beach in Cascais.")),
        ("music", lambda d: _answer(d, "Her most played song is Feeling Good, with "
                                       "812,004,331 plays.")),
        ("two_cities", lambda d: _answer(d, "Paris is overcast at 12°C and Rome is sunny "
                                            "at 24°C.")),
        ("stock", lambda d: _answer(d, "Apple closed at 191.20 today, up on the day.")),
        ("dinner", lambda d: _answer(d, "I booked Osteria del Ponte for 4 at 20:00 on "
                                        "2025-04-18 (reservation rsv_77120).")),
    ],
    "ignored_failure": [
        ("flight", lambda d: _answer(d, "BA117 is on time for 2025-03-14.")),
        ("flight", lambda d: _answer(d, "Here is the status of BA117 on 2025-03-14.")),
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: {
            "error": "Hotel htl_40417 not found"})),
    ],
    "false_empty": [
        ("shoes", lambda d: _answer(d, "Sorry, nothing came back for running shoes under "
                                       "$130.")),
        ("bookings", lambda d: _answer(d, "I checked June, but no results came back.")),
        ("forecast", lambda d: _answer(d, "The forecast service returned nothing for Oslo.")),
    ],
    "unreported_state_change": [
        ("cancel", lambda d: _answer(d, "Order ORD-48213 was $89.99; refunds usually take "
                                        "5 days.")),
        ("calendar", lambda d: _answer(d, "Your dentist appointment is on 2025-05-06 from "
                                          "09:30 to 10:15.")),
        ("dinner", lambda d: _answer(d, "Trattoria Milanese is rated 4.5 and has a table "
                                        "for 4 at 20:00 on 2025-04-18.")),
    ],
    "unkept_promise": [
        ("flight", lambda d: _answer(d, "Hmm, that didn't work for BA117. Let me try "
                                        "again with a different date.")),
        ("shoes", lambda d: _answer(d, "The search failed for running shoes; I'll retry "
                                       "in a moment.")),
        ("bookings", lambda d: _answer(d, "Maria Lopez and Tom Becker have bookings. Let "
                                          "me double-check the rest of June.")),
    ],
    "repeated_fact": [
        ("cancel", _append(" Again, ORD-48213 is cancelled.")),
        ("hotels", lambda d: _answer(d, "Casa Azul is rated 4.6, and Casa Azul is at Rua "
                                        "das Flores 28, Lisbon.")),
        ("bookings", lambda d: _answer(d, "Maria Lopez arrives 2025-06-03; Tom Becker "
                                          "arrives 2025-06-19. Maria Lopez stays 2 nights.")),
    ],
    "repeated_label": [
        ("shoes", lambda d: _answer(d, "Here you go:\n- price: 119.99\n- price: 129.95\n"
                                       "- price: 124.0")),
        ("forecast", lambda d: _answer(d, "The high is listed as -2, the high comes out as "
                                          "0 and the high is 1.")),
        ("bookings", lambda d: _answer(d, "Booking ID: bk_2201, booking ID: bk_2245.")),
    ],
    "unrequested_action": [("cancel", _unrequested_cancel), ("calendar", _unrequested_calendar),
                           ("dinner", _unrequested_dinner)],
    "parallel_dependent": [("dinner", _parallel_dinner), ("music", _parallel_music),
                           ("two_cities", _parallel_cities)],
    "parameter_label": [
        ("dinner", _label("book a table there for 4 at 20:00",
                          "book a table there, party size: 4, time: 20:00")),
        ("forecast", _label("in Oslo for the next 3 days", "in Oslo, days = 3")),
        ("currency", _label("How much is 250 USD in EUR today?",
                            "How much is 250 USD? The to_currency is EUR.")),
        # the offline user's recited template (`judge/realism/recited`)
        ("forecast", _label("in Oslo for the next 3 days", "in Oslo with the days at 3")),
    ],
    "enum_literal": [("hotels", _enum_hotels), ("hotels", _enum_answer)],
    "label_prefix": [("stock", _prefix("Task: ")), ("forecast", _prefix("Goal - ")),
                     ("shoes", _prefix("Request: "))],
    "assistant_disfluency": [("stock", _append("Um, ", front=True)),
                             ("two_cities", _append("Uh, ", front=True)),
                             ("bookings", _append(" Um, anything else?"))],
    "template_fragment": [("hotels", _append(" Amenities: (no details).")),
                          ("stock", _append(" Volume: {volume}.")),
                          ("bookings", _append(" Notes: None."))],
    "entity_contradiction": [
        ("airport", lambda d: _set_out(d, "call_a1", lambda o: _with(
            o, city="Denver", timezone="Europe/London"))),
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(o, team=_with(
            o["team"], full_name="Brooklyn Nets", division="Southwest")))),
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: _with(
            o, company_name="Microsoft Corporation"))),
    ],
    "quantity_word": [
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(
            o, height_feet="seasons", weight_pounds="players"))),
        ("shoes", lambda d: _set_out(d, "call_p1", lambda o: _with(o, list_price="amazon"))),
        ("airport", lambda d: _set_out(d, "call_a1", lambda o: _with(o, elevation_ft="runway"))),
    ],
})


def _item(call_id: str, key: str, i: int, **changes: Any) -> Callable[[dict[str, Any]], Any]:
    """Corrupt item `i` of the list under `key` in `call_id`'s output."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        def edit(o: Any) -> Any:
            o[key][i] = {**o[key][i], **changes}
            return o
        return _set_out(d, call_id, edit)
    return corrupt


CORRUPT.update({
    "implausible_number": [
        ("two_cities", lambda d: _set_out(d, "call_w1", lambda o: _with(o, humidity=647))),
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, occupancy=514.4))),
        # a season's assists its games could not hold (BFCL seed 7 #274)
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(
            o, games_played=10, assists=408))),
    ],
    "inflated_total": [
        ("posts", lambda d: _set_out(d, "call_g1", lambda o: {
            "accounts": [{k: o[k] for k in ("user_id", "username", "full_name")}],
            "total": 602})),
    ],
    "repeated_name": [
        ("hotels", _item("call_h1", "results", 1, name="Casa Azul")),
        ("shoes", _item("call_p1", "items", 2, name="Pegasus 40")),
    ],
    "place_contradiction": [
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(o, country="Sweden"))),
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, country="Australia"))),
    ],
    "placeholder_name": [
        ("shoes", _item("call_p1", "items", 1, name="Product #697")),
        ("dinner", _item("call_d1", "restaurants", 0, name="Restaurant #214")),
    ],
})


def _renamed(old: str, new: str, said: str,
             says: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The tool `old` offered as `new` (a corpus name) and the user reciting its pieces."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        for t in d["tools"]:
            if t["function"]["name"] == old:
                t["function"]["name"] = new
        for m in d["messages"]:
            for c in m.get("tool_calls") or []:
                if c["function"]["name"] == old:
                    c["function"]["name"] = new
        for st in d["step_trace"]:
            if st["function_name"] == old:
                st["function_name"] = new
                st["endpoint_id"] = f"Calibration/{new}"
        _user(d, said, says)
        return d
    return corrupt


def _description(call_id: str, key: str,
                 text: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: _set_out(d, call_id, lambda o: _with(o, **{key: text}))


def _called(old: str, new: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The endpoint `old` named `new` (a status or a report), its answer unchanged."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        for t in d["tools"]:
            if t["function"]["name"] == old:
                t["function"]["name"] = new
        for m in d["messages"]:
            for c in m.get("tool_calls") or []:
                if c["function"]["name"] == old:
                    c["function"]["name"] = new
        for st in d["step_trace"]:
            if st["function_name"] == old:
                st["function_name"], st["endpoint_id"] = new, f"Calibration/{new}"
        return d
    return corrupt


def _copied(src: str, dst: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """`dst`'s answer is the very object `src` answered."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _, doc = _out(d, src)
        return _set_out(d, dst, lambda o: copy.deepcopy(doc))
    return corrupt


# The tool's own words where a value, a request, a name, a type, a description or a number
# belongs (the generator's vocabulary leaking into the record).
CORRUPT.update({
    "own_word_argument": [
        ("hotels", _label_value("call_h1", "city", "Lisbon", "given", "given")),
        ("forecast", _label_value("call_f1", "city", "Oslo", "daily", "daily")),
        ("dinner", _label_value("call_d1", "cuisine", "Italian", "find", "find")),
    ],
    "garbled_request": [
        ("stock", _renamed("get_quote", "judget0_for_quotes", "How is Apple stock doing "
                           "today?", "Can you check judget0 for Apple?")),
        ("shoes", _renamed("search_products", "products_p_for_catalogue", "show me the top 3",
                           "find out about the p for the catalogue, top 3")),
        ("music", _renamed("search_artist", "artist_srch2_for_music", "most played songs?",
                           "most played songs? Look them up with srch2.")),
        ("calendar", _label("Add a dentist appointment to my calendar",
                            "Add the your dentist appointment to my calendar")),
    ],
    "invented_name": [
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(
            o, conversion_id="cnv_5521", name="Amber Compass"))),
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: _with(
            o, quote_id="qt_20931", name="Silver Grove"))),
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(
            o, forecast_id="fc_7781", name="Quiet Summit"))),
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(o, name="Hidden Lantern"))),
        # a kind with real names (`known_kinds`): the currency is the Euro
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(
            o, currency_name="Silver Ridge"))),
    ],
    "echoed_type": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, hotel_type="hotel"))),
        ("dinner", lambda d: _set_out(d, "call_d2", lambda o: _with(
            o, reservation_type="table"))),
        ("images", _item("call_i1", "images", 0, source="search")),
    ],
    "template_description": [
        ("hotels", _description("call_h2", "description",
                                "Includes hotel, details and related hotel information.")),
        ("shoes", _item("call_p1", "items", 1,
                        description="Popular search products for Lisbon.")),
        ("cancel", _description("call_o1", "note",
                                "Order with cancel and order, updated regularly.")),
    ],
    "meaningless_number": [
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(
            o, convert_currency=556.77))),
        ("loan", lambda d: _set_out(d, "call_n1", lambda o: _with(o, rate=147.83))),
        ("images", _item("call_i1", "images", 1, width=4, height=9)),
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(o, latitude=159.91))),
    ],
    "deferred_answer": [
        ("two_cities", lambda d: _answer(d, "Paris is overcast at 12°C. For Rome, the "
                                            "details are the same as above.")),
        ("hotels", lambda d: _answer(d, "Casa Azul is the best-rated option at 4.6, for "
                                        "149.5 EUR a night. For the hotel, the details "
                                        "match the ones above.")),
    ],
    "paged_total_mismatch": [
        ("bookings", _second_page("call_b1", {"total": 37, "has_more": True},
                                  {"total": 33, "has_more": False})),
        ("bookings", _second_page("call_b1", {"total": 40, "has_more": True},
                                  {"total": 40, "has_more": False})),
    ],
    "wrong_entity": [
        ("posts", lambda d: _set_out(d, "call_g2", lambda o: {
            "user_id": "ig_787132", "username": "natgeo", "full_name": "National Geographic",
            "followers": 283000000, "following": 150})),
        ("bookings", lambda d: _set_out(d, "call_b1", lambda o: {
            "username": "maria_lopez", "full_name": "Maria Lopez", "followers": 412,
            "following": 96})),
    ],
    "postcode_place": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(
            o, postal_code="K1A 0B1", country="Portugal"))),
        ("bookings", _item("call_b1", "bookings", 0, zip="98101", city="San Jose")),
    ],
    "answered_elsewhere": [
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(o, city="Tokyo"))),
        ("two_cities", lambda d: _set_out(d, "call_w2", lambda o: _with(o, city="Madrid"))),
    ],
    "error_as_result": [
        ("cancel", lambda d: _set_out(d, "call_o1", lambda o: {
            "message": "order_id Parameter Missing", "success": True})),
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: _with(
            o, message="Invalid API call: symbol not found"))),
    ],
    "sum_mismatch": [
        ("shoes", lambda d: _set_out(d, "call_p1", lambda o: _with(o, subtotal=98.5))),
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(o, result=312.8))),
    ],
    "identity_mismatch": [
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(
            o, username="martha_taylor"))),
        ("music", _item("call_m1", "artists", 0, username="wendy_wolf")),
    ],    "unanswered_name": [
        ("hotels", _called("get_hotel", "get_hotel_status")),
        ("stock", _called("get_quote", "get_quote_report")),
    ],
    "same_result": [
        ("posts", _copied("call_g1", "call_g2")),
        ("music", _copied("call_m1", "call_m2")),
    ],
    "echoed_control": [
        ("posts", _item("call_g2", "posts", 0, limit=2)),
        ("shoes", _item("call_p1", "items", 1, limit=3)),
    ],
    "function_word_value": [
        ("images", _item("call_i1", "images", 0, image_type="whether")),
        ("music", _item("call_m1", "artists", 0, genre="itself")),
    ],
})


def _ask_before(call_id: str, name: str, question: str, answer: str
                ) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The assistant asks for `name` just before `call_id` is made and the user answers;
    the call's argument cites the answer (later messages move down by two)."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        step = next(s for s in d["step_trace"] if s["call_id"] == call_id)
        at = step["message_index"]
        d["messages"][at:at] = [{"role": "assistant", "content": question},
                                {"role": "user", "content": answer}]
        for s in d["step_trace"]:
            if s["message_index"] >= at:
                s["message_index"] += 2
        step["arguments"][name].update(source="clarification", message_index=at + 1)
        return d
    return corrupt


def _cancel_unknowable(strip: bool) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """After the table is booked the user asks to cancel it, the assistant asks for the
    reservation id and the user states one no message showed (`strip`: the booking came
    back without its id, as BFCL's hotel booking did)."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        if strip:
            _set_out(d, "call_d2", lambda o: {k: v for k, v in o.items()
                                              if k != "reservation_id"})
            _answer(d, "I booked Trattoria Milanese (rated 4.5) for 4 people at 20:00 on "
                       "2025-04-18.")
        d["tools"].append(tool("cancel_reservation", "Cancel a table reservation.",
                               {"reservation_id": S}, ["reservation_id"]))
        at = len(d["messages"])
        d["messages"] += [
            {"role": "user", "content": "Actually, plans changed. Please cancel it."},
            {"role": "assistant", "content": "Sure - what is the reservation ID?"},
            {"role": "user", "content": "It's rsv_51234."},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_d3", "type": "function", "function": {
                    "name": "cancel_reservation",
                    "arguments": json.dumps({"reservation_id": "rsv_51234"})}}]},
            {"role": "tool", "tool_call_id": "call_d3",
             "content": json.dumps({"reservation_id": "rsv_51234", "status": "cancelled"})},
            {"role": "assistant", "content": "Done: reservation rsv_51234 is cancelled."}]
        d["step_trace"].append({
            "step": len(d["step_trace"]) + 1, "call_id": "call_d3",
            "endpoint_id": "Calibration/cancel_reservation",
            "function_name": "cancel_reservation",
            "arguments": {"reservation_id": {"value": "rsv_51234", "source": "clarification",
                                             "message_index": at + 2}},
            "status": "ok", "effect": "delete", "message_index": at + 3, "depends_on": []})
        plan = d["metadata"]["planner_scenario"]
        plan["calls"].append({"call_id": "call_d3",
                              "endpoint_id": "Calibration/cancel_reservation",
                              "function_name": "cancel_reservation"})
        plan["turns"].append({"user_act": "follow_up", "steps": [["call_d3"]]})
        d["metadata"]["tools"].append("Calibration/cancel_reservation")
        return d
    return corrupt


CORRUPT.update({
    "asked_unknowable": [("dinner", _cancel_unknowable(True)),
                         ("dinner", _cancel_unknowable(False))],
    "asked_again": [
        ("dinner", _ask_before("call_d2", "date", "Which date should I book the table for?",
                               "2025-04-18, as I said.")),
        ("two_cities", _ask_before("call_w2", "city", "And the second city?",
                                   "Rome, like I wrote.")),
    ],
})


# What a result holds: nothing but ids and the request echoed, weather no sky could
# have, one id standing for two things.
CORRUPT.update({
    "hollow_result": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: {
            "hotel_id": "htl_40417", "hotel_code": "CA4417", "is_active": True,
            "updated_at": "2025-05-02T10:14:00Z"})),
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: {
            "quote_id": "qte_5521", "symbol": "AAPL", "quote_code": "QT1234", "version": 3})),
    ],
    "weather_incoherent": [
        ("two_cities", lambda d: _set_out(d, "call_w2", lambda o: _with(o, condition="city"))),
        ("two_cities", lambda d: _set_out(d, "call_w1", lambda o: _with(o, temp_c=41))),
    ],
    "same_id_two_things": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(o, name="Hotel Sol"))),
        ("hotels", _item("call_h1", "results", 0, name="Lisboa Plaza")),
    ],
    "title_misfit": [
        ("hotels", _item("call_h1", "results", 0, name="Lisbon Hotels Overview")),
        ("dinner", _item("call_d1", "restaurants", 0, name="Milan Dining Report")),
    ],
})


# Padding a kind of thing does not have (qpad): record bookkeeping on a statistic, an API
# author's placeholder as a value, a made-up name on a currency.
CORRUPT.update({
    "padded_fact": [
        ("country", lambda d: _set_out(d, "call_k1", lambda o: _with(
            o, version=4, is_active=True))),
        ("currency", lambda d: _set_out(d, "call_c1", lambda o: _with(
            o, created_at="2025-03-01T08:00:00Z", version=2))),
    ],
    "placeholder_value": [
        ("hotels", _item("call_h1", "results", 0, address="3 SAMPLE Drive")),
        ("dinner", _item("call_d1", "restaurants", 0, opened="SAMPLEDATE")),
    ],
})


# A fact about the real world contradicted: a capital that is another city, a distance
# between two known cities that is a few kilometres.
CORRUPT.update({
    "world_fact_contradiction": [
        ("world", lambda d: _answer(_set_out(d, "call_g1", lambda o: _with(
            o, capital="Sydney")), "The capital of Australia is Sydney. Madrid and Seoul "
            "are 9995.5 km apart, about 780 minutes by plane.")),
        ("world", lambda d: _answer(_set_out(d, "call_g2", lambda o: _with(
            o, distance_km=33.6, duration_minutes=167)), "The capital of Australia is "
            "Canberra. Madrid and Seoul are 33.6 km apart, about 167 minutes by plane.")),
        ("world", lambda d: _answer(_set_out(d, "call_g1", lambda o: {
            "country_id": "cnt_08429c", "name": "Australia", "country": "Australia",
            "is_active": True}), "Australia's country ID is cnt_08429c. Madrid and Seoul "
            "are 9995.5 km apart, about 780 minutes by plane.")),
    ],
})


def _add_arg(call_id: str, name: str, value: Any, said: str,
             says: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The user asks for one more filter (`says` for `said`) and `call_id` sends it."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, said, says)
        for m in d["messages"]:
            for c in m.get("tool_calls") or []:
                if c["id"] == call_id:
                    c["function"]["arguments"] = json.dumps(
                        {**json.loads(c["function"]["arguments"]), name: value})
        step = next(st for st in d["step_trace"] if st["call_id"] == call_id)
        at = next(i for i, m in enumerate(d["messages"]) if m["role"] == "user")
        step["arguments"][name] = {"value": value, "source": "user", "message_index": at}
        return d
    return corrupt


def _then(*corrupts: Callable[[dict[str, Any]], dict[str, Any]]
          ) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        for c in corrupts:
            d = c(d)
        return d
    return corrupt


# What a careful reviewer still refused among records the judge scored 4.5 or more: a
# result for other filters than asked, an answer leaving out the asked figure, one
# quantity in two units that disagree, values of the wrong kind, a market quote where
# none belongs, and a function name glued into one word in the user's mouth.
CORRUPT.update({
    "filter_contradiction": [
        # Tesla typed, Apple completed (ToolBench seed 7 #36).
        ("suggest", _item("call_u1", "quote", 0, symbol="AAPL", name="Apple Inc",
                          ticker="aapl:us")),
        ("dinner", _item("call_d1", "restaurants", 0, cuisine="Japanese")),
        ("bookings", _then(
            _add_arg("call_b1", "status", "confirmed", "Which bookings",
                     "Which confirmed bookings"),
            _item("call_b1", "bookings", 1, status="cancelled"))),
    ],
    "asked_omitted": [
        ("airport", _then(_called("get_airport", "get_airport_timezone"),
                          lambda d: _answer(d, "VIE is Vienna International Airport in "
                                               "Vienna, Austria."))),
        ("loan", _then(
            _called("calculate_loan", "calculate_monthly_payment"),
            lambda d: (_user(d, "What would I pay each month", "What would my monthly "
                             "payment be"), d)[1],
            lambda d: _answer(d, "On 20000 at 6.5% over 5 years you'd pay 3,479.20 in "
                                 "interest."))),
    ],
    "unit_mismatch": [
        ("two_cities", lambda d: _set_out(d, "call_w1", lambda o: _with(o, temp_f=75))),
        ("airport", lambda d: _set_out(d, "call_a1", lambda o: _with(o, elevation_m=412))),
    ],
    "wrong_kind_value": [
        # an email list holding no email address
        ("ticket", _label_value("call_k1", "ccEmails", "copying in maria.lopez@example.com",
                                ["the billing team"], "copying in the billing team")),
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(o, position="boolean"))),
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(
            o, temperature_unit="basic"))),
    ],
    "borrowed_shape": [
        ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(
            o, value=38.73, change_percent=-2.11))),
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(
            o, value=12.4, change_percent=1.8))),
        # BigOven's food glossary article answering a recipe: facts about a particle
        # with a recipe's servings and prep time.
        ("facts", lambda d: _set_out(d, "call_x1", lambda o: {
            "title": "Paper Garden", "servings": 6, "calories": 560,
            "prep_time_minutes": 43, "particle": "proton"})),
        # A champion's abilities answering a match: a flight's status with two teams.
        ("flight_status", lambda d: _set_out(d, "call_q1", lambda o: _with(
            o, home_team="JD Gaming", away_team="Gen.G", home_score=1, away_score=2))),
        # A revenue forecast answering the weather (BFCL seed 21 #13: Seattle, 33.6).
        ("revenue", lambda d: _answer(_set_out(d, "call_r1", lambda o: {
            "company": "Halvorsen Outdoor", "product": "running shoes", "temperature": 33.6,
            "feels_like": 30.3, "humidity": 68, "wind_speed": 23.3,
            "conditions": "Partly cloudy", "city": "Seattle"}),
            "The forecast for Halvorsen Outdoor's running shoes: Seattle, 33.6 degrees.")),
        # A league's top scorer answering a fixture (BFCL seed 7 #18).
        ("team", _then(_called("get_player", "league_stats_get_top_scorer"),
                       lambda d: _set_out(d, "call_t1", lambda o: {
                           "home_team": "Boston Celtics", "away_team": "Miami Heat",
                           "home_score": 112, "away_score": 104,
                           "date": "2025-03-02"}))),
    ],
    "glued_identifier": [
        ("music", _renamed("get_top_tracks", "get_artist_toptracks", "most played songs?",
                           "most played songs? Run the ArtistToptracks.")),
        ("stock", _renamed("get_quote", "get_quote_realtime", "How is Apple stock doing "
                           "today?", "Check the Getquoterealtime: how is Apple doing?")),
    ],
})

# A calculation a reviewer recomputes: a monthly payment that is not 20000 at 6.5 % over
# 5 years (391.32), and a loan calculator answered with a borrowed market quote.
CORRUPT["calculation_wrong"] = [
    ("loan", lambda d: _set_out(d, "call_n1", lambda o: _with(o, monthly_payment=455.1))),
    ("loan", lambda d: _set_out(d, "call_n1", lambda o: {
        "loan_id": "lon_48318b", "symbol": "MSFT", "price": 85.53,
        "url": "https://www.whitehead.com/loans/c909e0"})),
]


# Untrainable records the judge praised: an answer by ids and counts only, a result
# without the quantity asked for, a read that lost what was just stored, and social
# chatter where a fact or a description belongs.
CORRUPT.update({
    "ids_only_answer": [
        ("country", _then(
            lambda d: _set_out(d, "call_k1", lambda o: _with(o, country_id="cnt_08429c")),
            lambda d: _answer(d, "Looking at the population, its country ID is cnt_08429c. "
                                 "The capital is Lisbon."))),
        ("shoes", lambda d: _answer(d, "I found running shoes: 41 in all, the first with "
                                       "product ID prd_1182.")),
    ],
    "asked_absent": [
        # A flight's pricing answering its times and status, no price (BFCL seed 7 #83).
        ("flight_status", _then(
            _called("flight_status_check", "flight_ticket_pricing_get"),
            lambda d: (_user(d, "What's the status of", "What's the pricing of"), d)[1])),
        ("country", lambda d: _set_out(d, "call_k1", lambda o: {
            "country_id": "cnt_08429c", "name": "Portugal", "country": "Portugal",
            "is_active": True, "created_at": "2025-06-26T11:40:00Z"})),
        ("flight_status", lambda d: _set_out(d, "call_q1", lambda o: _with(
            o, status="available"))),
    ],
    "stale_read": [
        ("memory", lambda d: _set_out(d, "call_y2", lambda o: {"key": "standard",
                                                               "value": "general"})),
        ("memory", lambda d: _set_out(d, "call_y2", lambda o: {"entries": [
            {"key": "home_city", "value": "Lyon"}]})),
    ],
    "text_misfit": [
        ("facts", _item("call_x1", "facts", 0, text="Thanks for the update!")),
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(
            o, description="Happy birthday! Hope you have a great day."))),
    ],
})


# A remark about who keeps a record, or a corpus placeholder, reported as what a result
# holds (ToolBench seed 7: "the first with description For internal use only" on a
# diagnosis service's panels).
CORRUPT["note_as_content"] = [
    ("hotels", _then(
        lambda d: _set_out(d, "call_h2", lambda o: {
            "hotel_id": "htl_40417", "hotel_code": "CA4417", "is_active": True,
            "created_at": "2025-05-02T10:14:00Z", "description": "For internal use only."}),
        lambda d: _answer(d, "I pulled up the best-rated hotel: its description is For "
                             "internal use only. (hotel code CA4417)"))),
    ("shoes", _then(
        _item("call_p1", "items", 0, description="Draft; details to follow."),
        lambda d: _answer(d, "There are 41 in all, the first with description Draft; "
                             "details to follow."))),
    ("music", _then(
        lambda d: _set_out(d, "call_m1", lambda o: _with(
            o, artists=[{**o["artists"][0], "bio": "N/A"}])),
        lambda d: _answer(d, "Nina Simone's bio is N/A. Her top three are Feeling Good, "
                             "Sinnerman and My Baby Just Cares for Me."))),
]


# An event's dates against its title (ToolBench seed 7: a film night running three weeks,
# "Autumn Charity Night" in June, markets open for half a year among today's events).
CORRUPT["event_span_misfit"] = [
    ("events", _item("call_v1", "events", 0, end_date="2025-11-02")),
    ("events", _item("call_v1", "events", 1, end_date="2026-04-30")),
    ("events", _item("call_v1", "events", 0, start_date="2025-06-04",
                     end_date="2025-06-04")),
]


def _listed(function: str, call_id: str, name: str, schema: dict[str, Any],
            value: list[Any]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """`function` takes the required list `name` (`schema`) and call `call_id` sends it
    `value`, as the user said."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        for t in d["tools"]:
            fn = t["function"]
            if fn["name"] == function:
                fn["parameters"]["properties"][name] = schema
                fn["parameters"]["required"] = [*fn["parameters"]["required"], name]
        for s in d["step_trace"]:
            if s["call_id"] == call_id:
                s["arguments"][name] = {"value": value, "source": "user",
                                        "message_index": 1}
        _arg_added(d, call_id, name, value)
        return d
    return corrupt


def _arg_added(d: dict[str, Any], call_id: str, name: str, value: Any) -> None:
    for m in d["messages"]:
        for c in m.get("tool_calls") or []:
            if c["id"] == call_id:
                args = json.loads(c["function"]["arguments"])
                c["function"]["arguments"] = json.dumps({**args, name: value})


# A list of the wrong size for what it is (BFCL seed 7: `interval=[71.31]`, a point of
# one coordinate, `chess_play(moves=[])`).
CORRUPT["list_size"] = [
    ("dinner", _listed("search_restaurants", "call_d1", "price_range", {
        "type": "array", "items": {"type": "number"},
        "description": "The lower and upper price per person."}, [30])),
    ("forecast", _listed("get_forecast", "call_f1", "coordinates", {
        "type": "array", "items": {"type": "number"},
        "description": "The geographic coordinates of the place."}, [59.91])),
    ("shoes", _listed("search_products", "call_p1", "colors", {
        "type": "array", "items": {"type": "string"},
        "description": "Colours to include."}, [])),
]


def _appended(call_id: str, name: str, props: dict[str, Any], args: Args, output: Any,
              effect: str | None) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """One more call, before the final answer: `name` (`props`) sent `args`."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        d["tools"].append(tool(name, f"{name.replace('_', ' ').capitalize()}.", props,
                               list(props)))
        answer = d["messages"].pop()
        values = {k: v for k, (v, _) in args.items()}
        at = len(d["messages"])
        d["messages"].append({"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function", "function": {
                "name": name, "arguments": json.dumps(values)}}]})
        d["messages"].append({"role": "tool", "tool_call_id": call_id,
                              "content": json.dumps(output)})
        d["messages"].append(answer)
        trace = {k: {"value": v, "source": "user", "message_index": 0} if src == "user"
                 else {"value": v, "source": "tool_output", "call_id": src[1], "path": src[2]}
                 for k, (v, src) in args.items()}
        d["step_trace"].append({
            "step": len(d["step_trace"]) + 1, "call_id": call_id,
            "endpoint_id": f"Calibration/{name}", "function_name": name, "arguments": trace,
            "status": "ok", "effect": effect, "message_index": at, "depends_on": [
                src[1] for _, src in args.values() if isinstance(src, tuple)]})
        d["metadata"]["planner_scenario"]["calls"].append(
            {"call_id": call_id, "endpoint_id": f"Calibration/{name}", "function_name": name})
        d["metadata"]["planner_scenario"]["turns"][0]["steps"].append([call_id])
        return d
    return corrupt


# State across calls (qstate, bundled seed 7): a return for an order just cancelled, a
# payment of what was refunded or already ticketed, a booking at another price than the
# flight's, a booking read back at another total.
CORRUPT["used_after_removal"] = [
    ("cancel", _appended("call_o2", "create_return", {"order_id": S, "reason": S}, {
        "order_id": ("ORD-48213", ("out", "call_o1", "$.order_id")),
        "reason": ("wrong size", "user")},
        {"return_id": "ret_4048", "order_id": "ORD-48213", "status": "requested"},
        "create")),
]
CORRUPT["paid_again"] = [
    ("cancel", _appended("call_o2", "create_payment", {"amount": N, "currency": S}, {
        "amount": (89.99, ("out", "call_o1", "$.refund.amount")),
        "currency": ("USD", ("out", "call_o1", "$.refund.currency"))},
        {"payment_id": "pay_7956", "amount": 89.99, "currency": "USD", "status": "pending"},
        "create")),
    ("trip", _appended("call_t4", "create_payment", {"amount": N, "currency": S}, {
        "amount": (412.5, ("out", "call_t2", "$.total_price.amount")),
        "currency": ("EUR", ("out", "call_t2", "$.total_price.currency"))},
        {"payment_id": "pay_5076", "amount": 412.5, "currency": "EUR", "status": "pending"},
        "create")),
]
CORRUPT["total_off_price"] = [
    ("trip", _then(
        lambda d: _set_out(d, "call_t2", lambda o: _with(
            o, total_price={"amount": 22.9, "currency": "EUR"})),
        lambda d: _set_out(d, "call_t3", lambda o: _with(
            o, total_price={"amount": 22.9, "currency": "EUR"})),
        lambda d: _answer(d, "Air France FL-AF1234 from CDG to JFK leaves 2025-06-12. I "
                             "booked it for Paul Jones: booking bkn_3ff5ba is ticketed, 22.9 "
                             "EUR charged to your card."))),
]
CORRUPT["total_restated"] = [
    ("trip", lambda d: _set_out(d, "call_t3", lambda o: _with(
        o, total_price={"amount": 175.3, "currency": "EUR"}))),
]

# Money across calls (qmoney, bundled seed 11 #182, #7): ord_3166 paid 144.47 and refunded
# 155.98; a product read at 119.99 whose cart line of two is 125.0.
CORRUPT["refund_over_paid"] = [
    ("trip", _appended("call_t4", "cancel_flight_booking", {"booking_id": S}, {
        "booking_id": ("bkn_3ff5ba", ("out", "call_t2", "$.booking_id"))},
        {"booking_id": "bkn_3ff5ba", "status": "cancelled",
         "refund": {"amount": 455.0, "currency": "EUR"}},
        "delete")),
]
CORRUPT["line_off_price"] = [
    ("shoes", _appended("call_p2", "add_to_cart", {"product_id": S, "quantity": INT}, {
        "product_id": ("prd_1182", ("out", "call_p1", "$.items[0].product_id")),
        "quantity": (2, "user")},
        {"cart_id": "crt_5521", "items": [
            {"product_id": "prd_1182", "quantity": 2, "line_total": 125.0}],
         "subtotal": 125.0},
        "create")),
]

# A quoted text reworded in the answer (qmoney, BFCL seed 11 #31: "Please find the invoice
# attached." answered as "Kindly search for the invoice attached").
CORRUPT["misquoted_text"] = [
    ("posts", lambda d: _answer(
        d, "The last two posts from National Geographic are \"Big cats of the Himalaya\" "
           "(412,230 likes) and \"Inside a coral nursery\".")),
]


# Places, money and companies that do not belong together (qworld3: ToolBench seed 7
# Firenze at Rome's coordinates with Milan's postcode, a Sao Paulo delivery in euros;
# BFCL seed 7 207 IBM shares for 566.14, a company's name answered with another ticker).
CORRUPT.update({
    "city_coordinates": [
        ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(
            o, latitude=41.9028, longitude=12.4964))),
    ],
    "city_postcode": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(
            o, city="Lisbon", country="Portugal", postal_code="4050-123"))),
    ],
    "city_country": [
        ("hotels", lambda d: _set_out(d, "call_h2", lambda o: _with(
            o, city="Cleveland", country="India",
            address="12 MG Road, Cleveland, India"))),
    ],
    "place_currency": [
        ("dinner", _item("call_d1", "restaurants", 0, average_price=35.0, currency="USD")),
    ],
    "ticker_mismatch": [
        ("stock", _then(
            _add_arg("call_s1", "company", "Apple Inc.", "How is Apple stock",
                     "How is Apple Inc. stock"),
            lambda d: _set_out(d, "call_s1", lambda o: _with(o, symbol="MSFT")))),
    ],
    "asset_price_implausible": [
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: _with(o, price=2.73))),
    ],
})

# Keys and currencies that disagree with what they name (qkeys: ToolBench seed 31 #42's
# "MXNJPY:cur" holding the INRKRW cross; bundled seed 21 #10's cart read in EUR and
# checked out in CHF).
CORRUPT.update({
    "keyed_entry_mismatch": [
        ("stock", lambda d: _set_out(d, "call_s1", lambda o: _with(
            o, peers={"MSFT": {"symbol": "AMZN", "name": "Amazon.com, Inc."}}))),
    ],
    "record_two_currencies": [
        ("trip", lambda d: _set_out(d, "call_t3", lambda o: _with(
            o, total_price={"amount": 447.6, "currency": "USD"}))),
    ],
})

# A flight numbered with another airline's code (BFCL seed 7 #160: Delta's "HE2390");
# a flight booked after it departed (BFCL seed 7 #200).
CORRUPT.update({
    "booked_after_start": [
        ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
            "flight": {**o["flight"], "created_at": "2025-09-02T10:16:00Z"}})),
    ],
    "airline_code_mismatch": [
        ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
            "flight": {**o["flight"], "flight_number": "AA1234"}})),
    ],
})

# A flight found dated apart from its departure (BFCL seed 21 #59: departing 2025-01-29,
# "date" 2025-03-29); the clean base's flight has no travel date.
CORRUPT["flight_row_misfit"] = [
    ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
        "flight": {**o["flight"], "flight_number": "AF1234", "date": "2025-07-02"}})),
]

# Three different products sharing the one code the call sent (bundled seed 21 #111: a
# cart's lines all had the sent SKU); the clean base's items carry no code.
CORRUPT["shared_product_code"] = [
    ("shoes", lambda d: _set_out(d, "call_p1", lambda o: _with(o, items=[
        {**item, "sku": "running shoes"} for item in o["items"]]))),
]

# The chance of more outcomes than there are (BFCL seed 21 #180: 889 event outcomes of
# 474); the clean bases compute no probability.
CORRUPT["part_over_whole"] = [
    ("shoes", _appended("call_x1", "calculate_probability", {
        "total_outcomes": INT, "event_outcomes": INT}, {
        "total_outcomes": (474, "user"), "event_outcomes": (889, "user")},
        {"probability": 0.42}, None)),
]

# A situation in another place than the request (BFCL seed 31 #290: "I'm planning a summer
# trip to Lisbon." before a hotel booked in Zurich); the clean hotels base is set in Lisbon.
CORRUPT["situation_elsewhere"] = [
    ("hotels", _prefix("I'm planning a summer trip to Berlin. ")),
]

# A history lookup dating the moon landing ahead (BFCL seed 31 #222: 2026-02-17); the clean
# bases look up no history.
CORRUPT["history_misdated"] = [
    ("shoes", _appended("call_x3", "history_get_event_date", {"event_name": S},
                        {"event_name": ("the moon landing", "user")},
                        {"event_name": "the moon landing", "date": "2026-02-17"}, None)),
]

# Fuel at prices no pump charges (ToolBench seed 31 #120: diesel 247.31 and petrol 16.22
# rupees a litre in Mumbai); the clean bases sell no fuel.
CORRUPT["fuel_price_misfit"] = [
    ("shoes", _appended("call_x2", "city_wise_data_for_indian_fuel", {"city": S},
                        {"city": ("Mumbai", "user")},
                        {"diesel": "247.31", "petrol": "16.22", "city": "Mumbai"}, None)),
]

# A seat sold for a bus fare (bundled seed 31 #22: Auckland to Lisbon for 25 EUR); the
# clean trip's Paris to New York seat costs 412.5 EUR.
CORRUPT["flight_fare_misfit"] = [
    ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
        "flight": {**o["flight"], "price": {"amount": 25.0, "currency": "EUR"}}})),
]

# A figure out of its currency's scale (BFCL seed 7 #163: 296.19 KRW for thirteen nights
# in Seoul); a stay booked after its bare `from_date` (BFCL seed 7 #21).
CORRUPT["off_currency_scale"] = [
    ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
        "flight": {**o["flight"], "price": {"amount": 296.19, "currency": "KRW"}}})),
]
CORRUPT["booked_after_start"].append(
    ("bookings", _item("call_b1", "bookings", 0, from_date="2025-06-03",
                       to_date="2025-06-05", created_at="2025-07-02T10:16:00Z")))

# A flight still "delayed" by an update four months after it left (BFCL seed 7 #160,
# qpay); the clean base has no update stamp to judge by.
CORRUPT["status_time"] = [
    ("flight_status", lambda d: _set_out(d, "call_q1", lambda o: _with(
        o, updated_at="2025-09-20T10:00:00Z"))),
]

# A note the assistant stored answered "confirmed", a booking's state (ToolBench and BFCL
# seed 13: folders, uploads, to-dos); the clean base answers what it stored.
CORRUPT["made_confirmed"] = [
    ("memory", lambda d: _set_out(d, "call_y1", lambda o: {
        "note_id": "nte_5a1b2c", **o, "status": "confirmed"})),
]


def _recited(name: str, value: Any, spec: dict[str, Any], old: str, new: str) -> Callable[
        [dict[str, Any]], dict[str, Any]]:
    """The cancel call gets `name`=`value` (its schema `spec`), stated by the user as `new`
    in place of `old`."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        _user(d, old, new)
        for t in d["tools"]:
            if t["function"]["name"] == "cancel_order":
                t["function"]["parameters"]["properties"][name] = spec
        for m in d["messages"]:
            for c in m.get("tool_calls") or []:
                if c["id"] == "call_o1":
                    args = json.loads(c["function"]["arguments"])
                    c["function"]["arguments"] = json.dumps({**args, name: value})
        for st in d["step_trace"]:
            if st["call_id"] == "call_o1":
                said = next(i for i, m in enumerate(d["messages"]) if m["role"] == "user")
                st["arguments"][name] = {"value": value, "source": "user",
                                         "message_index": said}
        return d
    return corrupt


# A key only the client makes, recited by the user (qrecite, ToolBench seed 21 #101:
# "request rqs_2770b8" for SnapCX's "Client provided unique request id"); an object's
# fields quoted as one text (BFCL seed 21 #11: 'the update info set to "Robert Ford and
# robert.ford@oliver.com"').
CORRUPT["recited_client_key"] = [
    ("cancel", _recited("idempotency_key", "idk_7f3a9c", S, "ORD-48213, I",
                        "ORD-48213 (idempotency key idk_7f3a9c), I")),
]
CORRUPT["joined_fields"] = [
    ("cancel", _recited("contact", {"name": "Dana Reyes", "email": "dana.reyes@example.com"},
                        {"type": "object"}, "wrong size.",
                        'wrong size. Set the contact to "Dana Reyes and '
                        'dana.reyes@example.com".')),
]

# A thing read back in another state than it was left in (qsame, BFCL seed 21 #171: an
# order placed "confirmed" read back "Cancelled"); here an order just cancelled read back
# "open". The clean base reads nothing back.
CORRUPT["state_drifted"] = [
    ("cancel", _appended("call_o2", "get_order", {"order_id": S}, {
        "order_id": ("ORD-48213", ("out", "call_o1", "$.order_id"))},
        {"order_id": "ORD-48213", "status": "open"}, None)),
]

# One user under two ids of different forms (qsame, BFCL seed 21 #11: user 21565 edited,
# then the mandates of user usr_686d8b); the clean base names no user.
def _two_user_ids(d: dict[str, Any]) -> dict[str, Any]:
    """The user looks up user 21565 and then the mandates of user usr_686d8b."""
    d = _appended("call_u1", "get_user_info", {"user_id": N}, {
        "user_id": (21565, "user")}, {"user_id": 21565, "name": "Robert Ford"}, None)(d)
    d = _appended("call_u2", "user_mandates", {"user_id": S}, {
        "user_id": ("usr_686d8b", "user")}, {"mandates": [
            {"mandate_id": "mnd_86b63d", "status": "pending"}]}, None)(d)
    _user(d, "about me.", "about me, and look up my account, user 21565, and its mandates "
          "(user usr_686d8b).")
    return d


CORRUPT["one_user_two_ids"] = [("memory", _two_user_ids)]

# A text stating a figure its own field holds otherwise (qsame, ToolBench seed 21 #202: a
# recipe of six servings and 32 minutes "Ready in 30 minutes; serves four."); the clean
# base states no figure in a text.
CORRUPT["text_contradicts_field"] = [
    ("dinner", _item("call_d1", "restaurants", 0, servings=6,
                     description="Known for its family platter; serves four.")),
]

# A state the user names by a made-up id (qids, ToolBench seed 31 #233: "the zips in the
# state stt_3b4709"); the clean base names no state.
def _state_by_id(d: dict[str, Any]) -> dict[str, Any]:
    """The user asks for the zip codes of the state stt_3b4709."""
    d = _appended("call_z1", "get_zips_in_state", {"stateId": S}, {
        "stateId": ("stt_3b4709", "user")}, {"data": [
            {"zip": "95158", "city": "San Jose", "state": "CA"}]}, None)(d)
    _user(d, "about me.", "about me, and find the zip codes in my state stt_3b4709.")
    return d


CORRUPT["named_thing_by_id"] = [("memory", _state_by_id)]


# What a result says was asked, against the call (qecho, ToolBench seed 31 #271: solar
# inputs at the example's lat 49.34 for a call sent 25.2048; #233: Los Angeles County's
# ZIPs answered in San Jose, Santa Clara County).
CORRUPT["echo_contradiction"] = [
    ("forecast", lambda d: _set_out(d, "call_f1", lambda o: _with(
        o, request={"city": "Bergen", "days": 3}))),
]


def _county_zips(d: dict[str, Any]) -> dict[str, Any]:
    """The user also asks for Los Angeles County's ZIPs; San Jose's come back."""
    d = _appended("call_z1", "get_zips_in_county", {"county": S}, {
        "county": ("Los Angeles County", "user")}, {"data": [
            {"zip": "95158", "city": "San Jose", "county": "Santa Clara County",
             "state": "CA"}]}, None)(d)
    _user(d, "next 3 days?", "next 3 days? And which ZIP codes are in Los Angeles County?")
    return d


CORRUPT["place_filter_contradiction"] = [("forecast", _county_zips)]

def lines() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, build in BASES.items():
        for alt in (False, True):
            rec = build(alt)
            rec["conversation_id"] = f"{rec['conversation_id']}-clean{int(alt)}"
            out.append({"id": rec["conversation_id"], "defect": None, "base": name,
                        "record": rec})
    for kind, corruptions in CORRUPT.items():
        for n, (base, corrupt) in enumerate(corruptions):
            rec = corrupt(copy.deepcopy(BASES[base](False)))
            rec["conversation_id"] = f"cal-{kind}-{n}"
            out.append({"id": rec["conversation_id"], "defect": kind, "base": base,
                        "record": rec})
    return out

# Wording no person writes (qphrase, ToolBench/BFCL/bundled seed 7): a swapped phrase that
# clashes with its neighbour, an order asked as a question, a later ask run on.
CORRUPT["broken_wording"] = [
    ("currency", _label("How much is 250 USD in EUR today?",
                        "Can you mind helping me convert 250 USD to EUR today? Many thanks so "
                        "much!")),
    ("cancel", _label("Please cancel my order ORD-48213, I ordered the wrong size.",
                      "Brief one: cancel my order ORD-48213, I ordered the wrong size?")),
    ("stock", _label("How is Apple stock doing today? The ticker is AAPL.",
                     "pls check how Apple stock is doing today Once you have that, use the "
                     "ticker AAPL.")),
]

# A value set off with nothing saying what it is; a start and an end said without their
# direction (qphrase, BFCL seed 31 #244 "Minecraft - Nintendo Switch - in Masovia", #57
# "the travel distance in Bengaluru for Mumbai").
CORRUPT["bare_aside"] = [
    ("hotels", _label("I'm going to Lisbon from 2025-06-12", "I'm going - Lisbon - from "
                      "2025-06-12")),
]
CORRUPT["span_unmarked"] = [
    ("bookings", _label("Which bookings do we have between 2025-06-01 and 2025-06-30?",
                        "Which bookings do we have in 2025-06-01 for 2025-06-30?")),
]



def _unmoored(d: dict[str, Any]) -> dict[str, Any]:
    """A follow-up opening on the restaurant the answer named, then searching weather in a
    city none of it holds ("About MarShon, can you also see the airports?", qwording3)."""
    d["tools"].append(tool("get_current_weather", "Current weather in a city.", {"city": S},
                           ["city"]))
    at = len(d["messages"])
    d["messages"] += [
        {"role": "user", "content": "Great. About Trattoria Milanese, can you also check the "
                                    "weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_d3", "type": "function", "function": {
                "name": "get_current_weather", "arguments": json.dumps({"city": "Oslo"})}}]},
        {"role": "tool", "tool_call_id": "call_d3",
         "content": json.dumps({"city": "Oslo", "temp_c": 4, "condition": "Sleet"})},
        {"role": "assistant", "content": "Oslo has sleet at 4°C right now."}]
    d["step_trace"].append({
        "step": len(d["step_trace"]) + 1, "call_id": "call_d3",
        "endpoint_id": "Calibration/get_current_weather",
        "function_name": "get_current_weather",
        "arguments": {"city": {"value": "Oslo", "source": "user", "message_index": at}},
        "status": "ok", "message_index": at + 1, "depends_on": []})
    plan = d["metadata"]["planner_scenario"]
    plan["calls"].append({"call_id": "call_d3", "endpoint_id": "Calibration/get_current_weather",
                          "function_name": "get_current_weather"})
    plan["turns"].append({"user_act": "follow_up", "steps": [["call_d3"]]})
    d["metadata"]["tools"].append("Calibration/get_current_weather")
    return d


CORRUPT["unmoored_follow_up"] = [("dinner", _unmoored)]
# An answer template's seam (qsay, seed 11): a passive made of an intent's object.
# A field's label said before its value, as a form shows it (qwords: "with author Kevin
# Weaver", "with status confirmed"; the answers now say "by ...", "which is ...").
CORRUPT["answer_seam"] = [("dinner", _append(" A table to reservation list is added.")),
                          ("music", _append(" The first is Feeling Good, with format vinyl.")),
                          # a place a thing is reached at, label first (qlist: "the first
                          # has publisher name Bridgewater House", "with channel X")
                          ("music", _append(" 3 turned up; the first has artist name Nina"
                                            " Simone, with channel Blue Note Records."))]


Later = tuple[str, str, dict[str, Any], Any]
"""A call appended after a record's last answer: (call_id, name, arguments, output)."""


def _later(user: str, calls: list[Later], answer: str) -> Callable[[dict[str, Any]], Any]:
    """A follow-up turn making `calls` one after another, then answering `answer`."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        plan = d["metadata"]["planner_scenario"]
        d["messages"].append({"role": "user", "content": user})
        asked_at = len(d["messages"]) - 1
        steps = []
        for call_id, name, args, output in calls:
            if not any(t["function"]["name"] == name for t in d["tools"]):
                d["tools"].append(tool(name, f"{name.replace('_', ' ')}.",
                                       {k: S for k in args}, list(args)))
                d["metadata"]["tools"].append(f"Calibration/{name}")
            at = len(d["messages"])
            d["messages"] += [
                {"role": "assistant", "content": None, "tool_calls": [{
                    "id": call_id, "type": "function", "function": {
                        "name": name, "arguments": json.dumps(args)}}]},
                {"role": "tool", "tool_call_id": call_id, "content": json.dumps(output)}]
            d["step_trace"].append({
                "step": len(d["step_trace"]) + 1, "call_id": call_id,
                "endpoint_id": f"Calibration/{name}", "function_name": name,
                "arguments": {k: {"value": v, "source": "user", "message_index": asked_at}
                              for k, v in args.items()},
                "status": "ok", "message_index": at + 1, "depends_on": []})
            plan["calls"].append({"call_id": call_id, "endpoint_id": f"Calibration/{name}",
                                  "function_name": name})
            steps.append([call_id])
        d["messages"].append({"role": "assistant", "content": answer})
        plan["turns"].append({"user_act": "follow_up", "steps": steps})
        return d
    return corrupt


# A yes/no question answered without its yes or no, or with the other one (qcheck,
# ToolBench seed 7 #85); one email checked by two checkers in a row (ToolBench seed
# 8307853 #3), one DNA fetched from twin functions (BFCL seed 7 #245).
_PRIME = ("call_p1", "is_prime", {"number": "439"}, {"is_prime": True, "number": "439"})
_EMAIL = {"email": "alex.clark9@weiss-pena.info"}
CORRUPT["unsaid_verdict"] = [("dinner", _later(
    "Also, is 439 a prime number?", [_PRIME],
    "I checked whether it's prime: its number is 439."))]
CORRUPT["wrong_verdict"] = [("dinner", _later(
    "Also, is 439 a prime number?", [_PRIME], "No - 439 is not prime."))]
CORRUPT["domain_misnamed"] = [("dinner", _later(
    "Also, can you verify alex.clark9@weiss-pena.info?", [
        ("call_v1", "verify_email_for_bouncer_email_verification", _EMAIL,
         {"email": _EMAIL["email"], "status": "deliverable",
          "domain": {"name": "Maple Hour", "disposable": "no"}})],
    "alex.clark9@weiss-pena.info is deliverable, at Maple Hour."))]
CORRUPT["redundant_call"] = [
    ("dinner", _later("Also, can you verify alex.clark9@weiss-pena.info?", [
        ("call_v1", "verify_email_for_bouncer_email_verification", _EMAIL,
         {"email": _EMAIL["email"], "status": "deliverable"}),
        ("call_v2", "email_for_debounce_email_validation", _EMAIL,
         {"email": _EMAIL["email"], "is_valid": True})],
        "alex.clark9@weiss-pena.info is deliverable.")),
    ("dinner", _later("Also, what is the sequence of DNA dna_4ec086?", [
        ("call_n1", "fetch_dna_sequence_e7901ea3", {"DNA_id": "dna_4ec086"},
         {"DNA_id": "dna_4ec086", "sequence": "ATGCCGTTAGACCTGAAG"}),
        ("call_n2", "fetch_dna_sequence", {"DNA_id": "dna_4ec086"},
         {"DNA_id": "dna_4ec086", "sequence": "ATGCCGTTAGACCTGAAG"})],
        "Its sequence is ATGCCGTTAGACCTGAAG.")),
]

# What the generator now fixes but the judge passed (qjudge): Qantas from Edinburgh to Rome;
# a jazz night filed as sports; a top-tracks list all named after one city (ToolBench seed 7
# #33's collections); a 7 ft 3 in guard (ToolBench seed 7 #42).
CORRUPT["airline_off_route"] = [
    ("trip", lambda d: _set_out(d, "call_t1", lambda o: {
        "flight": {**o["flight"], "origin": "EDI", "destination": "FCO",
                   "airline": "Qantas"}})),
]
CORRUPT["event_category_misfit"] = [
    ("events", lambda d: _set_out(d, "call_v1", lambda o: {"events": [
        {**o["events"][0], "category": "sports"}, o["events"][1]]})),
]
CORRUPT["titles_one_city"] = [
    ("music", lambda d: _set_out(d, "call_m2", lambda o: _with(o, tracks=[
        {"title": "The Roads of Cairo", "plays": 612004331},
        {"title": "The Harbor of Cairo", "plays": 301220945},
        {"title": "The River of Cairo", "plays": 254118870}]))),
]
CORRUPT["height_misfit"] = [
    ("team", lambda d: _set_out(d, "call_t1", lambda o: _with(
        o, position="G", height_feet="7", height_inches="3"))),
]


# A campaign's time zone fed to a holiday calendar's events of the day (qchain, ToolBench
# seed 7 #21): an attribute of the first result that the first call is not about.
def _incidental_link(d: dict[str, Any]) -> dict[str, Any]:
    d = _later("Also, pull up my last campaign, then today's events for it.", [
        ("call_t1", "get_last_campaign_for_smsto", {},
         {"id": "cmp_648357", "status": "SCHEDULED", "timezone": "Asia/Kathmandu"}),
        ("call_t2", "get_today_s_events_for_checkiday", {"timezone": "Asia/Kathmandu"},
         {"events": [{"name": "National Pi Day"}]})],
        "Your last campaign cmp_648357 is SCHEDULED; today is National Pi Day.")(d)
    step = d["step_trace"][-1]
    step["arguments"]["timezone"] = {"value": "Asia/Kathmandu", "source": "tool_output",
                                     "call_id": "call_t1", "path": "$.timezone"}
    step["depends_on"] = ["call_t1"]
    return d


CORRUPT["incidental_link"] = [("dinner", _incidental_link)]


# A publisher's country fed to a Covid history (ToolBench seed 71 #0): both calls speak of
# countries, but no errand goes from a trade publisher to a pandemic's figures.
def _cross_domain_link(d: dict[str, Any]) -> dict[str, Any]:
    d = _later("Also, find the publishers in Singapore, then the Covid history there.", [
        ("call_x1", "get_all_publishers_by_country_for_trade_share_api",
         {"countryName": "Singapore"}, {"data": [{"name": "Lion City Press",
                                                  "country": "Singapore"}]}),
        ("call_x2", "history_by_country_for_coronavirus_monitor", {"country": "Singapore"},
         {"histories": [{"date": "2023-06-06", "confirmed": 857}]})],
        "Lion City Press is in Singapore; on 2023-06-06 there were 857 confirmed cases.")(d)
    first, second = d["step_trace"][-2:]
    first["endpoint_id"] = "Financial/trade_share_api/get_all_publishers_by_country"
    second["endpoint_id"] = "Health_and_Fitness/coronavirus_monitor/history_by_country"
    second["arguments"]["country"] = {"value": "Singapore", "source": "tool_output",
                                      "call_id": "call_x1", "path": "$.data[0].country"}
    second["depends_on"] = ["call_x1"]
    return d


CORRUPT["cross_domain_link"] = [("dinner", _cross_domain_link)]
# A cell's fact the textbook contradicts (BFCL seed 7 #120: a hepatocyte located in the
# endoplasmic reticulum).
CORRUPT["cell_fact_contradiction"] = [("dinner", _later(
    "Also, what does a hepatocyte do, and where is it?", [
        ("call_c1", "biology_get_cell_info", {"cell_type": "hepatocyte"},
         {"cell_type": "hepatocyte", "function": "detoxification",
          "location": "endoplasmic reticulum"})],
    "A hepatocyte handles detoxification, in the endoplasmic reticulum."))]

# A list given a size it does not show (ToolBench seed 7 #53: "heads a list of 4" beside
# three airports).
CORRUPT["count_contradiction"] = [("dinner", _later(
    "Also, which airports does Miami have?", [
        ("call_a9", "v1_airports", {"city": "Miami"},
         {"airports": [{"name": "Miami International Airport", "iata": "MIA",
                        "city": "Miami"}], "total": 4})],
    "Miami International Airport heads a list of 4."))]

# Some of a list's values said as all of it (qhead, ToolBench seed 31 #188: two of three
# zip codes) and a result's echo of its request reported as its answer (#271: a solar
# estimate answered with the latitude it says it was given).
CORRUPT["partial_list"] = [("dinner", _later(
    "Also, which postcodes does Warsaw's Oporow district have?", [
        ("call_z1", "find_zip_codes_by_city_and_district", {"city": "Warsaw",
                                                             "district": "Oporow"},
         {"data": ["02-636", "00-826", "03-992"]})],
    "The zip codes are 02-636 and 00-826."))]
CORRUPT["echo_headline"] = [("dinner", _later(
    "Also, what would 8482.3 W of panels make at 25.2048, 55.2708 in Dubai?", [
        ("call_s1", "v2_0_solar_estimation", {"lat": "25.2048", "lon": "55.2708",
                                              "wp": "8482.3"},
         {"inputs": {"wp": "8482.3", "lat": "49.3418836", "lon": "8.8006813"},
          "outputs": [{"month": 4, "wh": 1520}]})],
    "Looking at the solar estimation, its lat is 49.3418836, with a lon of 8.8006813."))]


def _off_listing(d: dict[str, Any]) -> dict[str, Any]:
    """The table is booked at a restaurant the search never found, named by the user."""
    _arg(d, "call_d2", "restaurant_id", "rst_4410")
    step = next(s for s in d["step_trace"] if s["call_id"] == "call_d2")
    step["arguments"]["restaurant_id"] = {"value": "rst_4410", "source": "user",
                                          "message_index": 0}
    step["depends_on"] = []
    _set_out(d, "call_d2", lambda o: _with(o, restaurant_id="rst_4410"))
    _user(d, "book a table there", "book a table at restaurant rst_4410")
    return d


# An act on an item the record's own search did not find (BFCL seed 7 #77: a book
# reserved the search never listed).
CORRUPT["act_off_listing"] = [("dinner", _off_listing)]
# A next page fetched after a page that said it was the last (ToolBench seed 7 #42: one
# airport, "has_more": false, then the same search again).
CORRUPT["page_after_last"] = [("images", _second_page(
    "call_i1", {"page": 1, "next_cursor": None, "has_more": False}, {"page": 2}))]


# Values for parameters the schema explains only by a default (qodd, ToolBench seed 7 #21
# and #55): a sample email text sent unsaid, a region code off its default's form, Kenya's
# sceneries answered for "Bangkok".
def _with_default(name: str, param: str, default: str, source: str = "user",
                  ) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The tool `name`'s `param` given schema default `default`; its last call's value
    of it given `source`."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        for t in d["tools"]:
            if t["function"]["name"] == name:  # a copy: the properties share one schema
                props = t["function"]["parameters"]["properties"]
                props[param] = {**props[param], "default": default}
        arg = d["step_trace"][-1]["arguments"][param]
        if source != "user":
            d["step_trace"][-1]["arguments"][param] = {"value": arg["value"], "source": source}
        return d
    return corrupt


_SAMPLE_TEXT = "hey sending you a sample email with this great API"
CORRUPT["unsaid_text"] = [("dinner", lambda d: _with_default(
    "send_email", "message", _SAMPLE_TEXT, "default")(_later(
        "Also, email ana.ruiz@example.org about the dinner.", [
            ("call_e1", "send_email", {"to_email": "ana.ruiz@example.org",
                                       "message": _SAMPLE_TEXT},
             {"success": True, "email_id": "eml_5c1d2e"})],
        "Sent: the email ID is eml_5c1d2e.")(d)))]
CORRUPT["code_off_form"] = [("dinner", lambda d: _with_default(
    "get_countries_by_region_code", "regionCode", "EU")(_later(
        "Also, list the countries of region MM5328.", [
            ("call_r1", "get_countries_by_region_code", {"regionCode": "MM5328"},
             {"countries": [{"country_name": "Portugal", "regionCode": "MM5328"}]})],
        "Region MM5328 holds Portugal.")(d)))]
CORRUPT["filter_place_misfit"] = [("dinner", _later(
    "Also, which sceneries are there in Bangkok?", [
        ("call_k1", "fetch_by_region", {"region": "Bangkok"},
         {"data": [{"name": "Keraita Forest", "type": "Forest", "region": "Bangkok",
                    "country": "Kenya", "rating": 5}]})],
    "Bangkok has Keraita Forest, rated 5."))]
# A checkout charging another sum than the cart it checks out (qkeys: bundled seed 13
# #171, a cart of 368.59 EUR paid for 97.17 EUR).
CORRUPT["checkout_off_cart"] = [("dinner", _later(
    "Also, add product prd_5c1d2e to my cart crt_4410 and check the cart out to "
    "Rua Augusta 26, Lisbon, Portugal.", [
        ("call_k1", "add_to_cart", {"cart_id": "crt_4410", "product_id": "prd_5c1d2e"},
         {"cart_id": "crt_4410", "items": [{"product_id": "prd_5c1d2e", "quantity": 1,
                                            "line_total": {"amount": 59.8,
                                                           "currency": "EUR"}}],
          "subtotal": {"amount": 59.8, "currency": "EUR"}}),
        ("call_k2", "checkout", {"cart_id": "crt_4410",
                                 "shipping_address": "Rua Augusta 26, Lisbon, Portugal"},
         {"order_id": "ord_7731", "status": "paid",
          "total": {"amount": 17.9, "currency": "EUR"}})],
    "Cart crt_4410 comes to 59.8 EUR; order ord_7731 is paid, 17.9 EUR."))]


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for line in lines():
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {OUT}")


# A stay priced as no stay of its nights is (BFCL seed 7 #21: fourteen nights in
# Melbourne for 247.06 AUD).
CORRUPT["stay_price_misfit"] = [("hotels", _later(
    "Great, please book Casa Azul for 2025-06-12 to 2025-06-26.", [
        ("call_s1", "book_hotel_room", {"hotel_id": "htl_40417", "check_in": "2025-06-12",
                                        "check_out": "2025-06-26"},
         {"reservation_id": "rsv_5521", "hotel_id": "htl_40417", "check_in": "2025-06-12",
          "check_out": "2025-06-26", "status": "confirmed",
          "total_price": {"amount": 168.4, "currency": "EUR"}})],
    "Casa Azul is booked from 2025-06-12 to 2025-06-26 (reservation rsv_5521), 168.4 EUR "
    "in all."))]

# A call whose words promise a thing its result holds nothing of (qhollow, BFCL seed 13
# #110: the current time answered with zone names; a QR code generator with its text).
CORRUPT["promise_unkept"] = [
    ("hotels", _later("What time is it in Lisbon right now?", [
        ("call_t1", "time_zones_get_current_time", {"location": "Lisbon"},
         {"zones": [{"zone_id": "zno_f2caed", "zone_name": "Lisbon Zone",
                     "location": "Lisbon"}]})],
        "In Lisbon, that's Lisbon Zone.")),
    ("dinner", _later("Make me a QR code for the text \"Menu of the day\".", [
        ("call_q1", "generate_qr_code", {"text": "Menu of the day"},
         {"qrcode_id": "qrc_4cf386", "text": "Menu of the day", "border": 2})],
        "Your QR code is ready (qrcode ID qrc_4cf386).")),
]

# An action answered as a listing of other things, as its verb read as a noun, or without
# what it was sent (qact: BFCL seed 31 #244, ToolBench seed 31 #150, BFCL seed 31 #26).
def _declared(name: str, props: dict[str, Any]) -> Callable[[dict[str, Any]], Any]:
    """`name` offered with `props` (a list argument is no string), before a turn calls it."""
    def corrupt(d: dict[str, Any]) -> dict[str, Any]:
        d["tools"].append(tool(name, f"{name.replace('_', ' ')}.", props, list(props)))
        d["metadata"]["tools"].append(f"Calibration/{name}")
        return d
    return corrupt


_ITEMS = {"type": "array", "items": S}
CORRUPT["action_listed"] = [
    ("shoes", _then(_declared("walmart_purchase", {"loc": S, "product_list": _ITEMS}), _later(
        "Please buy the Pegasus 40 at the Barcelona store.", [
        ("call_w1", "walmart_purchase", {"loc": "Barcelona", "product_list": ["Pegasus 40"]},
         {"purchases": [
             {"purchase_id": "prc_9a0d3c", "purchase_name": "Compact Keyboard",
              "loc": "Barcelona"},
             {"purchase_id": "prc_5b81ec", "purchase_name": "Pro Blender",
              "loc": "Barcelona"}], "total": 15})],
        "I checked the store, and Compact Keyboard comes first of the 15 found."))),
]
CORRUPT["action_misread"] = [
    ("shoes", _later("Please place the order ord_8d0a80 for the Pegasus 40.", [
        ("call_w1", "place_order", {"id": "ord_8d0a80"},
         {"id": "ord_8d0a80", "address": "58 North Bridge Road, Singapore",
          "city": "Singapore", "latitude": 1.3521, "longitude": 103.8198,
          "status": "active"})],
        "I placed the order ord_8d0a80; the city is Singapore.")),
]
CORRUPT["action_unsent"] = [
    ("shoes", _then(_declared("safeway_order", {
        "location": S, "items": _ITEMS, "quantity": {"type": "array", "items": INT}}), _later(
        "Please order 3 Pegasus 40 from the Edinburgh store.", [
        ("call_w1", "safeway_order", {"location": "Edinburgh", "items": ["Pegasus 40"],
                                      "quantity": [3]},
         {"order_id": "ord_b4970f", "location": "Edinburgh", "status": "confirmed"})],
        "Done: order ord_b4970f from Edinburgh is confirmed."))),
]

if __name__ == "__main__":
    main()

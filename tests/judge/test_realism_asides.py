"""A value set off with nothing saying what it is (`asides`, `bare_aside`) and a start
and an end said without their direction (`spans`, `span_unmarked`), read in the request
as a reviewer reads it (BFCL seed 31 #57, #123, #244)."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import asides, spans
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()
GAMES = ("video_games_on_sale", {"game_title": "Minecraft", "platform": "Nintendo Switch",
                                 "region": "Masovia"}, {"games": [], "total": 0})
HOTEL = ("hotel_booking", {"location": "Mexico City", "start_date": "2026-04-23",
                           "preferences": ["parking"]}, {"booking_id": "bkn_1"})
TRANSLATE = ("translate", {"text": "hello there", "target_language": "es"},
             {"translation": "hola"})
USER = ("get_user", {"user_id": "5120"}, {"name": "Ann"})
DERIVE = ("calculus_derivative", {"function": "x^2 + 3*x - 4"}, {"derivative": "2*x + 3"})
ROUTE = ("get_distance", {"start_location": "Bengaluru", "end_location": "Mumbai"},
         {"distance_km": 842})
RATE = ("convert", {"from": "USD", "to": "EUR", "amount": 250}, {"result": 230.5})


def _kinds(module: Any, call: tuple[str, dict[str, Any], Any], user: str) -> list[str]:
    record = calls_record([call], user=user, answer="Done.", conversation_id="t-asides")
    return [f.kind for f in module.check_view(build_view(record), CTX)]


def test_a_value_set_off_bare_is_flagged() -> None:
    assert _kinds(asides, GAMES, "Check the games called Minecraft - Nintendo Switch - in "
                                 "Masovia?") == ["bare_aside"]
    assert _kinds(asides, HOTEL, "Book a hotel for Mexico City starting 2026-04-23 "
                                 "(parking).") == ["bare_aside"]
    assert _kinds(asides, HOTEL, "Book a hotel (that's Mexico City) starting 2026-04-23 "
                                 "with parking.") == ["bare_aside"]


def test_a_value_said_by_its_role_or_named_is_clean() -> None:
    assert _kinds(asides, GAMES, "Check the games called Minecraft on Nintendo Switch in "
                                 "Masovia?") == []
    assert _kinds(asides, HOTEL, "Book a hotel for Mexico City starting 2026-04-23 with "
                                 "parking.") == []
    # a code after the name it stands for, a key with its noun, a formula's own brackets
    assert _kinds(asides, TRANSLATE, 'Translate "hello there" into Spanish (es).') == []
    assert _kinds(asides, TRANSLATE, 'translate "hello there" into spanish (es).') == []
    assert _kinds(asides, USER, "Look up the profile (user 5120).") == []
    assert _kinds(asides, DERIVE, "Take the derivative of (x^2 + 3*x - 4).") == []
    # a point after its city, though the city is in another value (ToolBench seed 13 #126)
    zone = ("timezone", {"lat": "-37.8136", "lng": "144.9631", "address": "1 Main, Melbourne"},
            {"zone": "Australia/Melbourne"})
    assert _kinds(asides, zone, "Get the time zone in Melbourne (-37.8136, 144.9631) and "
                                "check 1 Main, Melbourne.") == []


def test_a_start_and_an_end_without_direction_are_flagged() -> None:
    assert _kinds(spans, ROUTE, "Find the travel distance in Bengaluru for Mumbai.") == [
        "span_unmarked"]
    assert _kinds(spans, ROUTE, "Find the travel distance to Bengaluru from Mumbai.") == [
        "span_unmarked"]


def test_a_span_said_with_its_direction_is_clean() -> None:
    assert _kinds(spans, ROUTE, "Find the travel distance from Bengaluru to Mumbai.") == []
    assert _kinds(spans, ROUTE, "How far is it to Mumbai from Bengaluru?") == []
    assert _kinds(spans, RATE, "How much is 250 USD in EUR today?") == []


def test_an_end_taken_from_an_earlier_result_is_no_stated_span() -> None:
    # bundled seed 7 #224: "a payment in USD, then convert the amount to GBP"
    pay = ("create_payment", {"amount": 3271, "currency": "USD"}, {"payment_id": "pay_1"})
    convert = ("convert_amount", {"amount": 3271, "from_currency": "USD",
                                  "to_currency": "GBP"}, {"converted": 2580.1})
    record = calls_record([pay, convert], user="Add a payment of 3271 in USD, then convert "
                          "the amount to GBP.", answer="Done.", conversation_id="t-spans")
    d = record.model_dump()
    d["step_trace"][1]["arguments"]["from_currency"]["source"] = "tool_output"
    kinds = [f.kind for f in spans.check_view(build_view(Record.model_validate(d)), CTX)]
    assert kinds == []

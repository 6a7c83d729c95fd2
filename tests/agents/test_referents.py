"""A later ask names the earlier result it uses, as a person would: "convert the amount
into USD using the first showtime's price", not "... for that one" (bundled seed 7
#260: "convert the amount into USD for that particular one"; #1: "fetch the product for
that one")."""

from __future__ import annotations

import random
import re
from pathlib import Path

import orjson
import pytest

from toolgen.agents.offline import Intent, Slot
from toolgen.agents.offline.referents import Source, once, referent
from toolgen.agents.offline.user import user_follow_up, user_request
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records.plan import Goal

_VAGUE = re.compile(r"\bfor (?:that one|that item|that particular one|it|the first one you "
                    r"find)\b", re.IGNORECASE)


def _ref(obj: str, *paths: str, asks: str = "the amount") -> str:
    return referent([Source(obj, p) for p in paths], asks, random.Random(3))


def test_a_translation_and_its_language_are_said_as_the_translation() -> None:
    # not "run the sentence breaking with the text's translated text and language code"
    said = _ref("the text", "$.translated_text", "$.language_code", asks="sentence breaking")
    assert said in ("on the translation", "with the translation"), said


def test_a_value_read_from_a_list_item_names_the_item_and_its_field() -> None:
    assert _ref("events", "$.events[0].city", asks="restaurants") == (
        "in the first event's city")
    said = _ref("the show's times", "$.showtimes[0].price.amount",
                "$.showtimes[0].price.currency")
    # the price's amount and currency are one price, said once
    assert said.endswith("the first show time's price"), said
    assert "currency" not in said and "amount" not in said, said


def test_a_thing_s_own_key_names_the_thing() -> None:
    assert _ref("events", "$.events[0].event_id", asks="tickets") == "for the first event"
    assert _ref("the reservation", "$.reservation_id", asks="a payment") == (
        "for the reservation")


def test_another_thing_s_key_names_that_thing_of_its_holder() -> None:
    assert _ref("the delivery", "$.restaurant_id", asks="an order") == (
        "for the delivery's restaurant")
    # what the ask is about comes from the holder: "the product from the first item"
    assert _ref("the order", "$.items[0].product_id", asks="the product") == (
        "from the first item in the order")


def test_an_object_that_names_no_thing_leaves_the_field_alone() -> None:
    said = _ref("all publishers", "$.data[0].country", asks="news")
    assert "publisher" not in said and said.startswith("in the country "), said


def test_the_same_thing_just_named_is_the_first_one() -> None:
    assert _ref("books", "$.books[0].book_id", asks="a book") == "for the first one"


def test_a_referent_said_twice_in_a_turn_is_that_same() -> None:
    assert once(["using the first delivery's total", "", "with the first delivery's total"]
                ) == ["using the first delivery's total", "", "with that same total"]


def _goal() -> Goal:
    return Goal(persona="someone planning a night out", style="chatty", domain="Food",
                summary="find events then restaurants", wants=("find events",))


def test_a_chained_request_says_what_each_ask_uses() -> None:
    intents = [Intent("find", "events", "find events"),
               Intent("find", "restaurants", "find restaurants")]
    slots = [Slot("city", "city", "Stockholm")]
    for seed in range(20):
        text = user_request(_goal(), intents, slots, random.Random(seed), [0],
                            ["first", "then_it"], refs=["", "in the first event's city"])
        assert "in the first event's city" in text, text
        assert not _VAGUE.search(text), text


def test_a_follow_up_names_what_it_builds_on() -> None:
    intent = Intent("convert", "the amount", "convert the amount")
    for seed in range(20):
        text = user_follow_up(_goal(), intent, [Slot("to", "target currency", "USD")], [],
                              random.Random(seed), builds_on=True,
                              refs=["using the order's total"])
        assert "using the order's total" in text and not _VAGUE.search(text), text


_BUNDLED_RECORDS = 40


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    config = RunConfig(n=_BUNDLED_RECORDS, seed=13)
    out: Path = tmp_path_factory.mktemp("referents") / "bundled.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.mark.slow
def test_no_user_turn_points_back_with_a_vague_pronoun(
        records: list[dict[str, object]]) -> None:
    said = [m["content"] for r in records for m in r["messages"]  # type: ignore[attr-defined]
            if m["role"] == "user" and m.get("content")]
    vague = [t for t in said if _VAGUE.search(t)]
    assert not vague, vague[:3]
    named = [t for t in said if re.search(r"\b(?:the first \w+|the \w+)'s \w+", t)]
    assert len(named) >= 3, said[:10]


@pytest.mark.parametrize(("obj", "path", "expected"), [
    ("the scan status", "$.scan_id", "for that same scan"),
    ("series", "$.series[0].series_id", "for the first series"),
])
def test_a_thing_ending_in_s_is_named_whole(obj: str, path: str, expected: str) -> None:
    """ToolBench seed 31 #90: "check the status of a scan for the scan statu": a word
    whose last s is its own keeps it, and a status's scan id is that scan's."""
    assert _ref(obj, path, asks="the report") == expected


def test_the_thing_a_result_made_is_that_thing_in_the_ask_itself() -> None:
    # BFCL seed 59 #22: "book a hotel ..., then cancel the booking from the hotel"
    assert _ref("a hotel", "$.booking_id", asks="the booking") == "that booking"
    intents = [Intent("book", "a hotel", "book a hotel"),
               Intent("cancel", "the booking", "cancel the booking")]
    for seed in range(20):
        text = user_request(_goal(), intents, [Slot("city", "city", "Sydney")],
                            random.Random(seed), [0], ["first", "then_it"],
                            refs=["", "that booking"])
        assert re.search(r"\b(?:cancel|call off) that booking\b", text), text
        assert "the booking" not in text and "from the hotel" not in text, text


def test_the_same_thing_carried_on_is_that_thing_not_what_comes_back() -> None:
    # BFCL seed 59 #5: "retrieve a summary of the legal case using what comes back"
    assert _ref("the case info", "$.case_id", asks="the legal case information") == (
        "that case")
    assert _ref("a ticket", "$.id", asks="the ticket") == "that ticket"
    from toolgen.agents.offline.user import _referred

    assert _referred("retrieve a summary of the legal case", "that case") == (
        "retrieve a summary of that legal case")
    assert _referred("get the order details", "that order") == "get that order's details"
    # a word after the thing that is not its own keeps it whole
    assert _referred("check out the cart shipped to Boston", "that cart") == (
        "check out that cart shipped to Boston")
    assert _referred("see the briefs of the cases", "that case") == (
        "see the briefs of the cases for that case")

"""Listings and values read back from generated records as a reviewer reads them: a
search's answer names what its first result is (a flight's airline, number and departure
time, not "4 in all, the first with airline Qantas"), cinemas are not one cinema in every
city, prices fit what is priced (no 11.41 GBP 4K monitor, no 16.68 USD hotel night) and
the assistant sends no argument outside any believable range (a holding period of 696
years, a revenue of 2025, `start=2020, end=1876.96`, `enabled=191.83`).

The checks live in `listing_value_checks` and read records only (no toolgen import); the
same checks make `bench/listing_values.py`. The corpora and seed are the ones the
integrator's review read (seed 7), where each defect was found on the old code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import listing_value_checks as lc
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CORPORA = {"toolbench": SHARED / "toolbench" / "toolenv" / "tools", "bfcl": SHARED / "bfcl"}
SEED = 7


def _records(tmp: Path, n: int, toolenv: str | None) -> list[dict[str, Any]]:
    config = RunConfig(n=n, seed=SEED, toolenv=toolenv)
    out = tmp / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return _records(tmp_path_factory.mktemp("bundled"), 120, None)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    path = CORPORA[request.param]
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return _records(tmp_path_factory.mktemp(request.param), 300, str(path))


def _answer_after(record: dict[str, Any], call_id: str) -> str:
    """The assistant's report that follows the tool message answering `call_id`."""
    msgs = record["messages"]
    at = next(i for i, m in enumerate(msgs) if m.get("tool_call_id") == call_id)
    return next((m["content"] for m in msgs[at:] if m["role"] == "assistant"
                 and m.get("content") and not m.get("tool_calls")), "")


def test_a_flight_search_names_the_first_flight_and_when_it_leaves(
        bundled: list[dict[str, Any]]) -> None:
    checked = 0
    for r in bundled:
        for m in r["messages"]:
            if m["role"] != "tool" or "search_flights" not in str(m.get("name")):
                continue
            out = json.loads(m["content"])
            flights = next((v for v in out.values() if isinstance(v, list)), None) if (
                isinstance(out, dict)) else None
            if not flights or not isinstance(out.get("total"), int) or out.get("page", 1) != 1:
                continue  # a later page: the answer names the first page's first flight
            answer = _answer_after(r, m["tool_call_id"])
            if f"{out['total']} " not in answer:
                continue  # the answer says something else (the flight was said already)
            first = flights[0]
            clock = re.search(r"T(\d{2}:\d{2})", first["departure_time"])
            checked += 1
            assert first["flight_number"] in answer, answer
            assert first["airline"] in answer, answer
            assert clock is not None and clock.group(1) in answer, answer
    assert checked >= 2


def test_search_answers_name_two_things_of_their_first_result(
        bundled: list[dict[str, Any]]) -> None:
    """Before: 78 of 299 bundled records' answers said a count and one field."""
    thin = [f for r in bundled for f in lc.thin_listings(r)]
    assert len(thin) <= len(bundled) // 12, thin[:5]


def test_a_cinema_is_not_the_same_cinema_in_every_city(
        bundled: list[dict[str, Any]]) -> None:
    cities: dict[str, set[str]] = {}
    for r in bundled:
        for m in r["messages"]:
            if m["role"] != "tool" or '"cinema"' not in m["content"]:
                continue
            for item in json.loads(m["content"]).get("showtimes") or []:
                if isinstance(item, dict) and isinstance(item.get("cinema"), str):
                    cities.setdefault(item["cinema"], set()).add(str(item.get("city")))
    assert len(cities) >= 5, cities
    assert max(len(c) for c in cities.values()) <= 2, cities


@pytest.mark.slow
def test_prices_fit_what_is_priced(corpus: list[dict[str, Any]]) -> None:
    found = [f"{r['conversation_id']}: {where}: {detail}"
             for r in corpus for _, where, detail in lc.prices_off(r)]
    assert not found, found[:5]


@pytest.mark.slow
def test_arguments_lie_in_believable_ranges(corpus: list[dict[str, Any]]) -> None:
    found = [f"{r['conversation_id']}: {where}: {detail}"
             for r in corpus for _, where, detail in lc.absurd_args(r)]
    assert not found, found[:5]


def _call_record(name: str, args: dict[str, Any], output: Any,
                 answer: str = "") -> dict[str, Any]:
    call = {"id": "c1", "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)}}
    return {"messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "name": name, "content": json.dumps(output)},
        {"role": "assistant", "content": answer}]}


def test_a_return_beyond_belief_is_an_absurd_argument() -> None:
    """BFCL seed 7 record 000029 asked for the return on 79,339,708 over an equity of 369."""
    absurd = _call_record("calculate_return_on_equity",
                          {"net_income": 79339708, "shareholder_equity": 369}, {})
    believable = _call_record("calculate_return_on_equity",
                              {"net_income": 79339708, "shareholder_equity": 612000000}, {})
    roa = _call_record("financial_ratios_calculate_roa",
                       {"net_income": 88403195, "total_assets": 333}, {})
    assert [k for k, _, _ in lc.absurd_args(absurd)] == ["absurd_arg"]
    assert [k for k, _, _ in lc.absurd_args(roa)] == ["absurd_arg"]
    assert lc.absurd_args(believable) == []


def test_the_checks_catch_what_the_review_found() -> None:
    """The checks themselves, on the cases the seed-7 review quoted, and clean twins."""
    flights = {"flights": [{"flight_id": "flg_437430", "flight_number": "FF0358",
                            "airline": "Iberia", "departure_time": "2025-03-04T08:18:00Z"}],
               "total": 3}
    thin = _call_record("flights_search", {}, flights,
                        "Here's what I found on the flights: there are 3 in all, the first "
                        "with airline Iberia.")
    full = _call_record("flights_search", {}, flights,
                        "3 came back, the first being Iberia FF0358, departing 08:18 on "
                        "4 March.")
    assert [k for k, _, _ in lc.thin_listings(thin)] == ["thin_listing"]
    assert lc.thin_listings(full) == []
    monitor = _call_record("search_products", {}, {"items": [
        {"title": "Plus 4K Monitor Gen 2", "price": 11.41, "currency": "GBP"}]})
    fair = _call_record("search_products", {}, {"items": [
        {"title": "Plus 4K Monitor Gen 2", "price": 311.41, "currency": "GBP"}]})
    hotel = _call_record("hotel_booking", {}, {"hotel_name": "Montes Inn", "price": 16.68,
                                               "currency": "USD"})
    assert len(lc.prices_off(monitor)) == 1 and lc.prices_off(fair) == []
    assert len(lc.prices_off(hotel)) == 1
    for args in ({"investment_amount": 212, "holding_period": 696},
                 {"year1_revenue": 2025, "year2_revenue": 1995},
                 {"start": 2020, "end": 1876.96}, {"enabled": 191.83},
                 {"shares": 24, "dividend_per_share": 574.09}):
        assert lc.absurd_args(_call_record("calc", args, {})), args
    for args in ({"investment_amount": 212, "holding_period": 6},
                 {"year1": 2019, "year2": 2021, "year1_revenue": 5_000_000},
                 {"start": 2019, "end": 2024}, {"enabled": 1},
                 {"shares": 24, "dividend_per_share": 1.2}):
        assert not lc.absurd_args(_call_record("calc", args, {})), args

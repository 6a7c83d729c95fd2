"""A flight asked for by its airline's code and number is sent as one, and a ticket is
the user's once the flight is booked; read from records of a small BFCL corpus (its
flight booking and flight status functions) as a reviewer reads them.

Before, BFCL's `flight.status.check`, whose `flight_id` is "typically in the format
'XX123'", was sent the booking's record id `flg_5c129e` where TG1723 came back (74 of 74
status checks at seed 113), and users gave "Nathan Lee (e-ticket 2201890219056)" in the
message that asked to book the flight (8 of 300 records, seed 113 #4, #11, #12, #14)."""

from __future__ import annotations

import re
from typing import Any

import orjson
import pytest

from agents.generated import bfcl_lines, generated
from toolgen.pipeline.runtime import RunConfig

_LINES = {"BFCL_v4_live_simple.json": (252, 253), "BFCL_v4_multiple.json": (119,)}
_FLIGHT_NUMBER = re.compile(r"[A-Z0-9]{2}\d{1,4}")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = bfcl_lines(tmp_path_factory, _LINES, "flight_corpus")
    return generated(tmp_path_factory, RunConfig(n=80, seed=113, toolenv=toolenv),
                     "flight_numbers")


def _calls(record: dict[str, Any], name: str) -> list[tuple[int, dict[str, Any]]]:
    return [(at, orjson.loads(c["function"]["arguments"]))
            for at, m in enumerate(record["messages"]) for c in m.get("tool_calls") or []
            if c["function"]["name"].startswith(name)]


def test_a_status_check_is_sent_the_flights_number(records: list[dict[str, Any]]) -> None:
    sent = [args["flight_id"] for r in records for _, args in _calls(r, "flight_status")
            if "flight_id" in args]  # the other status check is asked by airline
    assert len(sent) >= 20, len(sent)
    assert all(_FLIGHT_NUMBER.fullmatch(str(f)) for f in sent), sent[:5]


def test_a_booked_flights_status_is_that_flights(records: list[dict[str, Any]]) -> None:
    checked = 0
    for r in records:
        booked = {json["flight_number"]: json for m in r["messages"] if m["role"] == "tool"
                  for json in [orjson.loads(m["content"])]
                  if isinstance(json, dict) and "booking_id" in json and "flight_number" in json}
        for m in r["messages"]:
            out = orjson.loads(m["content"]) if m["role"] == "tool" else None
            if isinstance(out, dict) and out.get("flight_id") in booked and (
                    "booking_id" not in out):
                checked += 1
                assert out["origin"] == booked[out["flight_id"]]["origin"], (booked, out)
    assert checked >= 5, checked


def test_no_ticket_is_given_before_its_flight_is_booked(
        records: list[dict[str, Any]]) -> None:
    early = []
    for r in records:
        msgs = r["messages"]
        for at, m in enumerate(msgs):
            if m["role"] != "user" or "e-ticket" not in (m.get("content") or ""):
                continue
            nxt = next((k for k in range(at + 1, len(msgs)) if msgs[k]["role"] == "user"),
                       len(msgs))
            if any(at < k < nxt for k, _ in _calls(r, "flight_book")):
                early.append(m["content"])
    assert not early, early[:3]

"""BFCL travel records, read as a reviewer reads them: a user never recites an access
token (the session states it in the system message, and every call passes the one it
states), and an invoice of a booking states the trip it was booked for."""

from __future__ import annotations

import json
import re
import shutil
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from .corpora import SHARED_CORPORA

pytestmark = pytest.mark.slow

Rec = dict[str, Any]
_TOKEN_NAMES = re.compile(r"(?:^|_)(?:access_token|auth_token|token|session_id|api_key)$")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not (SHARED_CORPORA / "bfcl").is_dir():
        pytest.skip("shared BFCL corpus not found")
    config = RunConfig(n=150, seed=7, toolenv=str(SHARED_CORPORA / "bfcl"))
    out = tmp_path_factory.mktemp("session") / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _tokens(record: Rec) -> list[tuple[str, str]]:
    """(function.argument, value) of every credential a call passed."""
    out = []
    for _, tc, _ in rc.calls(record):
        for name, value in json.loads(tc["function"]["arguments"] or "{}").items():
            if _TOKEN_NAMES.search(name.lower()) and isinstance(value, str):
                out.append((f"{tc['function']['name']}.{name}", value))
    return out


def test_a_user_never_recites_a_token_the_session_holds(records: list[Rec]) -> None:
    passed = [(r, t) for r in records for t in _tokens(r)]
    assert len(passed) >= 5, "too few calls with a token to judge"
    found = []
    for r, (where, value) in passed:
        said = {m["role"]: "" for m in r["messages"]}
        for m in r["messages"]:
            said[m["role"]] = said.get(m["role"], "") + (m.get("content") or "")
        if value in said.get("user", ""):
            found.append(f"{r['conversation_id']}: the user recites {where}={value}")
        outputs = json.dumps(list(rc.tool_outputs(r).values()))
        if value not in said.get("system", "") and value not in outputs:
            found.append(f"{r['conversation_id']}: {where}={value} comes from nowhere")
    assert not found, rc.first_problems(found)


_TRIP = ("travel_date", "travel_from", "travel_to", "travel_class")


TRAVEL = (SHARED_CORPORA / "bfcl" / "berkeley-function-call-leaderboard" / "bfcl_eval" / "data"
          / "multi_turn_func_doc" / "travel_booking.json")


@pytest.fixture(scope="module")
def travel(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not TRAVEL.is_file():
        pytest.skip("shared BFCL corpus not found")
    corpus = tmp_path_factory.mktemp("travel")
    shutil.copy(TRAVEL, corpus / TRAVEL.name)
    config = RunConfig(n=80, seed=7, toolenv=str(corpus))
    out = corpus / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_an_invoice_states_the_trip_its_booking_was_made_for(travel: list[Rec]) -> None:
    records = travel
    seen, found = 0, []
    for r in records:
        outputs = rc.tool_outputs(r)
        booked: dict[str, dict[str, Any]] = {}
        for _, tc, _ in rc.calls(r):
            name, args = tc["function"]["name"], json.loads(tc["function"]["arguments"] or "{}")
            out = outputs.get(tc["id"])
            if not isinstance(out, dict) or "error" in out:
                continue
            if name.startswith("book_flight") and isinstance(out.get("booking_id"), str):
                booked[out["booking_id"]] = {k: args[k] for k in _TRIP if k in args}
            elif name == "retrieve_invoice" and args.get("booking_id") in booked:
                seen += 1
                invoice = out.get("invoice") or {}
                wrong = {k: (v, invoice.get(k)) for k, v in booked[args["booking_id"]].items()
                         if k in invoice and invoice[k] != v}
                if wrong:
                    found.append(f"{r['conversation_id']}: invoice says {wrong} (booked, said)")
    assert seen >= 2, "too few invoices of a booked flight to judge"
    assert not found, rc.first_problems(found)

"""What a call found or made, said as such.

A lookup that finds a rejected thing worked: the rejection is what it found (ToolBench
seed 31 #10: "Unfortunately the attempt to look into the message failed: it's REJECTED"
for a message the carrier had rejected); an act the service declines did fail. An upload
made a file, not the sign-in it is shared under (#5)."""

from __future__ import annotations

import random
import re

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_FAILURE = ("failed", "didn't go through", "declined", "couldn't", "wasn't able")


def _said(function_name: str, args: dict[str, object], output: dict[str, object],
          intent: Intent) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="SMS", name=function_name)
    done = Executed(MadeCall("c1", endpoint, args), ExecutionResult("ok", output, None, ()),
                    None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_a_rejected_message_looked_up_is_found_with_its_status() -> None:
    output = {"id": "mss_455290", "message": "This is a test message", "status": "REJECTED",
              "to": "+44 7700 900123"}
    intent = Intent(verb="look into", obj="the message", phrase="look into the message")
    for text in _said("get_message_by_id", {"id": "mss_455290"}, output, intent):
        assert "REJECTED" in text, text
        assert not any(w in text for w in _FAILURE), text


def test_a_payment_the_bank_declines_did_not_go_through() -> None:
    output = {"payment_id": "pay_1a2b3c", "status": "declined", "amount": 42.5}
    intent = Intent(verb="make", obj="a payment", phrase="make a payment")
    said = _said("create_payment", {"amount": 42.5}, output, intent)
    assert all(any(w in text for w in _FAILURE) for text in said), said[:3]


def test_an_uploads_sign_in_is_not_what_it_made() -> None:
    # ToolBench seed 31 #5: "I've uploaded a new file, and the username is carlos.wilson"
    output = {"success": True, "file": {
        "id": "fli_b567f3", "filename": "trailer.mp4", "size_bytes": 3435,
        "expiration_time": "2026-04-10T14:59:00Z",
        "authentication": {"username": "carlos.wilson", "password": "********"}}}
    intent = Intent(verb="upload", obj="a new file", phrase="upload a new file")
    for text in _said("upload_a_new_file", {"file": "trailer.mp4"}, output, intent):
        assert "carlos.wilson" not in text and "username" not in text, text
        assert "fli_b567f3" in text or "trailer.mp4" in text, text


def test_a_checks_verdict_in_an_envelope_is_said_not_the_envelopes_status() -> None:
    # ToolBench seed 6061916 #5: "I validated the email address: it's ok, with reason smtp"
    output = {"status": "ok", "timestamp": 1686790696306, "data": {
        "valid": True, "validators": {"smtp": {"valid": True, "reason": "smtp"}},
        "reason": "smtp", "email": "sandra.jackson@caldwell.com"}}
    intent = Intent(verb="validate", obj="the email address",
                    phrase="validate the email address")
    for text in _said("validate_email_address", {"email": "sandra.jackson@caldwell.com"},
                      output, intent):
        assert re.search(r"\bvalid\b", text) and not re.search(r"\bok\b", text), text


def test_a_store_cleared_is_said_cleared_not_found() -> None:
    # BFCL seed 71 #36: "I found all key-value pairs - it's cleared"
    intent = Intent(verb="clear", obj="all key-value pairs", phrase="clear all key-value pairs")
    for text in _said("archival_memory_clear", {}, {"status": "cleared"}, intent):
        assert "cleared" in text, text
        assert not re.search(r"\b(?:found|pulled up|checked|looking at)\b", text, re.I), text
        assert "it's cleared" not in text and "it is cleared" not in text, text

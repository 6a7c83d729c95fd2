"""A credential a call passes never comes back in its answer."""

from __future__ import annotations

from toolgen.executor.credentials import drop_sent_credentials


def test_echoed_session_reference_is_dropped() -> None:
    out = {"score": 70, "confidence": 0.95, "SessionID": "$SESSION_ID"}
    drop_sent_credentials(out, {"SessionID": "$SESSION_ID"})
    assert out == {"score": 70, "confidence": 0.95}


def test_issued_token_and_ordinary_echoes_stay() -> None:
    out = {"access_token": "tok_1a2b3c4d5e6f7a8b", "booking_id": "bkn_1", "city": "Paris"}
    drop_sent_credentials(out, {"booking_id": "bkn_1", "city": "Paris"})
    assert out == {"access_token": "tok_1a2b3c4d5e6f7a8b", "booking_id": "bkn_1",
                   "city": "Paris"}

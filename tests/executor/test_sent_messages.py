"""A messaging API shows what the conversation sent: after `send_message`,
`view_messages_sent` lists the message under its receiver (BFCL seed 7, 000074 and
000233 answered `{"name": "Missing item in my order", "value": 234.02}`), a search finds
it and a delete forgets it; a view before any send is the map of texts by receiver the
field's description shows by example (`{"USR001": ["Hello"]}`). Runs on BFCL's own
function docs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.export.corpora import BFCL

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint
from toolgen.registry.loader import load_registry


@pytest.fixture(scope="module")
def functions() -> dict[str, Endpoint]:
    if not BFCL.is_dir():
        pytest.skip("shared corpora not present")
    return load_registry(BFCL).by_function


def _texts(view: dict[str, Any]) -> dict[str, list[str]]:
    groups = view["messages"]
    assert isinstance(groups, dict) and groups, view
    for texts in groups.values():
        assert isinstance(texts, list) and texts, view
        assert all(isinstance(t, str) and len(t.split()) >= 2 for t in texts), view
    return groups


@pytest.mark.parametrize("seed", range(4))
def test_a_view_before_any_send_is_messages_by_receiver(
        executor: MockExecutor, functions: dict[str, Endpoint], seed: int) -> None:
    view = executor.session(seed).call(functions["view_messages_sent"], {}).output
    groups = _texts(view)
    assert all(re.fullmatch(r"USR\d{3}", who) for who in groups), view


@pytest.mark.parametrize("seed", range(4))
def test_the_message_just_sent_is_in_the_view_search_and_gone_after_delete(
        executor: MockExecutor, functions: dict[str, Endpoint], seed: int) -> None:
    session = executor.session(seed)
    first = session.call(functions["view_messages_sent"], {}).output
    before = sum(len(v) for v in _texts(first).values())
    sent = session.call(functions["send_message"],
                        {"receiver_id": "USR002", "message": "Lunch at noon on Friday?"})
    assert sent.output["sent_status"] is True, sent.output
    assert "USR002" in sent.output["message"], sent.output
    groups = _texts(session.call(functions["view_messages_sent"], {}).output)
    assert groups.get("USR002") == ["Lunch at noon on Friday?"], groups
    assert sum(len(v) for v in groups.values()) == before + 1, groups
    found = session.call(functions["search_messages"], {"keyword": "lunch"}).output
    assert found["results"] == [{"receiver_id": "USR002",
                                 "message": "Lunch at noon on Friday?"}], found
    gone = session.call(functions["delete_message"], {"receiver_id": "USR002"}).output
    assert gone["deleted_status"] is True, gone
    after = _texts(session.call(functions["view_messages_sent"], {}).output)
    assert "USR002" not in after and len(after) == len(first["messages"]), after


def test_a_send_without_an_earlier_view_is_still_listed(
        executor: MockExecutor, functions: dict[str, Endpoint]) -> None:
    session = executor.session(11)
    session.call(functions["send_message"],
                 {"receiver_id": "rcv_9c6060", "message": "Happy birthday!"})
    groups = _texts(session.call(functions["view_messages_sent"], {}).output)
    assert groups.get("rcv_9c6060") == ["Happy birthday!"], groups


def test_deleting_a_message_sent_before_the_conversation_is_done(
        executor: MockExecutor, functions: dict[str, Endpoint]) -> None:
    # BFCL seed 7, 000028: "No message to 'rcv_bce596' was found" with deleted_status
    # false, and the answer said it was deleted
    session = executor.session(3)
    gone = session.call(functions["delete_message"], {"receiver_id": "rcv_bce596"}).output
    assert gone["deleted_status"] is True and "rcv_bce596" in gone["message"], gone

"""A thing made in a conversation is taken back in a later turn, as a change of plans:
"book a hotel around Seoul ... and afterwards cancel that booking" (BFCL seed 59 #24) and
"make a payment ... then I'd like a refund for that payment" (bundled seed 59 #7) asked
for both at once (28 of 300 BFCL records at seed 61). Read from the records: a call that
cancels, deletes or refunds an id a made thing's result gave is asked for in a later user
turn than the one that asked to make it, and that turn says the plans changed."""

from __future__ import annotations

import re
from typing import Any

import orjson
import pytest

from agents.generated import generated
from toolgen.pipeline.runtime import RunConfig

_UNDO = re.compile(r"^(cancel|delete|remove|refund|void|revoke)")
_READ = re.compile(r"^(get|list|search|find|fetch|retrieve|check|track|view|show)")
_ID = re.compile(r'"([a-z]{2,4}_[0-9a-f]{3,8})"')
# typed with a typo now and then ("change of plns": the robustness overlay)
_CHANGED = re.compile(r"chang\w* (?:my|of)|\bpl\w*ns? ha\w* chang|come up", re.IGNORECASE)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=200, seed=61), "changed_mind")


def _undoings(rec: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(turn the thing was made in, turn the undoing was asked in, that turn's text)."""
    turn, texts, made, out = 0, [""], {}, []
    names: dict[str, str] = {}
    sent: set[str] = set()  # ids the calls were given: a thing the user had, not one made
    for msg in rec["messages"]:
        if msg["role"] == "user":
            turn += 1
            texts.append(msg["content"] or "")
        for call in msg.get("tool_calls") or []:
            names[call["id"]] = call["function"]["name"]
            args = orjson.loads(call["function"]["arguments"])
            if _UNDO.match(call["function"]["name"]):
                out += [(made[v], turn, texts[turn]) for v in args.values() if v in made]
            sent.update(v for v in args.values() if isinstance(v, str))
        if msg["role"] == "tool" and not _READ.match(names.get(msg["tool_call_id"], "")):
            for value in _ID.findall(msg["content"]):
                if value not in sent:
                    made.setdefault(value, turn)
    return out


def test_a_made_thing_is_undone_in_a_later_turn_after_a_change_of_plans(
        records: list[dict[str, Any]]) -> None:
    seen = 0
    for rec in records:
        for made_in, undone_in, text in _undoings(rec):
            seen += 1
            assert undone_in > made_in, (rec["conversation_id"], text)
            assert _CHANGED.search(text), (rec["conversation_id"], text)
    assert seen >= 5

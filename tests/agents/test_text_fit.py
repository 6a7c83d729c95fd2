"""Free text fits its slot, read in generated BFCL records as a reviewer reads them.

A message to customer support after booking a flight read "Running ten minutes late, see
you at the cafe." and support answered "Reminder: the office is closed on Monday."; facts
about a proton read "Thanks for the update!"; a legal case's summary was no summary at
all, answered with its URL; capitals and screenings were all "For internal use only.".
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

_BFCL = Path(__file__).resolve().parents[2].parent / "shared/corpora/bfcl"
# The chatter and filler the generators used to put anywhere (written out, not imported).
_CHATTER = ("Thanks for the update!", "Great photo, where was this taken?",
            "Reminder: the office is closed on Monday.", "Happy birthday!",
            "Running ten minutes late", "Can you pick up milk", "Please find the invoice")
_FILLER = ("For internal use only.", "Draft; details to follow.",
           "Archived copy of the original.", "Imported from the previous system.",
           "Maintained by the operations team.", "Shared with the whole team.",
           "Last reviewed in March.", "Created for the spring campaign.")


@pytest.fixture(scope="module")
def bfcl(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not _BFCL.is_dir():
        pytest.skip("shared BFCL corpus not found")
    config = RunConfig(n=300, seed=7, toolenv=str(_BFCL))
    out = tmp_path_factory.mktemp("text_fit") / "bfcl.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def travel(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """BFCL's travel-booking API alone: flights booked and support asked about them."""
    doc = _BFCL / "berkeley-function-call-leaderboard/bfcl_eval/data/multi_turn_func_doc"
    if not (doc / "travel_booking.json").is_file():
        pytest.skip("shared BFCL corpus not found")
    root = tmp_path_factory.mktemp("travel_corpus")
    (root / "bfcl_eval/data/multi_turn_func_doc").mkdir(parents=True)
    shutil.copy(doc / "travel_booking.json", root / "bfcl_eval/data/multi_turn_func_doc")
    config = RunConfig(n=80, seed=7, toolenv=str(root))
    out = root / "travel.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _calls(records: list[dict[str, Any]], name: str) -> list[tuple[dict[str, Any], Any,
                                                                    dict[str, Any]]]:
    """(arguments, output, record) of every call to `name`."""
    found = []
    for rec in records:
        msgs = rec["messages"]
        outputs = {m["tool_call_id"]: m["content"] for m in msgs if m["role"] == "tool"}
        for m in msgs:
            for call in m.get("tool_calls") or []:
                if call["function"]["name"] != name or call["id"] not in outputs:
                    continue
                out = orjson.loads(outputs[call["id"]])
                if isinstance(out, dict) and "error" not in out:  # a fault says no text
                    found.append((orjson.loads(call["function"]["arguments"]), out, rec))
    return found


def _answer(rec: dict[str, Any]) -> str:
    """What the assistant said in the record (a closing "Anytime!" follows the answer)."""
    return " ".join(m["content"] for m in rec["messages"]
                    if m["role"] == "assistant" and m.get("content"))


def test_a_message_to_support_asks_about_the_booking_and_is_answered(
        travel: list[dict[str, Any]]) -> None:
    calls = _calls(travel, "contact_customer_support")
    assert len(calls) >= 3, len(calls)
    for args, out, _ in calls:
        message = args["message"]
        assert not any(c in message for c in _CHATTER), message
        assert message.endswith("?") and any(
            w in message for w in ("flight", "booking", "order", "hotel")), message
        reply = str(out.get("customer_support_message", ""))
        assert not any(c in reply for c in _CHATTER), reply
        # the reply speaks of what was asked: a bag question gets a bag answer
        for topic in ("bag", "seat", "refund", "receipt", "meal"):
            if topic in message.lower() or (topic == "refund" and "cancel" in message):
                assert topic in reply.lower() or "cancel" in reply.lower(), (message, reply)


def test_a_flight_booked_earlier_is_what_support_is_asked_about(
        travel: list[dict[str, Any]]) -> None:
    # a record that books a flight, then asks support about it: the destination is read
    # from the booking
    asked = 0
    for rec in travel:
        books = [c for t in rec["tools"] if t["function"]["name"].startswith("book_flight")
                 for c in _calls([rec], t["function"]["name"])]
        support = _calls([rec], "contact_customer_support")
        if len(books) == 1 and len(support) == 1:
            asked += 1
            (booked, _, _), (args, _, _) = books[0], support[0]
            assert f"flight to {booked['travel_to']}" in args["message"], (booked, args)
    assert asked


def test_facts_about_a_particle_speak_of_that_particle(bfcl: list[dict[str, Any]]) -> None:
    calls = [c for name in ("science_facts_get_diameter", "science_facts_get_weight",
                            "science_facts_get_charge") for c in _calls(bfcl, name)]
    assert calls
    for args, out, _ in calls:
        for fact in out.get("facts", []):
            assert args["particle"].lower() in fact["text"].lower(), (args, fact)
            assert not any(c in fact["text"] for c in _CHATTER), fact


def test_a_case_summary_names_its_parties_and_the_answer_quotes_it(
        bfcl: list[dict[str, Any]]) -> None:
    calls = _calls(bfcl, "legal_case_get_summary")
    assert calls
    for _, out, rec in calls:
        summary = out.get("summary")
        assert isinstance(summary, str) and " sued " in summary, out
        name = out.get("name", "")
        if " v. " in name:
            plaintiff, defendant = name.split(" v. ", 1)
            assert plaintiff in summary and defendant in summary, (name, summary)
        assert summary.rstrip(".") in _answer(rec), _answer(rec)


def _objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [o for item in node for o in _objects(item)]
    if isinstance(node, dict):
        return [node, *[o for v in node.values() for o in _objects(v)]]
    return []


def test_filler_is_no_description_of_a_named_thing(bfcl: list[dict[str, Any]]) -> None:
    """A status line ("For internal use only.") is left only where nothing describes the
    object: never on one with a name or type, which its description speaks of."""
    described = 0
    for rec in bfcl:
        for m in rec["messages"]:
            if m["role"] != "tool" or not m["content"].startswith(("{", "[")):
                continue
            for obj in _objects(orjson.loads(m["content"])):
                text = obj.get("description")
                if not isinstance(text, str):
                    continue
                known = [obj[k] for k in ("name", "title", "type")
                         if isinstance(obj.get(k), str)]
                if text in _FILLER:
                    assert not known, (rec["conversation_id"], obj)
                elif known:
                    described += 1
    assert described > 0

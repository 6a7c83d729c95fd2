"""How the user and the assistant talk: a closing answered as the closing it is, no id a
user could not know, and the reviewer checks in `talk_checks` that catch both.

The generated runs read records back as JSON, as a reviewer would: the bundled corpus by
default, BFCL (where a hotel booking used to come back without a booking id, so the user
made one up to cancel it) marked slow.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import talk_checks as tc
from toolgen.agents.offline import assistant_closing
from toolgen.executor import endpoint_info
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records.tools import Endpoint, Parameter

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
_WELCOME = ("welcome", "anytime", "any time", "pleasure", "no problem")


def _said(text: str, seeds: int = 40) -> set[str]:
    return {assistant_closing(text, random.Random(s)) for s in range(seeds)}


@pytest.mark.parametrize("closing", ["OK.", "Very good.", "That's all.", "Got it.",
                                     "All set.", "ok cool", "Brilliant, that sorts it."])
def test_no_welcome_for_thanks_never_given(closing: str) -> None:
    for reply in _said(closing):
        assert not any(w in reply.lower() for w in _WELCOME), (closing, reply)


@pytest.mark.parametrize("closing", ["Have a good day.", "Very good. Have a good day.",
                                     "That is all, thank you. Have a good day."])
def test_a_wish_is_returned(closing: str) -> None:
    for reply in _said(closing):
        low = reply.lower()
        assert any(w in low for w in ("you too", "same to you", "and you", "you as well",
                                      "day too")), (closing, reply)


def test_thanks_and_sign_offs_get_their_answer() -> None:
    thanked = _said("Many thanks!")
    assert any("welcome" in r.lower() for r in thanked)
    assert not any("you too" in r.lower() for r in thanked)
    signed = _said("Kind regards.")
    assert not any("welcome" in r.lower() for r in signed)
    assert any(w in " ".join(signed).lower() for w in ("best", "take care", "goodbye"))
    assert len(_said("Thanks!", 200)) >= 6  # still varied


def test_a_booking_endpoint_makes_a_booking() -> None:
    """BFCL's `hotel_booking` ("Books a hotel room") makes a booking: its result carries
    the booking id a later "cancel the booking" needs, not only the hotel's."""
    params = tuple(Parameter(name=n, raw_name=n, type_label="STRING",
                             json_schema={"type": "string"}, required=True)
                   for n in ("location", "room_type", "start_date"))
    endpoint = Endpoint(id="bfcl/hotel/hotel_booking", function_name="hotel_booking",
                        tool_id="bfcl/hotel", tool_name="hotel", category="bfcl",
                        name="hotel_booking", method="CALL", parameters=params,
                        description="Books a hotel room for a stay.")
    info = endpoint_info(endpoint)
    assert (info.action, info.entity) == ("create", "booking")


def _messages(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"role": role, "content": text} for role, text in pairs]


def test_checks_catch_the_old_defects() -> None:
    """Records as the old code wrote them (ToolBench 000024, BFCL 000055) are flagged;
    the same records told right are not."""
    record = {"messages": [
        *_messages(("user", "Upload a file for pet 297916.")),
        {"role": "assistant", "content": None, "tool_calls": [
            {"function": {"name": "upload", "arguments": '{"petId": 297916}'}}]},
        {"role": "tool", "content": '{"image_id": "img_f44083"}'},
        *_messages(("assistant", "Uploaded: image img_f44083."), ("user", "Very good."),
                   ("assistant", "You're very welcome."))]}
    assert tc.closing_mismatch(record)
    record["messages"][-1]["content"] = "Glad I could help."
    assert not tc.closing_mismatch(record)
    record["messages"][-2]["content"] = "Thank you. Have a good day."
    record["messages"][-1]["content"] = "You're welcome!"
    assert tc.closing_mismatch(record)
    record["messages"][-1]["content"] = "You're welcome - you too!"
    assert not tc.closing_mismatch(record)

    booked = {"messages": [
        *_messages(("user", "Book a hotel in Paris, then cancel the booking.")),
        {"role": "assistant", "content": None, "tool_calls": [
            {"function": {"name": "hotel_booking", "arguments": '{"location": "Paris"}'}}]},
        {"role": "tool", "content": '{"hotel_id": "htl_018acb", "status": "confirmed"}'},
        *_messages(("assistant", "To proceed, I require the booking ID."),
                   ("user", "Of course: bkn_3c85e7.")),
        {"role": "assistant", "content": None, "tool_calls": [
            {"function": {"name": "cancel_booking",
                          "arguments": '{"booking_id": "bkn_3c85e7"}'}}]}],
        "step_trace": [{"arguments": {"location": {"source": "user", "message_index": 0}}},
                       {"arguments": {"booking_id": {"source": "clarification",
                                                     "message_index": 4}}}]}
    assert tc.unknowable_ids(booked) == ["booking_id=bkn_3c85e7 ('Of course: bkn_3c85e7.')"]
    booked["messages"][2]["content"] = '{"booking_id": "bkn_3c85e7", "status": "confirmed"}'
    assert not tc.unknowable_ids(booked)
    assert tc.article_garble({"messages": _messages(
        ("assistant", "That went through: I submitted an at coordinate."))})
    assert not tc.article_garble({"messages": _messages(
        ("assistant", "I submitted the form at the coordinates."))})


def _run(toolenv: Path | None, n: int, tmp: Path) -> list[dict[str, Any]]:
    if toolenv is not None and not toolenv.exists():
        pytest.skip(f"shared corpus not found at {toolenv}")
    config = RunConfig(n=n, seed=7, toolenv=str(toolenv) if toolenv else None)
    out = tmp / "run.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module", params=[
    "bundled", pytest.param("bfcl", marks=pytest.mark.slow)])
def records(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = None if request.param == "bundled" else SHARED / "bfcl"
    n = 200 if request.param == "bundled" else 300
    return _run(toolenv, n, tmp_path_factory.mktemp(str(request.param)))


def test_closings_answer_what_the_user_said(records: list[dict[str, Any]]) -> None:
    closed = [r for r in records if r["messages"][-1]["role"] == "assistant"
              and r["messages"][-2]["role"] == "user"]
    assert closed  # the runs do close conversations
    found = {r["conversation_id"]: tc.closing_mismatch(r) for r in records}
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_users_state_no_id_they_could_not_know(records: list[dict[str, Any]]) -> None:
    found = {r["conversation_id"]: tc.unknowable_ids(r) for r in records}
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_no_user_opens_as_if_nothing_had_started_once_tools_ran(
        records: list[dict[str, Any]]) -> None:
    # ToolBench seed 690811 record 000007: "Before we start, why is the sky blue?" after
    # three tool calls and the answer
    found = {r["conversation_id"]: tc.late_opening(r) for r in records}
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_an_asked_figure_inside_a_forecast_is_the_answer() -> None:
    """ToolBench seed 7 record 000111: "predict the gsi" was answered "the epoch time is
    1606964667"; the gsi is in the forecast's first item."""
    from toolgen.agents import offline as lang
    from toolgen.agents.offline import Intent
    from toolgen.agents.policy.speech import outcome_of
    from toolgen.episode.state import Executed, MadeCall
    from toolgen.executor.results import ExecutionResult

    output = {"forecast": [
        {"epochtime": 1606964667, "timeStamp": 1606964667062, "gsi": 48, "scaled": False,
         "sci": 37, "energyprice": -0.211, "co2_g_oekostrom": 26},
        {"epochtime": 1607536514, "timeStamp": 0, "gsi": 42, "scaled": False, "sci": 44,
         "energyprice": -0.208, "co2_g_oekostrom": 0}],
        "location": {"zip": "23-436", "city": "Warsaw"}}
    endpoint = Endpoint(id="t/e", function_name="gsi_prediction_for_corrently", tool_id="t",
                        tool_name="Corrently", category="Energy", name="GSI Prediction")
    done = Executed(MadeCall("c1", endpoint, {}), ExecutionResult("ok", output, None, ()),
                    None)
    intent = Intent(verb="predict", obj="the gsi", phrase="predict the gsi")
    outcome = outcome_of(done, intent)
    assert outcome.facts[0].value == "48", outcome.facts
    for seed in range(20):
        text = lang.assistant_report(lang.said_once([outcome]), random.Random(seed))
        assert "48" in text and "1606964667" not in text, text


def test_requests_say_what_is_done_not_garbled_names() -> None:
    """BFCL seed 7 000180 "I submitted an at coordinate", 000003 "One thing is missing:
    the to city", ToolBench 000059 "I'd like to check accept terms of", and ToolBench seed
    4262013 000007 "the food glossary article 755474 called kevin_snow" (an account)."""
    from toolgen.agents.offline import Slot, intent_from_text, slot_label
    from toolgen.agents.offline.saying import phrase

    submit = intent_from_text(
        "submitAtCoordinate", "This function sends a submit action to a React form element "
        "at a specific position determined by coordinates relative to its bounding box.",
        "BFCL", "form")
    assert not submit.phrase.startswith(("submit an at", "submit at")), submit
    assert "form" in submit.phrase, submit
    terms = intent_from_text("AcceptTermsOfUse", "You need to accept Terms of Use to use our "
                             "API", "endlessmedicalapi")
    assert terms.phrase == "accept the terms of use", terms
    assert slot_label("to_city") == "destination city"
    assert slot_label("fromDate") == "start date"
    user = Slot(name="bigovenUsername", label=slot_label("bigovenUsername"), value="kevin_snow")
    said = {phrase(user, "kevin_snow", random.Random(s)) for s in range(40)}
    assert not any("called" in s for s in said), said

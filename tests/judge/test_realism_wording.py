"""Wording no person writes, as the generator wrote it (ToolBench, BFCL and bundled seed 7
before qphrase): flagged in user and assistant text; the same words left alone where a
person does write them or where they belong to a value (a title, a quoted message).
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import wording
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import Call, calls_record

CTX = JudgeContext()


def _record(user: str, answer: str, output: Any = None) -> Record:
    out = output if output is not None else {"status": "reserved", "price": 71.2}
    return calls_record([("buy_tickets_for_box", {"event_id": "evn_7d49fd"}, out)],
                        user=user, answer=answer, conversation_id="t-wording")


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in wording.check_view(build_view(record), CTX)]


@pytest.mark.parametrize("user", [
    "Hey there! Can you mind helping me buy tickets for evn_7d49fd? Many thanks so much!",
    "To whom it may concern, I please ask you to buy tickets for evn_7d49fd.",
    "Buy tickets for evn_7d49fd (yes, kindly). With thank you.",
    "Brief one: buy tickets for evn_7d49fd?",
    "ok so fast one - buy tickets for evn_7d49fd",
    "Help me buy tickets for evn_7d49fd?",
    "pls buy tickets for evn_7d49fd Once you have that, check the event for it.",
    "gotta buy tickets for evn_7d49fd using the result And afterwards check the event",
    "Could you put up the prompt prompt for evn_7d49fd?",
    "I must pull up up-to-date tickets for evn_7d49fd.",
    "Greetings! Can you be able to buy tickets for evn_7d49fd?",
    "Good afternoon. Are you able to please buy tickets for evn_7d49fd?",
    "Hi hey! Buy tickets for evn_7d49fd.",
    # a "then" swapped for "and then" after "could you" (qwords: bundled seed 7 #1)
    "Find evn_7d49fd. Could you and then buy tickets for it as well?",
    "pls buy tickets for evn_7d49fd, then convert the price from EUR gonna USD",
    "Make a recipe - no is bookmark, yes to is private - for evn_7d49fd.",
    "Then pls check the is prime for the number 439 and buy tickets for evn_7d49fd.",
    "Buy tickets for evn_7d49fd and recognize vehicle switched on (1).",
    # qwording3: asides stacked side by side (bundled seed 7 #60, #224; BFCL seed 7 #112)
    "Reserve a hotel's room (hotel htl_9017cb) (room rmo_b52e71), arriving 2025-10-13.",
    "please purchase some tickets (event evn_739934) (8 in total).",
    "check the timezones difference (that's Munich) (that's Dubai) and buy evn_7d49fd",
    "purchase some tickets - 7 of them - (payment method mth_3d1624) for evn_7d49fd.",
    "Pls reserve the cinema seats (showtime shw_680328) - F7 - on payment method mth_1.",
    # an aside listed after "and" (bundled seed 7 #74, #262)
    "book a room for Andrea Lane, on payment method mth_97c976 and - late arrival?",
    "check the availability of a room for hotel htl_3cda9e, leaving 2025-06-22 and (the "
    "suite room).",
    # a "no" said of an undoing, a flag's name read as words, "x6" (ToolBench seed 7 #42,
    # BFCL seed 8 #73, #113)
    "add a venue and no need to ignore duplicates with the name Gonzalez Theatre",
    "Find out about the details on the lawsuit for Bengaluru - yes to with verdict.",
    "search for the inventor called Evening Meadow and yes, include want year",
    "buy tickets on event evn_7d49fd x6 please",
    # a currency travelled to (bundled seed 7 #278)
    "Buy tickets for evn_7d49fd. Following on from that, convert the amount going to CAD.",
])
def test_a_user_turn_no_person_writes_is_flagged(user: str) -> None:
    assert _kinds(_record(user, "I bought the tickets for 71.2 EUR.")) == ["broken_wording"]


@pytest.mark.parametrize("answer", [
    "I bought tickets; its status is reserved, at 71.2 EUR.",
    "I've bought tickets, and it's reserved, for 71.2 EUR.",
    "As for the today's events, the tickets are reserved at 71.2 EUR.",
    "I've uploaded my files - their status is reserved, at 71.2 EUR.",
    "I checked the whether it's reserved, and the tickets are 71.2 EUR.",
])
def test_an_answer_no_person_writes_is_flagged(answer: str) -> None:
    assert _kinds(_record("Please buy tickets for evn_7d49fd.", answer)) == ["broken_wording"]


@pytest.mark.parametrize(("user", "answer"), [
    ("Would you mind helping me buy tickets for evn_7d49fd? Thanks so much!",
     "I bought tickets; they're reserved, at 71.2 EUR."),
    ("Quick one: can you buy tickets for evn_7d49fd? Thanks a bunch!",
     "I checked the tickets, and it's reserved at 71.2 EUR."),
    ("I kindly ask you to buy tickets for evn_7d49fd (yes, please). With thanks.",
     "I bought a ticket - its status is reserved, at 71.2 EUR."),
    ("pls buy tickets for evn_7d49fd. Once you have that, check the event for it.",
     "Today's events: I bought the tickets, that that was fine, at 71.2 EUR."),
    ("Help me buy tickets for evn_7d49fd.", "Done - the tickets are reserved at 71.2 EUR."),
    ("Make a recipe not marked as bookmark and marked as private for evn_7d49fd, and "
     "check whether it is prime", "Done - the tickets are reserved at 71.2 EUR."),
    ("Would you be able to buy tickets for evn_7d49fd? im gonna go tonight",
     "I've uploaded your files - my pleasure; they're reserved at 71.2 EUR."),
    ("Reserve a room (hotel htl_9017cb, room rmo_b52e71), and don't ignore duplicates, "
     "no need to include people, and with the year, please.",
     "Done - the room is reserved at 71.2 EUR."),
    ("Buy tickets for evn_7d49fd in Dutch (nl) - 160_154-160_91, please - today.",
     "Done - the tickets are reserved at 71.2 EUR."),
    ("Find flights going to MAD and buy tickets for evn_7d49fd. Then convert the amount "
     "into CAD.",
     "Done - the tickets are reserved at 71.2 EUR."),
    ("Buy tickets for evn_7d49fd (6 in total) for a party of 2 (adults) and 1 (child).",
     "Done - the tickets (s) are reserved at 71.2 EUR."),
])
def test_the_same_words_said_rightly_are_left_alone(user: str, answer: str) -> None:
    assert _kinds(_record(user, answer)) == []


def test_a_value_is_not_the_speakers_wording() -> None:
    """A post's title ("Finally ran my first marathon") or a quoted message is the
    tool's text: a capital after no stop, or a word said twice, inside it is no run-on."""
    out = {"status": "reserved", "title": "Bora Bora Trip Then we go home",
           "note": "Thanks a ton Once again"}
    record = _record('pls buy tickets for "Bora Bora Trip Then we go home".',
                     "I bought the tickets: Bora Bora Trip Then we go home, note Thanks a ton "
                     "Once again.", out)
    assert _kinds(record) == []


def test_a_value_that_ends_a_sentence_ends_it() -> None:
    """'resolve the ticket 517241 - Shipped a replacement. Once you have that, ...' (BFCL
    seed 8 #105): the value's own stop ends the sentence; the next one is no run-on."""
    out = {"status": "resolved"}
    record = calls_record(
        [("resolve_ticket_for_api", {"resolution": "Shipped a replacement."}, out)],
        user="Resolve the ticket - Shipped a replacement. Once you have that, edit it.",
        answer="The ticket is resolved.", conversation_id="t-wording")
    assert _kinds(record) == []


def test_the_flag_keeps_the_record_below_the_threshold() -> None:
    record = _record("Can you mind helping me buy tickets for evn_7d49fd?",
                     "I bought the tickets; they're reserved, at 71.2 EUR.")
    assert score(record, validate(record, CTX)).overall < CTX.threshold


_PLAYERS = {"data": [{"id": 12, "first_name": "MarShon", "last_name": "Brooks",
                      "team": {"id": 18, "city": "Boston", "full_name": "Boston Celtics"}}]}
_CASE = {"case_id": "csa_460e75", "title": "Harris v. Brennan",
         "fee": {"amount": 120.5, "currency": "EUR"}}


def _follow_up(first: Call, second: Call, follow_up: str) -> Record:
    """One request and its call, the answer, then `follow_up` and the call answering it."""
    record = calls_record([first, second], user="Please look that up.",
                          answer="Done.", conversation_id="t-follow-up")
    d = record.model_dump(mode="json")
    messages = d["messages"]
    messages[3:3] = [{"role": "assistant", "content": "Here is what I found."},
                     {"role": "user", "content": follow_up}]
    for step in d["step_trace"][1:]:
        step["message_index"] += 2
    return Record.model_validate(d)


def test_a_follow_up_opening_on_a_result_it_does_not_use_is_flagged() -> None:
    """"About MarShon, can you also see the airports?" (ToolBench seed 7 #42): the
    airports are found by the team's city; the player is another thing."""
    record = _follow_up(("get_all_players", {"page": "1"}, _PLAYERS),
                        ("v1_airports", {"city": "Boston"}, {"airports": [], "total": 0}),
                        "Looks good. About MarShon, can you also see the airports?")
    assert _kinds(record) == ["unmoored_follow_up"]


@pytest.mark.parametrize(("follow_up", "args"), [
    ("Great. About Boston, can you also see the airports?", {"city": "Boston"}),
    ("Great. For Harris v. Brennan, could you now get its briefs?", {"case": "csa_460e75"}),
    ("Regarding 120.5 EUR, could you also convert it?", {"amount": "120.5"}),
    ("Great, can you also see the airports?", {"city": "Boston"}),
])
def test_a_follow_up_on_what_its_call_uses_is_left_alone(follow_up: str,
                                                         args: dict[str, Any]) -> None:
    output = {"players": _PLAYERS["data"], "case": _CASE}
    record = _follow_up(("get_things", {"page": "1"}, output),
                        ("next_thing", args, {"status": "ok"}), follow_up)
    assert _kinds(record) == []

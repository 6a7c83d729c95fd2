"""The reviewer checks for how records name endpoints (`language_checks`), on hand-made
records: each flags the defect it names and passes the clean wording."""

from __future__ import annotations

import json
from typing import Any

from agents import language_checks as lc


def _record(name: str, description: str, user: str, output: Any, answer: str) -> dict[str, Any]:
    return {
        "conversation_id": "t",
        "tools": [{"type": "function", "function": {"name": name, "description": description,
                                                    "parameters": {"type": "object"}}}],
        "messages": [
            {"role": "user", "content": user},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": name,
                                                              "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": json.dumps(output)},
            {"role": "assistant", "content": answer},
        ],
        "step_trace": [{"step": 1, "call_id": "c1", "message_index": 1, "status": "ok"}],
    }


BOOKED = {"booking_id": "bkn_1", "status": "confirmed"}
LISTED = {"flights": [{"flight_id": "f1"}, {"flight_id": "f2"}], "total": 98}


def test_glued_and_snake_names_in_text_are_found() -> None:
    rec = _record("createanote_for_cleardil", "ClearDil: Createanote",
                  "Please retrieve the createanote for me.", BOOKED, "Done.")
    assert lc.raw_names_in_text(rec) == ["message 0: 'createanote'"]
    rec = _record("flight_book", "Book a flight.", "Book a flight to Oslo.", BOOKED,
                  "I ran flight_book for you: booking bkn_1 is confirmed.")
    assert lc.raw_names_in_text(rec) == ["message 3: 'flight_book'"]


def test_words_that_are_names_are_not_found() -> None:
    rec = _record("create_note_for_notes", "Notes: create a note",
                  "Create a note saying hi.", BOOKED, "Your note bkn_1 is saved.")
    assert lc.raw_names_in_text(rec) == []


def test_a_booking_listed_and_counted_is_found() -> None:
    rec = _record("flight_book", "Book a direct flight.", "Book a flight to Oslo.", LISTED,
                  "I pulled up the flight: there are 98 in all.")
    assert lc.create_as_lookup(rec) == ["listed: flight_book", "answered: flight_book"]
    asked = _record("createanote_for_cleardil", "ClearDil: Createanote",
                    "Could you look up the createanote?", BOOKED, "Done.")
    assert lc.create_as_lookup(asked) == ["asked: createanote_for_cleardil"]


def test_a_confirmed_booking_passes() -> None:
    rec = _record("flight_book", "Book a direct flight.", "Book a flight to Oslo.", BOOKED,
                  "Booked: your reference is bkn_1, confirmed.")
    assert lc.create_as_lookup(rec) == []
    search = _record("flight_search", "Find flights.", "Find flights to Oslo.", LISTED,
                     "There are 98 in all.")
    assert lc.create_as_lookup(search) == []


def test_a_namespaced_name_recited_around_its_verb_is_found() -> None:
    rec = _record("religion_history_get_schisms", "Retrieves schisms.",
                  "Look up the schisms for religion history get with major.", LISTED,
                  "I found 98 schisms in religion history, get back to me if needed.")
    assert lc.name_verb_recitals(rec) == ["message 0: 'history get'"]


def test_a_name_s_noun_after_an_article_is_no_recital() -> None:
    """ToolBench seed 7 #85: "like the page update for the first one" names an update to
    a page (`like_page_update`), as a person would; "page update" recites nothing."""
    rec = _record("like_page_update", "Like a page update.",
                  "Please like the page update for the first one.", LISTED, "Done.")
    assert lc.name_verb_recitals(rec) == []

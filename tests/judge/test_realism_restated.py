"""Results a name asking for a code does not excuse, and descriptions that only say the
call back.

Built from the records that showed them (ToolBench and BFCL, seed 7): a postal code query
answered `{postal_id, version, updated_at}` and the answer said "nothing worth quoting"
(scored 5.0, its name's "code" read as asking for a code), and a todo listing described
each todo as "A delete todo." (the call's `type="delete"` and its name), quoted as content.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.notes import is_note, restates, said_words
from toolgen.judge import JudgeContext
from toolgen.judge.realism import hollow, notes
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()

POSTALS = {"postals": [{"postal_id": "pst_be943f", "version": 8,
                        "updated_at": "2026-06-01T23:36:00Z"},
                       {"postal_id": "pst_1e4315", "version": 4,
                        "updated_at": "2026-02-14T14:30:00Z"}], "total": 2}
TODOS = {"todos": [{"todo_id": "tdo_66e631", "type": "delete", "version": 3,
                    "content": "Send the quarterly report to Dana by Friday.",
                    "description": "A delete todo."}], "total": 6}


def _kinds(check: Any, record: Record) -> list[str]:
    return [f.kind for f in check(build_view(record), CTX)]


def _one(name: str, args: dict[str, Any], output: Any, answer: str) -> Record:
    return calls_record([(name, args, output)], user="Can you check that for me?",
                        answer=answer, conversation_id="t-restated")


def test_a_code_query_answering_no_code_is_hollow() -> None:
    record = _one("postal_code_query_for_locationiq", {}, POSTALS,
                  "The postal code query came through, with nothing worth quoting in it.")
    assert _kinds(hollow.check_view, record) == ["hollow_result"]


def test_a_code_query_answering_its_code_is_left_alone() -> None:
    output = {"postal_id": "pst_be943f", "postal_code": "10115", "version": 8}
    record = _one("postal_code_query_for_locationiq", {}, output, "It is 10115.")
    assert _kinds(hollow.check_view, record) == []


def test_an_id_lookup_answering_the_id_is_left_alone() -> None:
    record = _one("get_user_id", {"username": "dana"}, {"user_id": "usr_1a2b3c"},
                  "Dana's user id is usr_1a2b3c.")
    assert _kinds(hollow.check_view, record) == []


def test_a_description_restating_the_call_quoted_is_flagged() -> None:
    record = _one("todo", {"type": "delete", "content": "Book flights for August."}, TODOS,
                  "Looking at the todo, 6 turned up; the first has description A delete todo.")
    assert _kinds(notes.check_view, record) == ["note_as_content"]


def test_a_description_of_its_own_is_no_restatement() -> None:
    said = said_words("todo", {"type": "delete"})
    assert not restates("A weekly reminder to water the plants.", said)
    assert not is_note("A weekly reminder to water the plants.", "description", said)


def test_a_sent_text_echoed_is_no_restatement() -> None:
    said = said_words("create_category", {"description": "Billing questions"})
    assert not is_note("Billing questions", "description", said)


def test_restating_words_under_a_name_key_are_a_name() -> None:
    said = said_words("get_category", {"type": "delete"})
    assert is_note("A delete category.", "description", said)
    assert not is_note("Delete Category", "name", said)


def test_the_names_plural_said_in_the_singular_is_a_restatement() -> None:
    # ToolBench seed 7 #150: Spotify's new releases for the Netherlands, each described
    # "A release for Netherlands." and quoted as the answer (scored 5.0).
    said = said_words("new_releases_for_spotify_v2", {"country": "Netherlands"})
    assert restates("A release for Netherlands.", said)
    assert is_note("A release for Netherlands.", "description", said)
    assert not restates("A remastered release of a 1998 album.", said)


def test_a_listing_described_by_its_names_singular_is_hollow() -> None:
    releases = {"releases": [{"release_id": "rls_c1e483", "country": "Netherlands",
                              "release_code": "KN4206", "version": 6,
                              "description": "A release for Netherlands."}], "total": 21}
    record = _one("new_releases_for_spotify_v2", {"country": "Netherlands"}, releases,
                  "21 turned up; the first has description A release for Netherlands.")
    assert _kinds(hollow.check_view, record) == ["hollow_result"]

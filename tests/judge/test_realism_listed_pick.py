"""The judge flags an act on an item the record's own search did not find (BFCL seed 7
#77: a book reserved that the search never listed); a lookup of an id the user gave, an
act on a found item, and an id of another service's form are clean."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import listed_pick
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

_BOOKS = {"books": [{"book_id": "bko_083a10", "title": "The Letters of Silence"},
                    {"book_id": "bko_b4a05a", "title": "The Stories of the North"}],
          "total": 10}
_RESERVED = {"booking_id": "bkn_3d1388", "status": "confirmed"}


def _record(act: str, args: dict[str, Any], search: dict[str, Any] = _BOOKS,
            effect: str | None = "create",
            endpoints: tuple[str, str] = ("B/library/books_search",
                                          "B/library/reserve_book")) -> Record:
    record = calls_record([("books_search", {"genre": "mystery"}, search),
                           (act, args, _RESERVED)],
                          user="Find mystery books, then reserve one.",
                          answer="I found books and reserved one.",
                          conversation_id="t-listed-pick")
    steps = (record.step_trace[0].model_copy(update={"endpoint_id": endpoints[0]}),
             record.step_trace[1].model_copy(update={"endpoint_id": endpoints[1],
                                                     "effect": effect}))
    return record.model_copy(update={"step_trace": steps})


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in listed_pick.check_view(build_view(record), JudgeContext())]


def test_an_act_on_an_item_the_search_did_not_find_is_flagged() -> None:
    assert _kinds(_record("reserve_book", {"book_id": "bko_665aa4"})) == ["act_off_listing"]
    # a bare `id` of a `books` list is a book's id too, from another tool's search
    bare = {"books": [{"id": "bko_083a10", "title": "The Letters of Silence"}]}
    assert _kinds(_record("reserve_book", {"bookId": "bko_665aa4"}, bare)) == [
        "act_off_listing"]


def test_a_found_item_a_lookup_and_another_service_s_ids_are_clean() -> None:
    assert _kinds(_record("reserve_book", {"book_id": "bko_083a10"})) == []
    # a lookup changes nothing: the user may name a book they know
    assert _kinds(_record("get_book", {"book_id": "bko_665aa4"}, effect=None)) == []
    # another form than every listed id: another service's record, not a missed one
    assert _kinds(_record("reserve_book", {"book_id": "bk-1234567890"})) == []
    # a generic entity's bare id means nothing outside its service
    users = {"users": [{"id": "usr_0a1b2c", "name": "Ann"}]}
    assert _kinds(_record("follow_user", {"user_id": "usr_9f8e7d"}, users,
                          endpoints=("S/foursquare/users", "S/tiktok/follow"))) == []
    # another service's search lists nothing the library could reserve
    assert _kinds(_record("reserve_book", {"book_id": "bko_665aa4"},
                          endpoints=("B/openlibrary/books_search",
                                     "B/library/reserve_book"))) == []

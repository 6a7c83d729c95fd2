"""A thing just made answers its kind's status, not a booking's "confirmed" (ToolBench and
BFCL seed 13: a `mkdir`, a to-do, an uploaded file, a sent OTP came back "confirmed")."""

from __future__ import annotations

from tests.executor.executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint


def _statuses(ep: Endpoint, args: dict[str, object]) -> set[object]:
    executor = MockExecutor(seed=7, pool_size=64)
    outs = [executor.session(seed).call(ep, args).output for seed in range(12)]
    return {o.get("status") for o in outs if isinstance(o, dict)}


def test_made_things_are_not_confirmed() -> None:
    made = {
        "create_folder": (param("name"),),
        "upload_file": (param("file"),),
        "send_otp": (param("email"),),
        "create_page": (param("title"),),
        "create_painting": (param("shape"),),
        "create_user": (param("username"),),
        "add_todo": (param("content"),),
    }
    for name, params in made.items():
        args = {p.name: "Weekly notes" for p in params}
        statuses = _statuses(endpoint(name, params, method="POST"), args)
        assert statuses and "confirmed" not in statuses, (name, statuses)


def test_a_described_ticket_is_open_and_a_booking_confirmed() -> None:
    ticket = endpoint("create_ticket", (param("title"), param("description")), method="POST")
    assert _statuses(ticket, {"title": "Login fails", "description": "Since Monday."}) == {
        "open"}
    booking = endpoint("create_booking", (param("hotel"), param("guests", "integer")),
                       method="POST")
    assert _statuses(booking, {"hotel": "Hotel Adlon", "guests": 2}) == {"confirmed"}


def test_a_file_named_by_its_result_id_is_uploaded() -> None:
    # The path names no noun (`/f`); the shape's `file_id` says what was made.
    upload = endpoint("upload_file", (param("objPath"), param("file")), method="POST",
                      url="/f")
    statuses = _statuses(upload, {"objPath": "projects/site.zip", "file": "site.zip"})
    assert "confirmed" not in statuses, statuses


def test_a_thing_that_exists_added_somewhere_is_added_not_published() -> None:
    # ToolBench seed 13 #222: a recipe put on a grocery list came back "published".
    add = endpoint("add_recipe_to_grocery_list", (param("recipeId"), param("scale")),
                   method="POST")
    assert _statuses(add, {"recipeId": "rcp_3853f9", "scale": "1.5"}) == {"added"}

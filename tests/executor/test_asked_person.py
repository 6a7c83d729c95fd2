"""A lookup by a person's or channel's name answers that person, not someone else."""

from __future__ import annotations

from toolgen.executor.named_subject import asked_person


def test_channel_lookup_answers_the_channel() -> None:
    out = {"user_id": "usr_02d183", "username": "carmen_curtis", "full_name": "Carmen Curtis",
           "followers": 1923, "channel": "Kevin Plays"}
    asked_person(out, {"channel": "Kevin Plays"})
    assert out["username"] == "kevin_plays"
    assert out["full_name"].split()[0] == "Kevin"
    assert out["channel"] == "Kevin Plays"
    assert out["followers"] == 1923


def test_handle_lookup_displays_the_handle() -> None:
    out = {"user_id": "usr_1", "username": "carmen_curtis", "display_name": "Carmen Curtis"}
    asked_person(out, {"username": "john_doe"})
    assert out == {"user_id": "usr_1", "username": "john_doe", "display_name": "John Doe"}


def test_ids_and_matching_records_are_left() -> None:
    out = {"user_id": "usr_1", "username": "carmen_curtis", "full_name": "Carmen Curtis"}
    asked_person(out, {"user": "usr_1"})
    asked_person(out, {"username": "carmen_curtis"})
    assert out == {"user_id": "usr_1", "username": "carmen_curtis", "full_name": "Carmen Curtis"}


def test_a_product_name_is_not_a_person() -> None:
    out = {"item_id": "itm_1", "name": "Air Fryer XL", "username": "kevin_plays"}
    asked_person(out, {"channel": "Kevin Plays"})
    assert out["name"] == "Air Fryer XL"


def test_a_customer_named_is_that_person_by_full_name() -> None:
    # ToolBench seed 31 #2: customer "Maria Lopez" answered "that's Douglas Padilla"
    out = {"account_id": "acc_b1cb03", "username": "douglas.padilla",
           "full_name": "Douglas Padilla", "customer": "Maria Lopez"}
    asked_person(out, {"customer": "Maria Lopez", "account_identifier": "savings"})
    assert out["full_name"] == "Maria Lopez"
    assert "padilla" not in out["username"]


def test_a_lookup_by_first_and_last_name_answers_that_person() -> None:
    """ToolBench seed 97 #13: a search for FirstName Stacey, LastName Goodwin answered
    `"name": "Christine Byrd"` beside the two names."""
    out = {"property_id": "prp_1", "name": "Christine Byrd", "username": "christine_byrd",
           "FirstName": "Stacey", "LastName": "Goodwin", "city": "Austin"}
    asked_person(out, {"FirstName": "Stacey", "LastName": "Goodwin"})
    assert (out["name"], out["username"]) == ("Stacey Goodwin", "stacey_goodwin"), out
    assert out["city"] == "Austin"
    found = {"persons": [{"person_id": "prs_b6dfe6", "name": "Christine Byrd",
                          "LastName": "Goodwin", "FirstName": "Stacey"}], "total": 1}
    asked_person(found, {"LastName": "Goodwin", "FirstName": "Stacey"})
    assert found["persons"][0]["name"] == "Stacey Goodwin", found

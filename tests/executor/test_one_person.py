"""One person per object, read as a reviewer reads a tool output: a username, an email
and a full, display, first or last name beside each other are one person's (the handle
is spelled from the name), a sender's fields are the sender's, a handle the call sent
names the person the output describes, and a list of usernames is several people.

The reviewer's check here is written from the output alone (split the handle at `.` or
`_`, drop its digits, compare with the name's words), never from the generator's pools.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint

TOOLBENCH = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"

_S = {"type": "string"}
_I = {"type": "integer"}
_HANDLE = re.compile(r"([a-z]+)[._]([a-z]+)\d*")


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from _objects(v)


def _words(handle: str) -> tuple[str, str] | None:
    m = _HANDLE.fullmatch(handle.split("@", 1)[0].lower())
    return (m.group(1), m.group(2)) if m else None


def _letters(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalpha())


def _same_person(handle: str, name: str) -> bool:
    words = _words(handle)
    parts = name.split()
    return words is not None and len(parts) >= 2 and \
        words == (_letters(parts[0]), _letters(parts[-1]))


def _mismatches(output: Any, handles: tuple[str, ...], names: tuple[str, ...]) -> list[str]:
    bad = []
    for obj in _objects(output):
        name = next((obj[k] for k in names if isinstance(obj.get(k), str)), None)
        if name is None and isinstance(obj.get("first_name"), str):
            name = f"{obj['first_name']} {obj.get('last_name', '')}"
        for key in handles:
            value = obj.get(key)
            if isinstance(value, str) and name and _words(value) and \
                    not _same_person(value, name):
                bad.append(f"{value!r} / {name!r}")
    return bad


PROFILE = {"type": "object", "properties": {
    "user_id": _S, "username": _S, "full_name": _S, "email": {"type": "string",
                                                              "format": "email"},
    "first_name": _S, "last_name": _S, "display_name": _S, "followers": _I}}
GET_PROFILE = endpoint("get_user_profile", (param("user_id"),), PROFILE)
LIST_FOLLOWERS = endpoint("get_user_followers", (param("user_id"),), {
    "type": "object", "properties": {"followers": {"type": "array", "items": PROFILE},
                                     "total": _I}})


@pytest.mark.parametrize("seed", range(12))
def test_a_profile_is_one_person(executor: MockExecutor, seed: int) -> None:
    s = executor.session(seed)
    for ep in (GET_PROFILE, LIST_FOLLOWERS):
        out = s.call(ep, {"user_id": "usr_1a2b3c"}).output
        assert not _mismatches(out, ("username", "email"), ("full_name", "display_name"))
        for obj in _objects(out):
            if "first_name" in obj:
                assert obj["full_name"] == f"{obj['first_name']} {obj['last_name']}"


def test_followers_are_different_people(executor: MockExecutor) -> None:
    names = set()
    for seed in range(6):
        out = executor.session(seed).call(LIST_FOLLOWERS, {"user_id": "usr_1a2b3c"}).output
        names.update(f["full_name"] for f in out["followers"])
    assert len(names) >= 6


MESSAGE = endpoint("get_message", (param("message_id"),), {"type": "object", "properties": {
    "message_id": _S, "sender_name": _S, "sender_email": _S, "recipient_name": _S,
    "recipient_email": _S, "subject": _S}})


@pytest.mark.parametrize("seed", range(12))
def test_a_sender_and_a_recipient_are_each_themselves(executor: MockExecutor,
                                                      seed: int) -> None:
    out = executor.session(seed).call(MESSAGE, {"message_id": "msg_9f8e7d"}).output
    assert _same_person(out["sender_email"], out["sender_name"])
    assert _same_person(out["recipient_email"], out["recipient_name"])


TWEET = endpoint("get_tweet_detail", (param("tweet_id"),), {"type": "object", "properties": {
    "tweet_id": _S, "text": _S,
    "author": {"type": "object", "properties": {"username": _S, "name": _S}},
    "mentions": {"type": "array", "items": {"type": "object", "properties": {
        "screen_name": _S, "name": _S}}}}})


@pytest.mark.parametrize("seed", range(12))
def test_nested_people_are_each_one_person(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(TWEET, {"tweet_id": "twt_0a1b2c"}).output
    assert _same_person(out["author"]["username"], out["author"]["name"])
    for m in out["mentions"]:
        assert _same_person(m["screen_name"], m["name"])


USER_BY_NAME = endpoint("get_user_by_username", (param("username"),), PROFILE)
USER_BY_FULL_NAME = endpoint("find_user", (param("full_name"),), PROFILE)


@pytest.mark.parametrize("seed", range(8))
def test_the_handle_sent_is_the_person_described(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(USER_BY_NAME, {"username": "kevin.wong"}).output
    assert out["username"] == "kevin.wong"
    assert out["full_name"] == "Kevin Wong"
    assert out["first_name"] == "Kevin" and out["last_name"] == "Wong"
    assert _same_person(out["email"], "Kevin Wong")


@pytest.mark.parametrize("seed", range(8))
def test_the_name_sent_is_spelled_in_the_handle(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(USER_BY_FULL_NAME, {"full_name": "Ada Lovelace"}).output
    assert out["full_name"] == "Ada Lovelace"
    assert _same_person(out["username"], "Ada Lovelace")
    assert _same_person(out["email"], "Ada Lovelace")


def test_a_handle_that_is_no_name_is_left_as_sent(executor: MockExecutor) -> None:
    out = executor.session(3).call(USER_BY_NAME, {"username": "natgeo"}).output
    assert out["username"] == "natgeo"


@pytest.fixture(scope="module")
def social_endpoints() -> list[Endpoint]:
    social = TOOLBENCH / "Social"
    if not social.is_dir():
        pytest.skip("shared ToolBench corpus not present")
    registry = pytest.importorskip("toolgen.registry")
    return list(registry.load_registry(social).endpoints)


def test_toolbench_social_outputs_hold_one_person_per_object(
        executor: MockExecutor, social_endpoints: list[Endpoint]) -> None:
    bad: list[str] = []
    for seed in range(3):
        s = executor.session(seed)
        for ep in social_endpoints:
            args = {p.name: "usr_1a2b3c" if p.name.lower().endswith("id") else "travel"
                    for p in ep.parameters if p.required}
            out = s.call(ep, args).output
            bad += [f"{ep.function_name}: {b}" for b in _mismatches(
                out, ("username", "user_name", "screen_name", "handle", "email"),
                ("full_name", "fullName", "display_name", "displayName"))]
    assert not bad, bad[:5]


PLAYER = {"type": "object", "properties": {
    "player_id": _S, "player_name": _S, "username": _S, "full_name": _S}}
CREATE_PLAYER = endpoint("create_player_profile", (param("player_name"),), PLAYER,
                         method="POST")
GET_PLAYER = endpoint("get_player", (param("player_id"),), PLAYER)


@pytest.mark.parametrize("seed", range(8))
def test_a_profile_created_for_a_named_player_is_that_player(executor: MockExecutor,
                                                              seed: int) -> None:
    out = executor.session(seed).call(CREATE_PLAYER, {"player_name": "Deborah Rodriguez"}).output
    assert out["player_name"] == "Deborah Rodriguez"
    assert out["full_name"] == "Deborah Rodriguez"
    assert _same_person(out["username"], "Deborah Rodriguez")


@pytest.mark.parametrize("seed", range(8))
def test_a_player_record_names_one_player(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(GET_PLAYER, {"player_id": "ply_0a1b2c"}).output
    assert out["player_name"] == out["full_name"]
    assert _same_person(out["username"], out["full_name"])


PRODUCT_REVIEWS = endpoint("get_product_offers", (param("productId"),), {
    "type": "object", "properties": {
        "product": {"type": "object", "properties": {"name": _S, "brand": _S}},
        "top_positive_review": {"type": "object", "properties": {"username": _S,
                                                                 "review": _S}},
        "top_critical_review": {"type": "object", "properties": {"username": _S,
                                                                 "review": _S}}}})
USER_WITH_PROFILE = endpoint("get_user", (param("user_id"),), {
    "type": "object", "properties": {
        "username": _S,
        "profile": {"type": "object", "properties": {"full_name": _S, "email": _S}}}})


def test_two_reviews_of_one_product_are_by_different_people(executor: MockExecutor) -> None:
    same = 0
    for seed in range(8):
        out = executor.session(seed).call(PRODUCT_REVIEWS, {"productId": "prd_1a2b3c"}).output
        same += out["top_positive_review"]["username"] == out["top_critical_review"]["username"]
    assert same <= 1


@pytest.mark.parametrize("seed", range(8))
def test_a_users_profile_is_that_users(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(USER_WITH_PROFILE, {"user_id": "usr_1a2b3c"}).output
    assert _same_person(out["username"], out["profile"]["full_name"])
    assert _same_person(out["profile"]["email"], out["profile"]["full_name"])

"""`objects_in` and `key_names`, which the in-place rules of every call read: every object
once, depth first, an object before its children (so a rule's change to an object is what
its children's visit sees), and the same for JSON's own types and their subclasses."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from toolgen.executor.objects import key_names, objects_in


def _answer() -> dict[str, Any]:
    return {
        "id": "ord_1",
        "total": {"amount": 12.5, "currency": "EUR"},
        "items": [
            {"sku": "a", "tags": ["x", {"label": "t1"}]},
            "loose text",
            7,
            [{"sku": "b"}],
        ],
        "shipping": {"address": {"city": "Lyon"}},
    }


def _names(objects: list[dict[str, Any]]) -> list[str]:
    return [next(iter(o)) for o in objects]


def test_every_object_once_depth_first_last_value_first() -> None:
    answer = _answer()
    seen = list(objects_in(answer))
    # the answer, then its last container value first (as a stack walk pops them)
    assert _names(seen) == ["id", "address", "city", "sku", "sku", "label", "amount"]
    assert len({id(o) for o in seen}) == len(seen) == 7
    assert all(isinstance(o, dict) for o in seen)


def test_a_change_made_before_the_children_are_visited_is_walked() -> None:
    answer = {"a": 1}
    seen = []
    for obj in objects_in(answer):
        seen.append(obj)
        if obj is answer:
            obj["added"] = {"child": True}
    assert seen[1] == {"child": True}


def test_subclasses_of_dict_and_list_are_walked_like_their_bases() -> None:
    plain = list(objects_in(_answer()))
    ordered = OrderedDict(_answer())
    ordered["items"] = type("Items", (list,), {})(ordered["items"])
    assert _names(list(objects_in(ordered))) == _names(plain)
    assert next(iter(objects_in(ordered))) is ordered


def test_scalars_and_empty_containers_hold_no_object() -> None:
    assert list(objects_in("text")) == []
    assert list(objects_in([1, "a", [], [None]])) == []
    assert list(objects_in({})) == [{}]


def test_key_names_are_the_normalised_string_keys() -> None:
    assert key_names({"checkInDate": 1, "Price": 2, "total-amount": 3}) == frozenset(
        {"check_in_date", "price", "total_amount"})
    assert key_names({}) == frozenset()
    first = key_names({"cityName": "Lyon"})
    again = key_names({"cityName": "Paris"})  # same keys, other values: same answer
    assert first == again == frozenset({"city_name"})

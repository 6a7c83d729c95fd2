"""One user, one id: a person id the user states again keeps the form they gave it first
(BFCL seed 21 #11: `update_user_info(user_id=21565)` then `user_mandates(user_id=
"usr_686d8b")` for the same user)."""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.own_id import same_own_id
from toolgen.records import Endpoint, Parameter, PlannedArg


def _endpoint(name: str, **types: str) -> Endpoint:
    params = tuple(Parameter(name=p, raw_name=p, type_label=t, json_schema={"type": t},
                             required=True) for p, t in types.items())
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="t",
                    category="c", name=name, parameters=params)


def _user(name: str, value: Any) -> PlannedArg:
    return PlannedArg(name=name, source="user", value=value)


def test_a_user_id_stated_again_in_another_form_is_the_first_one_in_the_later_type() -> None:
    seen: dict[tuple[str, str], Any] = {}
    same_own_id([_user("user_id", 21565)], _endpoint("update_user_info", user_id="integer"),
                seen)
    later = same_own_id([_user("user_id", "usr_686d8b")],
                        _endpoint("user_mandates", user_id="string"), seen)
    assert later[0].value == "21565"
    back = same_own_id([_user("user_id", "usr_0a0a0a")],
                       _endpoint("get_user", user_id="integer"), seen)
    assert back[0].value == 21565


def test_ids_of_one_form_other_names_and_carried_values_stay() -> None:
    seen: dict[tuple[str, str], Any] = {}
    same_own_id([_user("user_id", "usr_111111"), _user("order_id", 12345)],
                _endpoint("a", user_id="string", order_id="integer"), seen)
    later = same_own_id(
        [_user("user_id", "usr_222222"), _user("order_id", "ord_abcdef"),
         PlannedArg(name="customer_id", source="tool_output", call_id="c1", path="$.id")],
        _endpoint("b", user_id="string", order_id="string", customer_id="string"), seen)
    assert [a.value for a in later] == ["usr_222222", "ord_abcdef", None]


def test_a_token_never_becomes_an_integer() -> None:
    seen: dict[tuple[str, str], Any] = {}
    same_own_id([_user("customerId", "cus_9f9f9f")], _endpoint("a", customerId="string"), seen)
    later = same_own_id([_user("customerId", 4242)], _endpoint("b", customerId="integer"), seen)
    assert later[0].value == 4242

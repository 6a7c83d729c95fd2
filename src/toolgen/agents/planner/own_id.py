"""One user, one id: the id a user gives for a person is spelled the same in every call.

BFCL types a user's id as an integer in one function (`update_user_info(user_id=21565)`)
and as a string in the next (`user_mandates(user_id)`), and the string was drawn as a
generated token: the user edited user 21565 and then asked for the mandates "on user
usr_686d8b", one person under two ids of different forms (26 of 300 BFCL records at seed
21). A person-id parameter (`user_id`, `customerId`, `account_id`...) the user states to a
later call takes the value they stated first, in the later parameter's type, when the two
values have different forms (digits against a word-prefixed token); two ids of one form
may be two people and stay. Keyed on the parameter's name, never on a tool. Pure.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.records import Endpoint, PlannedArg

# Parameter names that hold a person's or an account's id (normalised: lower, no "_").
_PERSON_ID = re.compile(r"^(?:user|customer|member|account|client|subscriber)_?id$", re.I)


def is_person_id(name: str) -> bool:
    """Whether parameter `name` holds a person's or an account's id."""
    return _PERSON_ID.match(name) is not None


def id_form(value: Any) -> str | None:
    """'digits' for an integer or a digit string, 'token' for any other text, None for
    what is no id (a bool, a float, a list)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    if isinstance(value, int) or value.isdigit():
        return "digits"
    return "token" if value.strip() else None


def _as_type(value: Any, schema: dict[str, Any]) -> Any:
    """`value` in the type `schema` asks for, or None when it cannot be."""
    kind = schema.get("type")
    if kind == "integer":
        return int(value) if id_form(value) == "digits" else None
    if kind == "string":
        return str(value)
    return value if kind is None else None


def same_own_id(args: list[PlannedArg], endpoint: Endpoint,
                seen: dict[tuple[str, str], Any]) -> list[PlannedArg]:
    """`args` with each user-stated person id of another form than the one the record's
    user gave that kind of id first (`seen`, filled here) set to that first one."""
    schemas = {p.name: p.json_schema for p in endpoint.parameters}
    out: list[PlannedArg] = []
    for arg in args:
        if arg.source == "user" and is_person_id(arg.name) and (
                form := id_form(arg.value)) is not None:
            key = ("own_id", arg.name.lower().replace("_", ""))
            first = seen.setdefault(key, arg.value)
            if id_form(first) != form:
                value = _as_type(first, schemas.get(arg.name, {}))
                if value is not None:
                    arg = arg.model_copy(update={"value": value})
        out.append(arg)
    return out

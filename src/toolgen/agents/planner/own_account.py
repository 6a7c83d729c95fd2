"""One user, one account: the name a user signs in with is the same in every call.

A record's user states their own account (`bigovenUsername`, `login`, `handle`) to each
call of a tool that asks for it; drawn per call, one user was three people
(`david.bryant51`, then `gwendolyn_ferguson54`, then `jodi_morales` reading back the
review the second one wrote). The first value the user gives a tool's account parameter
is the one they give it again. A requester's or contact's name the user states is the one
their own email spells (`own_name`).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.records import Endpoint, PlannedArg

# Parameter names that hold the caller's own account, not someone they look up.
_ACCOUNT = re.compile(r"(?:user_?name|login|account_?name|handle|screen_?name)$", re.I)

Accounts = dict[tuple[str, str], Any]


def same_account(args: list[PlannedArg], tool_id: str, seen: Accounts) -> list[PlannedArg]:
    """`args` with each user-stated account value the record's user gave this tool before
    (`seen`, filled here with the first ones)."""
    out: list[PlannedArg] = []
    for arg in args:
        if arg.source == "user" and _ACCOUNT.search(arg.name):
            key = (tool_id, arg.name.lower())
            if key in seen and seen[key] != arg.value:
                arg = arg.model_copy(update={"value": seen[key]})
            seen.setdefault(key, arg.value)
        out.append(arg)
    return out


# A name that is the person filing or owning the record: a ticket's requester, a contact,
# a customer ("Name of the requester").
_OWN_NAME_KEYS = frozenset({"name", "full_name", "requester_name", "requester",
                            "customer_name", "contact_name", "requestor_name"})
_OWN_NAME_HINT = re.compile(r"\b(?:requester|requestor|contact|customer)\b", re.I)
_EMAIL_KEYS = frozenset({"email", "email_address", "requester_email", "customer_email"})
_SPELLED = re.compile(r"^([a-z]{2,})[._]([a-z]{2,})\d*@")
_OWN_EMAIL = ("", "email")


def own_name(args: list[PlannedArg], endpoint: Endpoint, seen: Accounts) -> list[PlannedArg]:
    """`args` with the names the user states spelled by an email: a first and last name
    beside the email of one call (`rebecca.henry@...` signs up as Rebecca Henry, not as
    Daniel Montes), and a requester's or contact's name by the email the user gave first
    in the record (`tracy.smith@...` files a ticket as Tracy Smith, not as Tom Becker);
    `seen` keeps that email. Unchanged where no email spells a name."""
    here = next((str(a.value) for a in args if a.source == "user" and isinstance(a.value, str)
                 and "@" in a.value and _key(a.name) in _EMAIL_KEYS), None)
    if here is not None:
        seen.setdefault(_OWN_EMAIL, here)
    own = _SPELLED.match(str(seen.get(_OWN_EMAIL, "")))
    beside = _SPELLED.match(here) if here is not None else None
    if own is None and beside is None:
        return args
    hints = {p.name: p.description or "" for p in endpoint.parameters}
    out: list[PlannedArg] = []
    for arg in args:
        key = _key(arg.name)
        value: str | None = None
        if arg.source != "user" or not isinstance(arg.value, str):
            pass
        elif beside is not None and key in _FIRST_KEYS:
            value = beside.group(1).title()
        elif beside is not None and key in _LAST_KEYS:
            value = beside.group(2).title()
        elif _own_name_param(arg.name, hints.get(arg.name, "")):
            spelled = beside or own
            value = f"{spelled.group(1).title()} {spelled.group(2).title()}" if spelled else None
        out.append(arg if value is None or value == arg.value
                   else arg.model_copy(update={"value": value}))
    return out


_FIRST_KEYS = frozenset({"first_name", "firstname", "given_name"})
_LAST_KEYS = frozenset({"last_name", "lastname", "surname", "family_name"})


def _key(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _own_name_param(name: str, description: str) -> bool:
    key = _key(name)
    return key in _OWN_NAME_KEYS and (key != "name" or (bool(_OWN_NAME_HINT.search(
        description)) and "name" in description.lower()))

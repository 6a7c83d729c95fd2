"""One user, one account: the name a user signs in with is the same in every call.

A record's user states their own account (`bigovenUsername`, `login`, `handle`) to each
call of a tool that asks for it; drawn per call, one user was three people
(`david.bryant51`, then `gwendolyn_ferguson54`, then `jodi_morales` reading back the
review the second one wrote). The first value the user gives a tool's account parameter
is the one they give it again.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.records import PlannedArg

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

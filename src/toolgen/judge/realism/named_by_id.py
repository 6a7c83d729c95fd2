"""A user naming a state, a currency or a category by a made-up id.

"Check the zips in the county for my state stt_3b4709", "the rate between the
currencies for my currency crr_6b4c50" (ToolBench seed 31 #233, #42): nobody knows a
state, a currency or a category by a generated token; a person names it ("California",
"the Mexican peso"), and an id comes from a call or is the real code ("CA", "MXN").
Kind `named_thing_by_id`, once per record: an argument the user gave (its trace's source
is `user` or `clarification`) that keys a thing people name (the word before `id` in its
name, or for a bare `id` the last word of the function's name: a state, a country, a
currency, a city, a category, a genre, a league...) whose value is a generated token
(a short prefix and six hex digits, or a comma list of them) the user's message states.
Left alone: ids of a user's own records (an order, a file, a message: they may have them
from an e-mail), ids carried from a result, real codes and numbers. The table of kinds is
the judge's own, independent of the generator's.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, singular
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "named_by_id"

_NAMED = frozenset({"state", "province", "country", "nation", "currency", "language", "city",
                    "town", "region", "county", "category", "cat", "subcategory", "genre",
                    "league", "team", "sport", "brand", "district", "continent"})
_TOKEN = re.compile(r"[a-z]{2,5}_[0-9a-f]{6}")
_IDS = frozenset({"id", "ids"})
# ToolBench's function names end in "_for_<tool>": the subject is before it.
_TOOL_TAIL = re.compile(r"_for_\w+$")


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    messages = view.record.messages
    for step in real_steps(view):
        for name, arg in step.arguments.items():
            if arg.source not in ("user", "clarification") or not _made_up(arg.value):
                continue
            thing = _thing(name, step.function_name)
            if thing not in _NAMED or arg.message_index is None:
                continue
            said = (messages[arg.message_index].content or "").lower()
            if str(arg.value).lower() in said:
                return [finding(NAME, "named_thing_by_id", arg.message_index,
                                f"{step.function_name}: the user names a {thing} by the "
                                f"made-up id {arg.value!r} ({name})")]
    return []


def _made_up(value: Any) -> bool:
    """A generated token, or a comma list of them."""
    return isinstance(value, str) and all(
        _TOKEN.fullmatch(part.strip()) for part in value.split(","))


def _thing(name: str, function_name: str) -> str:
    """What id parameter `name` keys: the word before its `id`, or for a bare `id` the
    last word of the function's name; "" when `name` is no id."""
    tokens = key_tokens(name)
    if not tokens or tokens[-1] not in _IDS:
        return ""
    if len(tokens) > 1:
        return singular(tokens[-2])
    words = key_tokens(_TOOL_TAIL.sub("", function_name))
    return singular(words[-1]) if words else ""

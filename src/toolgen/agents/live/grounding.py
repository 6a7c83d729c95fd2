"""Where a live call's argument value comes from, read off the conversation so far.

A value is grounded when it is the value the plan gave that argument (its planned
source stands), occurs in a user message (the latest such message is cited; a flag
when the message names it), is a leaf
of an earlier successful call's output (that call and path are cited), or is the
schema's default or one of its enum values. Anything else is ungrounded: the model made
it up. The same notions as the grounding validator, so a kept call passes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from toolgen.judge.values import occurs_in, renderings, same_value
from toolgen.records import Endpoint, Message, PlannedArg
from toolgen.records.paths import format_path, walk_leaves


def ground(
    name: str,
    value: Any,
    endpoint: Endpoint,
    messages: list[Message],
    outputs: Mapping[str, Any],
) -> tuple[PlannedArg, int | None] | None:
    """(source, cited user message) for `value`, or None when nothing grounds it."""
    checkable = any(renderings(leaf) is not None for leaf in _leaves(value))
    if isinstance(value, bool):  # "yes, make it the default": a flag is said by its name
        words = [w for w in re.split(r"_|(?<=[a-z])(?=[A-Z])", name.lower()) if len(w) >= 3]
        for i in range(len(messages) - 1, -1, -1):
            text = (messages[i].content or "").lower()
            if messages[i].role == "user" and any(w in text for w in words):
                return PlannedArg(name=name, source="user", value=value), i
    elif checkable:
        for i in range(len(messages) - 1, -1, -1):
            m = messages[i]
            if m.role == "user" and occurs_in(value, [(m.content or "").lower()]):
                return PlannedArg(name=name, source="user", value=value), i
    if not isinstance(value, dict | list):
        for call_id, output in outputs.items():
            for parts, leaf in walk_leaves(output):
                if parts and not isinstance(leaf, dict | list) and same_value(leaf, value) and (
                        type(leaf) is type(value) or not isinstance(leaf, bool)):
                    return PlannedArg(name=name, source="tool_output", value=leaf,
                                      call_id=call_id, path=format_path(parts)), None
    param = next((p for p in endpoint.parameters if p.name == name), None)
    schema = param.json_schema if param is not None else {}
    enum = schema.get("enum")
    defaults = [schema["default"]] if "default" in schema else []
    if param is not None and param.has_default:
        defaults.append(param.default)
    if any(same_value(d, value) for d in defaults) or (
            isinstance(enum, list) and any(same_value(e, value) for e in enum)):
        return PlannedArg(name=name, source="default", value=value), None
    return None


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]

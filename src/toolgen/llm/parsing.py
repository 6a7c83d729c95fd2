"""Getting JSON out of model text: fences, leading/trailing prose, truncation, emptiness.

`parse_json_reply` accepts what models actually send (a ```json fence, "Here you go:
{...} Hope this helps", a bare object) and tells the caller what went wrong with a
typed error: `EmptyReplyError`, `TruncatedReplyError` (cut off: retry with a larger
max_tokens) or `BadReplyError` (not JSON: ask again). `schema_error` returns the
jsonschema message to send back to the model.
"""

from __future__ import annotations

import json
import re
from typing import Any

from toolgen.llm.errors import BadReplyError, EmptyReplyError, TruncatedReplyError

_FENCE = re.compile(r"```[ \t]*(?:json|JSON|javascript|js)?[ \t]*\n?(.*?)(?:```|\Z)", re.DOTALL)
_DECODER = json.JSONDecoder()


def _unterminated(text: str) -> bool:
    """True if `text` opens a JSON value (at its first bracket) that never closes."""
    depth = 0
    in_string = escaped = False
    started = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"' and started:
            in_string = True
        elif char in "{[":
            depth += 1
            started = True
        elif char in "}]" and started:
            depth -= 1
            if depth == 0:
                return False
    return started and depth > 0


def _candidates(text: str) -> list[str]:
    fenced = [m.group(1).strip() for m in _FENCE.finditer(text) if m.group(1).strip()]
    return [*fenced, text]


def _decode_first(text: str) -> tuple[bool, Any]:
    for index, char in enumerate(text):
        if char in "{[":
            try:
                value, _end = _DECODER.raw_decode(text, index)
            except json.JSONDecodeError:
                continue
            return True, value
    return False, None


def parse_json_reply(text: str | None, *, finish_reason: str | None = None) -> Any:
    """The first JSON object or array in `text`; typed errors when there is none."""
    if text is None or not text.strip():
        raise EmptyReplyError("the model returned an empty reply")
    stripped = text.strip()
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        pass
    for candidate in _candidates(stripped):
        found, value = _decode_first(candidate)
        if found:
            return value
    if finish_reason == "length" or any(_unterminated(c) for c in _candidates(stripped)):
        raise TruncatedReplyError("the JSON reply was cut off; retry with a larger max_tokens")
    if "{" not in stripped and "[" not in stripped:
        raise BadReplyError("the reply contains no JSON value")
    raise BadReplyError("the reply contains invalid JSON")


def parse_json_object(text: str | None, *, finish_reason: str | None = None) -> dict[str, Any]:
    """Like `parse_json_reply`, but the value must be an object."""
    value = parse_json_reply(text, finish_reason=finish_reason)
    if not isinstance(value, dict):
        raise BadReplyError(f"expected a JSON object, got {type(value).__name__}")
    return value


def schema_error(value: Any, schema: dict[str, Any]) -> str | None:
    """None if `value` satisfies `schema`, else the most relevant validation message."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(schema).iter_errors(value))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where or '(root)'}: {error.message}"

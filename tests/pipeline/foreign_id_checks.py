"""Ids one API returned and another API was sent, read as a reviewer reads them.

A call's argument that a different tool's output gave (`source: tool_output`, the
producing call of another tool) is a foreign id when the argument names an id and the
value's format is not the format of the ids the receiving API shows as its own (the
parameter's default or example in the offered schema): `prd_c4d030` sent as an Amazon
`productId` whose ids look like `B094G2J7MV`, `cty_4c2cca` as a GeoNames `cityId`
(`2979783`), `12345` as a slug (`the-beatles`). Reads records only (offered tools and
the step trace); nothing here imports toolgen, so the formats are the reader's. Used by
`bench/foreign_ids.py` and the pipeline tests.
"""

from __future__ import annotations

import re
from typing import Any

# An argument that names an id: `id`, `product_id`, `productId`, `videoID`, `asin`.
_ID_PARAM = re.compile(r"(?:^|_)id$|[a-z0-9](?:Id|ID)$|^asin$", re.I)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
# A typed id: lower-case letters before `_` or capitals before `-` (`prd_c4d030`, `ORD-2094`).
_PREFIXED = re.compile(r"([a-z]{1,5}_|[A-Z]{3,5}-)[A-Za-z0-9]*[0-9][A-Za-z0-9]*")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_CODE = re.compile(r"[A-Za-z0-9_-]{4,}")


def id_format(value: Any) -> str | None:
    """The format of an id as a reader names it (None: not an id-like value)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    text = str(value)
    if text.isdigit():
        return "numeric"
    if _UUID.fullmatch(text):
        return "uuid"
    prefixed = _PREFIXED.fullmatch(text)
    if prefixed:
        return f"prefixed {prefixed.group(1)}"
    if _SLUG.fullmatch(text) and any(c.isalpha() for c in text):
        return "slug"
    if _CODE.fullmatch(text) and any(c.isdigit() for c in text):
        # A code: its length and its kinds of characters (`B094G2J7MV`: 10, capitals
        # and digits; `ViaBzK11EkE`: 11, both cases and digits).
        kinds = "".join(sorted({"A" if c.isupper() else "a" if c.islower() else
                                "9" if c.isdigit() else c for c in text}))
        return f"code {len(text)} {kinds}"
    return None


def agree(value_format: str, own_format: str) -> bool:
    """Whether a value of `value_format` can be one of ids like `own_format`."""
    if value_format == own_format:
        return True
    if value_format.startswith("code ") and own_format.startswith("code "):
        # One code's draw may lack a kind the example shows (`B0941234MV`): same length,
        # no kind the example lacks.
        _, n1, k1 = value_format.split(" ")
        _, n2, k2 = own_format.split(" ")
        return n1 == n2 and set(k1) <= set(k2) | {"9"}
    return False


def own_examples(record: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """(function, argument) -> the example of its values the offered schema shows."""
    out: dict[tuple[str, str], Any] = {}
    for tool in record.get("tools") or []:
        fn = tool.get("function") or {}
        props = (fn.get("parameters") or {}).get("properties") or {}
        for p, schema in props.items():
            if not isinstance(schema, dict):
                continue
            examples = schema.get("examples")
            shown = schema.get("default", schema.get("example"))
            if shown is None and isinstance(examples, list) and examples:
                shown = examples[0]
            if shown is not None:
                out[(fn.get("name", ""), p)] = shown
    return out


def _tool(step: dict[str, Any]) -> str:
    return str(step.get("endpoint_id", "")).rsplit("/", 1)[0]


def cross_tool_ids(record: dict[str, Any]) -> list[str]:
    """Each call argument holding an id another tool's output gave, whatever its format
    (a weblasso `scan_id` sent to another scanner's `getScanInfo`): the wider class a
    reviewer doubts, of which `foreign_ids` are the provable part."""
    steps = {s.get("call_id"): s for s in record.get("step_trace") or []}
    found: list[str] = []
    for step in steps.values():
        for p, arg in (step.get("arguments") or {}).items():
            source = steps.get(arg.get("call_id"))
            if (_ID_PARAM.search(p) and arg.get("source") == "tool_output"
                    and source is not None and _tool(source) != _tool(step)):
                found.append(f"{_tool(source)} -> {step.get('endpoint_id')}({p})")
    return found


def foreign_ids(record: dict[str, Any]) -> list[str]:
    """Each call argument holding another API's id of a format the API does not use."""
    examples = own_examples(record)
    steps = {s.get("call_id"): s for s in record.get("step_trace") or []}
    found: list[str] = []
    for step in steps.values():
        fn = step.get("function_name") or str(step.get("endpoint_id", "")).rsplit("/", 1)[-1]
        for p, arg in (step.get("arguments") or {}).items():
            if not _ID_PARAM.search(p) or arg.get("source") != "tool_output":
                continue
            source = steps.get(arg.get("call_id"))
            if source is None or _tool(source) == _tool(step):
                continue
            shown = examples.get((step.get("function_name", ""), p))
            have, own = id_format(arg.get("value")), id_format(shown)
            if have is not None and own is not None and not agree(have, own):
                found.append(f"{fn}({p}={arg.get('value')!r}) from {_tool(source)}, "
                             f"its ids like {shown!r}")
    return found

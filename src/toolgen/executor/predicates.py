"""A question an endpoint's name asks with yes or no: `isMemberReadable`, `has_access`,
`can_edit`, `contains_key`.

BFCL's Java and JavaScript methods are named as questions ("Checks if the specified symbol
is readable in the native function interface library"); without a response such a call
answered a list of `{nfi_id, symbol, nfi_code, url}` records, no yes and no no.
`predicate_shape(endpoint, info)` answers with one boolean named as the name asks
(`is_member_readable: true`), beside the scalar arguments it was asked about; None for
any other endpoint, and for a calculation (`is_prime(17)` is worked out, not drawn).
Pure; never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.calc_match import endpoint_formula
from toolgen.executor.controls import is_control_parameter
from toolgen.executor.result_kinds import CALCULATION, own_words, result_kind
from toolgen.executor.values import schema_type
from toolgen.records import Endpoint

# Leading words that make a name a yes-or-no question.
_ASKING = frozenset({"is", "has", "can", "contains", "does", "should", "supports"})


def predicate_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """`{<the name's question>: boolean, ...the arguments}` (module doc), or None."""
    words = [w for w in own_words(endpoint) if w.isalpha()]
    # the question, after a class or namespace (`nfilibrary_is_member_readable`) or a
    # "check if" (`check_if_text_contains_profanity`)
    at = 2 if words[:2] == ["check", "if"] else next(
        (i for i, w in enumerate(words[:2]) if w in _ASKING), None)
    if info.action not in ("get", "list") or at is None or len(words) - at < 2:
        return None
    if result_kind(endpoint) == CALCULATION or endpoint_formula(endpoint, words) is not None:
        return None  # `is_prime(17)` is worked out by its formula, not drawn
    props: dict[str, Any] = {"_".join(words[at:]): {"type": "boolean"}}
    for p in endpoint.parameters:
        t = schema_type(p.json_schema)
        if t in ("string", "integer", "number") and not is_control_parameter(p):
            props.setdefault(p.name, {"type": t})
    return {"type": "object", "properties": props}

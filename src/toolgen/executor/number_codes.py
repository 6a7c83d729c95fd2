"""Numbers that are codes, not quantities: a ticket's `source` (Freshdesk: 1 email,
2 portal, 3 phone, 7 chat), a `status`, a `priority`, a `type` "(1 - permanent, 2 - workaround)", a
`sort` "0 - relevance; 1 - most used", a `color` "Color id `1` means monocolor".

A schema types such a field `number` and its name is no quantity `values.number_kind`
knows, so the generic draw made a price of it (`source: 867.08`). A code is a whole
number: one the description lists when it lists two or more, else a small one near the
default the description states ("The default value is 2"), else 1-5 for a field whose
name says it is a kind, a state or a channel of something. `code_values(key, schema)`
returns the codes to draw from, or None for a field that is no code. Pure, cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key

# Last words of a numeric field that name a kind, state or channel: a code, never a sum.
_CODE_WORDS = frozenset({"source", "status", "type", "kind", "channel", "mode", "category",
                         "sort", "gender", "state", "stage", "tier", "visibility", "role",
                         "method", "format", "color", "colour", "stroke", "class", "severity",
                         "shape", "style", "layout", "origin", "medium", "priority"})
# "1 - permanent", "`2` means multicolor", "0 = off", "3: most liked": a code and its name.
_LISTED = re.compile(r"(?<![\w.])`?(\d{1,2})`?\s*(?:-|–|=|:|means\b|is\b|for\b)\s*"
                     r"['\"`]?[A-Za-z]", re.I)
_DEFAULT = re.compile(r"\bdefault(?:\s+value)?(?:\s+is)?\s*[:=(]?\s*`?(\d{1,3})\b(?![.,]\d)",
                      re.I)
_SMALL = 10  # a stated default above this is an amount, not a code


def _listed(description: str) -> tuple[int, ...]:
    codes: list[int] = []
    for found in _LISTED.finditer(description):
        code = int(found.group(1))
        if code not in codes:
            codes.append(code)
    return tuple(codes) if len(codes) >= 2 else ()


def stated_default(description: str) -> int | None:
    """The whole number a description gives as the default ("The default value is 2")."""
    found = _DEFAULT.search(description)
    return int(found.group(1)) if found is not None else None


@lru_cache(maxsize=16384)
def _codes(key: str, description: str) -> tuple[int, ...] | None:
    listed = _listed(description)
    if listed:
        return listed
    tokens = key.split("_")
    if not tokens or tokens[-1] not in _CODE_WORDS:
        return None
    default = stated_default(description)
    if default is not None and default > _SMALL:
        return None
    top = max(5, 2 * default) if default is not None else 5
    return tuple(range(0 if default == 0 else 1, top + 1))


def code_values(key: str, schema: dict[str, Any]) -> tuple[int, ...] | None:
    """The whole numbers a numeric field `key` holds when it is a code (see the module
    docstring), or None when it is no code."""
    description = schema.get("description")
    return _codes(normalize_key(key), description if isinstance(description, str) else "")

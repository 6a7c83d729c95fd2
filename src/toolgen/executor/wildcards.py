"""Values that ask for no filter: BFCL's `'dontcare'` ("Use 'dontcare' if the cast is not a
specific search criterion").

A call that sends `cast="dontcare"` asks for films of any cast, so no result says its cast
is "dontcare" (`Movies_3_FindMovies` echoed it into every film), an enum's "dontcare" is
no genre a result has, and a user never says it. `is_wildcard(value)` recognises one;
`asked_args(arguments)` is the call's arguments by normalised key without them (what the
results echo); `real_choices(enum)` is an enum without them. Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

# Spelled as the corpora spell them; "any" or "all" can be a real value ("all" genres of
# a filter that lists it), so only the words that say nothing else are here.
_WILDCARDS = frozenset({"dontcare", "dont_care", "don't care"})


def is_wildcard(value: Any) -> bool:
    """Whether `value` is a no-filter word (module doc)."""
    return isinstance(value, str) and value.strip().lower() in _WILDCARDS


def asked_args(arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments by normalised key, without those that ask for no filter."""
    return {normalize_key(k): v for k, v in arguments.items() if not is_wildcard(v)}


def real_choices(enum: list[Any]) -> list[Any]:
    """`enum` without its no-filter words (itself when it holds none, or only them)."""
    kept = [v for v in enum if not is_wildcard(v)]
    return kept if kept and len(kept) < len(enum) else enum

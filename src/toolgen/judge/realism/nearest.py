"""A result labelled as the nearest one to the place asked is an answer for that place.

`airports(city="Gilroy")` answering San Jose's airport with `"nearest_to": "Gilroy"` says
openly that Gilroy has none and which is closest: a reviewer reads it as an honest
answer, not a result for another city. `labelled_nearest(record, asked)` says whether a
result record carries such a label (a key naming the nearest or closest place, holding the
asked text). An unlabelled record of another city is still another city's.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.realism.reading import key_tokens

_NEAREST = frozenset({"nearest", "closest"})


def labelled_nearest(record: dict[str, Any], asked: str) -> bool:
    """Whether `record` says it is the nearest thing to `asked` (module doc)."""
    want = asked.strip().lower()
    return bool(want) and any(
        isinstance(value, str) and value.strip().lower() == want
        and _NEAREST & set(key_tokens(key)) for key, value in record.items())

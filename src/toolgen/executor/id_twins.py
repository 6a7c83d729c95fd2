"""One id however it is typed: a case fetched as `case_id: 492487` and then as
`case_id: "492487"` (BFCL and ToolBench type the same id as an integer in one function and
a string in the next) is one case, named the same both times.

`share_twins(arguments, state)` files the record of an id's twin (the integer of a digit
string, the digit string of an integer) under the id sent as well, so every later lookup
by either spelling finds one record; a deleted twin is deleted under both. In place,
deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.state import SessionState


def share_twins(arguments: dict[str, Any], state: SessionState) -> None:
    """File each sent id's twin record under the id as sent (module doc)."""
    store = state.store
    if not store:
        return
    for value in arguments.values():
        if isinstance(value, list) and len(value) == 1:
            value = value[0]  # a one-item id list is about that id (`remembered.sole_id`)
        twin = _twin(value)
        if twin is None or value in store:
            continue
        rec = store.get(twin)
        if rec is not None:
            store[value] = rec
            if twin in state.deleted:
                state.deleted.add(value)


def _twin(value: Any) -> int | str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        return int(value)
    return None

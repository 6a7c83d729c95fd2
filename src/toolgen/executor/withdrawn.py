"""What a cancel or a delete leaves of a record: which calls withdraw it (a cancel, a
refund) rather than remove it, the status it keeps from then on, and the status a delete
answers with.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.state import EntityRecord, SessionState
from toolgen.records import Endpoint

_WITHDRAWS = frozenset({"cancel", "cancels", "refund", "refunds", "void", "revoke"})


def withdraws(endpoint: Endpoint) -> bool:
    """A cancel or a refund (`cancel_flight_booking`), not a delete or a removal."""
    own = endpoint.function_name.split("_for_", 1)[0].lower().split("_")
    return bool(_WITHDRAWS & set(own))


def remember_status(state: SessionState, target: Any, entity: str,
                     output: dict[str, Any]) -> None:
    """The status a cancel answered with is the record's from now on."""
    status = output["status"]
    rec = state.store.get(target)
    if rec is None:
        rec = state.store[target] = EntityRecord(entity)
    rec.remember("status", status, overwrite=True)


def mark_status(output: Any, status: str) -> None:
    """A delete answers with the new status where its schema has a free-text status."""
    if isinstance(output, dict) and isinstance(output.get("status"), str):
        output["status"] = status

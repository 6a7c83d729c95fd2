"""A case's summary says no state the case does not hold: BFCL seed 59 #5 read a case
`closed_status: true`, then its summary "Lindqvist sued Harris over a boundary dispute
over shared land; the case is still pending", and the answer relayed both."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint


def test_a_summary_of_a_case_of_unknown_state_says_none(
        bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    endpoints, executor = bfcl
    summary = endpoints["legal_case_get_summary"]
    texts = [executor.session(seed).call(summary, {"case_id": "csa_2c418f"}).output["summary"]
             for seed in range(8)]
    assert all(" sued " in t for t in texts), texts
    assert not any("pending" in t or "closed" in t for t in texts), texts


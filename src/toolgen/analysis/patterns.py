"""Pattern, fault and mistake shares: how often each pattern, fault and mistake kind occurs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from toolgen.analysis import records as rec


def _shares(counts: Counter[str], total: int) -> dict[str, float]:
    return {k: counts[k] / total for k in sorted(counts)} if total else {}


def pattern_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of records that have each pattern (a record may have several), and main pattern."""
    having: Counter[str] = Counter()
    main: Counter[str] = Counter()
    for r in records:
        having.update(set(rec.patterns(r)))
        if rec.meta(r).get("pattern"):
            main[str(rec.meta(r)["pattern"])] += 1
    return {"patterns": _shares(having, len(records)), "main_pattern": _shares(main, len(records))}


def fault_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Fault kinds: share of records declaring each (metadata.faults) and of calls per status."""
    declared: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    with_status: Counter[str] = Counter()
    calls = 0
    for r in records:
        declared.update({str(f) for f in rec.meta(r).get("faults") or ()})
        seen: set[str] = set()
        for s in rec.steps(r):
            calls += 1
            status = str(s.get("status", "ok"))
            if status != "ok":
                statuses[status] += 1
                seen.add(status)
        with_status.update(seen)
    return {
        "faults": _shares(declared, len(records)),
        "status_share_of_calls": _shares(statuses, calls),
        "status_share_of_records": _shares(with_status, len(records)),
        "calls": calls,
    }


def mistake_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of records with each kind of deliberate (weight-0) mistake in their trace."""
    having: Counter[str] = Counter()
    for r in records:
        having.update({str(s.get("mistake") or "unlabelled") for s in rec.steps(r)
                       if s.get("intended")})
    return {"mistakes": _shares(having, len(records))}

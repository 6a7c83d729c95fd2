"""Case outcomes: deaths and recoveries are part of the confirmed cases, never more.

In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

_CASES = ("confirmed", "cases", "total_cases", "confirmed_cases")
_OUTCOMES = ("deaths", "recovered", "total_deaths", "total_recovered")
# Normalised keys that make the rule worth running.
CASE_KEYS = frozenset(_CASES)


def bound_outcomes(obj: dict[str, Any]) -> None:
    """Confirmed cases of `obj` raised to at least its deaths plus recoveries."""
    keys = {normalize_key(k): k for k, v in obj.items()
            if isinstance(v, int) and not isinstance(v, bool)}
    total_key = next((keys[n] for n in _CASES if n in keys), None)
    if total_key is None:
        return
    parts = sum(obj[keys[n]] for n in _OUTCOMES if n in keys)
    if obj[total_key] < parts:
        obj[total_key] = parts + obj[total_key]

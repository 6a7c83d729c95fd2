"""Gates: what a check can possibly fire on, so that a record it cannot fire on skips it.

A validator or realism module may define `GATE: Gate`, a necessary condition for any of
its findings: `gate(view)` False means the check would return no finding on that record,
and `validate()` then does not run it. A gate is a promise, never a heuristic: it must be
True whenever the check could report something (when in doubt, True). Findings are the
same with and without gates (tests/judge/test_gates.py judges real records both ways).

Gates are cheap because what they read is worked out once: per record, the key sets of
its tool outputs and the called function names (kept in the view's memo, shared by every
gate); per key spelling, key set and function name, each gate's answer (an endpoint
returns the same shapes and keys over and over, so a record mostly costs lookups).

Building blocks: `output_keys_gate(wanted)` (some output object has a key `wanted`
accepts), `function_gate(wanted)` (some called function's name qualifies), `any_of`.
A new check plugs in by defining `GATE = output_keys_gate(lambda key: ...)` (or any
`(RecordView) -> bool`) in its module; `gate_of(check)` finds it from the check function.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from toolgen.judge.view import RecordView

Gate = Callable[[RecordView], bool]

_BOUND = 8192
"""Entries a gate remembers (key spellings, key sets, names) before it starts afresh:
a run's memory stays flat while an endpoint's shapes stay answered."""


def gate_of(check: Callable[..., Any]) -> Gate | None:
    """The `GATE` of the module defining `check`, or None (the check always runs)."""
    module = sys.modules.get(getattr(check, "__module__", "") or "")
    gate = getattr(module, "GATE", None)
    return gate if callable(gate) else None


def output_key_sets(view: RecordView) -> tuple[frozenset[str], ...]:
    """One set per answered tool output: the keys of every object in it (once per view)."""
    found: tuple[frozenset[str], ...] | None = view.memo.get(_KEY_SETS)
    if found is None:
        found = view.memo[_KEY_SETS] = tuple(
            frozenset(str(k) for _, obj in view.objects(call_id) for k in obj)
            for call_id in view.answer_at)
    return found


_KEY_SETS = "gates.output_keys"


def argument_key_sets(view: RecordView) -> tuple[frozenset[str], ...]:
    """One set per call: the top-level keys of its arguments (once per view)."""
    found: tuple[frozenset[str], ...] | None = view.memo.get(_ARG_KEYS)
    if found is None:
        sets = []
        for site in view.calls:
            args = view.arguments(site.call.id)
            if isinstance(args, dict):
                sets.append(frozenset(str(k) for k in args))
        found = view.memo[_ARG_KEYS] = tuple(sets)
    return found


_ARG_KEYS = "gates.argument_keys"


def function_names(view: RecordView) -> frozenset[str]:
    """The function names the record's trace calls (once per view)."""
    found: frozenset[str] | None = view.memo.get(_FUNCTIONS)
    if found is None:
        found = view.memo[_FUNCTIONS] = frozenset(
            s.function_name for s in view.record.step_trace)
    return found


_FUNCTIONS = "gates.functions"


def _keys_test(wanted: Callable[[str], bool]) -> Callable[[frozenset[str]], bool]:
    """`wanted` over a key set, answered once per key spelling and once per set."""
    per_key: dict[str, bool] = {}
    per_set: dict[frozenset[str], bool] = {}

    def key_wanted(key: str) -> bool:
        hit = per_key.get(key)
        if hit is None:
            if len(per_key) >= _BOUND:
                per_key.clear()
            hit = per_key[key] = bool(wanted(key))
        return hit

    def test(keys: frozenset[str]) -> bool:
        hit = per_set.get(keys)
        if hit is None:
            if len(per_set) >= _BOUND:
                per_set.clear()
            hit = per_set[keys] = any(key_wanted(k) for k in keys)
        return hit

    return test


def output_keys_gate(wanted: Callable[[str], bool]) -> Gate:
    """Open when some object of some tool output has a key that `wanted` accepts."""
    test = _keys_test(wanted)

    def gate(view: RecordView) -> bool:
        return any(test(keys) for keys in output_key_sets(view))

    return gate


def argument_keys_gate(wanted: Callable[[str], bool]) -> Gate:
    """Open when some call's arguments have a top-level key that `wanted` accepts."""
    test = _keys_test(wanted)

    def gate(view: RecordView) -> bool:
        return any(test(keys) for keys in argument_key_sets(view))

    return gate


def function_gate(wanted: Callable[[str], bool]) -> Gate:
    """Open when some function the trace calls has a name that `wanted` accepts."""
    per_name: dict[str, bool] = {}

    def gate(view: RecordView) -> bool:
        for name in function_names(view):
            hit = per_name.get(name)
            if hit is None:
                if len(per_name) >= _BOUND:
                    per_name.clear()
                hit = per_name[name] = bool(wanted(name))
            if hit:
                return True
        return False

    return gate


def all_of(*gates: Gate) -> Gate:
    """Open when every one of `gates` is."""
    return lambda view: all(g(view) for g in gates)


def any_of(*gates: Gate) -> Gate:
    """Open when one of `gates` is."""
    return lambda view: any(g(view) for g in gates)

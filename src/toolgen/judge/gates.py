"""Gates: what a check can possibly fire on, so that a record it cannot fire on skips it.

A validator or realism module may define `GATE: Gate`, a necessary condition for any of
its findings: `gate(view)` False means the check would return no finding on that record,
and `validate()` then does not run it. A gate is a promise, never a heuristic: it must be
True whenever the check could report something (when in doubt, True). Findings are the
same with and without gates (tests/judge/test_gates.py judges real records both ways).

Gates are cheap because what they read is worked out once: per record, the key sets of
its tool outputs and the called function names (kept in the view's memo, shared by every
gate); per key spelling, key set and function name, each gate's answer (an endpoint
returns the same shapes and keys over and over, so a record mostly costs lookups). The
output-keys gates answer together: one bit each, a key spelling's and a key set's bits
worked out once, a record's once per view (`output_key_bits`).

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


# Every output-keys gate asks the same question of the same keys: which keys of the
# record's outputs it wants. Each gate's `wanted` gets a bit; a key spelling's bits (the
# gates wanting it) are worked out once, a key set's once (an endpoint's recur), and a
# record's (its output key sets' OR-ed) once per view, so a gate costs a bit test: testing
# each new key set against each of some 25 gates cost a lookup per key and gate.
_WANTED: list[Callable[[str], bool]] = []
_KEY_BITS: dict[str, int] = {}
_KEY_BOUND = 8 * _BOUND
"""Key spellings whose bits are kept before the table starts afresh (memory stays flat)."""


def _bits_of(key: str) -> int:
    bits = _KEY_BITS.get(key)
    if bits is None:
        if len(_KEY_BITS) >= _KEY_BOUND:
            _KEY_BITS.clear()
        bits = 0
        for i, wanted in enumerate(_WANTED):
            if wanted(key):
                bits |= 1 << i
        _KEY_BITS[key] = bits
    return bits


def output_key_bits(view: RecordView) -> int:
    """The bits of the output-keys gates some key of some tool output opens (once per view
    and number of gates)."""
    found: tuple[int, int] | None = view.memo.get(_KEY_BITS_MEMO)
    if found is None or found[0] != len(_WANTED):
        bits = 0
        for keys in output_key_sets(view):
            bits |= _bits_of_set(keys)
        found = view.memo[_KEY_BITS_MEMO] = (len(_WANTED), bits)
    return found[1]


_SET_BITS: dict[frozenset[str], int] = {}


def _bits_of_set(keys: frozenset[str]) -> int:
    # an endpoint returns one key set over and over: its bits are one lookup
    bits = _SET_BITS.get(keys)
    if bits is None:
        if len(_SET_BITS) >= _BOUND:
            _SET_BITS.clear()
        bits = 0
        for key in keys:
            bits |= _bits_of(key)
        _SET_BITS[keys] = bits
    return bits


_KEY_BITS_MEMO = "gates.output_key_bits"


def output_keys_gate(wanted: Callable[[str], bool]) -> Gate:
    """Open when some object of some tool output has a key that `wanted` accepts."""
    bit = 1 << len(_WANTED)
    _WANTED.append(wanted)
    _KEY_BITS.clear()  # a key's (and a key set's) bits are read for every gate: the new
    _SET_BITS.clear()  # one's too

    def gate(view: RecordView) -> bool:
        return bool(output_key_bits(view) & bit)

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

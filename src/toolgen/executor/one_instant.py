"""The timestamps of one object name one instant.

An object that says when it is twice (`epochtime` in seconds and `timeStamp` in
milliseconds, as a forecast slot of an energy API does) must say the same moment: 2020
beside 2017 is made up. `one_instant(output)` walks every object; where two or more
fields named only as "the time" (`epoch`, `timestamp`, `unix_time`, `ts`...) hold an epoch
in seconds or milliseconds, each follows the first, in its own unit. Fields that name
different moments (`created_at`, `start`, `end`) are left alone. In place, deterministic.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_INSTANT = frozenset({"epoch", "epochtime", "epoch_time", "timestamp", "time_stamp",
                      "unix", "unixtime", "unix_time", "unix_timestamp", "ts",
                      "timestamp_ms", "epoch_ms", "time_ms"})
_SECONDS = (1_000_000_000, 4_000_000_000)
_MILLIS = (1_000_000_000_000, 4_000_000_000_000)


def one_instant(output: Any, sent: dict[str, Any]) -> None:
    """`sent`: the call's arguments by normalised name; a time the call sent is kept and
    the others follow it."""
    for node in objects_in(output):
        same_instant(node, sent)


def _scale(value: Any) -> int:
    """1 for an epoch in seconds, 1000 for one in milliseconds, 0 for anything else."""
    if type(value) is not int:
        return 0
    if _SECONDS[0] <= value < _SECONDS[1]:
        return 1
    return 1000 if _MILLIS[0] <= value < _MILLIS[1] else 0


@lru_cache(maxsize=16384)
def _instant_keys(names: tuple[Any, ...]) -> tuple[str, ...]:
    """The keys named only as "the time" among an object's keys (objects of one endpoint
    share their keys: worked out once per key set)."""
    return tuple(k for k in names if isinstance(k, str) and normalize_key(k) in _INSTANT)


def same_instant(obj: dict[str, Any], sent: dict[str, Any]) -> None:
    """One object's "the time" fields made to name its first one's instant."""
    named = _instant_keys(tuple(obj))
    if len(named) < 2:
        return
    keys = [k for k in named if _scale(obj[k])]
    if len(keys) < 2:
        return
    keys.sort(key=lambda k: sent.get(normalize_key(k)) != obj[k])  # a sent time leads
    first = obj[keys[0]]
    base = first // _scale(first)
    for key in keys[1:]:
        if sent.get(normalize_key(key)) == obj[key]:
            continue
        scale = _scale(obj[key])
        obj[key] = base * scale + (obj[key] % scale if scale > 1 else 0)

"""A control set to a mode answers the state that mode puts it in.

BFCL's vehicle control answered `setHeadlights(mode="off")` with `headlightStatus: "on"`
(BFCL seed 47 #0, said "I've set headlights - they're on"), a parking brake sent
`release` as `engaged`, `startEngine(ignitionMode="STOP")` as `running`, and
`lockDoors(unlock=true, door=["driver"])` as `locked` with 331 doors left unlocked: the
state was drawn from the response's enum, whatever was sent.

`set_mode_finish(endpoint, top)` reads an endpoint whose answer has one top-level state
field with listed values (`headlightStatus: ["on", "off"]`) and:
- a parameter with listed values (`mode: ["engage", "release"]`): its step puts the state
  the sent value names: the same word ("off"), its participle ("engage" -> "engaged"),
  or an ignition's ("START" -> running). A value naming no state ("auto") leaves it.
- a yes/no parameter that is one of the states' verbs (`unlock` of locked/unlocked): true
  puts that state, false the other. A count of the doors left unlocked then follows: the
  doors sent when unlocking, none when locking.
A brake left released holds no force: a `*Force` figure beside a `released` state is 0
(`releaseBrakePedal` answered 662.72 N), whatever set it.
In place, deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint
from toolgen.registry.described_enum import described_enum

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STATE_ENDS = ("status", "state")
# Modes whose state is another word: an ignition started leaves the engine running.
_MODE_STATE = {"start": "running", "stop": "stopped", "run": "running"}


def set_mode_finish(endpoint: Endpoint, top: dict[str, Any]) -> Finish | None:
    states = [(k, opts) for k, v in top.items() if isinstance(v, dict)
              and normalize_key(k).endswith(_STATE_ENDS) and (opts := _options(v))]
    if len(states) != 1:
        return None
    key, options = states[0]
    force = next((k for k in top if normalize_key(k).endswith("force")), None)
    for param in endpoint.parameters:
        listed = described_enum(param.description) or param.json_schema.get("enum")
        if param.json_schema.get("type") == "string" and listed:
            return _then_force(_by_mode(key, options, param.name), key, force)
        if param.json_schema.get("type") == "boolean":
            verb = normalize_key(param.name)
            on = next((o for o in options if o.lower() in (verb + "ed", verb + "d")), None)
            if on is not None and len(options) == 2:
                off = next(o for o in options if o != on)
                return _by_flag(key, on, off, param.name, _count_key(top))
    if force is not None and "released" in options:
        return _then_force(None, key, force)
    return None


def _then_force(step: Finish | None, key: str, force: str | None) -> Finish | None:
    if force is None:
        return step

    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if step is not None:
            step(output, args, rng)
        if (isinstance(output, dict) and output.get(key) == "released"
                and isinstance(output.get(force), int | float)):
            output[force] = 0.0

    return fit


def _options(schema: dict[str, Any]) -> list[str]:
    listed = schema.get("enum") or described_enum(schema.get("description")) or []
    return [o for o in listed if isinstance(o, str)]


def _state_of(sent: str, options: list[str]) -> str | None:
    low = sent.strip().lower()
    wanted = _MODE_STATE.get(low, low)
    for option in options:
        o = option.lower()
        if o == wanted or (len(low) > 2 and o in (low + "ed", low + "d")):
            return option
    return None


def _by_mode(key: str, options: list[str], name: str) -> Finish:
    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = args.get(normalize_key(name), args.get(name))
        if isinstance(output, dict) and key in output and isinstance(sent, str):
            state = _state_of(sent, options)
            if state is not None:
                output[key] = state

    return fit


def _count_key(top: dict[str, Any]) -> str | None:
    """`remainingUnlockedDoors`: how many are left in the state the flag names."""
    return next((k for k, v in top.items() if isinstance(v, dict)
                 and v.get("type") == "integer" and normalize_key(k).startswith("remaining")),
                None)


def _by_flag(key: str, on: str, off: str, name: str, count: str | None) -> Finish:
    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        flag = args.get(normalize_key(name), args.get(name))
        if not isinstance(output, dict) or key not in output or not isinstance(flag, bool):
            return
        output[key] = on if flag else off
        if count is not None and isinstance(output.get(count), int):
            things = next((v for v in args.values() if isinstance(v, list)), [])
            output[count] = len(things) if flag else 0

    return fit

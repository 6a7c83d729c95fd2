"""A status asked for one aspect answers that aspect.

`displayCarStatus(option="fuel")` answered every gauge of the car, doors and brakes and
climate, and the assistant read out the wrong one ("its status is on, just now engaged",
BFCL seed 13 #287). An endpoint with a text parameter whose enum (stated or described)
lists the aspects its answer's fields are named by (`fuel` -> `fuelLevel`, `doors` ->
`doorStatus`) answers only the fields of the aspect sent. In place, deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.records import Endpoint
from toolgen.registry.described_enum import described_enum

Finish = Callable[[Any, dict[str, Any], random.Random], None]


def option_finish(endpoint: Endpoint, top: dict[str, Any]) -> Finish | None:
    """The step that keeps the fields of the aspect sent; None when no parameter's options
    name the answer's fields."""
    fields = _fields(top)
    if fields is None:
        return None
    path, keys = fields
    for p in endpoint.parameters:
        options = p.json_schema.get("enum") or described_enum(p.json_schema.get("description"))
        if not isinstance(options, list) or len(options) < 3:
            continue
        named = {str(o): [k for k in keys if k.lower().startswith(_stem(str(o)))]
                 for o in options}
        if sum(1 for v in named.values() if v) >= 3:
            return _keep(path, p.name, named)
    chooser = next((p.name for p in endpoint.parameters if p.name.lower() in _CHOOSERS
                    and p.json_schema.get("type") == "string"), None)
    if chooser is not None and len(keys) >= 4:
        # No options listed (`display_car_status(option)`): the value sent names them.
        return _keep(path, chooser, {k.lower(): [] for k in keys}, read=keys)
    return None


# A bare parameter that chooses which part of the answer is wanted.
_CHOOSERS = frozenset({"option", "aspect", "section", "part"})


def _fields(top: dict[str, Any]) -> tuple[str | None, list[str]] | None:
    """(the key of the one object holding the fields, or None for the top; its keys)."""
    nested = [k for k, v in top.items() if isinstance(v, dict) and "properties" in v]
    if len(top) == 1 and nested:
        props = top[nested[0]]["properties"]
        return nested[0], list(props)
    return (None, list(top)) if len(top) >= 4 else None


def _stem(option: str) -> str:
    low = option.lower()
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _keep(path: str | None, arg: str, named: dict[str, list[str]],
          read: list[str] | None = None) -> Finish:
    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = str(args.get(arg))
        keep = named.get(sent) if read is None else [
            k for k in read if k.lower().startswith(_stem(sent))]
        holder = output.get(path) if path is not None and isinstance(output, dict) else output
        if not keep or not isinstance(holder, dict):
            return
        for key in [k for k in holder if k not in keep]:
            del holder[key]

    return fit

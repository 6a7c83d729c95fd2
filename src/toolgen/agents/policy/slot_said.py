"""How a planned value is said: the `Slot` a user turn states for one argument of a call.

`slot_of(calls, "c1.preferences", endpoints)` reads the argument's value and its parameter:
an option literal said as words ("free breakfast", the call keeps `free_breakfast`), a
coordinate pair as a point ("52.52, 13.405"), a list as a person lists things, with the
label, hint and thing the wording modules need.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Slot
from toolgen.agents.policy.points import point_text
from toolgen.executor import endpoint_info
from toolgen.records import Endpoint, PlannedCall
from toolgen.records.paths import walk_leaves


def _spoken_items(value: Any, schema: Mapping[str, Any]) -> Any:
    """A list of enum literals as a person says them ("with free breakfast", not
    "with free_breakfast": BFCL seed 59 #26); the call keeps the literals."""
    items = schema.get("items")
    if not (isinstance(value, list) and isinstance(items, dict)
            and isinstance(items.get("enum"), list)):
        return value
    return [lang.spoken(v) if isinstance(v, str) else v for v in value]


def slot_of(calls: Sequence[PlannedCall], key: str, endpoints: Mapping[str, Endpoint]) -> Slot:
    call_id, name = key.split(".", 1)
    for c in calls:
        if c.call_id != call_id:
            continue
        param = next((p for p in endpoints[c.endpoint_id].parameters if p.name == name), None)
        schema = param.json_schema if param is not None else {}
        for a in c.arguments:
            if a.name == name:
                text = lang.value_text(a.value)
                if isinstance(a.value, str) and isinstance(schema.get("enum"), list):
                    text = lang.spoken(text)  # the call keeps the exact literal
                elif isinstance(a.value, list | dict):
                    about = f"{name} {param.description if param is not None else ''}"
                    text = _lat_lon_list(a.value, about) or _listed(_spoken_items(
                        a.value, schema)) or text
                kind = schema.get("type") if isinstance(schema.get("type"), str) else ""
                endpoint = endpoints[c.endpoint_id]
                hint = param.description if param is not None else ""
                thing = lang.key_thing(name, hint, tuple(re.findall(r"[A-Za-z]+", endpoint.name)),
                                       endpoint_info(endpoint).entity)
                return Slot(name=name, label=lang.slot_label(name), value=text,
                            hint=hint.lower(), kind=str(kind), raw=a.value, thing=thing)
    raise KeyError(key)


def _point(value: Any) -> str:
    """`{"lat": 40.4168, "lng": -3.7038}` as the pair a person gives ("40.4168, -3.7038"),
    which `saying` says as a point or a place; empty for anything else."""
    return point_text(value) if isinstance(value, dict) and len(value) == 2 else ""


def _lat_lon_list(value: Any, about: str) -> str:
    """`[52.52, 13.405]` for a parameter about coordinates as the pair a person gives
    ("52.52, 13.405", said as a point), not "52.52 and 13.405"; empty for anything else
    (an [x, y] in pixels, a list of two counts)."""
    if not isinstance(value, list) or len(value) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return ""
    low = about.lower()
    if "lat" not in low and "coord" not in low:
        return ""
    lat, lon = value
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return ""
    return f"{lang.value_text(lat)}, {lang.value_text(lon)}"


def _listed(value: Any) -> str:
    """A list or object said as a person lists things ("itm_1, itm_2 and itm_3"); every
    scalar appears verbatim. Empty when it holds nothing sayable (then JSON is used)."""
    if point := _point(value):
        return point
    items = [lang.value_text(v) for _, v in walk_leaves(value)
             if isinstance(v, str | int | float) and not isinstance(v, bool)]
    if not items or any(not i.strip() for i in items):
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

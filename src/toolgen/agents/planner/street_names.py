"""A street sent beside its own house number is the street's name alone.

Address Validation's `validate_address(street_1, street_number, ...)` had every street
left at its schema example, "Speers Rd" of Oakville, sent for Firenze and London
(ToolBench seed 71 #0, #125). Drawn as a street of the record's country, a line comes
with its number ("Via Roma, 12", "7569 Sarah Trail Apt. 3"), which the call sends apart:
the name keeps no number, flat or unit. A line the shapes below cannot free of its
figures gives way to another draw. Pure.
"""

from __future__ import annotations

import re

from toolgen.executor.field_values import field_kind
from toolgen.records import Endpoint, Parameter

HOUSE_NUMBER_KEYS = frozenset({"street_number", "house_number", "building_number", "streetnumber",
                          "housenumber", "street_no", "house_no"})
# a flat, unit or floor before or after the street: "Flat 54, ", " Apt. 819", " Piano 7"
_UNIT = re.compile(r"(?i)^(?:flat|studio|unit|h\.no\.)\s*\S+,?\s+|\s+(?:apt\.|suite|piano|"
                   r"appartamento|puerta|unit)\s*\S+\s*$")
_LEADING = re.compile(r"^\d[\w/-]*,?\s+")
_TRAILING = re.compile(r",?\s+\d[\w/-]*$")


def takes_number_apart(endpoint: Endpoint, param: Parameter) -> bool:
    """Whether `param` is a street `endpoint` is sent beside a house number of its own."""
    return field_kind(param.name) == "street" and any(
        p.name.lower() in HOUSE_NUMBER_KEYS for p in endpoint.parameters if p is not param)


def street_alone(line: str) -> str | None:
    """The street's name in `line` ("Strada Arsenio, 812" -> "Strada Arsenio"), or None
    when figures are left in it ("4/59/883 đường số 2")."""
    line = _UNIT.sub("", line.strip())
    # the number is at one end: "đường số 2" is the name after "4/59/883"
    name = _LEADING.sub("", line)
    name = (_TRAILING.sub("", line) if name == line else name).strip(" ,")
    return name if name and not any(c.isdigit() for c in name) else None

"""A date written as its parameter's description says: "dd/mm/yyyy" is 13/04/2025.

BFCL's `book_flight(departure_time)` is "specified in the format of 'dd/mm/yyyy'"; the
call sent "2025-04-13T23:14:00Z" and the user said it so ("departing
2025-04-13T23:14:00Z": BFCL seed 59 #0). `date_format(schema)` reads the pattern a
description spells (day, month and year in any order, with slashes, dashes or dots;
"MM/DD/YYYY", "dd-mm-yyyy", "YYYY/MM/DD"); `formatted(gen, pattern)` writes every ISO date
or date-time `gen` draws in it. A time "in 24-hour format, such as '18:45'"
(`clock_format`) is the drawn instant's time of day (`clocked`), not a date-time. Anything
else drawn stays as it is. Pure.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.gen_context import Ctx, Gen

# A time of day alone: "in 24-hour format, such as '18:45'", "HH:MM".
_CLOCK = re.compile(r"\bhh:mm\b|24-hour format|\bsuch as '\d{1,2}:\d{2}'", re.IGNORECASE)
_ISO_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})")
_PATTERN = re.compile(r"\b(dd|mm|yyyy)([/.-])(dd|mm|yyyy)\2(dd|mm|yyyy)\b", re.IGNORECASE)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")
_ISO_PATTERN = ("yyyy", "-", "mm", "dd")


def date_format(schema: dict[str, Any]) -> tuple[str, str, str, str] | None:
    """The (first, separator, second, third) fields of the date pattern the schema's
    description spells, lower case; None when it spells none, or the ISO one."""
    description = schema.get("description")
    if not isinstance(description, str) or ("/" not in description and "-" not in description \
            and "." not in description):
        return None
    m = _PATTERN.search(description)
    if m is None:
        return None
    fields = (m.group(1).lower(), m.group(2), m.group(3).lower(), m.group(4).lower())
    if sorted((fields[0], fields[2], fields[3])) != ["dd", "mm", "yyyy"] or fields == _ISO_PATTERN:
        return None
    return fields


def clock_format(schema: dict[str, Any]) -> bool:
    """Whether the schema's description asks for a time of day alone ("18:45"), and no
    date with it."""
    description = schema.get("description")
    return (isinstance(description, str) and _CLOCK.search(description) is not None
            and _PATTERN.search(description) is None and "yyyy" not in description.lower())


def clocked(gen: Gen) -> Gen:
    """`gen` with every ISO date-time it draws said as its time of day ("01:24")."""

    def draw(ctx: Ctx) -> Any:
        value = gen(ctx)
        if isinstance(value, str) and (m := _ISO_CLOCK.match(value)) is not None:
            return m.group(1)
        return value

    return draw


def formatted(gen: Gen, pattern: tuple[str, str, str, str]) -> Gen:
    """`gen` with every ISO date it draws written in `pattern`."""
    first, sep, second, third = pattern

    def draw(ctx: Ctx) -> Any:
        value = gen(ctx)
        if not isinstance(value, str) or (m := _ISO_DAY.match(value)) is None:
            return value
        parts = {"yyyy": m.group(1), "mm": m.group(2), "dd": m.group(3)}
        return sep.join((parts[first], parts[second], parts[third]))

    return draw

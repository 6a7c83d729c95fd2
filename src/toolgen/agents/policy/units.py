"""A figure said with its unit, not a unit said as part of its name.

A key that ends in its unit (`duration_minutes`, `distance_km`, `co2e_kg`,
`net_worth_usd`) read as a label gave "the duration minutes are 155, with distance km
142.1"; a person says "the duration is 155 minutes, with distance 142.1 km".
`measured(fact)` moves a unit word from the end of a number's label to after its value.
"""

from __future__ import annotations

import re

from toolgen.agents.offline import Fact

# Unit words a key ends in, as said after a number.
_UNITS = {
    # not "min": `temp_min` is a lowest temperature, not minutes
    "minutes": "minutes", "mins": "minutes", "hours": "hours", "hrs": "hours",
    "seconds": "seconds", "secs": "seconds", "sec": "seconds", "ms": "ms", "days": "days",
    "km": "km", "kms": "km", "miles": "miles", "mi": "miles", "meters": "m", "metres": "m",
    "m": "m", "ft": "ft", "feet": "ft", "cm": "cm", "mm": "mm", "kg": "kg", "kgs": "kg",
    "lb": "lb", "lbs": "lb", "g": "g", "kwh": "kWh", "mb": "MB", "gb": "GB", "kb": "KB",
    "percent": "%", "pct": "%", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
    # a calculator's figure (`force_newtons`, `pressure_atm`, `bmr_kcal`)
    # spelt as `speech` says an asked figure's unit, so one figure is said once
    "newtons": "newtons", "joules": "J", "ohms": "ohms", "hz": "Hz", "atm": "atm", "kcal": "kcal",
    "grams": "g", "volts": "V", "tesla": "T", "farads": "F", "degrees": "degrees",
    "years": "years",
}


# Physical quantities a calculator answers in SI without naming the unit: said with it
# ("its field strength is 564530000.0" named no unit, BFCL seed 71 #3).
_SI = {"field strength": "N/C", "electric field": "N/C", "electric field strength": "N/C",
       "magnetic field": "T", "magnetic field strength": "T", "capacitance": "F",
       "resistance": "ohms", "electric potential": "V", "potential difference": "V",
       "frequency": "Hz"}


def measured(fact: Fact) -> Fact:
    """`fact` with a unit that closes its label said after its (numeric) value, and an SI
    quantity's value with its unit."""
    si = _SI.get(fact.label.lower())
    if si is not None and _FIGURE.fullmatch(fact.value):
        return Fact(label=fact.label, value=f"{_plain(fact.value)} {si}")
    head, _, last = fact.label.rpartition(" ")
    unit = _UNITS.get(last.lower())
    if unit is None or not head:
        return fact
    try:
        float(fact.value)
    except ValueError:
        return fact
    value = f"{fact.value}%" if unit == "%" else f"{fact.value} {unit}"
    if head.lower() in _OF_TIME and unit in ("minutes", "hours", "seconds", "ms", "days"):
        head = f"{head} time"  # `elapsed_seconds`: "an elapsed time of 157 seconds"
    return Fact(label=head, value=value)


# Words that were a figure's name only with their unit: said with "time" when it goes.
_OF_TIME = frozenset({"elapsed", "remaining", "spent", "used", "left", "total elapsed",
                      "wait", "waiting", "run", "running", "processing", "response"})


_FIGURE = re.compile(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def _plain(value: str) -> str:
    """A large whole figure written as people write it: "564,530,000", not "564530000.0"."""
    number = float(value)
    if number.is_integer() and 10_000 <= abs(number) < 1e15:
        return f"{int(number):,}"
    return value

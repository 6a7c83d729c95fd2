"""Numbers whose magnitude does not fit what their field measures, read in context.

`values` reads a field's name alone (humidity 647); here the endpoint's words and the
unit the call asked for say what is measured (`executor.quantity_kinds`), as a reviewer
reads it: a player's 0.96 `kills` in a KDA calculator (a count, never a fraction), a
chess `minimum_rating` of 4, a building `height` of 53.8 m, a `tempo` of 660
BPM, a `rate_of_return` of 818 %, and a famous structure whose height is not its own
(the Burj Khalifa 53.8 m tall, not 828), and a named thing priced as no such thing is
(`executor.price_scale`: a 4K monitor at 11.41 GBP, a hotel at 7.75 EUR a night), and
a season's tally its games could not hold (`executor.season_tallies`: 408 assists in 10
games), and a match of two known teams scored as none of their league's is (an NBA game
ending 1-3: `executor.entities.asked_team`), and a player 7 ft 10 in tall.
`values` reports all as `implausible_number`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from toolgen.executor.currency_scale import per_usd
from toolgen.executor.entities.asked_team import SIDE_KEYS, score_misfit
from toolgen.executor.entities.quantities import _FEET, _INCHES, person_height
from toolgen.executor.price_scale import _NAMES, _PRICES, mispriced
from toolgen.executor.quantity_kinds import landmark_height, quantity_kind, unit_of
from toolgen.executor.season_tallies import GAMES_KEYS, overrun
from toolgen.judge.realism.reading import key_tokens, normal_key
from toolgen.judge.view import RecordView

_UNIT_KEYS = frozenset({"unit", "units", "temp_unit", "temperature_unit", "unit_system",
                        "measurement_unit", "units_of_measurement"})
_HEIGHTS = frozenset({"height", "total_height", "architectural_height"})
# A famous structure's height may be read to its tip or its roof: within this share.
_LANDMARK_SLACK = 0.15


def out_of_kind_arguments(view: RecordView, call_id: str, args: dict[str, Any]) -> str | None:
    """Why a number the call sends does not fit what its parameter measures, or None."""
    name = view.site[call_id].call.function.name
    about = about_of(view, name)
    unit = _unit(args)
    props = _properties(view, name)
    for key, value in args.items():
        if not _number(value):
            continue
        said = props.get(key)
        text = said.get("description", "") if isinstance(said, dict) else ""
        why = _misfit(str(key), float(value), f"{about} {text}", unit)
        if why:
            return why
    return None


def out_of_kind_output(view: RecordView, call_id: str, args: dict[str, Any],
                       objects: list[dict[str, Any]]) -> str | None:
    """Why a number the call's answer holds does not fit what it measures, or None.
    `objects` are the answer's objects in `output_nodes` order."""
    about = about_of(view, view.site[call_id].call.function.name)
    asked = _unit(args)
    landmark = next((v for v in args.values() if isinstance(v, str) and landmark_height(v)),
                    None)
    for node in objects:
        shape = _shape(tuple(node))
        unit = (_unit_of(node, shape.unit_keys) if shape.unit_keys else "") or asked
        rate = per_usd(node)  # a hotel's 396,895 KRW is 296 dollars
        for key, value in node.items():
            if not _number(value):
                continue
            why = _misfit(str(key), float(value), about, unit, rate) or (
                _landmark(landmark, str(key), float(value), unit) if landmark else None)
            if why:
                return why
        why = (mispriced(node) if shape.priced else None) or (
            overrun(node) if shape.tallied else None) or (
            score_misfit(node) if shape.match else None) or (
            person_height(node) if shape.feet_inches else None)
        if why:
            return why
    return None


class _Shape(NamedTuple):
    """What an object's keys alone tell the readers of `out_of_kind_output`: each reader
    below finds nothing in an object without the keys it reads, whatever their values."""

    unit_keys: tuple[str, ...]
    """The keys `_unit` reads (a `unit` / `units` key), in the object's order."""
    priced: bool
    """A name and a price key (`price_scale.mispriced` reads both)."""
    tallied: bool
    """A games count (`season_tallies.overrun`)."""
    match: bool
    """Two sides' keys (`asked_team.score_misfit` reads a match of two teams)."""
    feet_inches: bool
    """A feet and an inches key (`entities.quantities.person_height`)."""


@lru_cache(maxsize=16384)
def _shape(keys: tuple[str, ...]) -> _Shape:
    # Asked once per object shape (an endpoint's objects share one), where the readers
    # normalised every key of every object of every answer.
    normal = [normal_key(str(k)) for k in keys]
    return _Shape(
        unit_keys=tuple(k for k in keys if _unit_key(str(k))),
        priced=any(k in _NAMES for k in keys) and any(k in _PRICES for k in keys),
        tallied=any(k in GAMES_KEYS for k in normal),
        match=sum(k in SIDE_KEYS for k in normal) >= 2,
        feet_inches=any(k in _FEET for k in normal) and any(k in _INCHES for k in normal))


def asks_kelvin(args: dict[str, Any]) -> bool:
    """Whether the call asks for its temperatures in Kelvin."""
    return _unit(args) == "k"


def _misfit(key: str, value: float, about: str, unit: str,
            rate: float = 1.0) -> str | None:
    kind = quantity_kind(key, about, unit)
    if kind is None:
        return None
    if kind.whole and not value.is_integer():
        return f"{key} {value:.12g} is no whole number, as {kind.what} is"
    if kind.believable[0] <= (value / rate if kind.money else value) <= kind.believable[1]:
        return None
    return f"{key} {value:g} is not {kind.what}"


def _landmark(name: str, key: str, value: float, unit: str) -> str | None:
    if "_".join(key_tokens(key)) not in _HEIGHTS:
        return None
    units = (unit,) if unit in ("m", "ft") else ("m", "ft")
    real = [h for u in units if (h := landmark_height(name, u)) is not None]
    if any(abs(value - h) <= _LANDMARK_SLACK * h for h in real):
        return None
    return f"{name} is {real[0]:g} {units[0]} tall, not {value:g}"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _unit(obj: dict[str, Any]) -> str:
    """The unit a `unit` / `units` value of `obj` names ("meter" -> "m"), or ""."""
    for key, value in obj.items():
        if isinstance(value, str) and _unit_key(str(key)):
            found = unit_of(value)
            if found:
                return found
    return ""


def _unit_of(obj: dict[str, Any], unit_keys: tuple[str, ...]) -> str:
    """`_unit(obj)`, reading only its `unit_keys` (`_shape`)."""
    for key in unit_keys:
        value = obj[key]
        if isinstance(value, str):
            found = unit_of(value)
            if found:
                return found
    return ""


@lru_cache(maxsize=65536)
def _unit_key(key: str) -> bool:
    # Every object of every output is asked for its unit: each key spelling is read once.
    return "_".join(key_tokens(key)) in _UNIT_KEYS


def about_of(view: RecordView, function: str) -> str:
    """The function's name words and description: what its numbers are about."""
    memo: dict[str, str] = view.memo.setdefault(_ABOUT, {})
    text = memo.get(function)
    if text is None:
        described = next((str(fn.get("description") or "") for tool in view.record.tools
                          if isinstance(fn := tool.get("function"), dict)
                          and fn.get("name") == function), "")
        text = memo[function] = " ".join(key_tokens(function)) + " " + described[:400]
    return text


def _properties(view: RecordView, function: str) -> dict[str, Any]:
    schema = view.schemas.get(function)
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}


_ABOUT = "quantities.about"

"""Facts about the real world a tool output gets wrong.

The capital of Australia answered as "KN5056" or Sydney, France with 1,204 people,
Madrid to Seoul 33.6 km: a reader knows better, and a model trained on it learns to
make facts up. Kind `world_fact_contradiction`, one finding per call, for the first of
these (GeoNames' tables through `executor.world`):

- a call sends a country `world` knows (by name or ISO code) and an object about it (the
  answer itself, or a record naming the country) states a `capital` that is not its
  capital, or a `population` more than 25 % off its population (an object naming a city,
  a region or a species is left alone: its population is not the country's);
- an endpoint whose name asks a known country's capital or population
  (`country_info_capital(country="France")`, `executor.world_facts.asked`) answers
  without it: no capital or population anywhere in the answer (a country id instead);
- a call sends the two ends of a trip (origin / destination, start / end...) that are
  cities `world` knows, and the answer states a distance (`distance_km`, `distance` in
  the unit asked) more than 30 % shorter than the straight line between them or more
  than 30 % longer than the road (1.25 times the straight line, `executor.distance`).

- an object names a large US city and a county that is not the city's (Miami in "Santa
  Clara", `executor.counties`).

Places `world` does not know, failed calls and non-JSON outputs are left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.counties import county_misfit
from toolgen.executor.distance import DISTANCE_KEYS, ROAD_FACTOR, ends_of, in_unit, key_unit
from toolgen.executor.world_facts import COUNTRY_PARAMS, asked_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import any_of, function_gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import normal_key, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "world_facts"

_CAPITAL = frozenset({"capital", "capital_city"})
_POPULATION = frozenset({"population", "total_population"})
# An object naming a city, a region or a species: its population is not the country's.
_NOT_COUNTRY = frozenset({"city", "city_name", "town", "state", "region", "province",
                          "county", "species", "animal"})
POPULATION_TOLERANCE = 0.25
DISTANCE_TOLERANCE = 0.30
_WATCHED = _CAPITAL | _POPULATION | DISTANCE_KEYS | {"county", "county_name"}

GATE = any_of(output_keys_gate(lambda key: normal_key(key) in _WATCHED),
              function_gate(lambda name: "capital" in name.lower()
                            or "population" in name.lower()))


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _same_city(said: str, real: str) -> bool:
    a, b = said.strip().lower(), real.lower()
    if a == b or a.startswith(b) or b.startswith(a):
        return bool(a)  # "Washington, D.C." for Washington
    found = world.city(said)
    return found is not None and found.name.lower() == b


def _country_reason(objects: list[tuple[str, dict[str, Any]]], args: dict[str, Any]
                    ) -> str | None:
    sent = next((v for k, v in args.items() if normal_key(k) in COUNTRY_PARAMS
                 and isinstance(v, str)), None)
    found = world.country(sent)
    if found is None or sent is None:
        return None
    said = {sent.lower(), found.name.lower()}
    for depth, (_, obj) in enumerate(objects):
        keys = {normal_key(k): k for k in obj}
        named = [obj[keys[k]] for k in ("country", "name", "country_name") if k in keys
                 and isinstance(obj[keys[k]], str)]
        if depth and named and not any(v.lower() in said for v in named):
            continue  # a record of another country
        for nk in _CAPITAL & keys.keys():
            value = obj[keys[nk]]
            if isinstance(value, str) and found.capital and not _same_city(value, found.capital):
                return f"the capital of {found.name} given as {value!r} (it is {found.capital})"
        if _NOT_COUNTRY & keys.keys():
            continue  # a city's or a species' own population
        for nk in _POPULATION & keys.keys():
            value = obj[keys[nk]]
            real = found.population
            if _number(value) and real and abs(value - real) > POPULATION_TOLERANCE * real:
                return (f"the population of {found.name} given as {value:,} (it is about "
                        f"{real:,})")
    return None


def _distance_reason(objects: list[tuple[str, dict[str, Any]]], args: dict[str, Any]
                     ) -> str | None:
    ends = ends_of(args)
    if ends is None:
        return None
    distances = [(k, v) for _, obj in objects for k, v in obj.items()
                 if _number(v) and key_unit(normal_key(k), args) is not None]
    if not distances:
        return None
    a, b = world.city(ends[0]), world.city(ends[1])
    if a is None or b is None:
        return None
    straight = world.great_circle_km(a, b)
    if straight < 1:
        return None
    for key, value in distances:
        unit = key_unit(normal_key(key), args) or "km"
        low = in_unit(straight, unit) * (1 - DISTANCE_TOLERANCE)
        high = in_unit(straight * ROAD_FACTOR, unit) * (1 + DISTANCE_TOLERANCE)
        if not low <= value <= high:
            return (f"{key} {value} from {a.name} to {b.name} (they are "
                    f"{in_unit(straight, unit):,.0f} {unit} apart)")
    return None


def _missing_reason(function_name: str, params: tuple[str, ...],
                    objects: list[tuple[str, dict[str, Any]]], args: dict[str, Any]
                    ) -> str | None:
    """The capital or population the endpoint's name asks of a known country, missing."""
    found = asked_of(function_name, params)
    if found is None or found[0] != "country":
        return None
    country = world.country(args.get(normal_key(found[2])))
    if country is None:
        return None
    keys = {normal_key(k) for _, obj in objects for k in obj}
    one_text = any(isinstance(obj.get(k), str) for _, obj in objects[:1]
                   for k in ("data", "result", "value", "answer"))
    for fact, held in (("capital", _CAPITAL), ("population", _POPULATION)):
        if fact in found[1] and not keys & held and not one_text:
            return f"asked the {fact} of {country.name}, it answers none"
    return None


def reason(objects: list[tuple[str, dict[str, Any]]], args: dict[str, Any]) -> str | None:
    """Why one result's objects (document first) contradict the world, or None."""
    return (_country_reason(objects, args) or _distance_reason(objects, args)
            or next((why for _, obj in objects if (why := county_misfit(obj))), None))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        if view.output(step.call_id) is NOT_JSON:
            continue
        objects = view.objects(step.call_id)
        args = view.arguments(step.call_id)
        if not objects or not isinstance(args, dict):
            continue
        norm = {normal_key(k): v for k, v in args.items()}
        why = _missing_reason(step.function_name, _params(view, step.function_name),
                              objects, norm)
        if why is None and any(normal_key(k) in _WATCHED for _, obj in objects for k in obj):
            why = reason(objects, norm)  # the document itself first (`output_objects`)
        if why:
            out.append(finding(NAME, "world_fact_contradiction", view.answer_at[step.call_id],
                               f"{step.function_name}: {why}"))
    return out


def _params(view: RecordView, function_name: str) -> tuple[str, ...]:
    schema = view.schemas.get(function_name)
    props = schema.get("properties") if isinstance(schema, dict) else None
    return tuple(props) if isinstance(props, dict) else ()

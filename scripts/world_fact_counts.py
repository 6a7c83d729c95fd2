"""Count the world-fact calls of generated records that answer without the fact.

    PYTHONPATH=src python scripts/world_fact_counts.py RECORDS.jsonl [-v]

A world-fact call is one whose endpoint asks a fact of a country or a city the call names
and GeoNames knows (`executor.world_facts.asked_of`: a capital, a population, a currency,
a flag...), or a distance between two known cities (`executor.distance.ends_of`). It
answers without the fact when its output does not hold the fact (a capital's name, a
population within 25 %, the city's latitude within a degree, a distance within 30 % of the
straight line or the road). Reads the records only; `-v` lists each one.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from toolgen.executor import world
from toolgen.executor.distance import ROAD_FACTOR, ends_of, in_unit, key_unit
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key
from toolgen.executor.world_facts import asked_of


def _numbers(out: Any, keys: tuple[str, ...]) -> list[float]:
    return [v for o in objects_in(out) for k, v in o.items()
            if normalize_key(k) in keys and isinstance(v, int | float)
            and not isinstance(v, bool)]


def _country_missing(fact: str, found: world.Country, out: Any) -> bool:
    text = json.dumps(out, ensure_ascii=False)
    if fact == "population":
        return not any(abs(v - found.population) <= 0.25 * found.population
                       for v in _numbers(out, ("population", "total_population")))
    if fact == "area":
        return not any(abs(v - found.area_km2) <= 0.25 * found.area_km2
                       for v in _numbers(out, ("area", "area_km2", "area_sq_km")))
    largest = world.largest_city(found.iso)
    value = {"capital": found.capital, "currency": found.currency_code,
             "language": (found.languages or ("",))[0], "continent": found.continent,
             "calling": found.calling_code.lstrip("+"), "flag": world.flag(found.iso),
             "largest": largest.name if largest else ""}.get(fact, "")
    return value not in text


def _why(name: str, params: tuple[str, ...], args: dict[str, Any], out: Any) -> str | None:
    """Why one call answers without its world fact; "" when it holds it; None when it
    asks none."""
    found = asked_of(name, params)
    if found is not None and found[0] == "country":
        country = world.country(args.get(normalize_key(found[2])))
        if country is None:
            return None
        facts = ("capital", "population") if found[1] == ("record",) else found[1]
        missing = [f for f in facts if _country_missing(f, country, out)]
        return f"no {', '.join(missing)} of {country.name}" if missing else ""
    if found is not None and found[0] == "city":
        city = world.city(args.get(normalize_key(found[2])))
        if city is None:
            return None
        lat = _numbers(out, ("latitude", "lat"))
        ok = bool(lat) and all(abs(v - city.latitude) <= 1 for v in lat)
        return "" if ok else f"latitude {lat[:3]} for {city.name}"
    ends = ends_of(args)
    a, b = (world.city(ends[0]), world.city(ends[1])) if ends else (None, None)
    if a is None or b is None or a == b:
        return None
    straight = world.great_circle_km(a, b)
    said = [(k, v) for o in objects_in(out) for k, v in o.items()
            if key_unit(normalize_key(k), args) and isinstance(v, int | float)
            and not isinstance(v, bool)]
    if not said:
        return None
    for k, v in said:
        unit = key_unit(normalize_key(k), args) or "km"
        if not 0.7 * in_unit(straight, unit) <= v <= 1.3 * in_unit(straight * ROAD_FACTOR, unit):
            return f"{k}={v}, {a.name}-{b.name} is {in_unit(straight, unit):,.0f} {unit}"
    return ""


def count(path: str, verbose: bool) -> tuple[int, int]:
    calls = bad = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            params = {t["function"]["name"]: tuple(
                (t["function"].get("parameters") or {}).get("properties") or {})
                for t in r["tools"]}
            outputs = {m["tool_call_id"]: m["content"] for m in r["messages"]
                       if m["role"] == "tool"}
            for m in r["messages"]:
                for c in m.get("tool_calls") or []:
                    try:
                        out = json.loads(outputs.get(c["id"], "null"))
                        args = json.loads(c["function"]["arguments"])
                    except ValueError:
                        continue
                    if not isinstance(out, dict | list) or not isinstance(args, dict) or (
                            isinstance(out, dict) and "error" in out):
                        continue
                    name = c["function"]["name"]
                    norm = {normalize_key(k): v for k, v in args.items()}
                    why = _why(name, params.get(name, ()), norm, out)
                    if why is None:
                        continue
                    calls += 1
                    if why:
                        bad += 1
                        if verbose:
                            print(f"  {r['conversation_id']} {name}: {why}")
    return calls, bad


def main() -> None:
    path = sys.argv[1]
    calls, bad = count(path, "-v" in sys.argv)
    print(f"{path}: {calls} world-fact calls, {bad} answering without the fact")


if __name__ == "__main__":
    main()

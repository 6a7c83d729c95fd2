"""A country's capital or population, said as a fact about the country.

"its population is 66987244" and "its capital is Paris" read as fields of a record; a
person says "the capital of France is Paris" and "France has 66,987,244 people".
`world_facts(output, endpoint)` returns those facts of the answer of an endpoint that
asks a country's facts (`executor.world_facts.asked`: not a species' population in a
country, not a COVID table) and states the country (its `country` or `name`) with its
`capital` or `population` (an answer naming a city is left alone): labelled "capital
of France" and "population of France", which `offline.clauses` says as such. The
figure keeps its digits, grouped by thousands, so it is still the one the tool returned.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.executor.world_facts import asked
from toolgen.records import Endpoint

_CITY_KEYS = frozenset({"city", "city_name", "town"})


def world_facts(output: Any, endpoint: Endpoint) -> list[Fact]:
    """The capital and population facts `output` states of one country (module doc)."""
    if (not isinstance(output, dict) or _CITY_KEYS & output.keys()
            or ("capital" not in output and "population" not in output)):
        return []  # most answers: no country fact to say
    found = asked(endpoint)
    if found is None or found[0] != "country":
        return []
    country = next((output[k] for k in ("country", "name", "country_name")
                    if isinstance(output.get(k), str) and output[k].strip()), None)
    if country is None or len(country) <= 3:  # "FR" is a code, not how one says it
        return []
    country = _named(country)
    out: list[Fact] = []
    capital = output.get("capital")
    if isinstance(capital, str) and capital.strip():
        out.append(Fact(label=f"capital of {country}", value=capital))
    population = output.get("population")
    if type(population) is int and population > 0:
        out.append(Fact(label=f"population of {country}", value=f"{population:,}"))
    return out


# Countries said with "the" ("the United States has...", "the capital of the Philippines").
_WITH_THE = ("United ", "Czech Republic", "Dominican Republic", "Central African",
             "Democratic Republic", "Republic of", "Philippines", "Bahamas", "Gambia",
             "Maldives", "Marshall Islands", "Solomon Islands", "Comoros", "Seychelles",
             "Netherlands", "Vatican", "Cayman", "Falkland", "Faroe")


def _named(country: str) -> str:
    """How a sentence names the country: "the United States", "the Netherlands"."""
    if country.startswith("The "):
        return "the " + country[4:]
    return f"the {country}" if country.startswith(_WITH_THE) else country

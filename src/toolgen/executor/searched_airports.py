"""An airport search finds the airports of the city searched for.

`search_airports(query="Tokyo")` answered with Paris Charles de Gaulle: the real airport
row the entity pass drew, whatever the query. `airports_of(items, phrase)` makes the
result items the airports of the searched city (or the one airport whose code or name
was searched), one row each, from the same table (`entities.tables.AIRPORT`). Items
beyond the city's airports are dropped: Tokyo has two, not five. In place.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.entities.tables import AIRPORT, Row
from toolgen.executor.values import normalize_key


def airports_of(items: list[dict[str, Any]], phrase: str) -> None:
    """Make `items` the airports `phrase` names (unchanged when it names none)."""
    rows = _rows_for(phrase.strip().lower())
    if not rows or not items:
        return
    del items[len(rows):]
    for item, row in zip(items, rows, strict=False):
        for key in item:
            norm = normalize_key(key)
            column = AIRPORT.aliases.get(norm) or AIRPORT.context_aliases.get(norm)
            if column is not None and column in row and not isinstance(item[key], dict | list):
                item[key] = row[column]


def _rows_for(query: str) -> list[Row]:
    exact = [r for r in AIRPORT.rows
             if query in (str(r["iata"]).lower(), str(r["icao"]).lower(),
                          str(r["name"]).lower())]
    return exact or [r for r in AIRPORT.rows if str(r["city"]).lower() == query]

"""A work of a famous artist dates from the artist's working life.

BFCL seed 71 #19: a sculpture by Frida Kahlo (1907-1954) came back from 1573. A record
naming an artist of `WORKING_YEARS` and a year outside that artist's working life gets a
year inside it. Other artists and records are left alone. In place, deterministic.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

# Artist -> (first, last) year of work.
WORKING_YEARS: dict[str, tuple[int, int]] = {
    "Auguste Rodin": (1864, 1917), "Michelangelo": (1496, 1564), "Frida Kahlo": (1925, 1954),
    "Claude Monet": (1858, 1926), "Barbara Hepworth": (1925, 1975),
    "Constantin Brancusi": (1897, 1957), "Vincent van Gogh": (1881, 1890),
    "Pablo Picasso": (1895, 1973), "Leonardo da Vinci": (1469, 1519),
    "Rembrandt": (1625, 1669), "Johannes Vermeer": (1653, 1675),
    "Henry Moore": (1921, 1986), "Alberto Giacometti": (1922, 1966),
}
_YEARS = ("year", "year_created", "created_year", "creation_year", "date_created")


def artist_years(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Each record naming a known artist dates from the artist's working life."""
    for obj in objects_in(output):
        span = WORKING_YEARS.get(str(obj.get("artist") or ""))
        if span is None:
            continue
        for key in _YEARS:
            year = obj.get(key)
            if isinstance(year, int) and not isinstance(year, bool) and not (
                    span[0] <= year <= span[1]):
                obj[key] = rng.randint(*span)

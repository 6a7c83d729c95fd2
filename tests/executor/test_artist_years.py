"""A work of a famous artist dates from the artist's working life, and a sculpture is by a
sculptor (BFCL seed 71 #19: a sculpture by Frida Kahlo from 1573)."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor.artist_years import artist_years


def _dated(artist: str, year: int) -> dict[str, Any]:
    out = {"sculpture_id": "scl_1", "artist": artist, "title": "Summer Skies", "year": year}
    artist_years(out, {}, random.Random(3))
    return out


def test_a_year_outside_the_artists_life_moves_inside_it() -> None:
    assert 1925 <= _dated("Frida Kahlo", 1573)["year"] <= 1954
    assert 1496 <= _dated("Michelangelo", 1901)["year"] <= 1564


def test_a_year_inside_it_and_an_unknown_artist_are_kept() -> None:
    assert _dated("Auguste Rodin", 1880)["year"] == 1880
    assert _dated("Maria Holloway", 1573)["year"] == 1573


def test_a_sculpture_drawn_for_a_user_is_by_a_sculptor(bfcl: Any) -> None:
    eps, executor = bfcl
    endpoint = next(e for n, e in eps.items() if n.startswith("sculpture_get_details"))
    artist = next(p for p in endpoint.parameters if p.name == "artist")
    values = ArgumentValues(executor)
    drawn = {values.draw(endpoint, artist, random.Random(seed)) for seed in range(30)}
    assert drawn and not drawn & {"Frida Kahlo", "Claude Monet"}, drawn

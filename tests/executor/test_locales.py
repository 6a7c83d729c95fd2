"""The shipped street and postcode draws are Faker's, and a country without one is drawn."""

from __future__ import annotations

import re

import orjson
import pytest

from toolgen.executor import locales


def _table() -> dict[str, list[list[str]]]:
    table: dict[str, list[list[str]]] = orjson.loads(locales.DRAWN_FILE.read_bytes())
    return table


def test_every_country_ships_32_streets_and_postcodes() -> None:
    table = _table()
    assert set(table) == set(locales.LOCALE)
    for streets, posts in table.values():
        assert len(streets) == 32 and all(s.strip() for s in streets)
        assert len(posts) == 32 and all(p.strip() for p in posts)


@pytest.mark.parametrize("code", ["PT", "DE", "JP", "US"])
def test_shipped_draw_is_what_faker_draws(code: str) -> None:
    """Regenerate with scripts/draw_locale_addresses.py when this fails (Faker upgraded)."""
    streets, posts = locales.draw(code)
    assert _table()[code] == [list(streets), list(posts)]


def test_shipped_postcodes_have_the_countrys_shape() -> None:
    table = _table()
    assert all(re.fullmatch(r"\d{4}-\d{3}", p) for p in table["PT"][1])  # Portugal: 1000-001
    assert all(re.fullmatch(r"\d{5}", p) for p in table["DE"][1])


def test_a_country_without_a_shipped_draw_is_drawn_from_faker() -> None:
    locales._values.cache_clear()
    try:
        streets, posts = locales._values("XX")  # no such country: Faker's en_US, seeded
    finally:
        locales._values.cache_clear()
    assert (streets, posts) == locales.draw("XX")
    assert len(streets) == 32 and len(posts) == 32

"""A famous museum is asked about in its own city (BFCL seed 47 #24: "the info about
museum at Prado in San Francisco")."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.museum_city import museum_city
from toolgen.records import PlannedArg


def _stated(**values: str) -> dict[str, PlannedArg]:
    return {k: PlannedArg(name=k, source="user", value=v) for k, v in values.items()}


@pytest.mark.parametrize(("museum", "city"), [("Prado", "Madrid"), ("Louvre", "Paris"),
                                              ("MoMA", "New York"),
                                              ("Rijksmuseum", "Amsterdam")])
def test_a_museum_is_in_its_city(museum: str, city: str) -> None:
    assert museum_city(_stated(museum=museum, city="San Francisco")) == {"city": city}


def test_an_agreeing_or_unknown_museum_is_left() -> None:
    assert museum_city(_stated(museum="Prado", city="Madrid")) == {}
    assert museum_city(_stated(museum="Museum of Local History", city="Leeds")) == {}
    assert museum_city(_stated(museum="Prado")) == {}


def test_a_museum_in_its_city_is_placed() -> None:
    from toolgen.agents.planner.museum_city import museum_placed
    assert museum_placed({"museum": "Prado", "city": "Madrid"})
    assert not museum_placed({"museum": "Prado", "city": "San Francisco"})
    assert not museum_placed({"museum": "City Museum", "city": "Leeds"})

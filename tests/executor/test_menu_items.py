"""A restaurant's menu lists dishes (bundled seed 31 #140: menu rows named "Galloway Cafe"
and "Moody Bistro", like restaurants), and a dish's diet flag agrees with its name."""

from __future__ import annotations

import re

import pytest

from toolgen.executor import MockExecutor
from toolgen.registry import bundled_corpus, load_registry

_MENU = next(e for e in load_registry(bundled_corpus()).endpoints
             if e.function_name == "get_menu_for_tablefinder")
_VENUE_WORDS = re.compile(r"\b(?:Bistro|Kitchen|Grill|Trattoria|Cafe|Brasserie)$")
_MEAT = re.compile(r"\b(?:Beef|Chicken|Salmon|Pork|Lamb)\b")


def _rows(executor: MockExecutor, seed: int) -> list[dict[str, object]]:
    out = executor.session(seed).call(_MENU, {"restaurant_id": "rst_4888e9"}).output
    rows: list[dict[str, object]] = out["items"]
    return rows


@pytest.mark.parametrize("session_seed", range(12))
def test_menu_rows_are_not_named_like_restaurants(executor: MockExecutor,
                                                  session_seed: int) -> None:
    for row in _rows(executor, session_seed):
        assert isinstance(row["name"], str) and not _VENUE_WORDS.search(row["name"]), row


def test_a_meat_dish_is_never_vegetarian(executor: MockExecutor) -> None:
    meaty = [row for seed in range(40) for row in _rows(executor, seed)
             if _MEAT.search(str(row["name"]))]
    assert meaty, "no meat dish drawn in 40 menus"
    assert all(row["vegetarian"] is False for row in meaty), meaty


def test_a_dish_costs_what_a_dish_costs(executor: MockExecutor) -> None:
    for seed in range(12):
        for row in _rows(executor, seed):
            price = row["price"]
            assert isinstance(price, dict)
            if price["currency"] in ("EUR", "USD", "GBP", "CHF", "CAD", "SGD", "AUD"):
                assert 2 <= float(price["amount"]) <= 80, row


def test_a_hotel_named_curry_is_priced_as_a_hotel() -> None:
    """Bundled seed 13 #228: "Curry Hotel at 15.96 EUR" was priced as a dish."""
    from toolgen.executor.price_scale import price_range
    assert price_range("Curry Hotel") == price_range("Grand Hotel")
    dish = price_range("Chicken Curry")
    assert dish is not None and dish[1] <= 60

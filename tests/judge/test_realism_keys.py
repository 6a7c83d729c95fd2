"""The reviewer checks for keys, codes and currencies that disagree with what they name.

Each test builds the calls the way a reviewer meets them in generated records: a ticker
map whose "MXNJPY:cur" entry holds the INRKRW cross (ToolBench seed 31 #42), video
games on sale in Masovia priced in Australian dollars (BFCL seed 31 #244), a cart read
in euros checked out in Swiss francs (bundled seed 21 #10). The same shapes with each
entry under its own key, the region's currency and one currency per cart are left alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import cart_checkout, keyed_entries, local_money, one_currency
from toolgen.judge.view import build_view
from toolgen.records import Finding

from .factories import calls_record

CTX = JudgeContext()
Call = tuple[str, dict[str, Any], Any]


def _kinds(check: Any, calls: list[Call]) -> list[str]:
    record = calls_record(calls, user="Look it up.", answer="Done.", conversation_id="t-keys")
    found: list[Finding] = check(build_view(record), CTX)
    return [f.kind for f in found]


def _cross(pair: str, base: str) -> dict[str, Any]:
    return {"baseName": base, "symbol": pair, "ticker": f"{pair.lower()}:cur",
            "tickerName": f"{pair}:CUR", "tinyName": f"{pair[:3]}-{pair[3:]}",
            "currency": pair[3:], "last": "15.9515"}


# -- keyed_entries ---------------------------------------------------------------------

@pytest.mark.parametrize("output", [
    # "MXNJPY:cur" holding the rupee-won cross
    {"result": {"MXNJPY:cur": _cross("INRKRW", "SOUTH KOREAN WON"),
                "JPYMXN:cur": _cross("JPYMXN", "MEXICAN PESO")}},
    # a quote map keyed by ticker holding another company
    {"quotes": {"AAPL": {"symbol": "MSFT", "name": "Microsoft Corporation"}}},
    # a commodity under gold's code holding Brent crude's
    {"data": {"GC1:COM": {"symbol": "CO1", "name": "Brent Crude"}}},
])
def test_an_entry_holding_another_thing_than_its_key_is_flagged(output: Any) -> None:
    assert _kinds(keyed_entries.check_view, [("get_quotes", {"id": "mxn"}, output)]) == [
        "keyed_entry_mismatch"]


@pytest.mark.parametrize("output", [
    {"result": {"MXNJPY:cur": _cross("MXNJPY", "JAPANESE YEN"),
                "JPYMXN:cur": _cross("JPYMXN", "MEXICAN PESO")}},
    # an entry named by its key may name other things by other codes (its exchange's)
    {"quotes": {"AAPL": {"symbol": "AAPL", "code": "NASD", "name": "Apple Inc."}}},
    # a field word ("Data", "result") names no entry
    {"Data": {"symbol": "AAPL"}, "result": {"code": "EUR"}},
    # a code of another form than the key is no contradiction of it
    {"rates": {"USD": {"pair": "USD/EUR", "rate": 0.92}}},
])
def test_entries_under_their_own_keys_are_left_alone(output: Any) -> None:
    assert _kinds(keyed_entries.check_view, [("get_quotes", {"id": "mxn"}, output)]) == []


# -- local_money reads a region --------------------------------------------------------

def test_games_on_sale_in_masovia_priced_in_australian_dollars_are_flagged() -> None:
    args = {"game_title": "Minecraft", "platform": "Nintendo Switch", "region": "Masovia"}
    output = {"games": [{"game_id": "gma_1", "price": 62.96, "currency": "AUD"},
                        {"game_id": "gma_2", "price": 75.38, "currency": "AUD"}]}
    assert _kinds(local_money.check_view, [("video_games_on_sale", args, output)]) == [
        "place_currency"]


@pytest.mark.parametrize("region", ["Masovia", "Europe", "EMEA"])
def test_games_in_the_regions_currency_or_a_continent_are_left_alone(region: str) -> None:
    args = {"game_title": "Minecraft", "region": region}
    output = {"games": [{"game_id": "gma_1", "price": 229.0, "currency": "PLN"}]}
    assert _kinds(local_money.check_view, [("video_games_on_sale", args, output)]) == []


# -- one_currency ----------------------------------------------------------------------

def _cart(currency: str) -> dict[str, Any]:
    return {"cart_id": "crt_2ea2b9", "items": [{"product_id": "prd_d4ba46", "quantity": 2,
                                                "line_total": {"amount": 81.7,
                                                               "currency": currency}}],
            "subtotal": {"amount": 81.7, "currency": currency}}


def _checkout(currency: str, address: str) -> Call:
    return ("checkout", {"cart_id": "crt_2ea2b9", "shipping_address": address},
            {"order_id": "ord_2525", "status": "paid",
             "total": {"amount": 81.7, "currency": currency}})


def test_a_cart_read_in_euros_and_checked_out_in_francs_is_flagged() -> None:
    calls = [("add_to_cart", {"product_id": "prd_d4ba46", "quantity": 2,
                              "cart_id": "crt_2ea2b9"}, _cart("EUR")),
             _checkout("CHF", "Wegmannstrasse 785, Zurich, Switzerland")]
    assert _kinds(one_currency.check_view, calls) == ["record_two_currencies"]


def test_a_cart_in_one_currency_shipped_abroad_is_left_alone() -> None:
    calls = [("add_to_cart", {"product_id": "prd_d4ba46", "quantity": 2,
                              "cart_id": "crt_2ea2b9"}, _cart("EUR")),
             _checkout("EUR", "Wegmannstrasse 785, Zurich, Switzerland")]
    assert _kinds(one_currency.check_view, calls) == []
    # nor is its checkout in euros a Swiss place's money in another currency
    assert _kinds(local_money.check_view, calls) == []


def test_a_conversion_of_an_order_into_a_currency_asked_for_is_left_alone() -> None:
    calls = [("get_order", {"order_id": "ord_1"},
              {"order_id": "ord_1", "total": {"amount": 50.0, "currency": "EUR"}}),
             ("convert_order_total", {"order_id": "ord_1", "to_currency": "USD"},
              {"order_id": "ord_1", "total": {"amount": 54.3, "currency": "USD"}}),
             # two products, one per currency, are two things
             ("get_product", {"product_id": "prd_1"},
              {"product_id": "prd_1", "price": {"amount": 5.0, "currency": "GBP"}})]
    assert _kinds(one_currency.check_view, calls) == []


# -- cart_checkout ---------------------------------------------------------------------

def test_a_checkout_charging_less_than_its_cart_is_flagged() -> None:
    calls = [("add_to_cart", {"product_id": "prd_2ff0da", "quantity": 5},
              {**_cart("EUR"), "subtotal": {"amount": 368.59, "currency": "EUR"}}),
             _checkout("EUR", "Passarela Pacheco, 35, Sao Paulo, Brazil")]
    calls[1][2]["total"]["amount"] = 97.17
    assert _kinds(cart_checkout.check_view, calls) == ["checkout_off_cart"]


@pytest.mark.parametrize("charged", [81.7, 86.6, 104.9])
def test_a_checkout_charging_its_cart_with_shipping_is_left_alone(charged: float) -> None:
    calls = [("add_to_cart", {"product_id": "prd_d4ba46", "quantity": 2,
                              "cart_id": "crt_2ea2b9"}, _cart("EUR")),
             _checkout("EUR", "Wegmannstrasse 785, Zurich, Switzerland")]
    calls[1][2]["total"]["amount"] = charged
    assert _kinds(cart_checkout.check_view, calls) == []


def test_an_entry_off_its_maps_convention_is_flagged_whatever_its_codes_form() -> None:
    # "AEX:IND" holds symbol "AEX": the map files each index under its symbol, and
    # "ADSMI:IND" holding the AEX (a code of another length) is another index
    output = {"result": {"ADSMI:IND": {"symbol": "AEX", "name": "AEX-Index"},
                         "AEX:IND": {"symbol": "AEX", "name": "AEX-Index"}}}
    assert _kinds(keyed_entries.check_view, [("market_get_full", {"id": "adsmi:ind"},
                                              output)]) == ["keyed_entry_mismatch"]

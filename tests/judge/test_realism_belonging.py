"""The reviewer checks for places, money and companies that do not belong together.

Each test builds one call the way a reviewer meets it in generated records: Florence at
Rome's coordinates or with Milan's postcode, a Sao Paulo delivery billed in euros,
Microsoft's name answered with Amazon's ticker, 207 IBM shares costing 566.14. The same
shapes with the right city, currency, ticker or price are left alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import city_fit, local_money, stocks
from toolgen.judge.view import build_view
from toolgen.records import Finding

from .factories import calls_record

CTX = JudgeContext()


def _kinds(check: Any, name: str, args: dict[str, Any], output: Any) -> list[str]:
    record = calls_record([(name, args, output)], user="Look it up.", answer="Done.",
                          conversation_id="t-belonging")
    found: list[Finding] = check(build_view(record), CTX)
    return [f.kind for f in found]


# -- city_fit --------------------------------------------------------------------------

@pytest.mark.parametrize(("output", "kind"), [
    # Rome's coordinates beside Firenze (Florence)
    ({"city": "Firenze", "country": "Italy", "latitude": 41.9028, "longitude": 12.4964},
     "city_coordinates"),
    # New York's beside Denver
    ({"city": "Denver", "postal_code": "80248", "latitude": 40.7128, "longitude": -74.006},
     "city_coordinates"),
    # Milan's postcode (201xx) beside Florence, coordinates right
    ({"city": "Firenze", "country": "Italy", "postal_code": "20118", "latitude": 43.7792,
      "longitude": 11.2463}, "city_postcode"),
    # Austin's ZIP beside Gilroy, California
    ({"city": "Gilroy", "country": "United States", "postal_code": "78756"},
     "city_postcode"),
    # Marseille's postcode beside Paris
    ({"city": "Paris", "country": "France", "zip": "13008"}, "city_postcode"),
])
def test_a_place_of_another_city_is_flagged(output: dict[str, Any], kind: str) -> None:
    assert _kinds(city_fit.check_view, "zip_code_by_city", {"city": output["city"]},
                  output) == [kind]


@pytest.mark.parametrize("output", [
    {"city": "Firenze", "country": "Italy", "postal_code": "50123", "latitude": 43.7792,
     "longitude": 11.2463},
    {"city": "Paris", "country": "France", "zip": "75008", "lat": "48.8566",
     "lng": "2.3522"},
    # a suburb's ZIP shares its sectional centre with the city: US ZIPs are not judged
    {"city": "Tigard", "country": "US", "zip": "97223"},
    # a Portland beside a state is judged by the postcodes check (Maine's Portland)
    {"city": "Portland", "state": "ME", "zip": "04101"},
    {"city": "Gilroy", "country": "United States", "postal_code": "95020"},
    # Vancouver beside its province: "CA" is not read as California
    {"City": "Vancouver", "State": "British Columbia", "Zip": "V5K 9L2"},
    # a city GeoNames does not know is left alone
    {"city": "Springfield Heights Village", "latitude": 1.0, "longitude": 2.0},
])
def test_a_place_of_its_own_city_is_left_alone(output: dict[str, Any]) -> None:
    city = output.get("city") or output["City"]
    assert _kinds(city_fit.check_view, "zip_code_by_city", {"city": city}, output) == []


# -- local_money -----------------------------------------------------------------------

def test_a_sao_paulo_order_billed_in_euros_is_flagged() -> None:
    args = {"restaurant_id": "rst_1", "delivery_address": "Rua Augusta 26, Sao Paulo, Brazil"}
    output = {"delivery_id": "dlv_1", "total": {"amount": 39.2, "currency": "EUR"}}
    assert _kinds(local_money.check_view, "place_delivery_order", args,
                  output) == ["place_currency"]


@pytest.mark.parametrize(("args", "output"), [
    ({"delivery_address": "Rua Augusta 26, Sao Paulo, Brazil"},
     {"total": {"amount": 213.04, "currency": "BRL"}}),
    # the user chose the currency
    ({"city": "Oslo", "currency": "EUR"}, {"price": {"amount": 90.0, "currency": "EUR"}}),
    # a conversion quotes two currencies
    ({"city": "Oslo"}, {"from": {"amount": 1, "currency": "EUR"},
                        "to": {"amount": 11.5, "currency": "NOK"}}),
])
def test_money_in_the_places_currency_is_left_alone(args: dict[str, Any],
                                                    output: Any) -> None:
    assert _kinds(local_money.check_view, "search", args, output) == []


# -- stocks ----------------------------------------------------------------------------

def test_another_companys_ticker_is_flagged() -> None:
    assert _kinds(stocks.check_view, "get_symbol_by_name", {"name": "Microsoft Corporation"},
                  {"symbol": "AMZN"}) == ["ticker_mismatch"]


def test_a_share_price_no_listed_company_trades_at_is_flagged() -> None:
    args = {"company": "International Business Machines Corporation", "shares": 207}
    assert _kinds(stocks.check_view, "calculate_investment_cost", args,
                  {"investment_cost": 566.14, **args}) == ["asset_price_implausible"]
    assert _kinds(stocks.check_view, "get_stock_price", {"symbol": "AAPL"},
                  {"symbol": "AAPL", "price": 3.12}) == ["asset_price_implausible"]


@pytest.mark.parametrize(("args", "output"), [
    ({"name": "Microsoft Corporation"}, {"symbol": "MSFT"}),
    ({"company": "IBM", "shares": 207}, {"investment_cost": 41400.0}),
    ({"symbol": "AAPL"}, {"symbol": "AAPL", "price": 189.5}),
    # a company the stock table does not list
    ({"company": "Perez, Stewart and Ballard", "shares": 10}, {"investment_cost": 5.0}),
])
def test_the_named_companys_ticker_and_price_are_left_alone(args: dict[str, Any],
                                                            output: Any) -> None:
    assert _kinds(stocks.check_view, "stock_lookup", args, output) == []


@pytest.mark.parametrize("output", [
    {"data": [{"symbol": "BTC", "name": "Bitcoin", "price_usd": 16.1}]},
    {"symbol": "USDT", "price_usd": 484.46},
    {"symbol": "GOOGL", "open": 796.55, "high": 812.32, "low": 774.63, "close": 796.16},
])
def test_a_coin_or_share_at_an_impossible_price_is_flagged(output: Any) -> None:
    assert _kinds(stocks.check_view, "market_quotes", {"limit": 5},
                  output) == ["asset_price_implausible"]


def test_believable_coin_prices_are_left_alone() -> None:
    output = {"data": [{"symbol": "BTC", "price_usd": 64210.5},
                       {"symbol": "USDT", "price_usd": 1.0},
                       {"symbol": "ETH", "price": 3100.0, "currency": "EUR"}]}
    assert _kinds(stocks.check_view, "market_quotes", {"limit": 5}, output) == []


_ZURICH = "Braunstrasse 365, Zurich, Switzerland"


@pytest.mark.parametrize("output", [
    # ToolBench seed 11 #7: a Zurich address geocoded to Idaho, in a nested location
    {"address": _ZURICH, "location": {"lat": 45.153415, "lng": -116.99022}},
    # and a flat pair beside a formatted address
    {"formatted_address": "Calle Mayor 5, 28013 Madrid, Spain", "lat": 52.52, "lon": 13.405},
])
def test_a_geocode_far_from_the_city_its_address_names_is_flagged(output: Any) -> None:
    kinds = _kinds(city_fit.check_view, "forward_geocode", {"address": "x"}, output)
    assert kinds == ["city_coordinates"], kinds


@pytest.mark.parametrize("output", [
    {"address": _ZURICH, "location": {"lat": 47.3769, "lng": 8.5417}},
    {"formatted_address": "Calle Mayor 5, 28013 Madrid, Spain", "lat": 40.4168,
     "lon": -3.7038},
    {"address": "12 Nowhere Lane, Qzxvbrt", "location": {"lat": 1.0, "lng": 1.0}},
])
def test_a_geocode_in_its_city_or_of_an_unknown_place_is_left_alone(output: Any) -> None:
    assert _kinds(city_fit.check_view, "forward_geocode", {"address": "x"}, output) == []

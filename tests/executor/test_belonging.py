"""Places, money and companies that belong together in what the executor answers.

A city the place list does not hold (Firenze, Denver, Bergamo) keeps its own coordinates
and a postcode that is not another city's; money is in the currency of the place the
call names; a listed company's shares cost what they trade at. Expected values are the
real world's (GeoNames' coordinates, postal authorities' prefixes, reference prices).
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.asset_prices import fit_asset_prices
from toolgen.executor.place_currency import currency_of, local_money, named_country
from toolgen.executor.places import believable_places
from toolgen.executor.postal import fit_postcode


def _placed(obj: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    believable_places(obj, args)
    fit_postcode(obj, args)
    return obj


def test_firenze_keeps_its_own_coordinates_postcode_and_address() -> None:
    out = _placed({"city": "Firenze", "postal_code": "20118", "country": "Italy",
                   "address": "Piazza Hugo, 5, Milan, Italy",
                   "latitude": 41.9028, "longitude": 12.4964}, {"city": "Firenze"})
    assert abs(out["latitude"] - 43.78) < 0.05 and abs(out["longitude"] - 11.25) < 0.05
    assert out["postal_code"].startswith("501")  # Florence's 50121-50145
    assert out["address"] == "Piazza Hugo, 5, Firenze, Italy"  # an Italian street stays


def test_an_unlisted_us_city_gets_its_own_coordinates() -> None:
    out = _placed({"city": "Denver", "country": "United States", "latitude": 40.7128,
                   "longitude": -74.006}, {"city": "Denver"})
    assert abs(out["latitude"] - 39.74) < 0.05 and abs(out["longitude"] + 104.98) < 0.05


def test_a_city_without_listed_postcodes_gets_none_of_another_city() -> None:
    out = _placed({"city": "Bergamo", "postal_code": "20118", "country": "Italy"},
                  {"city": "Bergamo"})
    code = out["postal_code"]
    assert len(code) == 5 and code.isdigit()
    assert not code.startswith(("201", "001", "501", "801", "101"))  # Milan, Rome, ...


def test_sent_coordinates_and_listed_cities_stay() -> None:
    sent = {"city": "Firenze", "latitude": 41.9028, "longitude": 12.4964}
    out = _placed({"city": "Firenze", "country": "Italy", "latitude": 41.9028,
                   "longitude": 12.4964}, sent)
    assert (out["latitude"], out["longitude"]) == (41.9028, 12.4964)
    rome = _placed({"city": "Rome", "postal_code": "00185", "country": "Italy",
                    "latitude": 41.9028, "longitude": 12.4964}, {"city": "Rome"})
    assert rome == {"city": "Rome", "postal_code": "00185", "country": "Italy",
                    "latitude": 41.9028, "longitude": 12.4964}


def test_a_delivery_in_sao_paulo_is_billed_in_reais() -> None:
    args = {"restaurant_id": "rst_1", "delivery_address": "Lago Mateus Pacheco, 26, "
                                                          "Sao Paulo, Brazil"}
    output = {"delivery_id": "dlv_1", "eta_minutes": 40,
              "total": {"amount": 39.2, "currency": "EUR"}}
    assert named_country(args) == "BR"
    local_money(output, args, currency_of(named_country(args)))
    # 39.2 EUR at 0.92 EUR and 5.0 BRL to the dollar
    assert output["total"] == {"amount": 213.04, "currency": "BRL"}
    assert output["eta_minutes"] == 40


def test_chosen_sent_and_quoted_currencies_stay() -> None:
    chosen = {"price": 90.0, "currency": "EUR"}
    local_money(chosen, {"city": "Oslo", "currency": "EUR"}, "NOK")
    assert chosen == {"price": 90.0, "currency": "EUR"}
    refund = {"refund_id": "rfd_1", "amount": 13.25, "currency": "AUD"}
    local_money(refund, {"payment_id": "pay_1", "amount": 13.25}, "EUR")
    assert refund == {"refund_id": "rfd_1", "amount": 13.25, "currency": "AUD"}
    quote = {"from": {"amount": 1.0, "currency": "EUR"},
             "to": {"amount": 11.5, "currency": "NOK"}}
    local_money(quote, {"city": "Oslo"}, "NOK")
    assert quote["from"] == {"amount": 1.0, "currency": "EUR"}


def test_yen_prices_have_no_minor_unit() -> None:
    hotel = {"price_per_night": {"amount": 92.0, "currency": "USD"}}
    local_money(hotel, {"city": "Tokyo"}, currency_of(named_country({"city": "Tokyo"})))
    assert hotel["price_per_night"] == {"amount": 13892, "currency": "JPY"}


def test_an_ibm_investment_costs_what_ibm_shares_trade_at() -> None:
    args = {"company": "International Business Machines Corporation", "shares": 207}
    output = {"investment_cost": 566.14, **args}
    fit_asset_prices(output, args, random.Random(7))
    assert 207 * 120 <= output["investment_cost"] <= 207 * 270
    quote = {"symbol": "AAPL", "price": 3.12}
    fit_asset_prices(quote, {"symbol": "AAPL"}, random.Random(7))
    assert 125 <= quote["price"] <= 260


def test_believable_and_unknown_share_prices_stay() -> None:
    quote = {"symbol": "AAPL", "price": 189.5}
    fit_asset_prices(quote, {"symbol": "AAPL"}, random.Random(7))
    assert quote == {"symbol": "AAPL", "price": 189.5}
    other = {"investment_cost": 5.0}
    fit_asset_prices(other, {"company": "Perez, Stewart and Ballard", "shares": 10},
                     random.Random(7))
    assert other == {"investment_cost": 5.0}


def test_coins_and_candles_in_a_listing_trade_at_their_prices() -> None:
    output = {"data": [{"symbol": "BTC", "price_usd": 16.1},
                       {"symbol": "USDT", "price_usd": 484.46},
                       {"symbol": "GOOGL", "open": 796.55, "high": 812.32, "low": 774.63,
                        "close": 796.16}]}
    fit_asset_prices(output, {"limit": 3}, random.Random(7))
    btc, usdt, googl = output["data"]
    assert 16000 <= btc["price_usd"] <= 110000
    assert 0.99 <= usdt["price_usd"] <= 1.01
    assert 85 <= googl["close"] <= 210
    assert googl["low"] < googl["open"] < googl["high"]  # the candle keeps its shape


def test_a_city_is_looked_up_in_the_objects_country() -> None:
    # Richmond, Canada is in British Columbia, not Virginia or California ("CA" read as a
    # US state): Toronto's pair moves to Richmond's own, about 49.17, -123.14
    out = _placed({"city": "Richmond", "country": "Canada", "latitude": 43.6532,
                   "longitude": -79.3832}, {"city": "Richmond"})
    assert abs(out["latitude"] - 49.17) < 0.05 and abs(out["longitude"] + 123.14) < 0.05
    calgary = _placed({"city": "Calgary", "country": "Canada", "postal_code": "M5V 2T6"},
                      {"city": "Calgary"})
    assert calgary["postal_code"].startswith(("T2", "T3"))  # Calgary's, not Toronto's M


def test_an_unlisted_us_city_gets_a_zip_of_its_state() -> None:
    # Gilroy is in California (ZIPs 900-961), Austin's 787 is Texas
    out = _placed({"city": "Gilroy", "postal_code": "78756", "country": "United States"},
                  {"city": "Gilroy"})
    assert 900 <= int(out["postal_code"][:3]) <= 961
    assert out["postal_code"][3:] == "56"  # the drawn digits after the prefix stay
    kept = _placed({"city": "Gilroy", "zip": "78756", "state": "TX"}, {"city": "Gilroy"})
    assert kept["zip"] == "78756"  # the object says Texas: not this rule's to settle


def test_a_redrawn_share_price_keeps_its_days_change() -> None:
    quote = {"symbol": "AMZN", "price": 40.99, "change": 3.01, "change_percent": 7.93}
    fit_asset_prices(quote, {"symbol": "AMZN"}, random.Random(7))
    price = quote["price"]
    assert 80 <= price <= 240
    # yesterday's close plus the change is today's price, up 7.93 %
    assert abs((price - quote["change"]) * 1.0793 - price) < 0.02


def test_a_coins_market_cap_is_its_price_times_its_supply() -> None:
    coin = {"symbol": "BTC", "price_usd": 65000.0, "market_cap": 11.66}
    fit_asset_prices(coin, {"coin": "btc"}, random.Random(7))
    # about 19.7 million bitcoin in circulation: over a trillion dollars
    assert 1.0e12 <= coin["market_cap"] <= 1.6e12
    written = {"symbol": "BTC", "price_usd": 65000.0, "market_cap": 1280.5}  # in billions
    fit_asset_prices(written, {"coin": "btc"}, random.Random(7))
    assert written["market_cap"] == 1280.5


def test_a_listed_share_is_quoted_in_its_listings_currency() -> None:
    quote = {"symbol": "AMZN", "price": 173.79, "currency": "CAD"}
    fit_asset_prices(quote, {"ticker": "AMZN"}, random.Random(7))
    assert quote == {"symbol": "AMZN", "price": 173.79, "currency": "USD"}
    asked = {"symbol": "AMZN", "price": 236.4, "currency": "CAD"}
    fit_asset_prices(asked, {"ticker": "AMZN", "currency": "CAD"}, random.Random(7))
    assert asked["currency"] == "CAD"

"""What the request's noun asks for leads the answer; a price only when asked or paid;
timestamps are said as a person says them."""

from __future__ import annotations

from toolgen.agents.offline import Fact, Intent
from toolgen.agents.policy.asked_first import asked_first, human_time


def test_timestamps_are_said_in_words() -> None:
    # a "Z" stamp is said as UTC: "departing 08:34" had read as Miami's own time (BFCL seed 59 #1)
    assert human_time("2025-05-21T21:00:00Z") == "21:00 UTC on 21 May"
    assert human_time("2025-05-07T09:40:00+02:00") == "09:40 on 7 May"
    assert human_time("2025-05-21T00:00:00Z") == "21 May 2025"
    assert human_time("2025-02-30T10:00:00Z") == "2025-02-30T10:00:00Z"  # no such day
    assert human_time("Le Grand Rex") == "Le Grand Rex"


def test_show_times_lead_with_the_time_and_place_and_drop_the_price() -> None:
    output = {"showtimes": [{"showtime_id": "sh_1", "cinema": "Le Grand Rex",
                             "starts_at": "2025-05-21T21:00:00Z", "format": "IMAX",
                             "price": {"amount": 12.8, "currency": "EUR"}}]}
    facts = [Fact("price", "12.8 EUR"), Fact("showtime ID", "sh_1")]
    intent = Intent(verb="check", obj="show's times", phrase="check a show's times")
    said = asked_first(facts, output, intent, {"get", "showtimes"}, "")
    assert said[:3] == [Fact("time", "21:00 UTC on 21 May"), Fact("cinema", "Le Grand Rex"),
                        Fact("format", "IMAX")]
    assert Fact("price", "12.8 EUR") not in said


def test_a_price_stays_when_asked_or_paid() -> None:
    output = {"flight_id": "flg_1", "price": {"amount": 99.0, "currency": "EUR"}}
    facts = [Fact("price", "99.0 EUR"), Fact("flight ID", "flg_1")]
    asked = Intent(verb="check", obj="flight's price", phrase="check the flight's price")
    assert asked_first(facts, output, asked, {"get", "flight"}, "")[0] == facts[0]
    booked = Intent(verb="book", obj="flight", phrase="book a flight")
    assert facts[0] in asked_first(facts, output, booked, {"book", "flight"}, "create")
    details = Intent(verb="get", obj="flight details", phrase="get the flight details")
    assert facts[0] not in asked_first(facts, output, details, {"get", "flight"}, "")


def test_a_search_says_how_many_matched_after_the_first() -> None:
    output = {"items": [{"title": "Drip Coffee Maker"}], "total": 38}
    facts = [Fact("title", "Drip Coffee Maker"), Fact("price", "30.0 EUR")]
    intent = Intent(verb="find", obj="products", phrase="find the products")
    said = asked_first(facts, output, intent, {"search", "products"}, "")
    assert said[:2] == [Fact("title", "Drip Coffee Maker"), Fact("total", "38")]


def test_a_figure_asked_is_said_once() -> None:
    """BFCL walmart_check_price: "the prices are 387.7 and 387.7 EUR"."""
    output = {"price_id": "prc_1", "price": 387.7, "currency": "EUR"}
    facts = [Fact("price", "387.7"), Fact("title", "Price Update"), Fact("price", "387.7 EUR")]
    intent = Intent(verb="calculate", obj="total price", phrase="calculate the total price")
    said = asked_first(facts, output, intent, {"check", "price"}, "")
    assert [f.value for f in said].count("387.7") + [f.value for f in said].count(
        "387.7 EUR") == 1, said


def test_the_names_of_a_list_asked_for_are_all_kept_one_figure_once() -> None:
    # ToolBench seed 1920078 #9: "its cities are Auckland" for eight cities.
    intent = Intent(verb="see", obj="some cities", phrase="see some cities")
    cities = [Fact("cities", c) for c in ("Auckland", "Christchurch", "Wellington")]
    out = {"cities": "Auckland,Christchurch,Wellington"}
    assert [f.value for f in asked_first(cities, out, intent, set(), "")] == [
        "Auckland", "Christchurch", "Wellington"]
    rate = Intent(verb="get", obj="the exchange rate", phrase="get the exchange rate")
    rates = [Fact("rate", "1.087"), Fact("rate", "1.091")]
    assert [f.value for f in asked_first(rates, {"rate": 1.087}, rate, set(), "")] == [
        "1.087"]

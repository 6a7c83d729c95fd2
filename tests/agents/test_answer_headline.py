"""An answer leads with what its request asked for, as a reviewer reads it.

A list of values is said whole ("the zip codes are 02-636, 00-826 and 03-992", not two
of the three, ToolBench seed 31 #188), or by its size and some of its items when long; a
list of one value is one thing ("its key is ...", not "its keys are ..."); a result's
echo of its request is not the answer ("its lat is 49.3418836" of a solar estimate,
#271); a quote's last price is the rate a request for a rate asked for (#42).
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _answers(function_name: str, arguments: dict[str, Any], output: Any,
             intent: Intent) -> list[str]:
    """The answer to one call, as said under forty seeds of wording."""
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    done = Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(40)]


_ZIPS = Intent(verb="find", obj="zip codes", phrase="find zip codes")


def test_a_short_list_of_values_is_said_whole() -> None:
    texts = _answers("find_zip_codes_by_city", {"city": "Warsaw"},
                     {"data": ["02-636", "00-826", "03-992"]}, _ZIPS)
    for text in texts:
        assert all(z in text for z in ("02-636", "00-826", "03-992")), text
    # another field that holds one of a list's values does not take the list
    intent = Intent(verb="get", obj="the artist", phrase="get the artist")
    output = {"name": "Nina Simone", "aliases": ["Nina Simone", "Eunice Waymon", "Dr. Nina"]}
    for text in _answers("get_artist", {"artist_id": "art_1"}, output, intent):
        assert "Eunice Waymon" not in text, text


def test_a_list_of_two_roots_says_both() -> None:
    intent = Intent(verb="calculate", obj="roots of polynomial equation",
                    phrase="calculate roots of polynomial equation")
    texts = _answers("math_roots_polynomial", {"coefficients": [4, 4, -1]},
                     {"roots": [-1.2071, 0.2071]}, intent)
    for text in texts:
        assert "-1.2071" in text and "0.2071" in text, text


def test_a_long_list_is_said_by_its_size_and_some_items() -> None:
    zips = ["02-636", "00-826", "03-992", "01-919", "02-027", "04-818"]
    texts = _answers("find_zip_codes_by_city", {"city": "Warsaw"}, {"data": zips}, _ZIPS)
    for text in texts:
        assert "6" in text.split("02-636")[0], text  # the count comes before the items
        assert any(w in text for w in ("among them", "including")), text
        assert "04-818" not in text, text


def test_a_list_beside_a_larger_count_is_said_as_some_of_that_many() -> None:
    intent = Intent(verb="get", obj="the products in the category",
                    phrase="get the products in the category")
    output = {"products": ["Eco Watch", "Portable Headphones"], "summary": {"count": 89844}}
    for text in _answers("get_products_in_category", {"category": "watches"}, output,
                         intent):
        assert "89844" in text, text
        assert any(w in text for w in ("among them", "including")), text


def test_a_list_of_one_value_is_said_as_one_thing() -> None:
    intent = Intent(verb="list", obj="all keys", phrase="list all keys")
    texts = _answers("core_memory_list_keys", {}, {"keys": ["project_deadline"]}, intent)
    for text in texts:
        assert "project_deadline" in text, text
        assert "keys are" not in text and "keys is" not in text, text


_SOLAR = {"inputs": {"wp": "8482.3", "lat": "49.3418836", "lon": "8.8006813", "az": "0"},
          "outputs": [{"month": 4, "wh": 1520}]}


def test_an_echo_of_the_request_is_not_the_answer() -> None:
    intent = Intent(verb="get", obj="the solar estimation", phrase="get the solar estimation")
    texts = _answers("v2_0_solar_estimation", {"lat": 25.2048, "lon": 55.2708, "wp": 8482.3},
                     _SOLAR, intent)
    for text in texts:
        assert "49.3418836" not in text and "8.8006813" not in text, text
        assert "1520 Wh" in text, text


_QUOTES = {"result": {"MXNJPY:cur": {
    "baseName": "JAPANESE YEN", "symbol": "MXNJPY", "tickerName": "MXNJPY:CUR",
    "tinyName": "MXN-JPY", "name": "MXNJPY Spot Exchange Rate - Price of 1 MXN in JPY",
    "last": "7.4315", "netChange": "0.0259", "yearHigh": "7.9054"}}}


def test_a_request_for_a_rate_is_answered_with_the_quote_s_last_price() -> None:
    intent = Intent(verb="get", obj="the exchange rate", phrase="get the exchange rate")
    for text in _answers("market_get_cross_currencies", {"id": "MXNJPY"}, _QUOTES, intent):
        assert "7.4315" in text, text

"""Reads whose name asks for a fact no record table holds answer that fact (`named_facts`):
an expiry date after its issue date, a cash-flow statement that adds up, the hours
between two cities, a postal code's place, a data query's table; an inflation
adjustment computes the adjusted amount. Endpoints built as the corpus declares them
(ToolBench `expires_at_for_ssl_certificate`, `cash_flow_statement_for_stockapi`,
`postal_code_query_for_locationiq`, BFCL `timezones.get_difference`,
`finance.inflation_adjustment`), which answered ids, codes and their arguments echoed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint

EX = MockExecutor(seed=7, pool_size=32)


def _endpoint(name: str, description: str, params: dict[str, str]) -> Endpoint:
    made = endpoint(name, tuple(param(k, t) for k, t in params.items()))
    return made.model_copy(update={"description": description})


def _outputs(endpoint: Endpoint, args: dict[str, Any], n: int = 4) -> list[Any]:
    return [EX.session(seed).call(endpoint, args).output for seed in range(n)]


def test_an_expiry_is_a_date_after_the_issue_date() -> None:
    e = _endpoint("expires_at_for_ssl_certificate",
                  "Retrieve the expirey date of the certificate.", {"domain": "string"})
    for out in _outputs(e, {"domain": "bluepeak.org"}):
        issued = dt.date.fromisoformat(out["issue_date"])
        expires = dt.date.fromisoformat(out["expiry_date"])
        assert expires > issued
        assert out["domain"] == "bluepeak.org"


def test_a_cash_flow_statement_adds_up() -> None:
    e = _endpoint("cash_flow_statement_for_stockapi",
                  "Retrieve latest yearly cash flow statement information", {"ticker": "string"})
    for out in _outputs(e, {"ticker": "TSLA"}):
        assert out["currency"] == "USD"
        assert out["net_change_in_cash"] == (out["operating_cash_flow"]
                                             + out["investing_cash_flow"]
                                             + out["financing_cash_flow"])
        assert out["operating_cash_flow"] > 0 > out["investing_cash_flow"]


def test_a_balance_sheets_assets_are_liabilities_plus_equity() -> None:
    e = _endpoint("balance_sheet_for_stockapi", "Retrieve the latest balance sheet",
                  {"ticker": "string"})
    for out in _outputs(e, {"ticker": "AAPL"}):
        assert out["total_assets"] == out["total_liabilities"] + out["total_equity"]


def test_a_time_difference_is_the_hours_between_the_cities() -> None:
    e = _endpoint("timezones_get_difference", "Find the time difference between two cities.",
                  {"city1": "string", "city2": "string"})
    # Munich is UTC+1 and Tokyo UTC+9 in January; Tokyo to London is -9
    assert {o["difference_hours"] for o in _outputs(e, {"city1": "Munich",
                                                        "city2": "Tokyo"})} == {8}
    assert {o["difference_hours"] for o in _outputs(e, {"city1": "Tokyo",
                                                        "city2": "London"})} == {-9}


def test_a_postal_code_query_answers_the_code_and_its_place() -> None:
    e = _endpoint("postal_code_query_for_locationiq", "Postal code query",
                  {"postalcode": "string"})
    for out in _outputs(e, {"postalcode": "10115"}):
        assert out["postal_code"] == "10115"
        assert isinstance(out["city"], str) and isinstance(out["country"], str)


def test_a_postal_code_queried_within_a_country_is_in_that_country() -> None:
    # ToolBench seed 7 #11: countrycodes=us answered Sydney, Australia, 2127
    e = _endpoint("postal_code_query_for_locationiq", "Postal code query",
                  {"countrycodes": "string"})
    for out in _outputs(e, {"countrycodes": "us"}, n=6):
        assert out["country"] == "United States", out
        assert len(str(out["postal_code"])) == 5 and str(out["postal_code"]).isdigit(), out


def test_a_data_query_names_its_table_and_columns() -> None:
    e = _endpoint("query_data_for_datapi", "Query Data within Data API", {"id": "string"})
    tables = {"invoices", "orders", "customers", "sensor_readings"}
    for out in _outputs(e, {"id": "dtp_61fdb0"}):
        assert out["table"] in tables
        assert out["columns"] and all(isinstance(c, str) for c in out["columns"])
        assert out["row_count"] >= 1


def test_an_inflation_adjustment_is_computed() -> None:
    e = _endpoint("finance_inflation_adjustment",
                  "Adjusts a sum of money for inflation based on the consumer price index.",
                  {"initial_sum": "number", "years": "integer", "inflation_rate": "number"})
    out = _outputs(e, {"initial_sum": 1000, "years": 2, "inflation_rate": 10}, 1)[0]
    assert out["adjusted_amount"] == 1210.0  # 1000 * 1.1 * 1.1

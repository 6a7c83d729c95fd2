"""An epidemic's counts are of the place and the day asked, at that place's scale: a
reviewer's arithmetic on what the shared corpus's Covid APIs answer.

Before, the NYT's US data for 2025-08-19 answered Germany on 2026-04-23 with 607 deaths
of 999 confirmed (ToolBench seed 97 #38), and a history of Singapore asked for one day
answered three rows of that day, each with a fifth of its cases dead."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

MONITOR = TOOLBENCH / "Health_and_Fitness/coronavirus_monitor.json"
NYT = TOOLBENCH / "Health_and_Fitness/covid_19_data_nyt.json"


def _rows(output: Any) -> list[dict[str, Any]]:
    if isinstance(output, dict) and "confirmed" in output:
        return [output]
    assert isinstance(output, dict), output
    rows = [x for v in output.values() if isinstance(v, list) for x in v]
    assert rows, output
    return rows


def _believable(row: dict[str, Any], lo: int, hi: int) -> None:
    assert lo <= row["confirmed"] <= hi, row
    # case fatality of a national count: well under 3 %, never a fifth
    assert 0 < row["deaths"] <= 0.03 * row["confirmed"], row
    if "recovered" in row:
        assert row["deaths"] + row["recovered"] <= row["confirmed"], row


@pytest.mark.parametrize("seed", range(4))
def test_the_us_data_of_a_day_is_the_uss_of_that_day(seed: int) -> None:
    endpoints, executor = corpus_endpoints(NYT)
    out = executor.session(seed).call(
        endpoints["get_specific_us_data_by_date_for_covid_19_data_nyt"],
        {"YYYY_MM_DD": "2025-08-19"}).output
    for row in _rows(out):
        if "country" in row:
            assert row["country"] == "United States", row
        if "date" in row:
            assert str(row["date"]).startswith("2025-08-19"), row
        _believable(row, 1_000_000, 340_000_000)


@pytest.mark.parametrize("seed", range(4))
def test_a_countrys_day_is_one_row_at_its_scale(seed: int) -> None:
    endpoints, executor = corpus_endpoints(MONITOR)
    out = executor.session(seed).call(
        endpoints["history_by_particular_country_by_date_for_coronavirus_monitor"],
        {"country": "Singapore", "date": "2025-04-13"}).output
    rows = _rows(out)
    assert len(rows) == 1, rows
    assert rows[0]["country"] == "Singapore" and rows[0]["date"] == "2025-04-13", rows
    _believable(rows[0], 50_000, 6_000_000)  # Singapore has ~5.6 million people


@pytest.mark.parametrize("seed", range(4))
def test_a_history_runs_a_day_at_a_time_and_never_shrinks(seed: int) -> None:
    endpoints, executor = corpus_endpoints(MONITOR)
    out = executor.session(seed).call(
        endpoints["history_by_particular_country_for_coronavirus_monitor"],
        {"country": "United Kingdom"}).output
    rows = _rows(out)
    days = [r["date"][:10] for r in rows]
    assert len(set(days)) == len(days), days
    by_day = sorted(rows, key=lambda r: r["date"])
    for earlier, later in pairwise(by_day):
        assert earlier["confirmed"] <= later["confirmed"], (earlier, later)
        assert earlier["deaths"] <= later["deaths"], (earlier, later)
    for row in rows:
        _believable(row, 1_000_000, 68_000_000)


STATS = TOOLBENCH / "Monitoring/coronastatsbycountry.json"


@pytest.mark.parametrize("seed", range(3))
def test_a_countrys_totals_are_its_cases_deaths_and_recoveries(seed: int) -> None:
    # Corona Stats by Country's totals answered `"counter": "general", "value": "default"`
    endpoints, executor = corpus_endpoints(STATS)
    name = next(n for n in endpoints if n.startswith("total_contryname"))
    out = executor.session(seed).call(endpoints[name], {"country": "Germany"}).output
    pairs = {p["counter"]: float(p["value"]) for p in _rows_of_pairs(out)}
    assert set(pairs) == {"cases", "deaths", "recovered"}, out
    assert 800_000 <= pairs["cases"] <= 84_000_000, pairs  # Germany: ~84 million people
    assert 0 < pairs["deaths"] <= 0.03 * pairs["cases"], pairs
    assert pairs["deaths"] + pairs["recovered"] <= pairs["cases"], pairs


def _rows_of_pairs(output: Any) -> list[dict[str, Any]]:
    items = output if isinstance(output, list) else next(
        v for v in output.values() if isinstance(v, list))
    assert all(isinstance(p, dict) and "value" in p for p in items), output
    return items

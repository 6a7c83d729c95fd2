"""A litre of fuel costs what a pump charges where it is sold (ToolBench seed 31 #120:
`city_wise_data_for_indian_fuel(city="Mumbai")` answered diesel at 247.31 and petrol at
16.22 rupees)."""

from __future__ import annotations

import pytest
from corpus_endpoints import TOOLBENCH, corpus_endpoints

# Indian pump prices in 2024-25: petrol about 95-110, diesel 85-100 rupees a litre.
_RUPEES = (70.0, 135.0)


@pytest.mark.parametrize("function_name", ["city_wise_data_for_indian_fuel",
                                           "fuel_price_by_city_for_daily_fuel_price_india"])
def test_indian_fuel_is_priced_in_rupees_a_litre(function_name: str) -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Energy/indian_fuel.json",
                                           TOOLBENCH / "Energy/daily_fuel_price_india.json")
    seen = 0
    for seed in range(15):
        out = executor.session(seed).call(endpoints[function_name],
                                          {"city": "Mumbai", "state": "Maharashtra"}).output
        row = out.get("payload", out)
        prices = {k: float(row[k]) for k in ("petrol", "diesel") if k in row}
        assert set(prices) == {"petrol", "diesel"}, out
        for fuel, price in prices.items():
            assert _RUPEES[0] <= price <= _RUPEES[1], (fuel, out)
        assert max(prices.values()) / min(prices.values()) < 1.5, out
        seen += 1
    assert seen == 15


@pytest.mark.parametrize(("city", "state"), [("Bengaluru", "Karnataka"),
                                             ("Mumbai", "Maharashtra")])
def test_indian_diesel_costs_less_than_petrol(city: str, state: str) -> None:
    # ToolBench seed 71 #5: Bengaluru petrol 101.36 beside diesel 105.26; #19 petrol 119.4
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Energy/daily_fuel_price_india.json")
    by_city = endpoints["fuel_price_by_city_for_daily_fuel_price_india"]
    for seed in range(20):
        out = executor.session(seed).call(by_city, {"city": city, "state": state}).output
        row = out.get("payload", out)
        petrol, diesel = float(row["petrol"]), float(row["diesel"])
        assert 92 <= petrol <= 112, out  # about 102 rupees a litre in 2024-25
        assert 0.8 * petrol <= diesel < petrol, out

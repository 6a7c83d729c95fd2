"""A probability of favourable outcomes is their share of all outcomes, and a
calculation the description names first is the one answered (BFCL seed 47 #24:
`probability_of_event(success_outcomes=282, total_outcomes=337)` answered 0.16; #218:
"the area and circumference of a circle" asked for the area answered the circumference)."""

from __future__ import annotations

from typing import Any

import pytest


def test_a_probability_is_the_favourable_share(bfcl: Any) -> None:
    eps, executor = bfcl
    for seed in range(4):
        out = executor.session(seed).call(eps["probability_of_event"], {
            "success_outcomes": 282, "total_outcomes": 337}).output
        assert out["probability"] == pytest.approx(282 / 337, abs=1e-3), out


def test_a_circle_asked_area_and_circumference_answers_the_area(bfcl: Any) -> None:
    eps, executor = bfcl
    out = executor.session(0).call(eps["geometry_circle_calculate"], {"radius": 15}).output
    assert out.get("area") == pytest.approx(706.86, abs=0.01), out


def test_a_depreciated_value_loses_its_yearly_share(bfcl: Any) -> None:
    # BFCL seed 47 #32: 32.99 at 8.41 % over 10 years answered `depreciation_usd: 18081.95`
    eps, executor = bfcl
    ep = eps["finance_property_depreciation_4666aad7"]
    out = executor.session(0).call(ep, {"initial_cost": 32.99, "depreciation_rate": 8.41,
                                        "years": 10}).output
    assert out.get("depreciated_value") == pytest.approx(32.99 * (1 - 0.0841) ** 10, abs=0.01)


def test_a_species_shares_all_its_dna_with_itself(bfcl: Any) -> None:
    # BFCL seed 47 #37: Panthera leo and Panthera leo were 742.32 similar
    eps, executor = bfcl
    ep = eps["genetics_calculate_similarity"]
    same = executor.session(0).call(ep, {"species1": "Panthera leo",
                                         "species2": "Panthera leo"}).output
    assert same["similarity"] == 100.0
    for seed in range(4):
        out = executor.session(seed).call(ep, {"species1": "cat", "species2": "horse"}).output
        assert 0 < out["similarity"] < 100, out


def test_a_car_hire_offers_cars_of_a_company_at_a_price(bfcl: Any) -> None:
    # BFCL seed 47 #45: four rows of the asked location, days and car type, nothing else
    eps, executor = bfcl
    out = executor.session(0).call(eps["car_rental_cddffbc9"], {
        "location": "Warsaw", "days": 13, "car_type": "SUV"}).output
    rows = out["cars"]
    assert rows and all(r.get("company") and r.get("price_per_day", 0) > 0 for r in rows), rows


def test_a_criminal_record_is_an_offence_in_the_asked_years(bfcl: Any) -> None:
    # BFCL seed 47 #44: the asked name, place and years, dated 2025, and nothing else
    eps, executor = bfcl
    out = executor.session(0).call(eps["get_criminal_records"], {
        "name": "Aisha Khan", "location": "Seattle", "from_year": 2007, "to_year": 2013}).output
    for row in out["records"]:
        assert row.get("offense") and 2007 <= int(row["offense_date"][:4]) <= 2013, row

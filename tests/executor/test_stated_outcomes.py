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

"""A statistic of a sample is computed from it: `statistics_variance(data=[...])`,
`statistics_median`, `statistics_mode` and the t-tests answered a market quote
(`{"value": 29.48, "change_percent": 3.71}`; BFCL seed 11, 000166, 000231, 000609) or
records of ids (seed 7, 000038). Expected figures are worked by hand here. Also
`population_genetics.calculate_ne` answers the effective population size its description
names, not a bare "ne" (seed 7, 000110). Runs on BFCL's own function docs."""

from __future__ import annotations

import pytest
from tests.export.corpora import BFCL

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint
from toolgen.registry.loader import load_registry


@pytest.fixture(scope="module")
def functions() -> dict[str, Endpoint]:
    if not BFCL.is_dir():
        pytest.skip("shared corpora not present")
    return load_registry(BFCL).by_function


@pytest.mark.parametrize(("name", "args", "key", "expected"), [
    # mean 496.25; squared deviations 232565.0625 + 104814.0625 + 191625.0625 + 77980.5625
    # = 606984.75, over n = 4 (the population formula is the default)
    ("statistics_variance", {"data": [14, 820, 934, 217]}, "variance", 151746.1875),
    ("statistics_variance", {"data": [2, 4, 4, 6], "population": False}, "variance",
     2.6667),  # 8 / 3
    ("statistics_median", {"data": [256, 29, 618, 899]}, "median", 437.0),
    ("statistics_mode", {"data": [268, 236, 814, 46, 236]}, "mode", 236.0),
    # means 2.5 and 4.5, variances 5/3 each: t = -2 / sqrt(5/12 + 5/12) = -2.1909
    ("stats_t_test", {"array_1": [1, 2, 3, 4], "array_2": [3, 4, 5, 6], "alpha": 0.05},
     "t_statistic", -2.1909),
    ("run_two_sample_ttest", {"group1": [1, 2, 3, 4], "group2": [3, 4, 5, 6],
                              "equal_variance": True}, "t_statistic", -2.1909),
    ("t_test", {"dataset_A": [1, 2, 3, 4], "dataset_B": [3, 4, 5, 6]}, "t_statistic",
     -2.1909),
])
def test_a_sample_statistic_is_computed_from_the_sample(
        executor: MockExecutor, functions: dict[str, Endpoint], name: str,
        args: dict[str, object], key: str, expected: float) -> None:
    for seed in range(3):
        output = executor.session(seed).call(functions[name], args).output
        assert output.get(key) == pytest.approx(expected, abs=1e-3), output
        assert "change_percent" not in output, output


def test_effective_population_size_is_what_ne_answers(
        executor: MockExecutor, functions: dict[str, Endpoint]) -> None:
    output = executor.session(0).call(
        functions["population_genetics_calculate_ne"],
        {"species": "Canis lupus", "generations": 892, "probability": 0.32}).output
    assert isinstance(output.get("effective_population_size"), int | float), output
    assert "ne" not in output, output


def test_a_sum_of_multiples_sums_the_multiples_in_the_range(
        executor: MockExecutor, functions: dict[str, Endpoint]) -> None:
    # BFCL seed 7, 000098: the multiples of 851 within 10..10 summed to 851.0
    sums = functions["math_toolkit_sum_of_multiples"]
    session = executor.session(0)
    # 3 + 5 + 6 + 9 + 10
    assert session.call(sums, {"lower_limit": 1, "upper_limit": 10,
                               "multiples": [3, 5]}).output["sum"] == 33
    assert session.call(sums, {"lower_limit": 10, "upper_limit": 10,
                               "multiples": [851]}).output["sum"] == 0

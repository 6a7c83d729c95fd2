"""A statistic is asked of several numbers: `mean(numbers=[487])` was the mean of one
number and `run_two_sample_ttest(group1=[680], group2=[983])` a t-test of one observation
per group (BFCL seed 7, 000004 and 000038). A pair (coordinates, an interval) keeps its
own size, and a list that is not a sample stays one short item."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _numbers(name: str, description: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="array",
                     json_schema={"type": "array", "items": {"type": "number"}},
                     required=True, description=description)


def _endpoint(name: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name=name,
                    category="Data", name=name, parameters=params)


def _draws(ep: Endpoint, index: int = 0) -> list[Any]:
    values = ArgumentValues(MockExecutor(3))
    return [values.draw(ep, ep.parameters[index], random.Random(i)) for i in range(20)]


def test_a_mean_is_of_several_numbers() -> None:
    ep = _endpoint("mean", _numbers("numbers", "List of numbers to calculate the mean of."))
    for drawn in _draws(ep):
        assert isinstance(drawn, list) and 4 <= len(drawn) <= 6, drawn
        assert all(isinstance(v, int | float) for v in drawn), drawn


def test_each_group_of_a_t_test_has_several_observations() -> None:
    ep = _endpoint("run_two_sample_ttest", _numbers("group1", "First group of data points."),
                   _numbers("group2", "Second group of data points."))
    for index in (0, 1):
        assert all(len(drawn) >= 4 for drawn in _draws(ep, index))


def test_a_pair_of_coordinates_is_no_sample() -> None:
    ep = _endpoint("calculate_distance",
                   _numbers("coord1", "The first coordinate as (latitude, longitude)."))
    assert all(len(drawn) <= 2 for drawn in _draws(ep))


def test_the_numbers_whose_multiples_are_summed_are_no_sample() -> None:
    # BFCL seed 7, 000098: four multiples of 203, 928, 269 and 621 "no more than 10"
    multiples = Parameter(name="multiples", raw_name="multiples", type_label="array",
                          json_schema={"type": "array", "items": {"type": "integer"}},
                          required=True, description="The numbers to find multiples of.")
    assert all(len(drawn) <= 1 for drawn in _draws(_endpoint("sum_of_multiples", multiples)))

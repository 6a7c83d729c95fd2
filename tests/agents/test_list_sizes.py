"""A list argument holds as many items as what it is takes (`array_sizes`): BFCL seed 7
sent `interval=[71.31]`, `year_range=[2024]`, `dimensions=[424]`, `pointA=[265]`,
`vector1=[942]`, `coefficients=[315.32]` beside `degree=583`, `two_sum(nums=[483])`, the
mode of numbers that all differ, `convert_rgb_to_hex(r=433)`, a 844x^2 + 511x + 477
quadratic and `chess_play(moves=[])`. Values are read as a reviewer reads them."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg


def _param(name: str, description: str, jtype: str = "array", item: str = "number",
           required: bool = True) -> Parameter:
    schema: dict[str, Any] = {"type": jtype}
    if jtype == "array":
        schema["items"] = {"type": item}
    return Parameter(name=name, raw_name=name, type_label=jtype, json_schema=schema,
                     required=required, description=description)


def _endpoint(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name=name,
                    category="Math", name=name, description=description, parameters=params)


def _settled(ep: Endpoint, seeds: int = 20) -> list[dict[str, Any]]:
    """The user's values for every parameter of `ep`, drawn and made to agree."""
    values = ArgumentValues(MockExecutor(3))
    out = []
    for seed in range(seeds):
        rng = random.Random(seed)
        args = [PlannedArg(name=p.name, source="user", value=values.draw(ep, p, rng))
                for p in ep.parameters]
        out.append({a.name: a.value for a in values.settle(ep, args)})
    return out


def test_an_interval_is_two_numbers_low_first() -> None:
    ep = _endpoint("calculate_area_under_curve", "Area under a curve within an interval.",
                   _param("function", "The function.", "string"),
                   _param("interval", "An array that defines the interval to calculate the "
                          "area under the curve from the start to the end point."))
    for args in _settled(ep):
        low, high = args["interval"]
        assert low < high, args


def test_a_year_range_and_a_list_of_two_limits_are_two_ordered_ends() -> None:
    ep = _endpoint("law_case_search", "Search law cases.",
                   _param("year_range", "The start and end year for searching cases.",
                          item="integer"),
                   _param("limits", "A list of two numbers specifying the lower and upper "
                          "limit for the integration interval."))
    for args in _settled(ep):
        for name in ("year_range", "limits"):
            assert len(args[name]) == 2 and args[name][0] < args[name][1], args


def test_points_are_pairs_and_compared_vectors_have_one_length() -> None:
    distance = _endpoint("euclidean_distance", "Distance between two points.",
                         _param("pointA", "Coordinates for Point A.", item="integer"),
                         _param("pointB", "Coordinates for Point B.", item="integer"))
    for args in _settled(distance):
        assert len(args["pointA"]) == len(args["pointB"]) == 2, args
    cosine = _endpoint("cosine_similarity", "Cosine similarity between two vectors.",
                       _param("vector1", "The first vector.", item="integer"),
                       _param("vector2", "The second vector.", item="integer"))
    for args in _settled(cosine):
        assert len(args["vector1"]) == len(args["vector2"]) >= 2, args


def test_geographic_coordinates_are_a_place_on_earth() -> None:
    ep = _endpoint("solar_farm_potential", "Energy output of a solar farm.",
                   _param("coordinates", "The geographic coordinates of the location of "
                          "the solar farm."))
    for args in _settled(ep):
        lat, lon = args["coordinates"]
        assert -90 <= lat <= 90 and -180 <= lon <= 180, args


def test_a_polynomial_is_written_as_a_person_writes_one_and_has_its_degree() -> None:
    ep = _endpoint("math_roots_polynomial", "Calculate the roots of a polynomial equation.",
                   _param("coefficients", "Array of coefficients of the polynomial equation "
                          "starting from highest degree term."),
                   _param("degree", "Degree of the polynomial equation.", "number"))
    for args in _settled(ep):
        coefficients = args["coefficients"]
        assert len(coefficients) >= 2 and coefficients[0] != 0, args
        assert all(isinstance(c, int) and -9 <= c <= 9 for c in coefficients), args
        assert args["degree"] == len(coefficients) - 1, args


def test_a_default_degree_sent_beside_coefficients_has_as_many_plus_one() -> None:
    ep = _endpoint("math_roots_polynomial", "Calculate the roots of a polynomial equation.",
                   _param("coefficients", "Array of coefficients of the polynomial equation "
                          "starting from highest degree term."),
                   _param("degree", "Degree of the polynomial equation.", "number",
                          required=False))
    values = ArgumentValues(MockExecutor(3))
    drawn = values.draw(ep, ep.parameters[0], random.Random(1))
    args = values.settle(ep, [PlannedArg(name="coefficients", source="user", value=drawn),
                              PlannedArg(name="degree", source="default", value=4)])
    assert len(args[0].value) == 5 and args[1].value == 4, args


def test_quadratic_coefficients_are_small_whole_numbers() -> None:
    ep = _endpoint("solve_quadratic", "Find the roots of a quadratic equation.",
                   _param("a", "Coefficient of x².", "integer"),
                   _param("b", "Coefficient of x.", "integer"),
                   _param("c", "Constant term.", "integer"))
    for args in _settled(ep):
        assert all(-9 <= args[k] <= 9 for k in "abc") and args["a"] != 0, args


def test_two_numbers_adding_up_to_a_target_are_found_among_several() -> None:
    ep = _endpoint("two_sum", "Finds two numbers in the given array that add up to the "
                   "target sum and returns their indices.",
                   _param("nums", "An array of integers to search for the two numbers.",
                          item="integer"),
                   _param("target", "The target sum to find within the array.", "integer"))
    for args in _settled(ep):
        nums, target = args["nums"], args["target"]
        assert len(nums) >= 4, args
        assert any(nums[i] + nums[j] == target for i in range(len(nums))
                   for j in range(i + 1, len(nums))), args


def test_data_a_mode_or_unique_values_are_taken_of_repeats_a_value() -> None:
    mode = _endpoint("statistics_mode", "This function determines the mode of a list of "
                     "numbers.", _param("data", "The list of data points.", item="integer"))
    unique = _endpoint("get_unique_sorted", "Returns the unique elements sorted in "
                       "ascending order.", _param("array", "The array from which to extract "
                                                  "unique elements.", item="integer"))
    for ep, name in ((mode, "data"), (unique, "array")):
        for args in _settled(ep):
            listed = args[name]
            assert len(listed) >= 3 and len(set(listed)) < len(listed), args


def test_a_colour_channel_is_a_byte() -> None:
    ep = _endpoint("convert_rgb_to_hex", "Converts RGB values to Hexadecimal color code.",
                   *(_param(k, f"The {c} component.", "integer")
                     for k, c in (("r", "Red"), ("g", "Green"), ("b", "Blue"))))
    for args in _settled(ep):
        assert all(0 <= args[k] <= 255 for k in "rgb"), args


def test_a_range_drawn_with_equal_ends_is_made_a_range() -> None:
    ep = _endpoint("sum_of_multiples", "Find the sum of all multiples of specified numbers "
                   "within a specified range.",
                   _param("lower_limit", "The start of the range (inclusive).", "integer"),
                   _param("upper_limit", "The end of the range (inclusive).", "integer"),
                   _param("multiples", "The numbers to find multiples of.", item="integer"))
    for args in _settled(ep):
        low, high = args["lower_limit"], args["upper_limit"]
        assert low < high, args
        # a multiple of the numbers lies in the range: the sum is of something
        assert any(n % m == 0 for n in range(low, high + 1) for m in args["multiples"]), args


def test_a_required_list_no_draw_fills_makes_the_endpoint_unstatable() -> None:
    chess = _endpoint("chess_play", "Makes moves in a chess game.",
                      _param("moves", "List of moves to play in the game.", item="string"))
    values = ArgumentValues(MockExecutor(3))
    assert values.unstatable(chess) == ("moves",)
    floors = _endpoint("analyze_structure", "Analyze a building's floors.",
                       _param("floors", "Floor numbers to be analyzed.", item="integer"))
    assert values.unstatable(floors) == ()

"""Reads the corpus says little about still answer what they are asked, not ids and
their own arguments echoed (BFCL and ToolBench seeds 7 and 8, judge `hollow_result`):

- a function sent as text is differentiated or integrated for real (`exp(-x^2)` at 2
  has slope -4/e^4, not a drawn 701.27);
- a name with no calculation verb whose description opens "Predict the evolutionary
  rate ..." answers that one figure;
- Spotify's new releases are albums and singles, not "A release for Netherlands.";
  a help desk's solution categories are knowledge-base sections; an art search lists
  titled works by an artist.

Expected values are worked out here by hand from the call's own arguments.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

SEEDS = range(4)


def _p(name: str, type_: str = "string", required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=type_, json_schema={"type": type_},
                     required=required)


def _bfcl(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"BFCL/{name}", function_name=name, tool_id="bfcl", tool_name="BFCL",
                    category="BFCL", name=name, method="CALL", description=description,
                    parameters=params, response_schema={})


def _toolbench(name: str, tool: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=f"{name}_for_{tool.lower()}",
                    tool_id=tool.lower(), tool_name=tool, category="Data", name=name,
                    method="GET", description=description, parameters=params,
                    response_schema={})


def _records(out: Any) -> list[dict[str, Any]]:
    lists = [v for v in out.values() if isinstance(v, list) and v
             and all(isinstance(x, dict) for x in v)]
    return lists[0] if len(lists) == 1 else [out]


DERIVATIVE = _bfcl("calculus_derivative_187e4942",
                   "calculus: Compute the derivative of a function at a specific value.",
                   _p("function"), _p("value", "integer"), _p("function_variable"))
INTEGRAL = _bfcl("math_definite_integral",
                 "math: Calculate the definite integral of a function within specified "
                 "bounds.", _p("function"), _p("lower_limit", "number"),
                 _p("upper_limit", "number"))
EVOLUTION = _bfcl("prediction_evolution_7ce3e3b6",
                  "prediction: Predict the evolutionary rate for a specific species for a "
                  "given timeframe.", _p("species"), _p("years", "integer"),
                  _p("model", required=False))
RELEASES = _toolbench("new_releases", "Spotify _v2", "Get new releases", _p("country"))
SOLUTIONS = _toolbench("get_all_solution_categories", "Freshdesk",
                       "Get list of all Solution Categories")
ARTWORKS = _bfcl("artwork_search_find", "artwork_search: Search for artworks based on type "
                 "and location.", _p("type"), _p("location"), _p("era"))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sent_function_is_differentiated_for_real(executor: MockExecutor,
                                                    seed: int) -> None:
    sent = {"function": "exp(-x^2)", "value": 2, "function_variable": "x"}
    out = executor.session(seed).call(DERIVATIVE, sent).output
    # d/dx exp(-x^2) = -2x exp(-x^2); at 2: -4 / e^4
    assert out["derivative"] == pytest.approx(-4 / math.e ** 4, abs=1e-5)
    sent = {"function": "3x^2 + 2x - 1", "value": 2, "function_variable": "x"}
    assert executor.session(seed).call(DERIVATIVE, sent).output["derivative"] == (
        pytest.approx(14.0, abs=1e-4))  # 6x + 2 at 2


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sent_function_is_integrated_for_real(executor: MockExecutor, seed: int) -> None:
    sent = {"function": "x^2", "lower_limit": 0, "upper_limit": 3}
    out = executor.session(seed).call(INTEGRAL, sent).output
    assert out["definite_integral"] == pytest.approx(9.0, abs=1e-4)  # 3^3 / 3
    sent = {"function": "sin(x)", "lower_limit": 0, "upper_limit": math.pi}
    out = executor.session(seed).call(INTEGRAL, sent).output
    assert out["definite_integral"] == pytest.approx(2.0, abs=1e-4)


def test_a_function_text_is_parsed_never_run() -> None:
    from toolgen.executor.function_calc import function_of

    assert function_of("__import__('os').getcwd()") is None
    assert function_of("x.__class__") is None
    assert function_of("x * y") is None  # two variables: no function of one
    f = function_of("lambda t: 2(t+1)")
    assert f is not None and f(3) == 8


@pytest.mark.parametrize("seed", SEEDS)
def test_a_described_prediction_answers_its_one_figure(executor: MockExecutor,
                                                       seed: int) -> None:
    sent = {"species": "Panthera leo", "years": 21}
    out = executor.session(seed).call(EVOLUTION, sent).output
    assert isinstance(out.get("evolutionary_rate"), float | int)
    assert not any(isinstance(v, list) for v in out.values())


@pytest.mark.parametrize("seed", SEEDS)
def test_new_releases_are_albums_and_singles(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(RELEASES, {"country": "NL"}).output
    releases = _records(out)
    assert releases
    for release in releases:
        assert release["release_type"] in ("Album", "Single", "EP")
        assert isinstance(release["title"], str) and release["title"]
        assert "A release for" not in str(release.get("description", ""))


@pytest.mark.parametrize("seed", SEEDS)
def test_solution_categories_are_knowledge_base_sections(executor: MockExecutor,
                                                         seed: int) -> None:
    sections = {"Getting Started", "Billing & Payments", "Account Settings",
                "Troubleshooting", "Integrations", "FAQs"}
    categories = _records(executor.session(seed).call(SOLUTIONS, {}).output)
    assert categories and all(c["name"] in sections for c in categories)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_art_search_lists_titled_works(executor: MockExecutor, seed: int) -> None:
    sent = {"type": "sculpture", "location": "Vancouver", "era": "contemporary"}
    works = _records(executor.session(seed).call(ARTWORKS, sent).output)
    assert works
    for work in works:
        assert isinstance(work["title"], str) and work["title"]
        assert len(str(work["artist"]).split()) >= 2  # a person's name
        assert work.get("type", "sculpture") == "sculpture"


SORT = _bfcl("array_sort", "array_sort: Sorts a given list in ascending or descending order.",
             Parameter(name="list", raw_name="list", type_label="array",
                       json_schema={"type": "array", "items": {"type": "number"}},
                       required=True), _p("order"))
REVERSE = _bfcl("perform_string_reverse", "Reverses a given string.", _p("input_string"))
EXTRACT = _bfcl("extractor_extract_information",
                "extractor: Extracts structured information from a dataset matching the "
                "specified schema, focusing on the 'name' and 'age' of individuals.",
                Parameter(name="data", raw_name="data", type_label="array",
                          json_schema={"type": "array", "items": {"type": "object"}},
                          required=True))
TODO = _bfcl("todo_2860325c", "Manages a todo list by allowing the user to add, delete, or "
             "mark tasks as completed.",
             Parameter(name="type", raw_name="type", type_label="string",
                       json_schema={"type": "string", "enum": ["add", "delete", "complete"]},
                       required=True), _p("content"))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_list_operation_works_on_the_sent_list(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(SORT, {"list": [5, 2, 9, 1], "order": "descending"})
    assert out.output["sorted_array"] == [9, 5, 2, 1]
    out = executor.session(seed).call(REVERSE, {"input_string": "hello world"})
    assert out.output["reversed_string"] == "dlrow olleh"
    people = [{"name": "Ann Lee", "age": 34}, {"name": "Bo Chan", "age": 51}]
    out = executor.session(seed).call(EXTRACT, {"data": people})
    assert out.output["extracted_records"] == people


@pytest.mark.parametrize("seed", SEEDS)
def test_a_todo_action_answers_that_it_was_done(executor: MockExecutor, seed: int) -> None:
    sent = {"type": "complete", "content": "Send the quarterly report to Dana by Friday."}
    out = executor.session(seed).call(TODO, sent).output
    assert out["status"] == "completed"
    assert not any(isinstance(v, list) for v in out.values())  # one todo, not a listing


GAUSSIAN = _bfcl("math_gaussian_integral", "math: Perform Gaussian integration over the "
                 "range of the function.", _p("function"), _p("lower_limit", "number"),
                 _p("upper_limit", "number"))


@pytest.mark.parametrize("seed", SEEDS)
def test_gaussian_integration_integrates_the_sent_function(executor: MockExecutor,
                                                           seed: int) -> None:
    # BFCL seed 8 #205: x^2 + 3x - 4 from 10 to 60 answered 0.0 (e^(-x^2) integrated)
    sent = {"function": "x^2 + 3*x - 4", "lower_limit": 10, "upper_limit": 60}
    out = executor.session(seed).call(GAUSSIAN, sent).output
    expected = (60 ** 3 - 10 ** 3) / 3 + 3 * (60 ** 2 - 10 ** 2) / 2 - 4 * 50
    assert out["integral"] == pytest.approx(expected, rel=1e-6)


CASHBACK = _toolbench("Daily_Spend_2x_Cashback", "Rewards_Credit_Card_API",
                      "This pulls all credit cards that offer 2% cashback")
CATS = _toolbench("cat", "Kitten_Placeholder", "Fetches a random cat picture.")


@pytest.mark.parametrize("seed", SEEDS)
def test_what_a_description_pulls_is_what_comes_back(executor: MockExecutor,
                                                     seed: int) -> None:
    cards = {"Chase Sapphire Preferred", "Capital One Venture Rewards",
             "American Express Gold Card", "Citi Double Cash", "Wells Fargo Active Cash",
             "Discover it Cash Back"}
    found = _records(executor.session(seed).call(CASHBACK, {}).output)
    assert found and all(card["card_name"] in cards for card in found)
    pictures = _records(executor.session(seed).call(CATS, {}).output)
    assert pictures
    for picture in pictures:
        assert str(picture["image_url"]).startswith("https://")
        assert 200 <= picture["width"] <= 1600 and 200 <= picture["height"] <= 1200


INTERSECT = _bfcl("functions_intersect_e1417251", "Locate the intersection points of two "
                  "functions.", _p("function1"), _p("function2"))
ZEROS = _bfcl("functions_zero", "Find the zero points of a function.", _p("function"))


@pytest.mark.parametrize("seed", SEEDS)
def test_intersections_and_zeros_are_where_the_functions_meet(executor: MockExecutor,
                                                             seed: int) -> None:
    # BFCL seed 8 #67: 3x+2 and 2x+3 meet at x = 1 (y = 5); x^2 - 5x + 6 = (x-2)(x-3)
    out = executor.session(seed).call(INTERSECT, {"function1": "3x+2", "function2": "2x+3"})
    assert out.output["intersection_points"] == [{"x": 1.0, "y": 5.0}]
    out = executor.session(seed).call(ZEROS, {"function": "x^2 - 5x + 6"})
    assert out.output["zero_points"] == [2.0, 3.0]

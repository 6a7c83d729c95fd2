"""A search's results honour the years and the place the call sent: a case search for
Amsterdam between 2015 and 2024 does not answer with a 1995 US Supreme Court case."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.asked_filters import asked_years
from toolgen.records import Endpoint, Parameter


def _p(name: str, schema: dict[str, object]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=True)


CASES = Endpoint(id="bfcl/law_case_search", function_name="law_case_search", tool_id="bfcl",
                 tool_name="law", category="Data", name="law_case_search",
                 description="Search and retrieve law cases based on the topic, timeline, "
                             "and location.",
                 parameters=(_p("topic", {"type": "string"}),
                             _p("year_range", {"type": "array", "items": {"type": "integer"}}),
                             _p("location", {"type": "string"})),
                 response_schema={})


def _objects(out: object) -> list[dict[str, object]]:
    if isinstance(out, dict):
        return [out, *(o for v in out.values() for o in _objects(v))]
    if isinstance(out, list):
        return [o for v in out for o in _objects(v)]
    return []


@pytest.mark.parametrize("seed", range(6))
def test_cases_lie_in_the_years_and_place_asked(executor: MockExecutor, seed: int) -> None:
    args = {"topic": "intellectual property", "year_range": [2015, 2024],
            "location": "Amsterdam"}
    out = executor.session(seed).call(CASES, args).output
    cases = [o for o in _objects(out) if "court" in o]
    assert cases, out
    for case in cases:
        assert 2015 <= case["decided_year"] <= 2024, case
        assert "Amsterdam" in case["court"], case
        assert not str(case["case_name"]).startswith(("United States v.", "People v.")), case


def test_the_years_asked_are_read_from_ranges_pairs_and_text() -> None:
    assert asked_years({"year_range": [2024]}) == (2024, 2024)
    assert asked_years({"from_year": 2001, "to_year": 2005}) == (2001, 2005)
    assert asked_years({"timeline": "2010-2015"}) == (2010, 2015)
    assert asked_years({"years": 5, "principal": 2000}) is None  # a loan term is no filter

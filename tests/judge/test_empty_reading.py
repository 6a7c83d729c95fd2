"""The judge reads an output as empty when its only payload is an empty list; a figure
beside the list is an answer, a count of it or a looked-up word is not
(`realism.honesty.key_value_empty`). ToolBench seed 11 #102: a tariff's sum of 23.05 with
no components had been rejected as a not-found the answer ignored."""

from __future__ import annotations

import pytest

from toolgen.judge.realism.honesty import key_value_empty


@pytest.mark.parametrize(("output", "empty"), [
    ({"results": [], "total": 0}, True),
    ({"results": [], "total": 12, "page": 2}, True),  # a listing's own figures
    ({"word": "would", "antonyms": []}, True),
    ({"sum": 23.05, "describtion": "Grundgebühr", "components": []}, False),
    ({"results": [], "meta": {"note": "x"}}, False),
])
def test_an_empty_list_is_an_empty_answer_unless_a_figure_answers(
        output: dict[str, object], empty: bool) -> None:
    assert key_value_empty(output) is empty

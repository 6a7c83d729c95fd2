"""Records of endpoints the corpus gives no answer for hold what they are, not a remark.

ToolBench seed 7 answered a diagnosis service's panels and symptoms with
`{panel_id, panel_code, is_active, created_at, description: "For internal use only."}` and
the assistant reported "the first with description For internal use only". A panel is a
named group of tests and a symptom has a name; a word of the day is a word with its
meaning. The expected names and tests are the medical facts, written here by hand.
"""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.notes import is_note
from toolgen.records import Endpoint

SEEDS = range(8)
# What each panel is made of (a Lipid Panel measures lipids, not platelets).
PANELS = {
    "Lipid Panel": {"Total cholesterol", "HDL cholesterol", "LDL cholesterol", "Triglycerides"},
    "Thyroid Panel": {"TSH", "Free T4", "Free T3"},
    "Complete Blood Count": {"White blood cells", "Red blood cells", "Hemoglobin",
                             "Hematocrit", "Platelets"},
}


def _endpoint(name: str, tool: str, description: str) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=f"{name}_for_{tool}", tool_id=tool,
                    tool_name=tool.title(), category="Medical", name=name, method="GET",
                    description=description, parameters=(), response_schema={})


GET_PANELS = _endpoint("get_get_panels", "diagnosis",
                       "Returns all panels (groups of tests) as JSON format, List of Strings")
GET_SYMPTOMS = _endpoint("get_get_symptoms", "diagnosis",
                         "Returns all Symptoms as JSON format in SymptomType datatype")
WORD = _endpoint("get_word_of_the_day", "wordoftheday", "Get the word of the day.")


def _items(output: dict[str, object], key: str) -> list[dict[str, object]]:
    items = output[key]
    assert isinstance(items, list) and items
    return items


@pytest.mark.parametrize("seed", SEEDS)
def test_a_panel_has_a_name_and_the_tests_it_includes(executor: MockExecutor,
                                                      seed: int) -> None:
    out = executor.session(seed).call(GET_PANELS, {}).output
    for panel in _items(out, "panels"):
        assert isinstance(panel["name"], str) and panel["name"].endswith(
            ("Panel", "Count")), panel
        tests = panel["tests"]
        assert isinstance(tests, list) and len(tests) >= 3
        if panel["name"] in PANELS:
            assert set(tests) == PANELS[panel["name"]]
        assert not any(is_note(v, k) for k, v in panel.items())


@pytest.mark.parametrize("seed", SEEDS)
def test_a_symptom_has_a_name_and_no_remark(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(GET_SYMPTOMS, {}).output
    for symptom in _items(out, "symptoms"):
        assert isinstance(symptom["name"], str) and symptom["name"]
        assert "description" not in symptom or not is_note(symptom["description"])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_word_of_the_day_is_a_word_with_its_meaning(executor: MockExecutor,
                                                      seed: int) -> None:
    out = executor.session(seed).call(WORD, {}).output
    assert isinstance(out["name"], str) and out["name"].isalpha()
    assert isinstance(out["definition"], str) and len(out["definition"].split()) >= 3
    assert out["part_of_speech"] in {"noun", "verb", "adjective", "adverb"}

"""The judge flags a cell-biology answer the textbook contradicts; its true twin is clean
(BFCL seed 7 000120: a hepatocyte located in the endoplasmic reticulum)."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import cell_facts
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record


def _kinds(args: dict[str, Any], output: Any, name: str = "biology_get_cell_info") -> list[str]:
    record: Record = calls_record([(name, args, output)], user="Tell me about it.",
                                  answer="Here it is.", conversation_id="t-cells")
    return [f.kind for f in cell_facts.check_view(build_view(record), JudgeContext())]


def test_a_hepatocyte_in_the_endoplasmic_reticulum_is_flagged() -> None:
    args = {"cell_type": "hepatocyte"}
    assert _kinds(args, {"function": "detoxification", "location": "endoplasmic reticulum"}
                  ) == ["cell_fact_contradiction"]
    assert _kinds(args, {"function": "detoxification", "location": "the liver"}) == []


def test_hemoglobin_doing_detoxification_is_flagged() -> None:
    args = {"molecule": "hemoglobin", "organelle": "cytoplasm"}
    name = "cell_biology_function_lookup"
    assert _kinds(args, {"function": "detoxification"}, name) == ["cell_fact_contradiction"]
    assert _kinds(args, {"function": "binds and carries oxygen"}, name) == []


def test_catalase_in_the_nucleus_is_flagged() -> None:
    args = {"cell_compartment": "nucleus"}
    name = "cellbio_get_proteins"
    assert _kinds(args, {"proteins": [{"name": "Catalase"}]}, name) == [
        "cell_fact_contradiction"]
    assert _kinds(args, {"proteins": [{"name": "Histone H3"}]}, name) == []


def test_an_unknown_cell_and_an_unrecorded_fact_are_left_alone() -> None:
    assert _kinds({"cell_type": "zorblax"}, {"location": "endoplasmic reticulum"}) == []
    assert _kinds({"cell_type": "neuron"}, {"location": "not recorded"}) == []

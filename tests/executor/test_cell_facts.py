"""Cell-biology lookups answer textbook facts (BFCL seed 7 000120: a hepatocyte "located"
in the endoplasmic reticulum; 000169: Catalase listed in the nucleus). Expected facts are
written here from the textbook, not read from the table under test."""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.cell_facts import cell_finish
from toolgen.records import Endpoint, Parameter


def _endpoint(name: str, *params: str) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="T",
                    category="Science", name=name,
                    parameters=[Parameter(name=p, raw_name=p, type_label="string",
                                          json_schema={"type": "string"}, required=False)
                                for p in params])


def _run(endpoint: Endpoint, args: dict[str, Any], output: Any) -> Any:
    step = cell_finish(endpoint)
    assert step is not None
    step(output, args, random.Random(0))
    return output


def test_a_hepatocyte_is_a_liver_cell() -> None:
    out = _run(_endpoint("biology_get_cell_info", "cell_type", "detailed"),
               {"cell_type": "hepatocyte"},
               {"cell_type": "hepatocyte", "function": "transport",
                "location": "endoplasmic reticulum"})
    assert out["location"] == "liver" and "detoxification" in out["function"]


def test_hemoglobin_carries_oxygen() -> None:
    out = _run(_endpoint("cell_biology_function_lookup", "molecule", "organelle"),
               {"molecule": "hemoglobin", "organelle": "nucleus"},
               {"molecule": "hemoglobin", "function": "detoxification", "location": "nucleus"})
    assert "oxygen" in out["function"] and "red blood cells" in out["location"]


def test_an_unknown_cell_gets_no_made_up_fact() -> None:
    out = _run(_endpoint("biology_get_cell_info", "cell_type"), {"cell_type": "zorblax"},
               {"function": "transport", "location": "nucleus"})
    assert out == {"function": "not recorded", "location": "not recorded"}


def test_the_nucleus_lists_nuclear_proteins() -> None:
    out = _run(_endpoint("cellbio_get_proteins", "cell_compartment"),
               {"cell_compartment": "nucleus"},
               {"proteins": [{"name": "Catalase", "mass_kda": 97.4},
                             {"name": "Actin", "mass_kda": 114.3}], "total": 2})
    names = [p["name"] for p in out["proteins"]]
    assert "Catalase" not in names and "Histone H3" in names
    assert out["proteins"][0]["mass_kda"] < 20  # histone H3 is about 15 kDa


def test_a_spreadsheet_cell_or_a_chemistry_molecule_is_left_alone() -> None:
    assert cell_finish(_endpoint("get_cell_value", "cell", "sheet")) is None
    assert cell_finish(_endpoint("smiles_to_formula", "molecule")) is None

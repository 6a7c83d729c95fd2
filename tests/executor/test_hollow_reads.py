"""A read's record holds the content its endpoint names, not only who it is: a ship's
valuation comes with the ship's name, flag and length; a periodic table lists elements
by name; a wave velocity is computed, a carbon intensity has its unit, a president in
a year is one record; a noun no table knows gets no made-up name and no remark passed
off as a description. Calls that make a record are left as they were."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.notes import is_note
from toolgen.records import Endpoint, Parameter

SEEDS = range(6)
# Element names (public facts, written here): a table lists distinct real elements.
ELEMENTS = {"Hydrogen", "Helium", "Lithium", "Beryllium", "Boron", "Carbon", "Nitrogen",
            "Oxygen", "Fluorine", "Neon", "Sodium", "Magnesium", "Aluminium", "Silicon",
            "Phosphorus", "Sulfur", "Chlorine", "Argon", "Potassium", "Calcium", "Scandium",
            "Titanium", "Vanadium", "Chromium", "Manganese", "Iron", "Cobalt", "Nickel",
            "Copper", "Zinc", "Gallium", "Germanium", "Arsenic", "Selenium", "Bromine",
            "Krypton", "Silver", "Tin", "Iodine", "Xenon", "Platinum", "Gold", "Mercury", "Lead",
            "Uranium"}


def _p(name: str, schema: dict[str, object]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=True)


def _endpoint(name: str, tool: str, description: str, *params: Parameter,
              method: str = "GET", bfcl: bool = False) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=name if bfcl else f"{name}_for_{tool}",
                    tool_id=tool, tool_name=tool.replace("_", " ").title(), category="Data",
                    name=name, method=method, description=description, parameters=params,
                    response_schema={})


SHIP = _endpoint("ships_valuation", "marine_radar", "Value of a ship.",
                 _p("ship_id", {"type": "string"}))
ELEMENT_LIST = _endpoint("get_all_elements", "chemical_periodic_table", "All elements.")
WAVE = _endpoint("physics_wave_velocity", "physics", "Velocity of a wave.",
                 _p("frequency", {"type": "number"}), _p("wavelength", {"type": "number"}),
                 bfcl=True)
SQRT = _endpoint("math_sqrt", "math", "Square root of a number.",
                 _p("num", {"type": "integer"}), _p("accuracy", {"type": "integer"}),
                 bfcl=True)
CARBON = _endpoint("get_latest_carbon_intensity", "carbon_api", "Carbon intensity of a zone.",
                   _p("zone", {"type": "string"}), bfcl=True)
PRESIDENT = _endpoint("us_president_in_year", "us_president", "The president in a year.",
                      _p("year", {"type": "integer"}), bfcl=True)
WIDGET = _endpoint("get_gizmo", "gizmo_registry", "Get a gizmo.",
                   _p("gizmo_id", {"type": "string"}))
MAKE_SHIP = _endpoint("create_ship", "marine_radar", "Register a ship.",
                      _p("ship_name", {"type": "string"}), method="POST")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_ship_valuation_holds_the_ship_and_its_value(executor: MockExecutor,
                                                       seed: int) -> None:
    out = executor.session(seed).call(SHIP, {"ship_id": "shp_cc6c2b"}).output
    assert out["ship_id"] == "shp_cc6c2b"
    assert isinstance(out["valuation_usd"], int | float) and out["valuation_usd"] >= 250_000
    assert out["flag"] in {"Panama", "Liberia", "Marshall Islands", "Malta", "Bahamas",
                           "Singapore", "Norway"}
    assert 90 <= out["length_m"] <= 400
    assert isinstance(out["name"], str) and out["name"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_periodic_table_lists_elements_by_name(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(ELEMENT_LIST, {}).output
    assert out["elements"]
    assert all(e["name"] in ELEMENTS for e in out["elements"])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_wave_velocity_is_its_frequency_times_its_wavelength(executor: MockExecutor,
                                                                seed: int) -> None:
    out = executor.session(seed).call(WAVE, {"frequency": 440, "wavelength": 0.78}).output
    assert out["velocity_m_per_s"] == pytest.approx(343.2)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_square_root_is_computed(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(SQRT, {"num": 113, "accuracy": 2}).output
    assert out["square_root"] == pytest.approx(10.630146, abs=1e-5)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_carbon_intensity_answers_a_figure_with_its_unit(executor: MockExecutor,
                                                           seed: int) -> None:
    out = executor.session(seed).call(CARBON, {"zone": "DE"}).output
    assert 40 <= out["carbon_intensity_g_per_kwh"] <= 650


@pytest.mark.parametrize("seed", SEEDS)
def test_a_president_in_a_year_is_one_record_not_a_list(executor: MockExecutor,
                                                        seed: int) -> None:
    out = executor.session(seed).call(PRESIDENT, {"year": 2007}).output
    assert isinstance(out["president"], str) and out["president"]
    assert not any(isinstance(v, list) for v in out.values())


@pytest.mark.parametrize("seed", SEEDS)
def test_an_unknown_noun_gets_neither_a_made_up_name_nor_a_remark(executor: MockExecutor,
                                                                   seed: int) -> None:
    out = executor.session(seed).call(WIDGET, {"gizmo_id": "gzm_1a2b3c"}).output
    assert "name" not in out
    # nothing is known of a gizmo: "For internal use only." would be read as its content
    assert not any(is_note(v, k) for k, v in out.items())


def test_a_call_that_makes_a_record_is_left_alone(executor: MockExecutor) -> None:
    out = executor.session(0).call(MAKE_SHIP, {"ship_name": "Nordic Star"}).output
    assert "flag" not in out and "valuation" not in out


PROTEIN = _endpoint("get_protein_sequence", "bio", "Retrieve the protein sequence of a gene.",
                    _p("gene", {"type": "string"}), bfcl=True)
DNA = _endpoint("fetch_dna_sequence", "bio", "Retrieve the DNA sequence of a record.",
                _p("DNA_id", {"type": "string"}), bfcl=True)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_protein_sequence_is_amino_acids_and_dna_is_bases(executor: MockExecutor,
                                                            seed: int) -> None:
    protein = executor.session(seed).call(PROTEIN, {"gene": "TP53"}).output["sequence"]
    dna = executor.session(seed).call(DNA, {"DNA_id": "dna_4ec086"}).output["sequence"]
    # Bases are four letters; a protein's one-letter amino acids are many more.
    assert len(set(protein)) > 6 and set(protein) <= set("ACDEFGHIKLMNPQRSTVWY"), protein
    assert set(dna) <= set("ACGT"), dna

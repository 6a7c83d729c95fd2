"""A calculator answers with the figure computed from its arguments, under the quantity
its name says, never a borrowed record: a return on equity of 881 / 369 is 238.75 %, a
proton's diameter in cm is 1.68e-13, 5 km is 3.107 miles. A calculator with no known
formula still answers one figure, with no ids or links. Expected values are worked out by
hand here, not by the code under test."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.science_formulas import voltage_difference
from toolgen.records import Endpoint, Parameter

SEEDS = range(4)


def _p(name: str, kind: str = "number", required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=kind, json_schema={"type": kind},
                     required=required)


def _bfcl(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"bfcl/{name}", function_name=name, tool_id="bfcl", tool_name="Bfcl",
                    category="BFCL_v4_simple_python", name=name, method="POST",
                    description=description, parameters=params, response_schema={})


ROE = _bfcl("calculate_return_on_equity", "Calculate a company's return on equity based on "
            "its net income, shareholder's equity, and dividends paid.",
            _p("net_income", "integer"), _p("shareholder_equity", "integer"),
            _p("dividends_paid", "integer", required=False))
DIAMETER = _bfcl("science_facts_get_diameter", "Fetch the diameter of an atomic particle",
                 _p("particle", "string"), _p("unit", "string"))
WEIGHT = _bfcl("science_facts_get_weight", "Fetch the atomic weight of an atomic particle",
               _p("particle", "string"), _p("unit", "string"))
CONVERT = _bfcl("unit_conversion_convert", "Convert a value from one unit to another.",
                _p("value"), _p("from_unit", "string"), _p("to_unit", "string"))
CONE = _bfcl("geometry_calculate_cone_volume", "Calculate the volume of a cone given the "
             "radius and height.", _p("radius"), _p("height"))
CAGR = _bfcl("calculate_cagr", "Calculate the Compound Annual Growth Rate (CAGR).",
             _p("initial_value"), _p("final_value"), _p("period_in_years"))
FORCE = _bfcl("physics_calculate_force", "Calculate the force required to move an object.",
              _p("mass"), _p("acceleration"))
MOLAR = _bfcl("calculate_molecular_weight", "Calculate the molecular weight of a compound "
              "given the compound formula.", _p("compound", "string"), _p("to_unit", "string"))
CLOCK = _bfcl("calculate_clock_angle", "Calculate the angle between the hour and minute "
              "hands of a clock at a given time.", _p("hours", "integer"),
              _p("minutes", "integer"))
MARS = _bfcl("calculate_weight_in_space", "Calculate your weight on different planets given "
             "your weight on earth", _p("weight_earth_kg"), _p("planet", "string"))
WIRE = _bfcl("magnetic_field_calculate", "Calculate the magnetic field based on the current "
             "flowing and the radial distance.", _p("I"), _p("r"))
DICE = _bfcl("dice_roll_probability", "Calculate the probability of a specific sum appearing "
             "from rolling two dice.", _p("desired_sum", "integer"),
             _p("sides_per_die", "integer"))
NPV = _bfcl("calculate_npv", "Calculate the NPV (Net Present Value) of an investment.",
            Parameter(name="cash_flows", raw_name="cash_flows", type_label="array",
                      json_schema={"type": "array", "items": {"type": "number"}},
                      required=True), _p("discount_rate"), _p("initial_investment"))
STDEV = _bfcl("calculate_standard_deviation", "This function calculates the standard "
              "deviation across different scores for a specific student.",
              Parameter(name="gradeDict", raw_name="gradeDict", type_label="dict",
                        json_schema={"type": "object"}, required=True))
SAVINGS = _bfcl("finance_calculate_future_value", "Calculate the future value of an "
                "investment given an initial investment, annual rate of return, and a time "
                "frame.", _p("initial_investment", "integer"), _p("rate_of_return"),
                _p("years", "integer"), _p("contribution", "integer", required=False))
TAX = _bfcl("calculate_tax", "Calculates the applicable sales tax for a given purchase "
            "amount and jurisdiction.", _p("purchase_amount"), _p("state", "string"),
            _p("city", "string", required=False))
PHASE = _bfcl("thermo_calculate_energy", "Calculate the energy required or released during "
              "a phase change.", _p("mass", "integer"), _p("phase_transition", "string"),
              _p("substance", "string", required=False))
PRICING = _bfcl("calculate_dynamic_pricing", "Calculates the price for a service based on "
                "the location.", _p("base_price"), _p("city", "string", required=False))
STOCK_RETURN = _bfcl("calculate_stock_return", "Calculate the projected return of a stock "
                     "investment given the investment amount, the annual growth rate and "
                     "holding period in years.", _p("investment_amount", "integer"),
                     _p("annual_growth_rate"), _p("holding_period", "integer"))
POPULATION_NE = _bfcl("population_genetics_calculate_ne", "Calculate the effective "
                      "population size.", _p("species", "string"), _p("generations", "integer"),
                      _p("probability"))

# ToolBench's teamriverbubbles random utilities (seed 7 #85 #602 answered a list of "kdas").
KDA = Endpoint(id="Other/teamriverbubbles_random_utilities/kda_calculator",
               function_name="kda_calculator_for_teamriverbubbles_random_utilities",
               tool_id="Other/teamriverbubbles_random_utilities",
               tool_name="teamriverbubbles random utilities", category="Other",
               name="kda calculator", description="Calculates a kd (kill + assists death ratio)",
               parameters=(_p("deaths"), _p("assists"), _p("kills")), response_schema={})
KD = KDA.model_copy(update={"id": "Other/teamriverbubbles_random_utilities/kd_calculator",
                            "function_name": "kd_calculator_for_teamriverbubbles_random_utilities",
                            "name": "kd calculator", "description": "Calculates a kd",
                            "parameters": (_p("kills"), _p("deaths"))})


def _call(executor: MockExecutor, seed: int, endpoint: Endpoint,
          args: dict[str, Any]) -> dict[str, Any]:
    out = executor.session(seed).call(endpoint, args).output
    assert isinstance(out, dict)
    return out


def _no_record_fields(out: dict[str, Any]) -> None:
    assert not [k for k in out if k.endswith(("_id", "_url")) or k in ("url", "author")]
    assert not [k for k, v in out.items() if isinstance(v, list)]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_return_on_equity_is_net_income_over_equity(executor: MockExecutor,
                                                       seed: int) -> None:
    out = _call(executor, seed, ROE, {"net_income": 881, "shareholder_equity": 369})
    assert out["return_on_equity_percent"] == pytest.approx(238.75, abs=0.01)
    _no_record_fields(out)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_particle_diameter_and_weight_come_in_the_unit_asked(executor: MockExecutor,
                                                                seed: int) -> None:
    proton = _call(executor, seed, DIAMETER, {"particle": "Proton", "unit": "cm"})
    assert proton["diameter_cm"] == pytest.approx(1.68e-13, rel=0.02)
    assert proton["unit"] == "cm"
    electron = _call(executor, seed, WEIGHT, {"particle": "Electron", "unit": "pound"})
    assert electron["weight_lb"] == pytest.approx(2.008e-30, rel=0.001)
    _no_record_fields(proton)
    _no_record_fields(electron)


@pytest.mark.parametrize(("args", "expected"), [
    ({"value": 5, "from_unit": "km", "to_unit": "miles"}, 3.10686),
    ({"value": 100, "from_unit": "Fahrenheit", "to_unit": "Celsius"}, 37.7778),
    ({"value": 2, "from_unit": "cups", "to_unit": "ml"}, 473.176),
])
def test_a_unit_conversion_converts(executor: MockExecutor, args: dict[str, Any],
                                    expected: float) -> None:
    out = _call(executor, 1, CONVERT, args)
    assert out["converted_value"] == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(("endpoint", "args", "key", "expected"), [
    (CONE, {"radius": 3, "height": 4}, "volume", 37.70),  # pi 9 4 / 3
    (CAGR, {"initial_value": 1000, "final_value": 2000, "period_in_years": 5},
     "cagr_percent", 14.87),  # 2^(1/5) - 1
    (FORCE, {"mass": 12, "acceleration": 9.5}, "force_newtons", 114.0),
    (MOLAR, {"compound": "C6H12O6", "to_unit": "g/mol"}, "molecular_weight", 180.156),
    (CLOCK, {"hours": 3, "minutes": 30}, "angle_degrees", 75.0),
    (MARS, {"weight_earth_kg": 70, "planet": "Mars"}, "weight_kg", 26.39),  # 70 x 0.377
    (WIRE, {"I": 10, "r": 0.05}, "magnetic_field_tesla", 4.0e-5),  # mu0 I / 2 pi r
    (DICE, {"desired_sum": 7, "sides_per_die": 6}, "probability", 0.1667),  # 6 / 36
    (NPV, {"cash_flows": [500, 500], "discount_rate": 0.1, "initial_investment": 800},
     "net_present_value", 67.77),  # 500 / 1.1 + 500 / 1.21 - 800
    # 1000 x 1.05^2 + 100 x 1.05 + 100: each year's contribution grows from its year end
    (SAVINGS, {"initial_investment": 1000, "rate_of_return": 5, "years": 2,
               "contribution": 100}, "future_value", 1307.5),
    (TAX, {"purchase_amount": 200, "state": "Illinois"}, "sales_tax", 12.5),  # 6.25 %
    (PHASE, {"mass": 100, "phase_transition": "vaporization"}, "energy_joules",
     226000.0),  # 2260 J/g
    (STDEV, {"gradeDict": {"Math": 90, "Science": 80, "Art": 70}}, "standard_deviation",
     10.0),
    (KDA, {"kills": 5, "assists": 8, "deaths": 2}, "kda_ratio", 6.5),  # (5 + 8) / 2
    (KD, {"kills": 12, "deaths": 5}, "kd_ratio", 2.4),
])
def test_common_formulas_are_computed(executor: MockExecutor, endpoint: Endpoint,
                                      args: dict[str, Any], key: str, expected: float) -> None:
    out = _call(executor, 2, endpoint, args)
    assert out[key] == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("endpoint", [STOCK_RETURN, POPULATION_NE])
def test_a_calculation_without_a_formula_answers_one_figure(executor: MockExecutor,
                                                            seed: int,
                                                            endpoint: Endpoint) -> None:
    args = {"investment_amount": 5000, "annual_growth_rate": 4.5, "holding_period": 10} \
        if endpoint is STOCK_RETURN else {"species": "Canis lupus", "generations": 20,
                                          "probability": 0.3}
    out = _call(executor, seed, endpoint, args)
    _no_record_fields(out)
    own = {k: v for k, v in out.items() if k not in args}
    assert len(own) == 1
    value = next(iter(own.values()))
    assert isinstance(value, int | float) and not isinstance(value, bool)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_calculation_states_no_input_nobody_sent(executor: MockExecutor, seed: int) -> None:
    for endpoint, args in ((TAX, {"purchase_amount": 200, "state": "Illinois"}),
                           (PRICING, {"base_price": 40})):  # with a formula and without
        out = _call(executor, seed, endpoint, args)
        assert "city" not in out  # a made-up "Osaka" beside Illinois is no input of it


CONSTANT = _bfcl("physics_get_constant", "Look up a physical constant by name.",
                 _p("constant_name", "string"))


@pytest.mark.parametrize(("name", "value", "unit"), [
    ("speed of light", 299792458.0, "m/s"),
    ("Avogadro constant", 6.022e23, "1/mol"),
])
def test_a_named_constant_has_its_value(executor: MockExecutor, name: str, value: float,
                                        unit: str) -> None:
    out = _call(executor, 3, CONSTANT, {"constant_name": name})
    assert out["value"] == pytest.approx(value, rel=1e-3)
    assert out["unit"] == unit


def test_a_product_of_two_given_figures_keeps_six_figures() -> None:
    """BFCL seed 83 #19: 999.44 V/m over 29.8 m answered 29780.0 V, not 29783.3."""
    assert voltage_difference({"electric_field": 999.44, "distance": 29.8}) == 29783.3


def test_primes_in_a_range_are_the_primes(bfcl: Any) -> None:
    """BFCL seed 97 #23: `find_prime_numbers(start=0, end=734)` answered mobile numbers."""
    eps, executor = bfcl
    out = executor.session(1).call(eps["find_prime_numbers"], {"start": 0, "end": 60}).output
    assert out["primes"] == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59]
    wide = executor.session(2).call(eps["find_prime_numbers"], {"start": 0, "end": 734}).output
    assert len(wide["primes"]) == 130

"""Which calculation an endpoint performs: its formula, read from its name, description
and parameters.

`formulas.formula_for` reads an endpoint's own name alone (`math_gcd`, `calculate_bmi`).
Most calculators say what they compute in more words: `calculate_return_on_equity(
net_income, shareholder_equity)` never says "roe", `geometry_calculate_cone_volume` is a
volume of a cone, `unit_conversion_convert(value, from_unit, to_unit)` a conversion.
`endpoint_formula(endpoint, words)` answers the first rule of one table whose phrase is in
the endpoint's own name words (or, for an endpoint whose name already calculates, in its
description) and whose parameters carry what the formula needs; then `formula_for`.
Rules are kinds of calculation (a return on equity, a volume of a sphere), never one
rule per corpus function. Pure; cached per endpoint; never touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.executor import arithmetic as ar
from toolgen.executor import calc_formulas as cf
from toolgen.executor import finance_formulas as ff
from toolgen.executor import science_formulas as sf
from toolgen.executor import stats_formulas as st
from toolgen.executor.formula_args import Args, arg
from toolgen.executor.formulas import Formula, formula_for
from toolgen.executor.unit_table import convert
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

_WORD = re.compile(r"[a-z]+")
_INT = {"type": "integer"}


@dataclass(frozen=True, slots=True)
class _Rule:
    phrases: tuple[frozenset[str], ...]  # any one, all its words present
    needs: tuple[frozenset[str], ...]  # each: some parameter is, or has a word, in it
    formula: Formula


def _converted(args: Args) -> float | None:
    value = arg(args, "value", "quantity", "temperature", "amount", "number", "measurement")
    src = next((v for k in ("from_unit", "from", "source_unit", "unit_from", "input_unit",
                            "unit_in")
                if isinstance(v := args.get(k), str)), None)
    dst = next((v for k in ("to_unit", "to", "target_unit", "unit_to", "output_unit",
                            "unit_out")
                if isinstance(v := args.get(k), str)), None)
    if value is None or src is None or dst is None:
        return None
    return convert(value, src, dst)


def _shape(words: str) -> Callable[[Args], Any]:
    """The formula `formulas` already knows for these name words (`area circle`)."""
    known = formula_for(words.split())
    assert known is not None, words
    return known.compute


def _volume(shape: str) -> Callable[[Args], Any]:
    return lambda args: cf.volume(args, shape)


def _speed_from_rest(args: Args) -> float | None:
    """From rest at constant acceleration the final speed is twice the average: 2 d / t."""
    v = cf.speed(args)
    return round(2 * v, 2) if v is not None else None


def _rule(phrases: str, needs: str, key: str, compute: Callable[[Args], Any],
          answer: dict[str, Any] | None = None) -> _Rule:
    return _Rule(tuple(frozenset(p.split()) for p in phrases.split("|")),
                 tuple(frozenset(n.split()) for n in needs.split("|") if n),
                 Formula(key, compute, answer))


# A sample of numbers (`data`, `numbers`), and two of them (`group1`, `array_2`, `dataset_A`).
_SAMPLE = "data numbers values nums"
_FIRST = "group1 sample1 array1 1 a"
_SECOND = "group2 sample2 array2 2 b"

# The two operands of an elementary operation (`add(a, b)`, `divide(num1, num2)`).
_OPERANDS = "a num1 number1|b num2 number2"

# Most specific first. `needs`: "|" separates what must all be present, spaces the names
# any one of which will do.
_RULES: tuple[_Rule, ...] = (
    _rule("return equity|roe", "net income profit|equity", "return_on_equity_percent",
          ff.return_on_equity),
    _rule("return investment|roi", "", "return_on_investment_percent",
          ff.return_on_investment),
    _rule("cagr|compound annual growth", "initial start beginning|final end ending",
          "cagr_percent", ff.cagr),
    _rule("npv|net present value", "flows flow|rate", "net_present_value", ff.npv),
    _rule("discounted cash flow", "coupon|rate", "present_value", ff.bond_value),
    _rule("depreciation|depreciated", "cost value price|rate|years period duration age",
          "depreciated_value", ff.depreciated),
    _rule("inflation", "sum amount|rate|years period", "adjusted_amount",
          lambda a: ff.grown(a, gain_only=False)),
    _rule("fund balance", "investment invested amount|yield return rate|years period",
          "final_balance", lambda a: ff.grown(a, gain_only=False)),
    _rule("fund return|predict profit|stock return|investment return",
          "investment invested amount|yield return growth rate|years period holding",
          "projected_return", lambda a: ff.grown(a, gain_only=True)),
    _rule("population estimate|population growth", "current_population|growth_rate rate|"
          "years", "future_population", lambda a: ff.grown(a, gain_only=False)),
    _rule("profit margin|margin", "revenue sales", "profit_margin_percent",
          ff.profit_margin),
    _rule("dividend payout", "shares|dividend", "total_dividends", ff.dividend_payout),
    _rule("tax", "tax_rate|income amount price salary", "tax_amount", ff.tax_amount),
    _rule("tax", "state|purchase amount price subtotal", "sales_tax", ff.sales_tax),
    _rule("volume sphere|sphere", "radius diameter", "volume", _volume("sphere")),
    _rule("volume cylinder|cylinder", "radius diameter|height", "volume",
          _volume("cylinder")),
    _rule("volume cone|cone volume", "radius diameter|height", "volume", _volume("cone")),
    _rule("volume cube|cube", "side edge length", "volume", _volume("cube")),
    _rule("volume cuboid|volume box|cuboid", "length depth|width breadth|height depth",
          "volume", _volume("cuboid")),
    _rule("perimeter", "", "perimeter", cf.perimeter),
    _rule("circumference", "radius diameter", "circumference", cf.circumference),
    _rule("area square|square area", "side length", "area", cf.square_area),
    _rule("area", "radius diameter", "area", _shape("area circle")),
    _rule("area", "base|height", "area", _shape("area triangle")),
    _rule("area", "length|width breadth", "area", _shape("area rectangle")),
    _rule("batting average", "hits|at_bats", "batting_average", cf.batting_average),
    _rule("kda", "kills kill|deaths death", "kda_ratio", cf.kill_death_ratio),
    _rule("kd|kill death", "kills kill|deaths death", "kd_ratio", cf.kill_death_ratio),
    # A statistic of a sample its parameters carry is a calculation, whatever the name's
    # other words (`statistics_median(data)` is no market quote of a "value").
    _rule("sum multiples", "multiples|lower upper limit", "sum", st.sum_of_multiples, _INT),
    _rule("median", _SAMPLE, "median", st.median),
    _rule("variance", _SAMPLE, "variance", st.variance),
    _rule("mode", _SAMPLE, "mode", st.mode),
    _rule("ttest|t test", f"{_FIRST}|{_SECOND}", "t_statistic", st.t_statistic),
    _rule("median", "", "median", st.median),
    # A calculator's elementary operations: plain words, each confirmed by its operands.
    _rule("add|addition", _OPERANDS, "sum", ar.add),
    _rule("subtract|subtraction|minus", _OPERANDS, "difference", ar.subtract),
    _rule("multiply|multiplication", _OPERANDS, "product", ar.multiply),
    _rule("divide|division", _OPERANDS, "quotient", ar.divide),
    _rule("percentage|percent", "part|whole total", "percentage", ar.percentage),
    _rule("round", "number value|decimal_places decimals digits", "rounded", ar.rounded),
    _rule("min value|minimum", "numbers", "minimum", ar.minimum),
    _rule("max value|maximum", "numbers", "maximum", ar.maximum),
    _rule("absolute value", "number value", "absolute_value", ar.absolute),
    _rule("logarithm|log", "value number|base", "logarithm", ar.logarithm),
    _rule("square root|sqrt", "number num value|precision", "square_root", ar.square_root),
    _rule("standard deviation", "numbers", "standard_deviation", st.std_dev),
    _rule("standard deviation|stdev|std", "", "standard_deviation", st.std_dev),
    _rule("variance", "", "variance", st.variance),
    _rule("permutation|permutations", "", "permutations", st.permutations, _INT),
    _rule("combination|combinations", "", "combinations", st.combinations, _INT),
    _rule("prime factors|prime factorization|factorize", "number n num value",
          "prime_factors", st.prime_factors, {"type": "array", "items": _INT}),
    _rule("is prime|prime check|check prime", "number n num value", "is_prime",
          st.is_prime, {"type": "boolean"}),
    _rule("full house", "", "probability", st.full_house),
    _rule("dice|die", "sides die desired|rolls number desired", "probability",
          st.dice_probability),
    _rule("card probability|card game", "total deck|desired", "probability",
          st.card_probability),
    _rule("fibonacci", "position n count number", "sequence", st.fibonacci,
          {"type": "array", "items": _INT}),
    _rule("cosine similarity", "", "similarity", st.cosine_similarity),
    _rule("correlation", "", "correlation_coefficient", st.correlation),
    _rule("paint", "coverage", "paint_needed", cf.paint_needed),
    _rule("emission|emissions", "miles|factor", "emissions_grams", cf.emissions),
    _rule("light travel", "light", "time_years", cf.light_travel_time),
    _rule("electrostatic potential", "q1 charge1|q2 charge2", "potential_energy_joules",
          sf.electrostatic_potential),
    _rule("magnetic field", "current i|radius distance r", "magnetic_field_tesla",
          sf.magnetic_field),
    _rule("capacitance", "a area|d distance", "capacitance_farads", sf.capacitance),
    _rule("voltage", "electric_field field|distance", "voltage_volts",
          sf.voltage_difference),
    _rule("entropy", "heat_capacity|initial_temp initial_temperature", "entropy_change",
          sf.entropy_change),
    _rule("final temperature", "quantity1 mass1|quantity2 mass2", "final_temperature",
          sf.mixed_temperature),
    _rule("genotype frequency", "allele", "genotype_frequency", sf.genotype_frequency),
    _rule("similarity", "species1|species2", "similarity", sf.genetic_similarity),
    _rule("weight space|weight planet", "planet celestial", "weight_kg",
          sf.weight_elsewhere),
    _rule("molecular weight|molar mass", "compound formula molecule", "molecular_weight",
          sf.molecular_weight),
    _rule("clock angle", "hours hour|minutes minute", "angle_degrees", sf.clock_angle),
    _rule("angle", "point_a point1|point_b point2", "angle_degrees", sf.angle_to_x_axis),
    _rule("probabilities", "total|event favorable", "probability", _shape("probability")),
    _rule("cone mass", "radius|height|density", "mass", sf.cone_mass),
    _rule("entropy", "mass|initial_temperature", "entropy_change",
          sf.heating_entropy),
    _rule("energy", "mass|phase transition", "energy_joules", sf.latent_energy),
    _rule("energy|heat", "mass|initial_temperature initial_temp|final_temperature "
          "final_temp", "energy_joules", sf.heat_energy),
    _rule("kinetic energy", "mass|velocity speed", "kinetic_energy_joules",
          cf.kinetic_energy),
    _rule("potential energy", "mass|height", "potential_energy_joules",
          cf.potential_energy),
    _rule("prime numbers|primes range|find primes", "start lower from min|end upper to max "
          "limit", "primes", st.primes_between, {"type": "array", "items": _INT}),
    _rule("product primes", "count n number", "product", st.primes_product,
          {"type": ["integer", "string"]}),
    _rule("cell density", "optical|dilution", "cell_density", cf.cell_density),
    _rule("biomass", "energy|efficiency", "biomass", cf.biomass),
    _rule("energy", "mols moles|per", "energy_joules", cf.molar_energy),
    _rule("electric force|electromagnetic force|coulomb", "q1 charge1|q2 charge2",
          "force_newtons",
          cf.coulomb_force),
    _rule("force", "mass|acceleration", "force_newtons", cf.force),
    _rule("speed rest", "distance|time", "speed", _speed_from_rest),
    _rule("velocity|speed", "distance displacement|time duration", "velocity", cf.speed),
    _rule("time", "distance|velocity speed", "time", cf.travel_time),
    _rule("resistance", "voltage v|current i", "resistance_ohms", cf.resistance),
    _rule("resonant frequency", "inductance|capacitance", "resonant_frequency_hz",
          cf.resonant_frequency),
    _rule("ideal gas|gas pressure|pressure", "moles n|temperature temp|volume",
          "pressure_atm", cf.ideal_gas_pressure),
    _rule("molarity|concentration", "moles|volume", "molarity", cf.molarity),
    _rule("mass", "quantity moles|molar", "mass_grams", cf.gas_mass),
    _rule("bmr|basal metabolic|calorie|calories", "weight|height|age", "bmr_kcal", cf.bmr),
    _rule("convert|conversion|converter", "value quantity temperature amount number "
          "measurement|from_unit unit_from source_unit input_unit unit_in|to_unit unit_to "
          "target_unit output_unit unit_out", "converted_value", _converted),
)


def endpoint_formula(endpoint: Endpoint, words: list[str] | tuple[str, ...]) -> Formula | None:
    """The calculation `endpoint` (whose own name words are `words`) performs, or None."""
    return _endpoint_formula(tuple(words), endpoint.description, _params(endpoint))[0]


def confirmed_calculation(endpoint: Endpoint, words: list[str] | tuple[str, ...]) -> bool:
    """Whether a rule whose parameters the endpoint carries names its calculation:
    `travel_time(distance, speed)` calculates, whatever its verb; a bare `get_time` not."""
    return _endpoint_formula(tuple(words), endpoint.description, _params(endpoint))[1]


def _params(endpoint: Endpoint) -> tuple[str, ...]:
    return tuple(normalize_key(p.name) for p in endpoint.parameters)


@lru_cache(maxsize=1 << 14)
def _endpoint_formula(words: tuple[str, ...], description: str,
                      params: tuple[str, ...]) -> tuple[Formula | None, bool]:
    own = set(words)
    said = set(_WORD.findall(description.lower()[:300]))
    param_words = {w for p in params for w in (p, *p.split("_"))}
    for rule in _phrased(own):
        if not all(need & param_words for need in rule.needs):
            continue
        if any(p <= own for p in rule.phrases):
            return rule.formula, bool(rule.needs)
    known = formula_for(words)
    if known is not None:
        return known, False
    # only the description says it: "the return on equity"; of two it says, the one it
    # says first ("the area and circumference of a circle": the area, BFCL seed 47 #218)
    found = [rule for rule in _phrased(said) if rule.needs and all(
        need & param_words for need in rule.needs) and any(p <= said for p in rule.phrases)]
    if not found:
        return None, False
    order = _WORD.findall(description.lower()[:300])
    first = {w: len(order) - 1 - i for i, w in enumerate(reversed(order))}
    return min(found, key=lambda rule: min(
        max((first.get(w, 0) for w in p), default=0) for p in rule.phrases
        if p <= said)).formula, False


def _rule_index() -> dict[str, frozenset[int]]:
    """Word -> the positions in `_RULES` of the rules one of whose phrases holds it."""
    index: dict[str, set[int]] = {}
    for i, rule in enumerate(_RULES):
        for phrase in rule.phrases:
            for word in phrase:
                index.setdefault(word, set()).add(i)
    return {word: frozenset(at) for word, at in index.items()}


_BY_WORD = _rule_index()
_ANY_WORDS = frozenset(i for i, rule in enumerate(_RULES) if frozenset() in rule.phrases)


def _phrased(words: set[str]) -> list[_Rule]:
    """The rules, in table order, a phrase of which may lie in `words` (a phrase lies in
    them only if its words do): most endpoints name no calculation, and testing every
    rule's needs and phrases cost more than the rest of their compilation."""
    at = set(_ANY_WORDS)  # an empty phrase lies in any words
    for word in words:
        at.update(_BY_WORD.get(word, ()))
    return [_RULES[i] for i in sorted(at)]


_MONTHS = re.compile(r"\bin months\b|\bmonths?\b(?! ?(?:of|per) year)", re.I)
_TERMS = frozenset({"term", "loan_term", "duration", "period", "tenure", "length"})


def month_terms(endpoint: Endpoint) -> tuple[str, ...]:
    """The endpoint's term parameters its description counts in months ("The repayment term
    in months": calcx's `term`), which a loan's formula would read as years."""
    return tuple(p.name for p in endpoint.parameters
                 if p.name.lower() in _TERMS and _MONTHS.search(p.description or ""))

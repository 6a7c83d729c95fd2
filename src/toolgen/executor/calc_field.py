"""The key a calculation answers under: the quantity its name says it computes.

`calculate_compound_interest` -> `compound_interest`. Read from the endpoint's own words
(`result_kinds.own_words`: the tool's brand and BFCL's hex suffix name no quantity).
The quantity is the object of the calculation verb, not whatever words the name holds:
- the words after the verb when there are any (`biological_calc_biomass` -> `biomass`,
  never `biological_biomass`: a namespace before the verb is no part of the quantity);
- up to its first preposition (`calculate_area_under_curve` -> `area`, never
  `under_curve`; "per" binds a ratio and stays: `dividend_per_share`);
- with the verb last, the words before it less the agent noun (`energy_calculator_
  calculate` -> `energy`, never `energy_calculator`);
- a name's abbreviation of two letters (`calculate_ne`) is the quantity its description's
  "Calculate the ..." names (`effective_population_size`);
- a conversion answers with the converted value (`unit_conversion_convert` ->
  `converted_value`), a time zone conversion with the converted time.
Pure; one call per endpoint (the caller caches shapes).
"""

from __future__ import annotations

import re

from toolgen.executor.calc_match import endpoint_formula
from toolgen.executor.result_kinds import CALCULATING, own_words
from toolgen.executor.values import STOP_WORDS
from toolgen.records import Endpoint

CALC_VERBS = frozenset({"calculate", "calc", "compute", "estimate", "predict", "solve",
                        "convert", "evaluate", "count", "sum", "measure", "analyze", "analyse"})
# Words that end a calculation's object ("area | under the curve").
_PREPOSITIONS = frozenset({"under", "of", "to", "in", "for", "from", "between", "on", "with",
                           "by", "at", "over", "into", "using", "given"})
# Who calculates, not what: "energy calculator", "math toolkit".
_AGENTS = frozenset({"calculator", "calculators", "converter", "computer", "estimator",
                     "predictor", "solver", "evaluator", "counter", "analyzer", "analyser",
                     "toolkit", "tool", "tools", "conversion", "calculation"})
_TIMES = frozenset({"time", "timezone", "timezones", "zone", "clock"})


def calc_field(endpoint: Endpoint) -> str | None:
    """The key a calculation's figure is returned under, or None when the endpoint's name
    holds no calculation verb at its start or end."""
    words = own_words(endpoint)
    formula = endpoint_formula(endpoint, words)
    if formula is not None:
        return formula.key
    if not words or not (CALC_VERBS & set(words[:2]) or CALC_VERBS & set(words[-1:])
                         or CALCULATING & set(words)):
        return None
    at = next(i for i, w in enumerate(words) if w in CALC_VERBS)
    if words[at] == "convert" and not words[at + 1:]:
        return "converted_time" if _TIMES & set(words) else "converted_value"
    after = words[at + 1:]
    phrase = after if _nouns(after) else words[:at]
    cut = next((i for i, w in enumerate(phrase) if w in _PREPOSITIONS and i > 0), None)
    if cut is not None:
        phrase = phrase[:cut]
    nouns = [w for w in _nouns(phrase) if w not in _AGENTS]
    if len(nouns) == 1 and len(nouns[0]) <= 2:
        # `calculate_ne`: "Calculate the effective population size ..." says what N_e is
        described = _described(endpoint.description)
        if described:
            return "_".join(described)
    return "_".join(nouns[-2:]) if nouns else "result"


# Words that end the quantity a description's "Calculate the ..." names.
_ENDS = _PREPOSITIONS | {"necessary", "needed", "required", "that", "which", "and", "based"}


def _described(description: str) -> list[str]:
    """The quantity of "Calculate(s) the <quantity> ..." (up to three words), or []."""
    words = re.findall(r"[a-z]+", description.lower())
    if len(words) < 3 or words[0] not in ("calculate", "calculates", "compute", "computes") or (
            words[1] != "the"):
        return []
    out: list[str] = []
    for w in words[2:5]:
        if w in _ENDS:
            break
        out.append(w)
    return out


def _nouns(words: list[str]) -> list[str]:
    return list(dict.fromkeys(
        w for w in words if w not in CALC_VERBS and w not in STOP_WORDS and len(w) > 1))

"""Numbers that mean nothing for their field: an MBTI of 556.77, a loan at 147.83 %.

A reviewer reads a number against what its field is:

- a field named only with the tool's own name words, none of them a quantity or a measure
  (`energy`, `area`, `followers`), is no quantity (`mbti: 556.77` from
  `mbti_analyse`, `calcx_calculator: 556.77` from the CalcX loan calculator): the tool
  returned its own name as a figure (read in outputs only: an argument's key is the
  API's declared parameter; and not the quantity a calculation's name says it computes,
  `fitness` of `calculate_fitness`, nor a plural quantity, `roots`);
- a loan, mortgage or credit `rate` above 100 % is no interest rate, nor is a rate of
  return, growth, tax or inflation beyond +-100 %;
- an image (or photo, thumbnail, screenshot) `width`/`height` under 16 px is no picture;
- latitude beyond +-90, longitude beyond +-180, a month outside 1-12, an age over 130, a
  probability (`plate_number_prob`) outside 0-100, a network port that is a fraction or
  beyond 65535.

The other tests read call arguments and tool outputs alike. Kind `meaningless_number`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens
from toolgen.judge.realism.values import view_numbers
from toolgen.judge.realism.vocabulary import Call, tool_words, trained_calls, words_in
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "field_scales"

# Last key words that make a field a quantity whatever else it is named.
_QUANTITY = frozenset({
    "total", "count", "amount", "score", "price", "rate", "value", "result", "number", "num",
    "sum", "avg", "average", "mean", "min", "max", "size", "length", "width", "height",
    "weight", "age", "year", "month", "day", "days", "hour", "hours", "minutes", "seconds",
    "time", "duration", "distance", "level", "index", "rating", "percent", "percentage",
    "ratio", "payment", "balance", "cost", "fee", "tax", "interest", "temperature", "speed",
    "id", "lat", "lng", "lon", "latitude", "longitude", "calories", "volume", "quantity", "qty",
    "points", "page", "limit", "offset", "term", "loan", "principal", "extra", "bmi", "tdee",
    "bmr", "gdp", "population", "probability", "version", "code", "status", "capacity",
    # measured quantities a calculator is named after, and counts a profile is named after
    "energy", "displacement", "area", "force", "power", "velocity", "acceleration", "mass",
    "density", "pressure", "voltage", "current", "resistance", "momentum", "frequency",
    "wavelength", "torque", "work", "heat", "entropy", "enthalpy", "perimeter", "circumference",
    "radius", "diameter", "following", "followers", "likes", "views", "shares", "comments",
    "revenue", "profit", "income", "salary", "depreciation", "roi", "roa", "roe", "yield",
    # what a maths, weather or health tool returns under its own name (`math_hcf` -> hcf 3,
    # a humidity forecast -> humidity 80)
    "humidity", "elevation", "altitude", "depth", "integral", "derivative", "hcf", "gcf",
    "gcd", "lcm", "factorial", "product", "quotient", "remainder", "root", "sqrt", "median",
    "mode", "variance", "deviation", "precipitation", "rainfall", "snowfall", "visibility",
    "uv", "aqi", "magnitude", "intensity", "gsi", "emissions", "consumption", "usage", "odds",
    "elo", "margin", "dose", "dosage", "concentration", "ph", "bpm", "steps", "pace",
    # a point is numbers: `coordinates` [52.52, 13.405] of a weather-by-coordinates call
    "coordinates", "coordinate", "coords",
    # a field's strength, a result's position or rank
    "strength", "position", "rank",
})
# Verbs of a calculation: the words after one in a function name are what it computes
# (`calculate_fitness` -> fitness), a quantity whatever it is called.
_CALC = frozenset({"calculate", "calc", "compute", "estimate", "predict", "solve", "evaluate",
                   "measure", "analyze", "analyse"})
_ENDS = frozenset({"under", "of", "to", "in", "for", "from", "between", "on", "with", "by",
                   "at", "over", "into", "using", "given"})
_LENDING = frozenset({"loan", "mortgage", "interest", "credit", "apr", "lending", "borrow",
                      "amortization", "amortisation", "debt", "emi", "finance"})
# A "rate of return", "growth rate", "tax rate" is a percentage (or a fraction).
_RATES = frozenset({"return", "growth", "interest", "discount", "tax", "inflation", "yield",
                    "dividend"})
_PICTURES = frozenset({"image", "images", "img", "photo", "photos", "picture", "pictures",
                       "thumbnail", "thumbnails", "screenshot", "wallpaper", "wallpapers", "gif",
                       "gifs", "icon"})
_RANGES = {"latitude": (-90.0, 90.0), "lat": (-90.0, 90.0), "longitude": (-180.0, 180.0),
           "lng": (-180.0, 180.0), "lon": (-180.0, 180.0), "month": (1.0, 12.0),
           "age": (0.0, 130.0)}


def reason(key: str, value: float, name_words: frozenset[str], context: frozenset[str]) -> \
        str | None:
    """Why `value` means nothing under `key` for a call whose function is named with
    `name_words` and whose words (name, holder keys) are `context`, or None."""
    tokens = key_tokens(key)
    if not tokens:
        return None
    last = tokens[-1]
    if not _quantity(last) and all(t in name_words for t in tokens):
        return f"{key} {value:g} is the tool's own name, not a quantity"
    if last == "rate" and context & _LENDING and not 0 <= value <= 100:
        return f"{key} {value:g} is not an interest rate"
    if "rate" in tokens and set(tokens) & _RATES and not -100 <= value <= 100:
        return f"{key} {value:g} is not a rate in percent"
    if last in ("width", "height") and context & _PICTURES and 0 <= value < 16:
        return f"{key} {value:g} px is no picture"
    if last in ("prob", "probability", "confidence") and not 0 <= value <= 100:
        return f"{key} {value:g} is not a probability"
    if last == "port" and not (value.is_integer() and 1 <= value <= 65535):
        return f"{key} {value:g} is not a network port"
    bounds = _RANGES.get(last)
    if bounds is not None and len(tokens) == 1 and not bounds[0] <= value <= bounds[1]:
        return f"{key} {value:g} is not a {last}"
    return None


def _quantity(word: str) -> bool:
    """A quantity word, plural included (`roots` of a polynomial)."""
    return word in _QUANTITY or (word.endswith("s") and word[:-1] in _QUANTITY)


@lru_cache(maxsize=16384)
def computed(function_name: str) -> frozenset[str]:
    """The words a calculation's name says it computes: those after its verb, up to a
    preposition (`calculate_area_under_curve` -> area; `biological_calc_biomass` ->
    biomass, not `biological`), or those before it when it comes last (`entropy_change_
    calculate` -> entropy change); a conversion's target (`gallon_to_liter` -> liter)."""
    words = words_in(_HEX.sub("", function_name.split("_for_", 1)[0]))
    at = next((i for i, w in enumerate(words) if w in _CALC), None)
    if at is None and "to" in words[1:-1]:
        return frozenset(words[words.index("to", 1) + 1:])
    if at is None:
        return frozenset()
    out: list[str] = []
    for w in words[at + 1:]:
        if w in _ENDS and out:
            break
        out.append(w)
    if not out and words[at] in ("calculate", "calc", "compute"):
        # the verb last (`entropy_change_calculate`): the words before it are the quantity
        # (an analysis's are what is analysed, no figure: `mbti_..._analyse`)
        out = [w for w in words[max(0, at - 2):at] if w not in _AGENTS]
    return frozenset(out)


# Who calculates, not what: "energy calculator" computes an energy.
_AGENTS = frozenset({"calculator", "calculators", "converter", "estimator", "predictor",
                     "solver", "evaluator", "analyzer", "analyser", "toolkit", "tool"})
_HEX = re.compile(r"_[0-9a-f]{8}$")  # BFCL's suffix of a function's variant, no word


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for call in trained_calls(view):
        # The quantity a calculation is named for is what it answers with (`fitness` of
        # `calculate_fitness`); an argument's key is the API's own declared parameter
        # (`gallon` of `gallon_to_liter`), the user's figure under it no name echoed.
        name_words = tool_words(view, call.name).name
        docs: list[tuple[Any, int, frozenset[str]]] = [
            (call.arguments, call.message_index, frozenset())]
        if call.output is not NOT_JSON and call.answer_index is not None:
            docs.append((call.output, call.answer_index, name_words))
        for doc, at, names in docs:
            why = _first_reason(view, call, doc, names, computed(call.name))
            if why:
                out.append(finding(NAME, "meaningless_number", at, f"{call.name}: {why}"))
                break
    return out


def _first_reason(view: RecordView, call: Call, doc: Any, name_words: frozenset[str],
                  computes: frozenset[str] = frozenset()) -> str | None:
    """`reason` for the first number of `doc` that has one. Most keys can have none
    whatever their value (`may_have_reason`, once per key and tool), so the context (the
    call's words and the doc's holder keys) is worked out only when a key needs it."""
    context: frozenset[str] | None = None
    for key, value in view_numbers(view, doc, call.call_id):
        names = name_words
        if computes and computes.issuperset(key_tokens(key)):
            names = frozenset()  # the figure the calculation is named for
        if not may_have_reason(key, names):
            continue
        if context is None:
            context = frozenset(words_in(call.name)) | name_words | _holders(doc)
        why = reason(key, value, names, context)
        if why:
            return why
    return None


@lru_cache(maxsize=65536)
def may_have_reason(key: str, name_words: frozenset[str]) -> bool:
    """False when `reason(key, v, name_words, c)` is None for every value and context:
    each of its tests but the first needs a key word, the first only the key and tool."""
    tokens = key_tokens(key)
    if not tokens:
        return False
    last = tokens[-1]
    return ((not _quantity(last) and all(t in name_words for t in tokens))
            or last in _LAST_WORDS
            or ("rate" in tokens and not _RATES.isdisjoint(tokens))
            or (last in _RANGES and len(tokens) == 1))


# The last key words `reason` tests (besides the ranges of one-word keys).
_LAST_WORDS = frozenset({"rate", "width", "height", "prob", "probability", "confidence",
                         "port"})


def _holders(doc: Any) -> frozenset[str]:
    """Words of the keys in `doc` that hold lists or objects (`images`, `thumbnail`)."""
    found: set[str] = set()
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, dict | list):
                    found.update(words_in(str(k)))
                    stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)

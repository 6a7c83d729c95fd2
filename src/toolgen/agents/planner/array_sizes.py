"""How many items a user states for an array argument, read from what the array is.

Array arguments are drawn short (users say them), one item by default. A list whose
meaning fixes its size (`executor.list_sizes`: a span, a point, a vector, a polynomial's
coefficients) gets that size: two ends of an interval or a year range, low first
(`interval=[71.31]`, `year_range=[2024]` were BFCL seed 7), two numbers of a point or a
painting's dimensions, three numbers of each vector compared (so both have the same
length) and of a polynomial (a quadratic). The array a function sorts or dedupes, or
searches for two numbers adding up to a target (`two_sum(nums=[483])`), is a sample of
several, like a statistic's (`samples`). A mode is of data with a value that repeats: the
mode of all-distinct numbers is none.

`items_range(param, about)` gives (low, high); `shaped(param, about, value)` puts a drawn
span in order, a polynomial's coefficients small whole numbers, and makes a sample a mode
is taken of repeat one value; `sized_partners`
makes a polynomial's degree, a two-sum's target and a histogram's bins agree with their
list. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from toolgen.agents.planner.samples import SAMPLE_ITEMS, is_sample
from toolgen.executor.list_sizes import list_kind
from toolgen.executor.values import normalize_key
from toolgen.records import Parameter, PlannedArg

_NUMBERS = frozenset({"number", "integer", "float"})
_SIZES = {"span": 2, "point": 2, "point3": 3, "vector": 3, "polynomial": 3}
# A sample the function reorders, dedupes or searches: several items or nothing to do.
_SEVERAL = re.compile(r"\b(?:sort(?:ed|s)?|unique|duplicates?|two numbers|pairs? that|"
                      r"add up|largest|smallest|median|average)\b", re.I)
_LIST_NAMES = frozenset({"array", "arr", "list", "nums", "numbers", "values", "elements",
                         "integers"})
_REPEATS = re.compile(r"\bmode\b|\bunique\b|\bduplicates?\b|\bdistinct\b", re.I)


def _numeric(param: Parameter) -> bool:
    schema = param.json_schema
    items = schema.get("items")
    return (schema.get("type") == "array" and isinstance(items, dict)
            and items.get("type") in _NUMBERS)


def items_range(param: Parameter, about: str = "") -> tuple[int, int]:
    """How many items a user states for array `param` of an endpoint described by
    `about` (its name and description): (low, high), drawn between them."""
    if not _numeric(param):
        return (1, 1)
    text = param.description or ""
    kind = list_kind(param.name, text)
    if kind is not None:
        return (_SIZES[kind], _SIZES[kind])
    key = normalize_key(param.name)
    if is_sample(param) or (key in _LIST_NAMES and _SEVERAL.search(f"{about} {text}")):
        return SAMPLE_ITEMS
    return (1, 1)


def shaped(param: Parameter, about: str, value: Any) -> Any:
    """`value` drawn for `param`, with a span's ends in order and apart, and a sample a
    mode is taken of holding one value twice (module doc)."""
    if not isinstance(value, list) or not all(_plain_number(v) for v in value):
        return value
    kind = list_kind(param.name, param.description or "")
    if len(value) == 2 and kind == "span":
        low, high = sorted(value)
        if low == high:  # a span of one value (`limits=[10, 10]`) spans nothing
            high = low + max(1, abs(low)) if isinstance(low, int) else round(low * 2 + 1, 2)
        return [low, high]
    if kind == "polynomial":
        return _coefficients(value)
    if len(value) >= 3 and _REPEATS.search(f"{about} {param.description or ''}") and len(
            set(value)) == len(value):
        return [*value[:-1], value[len(value) // 2]]
    return value


def _coefficients(drawn: list[Any]) -> list[Any]:
    """A polynomial as a person writes one (3x^2 - 4x + 7: [3, -4, 7]), not
    [758.2, 421.15, 259.66]: each drawn number folded into -9..9, the leading one not 0."""
    out = [int(v) % 19 - 9 for v in drawn]
    if out and out[0] == 0:
        out[0] = 1
    return out


def _plain_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_DEGREE_KEYS = ("degree", "order", "poly_degree")
_COEFFICIENT_KEYS = ("coefficients", "coeffs", "coefficient", "polynomial", "poly")
_ADD_UP = re.compile(r"\badd(?:s)? up to\b|\bsum (?:up )?to\b", re.I)
_TARGET_KEYS = ("target", "target_sum", "sum")
_MOST_DEGREE = 6
_BIN_KEYS = ("bins", "num_bins", "n_bins", "bin_count", "number_of_bins", "nbins")


def sized_partners(stated: Mapping[str, PlannedArg], sent: Mapping[str, PlannedArg],
                   about: str) -> dict[str, object]:
    """Fixes making a call's user-stated values agree with a list's size (argument name
    -> value): a polynomial's degree is one less than its coefficients' count (not 583
    beside three of them; beside a `degree` the assistant sends as its default, the
    coefficients are that many plus one); a `target` two numbers of the list add up to is
    a sum of two of them (else the search finds nothing); a histogram has fewer bins than
    values (BFCL seed 31 #77: 427 bins for four). `stated` and `sent` map
    normalised keys to the user's values and to every value the call sends."""
    out: dict[str, object] = {}
    coefficients = next((stated[k] for k in _COEFFICIENT_KEYS if k in stated), None)
    degree = next((sent[k] for k in _DEGREE_KEYS if k in sent), None)
    listed = coefficients.value if coefficients is not None else None
    if (degree is not None and coefficients is not None and isinstance(listed, list)
            and len(listed) > 1 and _plain_number(degree.value)):
        if degree.name in {a.name for a in stated.values()}:
            out[degree.name] = len(listed) - 1
        elif float(degree.value).is_integer() and 1 <= degree.value <= _MOST_DEGREE:
            wanted = int(degree.value) + 1
            out[coefficients.name] = (listed * wanted)[:wanted]
    numbers = next((a.value for a in stated.values() if isinstance(a.value, list)
                    and len(a.value) >= 2 and all(_plain_number(v) for v in a.value)), None)
    target = next((stated[k] for k in _TARGET_KEYS if k in stated), None)
    if numbers is not None and target is not None and _ADD_UP.search(about) and _plain_number(
            target.value):
        out[target.name] = numbers[0] + numbers[-1]
    bins = next((stated[k] for k in _BIN_KEYS if k in stated), None)
    if (numbers is not None and bins is not None and type(bins.value) is int
            and bins.value > len(numbers)):
        out[bins.name] = max(2, len(numbers) // 2)  # 427 bins for four values are none
    out.update(_one_per_thing(stated))
    return out


_FACTORS = (0.8, 1.25, 0.6, 1.5)


def _one_per_thing(stated: Mapping[str, PlannedArg]) -> dict[str, object]:
    """Two lists of numbers about one thing (`trait_values`, `trait_contributions`: one of
    each per trait) made as long as each other: the shorter, a list nothing makes sum to a
    total, grows by varied copies of its own numbers (BFCL seed 71 #4 had one value
    beside two contributions)."""
    lists = {k: a for k, a in stated.items() if isinstance(a.value, list) and a.value
             and all(_plain_number(v) for v in a.value)}
    out: dict[str, object] = {}
    for key, arg in lists.items():
        head = key.split("_")[0]
        other = next((b for k, b in lists.items() if k != key and k.split("_")[0] == head
                      and len(b.value) > len(arg.value)), None)
        if other is None or len(key.split("_")) < 2:
            continue
        have = list(arg.value)
        want = len(other.value)
        grown = [*have, *(_varied(have[i % len(have)], i) for i in range(want - len(have)))]
        out[arg.name] = grown
    return out


def _varied(value: float, i: int) -> float:
    moved = value * _FACTORS[i % len(_FACTORS)]
    if isinstance(value, int):
        return max(1, round(moved))
    # a share stays a share: 0.42 may become 0.34 or 0.52, never 1.05
    return round(min(moved, 0.99) if value <= 1 else moved, 2)

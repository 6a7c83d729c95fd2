"""A statistic's input is several numbers: `mean(numbers=[487])` is the mean of one number
(BFCL seed 7, 000004), and a t-test of one observation per group tests nothing.

Array arguments are drawn with one small item (users state them, so they stay short);
`is_sample(param)` says when the array is a sample of data a statistic is computed from
(`numbers`, `data`, `group1`, `dataset_A`, `cash_flows`, "List of numbers to calculate the
mean of", "First set of observations"), which then gets `SAMPLE_ITEMS` numbers. A pair
or a fixed-size point (coordinates, an interval, a year range, "two numbers"), a list
matched item by item to another (the quantity of each item ordered) or the numbers whose
multiples are summed is no sample. Pure.
"""

from __future__ import annotations

import re

from toolgen.records import Parameter

SAMPLE_ITEMS = (4, 6)  # few enough for a user to say, enough to compute a statistic of
_WORD = re.compile(r"[a-z]+")
_SAMPLE_WORDS = frozenset({"numbers", "data", "dataset", "observations", "sample", "samples",
                           "group", "values", "nums", "series", "scores", "flows",
                           "measurements", "readings"})
_NOT_SAMPLES = frozenset({"two", "pair", "coordinate", "coordinates", "latitude", "longitude",
                          "interval", "range", "limits", "limit", "point", "pivot", "vertex",
                          "vertices", "quantity", "quantities", "each", "pack", "polynomial",
                          "coefficients", "years", "year", "contributions", "floors",
                          "bins", "weights", "trait", "multiples"})


def is_sample(param: Parameter) -> bool:
    """Whether `param` is an array of numbers a statistic is computed from (module doc)."""
    schema = param.json_schema
    items = schema.get("items")
    if schema.get("type") != "array" or not isinstance(items, dict) or items.get(
            "type") not in ("number", "integer", "float"):
        return False
    words = set(_WORD.findall(f"{param.name} {param.description or ''}".lower().replace(
        "_", " ")))
    named = set(_WORD.findall(re.sub(r"(?<=[a-z])(?=\d)|_", " ", param.name.lower())))
    return bool((words | named) & _SAMPLE_WORDS) and not words & _NOT_SAMPLES

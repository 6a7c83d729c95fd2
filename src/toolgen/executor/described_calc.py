"""A calculation its description names when its name does not.

BFCL's `calculus_derivative` is "Compute the derivative of a function at a specific
value.", `math_definite_integral` "Calculate the definite integral of a function...",
`electromagnetism_ampere_law` "Calculate magnetic field strength using Ampere's
Circuital Law", `prediction_evolution` "Predict the evolutionary rate for a specific
species". Their names hold no calculation verb, so they were read as records of a
"calculus", a "math", a "prediction" and answered with ids and their own arguments
(`contents` reads this module for such hollow records only: an endpoint that already
answers something keeps its shape).

`described_quantity(description)` is the quantity such a description's opening
"Calculate/Compute/Predict/Estimate [the] <quantity> ..." names (up to three words, up
to the first preposition or linking word), or () when it opens otherwise, names only a
generic "result" or "value", or asks a question ("how much a person should pay").
`quantity_field` is that quantity as a key and the scale of its figure. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[a-z]+")
# "calculus: Compute ...", "BFCL_v4_simple_python: Calculate ...": the tool's prefix.
_PREFIX = re.compile(r"^\s*[\w.\- ]{1,60}:\s+")
_VERBS = frozenset({"calculate", "calculates", "compute", "computes", "predict", "predicts",
                    "estimate", "estimates"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words that end the quantity ("the derivative | of a function").
_ENDS = frozenset({"under", "of", "to", "in", "for", "from", "between", "on", "with", "by",
                   "at", "over", "into", "using", "given", "necessary", "needed",
                   "required", "that", "which", "and", "or", "based", "as", "when", "if",
                   "where", "within", "per"})
# Nouns that name no quantity of their own: "Calculate the result of..." says nothing.
_GENERIC = frozenset({"result", "results", "value", "values", "output", "answer", "data",
                      "information", "details", "number", "amount", "total", "it", "this",
                      "them", "list", "something", "various", "all", "some", "any",
                      "specific", "given", "specified", "different", "multiple", "how",
                      "what", "whether", "many", "much", "you", "will", "can"})
# Quantities that are a share of one.
_SHARES = frozenset({"probability", "likelihood", "chance", "odds"})
_MAX_WORDS = 3


@lru_cache(maxsize=8192)
def described_quantity(description: str) -> tuple[str, ...]:
    """The quantity the description's opening calculation verb names (module doc)."""
    first = description.split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", _PREFIX.sub("", first, count=1), maxsplit=1)[0]
    words = _WORD.findall(first.lower())
    if len(words) < 2 or words[0] not in _VERBS:
        return ()
    rest = words[1:]
    if rest[0] in _ARTICLES:
        rest = rest[1:]
    out: list[str] = []
    for w in rest[:_MAX_WORDS]:
        if w in _ENDS:
            break
        out.append(w)
    if not out or any(w in _GENERIC for w in out):
        return ()
    return tuple(out)


def quantity_field(description: str) -> tuple[str, dict[str, Any]] | None:
    """(`derivative`, a number) for a description opening "Compute the derivative of...";
    a probability is a share of one. None when the description names no quantity."""
    words = described_quantity(description)
    if not words:
        return None
    if words[-1] in _SHARES:
        return "_".join(words), {"type": "number", "minimum": 0.01, "maximum": 0.99}
    return "_".join(words), {"type": "number"}

"""A glossary's entry a reader believes: the term asked and what it means.

A food glossary article (`getFoodGlossaryArticleByTerm`, `get_food_glossary_article`)
answers a term and its definition, never a recipe's servings and prep time nor a
placeholder word ("standard") where the definition belongs. `fill_glossary(output, args,
rng)` fills an answer holding a `term` and a `definition`: the term the call sent when the
table knows it, else a term drawn from the table (an article asked for by its id). In
place, deterministic for the rng given, never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

# term: definition (kitchen and food terms, as a cooking glossary words them)
_TABLE: dict[str, str] = {
    "asparagus": "A spring vegetable whose tender green or white spears are eaten "
                 "steamed, grilled or roasted.",
    "braise": "To brown food in fat, then cook it slowly in a little liquid in a "
              "covered pot.",
    "julienne": "To cut vegetables into thin matchstick strips of even length.",
    "blanch": "To plunge food briefly into boiling water, then into ice water to stop "
              "the cooking.",
    "roux": "Flour cooked in an equal weight of fat, used to thicken sauces and soups.",
    "deglaze": "To loosen the browned bits from a pan with wine or stock to make a sauce.",
    "emulsion": "A smooth mixture of two liquids that do not normally combine, such as "
                "oil and vinegar in a vinaigrette.",
    "saffron": "The dried stigmas of the saffron crocus, a costly spice that colours "
               "rice and sauces golden.",
    "fold": "To combine a light mixture into a heavier one gently, so it keeps its air.",
    "mirepoix": "Diced onion, carrot and celery cooked in butter as the base of stocks "
                "and sauces.",
    "zest": "The thin coloured outer skin of a citrus fruit, grated for its oils.",
    "al dente": "Pasta or vegetables cooked until tender but still firm to the bite.",
    "sear": "To brown the surface of meat quickly over high heat.",
    "proof": "To let yeast dough rise before baking.",
    "ganache": "Chocolate melted into warm cream, used as a glaze or filling.",
    "marinate": "To soak food in a seasoned liquid to flavour or tenderise it.",
}
_TERMS = tuple(_TABLE)
_ASKED = ("term", "word", "q", "query", "name")


def fill_glossary(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Put a known term and its definition into an answer holding both fields."""
    if not isinstance(output, dict) or "term" not in output or "definition" not in output:
        return
    sent = next((v for k in _ASKED for v in [args.get(k)] if isinstance(v, str) and v), None)
    if sent is not None:
        output["term"] = sent
        meaning = _TABLE.get(sent.strip().lower())
        if meaning is not None:
            output["definition"] = meaning
        return
    term = _TERMS[int(rng.random() * len(_TERMS))]
    output["term"] = term
    output["definition"] = _TABLE[term]

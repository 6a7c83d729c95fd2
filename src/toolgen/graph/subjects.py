"""What an endpoint is about, and whether two endpoints are about one thing.

Two calls a person asks for together are of one service (`families.service_of`: ShopLine's
login and its orders), or their names speak of one thing ("get_user_info" and
"user.mandates", "book_flight" and "flight.status"). The words a name says after "by" or
"for" are its input, not its subject ("Fuel Price by City" is not about cities), and a
verb of working something out is no subject ("calculate_distance" and
"calculate_emission_savings" are not one). A BFCL function filed under no namespace names
no service: its tool is the question file it came from, which holds anything from law
cases to time zones. Calls made at once are of a piece and no twins (`asked_together`).
Used by the sampler's parallel groups and the planner's messages (`planner.ask_turns`).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from toolgen.graph.families import service_of
from toolgen.graph.fields import singular, tokens
from toolgen.graph.purposes import are_twins
from toolgen.records import Endpoint
from toolgen.registry.endpoint_words import TRANSFORM_STEMS, content_words, name_words

# where a name stops saying what it is about and starts saying what it takes
_INPUT_WORDS = frozenset({"by", "for", "from", "with", "near", "using", "via"})


def of_a_piece(a: Endpoint, b: Endpoint) -> bool:
    """Whether a person asks for `a` and `b` in one breath (module doc)."""
    service = service_of(a)
    if service and (a.tool_id == b.tool_id or service == service_of(b)):
        return True
    return bool(subject_words(a.name) & subject_words(b.name))


def asked_together(asked: Sequence[Endpoint], endpoint: Endpoint) -> bool:
    """Whether `endpoint` is called at once with the `asked` calls: of a piece with one of
    them, and no twin of any (`purposes`: one ask made twice, "building indoor data" and
    "building indoor data in json"). Jokes, Nobel laureates and a molecule are not asked
    at once (ToolBench seed 71 #3)."""
    return not any(are_twins(a, endpoint) for a in asked) and any(
        of_a_piece(a, endpoint) for a in asked)


@lru_cache(maxsize=1 << 14)
def subject_words(name: str) -> frozenset[str]:
    """What an endpoint's name says it is about, singular: "Fuel Price by City" ->
    {fuel, price}; "calculate_triangle_area" -> {triangle, area}."""
    words: list[str] = []
    for word in tokens(name):
        if word in _INPUT_WORDS:
            break
        words.append(word)
    kept = content_words(name_words(" ".join(words)))
    return frozenset(singular(w) for w in kept if not w.startswith(TRANSFORM_STEMS))

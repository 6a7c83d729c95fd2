"""Which of a request's steps a person asks for in one message: one subject a message.

A person who wants a ZIP code looked up and, apart from that, Bengaluru's petrol price
asks for the one, reads the answer, then asks for the other ("Thanks. Could you also
see the latest petrol in Bengaluru?"). One message stapling the two ("look up the
postal codes (ZIP 60607) and after that see the latest petrol in Bengaluru", ToolBench
seed 71 #19; "the time difference between Austin and Milan, and after that ... the top
cases in constitutional law", BFCL seed 71 #10) reads as a form filled in.

A step stays in the message before it when one of its calls uses a result of that
message's calls, is of the same service, or is about a thing they are about ("book the
flight, then check the flight's status"; "the user's info, then the user's mandates").
The words a name says after "by" or "for" are its input, not its subject ("Fuel Price
by City" is not about cities). Parallel calls are one step, asked together. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from toolgen.graph.families import service_of
from toolgen.graph.fields import singular, tokens
from toolgen.records import Endpoint, PlannedCall
from toolgen.registry.endpoint_words import TRANSFORM_STEMS, content_words, name_words

Step = tuple[str, ...]
# where a name stops saying what it is about and starts saying what it takes
_INPUT_WORDS = frozenset({"by", "for", "from", "with", "near", "using", "via"})


def one_subject_turns(
    steps: Sequence[Step], calls: Mapping[str, PlannedCall], endpoints: Mapping[str, Endpoint]
) -> list[tuple[Step, ...]]:
    """`steps` (call ids) cut into consecutive messages: a step joins the message before
    it when it is of a piece with that message's calls (see the module)."""
    groups: list[list[Step]] = []
    for step in steps:
        if groups and _belongs(step, [c for s in groups[-1] for c in s], calls, endpoints):
            groups[-1].append(step)
        else:
            groups.append([step])
    return [tuple(g) for g in groups]


def _belongs(step: Step, message: Sequence[str], calls: Mapping[str, PlannedCall],
             endpoints: Mapping[str, Endpoint]) -> bool:
    if any(d in message for c in step for d in calls[c].depends_on):
        return True
    asked = [endpoints[calls[c].endpoint_id] for c in message]
    return any(_of_a_piece(endpoints[calls[c].endpoint_id], e) for c in step for e in asked)


def _of_a_piece(a: Endpoint, b: Endpoint) -> bool:
    # a BFCL function filed under no namespace names no service: its "tool" is the
    # question file it came from, which holds anything from law cases to time zones
    service = service_of(a)
    if service and (a.tool_id == b.tool_id or service == service_of(b)):
        return True
    return bool(subject_words(a.name) & subject_words(b.name))


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

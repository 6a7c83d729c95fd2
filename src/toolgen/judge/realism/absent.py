"""Results without the very quantity the user asked for.

The user asks for France's population; `country_info_population` answers `{"country_id",
"name": "France", "is_active", "created_at"}`. Asked for the capital of Australia, the
result lists `capital_id`, `capital_code` and a description, but no city; asked for a
proton's diameter, four "facts" with texts and authors and no diameter; asked for a
flight's pricing, a flight's times and status and no price; asked for a
flight's status, `status: "available"`, which is a seat's or a room's state, not a
flight's. A reviewer reads a result that does not hold what was asked, whatever the
answer makes of it. Kind `asked_absent`, once per call.

The quantity asked for is named by the endpoint (`country_info_population`,
`capital_by_country`, `science_facts_get_diameter`: the last such word before "by",
"for", "in"...) and by the user (the word, or its plural, in the user's text up to the
call, or a phrase asking for it: "how many people", "how far"). The table below says
which quantities this check knows and which key words answer each (`distance_km`
answers a distance, `inhabitants` a population; a `capitals` list answers a capital by
the `name` or `city` of its items; `area: null` beside "the sides do not form a
triangle" answers that there is none); a key naming a record
(`capital_id`, `capital_code`, `url`) answers nothing. A flight's status is answered
when some `status` value is not a word for something else's state (`available`,
`in stock`, `general`...).

Left alone: calls that make, change or remove a record, failed calls, outputs that are
not JSON objects or lists, empty results (the empty-result checks read those), and
quantities outside the table (`omitted` and `asked` read an endpoint's other nouns).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_gate
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.hollow import asks_for_content
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import has_word, key_tokens, real_steps, singular, words
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "absent"

_DISTANCE = words("distance distances length km kilometers kilometres miles mi meters metres")
_HEIGHT = words("height elevation altitude")
_WEIGHT = words("weight mass")
_SIZE = words("diameter radius size width")
_PRICE = words("price prices pricing fare fares cost costs amount total premium rate value ",
               "close last usd eur gbp fee fees charge charges")
# The quantity an endpoint may be named for -> the key words that answer it.
_ANSWERS: dict[str, frozenset[str]] = {
    "population": words("population inhabitants residents people pop"),
    "capital": words("capital city"),
    "diameter": _SIZE,
    "radius": _SIZE,
    "weight": _WEIGHT,
    "mass": _WEIGHT,
    "distance": _DISTANCE,
    "height": _HEIGHT,
    "elevation": _HEIGHT,
    "altitude": _HEIGHT,
    "area": words("area size km2 sq"),
    "temperature": words("temperature temp celsius fahrenheit"),
    "timezone": words("timezone tz zone offset utc"),
    "speed": words("speed velocity"),
    "velocity": words("speed velocity"),
    "density": words("density"),
    # `flight_ticket_pricing_get` answering a flight's times and status: no price
    "price": _PRICE,
    "pricing": _PRICE,
    "fare": _PRICE,
}
# Key words of an item answering the quantity its list is named for (`capitals: [{name}]`).
_ITEM = words("name city value amount title")
# Last key words that name or date a record: they answer no quantity.
_NAMING = words("id ids uuid guid code codes url uri link href version at key")
_CUT = words("by for from of with in on per to at under using given between")
# A flight's state: the words a `status` of something else holds.
_NOT_FLIGHT = frozenset({"available", "unavailable", "in stock", "out of stock", "sold out",
                         "general", "default", "standard", "basic", "premium", "inactive",
                         "enabled", "disabled", "valid", "invalid", "success", "ok",
                         "paid", "unpaid", "refunded", "shipped", "published", "draft",
                         "open", "closed", "true", "false", "yes", "no", "none"})


@lru_cache(maxsize=4096)
def asked_quantity(function_name: str) -> str | None:
    """The quantity of `_ANSWERS` an endpoint is named for ("flight status" for a flight's
    status), or None."""
    name = name_words(function_name)
    if "flight" in name and "status" in name:
        return "flight status"
    found: str | None = None
    for word in name:
        if word in _CUT:
            break  # `get_zips_in_radius` asks for zip codes, within a radius
        if word in _ANSWERS:
            found = word
    return found


# How people ask for a quantity without naming it.
_SAID = {"population": ("how many people", "people live", "inhabitants", "residents"),
         "distance": ("how far",), "height": ("how tall", "how high"),
         "weight": ("how heavy",), "area": ("how big", "how large")}


def _asked_by_user(thing: str, said: str) -> bool:
    last = thing.split()[-1]
    return has_word(said, last) or has_word(said, last + "s") \
        or any(phrase in said for phrase in _SAID.get(thing, ()))


def _scalar(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, int | float) and not isinstance(value, bool)


def _answers(view: RecordView, call_id: str, thing: str) -> bool:
    """Whether some field of the call's output holds `thing`."""
    wanted = _ANSWERS[thing]
    for holder, obj in view.objects(call_id):
        item_of = singular(key_tokens(holder)[-1]) == thing if key_tokens(holder) else False
        for key, value in obj.items():
            tokens = key_tokens(str(key))
            if not tokens or tokens[-1] in _NAMING:
                continue
            if value is not None and not _scalar(value) \
                    and not (isinstance(value, dict) and value):
                continue  # a null answers: the result says it has none (no triangle)
            if wanted & {singular(t) for t in tokens} or wanted & set(tokens):
                return True
            if item_of and tokens[-1] in _ITEM:
                return True
    return False


def _flight_states(view: RecordView, call_id: str) -> list[str]:
    return [str(v).strip().lower() for k, v in view.leaves(call_id)
            if key_tokens(k)[-1:] == ["status"] and isinstance(v, str)]


def _call_finding(view: RecordView, step: StepTrace) -> Finding | None:
    thing = asked_quantity(step.function_name)
    if thing is None or step.status != "ok" or step.effect is not None \
            or step.call_id not in view.answer_at or not asks_for_content(step.function_name):
        return None
    output = view.output(step.call_id)
    if not isinstance(output, dict | list) or not output:
        return None
    if any(isinstance(n, dict | list) and not n for n in view.nodes(step.call_id)):
        return None  # an empty list or object: the empty-result checks read those
    said = "\n".join(m.content or "" for m in view.record.messages[: view.call_at[step.call_id]]
                     if m.role == "user").lower()
    if not _asked_by_user(thing, said):
        return None
    at = view.answer_at[step.call_id]
    if thing == "flight status":
        states = _flight_states(view, step.call_id)
        if states and all(s in _NOT_FLIGHT for s in states):
            return finding(NAME, "asked_absent", at,
                           f"{step.function_name}: a flight's status was asked; the result "
                           f"says {states[0]!r}, which no flight is")
        return None
    if _answers(view, step.call_id, thing):
        return None
    return finding(NAME, "asked_absent", at,
                   f"{step.function_name}: the user asked for the {thing}; no field of the "
                   "result holds it")


# Only an endpoint named for a quantity of the table can leave it out.
GATE = function_gate(lambda name: asked_quantity(name) is not None)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [f for step in real_steps(view) if (f := _call_finding(view, step)) is not None]

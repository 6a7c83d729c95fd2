"""Free text the user writes, fitted to what the record is about.

Values are drawn one parameter at a time, so a message to customer support right after
booking a flight to Chicago read "Running ten minutes late, see you at the cafe.", a to-do
read "Where is the nearest train station?", and a new list's description "Imported from
the previous system.". `fit_texts(calls, endpoints)` rewrites, once the chain's calls are
planned, each user-stated text drawn from a generic pool by what its slot is for:

- a message to support asks what a customer asks about the thing the chain books or
  orders ("Can I add a checked bag to my flight to Chicago?"; `support_topics`, whose
  answer the executor gives);
- a to-do or task holds a task, not a question or a piece of news;
- a description of a thing being created says what it is for, by its name;
- a note on a company or contact says something about them;
- a bio speaks of its person.

Each rewrite draws from a stream seeded by the call's id and the parameter (so the
record's other draws are untouched) and is deterministic per record seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from toolgen.agents.planner.values_domain import texts
from toolgen.executor.descriptions import ANY_RECORD, CHATTER, REVIEWS
from toolgen.executor.free_text import bio_of
from toolgen.executor.result_kinds import own_words
from toolgen.executor.support_topics import question, topics_for
from toolgen.executor.values import normalize_key, singular
from toolgen.records import Endpoint, PlannedArg, PlannedCall

_GENERIC = (CHATTER | ANY_RECORD | REVIEWS
            | frozenset(texts("message", None)) | frozenset(texts("say", None))
            | frozenset(texts("note", None)))
_TASKS = frozenset(texts("note", None))
_STATED = ("user", "clarification")
_SUPPORT = frozenset({"support", "contact", "complain", "complaint", "help", "helpdesk"})
_SENT = frozenset({"message", "msg", "text", "body", "content", "description", "question"})
_TASK_WORDS = frozenset({"todo", "task", "tasks", "reminder", "checklist"})
_NAMES = ("name", "title", "label", "list_name", "category_name")
_DEST = ("travel_to", "destination", "to", "arrival", "arrival_city", "to_city", "city",
         "location")
_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def fit_texts(calls: Sequence[PlannedCall],
              endpoints: Mapping[str, Endpoint]) -> list[PlannedCall]:
    """`calls` with each generic user-stated text rewritten for its slot."""
    out: list[PlannedCall] = []
    for index, call in enumerate(calls):
        # the thing asked about is the one booked last before the message (a hotel then
        # a flight: support is asked about the flight, whose booking id it is sent);
        # worked out only for a support message, the one text that names it
        thing = partial(_held_at, calls, index, endpoints)
        words = own_words(endpoints[call.endpoint_id])
        given = {a.name: a.value for a in call.arguments if a.source in _STATED}
        args = tuple(_fitted(a, call.call_id, words, given, thing) for a in call.arguments)
        out.append(call if args == call.arguments
                   else call.model_copy(update={"arguments": args}))
    return out


def _fitted(arg: PlannedArg, call_id: str, words: list[str], given: dict[str, Any],
            thing: Callable[[], tuple[str, str]]) -> PlannedArg:
    value = arg.value
    if arg.source not in _STATED or not isinstance(value, str) or value not in _GENERIC:
        return arg
    rng = random.Random(f"{call_id}:{arg.name}")
    said = _said(_last(arg.name), words, given, thing, rng)
    return arg if said is None else arg.model_copy(update={"value": said})


def _said(key: str, own: list[str], given: dict[str, Any],
          thing: Callable[[], tuple[str, str]], rng: random.Random) -> str | None:
    words = set(own)
    booking = any("booking" in k or "order" in k or "reservation" in k for k in given)
    if key in _SENT and (words & _SUPPORT or booking):
        kind, phrase = thing()
        topics = topics_for(kind)
        return question(topics[int(rng.random() * len(topics))], phrase, rng.random)
    if words & _TASK_WORDS and key in ("content", "text", "title", "description", "task",
                                       "note", "item"):
        tasks = sorted(_TASKS)
        return tasks[int(rng.random() * len(tasks))]
    if key == "bio":
        return bio_of({k: v for k, v in given.items() if isinstance(v, str)}, rng.random)
    name = next((v for k, v in given.items()
                 if normalize_key(k) in _NAMES and isinstance(v, str) and v.strip()), "")
    kind = _made_kind(own)
    if key in ("description", "desc", "about") and kind in _CORRECTIONS:
        return _correction(_corrected(own), rng)
    if key in ("description", "desc", "about"):
        return _description(kind, name, given, rng)
    if key in ("note", "notes") and kind in ("company", "contact", "customer", "client"):
        who = name or f"this {kind}"
        notes = (f"{who} prefers to be contacted by email.",
                 f"Renewal talks with {who} start next quarter.",
                 f"Met {who} at the trade fair; follow up in two weeks.")
        return notes[int(rng.random() * len(notes))]
    return None


def _description(kind: str, name: str, given: dict[str, Any], rng: random.Random) -> str:
    """What the owner of a new `kind` writes as its description: what it is for."""
    start = next((v for k, v in given.items() if "start" in k and isinstance(v, str)), "")
    end = next((v for k, v in given.items() if "end" in k and isinstance(v, str)), "")
    shapes: tuple[str, ...]
    if kind in _MONEY_MOVED:
        # a payment's description is what it pays for: "My payment, started this week."
        # came back 14 times in 120 records (bundled seed 83)
        shapes = _MEMOS
    elif name:
        shapes = (f"{_a(kind).capitalize()} for {name}.", f"{name}: our {kind} for the team.",
                  f"The {kind} we use for {name}.")
    elif start and end:
        shapes = (f"{kind.capitalize()} from {start} to {end}.",
                  f"Covers {start} to {end}.")
    else:
        shapes = (f"My {kind}, started this week.", f"A {kind} to share with friends.")
    return shapes[int(rng.random() * len(shapes))]


_MONEY_MOVED = frozenset({"payment", "transfer", "charge", "payout", "invoice", "refund",
                          "transaction", "remittance", "deposit"})
# Things of tens of euros or dollars, as most payments drawn are: no rent paid with 37.70
_MEMOS = ("Dinner at the Italian place, split three ways.", "Concert tickets for Friday.",
          "Groceries for the week.", "My share of the taxi from the airport.",
          "Half of the electricity bill.", "Birthday present for Sam.",
          "Takeaway on Friday night.")


# A change proposed, a correction, an edit: what is made is a report of what is wrong, so
# its description says that ("My change, started this week." says nothing of it).
_CORRECTIONS = frozenset({"change", "correction", "edit", "fix", "amendment", "suggestion"})


def _corrected(words: list[str]) -> str:
    """What the change is to (`propose_venue_change` -> venue), or "listing"."""
    nouns = [w for w in words if w.isalpha() and w not in _MAKING
             and singular(w) not in _CORRECTIONS]
    return singular(nouns[-1]) if nouns else "listing"


def _correction(thing: str, rng: random.Random) -> str:
    """What a person proposing a change to `thing` writes: what is wrong and what is so."""
    shapes = (f"The opening hours shown for this {thing} are out of date; it now opens at 9am.",
              f"The {thing}'s phone number is wrong; the new one is on their website.",
              f"This {thing} moved to the next street over last month.",
              f"The {thing} closed for good in the spring.")
    return shapes[int(rng.random() * len(shapes))]


def _held_at(calls: Sequence[PlannedCall], index: int,
             endpoints: Mapping[str, Endpoint]) -> tuple[str, str]:
    """`_held_thing` for the call at `index`: the calls before it, latest first, then it
    and the calls after it."""
    return _held_thing([*reversed(calls[:index]), *calls[index:]], endpoints)


def _held_thing(calls: Sequence[PlannedCall],
                endpoints: Mapping[str, Endpoint]) -> tuple[str, str]:
    """What the customer holds in this chain, as (kind, how they say it): ("booking",
    "my flight to Chicago"), ("order", "my order")."""
    for call in calls:
        words = set(own_words(endpoints[call.endpoint_id]))
        given = {normalize_key(a.name): a.value for a in call.arguments
                 if a.source in _STATED}
        dest = next((v for k in _DEST if isinstance(v := given.get(k), str) and v), "")
        if "flight" in words or "flights" in words:
            return "booking", f"my flight to {dest}" if dest else "my flight"
        if "hotel" in words or "hotels" in words or "room" in words:
            return "hotel", f"my hotel booking in {dest}" if dest else "my hotel booking"
        if words & {"order", "orders", "cart", "checkout", "purchase"}:
            return "order", "my order"
    return "booking", "my booking"


_MAKING = frozenset({"create", "add", "new", "update", "set", "get", "define", "custom",
                     "translated"})


def _made_kind(words: list[str]) -> str:
    """The noun of the thing an endpoint makes (`add_list_for_foursquare` -> list)."""
    nouns = [w for w in words if not w[:1].isdigit() and w not in _MAKING]
    return singular(nouns[-1]) if nouns else "entry"


def _a(phrase: str) -> str:
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def _last(key: str) -> str:
    parts = normalize_key(_SPLIT.sub("_", key)).split("_")
    return parts[-1] if parts else ""

"""What a call that DID something answers: the thing it did, not a drawn stranger.

Three answers a reviewer rejected:

- `retweet(tweet_id=1022407)` -> `{"retweet_status": "available"}`: a social action
  (retweet, comment, reply, mention, like, follow, share, post) answers with the status
  its verb leaves (`retweeted`, `posted`...) in each top-level free-text status field,
  and names the post it acted on (the sent `tweet_id`);
- `flight_status_check` -> `"status": "available"`: a status check of a flight, an
  order or a ticket answers with a status of that thing's life (scheduled, on time,
  delayed, boarding, departed, landed, cancelled for a flight);
- `define_custom_period(description=...)` -> `{"name": "Jonas Lindgren", ...}`: an
  endpoint that makes or sets something (create, define, add, set, register...) and is
  not about a person answers with the made thing, so a top-level `name` that is a drawn
  person's name (a first name of the person pools, not sent) becomes the name or title
  the call sent, else goes, and the answer says the thing is `created`.

`acted_finish(endpoint, shape, first_names)` returns the step for an endpoint (None when
none applies), worked out once per endpoint; the step is a finish step `(output, args,
rng)`, run after the endpoint's own (`chain`).
Deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# A social verb -> the status the post (or the action on it) has once it is done.
_SOCIAL = {"retweet": "retweeted", "repost": "reposted", "comment": "posted",
           "reply": "posted", "mention": "sent", "like": "liked", "follow": "following",
           "share": "shared", "tweet": "posted"}
# The statuses in a thing's life a status check answers with.
_LIFE = {
    "flight": ("scheduled", "on time", "delayed", "boarding", "departed", "landed",
               "cancelled"),
    "order": ("processing", "shipped", "out for delivery", "delivered"),
    "shipment": ("in transit", "out for delivery", "delivered"),
    "package": ("in transit", "out for delivery", "delivered"),
    "ticket": ("open", "in progress", "resolved"),
}
# How often a status check draws each status: most flights are on time, and none has
# departed or landed (the record states no "now" its departure time could be before).
_LIFE_WEIGHTS = {"flight": (3, 5, 2, 1, 0, 0, 0)}
_MAKING = frozenset({"create", "define", "add", "set", "register", "new", "make", "configure",
                     "schedule", "setup", "insert"})
_PEOPLE = frozenset({"user", "users", "customer", "contact", "person", "people", "employee",
                     "member", "profile", "account", "author", "player", "patient", "student",
                     "guest", "passenger", "driver", "staff", "candidate", "friend",
                     "follower", "artist", "owner", "agent", "name"})
_SENT_NAMES = ("name", "title", "label", "description")


def acted_finish(endpoint: Endpoint, shape: Any, first_names: frozenset[str]) -> Finish | None:
    """The finish step for `endpoint` (module doc), or None."""
    words = [w for w in own_words(endpoint) if not w.isdigit()]
    props = shape.get("properties") if isinstance(shape, dict) else None
    top = props if isinstance(props, dict) else {}
    verb = next((w for w in words if w in _SOCIAL), None)
    if verb is not None and not ({"get", "list", "search", "view", "retrieve"} & set(words)):
        return _social(_SOCIAL[verb], _free_statuses(top))
    if "status" in words:
        life = next((w for w in words if w in _LIFE), None)
        if life is None:
            life = next((k for k in _LIFE if any(normalize_key(p.name) == f"{k}_id"
                                                 for p in endpoint.parameters)), None)
        if life is not None and "status" in top and "enum" not in top["status"]:
            return _life_status(_LIFE[life], _LIFE_WEIGHTS.get(life))
    if words and words[0] in _MAKING and not _PEOPLE & set(words) and "name" in top:
        return _made_name(first_names)
    return None


def _free_statuses(top: dict[str, Any]) -> tuple[str, ...]:
    return tuple(k for k, v in top.items() if normalize_key(k).endswith("status") and not (
        isinstance(v, dict) and "enum" in v))


def _social(done: str, keys: tuple[str, ...]) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        for k in keys:
            if isinstance(output.get(k), str):
                output[k] = done
        for name, value in args.items():
            # the post acted on: a retweet names the tweet it retweets
            if name.endswith("_id") and name not in output and isinstance(value, (int, str)):
                output[name] = value

    return step


def _life_status(life: tuple[str, ...], weights: tuple[int, ...] | None) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if isinstance(output, dict) and isinstance(output.get("status"), str) and (
                output["status"] not in life):
            output["status"] = rng.choices(life, weights)[0]

    return step


def _made_name(first_names: frozenset[str]) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        name = output.get("name") if isinstance(output, dict) else None
        if not isinstance(name, str) or name in args.values():
            return
        first = name.split(" ", 1)[0]
        if " " not in name or first not in first_names:
            return
        said = next((args[k] for k in _SENT_NAMES if isinstance(args.get(k), str)), None)
        if said is not None and said != output.get("description"):
            output["name"] = said
        else:
            del output["name"]  # a made thing named by no one: no stranger's name either
        # what the call made is done: it says so
        output.setdefault("status", "created")

    return step


def chain(first: Finish | None, then: Finish | None) -> Finish | None:
    """`first`, then `then` (either may be None)."""
    if first is None or then is None:
        return first or then

    def both(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        first(output, args, rng)
        then(output, args, rng)

    return both

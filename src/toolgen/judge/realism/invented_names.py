"""Names on results that are not named things: a statistic called "Wild Canyon".

A reviewer reads what an output object is (its `<kind>_id` and `<kind>_type` keys, the
list that holds it, the endpoint that returned it) and knows that statistics, scores,
positions, submissions, calculations, conversions or download results carry no proper
name. An object of such a kind whose `name` is a made-up title (two capitalised English
words the user never said: "Amber Compass", "Copper Atlas") is invented. So is a second
name on a thing the output already names by its kind (`discovery: "Gravity"` and
`name: "Copper Garden"`). Kind `invented_name`.

Person names (a first and a last name from Faker's lists) and names the user or a call gave are left
alone; search results are named things (a search for restaurants lists restaurants).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import singular
from toolgen.judge.realism.vocabulary import supplied_text, trained_calls, words_in
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding
from toolgen.registry.english import is_known

NAME = "invented_names"

UNNAMED = frozenset({
    "statistic", "statistics", "stat", "stats", "score", "scores", "walkscore", "position",
    "positions", "submission", "result", "calculation", "calculator", "calc", "conversion",
    "translation", "rate", "analysis", "analyse", "analyze", "verification", "estimate",
    "forecast", "prediction", "metric", "measurement", "reading", "count", "total",
    "ranking", "rank", "balance", "distance", "duration", "exchange", "transaction",
    "payment", "ticket", "booking", "reservation", "review", "comment", "log",
    "validation", "check", "figure", "quote", "bmi", "calorie", "nutrition",
    "loan", "mortgage", "interest", "tax", "price", "status", "token", "invoice",
    "capacity", "checkin", "value", "link", "url", "node", "history",
    "scan", "tip", "point", "hash", "attribute", "encrypt", "encryption", "message",
    "interval", "test", "row", "address", "redacted", "messageid", "emoji",
    "correction", "information", "info", "alias", "setting",
    "session", "request", "response", "job", "detail", "thumbnail", "avatar", "banner",
    "definition", "synonym", "number", "code", "key", "version", "alert", "notification",
    "coordinate", "timezone", "unit", "sample", "mutation", "ratio", "root", "equation",
    "area", "structure", "energy", "displacement", "year", "date", "dna", "sequence",
})
"""Kinds of thing that have no proper name of their own."""
# What an endpoint returns when its name says so, whatever the object's keys.
_UNNAMED_ENDPOINT = frozenset({"statistic", "stat", "score", "walkscore", "calculation",
                               "calculator", "conversion", "analyse", "analyze", "analysis",
                               "position", "verification", "result", "estimate", "forecast",
                               "prediction", "metric", "translation"})
# Kinds named by a person's name: a president called "Hidden Lantern" is invented.
PERSONS = frozenset({"president", "pope", "author", "artist", "musician", "player", "customer",
                     "passenger", "employee", "patient", "doctor", "student", "teacher",
                     "actor", "composer", "scientist", "inventor", "founder", "ceo",
                     "candidate", "senator", "king", "queen", "emperor", "person", "driver",
                     "guest", "lawyer", "attorney", "judge", "suspect", "witness", "tenant",
                     "physician", "nurse", "painter", "writer", "poet", "singer", "athlete"})
_SEARCHING = frozenset({"search", "find", "lookup", "query", "list", "browse", "discover"})
_TITLE = re.compile(r"[A-Z][a-z]{2,} [A-Z][a-z]{2,}")


_LOCALES = ("en_US", "en_GB", "en_IE", "es_ES", "de_DE", "fr_FR", "it_IT", "pt_BR", "nl_NL")


@cache
def _person_names() -> tuple[frozenset[str], frozenset[str]]:
    """First and last names of Faker's person providers for a few common locales."""
    import importlib

    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        firsts.update(getattr(provider, "first_names", ()))
        lasts.update(getattr(provider, "last_names", ()))
    return frozenset(firsts), frozenset(lasts)


def made_up_title(name: Any) -> bool:
    """Two capitalised English words that are not a person's name ("Silver Grove")."""
    if not isinstance(name, str) or not _TITLE.fullmatch(name):
        return False
    first, second = name.split()
    firsts, lasts = _person_names()
    if first in firsts and second in lasts:
        return False  # "Hunter Green" is a person; "Amber Compass" is not
    return is_known(first.lower()) and is_known(second.lower())


def _person_like(name: str) -> bool:
    """A first name or a last name in it ("Sofia Navarro", "Marcus Ashford")."""
    first, _, second = name.partition(" ")
    firsts, lasts = _person_names()
    return first in firsts or second in lasts or not is_known(second.lower())


def _kinds(holder: str, obj: dict[str, Any]) -> set[str]:
    kinds = {singular(w) for w in words_in(holder)} if holder else set()
    for key in obj:
        low = str(key).lower()
        for suffix in ("_id", "_type"):
            if low.endswith(suffix) and len(low) > len(suffix):
                kinds.add(singular(low[: -len(suffix)]))
    return kinds


def _endpoint_words(function_name: str) -> set[str]:
    return {singular(w) for w in words_in(function_name.split("_for_", 1)[0])}


def _why(function_name: str, holder: str, obj: dict[str, Any], given: str) -> str | None:
    name = obj.get("name")
    if not made_up_title(name) or str(name).lower() in given:
        return None
    endpoint = _endpoint_words(function_name)
    searching = bool(endpoint & _SEARCHING)
    # A search lists named things under whatever key ("value" in Bing's answers).
    kinds = _kinds("" if searching else holder, obj) | (endpoint & _UNNAMED_ENDPOINT)
    unnamed = sorted(k for k in kinds & UNNAMED
                     if not (k == "result" and searching))
    if unnamed:
        return f"a {unnamed[0]} is named {name!r}, which names nothing"
    persons = sorted((kinds | (endpoint if not holder else set())) & PERSONS)
    if persons and not _person_like(str(name)):
        return f"a {persons[0]} is named {name!r}, which is no person's name"
    for key, value in obj.items():
        if (key != "name" and singular(str(key).lower()) in endpoint and isinstance(value, str)
                and value[:1].isupper() and value != name and value.lower() in given):
            return f"the {key} {value!r} is also named {name!r}, a name of nothing"
    return None



# Only an object's `name` can be a made-up title.
GATE = output_keys_gate(lambda key: key == "name")


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: str | None = None
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        for holder, obj in view.objects(call.call_id):
            if not made_up_title(obj.get("name")):
                continue  # `_why` is None: no made-up title to judge
            if given is None:  # what the conversation supplied, read for the first title
                given = supplied_text(view)
            why = _why(call.name, holder, obj, given)
            if why:
                out.append(finding(NAME, "invented_name", call.answer_index,
                                   f"{call.name}: {why}"))
                break
    return out



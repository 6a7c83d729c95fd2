"""Whether offline generation can make a believable call and result for an endpoint.

Real corpora hold endpoints whose definition gives the generator nothing to work with: a
transform (extract, classify, translate...) that takes no input, a create or update that
does not say what it creates or changes, a read of one object with no id, a name in
another script, another language or a keyboard mash, placeholders, API plumbing (swagger,
UI configuration), a read of "stats" or "data" with no parameters, schema or example, an
argument that is an in-memory program object. Their calls come out as invented generic
lists ("Unlockconnector #623", 601 of them).

`assess(endpoint)` names what is wrong, as reason codes of `REASONS` (empty: realisable),
from the endpoint's definition only: display name, description, parameters, response
schema and where the schema came from. `assess_endpoints` does a whole corpus and counts
per reason; `askable` says whether a user can name the endpoint's capability in a
missing-tool turn. What the words say (verbs, generic nouns, transforms...) is
`registry.endpoint_words`; English words, and glued names split, come from
`registry.english` (wordninja's Wikipedia unigram list).
Deterministic, no network. This module decides nothing about sampling: callers choose
what to do with the verdicts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from toolgen.records import Endpoint, Parameter
from toolgen.registry.endpoint_words import (
    DELETE,
    READ,
    SEEK,
    SELF_CONTAINED,
    TRANSFORM_STEMS,
    WRITE,
    action_words,
    adds_content,
    content_words,
    first_verb,
    head_is_generic,
    is_placeholder,
    is_transform,
    mostly_foreign,
    name_words,
    non_latin,
    norm_param,
    specific_schema,
)
from toolgen.registry.english import Words, english_words, unsayable, words_of

REASONS: dict[str, str] = {
    "non_latin_name": "name in a non-Latin script",
    "unreadable_name": "name and description hold no English word (a mash, a URL, "
                       "another language)",
    "not_english": "name and description mostly in another language",
    "placeholder_name": "a placeholder (test, demo, default, a bare HTTP method) the "
                        "description says no more about",
    "api_plumbing": "API plumbing, not a user's task (swagger, API docs, UI or security "
                    "configuration, health check, echo)",
    "glued_name": "a glued identifier (getsleepreport) with nothing else to go on: no "
                  "input, response shape or description",
    "no_input_transform": "a transform (extract, classify, translate, analyse...) that "
                          "takes no input",
    "no_input_write": "a create, update or command that takes no input",
    "input_not_accepted": "its name or description asks for an input (an id, 'by "
                          "address', 'the given text') it takes no parameter for",
    "program_object_input": "needs an in-memory program object (a JDBC session, a DOM "
                            "element, a callback) no conversation can hold",
    "generic_read": "a read of a generic noun (stats, data, info...) with no input, "
                    "response shape or description",
    "unsayable_name": "a name a person cannot say (judget0, calorieninjas.p: letters "
                      "glued to digits, a stray letter, no English word) and a description "
                      "that says no more",
}

_MAX_TEXT = 600
_DESCRIPTION_WORDS = 300  # what a description's words are judged on (its opening)

_PLUMBING = re.compile(
    r"swagger|api[\s_-]?docs?\b|openapi|ui[\s_-]?configuration|security[\s_-]?configuration|"
    r"health[\s_-]?check|healthz|^ping$|heartbeat|\bcsrf\b|actuator|^(?:get )?/?anything$|"
    r"^/?docs?$|^/?status/\d+$|graph[\s_-]?ql",
    re.IGNORECASE,
)
# A read of any one ("a random joke") or of them all needs nothing to say which.
_ANY_ONE = frozenset({"random", "all", "every", "latest", "today", "trending", "popular", "top",
                      "nearest", "nearby", "current", "my"})
# Parameters that only shape the result: a transform given only these has no input.
_CONTROL_PARAMS = frozenset({
    "format", "output", "output_format", "outputformat", "response_format", "type", "mode",
    "lang", "language", "locale", "target", "target_lang", "target_language", "to", "from",
    "source", "source_lang", "source_language", "version", "callback", "pretty", "model",
    "limit", "page", "offset", "per_page", "sort", "order", "encoding", "charset",
})
# Header plumbing a corpus lists as parameters: no input a user gives.
_HEADER_PARAMS = frozenset({"content_type", "accept", "user_agent", "authorization",
                            "x_requested_with", "cache_control", "accept_encoding",
                            "accept_language", "origin", "referer", "connection", "host"})
# A description of what the caller must send (with no parameter to send it in).
_ASKS_INPUT = re.compile(
    r"\b(?:given|provided|providing|specified|specifying|supplied|in (?:the )?(?:route|path|"
    r"url|payload)|request body|json (?:payload|body|request|object|post)|post data|"
    r"parameters?|payload|body|inputs?|(?:pass|enter|takes?|accepts?|accepting|send) "
    r"(?:a|an|the|your|in)|(?:^|[.!] )pass \w+|"
    r"feed (?:in )?(?:a|an|the)|input (?:text|data|image|file|url)|by its id|by id|"
    r"with (?:its|the|an?) id|(?:a|the) (?:particular|specific|certain|single) |"
    r"(?:of|for|about|from) (?:a|an) (?!random|few|list|lot|variety|number|range|set|"
    r"collection|selection|series|wide|large|huge|new|json|simple|single)\w+)\b",
    re.IGNORECASE,
)
# "Retrieve a lead", "view an event": one object, named by nothing.
_ONE_BY_ID = re.compile(r"^(?:retrieve|view|show|read|fetch) (?:a|an) ")
_ONE_OBJECT = frozenset({"specific", "particular", "single", "existing", "given", "id", "byid"})
# "Search By Name" with no name to search by; "Top Gainers By
# Performance" is an order, not an input.
_BY_INPUT = re.compile(
    r"\bby (?:its |their |the |a |an )?(?!performance|fundamentals?|technical|"
    r"price|popularity|ratings?|volume|relevance|default|all|ai|google|bing|multiple|"
    r"different|various|every|each|today|now|the|a|an)[a-z]+")
# BFCL's multi-turn functions open with their class ("This tool belongs to the Message API,
# which is used to manage user interactions in a workspace. Tool description: ...").
_PREAMBLE = re.compile(r"^.*?\bTool description:\s*", re.DOTALL)
_PROGRAM_OBJECT = re.compile(
    r"\b(?:object|instance|session|context|buffer|stream|factory|function|callback|monitor|"
    r"task|parser|builder|listener|handler|element|node|connection|socket|class|coroutine|"
    r"thread|iterator|dom|entity|controller|manager|provider|executor|channel|printstream)\b",
    re.IGNORECASE)
_HEX_ID = re.compile(r"^[0-9a-fA-F]{6,}(?:-[0-9a-fA-F]+)*$")
_LINKS = re.compile(r"!?\[[^\]]*\]\([^)]*\)|https?://\S+|<[^>]+>")


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdicts on a set of endpoints: the ones set aside and why."""

    total: int
    set_aside: dict[str, tuple[str, ...]]

    @property
    def kept(self) -> int:
        return self.total - len(self.set_aside)

    def counts(self) -> dict[str, int]:
        """Endpoints per reason (one with two reasons counts under both), in `REASONS`
        order; reasons no endpoint has are left out."""
        seen = Counter(r for reasons in self.set_aside.values() for r in reasons)
        return {r: seen[r] for r in REASONS if seen[r]}

    def realisable(self, endpoint_id: str) -> bool:
        return endpoint_id not in self.set_aside

    def as_dict(self) -> dict[str, Any]:
        """The `set_aside` entry of a build's `stats.json`: counts per reason, then every
        endpoint set aside (sorted by id) with its reasons."""
        return {
            "endpoints": len(self.set_aside),
            "of": self.total,
            "by_reason": self.counts(),
            "reasons": {r: REASONS[r] for r in self.counts()},
            "ids": {i: list(self.set_aside[i]) for i in sorted(self.set_aside)},
        }


def assess_endpoints(endpoints: Iterable[Endpoint]) -> Assessment:
    """Every endpoint's verdict; only the ones set aside are listed."""
    total = 0
    aside: dict[str, tuple[str, ...]] = {}
    for endpoint in endpoints:
        total += 1
        reasons = assess(endpoint)
        if reasons:
            aside[endpoint.id] = reasons
    return Assessment(total, aside)


def assess(endpoint: Endpoint) -> tuple[str, ...]:
    """The reasons (codes of `REASONS`) the endpoint cannot be realised believably."""
    inputs = tuple(p.name for p in endpoint.parameters if norm_param(p.name) not in _HEADER_PARAMS)
    # The tool's name, the method and the response shape matter only to an endpoint
    # without inputs (`_no_input_reasons`, `first_verb`; an input alone rules `glued_name`
    # out): the others' schemas are not walked, and leaving these out of their memo key
    # lets endpoints alike in every other way share a verdict.
    if inputs:
        reasons = _assess(endpoint.name, endpoint.description, "", "", inputs, False)
    else:
        shaped = (endpoint.response_source != "inferred"
                  and specific_schema(endpoint.response_schema))
        reasons = _assess(endpoint.name, endpoint.description, endpoint.tool_name,
                          endpoint.method.upper(), inputs, shaped)
    if any(_program_object(p) for p in endpoint.parameters):
        reasons = (*reasons, "program_object_input")
    return reasons


def askable(endpoint: Endpoint) -> bool:
    """Whether a user can ask for what the endpoint does in its own words: realisable, and
    its name holds an English word that says what it is about and nothing unreadable (not
    "mkdir", not "il", not a glued "ConvertrawresourceID")."""
    return not assess(endpoint) and names_its_capability(endpoint)


def names_its_capability(endpoint: Endpoint) -> bool:
    """The name part of `askable`: its name holds an English word that says what it is
    about and nothing unreadable (for a caller that has the endpoint's verdict already)."""
    if _ROUTE_NAME.search(endpoint.name):
        return False
    name = name_words(endpoint.name)
    return bool(content_words(name)) and not name.unknown and not name.glued


# A FastAPI-style operation id spells the route and its method ("get_standrows_mrt__train_
# no__wagons__wagon_no__standrows_get"): path parameters, not words a user asks with.
_ROUTE_NAME = re.compile(r"__.*_(?:get|post|put|patch|delete)$", re.IGNORECASE)


def _program_object(param: Parameter) -> bool:
    """A required argument with no JSON type that the description calls a program object
    (BFCL's Java and JavaScript functions: "The JDBCSession object", "The PrintStream")."""
    return (param.required and "type" not in param.json_schema
            and bool(_PROGRAM_OBJECT.search(param.description)))


class _Texts:
    """An endpoint's name and description words; the description's only when a rule needs
    them (most endpoints with inputs and an English name never do)."""

    def __init__(self, name: str, description: str) -> None:
        self.name = name
        text = description[:_MAX_TEXT]
        # The lazy preamble pattern scans the whole text: only run it when it can match.
        self.description = _PREAMBLE.sub("", text) if "Tool description:" in text else text
        self.name_w = name_words(name)

    @cached_property
    def desc_w(self) -> Words:
        return words_of(_LINKS.sub(" ", self.description[:_DESCRIPTION_WORDS]), split=False)

    @cached_property
    def asks_input(self) -> bool:
        """The description says what the caller must send (`_ASKS_INPUT`)."""
        return bool(_ASKS_INPUT.search(_LINKS.sub(" ", self.description)))

    @cached_property
    def informative(self) -> bool:
        return adds_content(self.desc_w, self.name_w)

    def foreign(self) -> bool:
        # An English name over an ASCII description is English enough; checking every
        # description's words would cost more than it finds.
        if not self.name_w.unknown and self.description.isascii():
            return False
        return mostly_foreign(self.name_w, self.desc_w)


@lru_cache(maxsize=16384)
def _assess(name: str, description: str, tool: str, method: str, inputs: tuple[str, ...],
            shaped: bool) -> tuple[str, ...]:
    texts, named = _read(name, description)
    reasons = list(named)
    if texts.name_w.glued and not (inputs or shaped or reasons or texts.informative):
        reasons.append("glued_name")
    action = action_words(name)
    if not inputs:
        opening = texts.desc_w.words[:3]
        if not content_words(texts.name_w) or any(w.startswith(TRANSFORM_STEMS) for w in opening):
            # "check": "check profanity"; "Download URL": "Analyze shared links..."
            action = (*action, *opening)
        # A name with no verb ("comment": "add a comment on the movie") does what its
        # description's first words say.
        verb = first_verb(action, tool) or first_verb(
            tuple(w for w in texts.desc_w.words[:3] if w in WRITE or w in DELETE))
        reasons.extend(_no_input_reasons(texts, action, verb, method, shaped))
    elif is_transform(action) and all(norm_param(p) in _CONTROL_PARAMS for p in inputs):
        reasons.append("no_input_transform")
    return tuple(dict.fromkeys(reasons))


@lru_cache(maxsize=16384)
def _read(name: str, description: str) -> tuple[_Texts, tuple[str, ...]]:
    """An endpoint's texts and the reasons its name and description alone give (shared
    by endpoints of the same name and description whatever their inputs)."""
    texts = _Texts(name, description)
    return texts, tuple(_name_reasons(texts))


def _name_reasons(texts: _Texts) -> list[str]:
    reasons: list[str] = []
    name, name_w = texts.name, texts.name_w
    if non_latin(name):
        reasons.append("non_latin_name")
    elif _HEX_ID.match(name.strip()) or not (english_words(name_w) or english_words(texts.desc_w)):
        reasons.append("unreadable_name")
    elif texts.foreign():
        reasons.append("not_english")
    elif is_placeholder(name_w) and not texts.informative:
        reasons.append("placeholder_name")
    elif unsayable(name) and not texts.informative:
        reasons.append("unsayable_name")
    if _plumbing(name.strip()) or _plumbing(" ".join(name_w.words)):
        reasons.append("api_plumbing")
    return reasons


# Every alternative of `_PLUMBING` spells one of these words: an ASCII text holding none
# of them (nearly every name) cannot match, and a case-sensitive search of its lower case
# is far cheaper than the case-insensitive scan. Other texts are scanned (IGNORECASE folds
# some non-ASCII letters onto ASCII ones, which `str.lower` does not).
_PLUMBING_WORDS = ("swagger", "api", "configuration", "health", "ping", "heartbeat", "csrf",
                   "actuator", "anything", "doc", "status", "graph")
_PLUMBING_HINT = re.compile("|".join(_PLUMBING_WORDS))


def _plumbing(text: str) -> bool:
    if text.isascii() and not _PLUMBING_HINT.search(text.lower()):
        return False
    return bool(_PLUMBING.search(text))


def _no_input_reasons(texts: _Texts, action: tuple[str, ...], verb: str, method: str,
                      shaped: bool) -> list[str]:
    """Reasons of an endpoint that takes no input (no parameter, or only headers)."""
    if is_transform(action):
        return ["no_input_transform"]
    self_contained = verb in SELF_CONTAINED
    if not self_contained and (verb in WRITE
                               or (verb not in READ and method in ("PUT", "PATCH"))):
        return ["no_input_write"]
    if set(action) & _ANY_ONE:
        return []
    if not self_contained and (verb in DELETE or verb in SEEK or method == "DELETE"):
        return ["input_not_accepted"]
    said = " ".join(action)
    if (_BY_INPUT.search(said) or set(action) & _ONE_OBJECT or _ONE_BY_ID.search(said)
            or _ASKS_INPUT.search(said) or texts.asks_input):
        return ["input_not_accepted"]
    if not (shaped or texts.informative) and head_is_generic(texts.name_w):
        return ["generic_read"]
    return []



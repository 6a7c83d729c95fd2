"""Field vocabulary of the endpoint graph: output fields, name tokens, entities, match keys.

This module owns how a response schema is flattened into output fields (paths such as
`results[].id`), how names are normalised into tokens, how the entity an ID refers to is
inferred (`hotels[].id` is a hotel id), and the *match keys* that the edge rules index.
An output field and an input parameter can be connected when they share a match key.
It must not decide which edges exist (that is `edges.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from toolgen.records import Endpoint, Parameter

# Schemas from real corpora nest deep (16 levels) and hold thousands of keys; the graph
# only needs the fields near the top, so flattening is bounded both ways.
MAX_DEPTH = 6
MAX_FIELDS = 256

# Last tokens that make a field a reference to an entity (what chains are built from).
REF_TOKENS = frozenset({"id", "uuid", "guid", "code", "slug", "sku", "ref", "reference",
                        "number", "symbol", "iata", "isbn", "handle", "username"})

# Words that make `<word>_code` / `<word>_number` a status or a page, not a reference.
NOISE_WORDS = frozenset({"status", "error", "response", "http", "result", "return", "exit",
                         "page", "total", "count", "version", "message", "reason", "state"})

# Plain attributes worth chaining although they are not references (a hotel's city can
# seed a restaurant search). Kept short: every extra word multiplies edges on big corpora.
ATTRIBUTE_KEYS = frozenset({"city", "country", "currency", "email", "language", "seat",
                            "timezone", "postcode", "zip_code", "airline"})

# Container names that say nothing about what they hold; the endpoint's entity is used.
GENERIC_CONTAINERS = frozenset({"", "result", "results", "data", "item", "items", "record",
                                "records", "list", "entry", "entries", "response", "payload",
                                "hit", "hits", "value", "values", "content", "object",
                                "objects", "row", "rows", "node", "nodes", "doc", "docs",
                                "body", "output", "page", "match", "matches"})

# Words of an endpoint name that are actions or filler, not the entity it is about.
NAME_STOPWORDS = frozenset({
    "get", "search", "list", "find", "fetch", "show", "view", "read", "create", "add", "new",
    "update", "edit", "delete", "remove", "cancel", "book", "buy", "place", "check", "make",
    "detail", "details", "info", "information", "by", "all", "the", "a", "an", "of", "for",
    "to", "from", "in", "on", "with", "api", "v1", "v2", "v3", "id", "ids", "availability",
    "retrieve", "lookup", "query", "my", "and", "or", "post", "put", "patch", "endpoint",
})

# Leading words naming the role of an argument rather than its entity
# (`from_currency`, `origin_airport`, `target_user_id`).
ROLE_TOKENS = frozenset({"from", "to", "base", "target", "source", "src", "dest", "dst",
                         "destination", "origin", "new", "old", "primary", "secondary",
                         "input", "output", "quote", "other"})

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_ALNUM = re.compile(r"[a-z0-9]+")

# Match qualities: a perfect name match beats an inferred entity beats a role-stripped
# or attribute match. They become data-flow edge weights.
Q_EXACT = 1.0
Q_CONTAINER = 0.95
Q_ENDPOINT = 0.9
Q_ROLE = 0.85
Q_ATTRIBUTE = 0.6


class OutputField(NamedTuple):
    """One leaf of a response: its path (`results[].id`), leaf tokens and JSON type (a
    named tuple: a big corpus flattens half a million of them)."""

    path: str
    tokens: tuple[str, ...]
    container: str
    json_type: str


class MatchKey(NamedTuple):
    """A normalised key shared by compatible outputs and inputs, with its match quality (a
    named tuple: a big corpus makes hundreds of thousands, and a frozen dataclass is slow
    to make)."""

    key: str
    quality: float


@lru_cache(maxsize=1 << 16)
def tokens(name: str) -> tuple[str, ...]:
    """Normalised word tokens: camelCase and any punctuation split, lower case."""
    low = name.lower()
    if low != name:  # else there is no capital, and so no camelCase boundary to split
        low = _CAMEL.sub(" ", name).lower()
    # The runs of letters and digits (splitting at the rest would leave empty pieces).
    return tuple(_ALNUM.findall(low))


def singular(word: str) -> str:
    """A cheap English singular, good enough for container and argument names."""
    if word == "ids":
        return "id"
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


_TYPE_ALIASES = {"dict": "object", "float": "number", "int": "integer", "str": "string",
                 "bool": "boolean", "list": "array"}


def schema_type(schema: dict[str, Any]) -> str:
    """The JSON type of a schema node ('' when unknown); the first non-null of a union."""
    raw = schema.get("type")
    if raw.__class__ is str:  # the common case, checked first: this runs per schema node
        return _TYPE_ALIASES.get(raw, raw)
    if isinstance(raw, list):
        raw = next((t for t in raw if isinstance(t, str) and t != "null"), None)
        if isinstance(raw, str):
            return _TYPE_ALIASES.get(raw, raw)
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return ""


def flatten_schema(schema: object) -> list[OutputField]:
    """Leaves of a response schema with their paths, bounded in depth and count."""
    found: list[OutputField] = []
    if isinstance(schema, dict):
        _collect(schema, "", "", "", 0, found)
    return found


def _collect(schema: dict[str, Any], path: str, last: str, container: str, depth: int,
             found: list[OutputField]) -> None:
    """Append the leaves under `schema`; `last` is the path's last segment (`hotels[]`),
    `container` names the enclosing object or list.

    A plain recursive function rather than nested generators: this runs on every schema of
    a 47k-endpoint corpus.
    """
    if depth > MAX_DEPTH or len(found) >= MAX_FIELDS:
        return
    kind = schema_type(schema)
    if kind == "array":
        items = schema.get("items")
        if isinstance(items, list):  # tuple-style `items`: the first one stands for all
            items = items[0] if items else None
        if isinstance(items, dict):
            _collect(items, path + "[]", last + "[]", container, depth + 1, found)
        return
    props = _properties(schema)
    if props:
        # The children of this object are contained by it: name it after its own key.
        own = last.removesuffix("[]")
        prefix = path + "." if path else ""
        for name in sorted(props):
            sub = props[name]
            if isinstance(sub, dict):
                # A key may hold dots: the path's last segment is after the last one.
                last = name.rpartition(".")[2] if "." in name else name
                _collect(sub, prefix + name, last, own, depth + 1, found)
        return
    if path and kind != "object":
        found.append(OutputField(path, tokens(last.removesuffix("[]")), container, kind))


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    """`properties`, merged with those of `allOf`/`anyOf`/`oneOf` parts (first wins)."""
    props = schema.get("properties")
    if not ("allOf" in schema or "anyOf" in schema or "oneOf" in schema):
        return props if isinstance(props, dict) else {}
    merged: dict[str, Any] = dict(props) if isinstance(props, dict) else {}
    for combiner in ("allOf", "anyOf", "oneOf"):
        parts = schema.get(combiner)
        if isinstance(parts, list):
            for part in parts:
                if isinstance(part, dict) and isinstance(part.get("properties"), dict):
                    for name, sub in part["properties"].items():
                        merged.setdefault(name, sub)
    return merged


def endpoint_entity(endpoint: Endpoint) -> str:
    """What an endpoint is about, from its name: 'Get Hotel Details' -> 'hotel'."""
    words = [t for t in tokens(endpoint.name) if t not in NAME_STOPWORDS and not t.isdigit()]
    deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    if not deduped:
        return ""
    tail = deduped[-2:]
    return "_".join([*tail[:-1], singular(tail[-1])])


def container_entity(container: str) -> str:
    """The entity a named list or object holds ('payment_methods' -> 'payment_method')."""
    words = tokens(container)
    if not words or "_".join(words) in GENERIC_CONTAINERS:
        return ""
    return "_".join([*words[:-1], singular(words[-1])])


def output_keys(field: OutputField, entity: str) -> list[MatchKey]:
    """Match keys an output field can feed; `entity` is its endpoint's entity."""
    words = field.tokens
    if not words:
        return []
    last = words[-1]
    if len(words) == 1 and last in REF_TOKENS:
        return _bare_ref_keys(last, container_entity(field.container), entity)
    keys: list[MatchKey] = []
    joined = "_".join(words)
    if last in REF_TOKENS:
        if all(w in NOISE_WORDS for w in words[:-1]):
            return []
        keys.append(MatchKey(joined, Q_EXACT))
        if last == "code":  # `country_code` also fills a `country` argument
            keys.append(MatchKey("_".join(words[:-1]), Q_ROLE))
    elif joined in ATTRIBUTE_KEYS:
        keys.append(MatchKey(joined, Q_ATTRIBUTE))
    return keys


def _bare_ref_keys(ref: str, from_container: str, from_endpoint: str) -> list[MatchKey]:
    """`id` / `code` alone: qualified by the container, else by the endpoint's entity."""
    entity, quality = (from_container, Q_CONTAINER) if from_container else (from_endpoint,
                                                                            Q_ENDPOINT)
    if not entity:
        return []
    keys = [MatchKey(f"{entity}_{ref}", quality)]
    if ref == "code":  # `currencies[].code` fills `currency`, `from_currency`, ...
        keys.append(MatchKey(entity, min(quality, Q_ROLE)))
    return keys


def param_keys(param: Parameter, entity: str) -> list[MatchKey]:
    """Match keys an input parameter accepts; `entity` is its endpoint's entity."""
    words = list(tokens(param.name))
    if not words:
        return []
    if schema_type(param.json_schema) == "array":  # `menu_item_ids` takes many `menu_item_id`
        words[-1] = singular(words[-1])
    if len(words) == 1 and words[0] in REF_TOKENS:
        return [MatchKey(f"{entity}_{words[0]}", Q_ENDPOINT)] if entity else []
    keys = [MatchKey("_".join(words), Q_EXACT)]
    stripped = _strip_roles(words)
    if stripped and stripped != words:
        keys.append(MatchKey("_".join(stripped), Q_ROLE))
    return keys


def _strip_roles(words: list[str]) -> list[str]:
    start = 0
    while start < len(words) - 1 and words[start] in ROLE_TOKENS:
        start += 1
    return words[start:]


def param_type(param: Parameter) -> str:
    """The JSON type of a parameter's values (items type for arrays)."""
    kind = schema_type(param.json_schema)
    if kind == "array":
        items = param.json_schema.get("items")
        return schema_type(items) if isinstance(items, dict) else ""
    return kind


_NUMERIC = frozenset({"integer", "number"})
_SCALAR = frozenset({"string", "integer", "number"})


def types_compatible(output_type: str, input_type: str, is_ref: bool) -> bool:
    """Can a value of `output_type` fill an input of `input_type`? Unknown is permissive."""
    if not output_type or not input_type or output_type == input_type:
        return True
    if output_type in _NUMERIC and input_type in _NUMERIC:
        return True
    # IDs and codes travel as strings or numbers interchangeably in real APIs.
    return is_ref and output_type in _SCALAR and input_type in _SCALAR

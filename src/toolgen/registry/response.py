"""Response shapes: a small JSON Schema (object with `properties`) for what an endpoint returns.

Owns turning whatever the corpus gives into that schema: JSON-Schema-like dicts (`schema`,
bare `allOf`, `$schema`, BFCL `response`), example payloads (`body`, `test_endpoint`,
`response_examples`), ToolBench `template_response` type-name trees, and, where nothing is
given, a plausible shape inferred from the endpoint's name, description and parameters.
Sizes are bounded (depth, width, one array exemplar) so schemas stay small.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import orjson

from toolgen.registry.described_enum import described_enum
from toolgen.registry.types import convert_schema

MAX_DEPTH = 4
MAX_WIDTH = 20

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_URI = re.compile(r"^https?://", re.IGNORECASE)
_NAME_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(^|_)(created|updated|modified|deleted)?_?at$|timestamp|datetime", re.I),
     "date-time"),
    (re.compile(r"(^|_)(date|day|birthday|dob)$|_date$|^date_", re.I), "date"),
    (re.compile(r"e_?mail", re.I), "email"),
    (re.compile(r"(^|_)(url|uri|link|href|website|image|thumbnail|avatar|logo)s?$", re.I), "uri"),
)
_ERROR_WORDS = re.compile(
    r"unauthori[sz]ed|not subscribed|invalid (api )?key|forbidden|authcode|api key|"
    r"does not exist|not found|too many requests|rate limit|quota|missing|error|blocked|"
    r"endpoint is disabled|disabled for your|upgrade your (plan|subscription)",
    re.IGNORECASE,
)
_ERROR_KEYS = frozenset({"error", "errors", "err", "fault", "exception", "errormessage",
                        "error_message", "errormsg", "error_msg", "error_description"})
# An unfilled route or message template: `/users/profiles/minecraft/{username}`.
_TEMPLATE = re.compile(r"\{[A-Za-z_]\w*\}")
_TEMPLATE_LEAVES: dict[str, dict[str, Any]] = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "nonetype": {},
    "empty list": {"type": "array", "items": {}},
}
_LIST_OF = re.compile(r"^list of (\w+)(?: with length \d+)?$", re.IGNORECASE)
_SCHEMA_KEYS = frozenset({"type", "properties", "items", "allOf", "anyOf", "oneOf", "$schema",
                          "$ref", "definitions", "$defs"})
_WORD = re.compile(r"[A-Za-z][a-z]*|[0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_LIST_VERBS = frozenset({"search", "list", "find", "query", "browse", "all", "filter", "lookup",
                         "autocomplete", "suggest", "top", "trending", "popular", "latest"})
_CREATE_VERBS = frozenset({"create", "add", "post", "book", "submit", "register", "new", "send",
                           "upload", "insert", "make", "generate", "place", "reserve"})
_DELETE_VERBS = frozenset({"delete", "remove", "cancel", "unsubscribe", "revoke", "clear"})
_STOP = frozenset({"get", "fetch", "retrieve", "by", "for", "the", "a", "an", "of", "api", "v1",
                   "v2", "v3", "info", "information", "details", "detail", "data", "id", "ids",
                   "to", "from", "with", "and", "in", "on", "my", "single", "one", "endpoint"})


# ---- wrapping and bounding ---------------------------------------------------------------

def as_object(schema: dict[str, Any]) -> dict[str, Any]:
    """Every response schema is an object with `properties`; anything else goes under 'data'."""
    props = schema.get("properties")
    if schema.get("type") == "object" and isinstance(props, dict) and props:
        return schema
    if schema.get("type") == "object":
        return {"type": "object", "properties": {}}
    return {"type": "object", "properties": {"data": schema or {"type": "string"}}}


def is_usable(schema: dict[str, Any] | None) -> bool:
    return bool(schema) and bool(schema.get("properties") if schema else False)


# ---- JSON-Schema-like dicts --------------------------------------------------------------

def looks_like_schema(value: object) -> bool:
    return isinstance(value, dict) and bool(_SCHEMA_KEYS.intersection(value))


def from_json_schema(value: object) -> dict[str, Any] | None:
    """Normalise a JSON-Schema-like dict (bare allOf, $schema, BFCL 'dict' types) or None."""
    if not looks_like_schema(value):
        return None
    schema = _normalise_schema(value, 0)
    schema = as_object(schema)
    return schema if is_usable(schema) else None


_NODE_KEYS = ("type", "description", "enum", "format", "pattern", "minimum", "maximum")


def _normalise_schema(node: object, depth: int) -> dict[str, Any]:
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return {}
    for combo in ("allOf", "anyOf", "oneOf"):
        parts = node.get(combo)
        if isinstance(parts, list) and "properties" not in node:
            return _merge_parts(parts, depth)
    # Only the keys `convert_schema` reads on a node without properties or items: copying
    # the whole node (examples and all) was the costliest step of loading a big corpus.
    converted = convert_schema({k: node[k] for k in _NODE_KEYS if k in node}, depth)
    if not isinstance(converted.get("enum"), list):
        converted.pop("enum", None)
        stated = described_enum(node.get("description"))
        if stated is not None:
            converted["enum"] = stated
    props = node.get("properties")
    if isinstance(props, dict):
        converted["type"] = "object"
        converted["properties"] = {
            str(k): _with_name_format(str(k), _normalise_schema(v, depth + 1))
            for k, v in list(props.items())[:MAX_WIDTH]
        }
        converted.pop("required", None)
    elif converted.get("type") == "array" or "items" in node:
        converted["type"] = "array"
        items = node.get("items")
        if isinstance(items, list):
            items = items[0] if items else {}
        converted["items"] = _normalise_schema(items, depth + 1)
    return converted


def _merge_parts(parts: list[Any], depth: int) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        sub = _normalise_schema(part, depth)
        if sub.get("type") == "object" and "properties" in sub:
            merged.setdefault("properties", {}).update(sub["properties"])
        elif not merged and sub:
            merged = dict(sub)
    if "properties" in merged:
        merged["type"] = "object"
        merged["properties"] = dict(list(merged["properties"].items())[:MAX_WIDTH])
    return merged


# ---- example payloads ---------------------------------------------------------------------

def decode_if_json(value: object) -> object:
    """A string holding JSON becomes the decoded value; anything else is returned unchanged."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith(("[", "{")):
            try:
                return orjson.loads(text)
            except orjson.JSONDecodeError:
                return value
    return value


def is_error_body(value: object) -> bool:
    """{'statusCode': 401, 'message': 'Unauthorized'}, {'error': ...}, 'not subscribed' notes."""
    if not isinstance(value, dict):
        return False
    lowered = {str(k).lower(): v for k, v in list(value.items())[:30]}
    if _ERROR_KEYS.intersection(lowered) and len(lowered) <= 4:
        return True
    for key in ("statuscode", "status_code", "status", "code"):
        code = lowered.get(key)
        if isinstance(code, int) and not isinstance(code, bool) and code >= 400:
            return True
    if len(lowered) <= 3:
        for key in ("message", "messages", "detail", "msg", "info"):
            text = lowered.get(key)
            if isinstance(text, str) and _ERROR_WORDS.search(text):
                return True
        # A server's "no route" echo (`{"path": "/session/minecraft/profile/{uuid}"}`,
        # the Minecraft utilities' examples): the request's template, no answer.
        if any(isinstance(v, str) and _TEMPLATE.search(v) for v in lowered.values()):
            return True
    return False


def from_example(value: object) -> dict[str, Any] | None:
    """Schema of an example response; None for '', scalars, empty containers and error bodies."""
    value = decode_if_json(value)
    if not isinstance(value, dict | list) or not value or is_error_body(value):
        return None
    if isinstance(value, list) and all(is_error_body(v) for v in value[:1]):
        return None
    schema = as_object(_infer(value, 0))
    return schema if is_usable(schema) else None


def _infer(value: object, depth: int) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return _string_schema(value)
    if value is None:
        return {}
    if depth >= MAX_DEPTH:
        return {"type": "object"} if isinstance(value, dict) else {"type": "array", "items": {}}
    if isinstance(value, dict):
        return {
            "type": "object",
            "properties": {
                str(k): _with_name_format(str(k), _infer(v, depth + 1))
                for k, v in list(value.items())[:MAX_WIDTH]
            },
        }
    if isinstance(value, list):
        return {"type": "array", "items": _infer(value[0], depth + 1) if value else {}}
    return {}


def _string_schema(value: str) -> dict[str, Any]:
    text = value[:64]
    if _DATETIME.match(text):
        return {"type": "string", "format": "date-time"}
    if _DATE.match(text):
        return {"type": "string", "format": "date"}
    if _URI.match(text):
        return {"type": "string", "format": "uri"}
    if _EMAIL.match(text):
        return {"type": "string", "format": "email"}
    return {"type": "string"}


def _with_name_format(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") != "string" or "format" in schema:
        return schema
    fmt = _name_format(name)
    return schema if fmt is None else {**schema, "format": fmt}


# Field names recur across a corpus's responses ("id", "name", "created_at"): each is
# matched against the name patterns once.
@lru_cache(maxsize=1 << 16)
def _name_format(name: str) -> str | None:
    """The string format a field's name implies ('created_at' -> date-time), or None."""
    for pattern, fmt in _NAME_FORMATS:
        if pattern.search(name):
            return fmt
    return None


# ---- ToolBench template_response ------------------------------------------------------------

def from_template(value: object) -> dict[str, Any] | None:
    """Schema of a `template_response` tree whose leaves are type names ('str', 'int'...)."""
    value = decode_if_json(value)
    if not isinstance(value, dict | list) or not value:
        return None
    schema = as_object(_template(value, 0))
    return schema if is_usable(schema) else None


def _template(node: object, depth: int) -> dict[str, Any]:
    if isinstance(node, str):
        return _template_leaf(node)
    if depth >= MAX_DEPTH:
        return {"type": "object"} if isinstance(node, dict) else {"type": "array", "items": {}}
    if isinstance(node, dict):
        items = [(k, v) for k, v in node.items() if k != "_list_length"][:MAX_WIDTH]
        return {
            "type": "object",
            "properties": {
                str(k): _with_name_format(str(k), _template(v, depth + 1)) for k, v in items
            },
        }
    if isinstance(node, list):
        # ["list of str with length 8"] is itself the list, not a list of lists.
        if node and isinstance(node[0], str) and _LIST_OF.match(node[0].strip()):
            return _template_leaf(node[0])
        return {"type": "array", "items": _template(node[0], depth + 1) if node else {}}
    return _infer(node, depth)


def _template_leaf(text: str) -> dict[str, Any]:
    key = text.strip().lower()
    if key in _TEMPLATE_LEAVES:
        return dict(_TEMPLATE_LEAVES[key])
    match = _LIST_OF.match(key)
    if match:
        return {"type": "array", "items": dict(_TEMPLATE_LEAVES.get(match.group(1), {}))}
    return {"type": "string"}


# ---- inference from name, description and parameters ----------------------------------------

@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name (camelCase split); names and parameter names recur
    across a corpus, so each is split once."""
    return tuple(w.lower() for w in _WORD.findall(_CAMEL.sub(" ", text)))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


def id_params(param_names: Sequence[str]) -> list[str]:
    """Parameters that name an id ('hotel_id', 'userId', 'id', 'isbn', 'symbol'...)."""
    out = []
    for name in param_names:
        parts = words(name)
        if parts and (parts[-1] in ("id", "ids", "uuid", "code", "key", "slug", "isbn", "symbol")
                      or name.lower().endswith("id")):
            out.append(name)
    return out


def _entity(name_words: Sequence[str], ids: list[str]) -> str:
    for name in ids:
        parts = [w for w in words(name) if w not in ("id", "ids", "uuid")]
        if parts:
            return _singular(parts[-1])
    nouns = [w for w in name_words if w not in _STOP and w not in _LIST_VERBS
             and w not in _CREATE_VERBS and w not in _DELETE_VERBS and not w.isdigit()]
    return _singular(nouns[-1]) if nouns else "item"


def infer_shape(name: str, description: str, param_names: Sequence[str]) -> dict[str, Any]:
    """A plausible response object; it names every id the parameters mention (a fresh
    copy per call: callers own their schemas)."""
    shape: dict[str, Any] = orjson.loads(_inferred(name, tuple(param_names)))
    return shape


# A corpus repeats endpoint names and parameter lists ("Search", ["query", "page"]): each
# shape is made once and kept as JSON (strings and dicts only, so the copy is exact).
@lru_cache(maxsize=1 << 14)
def _inferred(name: str, param_names: tuple[str, ...]) -> bytes:
    return orjson.dumps(_infer_shape(name, param_names))


def _infer_shape(name: str, param_names: Sequence[str]) -> dict[str, Any]:
    name_words = words(name)
    ids = id_params(param_names)
    entity = _entity(name_words, ids)
    id_props: dict[str, Any] = {ident: {"type": "string"} for ident in ids}
    verbs = set(name_words[:2]) | set(name_words)
    if verbs & _DELETE_VERBS:
        return {"type": "object", "properties": {
            **id_props, "success": {"type": "boolean"}, "message": {"type": "string"}}}
    if verbs & _CREATE_VERBS:
        return {"type": "object", "properties": {
            f"{entity}_id": {"type": "string"}, **id_props, "status": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"}}}
    item = {"type": "object", "properties": {
        "id": {"type": "string"}, "name": {"type": "string"},
        "description": {"type": "string"}, "url": {"type": "string", "format": "uri"}}}
    plural = name_words and name_words[-1].endswith("s") and not ids
    if verbs & _LIST_VERBS or plural:
        return {"type": "object", "properties": {
            **id_props, _plural(entity): {"type": "array", "items": item},
            "total": {"type": "integer"}, "page": {"type": "integer"}}}
    return {"type": "object", "properties": {
        f"{entity}_id": {"type": "string"}, **id_props, "name": {"type": "string"},
        "description": {"type": "string"},
        "updated_at": {"type": "string", "format": "date-time"}}}

"""Type labels -> JSON Schema: the 22 ToolBench spellings and BFCL's Python/Java/JS names.

Owns only the mapping of a raw type label (kept verbatim by callers in `type_label`) to a
small JSON Schema fragment. Unknown labels become a plain string, never an error.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_STRING: dict[str, Any] = {"type": "string"}

# Keys are lower-cased labels with anything after a space or '(' removed, so
# 'DATE (YYYY-MM-DD)', 'TIME (24-hour HH:MM)' and 'GEOPOINT (latitude, longitude)' share a key
# with their bare spellings.
_LABELS: dict[str, dict[str, Any]] = {
    "string": _STRING,
    "str": _STRING,
    "text": _STRING,
    "char": {"type": "string", "maxLength": 1},
    "character": {"type": "string", "maxLength": 1},
    "select": _STRING,
    "enum": _STRING,
    "credentials": _STRING,
    "binary": {"type": "string", "format": "binary"},
    "file": {"type": "string", "format": "binary"},
    "datepicker": {"type": "string", "format": "date"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "time": {"type": "string", "pattern": r"^\d{2}:\d{2}$"},
    "geopoint": {"type": "string", "pattern": r"^-?\d+(\.\d+)?,\s*-?\d+(\.\d+)?$"},
    "number": {"type": "number"},
    "float": {"type": "number"},
    "double": {"type": "number"},
    "decimal": {"type": "number"},
    "integer": {"type": "integer"},
    "int": {"type": "integer"},
    "long": {"type": "integer"},
    "short": {"type": "integer"},
    "byte": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "list": {"type": "array", "items": {"type": "string"}},
    "array": {"type": "array", "items": {}},
    "arraylist": {"type": "array", "items": {}},
    "tuple": {"type": "array", "items": {}},
    "set": {"type": "array", "items": {}},
    "object": {"type": "object"},
    "json": {"type": "object"},
    "map": {"type": "object"},
    "hashmap": {"type": "object"},
    "dict": {"type": "object"},
    "any": {},
    "": {},
    "null": _STRING,
    "none": _STRING,
}

_LABEL_HEAD = re.compile(r"^[^\s(<\[]*")
_JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


def label_key(label: object) -> str:
    """The lookup key of a raw label: 'DATE (YYYY-MM-DD)' -> 'date', None -> 'null'."""
    if label is None:
        return "null"
    return _text_key(label if isinstance(label, str) else str(label))


# A corpus names a handful of labels ("STRING", "NUMBER") on every parameter: each is
# read once.
@lru_cache(maxsize=4096)
def _text_key(label: str) -> str:
    text = label.strip().lower()
    match = _LABEL_HEAD.match(text)
    return match.group(0) if match else text


def schema_for_label(label: object) -> dict[str, Any]:
    """A fresh JSON Schema fragment for a corpus type label (unknown -> string)."""
    schema = _LABELS.get(label_key(label))
    if schema is None:
        return dict(_STRING)
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in schema.items()}


def is_known_label(label: object) -> bool:
    """True when the label is one we map on purpose (unknown ones fall back to string)."""
    return label_key(label) in _LABELS


def convert_schema(node: object, depth: int = 0) -> dict[str, Any]:
    """Recursively turn a BFCL/OpenAI-ish schema ('dict', 'tuple', 'float'...) into JSON Schema.

    Keeps description, enum, format, pattern, bounds and required; defaults are the caller's.
    """
    if not isinstance(node, dict) or depth > 8:
        return {}
    raw_type = node.get("type")
    if isinstance(raw_type, list):
        out: dict[str, Any] = {"type": [t for t in raw_type if t in _JSON_TYPES] or "string"}
    elif isinstance(raw_type, str) and raw_type.lower() in _JSON_TYPES and raw_type.islower():
        out = {"type": raw_type}
    else:
        out = schema_for_label(raw_type) if raw_type is not None else {}
    for key in ("description", "enum", "format", "pattern", "minimum", "maximum"):
        if key in node:
            out[key] = node[key]
    props = node.get("properties")
    if isinstance(props, dict):
        out["type"] = "object"
        out["properties"] = {str(k): convert_schema(v, depth + 1) for k, v in props.items()}
        req = node.get("required")
        if isinstance(req, list):
            out["required"] = [r for r in req if isinstance(r, str) and r in props]
    if out.get("type") == "array":
        out["items"] = convert_schema(node.get("items"), depth + 1)
    return out

"""`surely_valid` never vouches for a schema jsonschema's meta-schema check would reject.

The oracle is `Draft202012Validator.check_schema` itself, run on the bundled corpus's
argument schemas (whole and one parameter at a time) and on hand-made schemas, valid
and not.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from toolgen.executor.meta_valid import surely_valid
from toolgen.executor.validation import sanitize, validator_for
from toolgen.registry import load_registry
from toolgen.registry.loader import bundled_corpus


def _meta_valid(schema: Any) -> bool:
    try:
        Draft202012Validator.check_schema(schema)
    except Exception:
        return False
    return True


def _corpus_schemas() -> list[dict[str, Any]]:
    out = []
    for endpoint in load_registry(bundled_corpus()).endpoints:
        whole = sanitize(endpoint.parameters_schema())
        out.append(whole)
        for name, sub in (whole.get("properties") or {}).items():
            out.append({"type": "object", "properties": {name: sub}, "required": [name]})
    return out


def test_corpus_schemas_are_vouched_for_only_when_the_meta_schema_agrees() -> None:
    schemas = _corpus_schemas()
    vouched = [s for s in schemas if surely_valid(s)]
    assert len(vouched) > len(schemas) // 2  # the shortcut is taken on plain schemas
    assert all(_meta_valid(s) for s in vouched)


_INVALID: list[Any] = [
    {"type": "date"},
    {"type": ["string", "string"]},
    {"type": []},
    {"required": ["a", "a"]},
    {"required": "a"},
    {"minLength": -1},
    {"minimum": "3"},
    {"multipleOf": 0},
    {"enum": "a"},
    {"items": [{"type": "string"}]},
    {"properties": {"a": {"type": "text"}}},
    {"description": 3},
    {"uniqueItems": "yes"},
]


@pytest.mark.parametrize("schema", _INVALID)
def test_a_schema_the_meta_schema_rejects_is_never_vouched_for(schema: Any) -> None:
    assert not _meta_valid(schema)
    assert not surely_valid(schema)


_VALID_UNLISTED: list[Any] = [
    {"type": "string", "pattern": "^[a-z]+$"},  # a regex only the full check reads
    {"anyOf": [{"type": "string"}, {"type": "null"}]},
    {"minLength": 2.0},  # an integer to jsonschema, but not a plain one
    {"x-rapidapi": {"a": 1}},
]


@pytest.mark.parametrize("schema", _VALID_UNLISTED)
def test_other_keywords_go_to_the_full_check(schema: Any) -> None:
    assert _meta_valid(schema)
    assert not surely_valid(schema)


def test_explained_errors_are_unchanged_by_the_shortcut() -> None:
    endpoint = next(e for e in load_registry(bundled_corpus()).endpoints
                    if any(p.required for p in e.parameters))
    schema = sanitize(endpoint.parameters_schema())
    assert surely_valid(schema)
    expected = sorted(Draft202012Validator(schema).iter_errors({}),
                      key=lambda e: list(e.absolute_path))
    messages = validator_for(endpoint)({})
    assert len(messages) == len(expected) > 0
    assert all("missing required argument" in m for m in messages)

"""Output references: the id-like leaves of a tool output, with their JSON path and entity.

The planner cites these paths (`$.results[0].hotel_id`) as argument sources and the
grounding validator resolves them with `records.paths`. The entity comes from the key
(`hotel_id` -> hotel), else for a bare `id` from the nearest named parent key
(`hotels[0].id` -> hotel), else from the endpoint. Never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import entity_of_container, id_entity
from toolgen.records import OutputRef
from toolgen.records.paths import format_path


def output_refs(output: Any, default_entity: str) -> tuple[OutputRef, ...]:
    refs: list[OutputRef] = []
    _walk(output, "$", None, default_entity, refs)
    return tuple(refs)


_NOT_ID = object()
_ID_KEYS: dict[str, str | object | None] = {}
_SEGMENTS: dict[str, str] = {}  # key -> its path segment (`.hotel_id`, `["a b"]`)


def _segment(key: str) -> str:
    seg = _SEGMENTS.get(key)
    if seg is None:
        seg = _SEGMENTS[key] = format_path((key,))[1:]
    return seg


_SET = object.__setattr__
# Why not `model_construct`: its generic loop over fields, aliases and defaults costs more
# than the walk itself. `_ref` sets what it would set for these three fields; it is used
# only while OutputRef stays a plain model (no aliases, post-init, extras or root).
_PLAIN = (set(OutputRef.model_fields) == {"path", "value", "entity"}
          and not OutputRef.__pydantic_post_init__ and not OutputRef.__pydantic_root_model__
          and OutputRef.model_config.get("extra") != "allow"
          and all(f.alias is None and f.validation_alias is None
                  for f in OutputRef.model_fields.values()))


def _ref(path: str, value: Any, entity: str | None) -> OutputRef:
    """`OutputRef.model_construct(path=path, value=value, entity=entity)`, built directly."""
    if not _PLAIN:
        return OutputRef.model_construct(path=path, value=value, entity=entity)
    ref = OutputRef.__new__(OutputRef)
    _SET(ref, "__dict__", {"path": path, "value": value, "entity": entity})
    _SET(ref, "__pydantic_fields_set__", {"path", "value", "entity"})
    _SET(ref, "__pydantic_extra__", None)
    _SET(ref, "__pydantic_private__", None)
    return ref


def _walk(node: Any, path: str, parent: str | None, default_entity: str,
          refs: list[OutputRef]) -> None:
    # Why a hand-written walk rather than records.paths.walk_leaves: only id leaves matter,
    # so other leaves cost one cached dict lookup, and paths grow as text, segment by
    # segment (the same text `format_path` writes), with the nearest key carried along.
    if type(node) is dict:
        for key, value in node.items():
            tv = type(value)
            if tv is dict or tv is list:
                _walk(value, path + _segment(key), key, default_entity, refs)
                continue
            hit = _ID_KEYS.get(key, _NOT_ID)
            if hit is _NOT_ID:
                hit = _ID_KEYS[key] = id_entity(str(key))
            if hit is None or not (tv is str or tv is int):
                continue
            ent = str(hit)
            if ent == "":
                ent = (entity_of_container(parent) if parent is not None else None
                       ) or default_entity
            refs.append(_ref(path + _segment(key), value, ent or None))
    elif type(node) is list:
        for i, value in enumerate(node):
            tv = type(value)
            if tv is dict or tv is list:
                _walk(value, f"{path}[{i}]", parent, default_entity, refs)

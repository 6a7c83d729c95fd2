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
            refs.append(OutputRef.model_construct(path=path + _segment(key), value=value,
                                                  entity=ent or None))
    elif type(node) is list:
        for i, value in enumerate(node):
            tv = type(value)
            if tv is dict or tv is list:
                _walk(value, f"{path}[{i}]", parent, default_entity, refs)

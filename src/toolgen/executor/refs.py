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
    _walk(output, [], default_entity, refs)
    return tuple(refs)


_NOT_ID = object()
_ID_KEYS: dict[str, str | object | None] = {}


def _walk(node: Any, parts: list[str | int], default_entity: str, refs: list[OutputRef]) -> None:
    # Why a hand-written walk rather than records.paths.walk_leaves: only id leaves matter,
    # so other leaves cost one cached dict lookup and no path building.
    if type(node) is dict:
        for key, value in node.items():
            tv = type(value)
            if tv is dict or tv is list:
                parts.append(key)
                _walk(value, parts, default_entity, refs)
                parts.pop()
                continue
            hit = _ID_KEYS.get(key, _NOT_ID)
            if hit is _NOT_ID:
                hit = _ID_KEYS[key] = id_entity(str(key))
            if hit is None or not (tv is str or tv is int):
                continue
            ent = str(hit)
            if ent == "":
                ent = _parent_entity(parts) or default_entity
            parts.append(key)
            refs.append(
                OutputRef.model_construct(path=format_path(parts), value=value, entity=ent or None)
            )
            parts.pop()
    elif type(node) is list:
        for i, value in enumerate(node):
            tv = type(value)
            if tv is dict or tv is list:
                parts.append(i)
                _walk(value, parts, default_entity, refs)
                parts.pop()


def _parent_entity(parts: list[str | int]) -> str | None:
    for part in reversed(parts):
        if isinstance(part, str):
            return entity_of_container(part)
    return None

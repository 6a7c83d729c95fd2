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


def _walk(node: Any, parts: list[str | int], default_entity: str, refs: list[OutputRef]) -> None:
    # Why a hand-written walk rather than records.paths.walk_leaves: we only need id leaves
    # and can skip the path tuple building for every other leaf.
    if isinstance(node, dict):
        for key, value in node.items():
            k = str(key)
            if isinstance(value, (dict, list)):
                parts.append(k)
                _walk(value, parts, default_entity, refs)
                parts.pop()
                continue
            if value is None or isinstance(value, (bool, float)):
                continue
            ent = id_entity(k)
            if ent is None:
                continue
            if ent == "":
                ent = _parent_entity(parts) or default_entity
            parts.append(k)
            refs.append(
                OutputRef.model_construct(path=format_path(parts), value=value, entity=ent or None)
            )
            parts.pop()
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, (dict, list)):
                parts.append(i)
                _walk(value, parts, default_entity, refs)
                parts.pop()


def _parent_entity(parts: list[str | int]) -> str | None:
    for part in reversed(parts):
        if isinstance(part, str):
            return entity_of_container(part)
    return None

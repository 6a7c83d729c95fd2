"""A link, file name or SKU that spells its object's id spells the id the object has.

Corpus examples give a return `{"return_id": "ret_3120", "label_url":
".../labels/ret_3120.pdf"}`; the id is redrawn (`ret_5521`) while the URL, a literal, is
kept, so the label named another return; a cart line's SKU `prd_4222-08` sat beside
product `prd_7279`. `linked_ids(output, args, rng)` puts each object's prefixed ids
(`ret_`, `usr_`, `ORD-`) into the links, file names and codes of the same object that
spell an id with that prefix (a text holding `/`, `.` or `-`). In place, deterministic
(draws nothing), never touches the network.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Any

from toolgen.executor.codes import type_prefix
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_LINKISH = re.compile(r"[/.-]")


def linked_ids(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every object's links spell its own ids (module doc)."""
    del args, rng  # a finish step's signature; the object holds all it needs
    for obj in objects_in(output):
        ids = _prefixed_ids(obj)
        if not ids:
            continue
        for key, value in obj.items():
            if isinstance(value, str) and value not in ids.values() and _LINKISH.search(value):
                obj[key] = _respelled(value, ids)


def _prefixed_ids(obj: dict[str, Any]) -> dict[str, str]:
    """Type prefix -> the object's id with it, for its id fields (`return_id`, `id`)."""
    found: dict[str, str] = {}
    for key in _id_keys(tuple(obj)):
        value = obj[key]
        if isinstance(value, str):
            prefix = type_prefix(value)
            if prefix:
                found.setdefault(prefix, value)
    return found


# Why cached: a finish step reads every object of every answer of its endpoints, and the
# objects one plan draws share their keys; bounded, so a run's memory stays flat.
@lru_cache(maxsize=8192)
def _id_keys(keys: tuple[Any, ...]) -> tuple[str, ...]:
    """The keys naming an id (`id`, `return_id`), in their order."""
    return tuple(k for k in keys if isinstance(k, str)
                 and ((nk := normalize_key(k)) == "id" or nk.endswith("_id")))


def _respelled(text: str, ids: dict[str, str]) -> str:
    for prefix, value in ids.items():
        if prefix in text:
            # Any width: a SKU `prd_4222-08` of product `prd_18638f` spells a shorter id.
            pattern = re.escape(prefix) + "[A-Za-z0-9]{3,}(?![A-Za-z0-9])"
            text = re.sub(pattern, value, text)
    return text

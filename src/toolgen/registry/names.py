"""Identifier rules: OpenAI-valid function names and parameter names.

Function names match ^[A-Za-z0-9_-]{1,64}$, are unique across a registry and depend only on
the endpoint ids involved (not on load order). Parameter names match ^[A-Za-z0-9_]{1,64}$
and are unique within an endpoint. Display names are kept elsewhere; this module only
builds identifiers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

FUNCTION_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
PARAM_NAME_RE = re.compile(r"^[A-Za-z0-9_]{1,64}$")
MAX_LEN = 64

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ASCII_WORD = re.compile(r"[^A-Za-z0-9]+")
_NON_UNICODE_WORD = re.compile(r"[^\w-]+")
_UNDERSCORES = re.compile(r"_+")


def short_hash(text: str, size: int = 4) -> str:
    """Stable hex digest (blake2b, never hash()) of `size` bytes."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


# The slugs below run on every endpoint and parameter name of a corpus, which repeats
# its names ("Search", "page", "id"): each distinct name is worked out once.
@lru_cache(maxsize=1 << 16)
def ascii_slug(text: str) -> str:
    """'getHotel Details (v2)' -> 'get_hotel_details_v2'; '' when nothing ASCII is left."""
    text = _CAMEL.sub("_", text)
    return _NON_ASCII_WORD.sub("_", text).strip("_").lower()


@lru_cache(maxsize=1 << 16)
def key_slug(text: str) -> str:
    """A readable, '/'-free key for ids; keeps non-ASCII letters (ids are not function names)."""
    slug = _UNDERSCORES.sub("_", _NON_UNICODE_WORD.sub("_", text.strip())).strip("_")
    return slug or "_" + short_hash(text)


def unique_keys(names: Iterable[str]) -> list[str]:
    """Suffix repeats '_2', '_3'... in order, so duplicate display names get distinct keys."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}_{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def base_function_name(endpoint_name: str, tool_slug: str) -> str:
    """'<api>_for_<tool>' like ToolBench, before length and uniqueness rules."""
    api = ascii_slug(endpoint_name) or "api"
    tool = ascii_slug(tool_slug)
    return f"{api}_for_{tool}" if tool else api


def _with_hash(base: str, endpoint_id: str, size: int) -> str:
    suffix = short_hash(endpoint_id, size)
    return f"{base[: MAX_LEN - len(suffix) - 1].rstrip('_')}_{suffix}"


def assign_function_names(bases: dict[str, str]) -> dict[str, str]:
    """Map endpoint id -> final function name, given endpoint id -> base name.

    Per base name, the smallest endpoint id keeps the plain name (if it fits); every other id
    gets a hash of its own id, so a name depends only on the ids sharing its base.
    """
    groups: dict[str, list[str]] = {}
    for endpoint_id, base in bases.items():
        groups.setdefault(base, []).append(endpoint_id)
    result: dict[str, str] = {}
    for base in sorted(groups):
        for rank, endpoint_id in enumerate(sorted(groups[base])):
            if rank == 0 and len(base) <= MAX_LEN:
                result[endpoint_id] = base
            else:
                result[endpoint_id] = _with_hash(base, endpoint_id, 4)
    return _resolve_hash_clashes(result)


def _resolve_hash_clashes(names: dict[str, str]) -> dict[str, str]:
    owner: dict[str, str] = {}
    for endpoint_id in sorted(names):
        name, size = names[endpoint_id], 4
        while name in owner:
            size += 2
            name = _with_hash(names[endpoint_id], endpoint_id, size)
        owner[name] = endpoint_id
    return {endpoint_id: name for name, endpoint_id in owner.items()}


@lru_cache(maxsize=1 << 16)
def param_name(raw: str) -> str:
    """'ids[]' -> 'ids', 'filter[a][0]' -> 'filter_a_0', 'X-Foo' -> 'X_Foo', 'N/A' -> 'N_A'."""
    name = _NON_ASCII_WORD.sub("_", raw).strip("_")
    if not name:
        return "param_" + short_hash(raw, 3) if raw else "param"
    if len(name) > MAX_LEN:
        suffix = short_hash(raw, 3)
        name = f"{name[: MAX_LEN - len(suffix) - 1]}_{suffix}"
    return name


def unique_param_names(raw_names: list[str]) -> list[str]:
    """Sanitise then disambiguate within one endpoint ('_2' suffixes, still <= 64 chars)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in raw_names:
        base = param_name(raw)
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            tail = f"_{n}"
            candidate = base[: MAX_LEN - len(tail)] + tail
        seen.add(candidate)
        out.append(candidate)
    return out

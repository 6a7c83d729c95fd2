"""A key-value store's calls: what a conversation wrote is what its later reads show.

`core_memory_add(key="favorite_color", value="blue")` then `core_memory_retrieve_all()`
answered `{"key": "standard", "value": "general"}`: the generic mock drew a fresh pair
and the written one was nowhere. `kv_op(endpoint)` recognises, once per endpoint, the
operations of an API that says it is a key-value store (its description names one) by
their name's verb and their `key` / `value` / `query` parameters: put, remove, clear,
get one, read all, list keys, search keys. `kv_answer` applies the call to the session's
pairs of that store (`SessionState.kv`) and answers from them: a put or remove answers
with the schema's own fields and status success (no id invented: the key names the
pair), a read of one key with its value (an unknown key keeps the drawn value, which is
then remembered), a read of all with every pair written (`{"pairs": {key: value}}`), a
key list with the keys, a search with the matching keys ranked by words shared with the
query. A store is one API's name stem (`core_memory` and `archival_memory` of one tool
are two stores). Pure apart from the store it is given; never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolgen.records import Endpoint

_KV = re.compile(r"\bkey[- ]value\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_PUT = frozenset({"add", "set", "put", "store", "save", "replace", "update", "insert", "write"})
_REMOVE = frozenset({"remove", "delete", "del", "unset", "forget"})
_CLEAR = frozenset({"clear", "reset", "wipe", "flush"})
_GET = frozenset({"retrieve", "get", "read", "fetch", "lookup"})
_LIST = frozenset({"list", "retrieve", "get", "dump", "read"})
_OP_WORDS = _PUT | _REMOVE | _CLEAR | _GET | _LIST | {"all", "keys", "key", "search"}


@dataclass(frozen=True, slots=True)
class KvOp:
    """One key-value store operation: its store and kind (put, remove, clear, get, all,
    keys, search), and the names of its key, value and query parameters."""

    store: str
    kind: str
    key: str = ""
    value: str = ""
    query: str = ""


def kv_op(endpoint: Endpoint) -> KvOp | None:
    """The store operation `endpoint` is, or None when it is none (module doc)."""
    if not _KV.search(endpoint.description):
        return None
    words = _WORD.findall((endpoint.name or endpoint.function_name).lower().replace("_", " "))
    params = {p.name.lower(): p.name for p in endpoint.parameters}
    stem = "_".join(w for w in words if w not in _OP_WORDS)
    store = f"{endpoint.tool_id}/{stem}"
    verbs = set(words)
    key, value, query = params.get("key", ""), params.get("value", ""), params.get("query", "")
    if key and value and verbs & _PUT:
        return KvOp(store, "put", key, value)
    if key and not value and verbs & _REMOVE:
        return KvOp(store, "remove", key)
    if key and not value and verbs & _GET:
        return KvOp(store, "get", key)
    if query and "search" in verbs:
        return KvOp(store, "search", query=query)
    if any(p.required for p in endpoint.parameters):
        return None
    if verbs & _CLEAR:
        return KvOp(store, "clear")
    if "keys" in verbs and verbs & _LIST:
        return KvOp(store, "keys")
    if "all" in verbs and verbs & _LIST:
        return KvOp(store, "all")
    return None


def kv_answer(op: KvOp, stores: dict[str, dict[str, Any]], arguments: dict[str, Any],
              drawn: Any, fields: frozenset[str]) -> Any:
    """Apply the call to its store and answer from it; `drawn` is the generic answer, whose
    fields named by the response schema (`fields`) a write keeps."""
    pairs = stores.setdefault(op.store, {})
    kind = op.kind
    if kind in ("put", "remove", "clear"):
        if kind == "put":
            pairs[str(arguments[op.key])] = arguments[op.value]
        elif kind == "remove":
            pairs.pop(str(arguments[op.key]), None)
        else:
            pairs.clear()
        kept = {k: v for k, v in drawn.items() if k in fields} if isinstance(drawn, dict) else {}
        # The write is done: a drawn "pending" or "available" would say it is not.
        return kept | {"status": "success"} if "status" in kept or not kept else kept
    if kind == "get":
        key = str(arguments[op.key])
        if key not in pairs:
            # A key written before this conversation: the drawn value, kept from now on.
            got = drawn.get("value") if isinstance(drawn, dict) else None
            pairs[key] = got if got is not None else drawn
        return {"value": pairs[key]}
    if kind == "all":
        return {"pairs": dict(pairs)}
    if kind == "keys":
        return {"keys": list(pairs)}
    return {"ranked_results": _ranked(str(arguments.get(op.query, "")), list(pairs),
                                      arguments.get("k"))}


def _ranked(query: str, keys: list[str], k: Any) -> list[list[Any]]:
    """[score, key] for the keys sharing a word with the query, best first (a score is
    the share of the key's words the query names, so it reads like a relevance)."""
    asked = set(_WORD.findall(query.lower().replace("_", " ")))
    out: list[list[Any]] = []
    for key in keys:
        words = _WORD.findall(key.lower().replace("_", " "))
        shared = sum(1 for w in words if w in asked)
        if shared:
            out.append([round(shared / len(words), 2), key])
    out.sort(key=lambda pair: -pair[0])
    limit = k if isinstance(k, int) and not isinstance(k, bool) and k > 0 else 5
    return out[:limit]

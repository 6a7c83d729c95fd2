"""A key-value store's calls: what a conversation wrote is what its later reads show.

`core_memory_add(key="favorite_color", value="blue")` then `core_memory_retrieve_all()`
answered `{"key": "standard", "value": "general"}`: the generic mock drew a fresh pair
and the written one was nowhere. `kv_op(endpoint)` recognises, once per endpoint, the
operations of an API that says it is a key-value store (its description names one) by
their name's verb and their `key` / `value` / `query` parameters: put, remove, clear,
get one, read all, list keys, search keys; and, for a store of text entries named by a
numeric id (`archival_memory_add(text)` -> `{"id": 4}`), add, update, remove, read all
and search by similarity. `kv_answer` applies the call to the session's pairs of that
store (`SessionState.kv`) and answers from them: a put or remove answers with the
schema's own fields, a done status (`stored`, `removed`...) and the pair it wrote (no
id invented: the key names the pair), a read
of one key with its value (an unknown key keeps the drawn value, which is then
remembered), a read of all with every pair written (`{"pairs": {key: value}}`), a key
list with the keys, a search with the matching keys (or entries) ranked by words shared
with the query; an added entry keeps the drawn id. A store is one API's name stem
(`core_memory` and `archival_memory` of one tool are two stores). Pure apart from the
store it is given; never touches the network.
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
_TEXT = ("text", "new_text", "content", "entry")
# What a done write's status says ("Looking at the entries, they are cleared").
_DONE = {"put": "stored", "clear": "cleared", "remove": "removed", "entry_remove": "removed",
         "entry_update": "updated"}
_OP_WORDS = _PUT | _REMOVE | _CLEAR | _GET | _LIST | {"all", "keys", "key", "search"}


@dataclass(frozen=True, slots=True)
class KvOp:
    """One store operation: its store and kind (put, remove, clear, get, all, keys, search;
    entry_add, entry_update, entry_remove, entry_all, entry_search), and the names of its
    key (or entry id), value (or text), query and result-count parameters."""

    store: str
    kind: str
    key: str = ""
    value: str = ""
    query: str = ""
    limit: str = ""


def kv_op(endpoint: Endpoint) -> KvOp | None:
    """The store operation `endpoint` is, or None when it is none (module doc)."""
    if not _KV.search(endpoint.description):
        return None
    words = _WORD.findall((endpoint.name or endpoint.function_name).lower().replace("_", " "))
    params = {p.name.lower(): p.name for p in endpoint.parameters}
    props = endpoint.response_schema.get("properties")
    answers = set(props) if isinstance(props, dict) else set()
    store = f"{endpoint.tool_id}/" + "_".join(w for w in words if w not in _OP_WORDS)
    verbs = set(words)
    key, value = params.get("key", ""), params.get("value", "")
    text = next((params[n] for n in _TEXT if n in params), "")
    ident = next((name for low, name in params.items() if low in ("id", "vec_id", "entry_id")), "")
    query = params.get("query", "")
    limit = next((params[n] for n in ("top_k", "k", "limit") if n in params), "")
    if key:
        if value and verbs & _PUT:
            return KvOp(store, "put", key, value)
        if not value and verbs & _REMOVE:
            return KvOp(store, "remove", key)
        if not value and verbs & _GET:
            return KvOp(store, "get", key)
        return None
    if ident:
        if text and verbs & _PUT:
            return KvOp(store, "entry_update", ident, text)
        return KvOp(store, "entry_remove", ident) if verbs & _REMOVE else None
    if text and verbs & _PUT and "id" in answers:
        return KvOp(store, "entry_add", value=text)
    if query:
        if "results" in answers:
            return KvOp(store, "entry_search", query=query, limit=limit)
        return KvOp(store, "search", query=query, limit=limit) if "search" in verbs else None
    if endpoint.parameters and any(p.required for p in endpoint.parameters):
        return None
    if verbs & _CLEAR:
        return KvOp(store, "clear")
    if not verbs & _LIST:
        return None
    if "keys" in verbs and "keys" in answers:
        return KvOp(store, "keys")
    if "all" in verbs:
        if "results" in answers:
            return KvOp(store, "entry_all")
        if answers & {"key", "value", "pairs"}:
            return KvOp(store, "all")
    return None


def kv_answer(op: KvOp, stores: dict[str, dict[Any, Any]], arguments: dict[str, Any],
              drawn: Any, fields: frozenset[str]) -> Any:
    """Apply the call to its store and answer from it; `drawn` is the generic answer, whose
    fields named by the response schema (`fields`) a write keeps."""
    pairs = stores.setdefault(op.store, {})
    entries = stores.setdefault(op.store + "#entries", {})
    kind = op.kind
    if kind == "entry_add":
        ident = drawn.get("id") if isinstance(drawn, dict) else None
        if not isinstance(ident, int) or isinstance(ident, bool) or ident in entries:
            ident = max(entries, default=0) + 1
        entries[ident] = arguments[op.value]
        return {"id": ident}
    if kind in ("put", "remove", "clear", "entry_update", "entry_remove"):
        _write(op, pairs, entries, arguments)
        kept = {k: v for k, v in drawn.items() if k in fields} if isinstance(drawn, dict) else {}
        # The write is done: a drawn "pending" or "available" would say it is not.
        done: dict[str, Any] = {"status": _DONE.get(kind, "success")}
        if op.key and kind != "entry_remove":
            # the pair written or removed, as the answer can report it ("favorite_color:
            # blue"); a bare "success" leaves nothing to say
            done["key"] = arguments[op.key]
            if op.value:
                done["value"] = arguments[op.value]
        return kept | done if "status" in kept or not kept else kept
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
    if kind == "entry_all":
        return {"results": [{"id": i, "text": t} for i, t in entries.items()]}
    ranked = _ranked(str(arguments.get(op.query, "")),
                     entries if kind == "entry_search" else {k: k for k in pairs},
                     arguments.get(op.limit))
    if kind == "entry_search":
        return {"results": [{"id": i, "similarity_score": score, "text": entries[i]}
                            for score, i in ranked]}
    return {"ranked_results": [[score, key] for score, key in ranked]}


def _write(op: KvOp, pairs: dict[Any, Any], entries: dict[Any, Any],
           arguments: dict[str, Any]) -> None:
    if op.kind == "put":
        pairs[str(arguments[op.key])] = arguments[op.value]
    elif op.kind == "remove":
        pairs.pop(str(arguments[op.key]), None)
    elif op.kind == "entry_update":
        entries[arguments[op.key]] = arguments[op.value]
    elif op.kind == "entry_remove":
        entries.pop(arguments[op.key], None)
    else:
        pairs.clear()
        entries.clear()


def _ranked(query: str, texts: dict[Any, Any], k: Any) -> list[tuple[float, Any]]:
    """(score, id) of the texts sharing a word with the query, best first (a score is the
    share of the text's words the query names, so it reads like a relevance)."""
    asked = set(_WORD.findall(query.lower().replace("_", " ")))
    out: list[tuple[float, Any]] = []
    for ident, text in texts.items():
        words = _WORD.findall(str(text).lower().replace("_", " "))
        shared = sum(1 for w in words if w in asked)
        if shared:
            out.append((round(shared / len(words), 2), ident))
    out.sort(key=lambda pair: -pair[0])
    limit = k if isinstance(k, int) and not isinstance(k, bool) and k > 0 else 5
    return out[:limit]

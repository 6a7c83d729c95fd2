"""Reads of a key-value store, checked on records as a reviewer reads them: after a call
wrote a pair (or an entry of text), a later read of the same store shows it (unless a
removal came between).

Reads records only (calls and tool outputs); does not import toolgen.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .record_checks import calls, tool_outputs

Rec = dict[str, Any]

_WORD = re.compile(r"[a-z0-9]+")
_OPS = {"add", "set", "put", "replace", "remove", "delete", "clear", "retrieve", "get", "list",
        "all", "keys", "key", "search"}


def _store(name: str) -> str:
    """`core_memory_add` and `core_memory_retrieve_all` both name the store `core_memory`."""
    return "_".join(w for w in _WORD.findall(name.lower().replace("_", " ")) if w not in _OPS)


def _kind(name: str) -> str:
    words = set(_WORD.findall(name.lower().replace("_", " ")))
    for kind, marks in (("put", {"add", "set", "put", "replace"}),
                        ("put", {"update"}), ("remove", {"remove", "delete"}), ("clear", {"clear"}),
                        ("keys", {"keys"}), ("all", {"all"}), ("get", {"retrieve", "get"})):
        if words & marks:
            return kind
    return ""


def stale_store_reads(record: Rec) -> tuple[int, list[str]]:
    """How many reads a store had after a pair was written to it, and each of them that
    does not show the pair."""
    written: dict[str, dict[str, Any]] = {}
    out: list[str] = []
    reads = 0
    outputs = tool_outputs(record)
    for _, call, _ in calls(record):
        name, output = call["function"]["name"], outputs.get(call["id"])
        args = json.loads(call["function"]["arguments"] or "{}")
        kind, store = _kind(name), _store(name)
        pairs = written.setdefault(store, {})
        if isinstance(output, dict) and "error" in output:
            continue
        if kind == "put" and "key" in args and "value" in args:
            pairs[args["key"]] = args["value"]
        elif kind == "put" and "text" in args and isinstance(output, dict):
            pairs[output.get("id")] = args["text"]  # an entry, named by the id it got
        elif kind == "remove":
            pairs.pop(args.get("key", args.get("vec_id")), None)
        elif kind == "clear":
            pairs.clear()
        elif kind == "put" and "new_text" in args:
            pairs[args.get("vec_id")] = args["new_text"]
        elif kind == "get" and args.get("key") in pairs:
            reads += 1
            if output != {"value": pairs[args["key"]]}:
                out.append(f"{name}({args['key']}) answered {output}, not {pairs[args['key']]!r}")
        elif kind in ("all", "keys") and pairs:
            reads += 1
            text = repr(output)
            missing = [k for k, v in pairs.items()
                       if repr(v if isinstance(k, int) else k) not in text
                       or (kind == "all" and repr(v) not in text)]
            if missing:
                out.append(f"{name} answered {text[:120]} without {missing}")
    return reads, out

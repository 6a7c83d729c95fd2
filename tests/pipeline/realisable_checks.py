"""Calls a careful reader would not believe, because of the endpoint called: read from the
records alone (the offered schemas, the calls, the user's words), never from toolgen's own
realisability module.

A reviewer reads a call and the function schema it was made against and stops at:

* `no_input_action`: a function that does something to an input (extract, classify,
  translate, convert, analyse...) or creates, changes or commands something (create,
  update, send, unlock...) called with no arguments because it takes none: nothing was
  given to work on, yet a result came back;
* `no_input_target`: a no-argument call to a function whose description or name asks for
  what it does not take ("by id", "the given text", "enter layerID in route", a search
  with nothing to search for, a delete of nothing in particular);
* `unreadable_endpoint`: a called function whose description holds another script, or
  whose name and description hold no English word, or whose name is a placeholder (test,
  default, hello, POST) its description says no more about;
* `generic_no_input_read`: a no-argument call to a function whose description says no
  more than its name, and whose name is a glued run of words or ends in a generic noun
  (stats, data, info, details);
* `program_object_argument`: a value passed for an argument that is an in-memory program
  object (no JSON type; "The JDBCSession object", "The PrintStream to output the logs to"):
  no conversation holds one, so whatever was passed is made up;
* `unreadable_missing_ask`: in a missing-tool conversation, the capability the user asks
  for is in another script or holds a word that is in no English word list ("mkdir",
  "unlockconnector").

English words are those of wordninja's Wikipedia unigram list (its 60,000 most frequent;
the whole list for the user's words, which may be rare but real).
Run as a script to count the records of one or more files:

    python tests/pipeline/realisable_checks.py out.jsonl [more.jsonl ...] [--show K]
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

Rec = dict[str, Any]

KINDS = ("no_input_action", "no_input_target", "unreadable_endpoint", "generic_no_input_read",
         "program_object_argument", "unreadable_missing_ask")

_TRANSFORM_STEMS = (
    "extract", "classif", "categoriz", "translat", "transliterat", "convert", "conversion",
    "analys", "analyz", "analysis", "detect", "summari", "parse", "paraphras", "rewrit",
    "recogni", "transcri", "sentiment", "moderat", "validat", "verif", "predict", "encod",
    "decod", "encrypt", "decrypt", "compress", "resiz", "calculat", "compar",
)
_WRITE_VERBS = frozenset({
    "create", "add", "update", "post", "send", "submit", "upload", "insert", "edit",
    "modify", "set", "unlock", "lock", "reset", "reserve", "book", "order", "purchase",
    "publish", "register", "start", "stop", "trigger", "execute", "import", "generate",
})
# An argument for an in-memory program object (BFCL Java/JavaScript): no JSON type, and a
# description naming an object, a session, a stream, a callback...
_PROGRAM = re.compile(r"\b(?:object|instance|session|context|buffer|stream|callback|"
                      r"function|factory|element|node|parser|builder|handler|listener)\b",
                      re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:given|provided|specified|supplied|in (?:the )?route|by id|by its id|parameters?|"
    r"payload|request body|json (?:body|payload|request)|enter (?:a|an|the|your)|"
    r"(?:of|for|about) (?:a|an) (?!random|list|few|lot|variety)\w+)\b", re.IGNORECASE)
_SEEK_OR_DROP = frozenset({"search", "find", "lookup", "query", "filter", "delete", "remove",
                           "cancel"})
_GENERIC = frozenset({"data", "info", "infos", "information", "details", "detail", "stats",
                      "stat", "statistics", "items", "item", "results", "result", "records",
                      "record", "objects", "object", "entries", "values", "content",
                      "resources", "response", "output", "base", "all", "get", "request"})
_PLACEHOLDER = frozenset({"test", "testing", "default", "hello", "world", "sample",
                          "example", "demo", "post", "get", "put", "patch", "delete", "api",
                          "endpoint", "new", "copy", "anything"})
_ANY = frozenset({"random", "all", "latest", "today", "top", "trending", "popular",
                  "nearest", "current", "my"})
_MISSING_REPLY = re.compile(r"isn't something I can|outside what my tools|can't (?:do|help)|"
                            r"no tool|not something I can|don't have a tool", re.IGNORECASE)
_GREETINGS = frozenset({"hiya", "heya", "howdy", "thx", "pls", "plz", "cheers", "thanks"})
_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _word_list() -> tuple[str, ...]:
    spec = importlib.util.find_spec("wordninja")
    assert spec is not None and spec.origin is not None, "wordninja is needed"
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return tuple(handle.read().split())


@cache
def english() -> frozenset[str]:
    return frozenset(_word_list()[:60_000])


@cache
def any_english() -> frozenset[str]:
    """Every word of the list, rare ones too ("halal"), and a few greetings it lacks."""
    return frozenset(_word_list()) | _GREETINGS


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_CAMEL.sub(" ", text))]


def _latin(text: str) -> bool:
    """Mostly Latin letters (a Japanese gloss after English text is fine)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii() or unicodedata.name(c, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _name_part(function: str) -> str:
    """The endpoint part of a ToolBench-style function name: `x_for_tool` -> `x`."""
    head, sep, _ = function.rpartition("_for_")
    return head if sep else function


def _own_description(function: dict[str, Any]) -> str:
    """A function's description without the tool name the offered schema puts first."""
    desc = str(function.get("description") or "")
    _, sep, rest = desc.partition(": ")
    return rest if sep and len(desc.split(": ", 1)[0]) < 60 else desc


def _no_params(function: dict[str, Any]) -> bool:
    params = function.get("parameters") or {}
    return not (params.get("properties") or {})


def _glued(text: str) -> bool:
    """A run of letters that is no English word but splits into several ("customerstats")."""
    import wordninja

    known = english()
    for token in _WORD.findall(text):
        low = token.lower()
        if len(low) >= 9 and low not in known:
            parts = wordninja.split(low)
            if len(parts) >= 2 and all(len(p) >= 3 and p in known for p in parts):
                return True
    return False


def calls(record: Rec) -> Iterator[tuple[str, dict[str, Any]]]:
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            try:
                args = json.loads(tc["function"]["arguments"])
            except ValueError:
                args = {}
            yield tc["function"]["name"], args if isinstance(args, dict) else {}


def call_problems(function: dict[str, Any], args: dict[str, Any]) -> list[str]:
    """What a reviewer finds wrong with one call and the schema it was made against."""
    found: list[str] = []
    name = _name_part(str(function["name"]))
    name_words = words(name)
    desc = _own_description(function)
    known = english()
    desc_words = [w for w in words(re.sub(r"\(http[^)]*\)|https?://\S+", " ", desc))
                  if len(w) >= 3 and w in known]
    said = [w for w in desc_words if w not in name_words and w not in _PLACEHOLDER]
    no_english = not (desc_words or any(len(w) >= 3 and w in known for w in name_words))
    placeholder = bool(name_words) and all(w in _PLACEHOLDER or w.isdigit()
                                           for w in name_words) and not said
    if not _latin(desc) or no_english or placeholder:
        found.append("unreadable_endpoint")
    props = (function.get("parameters") or {}).get("properties") or {}
    if any(name in props and "type" not in props[name]
           and _PROGRAM.search(str(props[name].get("description", ""))) for name in args):
        found.append("program_object_argument")
    if args or not _no_params(function):
        return found
    lead = name_words[0] if name_words else ""
    if lead not in ("get", "list", "fetch", "show") and (
            any(w.startswith(_TRANSFORM_STEMS) for w in name_words[:2])
            or set(name_words[:2]) & _WRITE_VERBS):
        found.append("no_input_action")
    elif not set(name_words) & _ANY and (lead in _SEEK_OR_DROP or _ASKS.search(desc)):
        found.append("no_input_target")
    restates = set(words(desc)) <= set(name_words) | {"the", "a", "of", "get", "endpoint"}
    if restates and (_glued(name) or (name_words and name_words[-1] in _GENERIC)):
        found.append("generic_no_input_read")
    return found


def missing_ask_problems(record: Rec) -> list[str]:
    """The capability asked for in a missing-tool conversation, when a reader cannot read
    it: the user message right before the assistant says it has no tool for it."""
    messages = record["messages"]
    for i, m in enumerate(messages[1:], start=1):
        if m["role"] != "assistant" or m.get("tool_calls"):
            continue
        if not _MISSING_REPLY.search(m.get("content") or ""):
            continue
        ask = messages[i - 1].get("content") or ""
        if messages[i - 1]["role"] != "user":
            continue
        known = any_english()
        odd = [w for w in words(ask) if len(w) >= 4 and w not in known]
        if not _latin(ask) or odd:
            return ["unreadable_missing_ask"]
    return []


def record_problems(record: Rec) -> list[str]:
    """`kind: function` for every call a reviewer would not believe, then the ask."""
    offered = {t["function"]["name"]: t["function"] for t in record.get("tools", [])}
    found: list[str] = []
    for name, args in calls(record):
        function = offered.get(name)
        if function is None:
            continue
        found.extend(f"{kind}: {name}" for kind in call_problems(function, args))
    found.extend(f"{kind}: ask" for kind in missing_ask_problems(record))
    return list(dict.fromkeys(found))


def summary(records: list[Rec]) -> dict[str, int]:
    """Records with any problem, and records per kind."""
    per_kind: Counter[str] = Counter()
    flagged = 0
    for record in records:
        kinds = {p.split(":", 1)[0] for p in record_problems(record)}
        flagged += bool(kinds)
        per_kind.update(kinds)
    return {"records": len(records), "records with an unrealisable call or ask": flagged,
            **{k: per_kind[k] for k in KINDS}}


def coverage(records: list[Rec]) -> dict[str, int]:
    """Distinct endpoints and tools the records call (from the step trace)."""
    endpoints = {s["endpoint_id"] for r in records for s in r.get("step_trace", [])}
    tools = {e.rsplit("/", 1)[0] for e in endpoints}
    return {"distinct endpoints called": len(endpoints), "distinct tools called": len(tools)}


def load(path: str) -> list[Rec]:
    from toolgen.io.jsonl import full_dict

    with open(path, encoding="utf-8") as f:
        return [full_dict(json.loads(line)) for line in f if line.strip()]


if __name__ == "__main__":
    show = 0
    args = sys.argv[1:]
    if "--show" in args:
        k = args.index("--show")
        show = int(args[k + 1])
        del args[k:k + 2]
    for p in args:
        records = load(p)
        print(p)
        for key, value in {**summary(records), **coverage(records)}.items():
            print(f"  {key:45s} {value:6d}")
        shown = 0
        for r in records:
            problems = record_problems(r)
            if problems and shown < show:
                print(f"    {r['conversation_id']}: {'; '.join(problems)}")
                shown += 1

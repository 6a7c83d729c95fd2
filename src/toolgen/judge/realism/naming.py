"""How a conversation names what was wanted and what happened, read as a reviewer reads it.

Two tells, both read from the record's own text (its offered tools, messages and tool
outputs), never from the generator:

* `raw_function_name`: a user or (trained) assistant turn holds an offered function's
  raw name: an identifier as written (`flight_book`, `getAllPublishers`, `math.factorial`)
  or several words glued into one (`createanote`, `listallaccounts`), which no person
  types. Glued words are told apart from real words ("youtube", "weather") with
  wordninja's English unigram model.
* `glued_identifier`: a user or (trained) assistant turn holds pieces of an offered
  endpoint's name glued into one token, whatever its case, when the name already glues
  words: "find ConvertrawresourceID" from `convertrawresource_id`, or its glued piece
  alone when that is three English words or more ("Convertrawresource"). No person
  types such a word; the raw name check misses it because the separators are gone. A
  token the calls carry as a value is the user's (a code, a handle), and a token that is
  an English word is left alone.
* `create_as_list`: a call whose tool makes something (its description opens with
  "Creates"/"Books"/"Reserves"..., or its name leads with create/book/add and says
  nothing of reading) came back as a list of records, or its answer reports a result
  count ("there are 98 in all"). A booking confirms one booking; a search lists many.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.glued import ninja_split
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding
from toolgen.registry.word_list import word_cost

NAME = "naming"

_HASH_TAIL = re.compile(r"_[0-9a-f]{8}$")
_FOR_TOOL = re.compile(r"_for_[A-Za-z0-9_]+$")
_IDENTIFIER = re.compile(r"[a-z0-9][_.][a-zA-Z0-9]|[a-z][A-Z]")
_GLUE = frozenset({"a", "an", "all", "by", "of", "to", "my", "in", "on", "the", "for", "at"})
_LEADING_VERBS = frozenset({"get", "list", "create", "add", "update", "delete", "remove", "fetch",
                            "view", "search", "find", "read", "cancel", "confirm", "dismiss",
                            "retrieve", "post", "set", "check", "make", "send", "new", "book",
                            "show", "edit", "patch", "put", "upload", "download", "validate"})
_SPLIT = re.compile(r"[_.\s]+|(?<=[a-z0-9])(?=[A-Z])")

_CREATE_OPENING = re.compile(
    r"^\s*(?:this (?:endpoint|api|function|tool|method) )?(?:will )?(?:creates?|books?|"
    r"reserves?|adds?|places?|registers?|schedules?|makes? a new)\b", re.IGNORECASE)
# "Get new releases based on country code.": a tool said to read, whatever its name says.
_READ_OPENING = re.compile(
    r"^\s*(?:this (?:endpoint|api|function|tool|method) )?(?:gets?|lists?|fetch(?:es)?|"
    r"retrieves?|returns?|search(?:es)?|shows?)\b", re.IGNORECASE)
_CREATE_WORDS = frozenset({"create", "add", "book", "reserve", "new", "place", "register",
                           "schedule", "insert", "submit"})
_READ_WORDS = frozenset({"get", "list", "search", "find", "fetch", "retrieve", "check", "lookup",
                         "show", "view", "query", "read", "status", "info", "details", "all",
                         "availability", "available", "price", "prices", "quote"})
_COUNTED = re.compile(r"\b\d[\d,]* in all\b|\bheads a list of\b|\b\d[\d,]* (?:came back|turned "
                      r"up|results?|matches)\b|\bthere are \d", re.IGNORECASE)
_OWN_ID = re.compile(r"(?:^|_)(?:id|reference|confirmation|number|code)$", re.IGNORECASE)


def base_name(function_name: str) -> str:
    """The endpoint part of an offered name: `createanote_for_cleardil` -> `createanote`,
    `flight_book_3d54d3e0` -> `flight_book`."""
    return _HASH_TAIL.sub("", _FOR_TOOL.sub("", function_name))


@lru_cache(maxsize=16384)
def glued(token: str) -> tuple[str, ...]:
    """The words of a lowercase token made of several words run together, or () when it
    reads as one word (or no words)."""
    low = token.lower()
    if len(low) < 8 or not low.isascii() or not low.isalpha():
        return ()
    parts = ninja_split(low)  # shared with the executor, which splits the same names
    if len(parts) < 2 or parts[-1] in _GLUE or parts[0] in _GLUE:
        return ()
    if any(len(p) < 3 and p not in _GLUE for p in parts):
        return ()
    # Credibly glued: an API verb in front ("createanote", "listalltasks") or a small word
    # inside ("wisdomoftheday"); "downloader" or "audioclash" are names, not glued words.
    if parts[0] in _LEADING_VERBS:
        return parts
    if any(len(p) == 3 and p not in _GLUE and word_cost(p, 99.0) > 11.0 for p in parts):
        return ()  # a rare fragment: "panchang" is not "pan chang"
    if any(p in _GLUE and p not in ("a", "an") for p in parts):
        return parts
    return ()


@lru_cache(maxsize=16384)
def raw_forms(function_name: str) -> tuple[str, ...]:
    """The spellings of an offered function that give away its raw name in prose."""
    base = base_name(function_name)
    out = [n for n in dict.fromkeys((function_name, base))
           if len(n) >= 5 and _IDENTIFIER.search(n)]
    if base.isalpha() and glued(base):
        out.append(base.lower())
    return tuple(out)


def _mentions(text: str, form: str, lowered: str | None = None) -> bool:
    """`form` stands in `text` as a word of its own (case-insensitively when `form` is
    lower case; pass `lowered`, the lower-cased text, when it is at hand)."""
    hay = (text.lower() if lowered is None else lowered) if form.islower() else text
    at = hay.find(form)
    while at >= 0:
        end = at + len(form)
        before = hay[at - 1] if at else " "
        after = hay[end] if end < len(hay) else " "
        if not (before.isalnum() or before in "_.") and not (after.isalnum() or after == "_"):
            return True
        at = hay.find(form, at + 1)
    return False


def _raw_names(view: RecordView) -> list[Finding]:
    forms = sorted({f for name in view.schemas for f in raw_forms(name)})
    if not forms:
        return []
    out: list[Finding] = []
    for i, m in enumerate(view.record.messages):
        if m.role not in ("user", "assistant") or not m.content or m.weight == 0:
            continue
        lowered = m.content.lower()
        hit = next((f for f in forms if _mentions(m.content, f, lowered)), None)
        if hit is not None:
            out.append(finding(NAME, "raw_function_name", i,
                               f"the function name {hit!r} stands in the text"))
    return out


_GLUED_MIN = 10
"""Shortest glued token read: shorter runs are ordinary words or brand names."""
# Only tokens long enough to be a glued form are read (most messages have few or none).
_LONG_TOKEN = re.compile(rf"[A-Za-z][A-Za-z0-9]{{{_GLUED_MIN - 1},}}")


@lru_cache(maxsize=16384)
def glued_forms(function_name: str) -> frozenset[str]:
    """Lower-case tokens a turn recites from an endpoint whose name already glues words
    (`convertrawresource_id`): every run of pieces holding the glued piece, and that
    piece alone when it is three English words or more. A name gluing no words gives
    none (its pieces joined are read by `raw_function_name` as the name itself)."""
    from toolgen.registry.english import split_glued

    pieces = [p.lower() for p in _SPLIT.split(base_name(function_name)) if p]
    words = [len(split_glued(p)) if p.isalpha() else 0 for p in pieces]
    out: set[str] = set()
    for i, n in enumerate(words):
        if n < 2:
            continue
        if n >= 3:  # two are often one compound ("blockchain", "bootstrapping")
            out.add(pieces[i])
        for start in range(i + 1):
            for end in range(max(i + 1, start + 2), len(pieces) + 1):
                out.add("".join(pieces[start:end]))
    return frozenset(f for f in out if len(f) >= _GLUED_MIN and f.isalnum())


@lru_cache(maxsize=64)
def _forms_of(names: tuple[str, ...]) -> frozenset[str]:
    # one union per offered set (a repaired record offers it again), each name's forms cached
    return frozenset().union(*map(glued_forms, names))


def _glued_names(view: RecordView) -> list[Finding]:
    from toolgen.judge.realism.vocabulary import is_word

    forms = _forms_of(tuple(view.schemas))
    if not forms:
        return []
    given: str | None = None
    out: list[Finding] = []
    for i, m in enumerate(view.record.messages):
        if m.role not in ("user", "assistant") or not m.content or m.weight == 0:
            continue
        hit = next((t for t in _LONG_TOKEN.findall(m.content) if t.lower() in forms), None)
        if hit is None or is_word(hit.lower()):
            continue
        if given is None:
            given = " ".join(c.call.function.arguments for c in view.calls).lower()
        if hit.lower() not in given:
            out.append(finding(NAME, "glued_identifier", i,
                               f"{hit!r} is pieces of a function name glued together"))
    return out


def _descriptions(view: RecordView) -> dict[str, str]:
    out: dict[str, str] = {}
    for tool in view.record.tools:
        fn = tool.get("function")
        if isinstance(fn, dict) and isinstance(fn.get("name"), str):
            out[fn["name"]] = str(fn.get("description") or "")
    return out


@lru_cache(maxsize=16384)
def makes_something(function_name: str, description: str) -> bool:
    """A reviewer reads the tool as making something new (worked out once per tool)."""
    said = re.sub(r"^[^:\n]{1,80}:\s+", "", description)  # "Tool name: what it does"
    if _CREATE_OPENING.match(said) and not re.match(r"\W*\w+ (?:a |an )?random\b", said, re.I):
        return True  # "creates a random uuid" makes a value, not a record
    if _READ_OPENING.match(said):
        return False
    words: list[str] = []
    for w in _SPLIT.split(base_name(function_name)):
        words.extend(glued(w) or (w.lower(),))
    named = set(words)
    return bool(named & _CREATE_WORDS) and not named & _READ_WORDS and (
        words[0] in _CREATE_WORDS or bool(named & {"create", "book", "reserve"}))


def listed(output: Any) -> bool:
    """The output is several records, as a search answers: a list of objects, or an object
    holding one with a result count, and no id of its own."""
    if isinstance(output, list):
        return sum(isinstance(x, dict) for x in output) >= 2
    if not isinstance(output, dict) or any(_OWN_ID.search(str(k)) for k in output):
        return False
    lists = [v for v in output.values()
             if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    counted = any(k in output for k in ("total", "count", "total_results", "total_count"))
    return bool(lists) and (counted or any(len(v) >= 2 for v in lists))


def _creates_listed(view: RecordView) -> list[Finding]:
    descriptions = _descriptions(view)
    out: list[Finding] = []
    for site in view.calls:
        call_id = site.call.id
        name = site.call.function.name
        if site.weight0 or call_id in view.intended or call_id not in view.answer_at:
            continue
        if not makes_something(name, descriptions.get(name, "")):
            continue
        output = view.output(call_id)
        if output is NOT_JSON:
            continue
        if listed(output):
            out.append(finding(NAME, "create_as_list", view.answer_at[call_id],
                               f"{name} makes something but came back as a list of results"))
            continue
        # With one call the answer is about it alone: a count there reports a search.
        answer = _answer_after(view, view.answer_at[call_id])
        if len(view.calls) == 1 and answer is not None and _COUNTED.search(
                view.record.messages[answer].content or ""):
            out.append(finding(NAME, "create_as_list", answer,
                               f"the answer to {name} reports a result count"))
    return out


def _answer_after(view: RecordView, at: int) -> int | None:
    for i in range(at + 1, len(view.record.messages)):
        m = view.record.messages[i]
        if m.role == "assistant" and m.content and not m.tool_calls and m.weight != 0:
            return i
        if m.role == "user":
            return None
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return _raw_names(view) + _glued_names(view) + _creates_listed(view)

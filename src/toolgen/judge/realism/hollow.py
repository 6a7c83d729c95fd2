"""Results that hold nothing but who they are and what was asked.

`ships_valuation` answered with `{"ship_id", "ship_code": "OG4769", "updated_at",
"is_active"}`; a wave velocity answered with three records echoing the frequency and
wavelength it was given; a BIN lookup with `{bin_id, bin, bin_code, url, version}`: a
reviewer sees no valuation, no velocity, no bank, however the endpoint is named. Kind
`hollow_result`.

A successful read is hollow when every value of its result is one of:
- bookkeeping: an id, a generated tag code (`ship_code: "OG4769"`), a url, a version, a
  timestamp (`*_at`), `is_active`, paging (`total`, `page`, `has_more`...), a note
  that says nothing of the record (`description: "For internal use only."`, "N/A"), or a
  setting's plain word where no setting is (`counter: "default"`);
- the request echoed: a field named like one of the endpoint's parameters (the call's
  own argument or another parameter of the same schema, `full_name: false`).

A description that only restates the call ("A delete todo." for `todo(type="delete")`)
is such a note too (`notes.said_words`).

Left alone: calls that make, change or remove a record (a booking answered with its new
id and time is an answer), endpoints whose name asks for an id, code, link, key or token
and whose result holds one (`get_user_id` -> `{"user_id"}`; a `postal_code_query`
answered `{postal_id, version, updated_at}` holds no code and is read), failed calls,
empty results (another check reads those) and outputs that are not JSON.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.notes import is_note, said_words
from toolgen.executor.values import singular
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "hollow"

# Last key tokens that say which record or when, never what it holds.
_NAMING = frozenset({"id", "ids", "uuid", "guid", "url", "uri", "href", "link", "version",
                     "at"})
# A setting's plain word where no setting is says nothing of the record; a plan, a room
# type or a mode may well be "basic" or "standard" (written out, not read from the
# generator).
_FILLER = frozenset({"standard", "default", "basic", "general", "custom"})
_SETTINGS = frozenset({"type", "plan", "tier", "mode", "level", "class", "category", "package",
                       "edition", "priority", "option", "setting", "size", "format", "style"})
# Whole keys that page or flag a record rather than describe it.
_PAGING = frozenset({"total", "total_count", "total_results", "count", "page", "pages",
                     "per_page", "page_size", "limit", "offset", "next_page", "next_cursor",
                     "cursor", "has_more", "is_active", "active", "current_page",
                     "total_pages"})
# The generator's tag codes (`scan_code: "OK1119"`): two capitals and four digits.
_TAG_CODE = re.compile(r"[A-Z]{2}\d{4}")
# Endpoint words that ask for exactly such a value (an id, a code, a link, a key).
_ASKS_NAMING = frozenset({"id", "ids", "uuid", "code", "codes", "url", "urls", "link",
                          "links", "key", "keys", "token", "tokens", "version", "versions",
                          "hash", "ping", "exists"})
# Leading verbs of calls that make, change or remove a record: their answer is the record.
_WRITES = frozenset({"create", "add", "book", "place", "order", "reserve", "post", "submit",
                     "make", "register", "buy", "purchase", "send", "schedule", "update",
                     "edit", "set", "upload", "start", "new", "save", "insert", "delete",
                     "remove", "cancel", "clear", "destroy", "revoke", "put", "patch",
                     "rename", "move", "assign", "enable", "disable", "subscribe",
                     "unsubscribe", "confirm", "verify", "login", "logout", "signup",
                     "generate", "import", "sync", "restart", "stop", "pause", "resume", "like",
                     "unlike", "follow", "unfollow", "block", "unblock", "mark", "archive",
                     "approve", "reject", "share", "trigger", "broadcast", "publish"})
# Verbs that start a subscription when they lead a name (`monitor_forum`; a
# `heart_rate_monitor` is a thing).
_STARTS = frozenset({"monitor", "watch"})
# A leading "un" undoes a verb (`un_monitor_topic`, `unMonitorTopic`): a change too.
_UNDO = "un"
# "new" makes a record (`new_order`) unless it leads a plural (`new_releases`: a read).
_NEW = "new"


@lru_cache(maxsize=4096)
def _bookkeeping(key: str, value: Any, said: frozenset[str] = frozenset()) -> bool:
    """Whether `key: value` only names, dates, pages or flags its record, or says nothing
    of it (a remark such as "For internal use only.", a placeholder, a line restating the
    call's `said` words: `notes`)."""
    if isinstance(value, str) and is_note(value, key, said):
        return True
    tokens = key_tokens(key)
    if isinstance(value, str) and value.lower() in _FILLER and not (
            tokens and tokens[-1] in _SETTINGS):
        return True  # `{"counter": "default", "value": "general"}` holds nothing
    if not tokens:
        return True  # the items of a list of scalars under no key of their own
    if tokens[-1] in _NAMING or _snake(key) in _PAGING:
        return True
    return tokens[-1] == "code" and isinstance(value, str) and bool(_TAG_CODE.fullmatch(value))


def _echoes(view: RecordView, function_name: str, args: Any) -> dict[str, Any]:
    """Snake key -> the value that, under that key, only says the request back: the call's
    own arguments, and the flags, numbers and defaults of parameters it did not send
    (`full_name: false` on a president lookup). A text under an unsent parameter's name
    is left as content (an airport search filters by `name`, `city` and answers them)."""
    schema = view.schemas.get(function_name) or {}
    props = schema.get("properties") if isinstance(schema, dict) else None
    out: dict[str, Any] = {}
    for name, spec in (props.items() if isinstance(props, dict) else ()):
        default = spec.get("default", _NO) if isinstance(spec, dict) else _NO
        out[_snake(str(name))] = _Unsent(default)
    if isinstance(args, dict):
        for name, value in args.items():
            out[_snake(str(name))] = value
    return out


class _Unsent:
    """A parameter the call did not send, with its schema default (or `_NO`)."""

    __slots__ = ("default",)

    def __init__(self, default: Any) -> None:
        self.default = default


_NO = object()


def _echoed(key: str, value: Any, echoes: dict[str, Any]) -> bool:
    sent = echoes.get(_snake(key), _NO)
    if sent is _NO:
        return False
    if isinstance(sent, _Unsent):
        return (not isinstance(value, str) or value == sent.default) and value is not None
    if isinstance(sent, list):
        return value in sent or str(value) in (str(v) for v in sent)
    return value == sent or str(value) == str(sent)


# An asked naming word -> the last key tokens of a value that gives it.
_GIVES = {"id": {"id", "ids", "uuid", "guid"}, "url": {"url", "uri", "href", "link"},
          "code": {"code", "codes"}, "key": {"key", "keys", "token", "tokens"},
          "version": {"version", "versions"}, "hash": {"hash"}}
_AS_ASKED = {"ids": "id", "uuid": "id", "urls": "url", "link": "url", "links": "url",
             "codes": "code", "keys": "key", "token": "key", "tokens": "key",
             "versions": "version"}


def _writes(words: list[str]) -> bool:
    if len(words) > 1 and words[0] == _NEW and singular(words[-1]) != words[-1]:
        return False  # `new_releases` lists what is new; `new_order` makes one
    return (not words or words[0] in _WRITES or words[-1] in _WRITES
            or words[0] in _STARTS or (words[0] == _UNDO and len(words) > 1))


def _asked_naming(words: list[str]) -> frozenset[str]:
    """The naming words a name asks for; the id a read goes by is the user's
    (`get_a_maison_by_id` asks for a maison)."""
    asking = words[:words.index("by")] if "by" in words else words
    return _ASKS_NAMING & set(asking)


def asks_for_content(function_name: str) -> bool:
    """False for an endpoint that makes or changes a record, or whose name asks for an id,
    a code, a link or a key (its answer may be just that)."""
    words = name_words(function_name)
    # `create_order`, and BFCL's `archival_memory_add`
    return not _writes(words) and not _asked_naming(words)


def _left_alone(function_name: str, leaves: list[tuple[str, Any]]) -> bool:
    """Whether a call's result is no hollow read whatever it holds: a write, or a read
    whose name asks for an id, a code, a link or a key and that holds one (module doc)."""
    words = name_words(function_name)
    if _writes(words):
        return True
    asked = _asked_naming(words)
    if not asked:
        return False
    if asked & {"ping", "exists"}:
        return True  # a yes or a pong is the whole answer
    wanted = set().union(*(_GIVES[_AS_ASKED.get(w, w)] for w in asked))
    return any((tokens := key_tokens(key)) and tokens[-1] in wanted for key, _ in leaves)


def hollow(leaves: list[tuple[str, Any]], echoes: dict[str, Any],
           said: frozenset[str] = frozenset()) -> bool:
    """Whether a result's leaves hold at least one bookkeeping value and nothing but
    bookkeeping and the request echoed."""
    named = False
    for key, value in leaves:
        if _bookkeeping(key, value, said):
            named = True
        elif not _echoed(key, value, echoes):
            return False
    return named


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        if output is NOT_JSON or not isinstance(output, dict | list) or not output:
            continue
        if any(isinstance(n, dict | list) and not n for n in view.nodes(step.call_id)):
            continue  # an empty list or object: the empty-result checks read those
        leaves = view.leaves(step.call_id)
        if _left_alone(step.function_name, leaves):
            continue
        args = view.arguments(step.call_id)
        echoes = _echoes(view, step.function_name, args)
        said = said_words(step.function_name, args)
        if leaves and hollow(leaves, echoes, said):
            out.append(finding(NAME, "hollow_result", view.answer_at[step.call_id],
                               f"{step.function_name}: its result holds only ids, codes, "
                               "timestamps and the request echoed back"))
    return out

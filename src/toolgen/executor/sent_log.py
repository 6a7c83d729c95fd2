"""A messaging API's calls: what a conversation sent is what its later views show.

`send_message(receiver_id="USR002", message="Lunch at noon?")` then
`view_messages_sent()` answered `{"messages": {"name": "Missing item in my order",
"value": 234.02}}` (BFCL seed 7, 000074 and 000233): the generic mock drew a fresh
answer and the message just sent was nowhere. `log_op(endpoint)` recognises, once per
endpoint, the operations of a messaging API by their name's words and their receiver /
message / keyword parameters: send, view what was sent, search it, delete the last message
to a receiver. `log_answer` applies the call to the session's log (`SessionState.kv`,
beside the key-value stores) and answers from it:

- a send answers with the schema's own fields as drawn (its message id), sent, and a
  result line naming the receiver, as BFCL's MessageAPI says it;
- a view answers every message sent, grouped by receiver under the schema's one field:
  the messages sent before this conversation (what the first view drew, in the shape
  its description shows by example) and then this conversation's;
- a search answers the logged messages that hold the keyword (none when none does);
- a delete forgets the last message to the receiver (one this log never showed was sent
  before it began) and says so.

`store_op` / `store_answer` choose between this log and `kv_store`'s pairs, so a session
keeps one hook for both. Pure apart from the stores it is given; never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolgen.executor.kv_store import KvOp, kv_answer, kv_op
from toolgen.records import Endpoint

_WORD = re.compile(r"[a-z]+")
_RECEIVERS = ("receiver_id", "recipient_id", "receiver", "recipient", "to_user", "to")
_TEXTS = ("message", "text", "content", "body")
_QUERIES = ("keyword", "query", "q", "search_term")
_MESSAGE_WORDS = frozenset({"message", "messages"})
# One log per conversation: every messaging API a record offers writes the same outbox.
_LOG = "\x00sent_messages"
_HISTORY = _LOG + "#before"


@dataclass(frozen=True, slots=True)
class LogOp:
    """One messaging operation: its kind (send, view, search, delete), the names of its
    receiver, text and keyword parameters, and the field its answer holds the messages in."""

    kind: str
    receiver: str = ""
    text: str = ""
    query: str = ""
    field: str = ""


def store_op(endpoint: Endpoint) -> KvOp | LogOp | None:
    """The store operation `endpoint` is: a key-value store's, else a message log's."""
    return kv_op(endpoint) or log_op(endpoint)


def store_answer(op: KvOp | LogOp, stores: dict[str, dict[Any, Any]],
                 arguments: dict[str, Any], drawn: Any, fields: frozenset[str]) -> Any:
    """Apply the call to its store and answer from it (`kv_answer` or `log_answer`)."""
    if isinstance(op, LogOp):
        return log_answer(op, stores, arguments, drawn)
    return kv_answer(op, stores, arguments, drawn, fields)


def log_op(endpoint: Endpoint) -> LogOp | None:
    """The messaging operation `endpoint` is, or None (module doc)."""
    words = set(_WORD.findall((endpoint.name or endpoint.function_name).lower()))
    if not words & _MESSAGE_WORDS:
        return None
    params = {p.name.lower(): p.name for p in endpoint.parameters}
    receiver = next((params[n] for n in _RECEIVERS if n in params), "")
    text = next((params[n] for n in _TEXTS if n in params), "")
    query = next((params[n] for n in _QUERIES if n in params), "")
    props = endpoint.response_schema.get("properties")
    answers = props if isinstance(props, dict) else {}
    if "send" in words and receiver and text:
        return LogOp("send", receiver, text)
    if words & {"delete", "remove"} and receiver and not text:
        return LogOp("delete", receiver)
    if "search" in words and query and "results" in answers:
        return LogOp("search", query=query, field="results")
    if "sent" in words and words & {"view", "list", "get", "show"} and not any(
            p.required for p in endpoint.parameters) and len(answers) == 1:
        return LogOp("view", field=next(iter(answers)))
    return None


def log_answer(op: LogOp, stores: dict[str, dict[Any, Any]], arguments: dict[str, Any],
               drawn: Any) -> Any:
    """Apply the call to the conversation's log and answer from it (module doc)."""
    sent = stores.setdefault(_LOG, {})
    drawn = drawn if isinstance(drawn, dict) else {}
    if op.kind == "send":
        receiver = str(arguments[op.receiver])
        sent.setdefault(receiver, []).append(arguments[op.text])
        return _done(drawn, f"Message sent to '{receiver}' successfully.")
    if op.kind == "delete":
        # The last message to the receiver, this conversation's or an earlier one's (a
        # user deletes what they know they sent: one this log never showed is older).
        receiver = str(arguments[op.receiver])
        for log in (sent, stores.get(_HISTORY) or {}):
            kept = log.get(receiver)
            if kept:
                kept.pop()
                if not kept:
                    del log[receiver]
                break
        return _done(drawn, f"The last message to '{receiver}' was deleted.")
    history = stores.get(_HISTORY)
    if history is None and op.kind == "view":
        before = drawn.get(op.field)
        history = stores[_HISTORY] = {k: list(v) for k, v in before.items() if isinstance(
            v, list)} if isinstance(before, dict) else {}
    log = _merged(history or {}, sent)
    if op.kind == "view":
        return {op.field: log}
    asked = str(arguments.get(op.query, "")).lower()
    found = [{"receiver_id": who, "message": text} for who, texts in log.items()
             for text in texts if asked and asked in str(text).lower()]
    return {op.field: found}


def _merged(history: dict[str, list[Any]], sent: dict[str, list[Any]]) -> dict[str, list[Any]]:
    out = {who: list(texts) for who, texts in history.items()}
    for who, texts in sent.items():
        out.setdefault(who, []).extend(texts)
    return out


def _done(drawn: dict[str, Any], said: str) -> dict[str, Any]:
    """The drawn answer with its status flags set (done) and its result line `said`."""
    out = dict(drawn)
    for key, value in drawn.items():
        if isinstance(value, bool) and key.endswith("status"):
            out[key] = True
        elif key == "message" and isinstance(value, str):
            out[key] = said
    return out

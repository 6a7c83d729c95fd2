"""Reads that return none of what a write in the same record just stored.

`core_memory_add(key="favorite_color", value="blue")` succeeds, and the next
`core_memory_retrieve_all` returns `{"key": "standard", "value": "general"}`; a company
is created as "Acme Robotics" and `getSingleCompany` on its new id returns another
name. A reviewer expects the store to hold what was put in it. Kind `stale_read`, once
per read.

A write is a successful call whose trace records a `create` or `update` effect; what it
stored are its argument texts of three characters or more (not ids, not booleans or
numbers, whose spelling varies). A later successful read (its name says it reads: get,
retrieve, view, display...) reads the same store when every thing its name is about is
one the write's name is about, verbs and generic words dropped, the write's name read
up to "to", "for", "in" (`core_memory_retrieve_all` after `core_memory_add`,
`get_single_company` after `create_company`; not `get_tweet_comments` after
`post_tweet`, nor `get_single_ticket` after `add_note_to_ticket`). It is stale when its
output holds none of the stored texts.

Left alone: reads that page (`page`, `offset`, `cursor` sent: the new record may be on
another page), reads that filter by a text the write did not store (a search for
something else), deletes, failed calls, and outputs that are not JSON.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import Gate
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.hollow import _WRITES, asks_for_content
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, singular, words
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding, StepTrace

NAME = "stale"

# Words of an endpoint name that say how it reads, or name nothing in particular.
_VERBS = words("get fetch retrieve read show view check lookup look find query search list",
               "display all info information details detail data single one id the a an",
               "api v1 v2 v3 new my sent received managed own current latest recent",
               "user users")
# A read says it reads (`core_memory_retrieve_all`, `painting_display`); `retweet` or
# `close_ticket` act on the record instead.
_READS = words("get fetch retrieve read show view lookup find query search list display my")
_CUT = words("to for in on by of from with into at")
_PAGING = words("page offset cursor skip start next_cursor page_token")


@lru_cache(maxsize=4096)
def _subject(function_name: str) -> frozenset[str]:
    """What an endpoint's name is about: its words up to "to", "for", "in"... without
    verbs or generic words (`add_note_to_ticket` writes a note, not a ticket)."""
    out: set[str] = set()
    for w in name_words(function_name):
        if w in _CUT and out:
            break
        if w not in _VERBS and w not in _WRITES and w not in _CUT and len(w) >= 4:
            out.add(singular(w))
    return frozenset(out)


def _reads(function_name: str) -> bool:
    return bool(_READS & set(name_words(function_name)))


_ID = frozenset({"id", "ids", "uuid"})
# Last key words whose values say nothing of what was stored (the new record's state,
# link and time, the same for any record).
_BOOKKEEPING = _ID | frozenset({"status", "url", "uri", "link", "at", "version"})


def _stored(args: Any) -> list[str]:
    """The texts a write's arguments store (lower-cased), ids left out."""
    out: list[str] = []
    if not isinstance(args, dict):
        return out
    for key, value in args.items():
        tokens = key_tokens(str(key))
        if tokens and tokens[-1] in _ID:
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and len(v.strip()) >= 3:
                out.append(v.strip().lower())
    return out


def _made(view: RecordView, write: StepTrace) -> list[str]:
    """What a write stored, lower-cased: its argument texts, then the texts its result
    says the new record holds (a name the service gave it), bookkeeping left out."""
    out = _stored(view.arguments(write.call_id))
    for key, value in view.leaves(write.call_id):
        tokens = key_tokens(key)
        if isinstance(value, str) and len(value.strip()) >= 3 and tokens \
                and tokens[-1] not in _BOOKKEEPING:
            out.append(value.strip().lower())
    return out


def _other_record(view: RecordView, read: StepTrace, write: StepTrace) -> bool:
    """Whether `read` asks for a record by an id the write neither sent nor returned
    (company 388414, not the company just made)."""
    args = view.arguments(read.call_id)
    if not isinstance(args, dict):
        return False
    known = view.record.messages[view.answer_at[write.call_id]].content or ""
    known += view.site[write.call_id].call.function.arguments
    for key, value in args.items():
        tokens = key_tokens(str(key))
        if tokens and tokens[-1] in _ID and str(value) not in known:
            return True
    return False


def _pages(args: Any) -> bool:
    return isinstance(args, dict) and any(str(k).lower() in _PAGING for k in args)


def _same_store(write: StepTrace, read: StepTrace) -> bool:
    """Whether `read` reads what `write` stored: every thing the read is named for is one
    the write is (`get_single_company` after `create_company`; not `get_tweet_comments`
    after `post_tweet`)."""
    read_of = _subject(read.function_name)
    return bool(read_of) and read_of <= _subject(write.function_name)


def _filters_elsewhere(args: Any, stored: list[str]) -> bool:
    """Whether a read filters by a text (not an id) the write did not store."""
    return any(not any(text in s or s in text for s in stored) for text in _stored(args))


def _read_finding(view: RecordView, read: StepTrace,
                  writes: list[tuple[StepTrace, list[str]]]) -> Finding | None:
    args = view.arguments(read.call_id)
    if _pages(args):
        return None
    content = (view.record.messages[view.answer_at[read.call_id]].content or "").lower()
    for write, stored in writes:
        if not _same_store(write, read) or _filters_elsewhere(args, stored) \
                or _other_record(view, read, write):
            continue
        if not any(s in content for s in stored):
            return finding(NAME, "stale_read", view.answer_at[read.call_id],
                           f"{read.function_name} returns none of what {write.function_name}"
                           f" just stored ({stored[0]!r})")
    return None


def _ok(view: RecordView, step: StepTrace) -> bool:
    return (step.status == "ok" and step.call_id in view.answer_at
            and view.output(step.call_id) is not NOT_JSON)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    writes: list[tuple[StepTrace, list[str]]] = []
    for step in real_steps(view):
        if not _ok(view, step):
            continue
        if step.effect in ("create", "update"):
            stored = _made(view, step)
            if stored:
                writes.append((step, stored))
        elif writes and step.effect is None and asks_for_content(step.function_name) \
                and _reads(step.function_name) \
                and (f := _read_finding(view, step, writes)) is not None:
            out.append(f)
    return out


def _has_write(view: RecordView) -> bool:
    return any(s.effect in ("create", "update") for s in view.record.step_trace)


# Only a record with a create or an update can read stale.
GATE: Gate = _has_write

"""Text features of a conversation that the heuristic scorer turns into scores.

Each function returns a count or measure plus nothing else, so the scorer's rationale
can say exactly which feature cost points. Only user and trained assistant text
(not tool payloads, not weight-0 turns) is looked at.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import orjson

from toolgen.judge.phrases import Phrases
from toolgen.judge.view import NOT_JSON, messages_view, output_nodes
from toolgen.records import Message, Record

_LEFTOVER = re.compile(
    r"\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_.]*\}|\$\{|<[A-Z][A-Z_]{2,}>"
    r"|\b(?:None|null|undefined|NaN|TODO|FIXME)\b"
)
_WORD = re.compile(r"[\w']+")
_SENTENCE_END = re.compile(r"[.!?\n]+")
_ACK_FAILURE = Phrases(
    r"sorry|couldn't|could not|can't|cannot|unable|error|not found|failed|no results"
    r"|unfortunately|didn't")


def texts(record: Record) -> list[Message]:
    """User and trained assistant messages that carry text."""
    return [
        m
        for m in record.messages
        if m.content and (m.role == "user" or (m.role == "assistant" and m.weight != 0))
    ]


# Every match of `_LEFTOVER` starts with one of these characters or is one of these words:
# a text with none of them needs no regex scan (most texts).
_LEFTOVER_CHARS = "{}$<"
_LEFTOVER_WORDS = ("None", "null", "undefined", "NaN", "TODO", "FIXME")


def _may_hold_leftover(text: str) -> bool:
    return (any(c in text for c in _LEFTOVER_CHARS)
            or any(w in text for w in _LEFTOVER_WORDS))


def leftovers(record: Record, said: list[Message] | None = None) -> list[str]:
    """Template residue (`{name}`, `None`, `{{`) in conversational text (`said`: `texts(record)`
    when the caller has it)."""
    said = texts(record) if said is None else said
    return [hit.group(0) for m in said if _may_hold_leftover(m.content or "")
            for hit in _LEFTOVER.finditer(m.content or "")]


def repeated_sentences(record: Record, said: list[Message] | None = None) -> int:
    """Sentences of four or more words said more than once across the conversation."""
    said = texts(record) if said is None else said
    joined = "\n".join(m.content or "" for m in said).lower()
    said_once = [" ".join(words) for sentence in _SENTENCE_END.split(joined)
                 if len(words := sentence.split()) >= 4]
    # each sentence said n times repeats n - 1 times: the count less the distinct ones
    return len(said_once) - len(set(said_once))


def repetitive_phrasing(record: Record, said: list[Message] | None = None) -> int:
    """Messages in which one word pair recurs three or more times ("the amount ... the amount")."""
    hits = 0
    for m in texts(record) if said is None else said:
        words = _WORD.findall((m.content or "").lower())
        if len(words) < 6 or len(set(words)) > len(words) - 2:
            continue  # a pair said three times says its first word three times
        pairs = list(pairwise(words))
        # A pair said three times leaves at most len - 2 distinct pairs: the cheap test first.
        if len(set(pairs)) <= len(pairs) - 2 and max(Counter(pairs).values()) >= 3:
            hits += 1
    return hits


def length_variation(record: Record, said: list[Message] | None = None) -> float | None:
    """Coefficient of variation of text lengths in words (None with fewer than 3 texts)."""
    said = texts(record) if said is None else said
    lengths = [(m.content or "").count(" ") + 1 for m in said]
    if len(lengths) < 3:
        return None
    mean = sum(lengths) / len(lengths)
    variance = sum((x - mean) ** 2 for x in lengths) / len(lengths)
    return math.sqrt(variance) / mean if mean else 0.0


def unanswered_user_turns(record: Record) -> int:
    """User messages not followed by assistant text before the next user message."""
    missed = 0
    waiting = False
    for m in record.messages:
        if m.role == "user":
            missed += waiting
            waiting = True
        elif m.role == "assistant" and m.content and m.weight != 0 and not m.tool_calls:
            waiting = False
    return missed + waiting


# An offer to do more ("Anything else I can help with?", "Want me to do anything with
# this?", "Would that help?") closes an answer; no reply is owed, unlike a clarifying
# question ("What is the origin?") that the conversation leaves hanging.
_OFFER = Phrases(
    r"anything else|something else|anything more|what else|want me to|would you like|like me to"
    r"|shall i\b|should i\b|would (?:that|this|it) help|can i help|help with anything"
    r"|do anything with|go further|continue from here|get back to|dig deeper|need more")


def _last_sentence(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return parts[-1] if parts else ""


def is_offer(text: str) -> bool:
    """Whether `text` ends on an offer to do more rather than a question that needs a reply."""
    return _OFFER.search(_last_sentence(text))


def unanswered_assistant_questions(record: Record) -> int:
    """Assistant questions (text ending in '?') that no user message follows; an offer to
    do more ("Anything else?") is no question left open."""
    msgs = record.messages
    missed = 0
    for i, m in enumerate(msgs):
        question = m.role == "assistant" and (m.content or "").rstrip().endswith("?")
        if question and not any(n.role == "user" for n in msgs[i + 1 :]) \
                and not is_offer(m.content or ""):
            missed += 1
    return missed


def final_text(record: Record) -> str:
    """The last trained assistant text, whatever it says (a farewell counts)."""
    for m in reversed(record.messages):
        if m.role == "assistant" and m.content and m.weight != 0:
            return m.content
    return ""


def result_answers(record: Record) -> list[str]:
    """The answers that report tool results: per user request whose turn has a tool
    result, the last trained assistant text after that turn's last tool result. A
    farewell after the user's thanks, or a reply to chit-chat, is no such answer (a
    turn without tool results has none); a record with no tool result at all has its
    `final_text` as its answer."""
    out: list[str] = []
    seen_tool = False
    answer: str | None = None
    for m in record.messages:
        if m.role == "user":
            if answer:
                out.append(answer)
            seen_tool, answer = False, None
        elif m.role == "tool":
            seen_tool, answer = True, None
        elif seen_tool and m.role == "assistant" and m.content and m.weight != 0 \
                and not m.tool_calls:
            answer = m.content
    if answer:
        out.append(answer)
    if not out and not any(m.role == "tool" for m in record.messages):
        final = final_text(record)
        return [final] if final else []
    return out


def answer_text(record: Record) -> str:
    """The answer that reports the last tool results (`result_answers`' last), or ""."""
    answers = result_answers(record)
    return answers[-1] if answers else ""


def _ok_outputs(record: Record) -> Iterator[list[Any]]:
    """The nodes of each ok tool output (see `output_nodes`); text that is not JSON is its
    own single node. Outputs come parsed from the record's view when it has them."""
    view = messages_view(record)
    ok = {s.call_id for s in record.step_trace if s.status == "ok" and not s.intended}
    for i, m in enumerate(record.messages):
        if m.role == "tool" and m.tool_call_id in ok and m.content:
            if view.answer_at.get(m.tool_call_id) == i:
                nodes = view.nodes(m.tool_call_id)
                yield [m.content] if nodes[0] is NOT_JSON else nodes
                continue
            try:
                yield output_nodes(orjson.loads(m.content))
            except orjson.JSONDecodeError:
                yield [m.content]


def cited_tool_values(record: Record, text: str, enough: int = 3) -> tuple[int, bool]:
    """(distinct tool-output values `text` mentions, up to `enough`; whether any ok output exists).

    Stops at `enough`: the scorer only needs to know the answer uses results, and long
    paginated outputs would otherwise cost a substring test per leaf.
    """
    lowered = text.lower()
    found: set[str] = set()
    any_output = False
    for nodes in _ok_outputs(record):
        any_output = True
        for node in nodes:
            if isinstance(node, str):
                if len(node) >= 3 and (token := node.lower()) in lowered:
                    found.add(token)
            elif (
                isinstance(node, int | float)
                and not isinstance(node, bool)
                and ((token := str(node)) in lowered
                     # a big count said grouped by thousands ("66,987,244 people")
                     or (type(node) is int and node >= 10000 and f"{node:,}" in lowered))
            ):
                found.add(token)
            if len(found) >= enough:
                return len(found), True
    return len(found), any_output


def unacknowledged_failure(record: Record, text: str) -> bool:
    """The last attempt of some endpoint failed and the answer does not say so."""
    last: dict[str, str] = {}
    for s in record.step_trace:
        if not s.intended:
            last[s.endpoint_id] = s.status
    failed = any(status != "ok" for status in last.values())
    return failed and not _ACK_FAILURE.search(text)

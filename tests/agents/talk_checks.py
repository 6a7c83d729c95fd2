"""How the user and the assistant talk, read from a record as a reviewer reads it.

Each check takes one record (a plain dict, as read from JSONL) and returns what it found
(empty when clean); nothing here imports toolgen.

- `closing_mismatch`: the assistant's last reply answers a closing it did not get: "You're
  welcome" to a user who thanked nobody ("OK.", "Very good."), or a wish ("Have a good
  day.") not returned.
- `unknowable_ids`: ids a user is asked for once tools have run and states though no
  message before showed them: an id the user could not know (the booking just made came
  back without one, and the user supplies `bkn_3c85e7` from nowhere).
- `article_garble`: an article before a preposition or another article ("I submitted an
  at coordinate", "a the list").
- `late_opening`: a user message that speaks as if nothing had started ("Before we start,
  why is the sky blue?") after tools have run.
"""

from __future__ import annotations

import re
from typing import Any

_ID = re.compile(r"\b[a-z]{2,4}_[0-9a-f]{6}\b")
_THANKS = re.compile(r"\bth\w{1,3}k|\b(?:thx|ty|cheers|appreciated?|grateful)\b", re.I)
_WELCOME = re.compile(r"welcome|anytime|any time|my pleasure|no problem|^pleasure", re.I)
_WISH = re.compile(r"\bhave an? (?:good|great|nice|lovely) \w+", re.I)
_RETURNED = re.compile(r"you too|same to you|and you\b|you as well|\btoo\b", re.I)
_GARBLE = re.compile(r"\b(?:a|an|the) (?:at|to|of|for|on|in|by|from|with|a|an|the)\b", re.I)


def _text(message: dict[str, Any]) -> str:
    return str(message.get("content") or "")


def closing_mismatch(record: dict[str, Any]) -> list[str]:
    """The user's closing and the reply that does not answer it."""
    messages = record.get("messages") or []
    if len(messages) < 2:
        return []
    user, reply = messages[-2], messages[-1]
    if user.get("role") != "user" or reply.get("role") != "assistant" or reply.get(
            "tool_calls"):
        return []
    said, answer = _text(user), _text(reply)
    if any(m.get("role") == "tool" for m in messages[messages.index(user):]):
        return []
    if not any(m.get("role") == "tool" for m in messages):
        return []  # not a closing after work done
    unthanked = bool(_WELCOME.search(answer)) and not _THANKS.search(said) and len(said) < 80
    unreturned = bool(_WISH.search(said)) and not _RETURNED.search(answer)
    return [f"{said!r} -> {answer!r}"] if unthanked or unreturned else []


def unknowable_ids(record: dict[str, Any]) -> list[str]:
    """Ids the user was asked for once a tool had answered (a step trace argument of
    source `clarification` stated after the first tool message) that no message before
    showed: the assistant should have carried what the tools gave."""
    messages = record.get("messages") or []
    first_tool = next((i for i, m in enumerate(messages) if m.get("role") == "tool"), None)
    if first_tool is None:
        return []
    found: list[str] = []
    for step in record.get("step_trace") or []:
        for name, arg in (step.get("arguments") or {}).items():
            said_at = arg.get("message_index")
            if arg.get("source") != "clarification" or not isinstance(said_at, int) or (
                    said_at < first_tool):
                continue
            before = " ".join(_text(m) + str(m.get("tool_calls") or "")
                              for m in messages[:said_at])
            found += [f"{name}={x} ({_text(messages[said_at])[:50]!r})"
                      for x in _ID.findall(_text(messages[said_at])) if x not in before]
    return found


def article_garble(record: dict[str, Any]) -> list[str]:
    """An article straight before a preposition or an article, in any user or assistant
    message (quoted texts aside)."""
    found = []
    for m in record.get("messages") or []:
        if m.get("role") not in ("user", "assistant"):
            continue
        text = re.sub(r'"[^"]*"', '""', _text(m))
        found += [text[max(0, g.start() - 30): g.end() + 20] for g in _GARBLE.finditer(text)]
    return found


_NOT_STARTED = re.compile(r"^\s*(?:before we (?:start|begin)|first of all|to begin with)\b",
                          re.I)


def late_opening(record: dict[str, Any]) -> list[str]:
    """User messages opening as if nothing had started, sent after a tool call."""
    found, called = [], False
    for m in record.get("messages") or []:
        called = called or bool(m.get("tool_calls"))
        if called and m.get("role") == "user" and _NOT_STARTED.search(_text(m)):
            found.append(_text(m)[:60])
    return found


CHECKS = {"closing_mismatch": closing_mismatch, "unknowable_ids": unknowable_ids,
          "article_garble": article_garble, "late_opening": late_opening}

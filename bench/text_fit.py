"""Reviewer-style count of free-text values that do not fit their slot.

Reads ONLY the records JSONL, never the generator's internals. A free-text value is a
string of three words or more at a key a person writes prose in (message, text,
description, summary, note, comment, review, content, reply, fact, caption, bio...), in a
tool call's arguments or in a tool's output. For each one it decides:

- pool: the value is one of the generic sentences the generator drew free text from
  before this count existed (`GENERIC`, copied here on purpose: the script must not read
  the generator) -- chatter such as "Thanks for the update!", or filler such as "For
  internal use only." that fits a record of any kind;
- misfit: a pool value that names nothing of its subject: it shares no content word
  (four letters or more, not a stop word) with the tool's name, the call's arguments,
  the other fields of the object it sits in, or the user's messages before it (less the
  value itself where they quote it); a task in a to-do tool is a fit; a chat
  message sent through a messaging tool (send_message, post_tweet, sms) is a fit, since
  chatter is what people send there, and so is a sentence given to a tool that takes any
  sentence (translate, synthesize speech, detect a language);
- unanchored: any free-text value (pool or not) sharing no content word with its
  subject, to see whether new text says something of what it is about.

    python bench/text_fit.py RUN.jsonl [RUN2.jsonl ...] [--show misfit|unanchored]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

GENERIC = frozenset([
    # executor: messages, questions, reviews, any-record lines
    "Meeting moved to Thursday at 3 pm.", "Thanks for the update!",
    "Can you send the report by Friday?", "Running ten minutes late, see you soon.",
    "The package arrived this morning.", "Happy birthday! Hope you have a great day.",
    "Please find the invoice attached.", "Let's catch up next week.",
    "Reminder: the office is closed on Monday.", "Great photo, where was this taken?",
    "What time does the museum open on Sundays?", "How do I reset my password?",
    "Is breakfast included in the price?", "Can I change my delivery date?",
    "What is the capital of Australia?",
    "Great service, would recommend.", "Better than expected.",
    "Quick and accurate, thanks!", "Does what it says.",
    "Good value; delivery was a bit slow.", "Friendly staff and a clean place.",
    "Not bad, but the instructions could be clearer.", "Exactly what I needed.",
    "Would use again.", "Fine overall, a few small issues.",
    "Shared with the whole team.", "Maintained by the operations team.",
    "Imported from the previous system.", "Last reviewed in March.",
    "For internal use only.", "Draft; details to follow.", "Archived copy of the original.",
    "Created for the spring campaign.",
    # planner: messages, sayings, notes
    "Running ten minutes late, see you at the cafe.",
    "Your appointment is confirmed for Tuesday at 3 pm.",
    "Can you pick up milk on the way home?",
    "Reminder: the team meeting starts at 10 tomorrow.",
    "Where is the nearest train station?",
    "I would like to book a table for two at eight o'clock.",
    "The meeting has been moved to Thursday afternoon.",
    "Thank you so much for your help yesterday.",
    "How much does a ticket to the museum cost?",
    "Please send me the report by the end of the week.",
    "Buy milk, eggs and coffee on the way home.",
    "Call the dentist to reschedule Thursday's appointment.",
    "Renew the car insurance before the end of the month.",
    "Send the quarterly report to Dana by Friday.",
    "Book flights for the family trip in August.",
])
_TASKS = frozenset([
    "Buy milk, eggs and coffee on the way home.",
    "Call the dentist to reschedule Thursday's appointment.",
    "Renew the car insurance before the end of the month.",
    "Send the quarterly report to Dana by Friday.",
    "Book flights for the family trip in August.",
])
_PROSE_KEYS = frozenset([
    "message", "msg", "text", "description", "desc", "summary", "note", "notes", "comment",
    "comments", "review", "content", "body", "reply", "fact", "caption", "bio", "about",
    "feedback", "remark", "remarks", "answer", "overview", "synopsis", "abstract",
])
_CHAT_TOOLS = ("message", "chat", "sms", "tweet", "post", "whatsapp", "telegram", "slack",
               "send", "mail", "dm", "inbox", "conversation")
# Tools that take any sentence as their input: the sentence is about nothing in particular.
_TEXT_TOOLS = ("translat", "synthes", "speech", "speak", "detect", "sentiment", "language",
               "paraphras", "spell", "grammar", "tts", "profanity", "moderat")
_STOP = frozenset({
    "this", "that", "with", "from", "have", "what", "your", "will", "would", "about", "there",
    "their", "when", "where", "which", "been", "were", "they", "them", "then", "than", "into",
    "over", "more", "most", "some", "such", "only", "very", "just", "like", "also", "each",
    "other", "after", "before", "could", "should", "does", "done", "here", "make", "made",
    "many", "much", "need", "take", "these", "those", "while", "please", "thanks", "thank",
    "great", "good", "time", "today", "tomorrow", "week", "next", "last", "find", "check",
    "give", "tell", "want", "know", "help", "look", "info", "information", "details",
})
_WORD = re.compile(r"[a-z]{4,}")
_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")


def _words(value: Any) -> set[str]:
    text = orjson.dumps(value).decode() if not isinstance(value, str) else value
    text = _SPLIT.sub(" ", text).lower()
    return {w.rstrip("s") for w in _WORD.findall(text)} - _STOP


def _heard(said: list[str], text: str) -> set[str]:
    """The words of the user's messages, less the value itself where they quote it."""
    return _words(" ".join(s.replace(text, " ") for s in said))


def _last(key: str) -> str:
    parts = [p for p in _SPLIT.split(key) if p]
    return parts[-1].lower() if parts else ""


def _prose_key(key: str) -> bool:
    return _last(key) in _PROSE_KEYS


def _is_prose(value: Any) -> bool:
    return isinstance(value, str) and len(value.split()) >= 3 and not value.startswith("http")


def _walk(node: Any, found: list[tuple[str, str, dict[str, Any]]]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if _prose_key(str(k)) and _is_prose(v):
                found.append((str(k), v, node))
            else:
                _walk(v, found)
    elif isinstance(node, list):
        for v in node:
            _walk(v, found)


def _values(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every free-text value of a record, with the words of its subject."""
    out: list[dict[str, Any]] = []
    said: list[str] = []
    names: dict[str, str] = {}
    for m in rec.get("messages", []):
        if m.get("role") == "user" and isinstance(m.get("content"), str):
            said.append(m["content"])
        for call in m.get("tool_calls") or []:
            fn = call["function"]
            names[call["id"]] = fn["name"]
            try:
                args = orjson.loads(fn["arguments"])
            except orjson.JSONDecodeError:
                continue
            found: list[tuple[str, str, dict[str, Any]]] = []
            _walk(args, found)
            for key, text, holder in found:
                rest = {k: v for k, v in holder.items() if k != key}
                out.append({"where": "argument", "tool": fn["name"], "key": key, "text": text,
                            "subject": _words(fn["name"]) | _words(rest)
                            | _heard(said, text)})
        if m.get("role") == "tool":
            tool = names.get(m.get("tool_call_id", ""), m.get("name") or "")
            try:
                body = orjson.loads(m["content"])
            except (orjson.JSONDecodeError, TypeError):
                continue
            found = []
            _walk(body, found)
            for key, text, holder in found:
                rest = {k: v for k, v in holder.items() if k != key}
                out.append({"where": "output", "tool": tool, "key": key, "text": text,
                            "subject": _words(tool) | _words(rest) | _heard(said, text)})
    return out


def _judge(v: dict[str, Any]) -> set[str]:
    classes = set()
    anchored = bool(_words(v["text"]) & v["subject"])
    if not anchored:
        classes.add("unanchored")
    if v["text"] in GENERIC:
        classes.add("pool")
        tool = v["tool"].lower()
        sent = v["where"] == "argument" and _last(v["key"]) in ("message", "text", "content",
                                                                 "body", "msg")
        fits = sent and any(w in tool for w in _CHAT_TOOLS + _TEXT_TOOLS)
        # a task in a to-do list is what the pool of tasks is for
        fits = fits or (v["text"] in _TASKS and any(w in tool for w in ("todo", "task")))
        if not anchored and not fits:
            classes.add("misfit")
    return classes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--show", default="")
    a = ap.parse_args()
    for run in a.runs:
        counts: Counter[str] = Counter()
        records_with: Counter[str] = Counter()
        n = 0
        for line in run.open("rb"):
            rec = orjson.loads(line)
            n += 1
            hit: set[str] = set()
            for v in _values(rec):
                counts["free_text"] += 1
                classes = _judge(v)
                counts.update(classes)
                hit |= classes
                if a.show and a.show in classes:
                    print(f"  {rec['conversation_id'][-6:]} {v['where']} {v['tool']}.{v['key']}:"
                          f" {v['text'][:90]!r}")
            records_with.update(hit)
        print(f"{run}: {n} records; free-text values {counts['free_text']}; "
              f"pool {counts['pool']} ({records_with['pool']} records); "
              f"misfit {counts['misfit']} ({records_with['misfit']} records); "
              f"unanchored {counts['unanchored']} ({records_with['unanchored']} records)")


if __name__ == "__main__":
    main()

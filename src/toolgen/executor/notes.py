"""Notes that say nothing of what a record is: record-keeping remarks and placeholders.

"For internal use only.", "Draft; details to follow.", "Maintained by the operations
team." are what people write on a record of any kind (who keeps it, where it came from);
"No description", "N/A", "string", "test", "Lorem ipsum..." are what a corpus's example
bodies hold where the content was never filled in. Either can sit in a tool's answer, but
neither is the content a user asked for: a medical panel answered "the first with
description For internal use only" tells them nothing about the panel.

A description that only says the request back is no content either: a todo listed by
`todo(type="delete")` described as "A delete todo.", a category for Amber Beacon as "A
category for Amber Beacon.", new releases for the Netherlands as "A release for
Netherlands." Its words, less articles and prepositions, are all words of the endpoint's
name or of a short value the call sent (`said_words`), in the singular or the plural.

`RECORD_NOTES` is the generator's pool of such remarks (`descriptions` draws from it);
`is_note(text, key, said)` recognises a remark of that pool, a placeholder or (given the
call's `said_words`) a restating description, for the executor (never to count it as a
record's content), the offline policy (never to report it) and the judge (a record
reporting one as its answer). Pure; never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

# What people write on a record of any kind: who it is for, where it came from.
RECORD_NOTES = ("Shared with the whole team.", "Maintained by the operations team.",
                "Imported from the previous system.", "Last reviewed in March.",
                "For internal use only.", "Draft; details to follow.",
                "Archived copy of the original.", "Created for the spring campaign.")

# Placeholders a corpus's example bodies hold where content was never written: the
# whole value is one of these (a description "Test of the new API" is content).
_PLACEHOLDER = re.compile(
    r"(?:no|without)\s+(?:description|details?|info(?:rmation)?|content|data)"
    r"(?:\s+(?:available|provided|given|yet))?"
    r"|(?:description|details?|content|text)\s+(?:here|goes here|to follow)"
    r"|sample\s+text|to be (?:announced|determined|added)|coming soon|not available"
    r"|lorem ipsum\b.*",
    re.IGNORECASE)
# One-word placeholders: notes only where content belongs (a `description` of "N/A", a
# `name` of "string"); under any other key they are values (`format: "text"`,
# `reason: "unknown"`, `type: "string"`).
_WORD_PLACEHOLDER = re.compile(
    r"n/?a|none|null|nil|undefined|string|str|test(?:ing)?|sample|example|placeholder"
    r"|tbd|tba|todo|unknown|unavailable|description|details?|-+|\.+|\?+",
    re.IGNORECASE)
# Keys (their last word) under which content belongs.
_CONTENT_KEYS = frozenset({"description", "desc", "summary", "about", "bio", "overview",
                           "note", "notes", "comment", "details", "name", "title",
                           "content", "body", "remark", "remarks", "info", "definition"})
# Keys (their last word) under which a line describes its record (a `name` or a `title`
# saying the endpoint's word is a name, not a description of it).
_DESCRIBING_KEYS = frozenset({"description", "desc", "summary", "about", "overview",
                              "note", "notes", "comment", "remark", "remarks", "info",
                              "details"})
# Words a restating line joins the request's words with.
_JOINING = frozenset({"a", "an", "the", "for", "of", "in", "on", "to", "with", "and"})
# Sent values longer than this many words are the user's text, no label to restate.
_SHORT_VALUE = 3
_NOTES = frozenset(n.lower() for n in RECORD_NOTES)
_KEY_WORD = re.compile(r"[A-Za-z][a-z]*")
_TEXT_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def is_note(text: object, key: str = "", said: frozenset[str] = frozenset()) -> bool:
    """Whether `text` is a record-keeping remark or a placeholder, not content; a one-word
    placeholder only under a content `key` (`description`, `name`...); given the call's
    `said_words`, a description under a describing key that only restates them."""
    if not isinstance(text, str):
        return False
    # Read for every string leaf of every output, several times a record: the answers
    # that depend on the text (or the key) alone are kept, bounded, across records.
    bare = _bare_note(text)
    if bare is None:
        return False
    if bare is True:
        return True
    describing, content = _key_kind(key)
    if describing and said and restates(bare, said):
        return True
    return content and _word_placeholder(bare)


@lru_cache(maxsize=16384)
def _bare_note(text: str) -> str | Literal[True] | None:
    """None for a blank text, True for a remark or a placeholder whatever its key, else
    the text bare of its end punctuation (what the key-dependent tests read)."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped.lower() in _NOTES:
        return True
    bare = stripped.rstrip(".!").strip()
    return True if _PLACEHOLDER.fullmatch(bare) is not None else bare


@lru_cache(maxsize=4096)
def _key_kind(key: str) -> tuple[bool, bool]:
    """(a describing key, a content key), read from the key's last word."""
    words = _KEY_WORD.findall(key)
    last = words[-1].lower() if words else ""
    return last in _DESCRIBING_KEYS, last in _CONTENT_KEYS


@lru_cache(maxsize=16384)
def _word_placeholder(bare: str) -> bool:
    return _WORD_PLACEHOLDER.fullmatch(bare) is not None


def said_words(function_name: str, arguments: object) -> frozenset[str]:
    """The words a call says: its function's name (`todo_2860325c` -> todo) and its short
    sent values (`type="delete"`, `location="IN"`), each whole value also kept (marked by
    a leading space) so that a sent text echoed is not taken for a restatement of it."""
    out = set(_name_words(function_name))
    values = arguments.values() if isinstance(arguments, dict) else ()
    for value in values:
        if not isinstance(value, str):
            continue
        low = value.strip().lower()
        out.add(" " + low.rstrip(".!"))
        found = _value_words(low)
        if len(found) <= _SHORT_VALUE:
            out.update(found)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _name_words(function_name: str) -> tuple[str, ...]:
    head = function_name.split("_for_", 1)[0]
    return tuple(_TEXT_WORD.findall(_CAMEL.sub(" ", head).lower().replace("_", " ")))


@lru_cache(maxsize=16384)
def _value_words(low: str) -> tuple[str, ...]:
    return tuple(_TEXT_WORD.findall(low))


def restates(text: str, said: frozenset[str]) -> bool:
    """Whether `text` says nothing but `said` (module doc): two words at least, each one
    of the call's words (or their plural), and not itself a value the call sent."""
    low = text.strip().lower().rstrip(".!")
    if " " + low in said:
        return False
    words = [w for w in _TEXT_WORD.findall(low) if w not in _JOINING]
    return len(words) >= 2 and all(_said(w, said) for w in words)


def _said(word: str, said: frozenset[str]) -> bool:
    """`word` is one of the call's words, or that word's singular or plural: "A release
    for Netherlands." restates `new_releases(country="Netherlands")`."""
    return any(form in said for form in (word, word.removesuffix("s"), word + "s",
                                         word + "es"))

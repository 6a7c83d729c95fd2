"""What a reviewer counts in a user turn, reading records only (never the generator's
rules): words no one can say, capabilities said as "the X for the Y" from the called
function's own name words, and values strung on bare "for/using/with". Used by
`bench/user_requests.py` and the done-when tests.

The English words are wordninja's Wikipedia unigram list (a reviewer's dictionary).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:'[a-z]+)?")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CARRIERS = ("for", "using", "with")
_SKIP = ("the", "a", "an", "my", '"', "(", "'")
# Words a person writes that a Wikipedia unigram list may lack or rank low.
_EXTRA = {"i", "a", "u", "ur", "ok", "okay", "thx", "ty", "pls", "wanna", "gotta", "lemme",
          "hiya", "heya", "sup", "ta", "yo", "hi", "asap", "id", "ids", "url", "api",
          "email", "emails", "vs", "etc", "e", "g", "ie", "x", "s", "t", "d", "ll", "m", "re",
          "ve"}


@cache
def _dictionary() -> frozenset[str]:
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise RuntimeError("the reviewer dictionary needs wordninja (pip install wordninja)")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        words = handle.read().split()[:120_000]
    return frozenset(words) | _EXTRA


def calls(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for message in record.get("messages", []):
        for call in message.get("tool_calls") or []:
            fn = call.get("function", {})
            try:
                args = json.loads(fn.get("arguments") or "{}")
            except ValueError:
                args = {}
            yield fn.get("name", ""), args if isinstance(args, dict) else {}


def _values(args: Any) -> Iterator[str]:
    if isinstance(args, dict):
        for v in args.values():
            yield from _values(v)
    elif isinstance(args, list):
        for v in args:
            yield from _values(v)
    elif isinstance(args, str):
        yield args
    elif args is not None:
        yield json.dumps(args)


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in re.split(r"[_\W]+", _CAMEL.sub("_", name)) if w}


def odd_tokens(text: str, values: list[str]) -> list[str]:
    """Words of `text` that are no English word and belong to no value the calls send."""
    said_values = " ".join(values).lower()
    words = _dictionary()
    out = []
    for match in _WORD.finditer(text):
        token, low = match.group(0), match.group(0).lower()
        if len(token) == 1 and text[match.end():match.end() + 1] == ".":
            continue  # "U.S.", "Miller v. Miller": an abbreviation
        if low in said_values:
            continue
        digits = any(c.isdigit() for c in token)
        if digits or (len(low) == 1 and low not in ("a", "i", "x", "u")):
            out.append(token)
        elif low not in words and low.split("'")[0] not in words and not _typo(low) and (
                token.islower() or token.isupper()):
            # a Capitalised or CamelCase word is read as a name a person may write
            out.append(token)
    return out


def _typo(low: str) -> bool:
    """A deliberate typo of an English word (one letter doubled, dropped, added or two
    swapped: "perfecct", "chrck", "usign"): the user being human, not a glued name."""
    words = _dictionary()
    edits = {low[:i] + low[i + 1:] for i in range(len(low))}
    edits |= {low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1)}
    edits |= {low[:i] + c + low[i:] for i in range(len(low) + 1)
              for c in "abcdefghijklmnopqrstuvwxyz"}
    edits |= {low[:i] + c + low[i + 1:] for i in range(len(low))
              for c in "abcdefghijklmnopqrstuvwxyz"}
    return len(low) >= 4 and any(e in words and len(e) >= 4 for e in edits)


def name_shapes(text: str, names: set[str]) -> list[str]:
    """"the X for the Y" where X and Y are the called functions' own name words."""
    found = []
    for m in re.finditer(r"\bthe ([a-z0-9']+(?: [a-z0-9']+)?) for the ([a-z0-9']+(?: "
                         r"[a-z0-9']+)?)\b", text.lower()):
        head, owner = m.group(1).split(), m.group(2).split()
        if set(head) <= names and set(owner) & names:
            found.append(m.group(0))
    return found


def strung(text: str, values: list[str]) -> list[str]:
    """Values introduced by a bare for/using/with, when three or more are."""
    hits = []
    low = text.lower()
    for value in {v for v in values if v.strip()}:
        at = low.find(value.lower())
        if at < 0:
            continue
        before = low[:at].rstrip().split()
        while before and before[-1] in _SKIP:
            before.pop()
        if before and before[-1].strip("(\",") in _CARRIERS:
            hits.append(f"{before[-1]} {value}")
    return hits if len(hits) >= 3 else []


def examine(record: dict[str, Any]) -> dict[str, list[str]]:
    made = list(calls(record))
    values = [v for _, args in made for v in _values(args)]
    names: set[str] = set().union(*(_name_words(n) for n, _ in made)) if made else set()
    found: dict[str, list[str]] = {"odd_token": [], "name_shape": [], "strung": []}
    for message in record.get("messages", []):
        if message.get("role") != "user" or not isinstance(message.get("content"), str):
            continue
        text = message["content"]
        for key, hits in (("odd_token", odd_tokens(text, values)),
                          ("name_shape", name_shapes(text, names)),
                          ("strung", strung(text, values))):
            if hits:
                found[key].append(f"{hits} in: {text[:160]}")
    return found

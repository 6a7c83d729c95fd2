"""What the USER says, counted as a reviewer reads the records (and nothing else).

For each records JSONL file, the number of user turns with:

- `odd_token`: a word that is no English word, or a glued or truncated one ("judget0",
  "calorieninjas", a stray "p"), that is not part of a value the calls send;
- `name_shape`: a capability said as "the X for the Y" from the called function's own
  name words ("the p for the calorieninjas", "the rides for the hailing");
- `strung`: three or more values each introduced by a bare "for", "using" or "with"
  ("... for 2006, using letter, for myers, and with briggs").

Also: records, user turns, distinct endpoints called. The English words are wordninja's
Wikipedia unigram list (a reviewer's dictionary, not the generator's rules).

    PYTHONPATH=src python bench/user_requests.py a.jsonl b.jsonl [-v]
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
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
        sys.exit("bench/user_requests.py needs wordninja (pip install wordninja)")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        words = handle.read().split()[:120_000]
    return frozenset(words) | _EXTRA


def _calls(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
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
    for token in _WORD.findall(text):
        low = token.lower()
        if low in said_values:
            continue
        if any(c.isdigit() for c in token):
            out.append(token)
        elif len(low) == 1 and low not in ("a", "i", "x", "u"):
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
    calls = list(_calls(record))
    values = [v for _, args in calls for v in _values(args)]
    names = set().union(*(_name_words(n) for n, _ in calls)) if calls else set()
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


def main() -> None:
    verbose = "-v" in sys.argv
    keys = ("odd_token", "name_shape", "strung")
    print(f"{'file':36} {'records':>7} {'user turns':>10} " +
          " ".join(f"{k:>10}" for k in keys) + f" {'endpoints':>9}")
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        records = [json.loads(line) for line in Path(arg).read_text().splitlines() if line]
        turns = sum(1 for r in records for m in r.get("messages", [])
                    if m.get("role") == "user")
        endpoints = {n for r in records for n, _ in _calls(r)}
        counts = dict.fromkeys(keys, 0)
        for record in records:
            found = examine(record)
            for key in keys:
                counts[key] += sum(1 for _ in found[key])
                if verbose:
                    for hit in found[key]:
                        print(f"  {key} {record['conversation_id'][-6:]}: {hit}")
        print(f"{arg[-36:]:36} {len(records):7} {turns:10} " +
              " ".join(f"{counts[k]:10}" for k in keys) + f" {len(endpoints):9}")


if __name__ == "__main__":
    main()

"""The yes or no a yes/no question came back with, said as the answer.

Asked "find out whether it is prime for the number 439", a person wants "439 is prime",
not "I checked whether it's prime: its number is 439" (ToolBench seed 7 #85: the
`is_prime: true` the tool answered went unsaid, as the fact reader skips booleans).
`asked_verdict(intent, output, arguments)` reads, for an intent asked as a question
("whether it is prime", `offline.intents`), the boolean of the output that the question
names (`is_prime`, `isPrime`, else the output's only boolean) and returns the verdict
`(subject, predicate)`: the one value the call asked about ("439", else "") and the
question's predicate, negated when the answer is no ("is not prime"). None when the
intent asks nothing or the output holds no such boolean. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_QUESTION = re.compile(r"^whether it (is|has|can|does) (.+)$")
# The negated form of each asking word, before the rest of the predicate.
_NOT = {"is": "is not", "has": "does not have", "can": "cannot", "does": "does not"}
_ASKING = frozenset({"is", "has", "can", "does", "check", "if", "whether"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# A subject longer than this is a text, not a thing a verdict is said of.
_LONGEST = 40


def asked_verdict(intent_obj: str, output: Any,
                  arguments: Mapping[str, Any]) -> tuple[str, str] | None:
    """(subject, predicate) of the yes or no `output` gives the question `intent_obj`
    asks (module doc), or None."""
    asked = _QUESTION.match(intent_obj)
    if asked is None or not isinstance(output, dict):
        return None
    aux, rest = asked.groups()
    answer = _answer(output, set(rest.split()))
    if answer is None:
        return None
    predicate = f"{aux} {rest}" if answer else f"{_NOT[aux]} {rest}"
    return _subject(arguments), predicate


def _answer(output: dict[str, Any], asked: set[str]) -> bool | None:
    """The top-level boolean whose key says what was asked, else the only one."""
    flags = [(k, v) for k, v in output.items() if isinstance(v, bool)]
    for key, value in flags:
        said = set(_words(str(key))) - _ASKING
        if said and said <= asked:
            return value
    return flags[0][1] if len(flags) == 1 else None


def _words(key: str) -> list[str]:
    return [w for w in _SPLIT.split(_CAMEL.sub(" ", key).lower()) if w]


def _subject(arguments: Mapping[str, Any]) -> str:
    """The one short value the call asked about ("439"), else "" (then "it")."""
    values = [v for v in arguments.values()
              if isinstance(v, str | int | float) and not isinstance(v, bool)]
    if len(values) != 1:
        return ""
    text = str(values[0]).strip()
    return text if 0 < len(text) <= _LONGEST and "\n" not in text else ""

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
from collections.abc import Mapping, Sequence
from typing import Any

# "whether it is prime" (a name asked), "whether the certificate is self-signed", "whether
# a number is prime" (a description asked): the subject, the asking word, the rest.
_QUESTION = re.compile(r"^whether (it|(?:the|a|an) [a-z-]+(?: [a-z-]+)?) (is|has|can|does) (.+)$")
# The negated form of each asking word, before the rest of the predicate.
_NOT = {"is": "is not", "has": "does not have", "can": "cannot", "does": "does not"}
_ASKING = frozenset({"is", "has", "can", "does", "check", "if", "whether"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# A subject longer than this is a text, not a thing a verdict is said of.
_LONGEST = 40


def asked_verdict(intent_obj: str, output: Any, arguments: Mapping[str, Any],
                  name_words: Sequence[str] = ()) -> tuple[str, str] | None:
    """(subject, predicate) of the yes or no `output` gives the question `intent_obj`
    asks, or the endpoint's name (`name_words`: `is_it_up` asked as "verify the server"
    is "the server is not up") asks (module doc), or None."""
    if not isinstance(output, dict):
        return None
    asked = _QUESTION.match(intent_obj)
    subject = _subject(arguments)
    if asked is not None:
        said, aux, rest = asked.groups()
        if said.startswith("the ") or not subject:
            # the question's own thing ("the certificate is not self-signed"); "a number"
            # is the one the call sent ("439 is prime")
            subject = "" if said == "it" else said
    else:
        named = _named_question(name_words)
        if named is None:
            return _keyed_verdict(output)
        aux, rest = named
        subject = subject or _thing(intent_obj)
    answer = _answer(output, set(rest.split()))
    if answer is None:
        return None
    predicate = f"{aux} {rest}" if answer else f"{_NOT[aux]} {rest}"
    return subject, predicate


def _keyed_verdict(output: dict[str, Any]) -> tuple[str, str] | None:
    """The answer of an output whose only field is a question's yes or no (`{"canDrive":
    false}` of `estimate_drive_feasibility`, BFCL seed 47 #12, was reported as a call
    that "did not succeed"): "you cannot drive"."""
    if len(output) != 1:
        return None
    ((key, value),) = output.items()
    words = _words(str(key))
    if not isinstance(value, bool) or len(words) < 2 or words[0] != "can":
        return None
    rest = " ".join(words[1:])
    return "you", (f"can {rest}" if value else f"cannot {rest}")


def _named_question(words: Sequence[str]) -> tuple[str, str] | None:
    """(asking word, the rest) of a name asked as a question (`is_it_up` -> is, up)."""
    low = [w.lower() for w in words if w.isalpha()]
    if len(low) > 2 and low[0] not in _NOT and low[1] in _NOT:
        low = low[1:]  # after a class or namespace: `nfilibrary_is_member_readable`
    if len(low) < 2 or low[0] not in _NOT:
        return None
    rest = low[2:] if low[1] == "it" else low[1:]
    return (low[0], " ".join(rest)) if rest else None


def _thing(intent_obj: str) -> str:
    """The thing an intent is about, as a subject ("the server"), else ""."""
    words = intent_obj.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return ""
    return intent_obj if words[0] in ("the", "my") else f"the {intent_obj}"


def _answer(output: dict[str, Any], asked: set[str]) -> bool | None:
    """The top-level boolean whose key says what was asked, else the only one."""
    # a yes/no said as text (`"vegan": "YES"`) is one too
    flags = [(k, flag) for k, v in output.items() if (flag := _flag(v)) is not None]
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


_SAID = {"yes": True, "no": False, "true": True, "false": False}


def _flag(value: Any) -> bool | None:
    """A boolean, or the yes/no a short text says ("YES", "false"), else None."""
    if isinstance(value, bool):
        return value
    return _SAID.get(value.strip().lower()) if isinstance(value, str) else None
